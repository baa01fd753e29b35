/**
 * Extraction on every core. Small batches run in this thread: starting a worker loads the
 * tagger model again, which costs more than extracting a handful of articles.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { extract, type ExtractInput } from '../extract/extract.js';
import type { Extraction } from '../extract/extraction.js';

export interface Extractor {
  extract(doc: ExtractInput): Promise<Extraction>;
  close(): Promise<void>;
}

/** Below this many documents, worker start-up is not worth it. */
const POOL_THRESHOLD = 8;

export function createExtractor(expectedDocuments: number, threads = availableParallelism()): Extractor {
  if (expectedDocuments < POOL_THRESHOLD || threads < 2) {
    return { extract: async (doc) => extract(doc), close: async () => {} };
  }
  const pool = new Piscina({
    filename: new URL('./extract-task.js', import.meta.url).href,
    maxThreads: threads,
    minThreads: Math.min(threads, 2),
    idleTimeout: 2_000,
  });
  return {
    extract: (doc) => pool.run({ id: doc.id, text: doc.text, published: doc.published }) as Promise<Extraction>,
    close: () => pool.destroy(),
  };
}
