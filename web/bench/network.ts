/**
 * The browser half of bench/network.ts: a synthetic network of N actors drawn with the
 * workbench's own model and renderer, timed step by step. Setting up is timed here and
 * left on window.__benchSetup; the runner then zooms and pans with real input through
 * window.__benchApi, and asks for the remaining steps (select, expand, worker layout).
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import '../src/styles.css';
import { detectCommunities, merge, newGraph, type EdgeIn, type NodeIn } from '../src/network/model.js';
import { createRenderer } from '../src/network/render.js';

/** What the runner (bench/network.ts) drives the page with. */
export interface BenchApi {
  /** The drawing area, in page pixels. */
  stage: { x: number; y: number; width: number; height: number };
  /** Starts recording frames and sigma's renders; answers the page clock. */
  record(): number;
  mark(name: string): void;
  stop(): { frames: number[]; renders: { at: number; ms: number; full: boolean }[]; marks: Record<string, number>; inputs: number[] };
  /** The best-connected actor in view and where it is drawn, in page pixels (for tests that point at it). */
  hub(): { id: string; x: number; y: number };
  /** Where a node is drawn and how big, in page pixels. */
  drawn(id: string): { x: number; y: number; radius: number };
  /** The node the pointer is over, as sigma reports it. */
  hovered(): string | null;
  /** Visibility of each of sigma's canvases. */
  layers(): Record<string, string>;
  /** Whether sigma has drawn the full picture (ties included) since the gesture ended. */
  settled(): boolean;
  /** Selecting, expanding and the worker layout, timed in the page. */
  rest(): Promise<Record<string, number | string>>;
}

declare global {
  interface Window { __benchApi?: BenchApi; __benchReady?: boolean; __benchSetup?: Record<string, number | string>; __benchError?: string }
}

const TYPES = ['Person', 'Person', 'Person', 'Organization', 'PublicBody', 'Company', 'Location'];

/** Clusters joined by a few cross ties, hubs by preferential attachment: like a crime graph. */
function synthetic(n: number, seed = 7): { nodes: NodeIn[]; edges: EdgeIn[] } {
  let s = seed;
  const rand = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  const clusters = Math.max(1, Math.round(n / 100));
  const nodes: NodeIn[] = [];
  const edges: EdgeIn[] = [];
  const members: string[][] = Array.from({ length: clusters }, () => []);
  for (let i = 0; i < n; i++) {
    const id = `n${i}`;
    const c = i % clusters;
    nodes.push({ id, name: `Actor ${i}`, type: TYPES[Math.floor(rand() * TYPES.length)]!, degree: 0, documents: 1 });
    const group = members[c]!;
    // Two ties inside the cluster, preferring its earlier (and so better-connected) members.
    for (let k = 0; k < Math.min(2, group.length); k++) {
      const other = group[Math.floor(rand() * rand() * group.length)]!;
      edges.push({ id: `e${edges.length}`, subjectId: id, objectId: other, predicate: 'associate', documents: 1 + Math.floor(rand() * 3) });
    }
    if (rand() < 0.08 && i > clusters) {
      edges.push({ id: `e${edges.length}`, subjectId: id, objectId: `n${Math.floor(rand() * i)}`, predicate: 'ally', documents: 1 });
    }
    group.push(id);
  }
  const degree = new Map<string, number>();
  for (const e of edges) for (const x of [e.subjectId, e.objectId]) degree.set(x, (degree.get(x) ?? 0) + 1);
  for (const node of nodes) node.degree = degree.get(node.id) ?? 0;
  return { nodes, edges };
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function run(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const n = Number(params.get('n') ?? 5000);
  const iterations = Number(params.get('iterations') ?? 100);
  const stage = document.getElementById('stage')!;
  stage.style.width = `${params.get('w') ?? 1280}px`;
  stage.style.height = `${params.get('h') ?? 800}px`;
  const result: Record<string, number | string> = { nodes: n };

  let t = performance.now();
  const data = synthetic(n);
  const graph = newGraph();
  merge(graph, data.nodes, data.edges);
  result.edges = graph.size;
  result.buildMs = performance.now() - t;

  t = performance.now();
  result.communities = detectCommunities(graph);
  result.louvainMs = performance.now() - t;

  // The layout, as the page would run it on the main thread (it runs it in a worker above
  // 600 nodes; this measures the work itself).
  t = performance.now();
  forceAtlas2.assign(graph, { iterations, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true }, getEdgeWeight: null });
  result.layoutMs = performance.now() - t;
  result.layoutIterations = iterations;

  // Time to first picture: sigma renders once, synchronously, when created; the second
  // frame callback after that comes once chromium has produced the frame holding it.
  t = performance.now();
  const renderer = createRenderer(stage, graph);
  const sigma = renderer.sigma;
  await frame();
  await frame();
  result.firstRenderMs = performance.now() - t;

  // Every render sigma makes, with whether it drew the edges: sigma hides them while the
  // mouse captor says the camera is moving (see the same test in Sigma.render).
  const renders: { at: number; ms: number; full: boolean }[] = [];
  let renderStart = 0;
  const captor = sigma.getMouseCaptor() as unknown as { isMoving: boolean; draggedEvents: number; currentWheelDirection: number };
  sigma.on('beforeRender', () => { renderStart = performance.now(); });
  sigma.on('afterRender', () => {
    const moving = sigma.getCamera().isAnimated() || captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0;
    renders.push({ at: renderStart, ms: performance.now() - renderStart, full: !moving || !sigma.getSetting('hideEdgesOnMove') });
  });

  // Fluidity is measured by the runner (bench/network.ts), which zooms and pans with real
  // mouse input; the page records when each frame began (requestAnimationFrame), which
  // chromium paces by the frames it manages to produce, rasterising included.
  let frames: number[] = [];
  let recording = false;
  const tick = (now: number) => { frames.push(now); if (recording) requestAnimationFrame(tick); };
  const marks: Record<string, number> = {};
  const inputs: number[] = [];
  for (const type of ['mousemove', 'wheel']) document.addEventListener(type, () => { if (recording) inputs.push(performance.now()); }, { capture: true, passive: true });
  const stageBox = stage.getBoundingClientRect();
  let hovered: string | null = null;
  sigma.on('enterNode', ({ node }) => { hovered = node; });
  sigma.on('leaveNode', () => { hovered = null; });
  window.__benchApi = {
    stage: { x: stageBox.x, y: stageBox.y, width: stageBox.width, height: stageBox.height },
    record() { frames = []; renders.length = 0; inputs.length = 0; delete marks.end; recording = true; requestAnimationFrame(tick); return performance.now(); },
    mark(name) { marks[name] = performance.now(); },
    stop() { recording = false; return { frames, renders: [...renders], marks: { ...marks }, inputs: [...inputs] }; },
    hub() {
      let best = { id: '', x: 0, y: 0 };
      let degree = -1;
      graph.forEachNode((id, a) => {
        const at = renderer.viewportPosition(id);
        if (!at || a.degree <= degree || at.x < 40 || at.y < 40 || at.x > stageBox.width - 40 || at.y > stageBox.height - 40) return;
        degree = a.degree;
        best = { id, x: stageBox.x + at.x, y: stageBox.y + at.y };
      });
      return best;
    },
    hovered: () => hovered,
    drawn(id) {
      const at = renderer.viewportPosition(id)!;
      return { x: stageBox.x + at.x, y: stageBox.y + at.y, radius: sigma.scaleSize(sigma.getNodeDisplayData(id)!.size) };
    },
    layers: () => Object.fromEntries(Object.entries(sigma.getCanvases()).map(([k, el]) => [k, getComputedStyle(el).visibility])),
    settled: () => marks.end !== undefined && renders.some((x) => x.full && x.at >= Math.max(marks.end!, ...inputs)),
    rest: () => rest(),
  };
  window.__benchSetup = result;
  window.__benchReady = true;

  async function rest(): Promise<Record<string, number | string>> {
    // Hovering or selecting a node redraws with the highlight reducers: main-thread time of
    // the call, and until the next frame is on screen.
    const ids = graph.nodes();
    let main = 0;
    t = performance.now();
    for (let i = 0; i < 20; i++) {
      const m0 = performance.now();
      renderer.setSelected(ids[(i * 97) % ids.length]!);
      main += performance.now() - m0;
      await frame();
    }
    result.selectMs = (performance.now() - t) / 20;
    result.selectMainMs = main / 20;

    // Expanding a node: 50 new actors merged, then drawn.
    t = performance.now();
    const extra = Array.from({ length: 50 }, (_, i) => ({ id: `x${i}`, name: `New ${i}`, type: 'Person', degree: 1, documents: 1 }));
    merge(graph, extra, extra.map((x, i) => ({ id: `xe${i}`, subjectId: x.id, objectId: ids[0]!, predicate: 'associate', documents: 1 })), ids[0]);
    renderer.refresh();
    result.expandMainMs = performance.now() - t;
    await frame();
    result.expandMs = performance.now() - t;

    // The worker layout the page uses for large graphs: iterations it gets through per second.
    const worker = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true }, getEdgeWeight: null });
    let moves = 0;
    const probe = graph.nodes()[1]!;
    let lastX = graph.getNodeAttribute(probe, 'x');
    worker.start();
    const workerFrames: number[] = [];
    let wl = await frame();
    const wUntil = wl + 2_000;
    while (wl < wUntil) {
      const now = await frame();
      workerFrames.push(now - wl);
      wl = now;
      const x = graph.getNodeAttribute(probe, 'x');
      if (x !== lastX) { moves++; lastX = x; }
    }
    worker.kill();
    workerFrames.sort((a, b) => a - b);
    result.workerLayoutUpdatesPerSec = moves / 2;
    result.fpsDuringWorkerLayout = 1000 / (workerFrames.reduce((a, b) => a + b, 0) / workerFrames.length);
    result.renderer = (() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return info ? String(gl!.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
    })();
    renderer.kill();
    return result;
  }
}

run().catch((err: Error) => { window.__benchError = `${err.message}\n${err.stack}`; });
