/**
 * Resolution after a batch, touching only what the batch can change. Starting from the
 * batch's local entities it gathers, until nothing new comes: every local entity sharing a
 * blocking key with the gathered ones, every member of the actors they are in, the other
 * side of any judgment that names them, and the actors whose ids a namesake could take.
 * Nothing outside that region shares a key with it, so clustering the region alone gives
 * exactly what clustering the whole store would (cluster.ts is a pure function of its
 * input), and the cost follows the size of the region, not of the corpus.
 */
import { slug } from '../extract/normalize.js';
import type { ResolutionOutcome, ResolvedEntity, Store, StoredLocalEntity } from '../store/store.js';
import { documentContexts, resolveAll } from './cluster.js';
import { ActiveJudgments } from './judgments.js';
import { localRef } from './keys.js';

type RegionStore = Pick<Store, 'localsByKeys' | 'localsByGraphIds' | 'localsByDocuments' | 'keysOfLocals'
  | 'entityIdsLike' | 'judgments' | 'applyResolution'>;

/** Local entities a judgment ties together: if one is in the region, all must be. */
function judgmentGroups(judgments: ActiveJudgments): string[][] {
  const groups: string[][] = [];
  for (const j of judgments.active) {
    const t = j.target;
    if (t.action === 'merge') groups.push([...t.a.anchors, ...t.b.anchors]);
    if (t.action === 'split') groups.push([...t.anchors, ...t.holders]);
  }
  return groups;
}

export async function resolveDocuments(store: RegionStore, documentIds: readonly string[]): Promise<ResolutionOutcome> {
  if (documentIds.length === 0) return { documentsRewritten: 0, entities: 0 };
  const judgments = new ActiveJudgments(await store.judgments());
  const groups = judgmentGroups(judgments);
  const region = new Map<string, StoredLocalEntity>();
  const seenKeys = new Set<string>();
  const seenGraph = new Set<string>();
  const seenDocs = new Set<string>();

  const gather = async (start: StoredLocalEntity[]): Promise<void> => {
    let frontier = start;
    while (frontier.length > 0) {
      const fresh = frontier.filter((l) => !region.has(localRef(l)));
      if (fresh.length === 0) return;
      for (const l of fresh) region.set(localRef(l), l);
      const keys = [...new Set([...(await store.keysOfLocals(fresh.map(localRef))).values()].flat())].filter((k) => !seenKeys.has(k));
      keys.forEach((k) => seenKeys.add(k));
      const graphIds = [...new Set(fresh.map((l) => l.graphId))].filter((g) => !seenGraph.has(g));
      graphIds.forEach((g) => seenGraph.add(g));
      const refs = new Set(fresh.map(localRef));
      const judged = groups.filter((g) => g.some((r) => refs.has(r))).flat();
      const judgedDocs = [...new Set(judged.map((r) => r.slice(0, r.indexOf('#'))))].filter((d) => !seenDocs.has(d));
      judgedDocs.forEach((d) => seenDocs.add(d));
      const judgedRefs = new Set(judged);
      frontier = [
        ...(keys.length ? await store.localsByKeys(keys) : []),
        ...(graphIds.length ? await store.localsByGraphIds(graphIds) : []),
        ...(judgedDocs.length ? (await store.localsByDocuments(judgedDocs)).filter((l) => judgedRefs.has(localRef(l))) : []),
      ];
    }
  };

  await gather(await store.localsByDocuments(documentIds));
  for (;;) {
    const locals = [...region.values()];
    const docs = [...new Set(locals.map((l) => l.documentId))];
    // A document's country is read from all its places, not only those in the region.
    const contexts = documentContexts(await store.localsByDocuments(docs));
    const assignments = resolveAll(locals, judgments, contexts);
    // Actors outside the region whose ids a cluster here could collide with join it, and
    // everything they touch, so ids are numbered as a whole-store run would number them.
    const stems = [...new Set([...assignments.values()].map((a) => slug(a.name)))];
    const outside = (await store.entityIdsLike(stems)).filter((id) => !seenGraph.has(id));
    if (outside.length === 0) {
      const mapping = new Map<string, ResolvedEntity>();
      for (const [ref, a] of assignments) mapping.set(ref, { id: a.id, type: a.type, name: a.name, reason: a.reason, score: a.score });
      return store.applyResolution(mapping);
    }
    await gather(await store.localsByGraphIds(outside));
  }
}
