/**
 * The network as a graphology graph: one node per actor, one undirected edge per pair of
 * actors carrying every tie between them (Louvain and the drawing both want a simple
 * graph). Pure: no DOM, so it is tested in node and shared with the benchmark.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { COMMUNITY_COLOURS, typeColour } from '../theme.js';

export interface NodeAttrs {
  label: string;
  kind: string;
  /** Neighbours in the whole graph (from the server): what size shows. */
  degree: number;
  documents: number;
  x: number;
  y: number;
  size: number;
  color: string;
  community?: number;
  expanded?: boolean;
}

export interface EdgeAttrs {
  predicates: string[];
  relations: string[];
  /** Each relation as stated: its predicate and subject, since the drawn edge has no direction. */
  ties: { predicate: string; subject: string }[];
  documents: number;
  size: number;
  color: string;
  /** What the edge says when shown (not `label`, which sigma would draw for every edge). */
  caption: string;
}

export type NetGraph = Graph<NodeAttrs, EdgeAttrs>;

export interface NodeIn { id: string; name: string; type: string; degree: number; documents: number }
export interface EdgeIn { id: string; subjectId: string; objectId: string; predicate: string; documents: number }

export const EDGE_COLOUR = '#c9c4b8';

export function newGraph(): NetGraph {
  return new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: false, allowSelfLoops: false });
}

/** Size grows with the square root of degree, so hubs stand out without swallowing the page. */
export function nodeSize(degree: number): number {
  return Math.min(26, 4 + 2.4 * Math.sqrt(Math.max(0, degree)));
}

function edgeSize(documents: number): number {
  return Math.min(5, 0.8 + Math.log2(1 + documents));
}

/** Deterministic jitter from an id, so the same graph lays out the same way twice. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

/**
 * Adds nodes and edges not yet in the graph; new nodes start on a ring around `around`
 * (the node that was expanded), so the layout grows outward instead of starting over.
 * Returns the ids of the nodes added.
 */
export function merge(graph: NetGraph, nodes: readonly NodeIn[], edges: readonly EdgeIn[], around?: string): string[] {
  const centre = around && graph.hasNode(around) ? graph.getNodeAttributes(around) : { x: 0, y: 0 };
  const added: string[] = [];
  const fresh = nodes.filter((n) => !graph.hasNode(n.id));
  fresh.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, fresh.length) + hash(n.id);
    const r = 8 + 6 * hash(`${n.id}r`) + Math.sqrt(fresh.length);
    graph.addNode(n.id, {
      label: n.name, kind: n.type, degree: n.degree, documents: n.documents,
      x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle),
      size: nodeSize(n.degree), color: typeColour(n.type),
    });
    added.push(n.id);
  });
  for (const n of nodes) if (graph.hasNode(n.id)) graph.mergeNodeAttributes(n.id, { degree: n.degree, size: nodeSize(n.degree) });
  for (const e of edges) {
    if (e.subjectId === e.objectId || !graph.hasNode(e.subjectId) || !graph.hasNode(e.objectId)) continue;
    const existing = graph.edge(e.subjectId, e.objectId);
    if (existing === undefined) {
      graph.addEdge(e.subjectId, e.objectId, {
        predicates: [e.predicate], relations: [e.id], ties: [{ predicate: e.predicate, subject: e.subjectId }], documents: e.documents,
        size: edgeSize(e.documents), color: EDGE_COLOUR, caption: e.predicate.replace(/_/g, ' '),
      });
    } else {
      const a = graph.getEdgeAttributes(existing);
      if (a.relations.includes(e.id)) continue;
      const predicates = a.predicates.includes(e.predicate) ? a.predicates : [...a.predicates, e.predicate];
      const documents = Math.max(a.documents, e.documents);
      graph.mergeEdgeAttributes(existing, {
        predicates, relations: [...a.relations, e.id], ties: [...a.ties, { predicate: e.predicate, subject: e.subjectId }],
        documents, size: edgeSize(documents),
        caption: predicates.map((p) => p.replace(/_/g, ' ')).join(', '),
      });
    }
  }
  return added;
}

/** Louvain communities into each node's `community`; answers how many there are. */
export function detectCommunities(graph: NetGraph): number {
  if (graph.size === 0) {
    graph.forEachNode((n) => graph.setNodeAttribute(n, 'community', 0));
    return graph.order === 0 ? 0 : 1;
  }
  // A fixed random source: the same graph gets the same communities every time.
  let seed = 42;
  const rng = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const detailed = louvain.detailed(graph, { rng, getEdgeWeight: 'documents' });
  graph.updateEachNodeAttributes((n, a) => ({ ...a, community: detailed.communities[n] ?? 0 }), { attributes: ['community'] });
  return detailed.count;
}

export function colourNodes(graph: NetGraph, mode: 'type' | 'community'): void {
  // One update for all nodes: one event, so the renderer redraws once, not once per node.
  graph.updateEachNodeAttributes((_, a) => ({
    ...a,
    color: mode === 'community' ? COMMUNITY_COLOURS[(a.community ?? 0) % COMMUNITY_COLOURS.length]! : typeColour(a.kind),
  }), { attributes: ['color'] });
}

/** The shortest path between two actors in the graph as drawn, with its edges; null if none. */
export function pathIn(graph: NetGraph, from: string, to: string): { nodes: string[]; edges: string[] } | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const nodes = bidirectional(graph, from, to);
  if (!nodes) return null;
  const edges: string[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) edges.push(graph.edge(nodes[i]!, nodes[i + 1]!)!);
  return { nodes, edges };
}
