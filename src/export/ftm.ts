/**
 * FollowTheMoney export: the whole graph as FtM entities, ready for Aleph, OpenSanctions
 * tooling or `ftm` on the command line. The mapping is in ftm-mapping.ts; this file only
 * orders the stream and writes it.
 *
 * Entities come before the edges and events that point at them — articles, then actors,
 * then relations, events and amounts — so a loader that resolves references as it reads
 * never meets an id it has not seen.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Store } from '../store/store.js';
import { actorEntity, amountEntity, eventEntity, relationEntity } from './ftm-mapping.js';
import type { FtmEntity } from './ftm-model.js';
import { SourceIndex, articleEntity } from './ftm-sources.js';

export type { FtmEntity } from './ftm-model.js';

export async function* exportFtm(store: Store): AsyncGenerator<FtmEntity> {
  const sources = await SourceIndex.load(store);
  for (const doc of sources.all()) yield articleEntity(doc);
  for (const entity of await store.allEntities()) yield actorEntity(entity);
  for (const relation of await store.allRelations()) yield relationEntity(relation, sources);
  for (const event of await store.allEvents()) yield eventEntity(event, sources);
  for (const amount of await store.allAmounts()) yield amountEntity(amount, sources);
}

/**
 * Writes the export as JSON lines (FtM's interchange format) and resolves with the number
 * of entities. Waits on 'drain' so a slow pipe holds the export back instead of buffering
 * it all; does not end `out`, so a caller can write to stdout.
 */
export async function writeFtmJsonl(store: Store, out: Writable): Promise<number> {
  let count = 0;
  for await (const entity of exportFtm(store)) {
    count += 1;
    if (!out.write(`${JSON.stringify(entity)}\n`)) await once(out, 'drain');
  }
  return count;
}
