/** A document as the reader shows it: its text, the mentions in it, and the facts it states. */
import type { DocumentFacts, Store, StoredDocument } from '../store/store.js';

export type DocumentView = StoredDocument & DocumentFacts;

export async function documentView(store: Store, id: string): Promise<DocumentView | null> {
  const [doc, facts] = await Promise.all([store.getDocument(id), store.documentFacts(id)]);
  if (doc === null || facts === null) return null;
  return { ...doc, ...facts };
}
