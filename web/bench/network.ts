/**
 * The browser half of bench/network.ts: a synthetic network of N actors drawn with the
 * workbench's own model and renderer, timed step by step. The result is left on
 * window.__bench for the runner to collect.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import '../src/styles.css';
import { detectCommunities, merge, newGraph, type EdgeIn, type NodeIn } from '../src/network/model.js';
import { createRenderer } from '../src/network/render.js';

declare global {
  interface Window { __bench?: Record<string, number | string>; __benchError?: string }
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
  stage.style.width = '1280px';
  stage.style.height = '800px';
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

  t = performance.now();
  const renderer = createRenderer(stage, graph);
  await frame();
  result.firstRenderMs = performance.now() - t;

  // Fluidity: frame times while the camera zooms and pans for three seconds, and how much
  // of each frame is main-thread work (sigma's render call). Where WebGL is software
  // (SwiftShader, as in headless chromium without a GPU), the frame rate is bound by the
  // rasteriser; the main-thread time is what a machine with a GPU pays per frame.
  const sigma = renderer.sigma;
  const renderTimes: number[] = [];
  // render() is private in sigma's types; the benchmark wraps it to time it, nothing more.
  const inner = sigma as unknown as { render(): unknown };
  const render = inner.render.bind(sigma);
  inner.render = () => {
    const r0 = performance.now();
    render();
    renderTimes.push(performance.now() - r0);
    return sigma;
  };
  const camera = sigma.getCamera();
  const frames: number[] = [];
  let last = await frame();
  const until = last + 3_000;
  let step = 0;
  while (last < until) {
    step++;
    camera.setState({ ratio: 0.5 + 0.4 * Math.sin(step / 20), x: 0.5 + 0.2 * Math.cos(step / 30), y: 0.5 });
    const now = await frame();
    frames.push(now - last);
    last = now;
  }
  frames.sort((a, b) => a - b);
  const mean = frames.reduce((a, b) => a + b, 0) / frames.length;
  result.panZoomFps = 1000 / mean;
  result.panZoomFrameP95Ms = frames[Math.floor(frames.length * 0.95)]!;
  renderTimes.sort((a, b) => a - b);
  result.renderCallMeanMs = renderTimes.reduce((a, b) => a + b, 0) / Math.max(1, renderTimes.length);
  result.renderCallP95Ms = renderTimes[Math.floor(renderTimes.length * 0.95)] ?? 0;

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
  window.__bench = result;
}

run().catch((err: Error) => { window.__benchError = `${err.message}\n${err.stack}`; });
