import { createHash } from 'node:crypto';

/**
 * A document's id: the sha256 (hex) of its cleaned text.
 *
 * Hashing the cleaned text rather than the file means the same article read from an
 * HTML page, a saved .txt or a JSONL dump is one document, and re-ingesting it is a no-op.
 */
export function documentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
