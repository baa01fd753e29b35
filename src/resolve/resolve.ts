/**
 * Document-local entities → graph entities, in two steps.
 *
 * At ingest a document's entities get a first guess (the slug of their name), so the
 * document can be stored in one transaction without waiting for the rest of the corpus.
 * After a batch, `resolveStore` runs resolution over every stored local entity and the
 * judgment log (cluster.ts, a pure function: the same corpus in any order gives the same
 * graph) and the store rewrites only the documents whose entities moved.
 */
import type { Extraction } from '../extract/extraction.js';
import { slug } from '../extract/normalize.js';
import type { ResolutionOutcome, ResolvedEntity, Store } from '../store/store.js';
import { resolveAll } from './cluster.js';
import { ActiveJudgments } from './judgments.js';

/** A first guess: the entity whose id is the name's slug, if it is of the same type. */
export async function resolveExtraction(x: Extraction, store: Pick<Store, 'findEntities'>): Promise<Record<string, ResolvedEntity>> {
  const out: Record<string, ResolvedEntity> = {};
  for (const e of x.entities) {
    let id = slug(e.name);
    const existing = (await store.findEntities(id)).find((f) => f.id === id);
    if (existing && existing.type !== e.type) id = `${id}-${e.type.toLowerCase()}`;
    out[e.id] = { id, type: e.type, name: e.name };
  }
  return out;
}

/** Resolves the whole store again and applies what changed. */
export async function resolveStore(store: Pick<Store, 'localEntities' | 'judgments' | 'applyResolution'>): Promise<ResolutionOutcome> {
  const [locals, log] = await Promise.all([store.localEntities(), store.judgments()]);
  const assignments = resolveAll(locals, new ActiveJudgments(log));
  const mapping = new Map<string, ResolvedEntity>();
  for (const [ref, a] of assignments) mapping.set(ref, { id: a.id, type: a.type, name: a.name, reason: a.reason, score: a.score });
  return store.applyResolution(mapping);
}
