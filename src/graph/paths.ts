/**
 * Shortest paths between two actors over ties, found by a breadth-first search from both
 * ends at once (each step widens the smaller frontier), so a path of length 6 costs two
 * walks of about 3 instead of one of 6. Like the neighbourhood, places are not walked
 * through: two gangs that both operate in Mexico are not thereby "connected".
 */
import type { Predicate } from '../extract/extraction.js';
import type { EdgeRecord, EntitySummary, RelationRecord, Store } from '../store/store.js';
import { edgeInPeriod, isWalkable, otherEnd } from './neighbourhood.js';
import type { Period } from './period.js';

export const MAX_PATH_LENGTH = 6;
export const DEFAULT_PATH_LIMIT = 5;
/** Nodes either walk may visit before giving up: a bound on work, whatever the store holds. */
export const MAX_VISITED = 50_000;

export interface PathQuery {
  /** Entity ids of the two ends. */
  from: string;
  to: string;
  /** Only ties that held in this period (see edgeInPeriod). */
  period?: Period | undefined;
  predicates?: readonly Predicate[] | undefined;
  maxLength?: number | undefined;
  limit?: number | undefined;
}

export interface Path {
  /** Entity ids from `from` to `to`. */
  nodes: string[];
  /** Relation ids, edges[i] joining nodes[i] and nodes[i + 1]. */
  edges: string[];
}

export interface PathAnswer {
  from: EntitySummary;
  to: EntitySummary;
  /** Hops in each shortest path; null when none was found within maxLength. */
  length: number | null;
  paths: Path[];
  /** Every entity and relation on the paths, relations with their citations. */
  nodes: EntitySummary[];
  relations: RelationRecord[];
}

interface Side {
  dist: Map<string, number>;
  parents: Map<string, { node: string; edge: string }[]>;
  frontier: string[];
  depth: number;
}

function side(start: string): Side {
  return { dist: new Map([[start, 0]]), parents: new Map(), frontier: [start], depth: 0 };
}

/** Every way back from `node` to the side's start, as node and edge lists from the start. */
function walksBack(s: Side, node: string, cap: number): Path[] {
  const parents = s.parents.get(node);
  if (parents === undefined) return [{ nodes: [node], edges: [] }];
  const out: Path[] = [];
  for (const p of parents) {
    for (const w of walksBack(s, p.node, cap - out.length)) {
      out.push({ nodes: [...w.nodes, node], edges: [...w.edges, p.edge] });
      if (out.length >= cap) return out;
    }
  }
  return out;
}

export async function shortestPaths(store: Store, query: PathQuery): Promise<PathAnswer | null> {
  const ends = await store.entitySummaries([query.from, query.to]);
  const from = ends.find((e) => e.id === query.from);
  const to = ends.find((e) => e.id === query.to);
  if (!from || !to) return null;
  const maxLength = Math.max(1, Math.min(query.maxLength ?? MAX_PATH_LENGTH, MAX_PATH_LENGTH));
  const limit = Math.max(1, query.limit ?? DEFAULT_PATH_LIMIT);
  if (from.id === to.id) return { from, to, length: 0, paths: [{ nodes: [from.id], edges: [] }], nodes: [from], relations: [] };

  const sides = [side(from.id), side(to.id)] as const;
  const types = new Map<string, EntitySummary>([[from.id, from], [to.id, to]]);
  const edgesById = new Map<string, EdgeRecord>();
  let meeting: string[] = [];

  while (meeting.length === 0 && sides[0].depth + sides[1].depth < maxLength) {
    const [grow, other] = sides[0].frontier.length <= sides[1].frontier.length ? [sides[0], sides[1]] : [sides[1], sides[0]];
    // Only the two ends and non-places are walked through.
    const walkable = grow.frontier.filter((id) => id === from.id || id === to.id || isWalkable(types.get(id)!, ''));
    if (walkable.length === 0) break;
    const found = (await store.relationEdges({ entityIds: walkable, predicates: query.predicates }))
      .filter((e) => edgeInPeriod(e, query.period ?? {}));
    const inFrontier = new Set(walkable);
    const next: string[] = [];
    grow.depth += 1;
    for (const edge of found) {
      for (const node of [edge.subjectId, edge.objectId]) {
        if (!inFrontier.has(node)) continue;
        const neighbour = otherEnd(edge, node);
        const known = grow.dist.get(neighbour);
        if (known === undefined) {
          grow.dist.set(neighbour, grow.depth);
          next.push(neighbour);
        } else if (known !== grow.depth) continue;
        const parents = grow.parents.get(neighbour) ?? [];
        if (!parents.some((p) => p.node === node && p.edge === edge.id)) parents.push({ node, edge: edge.id });
        grow.parents.set(neighbour, parents);
        edgesById.set(edge.id, edge);
      }
    }
    for (const s of await store.entitySummaries(next.filter((id) => !types.has(id)))) types.set(s.id, s);
    grow.frontier = next;
    // A path may end at a place but not pass through one, so no place is a meeting point.
    meeting = next.filter((id) => other.dist.has(id) && (id === from.id || id === to.id || isWalkable(types.get(id)!, '')));
    // All meet at this side's depth, but not all at the same depth of the other side.
    const shortest = Math.min(...meeting.map((id) => other.dist.get(id)!));
    meeting = meeting.filter((id) => other.dist.get(id) === shortest);
    if (next.length === 0 || grow.dist.size + other.dist.size > MAX_VISITED) break;
  }

  if (meeting.length === 0) return { from, to, length: null, paths: [], nodes: [from, to], relations: [] };
  const [fromSide, toSide] = sides;
  const paths: Path[] = [];
  for (const m of meeting.sort()) {
    for (const head of walksBack(fromSide, m, limit)) {
      for (const tail of walksBack(toSide, m, limit)) {
        // The to-side walk runs from `to` to m: reversed, it continues the path from m.
        paths.push({ nodes: [...head.nodes, ...tail.nodes.slice(0, -1).reverse()], edges: [...head.edges, ...tail.edges.reverse()] });
        if (paths.length >= limit) break;
      }
      if (paths.length >= limit) break;
    }
    if (paths.length >= limit) break;
  }
  const nodeIds = [...new Set(paths.flatMap((p) => p.nodes))];
  const relations = await store.relationsByIds([...new Set(paths.flatMap((p) => p.edges))]);
  return { from, to, length: paths[0]!.edges.length, paths, nodes: nodeIds.map((id) => types.get(id)!), relations };
}
