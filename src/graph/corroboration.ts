/** A fact's corroboration: the number of distinct documents behind it (design.md, Evidence). */
import type { Citation } from '../store/store.js';

export function corroboration(citations: readonly Citation[]): number {
  return new Set(citations.map((c) => c.documentId)).size;
}
