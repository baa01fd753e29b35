/**
 * Drawing the network with sigma (WebGL) and laying it out with ForceAtlas2. Small graphs
 * are laid out at once on the main thread; large ones in ForceAtlas2's web worker for a
 * bounded time, so the page stays responsive while the picture settles. Also used by the
 * 5,000-node benchmark (bench/network.ts), which measures exactly this code.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
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

const FADED_NODE = '#e6e2d9';
const FADED_EDGE = '#efece5';
const PATH_EDGE = '#8a1c1c';

export function createRenderer(container: HTMLElement, graph: NetGraph, events: {
  onClickNode?(id: string): void;
  onClickStage?(): void;
} = {}): NetworkRenderer {
  let highlight: Highlight | null = null;
  let hovered: string | null = null;
  let selected: string | null = null;
  let worker: FA2Layout | null = null;

  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    renderEdgeLabels: true,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1c2128' },
    edgeLabelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#6b3a2a' },
    // Small pictures name everyone; large ones name the bigger actors until zoomed in.
    labelRenderedSizeThreshold: graph.order < 150 ? 0 : 8,
    labelDensity: graph.order < 150 ? 1 : 0.5,
    // Room for the labels of nodes at the edge of the picture.
    stagePadding: 60,
    defaultEdgeColor: '#c9c4b8',
    zIndex: true,
    // Moving 5,000 nodes stays fluid when edges are not redrawn mid-gesture.
    hideEdgesOnMove: graph.size > 3_000,
    nodeReducer: (node, data) => {
      const res: Record<string, unknown> = { ...data };
      const focus = hovered ?? selected;
      if (highlight) {
        if (highlight.nodes.has(node)) { res.zIndex = 2; res.forceLabel = true; res.highlighted = node === focus; }
        else { res.color = FADED_NODE; res.label = null; res.zIndex = 0; }
      } else if (focus) {
        if (node === focus) { res.highlighted = true; res.zIndex = 2; res.forceLabel = true; }
        else if (graph.areNeighbors(node, focus)) { res.zIndex = 1; res.forceLabel = true; }
      }
      return res as Partial<NodeDisplayData>;
    },
    edgeReducer: (edge, data) => {
      const res: Record<string, unknown> = { ...data };
      const focus = hovered ?? selected;
      if (highlight) {
        if (highlight.edges.has(edge)) { res.color = PATH_EDGE; res.size = Math.max(3, data.size + 1.5); res.zIndex = 2; res.forceLabel = true; }
        else { res.color = FADED_EDGE; res.label = null; }
      } else if (focus && graph.hasExtremity(edge, focus)) {
        res.color = '#8d8677'; res.zIndex = 1; res.forceLabel = true;
      } else {
        res.label = null;
      }
      return res as Partial<EdgeDisplayData>;
    },
  });

  sigma.on('clickNode', ({ node }) => events.onClickNode?.(node));
  sigma.on('clickStage', () => events.onClickStage?.());
  sigma.on('enterNode', ({ node }) => { hovered = node; container.style.cursor = 'pointer'; sigma.refresh({ skipIndexation: true }); });
  sigma.on('leaveNode', () => { hovered = null; container.style.cursor = ''; sigma.refresh({ skipIndexation: true }); });

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
        return;
      }
      const w = new FA2Layout(graph, { settings: { ...settings, barnesHutOptimize: true }, getEdgeWeight: null });
      worker = w;
      w.start();
      await new Promise((resolve) => setTimeout(resolve, options.workerMs ?? 2_500));
      if (worker === w) stopWorker();
    },
    setHighlight(h) {
      highlight = h;
      sigma.refresh({ skipIndexation: true });
    },
    setSelected(id) {
      selected = id;
      sigma.refresh({ skipIndexation: true });
    },
    refresh() {
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
