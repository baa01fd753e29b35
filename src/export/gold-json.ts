/**
 * The stored graph as answer-key files (shared/spec/annotations.md), one per document and
 * named after the file it was read from, with graph entity ids: the shared scorer's
 * resolution line then measures how well documents were joined into one graph.
 */
import { basename } from 'node:path';
import { toGold, type GoldDocument } from '../extract/gold.js';
import type { Store } from '../store/store.js';

export interface GoldFile {
  /** "<basename>.json"; documents read from one file (a .jsonl) are numbered. */
  file: string;
  gold: GoldDocument;
}

function baseOf(uri: string): string {
  const name = basename(uri.replace(/[?#].*$/, '').replace(/\/+$/, '')) || 'document';
  return name.replace(/\.[^.]+$/, '');
}

export async function* exportGold(store: Store): AsyncGenerator<GoldFile> {
  const graphIds = new Map<string, string>();
  for (const l of await store.localEntities()) graphIds.set(`${l.documentId}#${l.localId}`, l.graphId);
  const documents = await store.listDocuments();
  const perBase = new Map<string, number>();
  for (const d of documents) perBase.set(baseOf(d.uri), (perBase.get(baseOf(d.uri)) ?? 0) + 1);
  const seen = new Map<string, number>();
  // Sorted by uri so that numbering of documents from one file is stable.
  for (const summary of [...documents].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.id < b.id ? -1 : 1))) {
    const [doc, extraction] = await Promise.all([store.getDocument(summary.id), store.storedExtraction(summary.id)]);
    if (doc === null || extraction === null) continue;
    const base = baseOf(doc.uri);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const name = (perBase.get(base) ?? 0) > 1 ? `${base}-${n}` : base;
    const gold = toGold(extraction, {
      id: name, textFile: doc.uri, published: doc.published, language: doc.language, text: doc.text,
      entityId: (localId) => graphIds.get(`${doc.id}#${localId}`) ?? localId,
    });
    yield { file: `${name}.json`, gold };
  }
}
