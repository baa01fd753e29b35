/**
 * An actor's neighbourhood: breadth-first over ties, up to `depth` hops, the best-attested
 * ties first, filtered by predicate and period. Places are shown but not walked through
 * (unless the centre is one): every actor "operates in" Mexico, and going through Mexico
 * would join everyone to everyone, which tells an investigator nothing.
 */
import type { Predicate } from '../extract/extraction.js';
import type { EdgeRecord, EntitySummary, Store } from '../store/store.js';
import { hasPeriod, overlaps, type Period } from './period.js';

export const MAX_DEPTH = 3;
export const DEFAULT_NODE_LIMIT = 300;
export const MAX_NODE_LIMIT = 5_000;

export interface NeighbourhoodQuery extends Period {
  id: string;
  depth: number;
  predicates?: readonly Predicate[] | undefined;
  limit?: number | undefined;
}

export interface GraphNode extends EntitySummary {
  /** Distinct neighbours in the whole graph: how much more there is to expand. */
  degree: number;
  /** Hops from the centre. */
  hop: number;
}

export interface Neighbourhood {
  center: string;
  nodes: GraphNode[];
  edges: EdgeRecord[];
  /** The node limit cut the walk short. */
  truncated: boolean;
}

/**
 * When a tie held: its own dates when the text gave them, else the span of the documents
 * that state it (a tie reported in 2017 held in 2017, as far as the sources say).
 */
export function edgeInPeriod(edge: EdgeRecord, period: Period): boolean {
  if (!hasPeriod(period)) return true;
  if (edge.start !== null || edge.end !== null) return overlaps(edge.start, edge.end, period);
  if (edge.firstSeen === null && edge.lastSeen === null) return false;
  return overlaps(edge.firstSeen, edge.lastSeen, period);
}

export function otherEnd(edge: EdgeRecord, id: string): string {
  return edge.subjectId === id ? edge.objectId : edge.subjectId;
}

/** Whether a walk may go on from this node. */
export function isWalkable(node: EntitySummary, centerId: string): boolean {
  return node.type !== 'Location' || node.id === centerId;
}

export async function neighbourhood(store: Store, query: NeighbourhoodQuery): Promise<Neighbourhood | null> {
  const [center] = await store.entitySummaries([query.id]);
  if (center === undefined) return null;
  const limit = Math.min(query.limit ?? DEFAULT_NODE_LIMIT, MAX_NODE_LIMIT);
  const depth = Math.max(1, Math.min(query.depth, MAX_DEPTH));
  const nodes = new Map<string, { summary: EntitySummary; hop: number }>([[center.id, { summary: center, hop: 0 }]]);
  const edges = new Map<string, EdgeRecord>();
  let frontier = [center];
  let truncated = false;

  for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
    const walkable = frontier.filter((n) => isWalkable(n, center.id)).map((n) => n.id);
    if (walkable.length === 0) break;
    const found = (await store.relationEdges({ entityIds: walkable, predicates: query.predicates }))
      .filter((e) => edgeInPeriod(e, query));
    const fresh: string[] = [];
    for (const edge of found) {
      for (const end of [edge.subjectId, edge.objectId]) {
        if (nodes.has(end) || fresh.includes(end)) continue;
        if (nodes.size + fresh.length >= limit) {
          truncated = true;
          continue;
        }
        fresh.push(end);
      }
      // An edge is kept once both its ends are in the picture.
      if ((nodes.has(edge.subjectId) || fresh.includes(edge.subjectId))
        && (nodes.has(edge.objectId) || fresh.includes(edge.objectId))) edges.set(edge.id, edge);
    }
    const summaries = await store.entitySummaries(fresh);
    for (const s of summaries) nodes.set(s.id, { summary: s, hop });
    frontier = summaries;
  }

  const degrees = await store.entityDegrees([...nodes.keys()]);
  return {
    center: center.id,
    nodes: [...nodes.values()].map(({ summary, hop }) => ({ ...summary, degree: degrees[summary.id] ?? 0, hop })),
    edges: [...edges.values()],
    truncated,
  };
}
