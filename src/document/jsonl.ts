/**
 * JSONL reader: one article per line, as scrapers and archives export them:
 *
 *   {"text": "…", "title": "…", "outlet": "…", "url": "…", "published": "2021-03-03", "language": "en"}
 *   {"html": "<html>…</html>", "url": "…"}
 *
 * A broken line costs that line only: it is reported as `line N: reason` and the other
 * lines are still read. The file is read as a stream of bytes and split on newlines, so
 * a dump of any size is fine; the size limit applies to each record instead of the file.
 */
import type { DocumentMeta } from './document.js';
import { firstInvalidUtf8, formatSize, normalizeText } from './decode.js';
import { metaFromRecord } from './frontmatter.js';
import { errorMessage, fail, ok, type Result } from './result.js';

export interface JsonlRecord {
  /** `text` (plain) or `html` (a page, read like an .html file). */
  kind: 'text' | 'html';
  content: string;
  meta: DocumentMeta;
}

export interface JsonlLine {
  /** 1-based line number in the file. */
  line: number;
  record: Result<JsonlRecord>;
}

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines without holding more than one line in memory; a line
 * longer than `maxLineBytes` is skipped (and reported) rather than accumulated.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxLineBytes: number,
): AsyncGenerator<{ line: number; bytes: Uint8Array | null; size: number }> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let line = 1;
  let oversize = false;
  const take = (): { line: number; bytes: Uint8Array | null; size: number } => {
    const out = { line, bytes: oversize ? null : concat(parts, size), size };
    parts = [];
    size = 0;
    oversize = false;
    line++;
    return out;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, start)) {
      add(chunk.subarray(start, i));
      start = i + 1;
      yield take();
    }
    add(chunk.subarray(start));
  }
  if (size > 0 || oversize) yield take();

  function add(piece: Uint8Array): void {
    size += piece.length;
    if (size > maxLineBytes) {
      oversize = true;
      parts = [];
    } else if (!oversize && piece.length > 0) {
      parts.push(piece);
    }
  }
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** One line's bytes → a record, or why the line is not one. */
export function parseJsonlLine(bytes: Uint8Array): Result<JsonlRecord> | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`invalid UTF-8 at byte ${firstInvalidUtf8(bytes)} of the line`);
  }
  text = text.replace(/^\ufeff/, '').trim();
  if (text === '') return null; // blank lines separate nothing and are not errors

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`invalid JSON: ${errorMessage(error)}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(`not a JSON object (got ${Array.isArray(data) ? 'an array' : data === null ? 'null' : typeof data})`);
  }
  const record = data as Record<string, unknown>;
  // `text` wins when both are present: it is the article as someone already extracted it.
  const kind = typeof record.text === 'string' && record.text.trim() ? 'text' : typeof record.html === 'string' && record.html.trim() ? 'html' : null;
  if (kind === null) {
    const present = ['text', 'html'].filter((k) => k in record);
    return fail(present.length > 0 ? `"${present.join('" and "')}" must be non-empty text` : 'no "text" or "html" field');
  }
  const meta = metaFromRecord(record);
  if (!meta.ok) return meta;
  return ok({ kind, content: normalizeText(record[kind] as string), meta: meta.value });
}

/** Every non-blank line of a JSONL stream, parsed; failures carry "line N: reason". */
export async function* readJsonl(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<JsonlLine> {
  for await (const { line, bytes, size } of splitLines(chunks, maxLineBytes)) {
    const record = bytes === null ? fail<JsonlRecord>(`record too large (${formatSize(size)} > ${formatSize(maxLineBytes)} limit)`) : parseJsonlLine(bytes);
    if (record === null) continue;
    yield { line, record: record.ok ? record : fail(`line ${line}: ${record.reason}`) };
  }
}
