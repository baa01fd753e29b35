/**
 * Document-local entities → graph entities. This first version gives an entity the id of
 * its name's slug, so every document that names "Alfredo Beltrán-Leyva" or "Alfredo Beltrán
 * Leyva" lands on the same node; a different type under the same slug gets its own node.
 * Cross-document alias matching and human judgments come with src/resolve's next version.
 */
import type { Extraction } from '../extract/extraction.js';
import type { ResolvedEntity, Store } from '../store/store.js';
import { slug } from '../extract/normalize.js';

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
