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
import { documentContexts, resolveAll } from './cluster.js';
import { ActiveJudgments } from './judgments.js';
import { type LocalEntity, blockingKeys } from './keys.js';

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

/** Each local entity's blocking keys, for the store to index (see keys.ts). */
export function blockingKeysOf(x: Extraction): Record<string, string[]> {
  const mentions = new Map<string, number>();
  for (const m of x.mentions) mentions.set(m.entity, (mentions.get(m.entity) ?? 0) + 1);
  const locals: LocalEntity[] = x.entities.map((e) => ({
    documentId: x.documentId, localId: e.id, type: e.type, name: e.name, aliases: e.aliases,
    mentions: mentions.get(e.id) ?? 0, ...(e.reading ? { reading: e.reading } : {}),
  }));
  const ctx = documentContexts(locals).get(x.documentId) ?? { country: null };
  return Object.fromEntries(locals.map((l) => [l.localId, blockingKeys(l, ctx)]));
}

/** Resolves the whole store again and applies what changed. */
export async function resolveStore(store: Pick<Store, 'localEntities' | 'judgments' | 'applyResolution'>): Promise<ResolutionOutcome> {
  const [locals, log] = await Promise.all([store.localEntities(), store.judgments()]);
  const assignments = resolveAll(locals, new ActiveJudgments(log));
  const mapping = new Map<string, ResolvedEntity>();
  for (const [ref, a] of assignments) mapping.set(ref, { id: a.id, type: a.type, name: a.name, reason: a.reason, score: a.score });
  return store.applyResolution(mapping);
}
