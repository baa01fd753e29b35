/**
 * Drawing the network with sigma (WebGL) and laying it out with ForceAtlas2. Small graphs
 * are laid out at once on the main thread; large ones in ForceAtlas2's web worker for a
 * bounded time, so the page stays responsive while the picture settles. Also used by the
 * 5,000-node benchmark (bench/network.ts), which measures exactly this code.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { trimFrameCost } from './frame-cost.js';
import type { EdgeAttrs, NetGraph, NodeAttrs } from './model.js';

/** Up to this many nodes the layout runs synchronously (a few ms per iteration at most). */
export const SYNC_LAYOUT_LIMIT = 600;

export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface NetworkRenderer {
  sigma: Sigma<NodeAttrs, EdgeAttrs>;
  /** Lays the graph out; resolves when the layout has settled (or its time is up). */
  layout(options?: { iterations?: number; workerMs?: number }): Promise<void>;
  setHighlight(h: Highlight | null): void;
  setSelected(id: string | null): void;
  refresh(): void;
  /** Where a node is drawn, in CSS pixels from the container's top left. */
  viewportPosition(id: string): { x: number; y: number } | null;
  kill(): void;
}

/**
 * From this many actors the picture is drawn with sigma's plainest programs: nodes as
 * points, ties as hairlines. Sigma's default programs draw each node and tie as an
 * instance of a small mesh, which a GPU does in no time but a software rasteriser
 * (SwiftShader, where there is no GPU) does one instance at a time: 5,000 nodes took
 * ~200 ms a frame that way, against a few ms as points. Tie width (documents) is lost at
 * this scale, where hairlines read better anyway; a shortest path is still drawn wide.
 */
export const LARGE_GRAPH = 1_500;

const FADED_NODE = '#e6e2d9';
const FADED_EDGE = '#efece5';
const PATH_EDGE = '#8a1c1c';

/** Edge type of a tie on a highlighted path: wide whatever the graph's size. */
const WIDE = 'wide';

/** What the drawing settings depend on: the picture's size, in a few steps. */
type Scale = 'small' | 'medium' | 'large' | 'huge';

function scaleOf(graph: NetGraph): Scale {
  if (graph.order < 150) return 'small';
  if (graph.order < LARGE_GRAPH) return 'medium';
  return graph.order <= 2_000 && graph.size <= 3_000 ? 'large' : 'huge';
}

function settingsFor(scale: Scale) {
  const large = scale === 'large' || scale === 'huge';
  return {
    // Listed after sigma's own types, so wide ties (a path) are drawn over the hairlines.
    nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram },
    edgeProgramClasses: { line: large ? EdgeLineProgram : EdgeRectangleProgram, [WIDE]: EdgeRectangleProgram },
    defaultNodeType: large ? 'point' : 'circle',
    // Small pictures name everyone; larger ones name the bigger actors until zoomed in.
    labelRenderedSizeThreshold: scale === 'small' ? 0 : 8,
    labelDensity: scale === 'small' ? 1 : 0.5,
    // Moving thousands of nodes stays fluid when ties and labels are not redrawn mid-gesture.
    hideEdgesOnMove: scale === 'huge',
    hideLabelsOnMove: scale === 'huge',
  };
}

export function createRenderer(container: HTMLElement, graph: NetGraph, events: {
  onClickNode?(id: string): void;
  onClickStage?(): void;
} = {}): NetworkRenderer {
  let highlight: Highlight | null = null;
  let hovered: string | null = null;
  let selected: string | null = null;
  let worker: FA2Layout | null = null;
  // The hovered (else selected) node, its neighbours and its ties, kept as sets so the
  // reducers answer in O(1) per item and a change of focus redraws only what it touches.
  let focus: string | null = null;
  let focusNodes = new Set<string>();
  let focusEdges = new Set<string>();

  let scale = scaleOf(graph);
  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    ...settingsFor(scale),
    renderEdgeLabels: true,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1c2128' },
    edgeLabelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#6b3a2a' },
    // Room for the labels of nodes at the edge of the picture.
    stagePadding: 60,
    defaultEdgeColor: '#c9c4b8',
    zIndex: true,
    nodeReducer: (node, data) => {
      if (highlight) {
        if (highlight.nodes.has(node)) return { ...data, zIndex: 2, forceLabel: true, highlighted: node === focus };
        return { ...data, color: FADED_NODE, label: null, zIndex: 0 };
      }
      if (focus !== null && focusNodes.has(node)) {
        return node === focus ? { ...data, highlighted: true, zIndex: 2, forceLabel: true } : { ...data, zIndex: 1, forceLabel: true };
      }
      return data as Partial<NodeDisplayData>;
    },
    edgeReducer: (edge, data) => {
      if (highlight) {
        if (highlight.edges.has(edge)) return { ...data, type: WIDE, label: data.caption, color: PATH_EDGE, size: Math.max(3, data.size + 1.5), zIndex: 2, forceLabel: true };
        return { ...data, color: FADED_EDGE };
      }
      // Edge labels only for the focused actor's ties: thousands of them would be noise.
      if (focusEdges.has(edge)) return { ...data, label: data.caption, color: '#8d8677', zIndex: 1, forceLabel: true };
      return data as Partial<EdgeDisplayData>;
    },
  });

  trimFrameCost(sigma);

  function refocus(): void {
    const next = hovered ?? selected;
    if (next === focus) return;
    const touched = { nodes: [...focusNodes], edges: [...focusEdges] };
    focus = next;
    focusNodes = next === null || !graph.hasNode(next) ? new Set() : new Set([next, ...graph.neighbors(next)]);
    focusEdges = next === null || !graph.hasNode(next) ? new Set() : new Set(graph.edges(next));
    touched.nodes.push(...focusNodes);
    touched.edges.push(...focusEdges);
    // Scheduled, so several changes of focus in one frame (hovering across nodes) draw once.
    sigma.refresh({ partialGraph: touched, skipIndexation: true, schedule: true });
  }

  sigma.on('clickNode', ({ node }) => events.onClickNode?.(node));
  sigma.on('clickStage', () => events.onClickStage?.());
  sigma.on('enterNode', ({ node }) => { hovered = node; container.style.cursor = 'pointer'; refocus(); });
  sigma.on('leaveNode', () => { hovered = null; container.style.cursor = ''; refocus(); });

  /** After a layout the whole picture is in view: an expansion must not leave new actors off-screen. */
  function showAll(): void {
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  function stopWorker(): void {
    worker?.kill();
    worker = null;
  }

  return {
    sigma,
    async layout(options = {}) {
      stopWorker();
      const settings = { ...forceAtlas2.inferSettings(graph), slowDown: 2 };
      if (graph.order <= SYNC_LAYOUT_LIMIT) {
        forceAtlas2.assign(graph, { iterations: options.iterations ?? (graph.order < 100 ? 300 : 150), settings, getEdgeWeight: null });
        sigma.refresh();
        showAll();
        return;
      }
      const w = new FA2Layout(graph, { settings: { ...settings, barnesHutOptimize: true }, getEdgeWeight: null });
      worker = w;
      w.start();
      await new Promise((resolve) => setTimeout(resolve, options.workerMs ?? 2_500));
      if (worker === w) { stopWorker(); showAll(); }
    },
    setHighlight(h) {
      highlight = h;
      sigma.refresh({ skipIndexation: true });
    },
    setSelected(id) {
      selected = id;
      refocus();
    },
    refresh() {
      // The graph changed: the focus sets may be stale.
      const f = focus;
      focus = null;
      focusNodes = f === null || !graph.hasNode(f) ? new Set() : new Set([f, ...graph.neighbors(f)]);
      focusEdges = f === null || !graph.hasNode(f) ? new Set() : new Set(graph.edges(f));
      focus = f;
      // An expansion can carry the graph into the next scale.
      const next = scaleOf(graph);
      if (next !== scale) {
        scale = next;
        sigma.setSettings(settingsFor(scale));
      }
      sigma.refresh();
    },
    viewportPosition(id) {
      const data = sigma.getNodeDisplayData(id);
      if (!data) return null;
      return sigma.framedGraphToViewport(data);
    },
    kill() {
      stopWorker();
      sigma.kill();
    },
  };
}
