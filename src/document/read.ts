/**
 * The public entry of document/: from paths on disk to Documents.
 *
 *   expandInputs(['articles/', 'extra/*.html', 'one.pdf'])  → sorted, de-duplicated files
 *   readFile(path, { published, maxBytes })                → ReadOutcome[] (a .jsonl gives many)
 *   formatForRead(document)                                → what `nexo read` prints
 *
 * Every reader yields plain text plus declared metadata; one shared path then removes page
 * furniture, settles the published date and language, and hashes the text. Nothing here
 * throws for a bad input: each failure is an outcome with a one-line reason, so a batch
 * of thousands of files reports the few bad ones and reads the rest.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile as readBytes, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, normalize, resolve } from 'node:path';
// Node 20 has no fs.promises.glob (it arrives in Node 22); tinyglobby is small, has no
// native parts, and was already in the tree through vitest.
import { glob, isDynamicPattern } from 'tinyglobby';
import { stringify } from 'yaml';
import type { Document, DocumentMeta, PublishedSource, SourceFormat } from './document.js';
import { toIsoDate } from './dates.js';
import { publishedFromText } from './dateline.js';
import { decodeText, DEFAULT_MAX_BYTES, MAX_TEXT_CHARS, tooLargeReason } from './decode.js';
import { parseFrontMatter } from './frontmatter.js';
import { removeFurniture } from './furniture.js';
import { documentId } from './hash.js';
import { declaredCharset, htmlToArticle } from './html.js';
import { readJsonl } from './jsonl.js';
import { resolveLanguage } from './language.js';
import { markdownToText } from './markdown.js';
import { pdfToArticle } from './pdf.js';
import { errorMessage, oneLine, type Result } from './result.js';
import { plainTextBody } from './text.js';

export type ReadOutcome = { ok: true; document: Document } | { ok: false; uri: string; reason: string };

export interface ReadOptions {
  /** The `--published` date (YYYY-MM-DD), used when the file's metadata gives none. */
  published?: string;
  /** Per-file size limit in bytes (per record for JSONL); default 16 MB. */
  maxBytes?: number;
}

export { DEFAULT_MAX_BYTES };

const FORMATS: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** File extensions nexo reads (lower case, with the dot). */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMATS);

/** The reader for a path, by its extension; null when nexo does not read such files. */
export function formatFromPath(path: string): SourceFormat | null {
  return FORMATS[extname(path).toLowerCase()] ?? null;
}

// ---------------------------------------------------------------------------------------
// From a reader's output to a Document

/** What every reader hands on: the article as plain text, and what it declares about itself. */
interface Extracted {
  uri: string;
  format: SourceFormat;
  text: string;
  meta: DocumentMeta;
}

async function toDocument(x: Extracted, optionPublished: string | null): Promise<ReadOutcome> {
  // Datelines sit at the top of the page, often on lines that the furniture pass removes
  // ("Published on …"), so they are read first.
  const textDate = x.meta.published ? null : publishedFromText(x.text);
  const cleaned = removeFurniture(x.text, { title: x.meta.title, outlet: x.meta.outlet });
  if (!cleaned.text) return { ok: false, uri: x.uri, reason: 'no article text found' };
  if (cleaned.text.length > MAX_TEXT_CHARS) {
    return { ok: false, uri: x.uri, reason: `text too long to analyse (${cleaned.text.length.toLocaleString('en-US')} characters > ${MAX_TEXT_CHARS.toLocaleString('en-US')}); split it into articles` };
  }

  let published: string | null = null;
  let publishedSource: PublishedSource = 'none';
  if (x.meta.published) [published, publishedSource] = [x.meta.published, 'front-matter'];
  else if (optionPublished) [published, publishedSource] = [optionPublished, 'option'];
  else if (textDate) [published, publishedSource] = [textDate, 'text'];

  const document: Document = {
    id: documentId(cleaned.text),
    uri: x.uri,
    title: x.meta.title ?? cleaned.title ?? null,
    outlet: x.meta.outlet ?? null,
    url: x.meta.url ?? null,
    published,
    publishedSource,
    language: await resolveLanguage(x.meta.language, cleaned.text),
    format: x.format,
    text: cleaned.text,
  };
  return { ok: true, document };
}

function failed(uri: string, reason: string): ReadOutcome {
  return { ok: false, uri, reason: oneLine(reason) };
}

/** Reads one decoded text/Markdown/HTML body into plain text and metadata. */
function extractFromText(uri: string, format: 'text' | 'markdown' | 'html', decoded: string): Result<Extracted> {
  if (format === 'html') {
    const page = htmlToArticle(decoded);
    return page.ok ? { ok: true, value: { uri, format, text: page.value.text, meta: page.value.meta } } : page;
  }
  const fm = parseFrontMatter(decoded);
  if (!fm.ok) return fm;
  if (format === 'markdown') {
    const md = markdownToText(fm.value.body);
    const meta = { ...fm.value.meta, title: fm.value.meta.title ?? md.title };
    return { ok: true, value: { uri, format, text: md.text, meta } };
  }
  return { ok: true, value: { uri, format, text: plainTextBody(fm.value.body), meta: fm.value.meta } };
}

// ---------------------------------------------------------------------------------------
// Reading

/** `--published` as an ISO date, or a reason; invalid input fails every document read with it. */
function optionDate(opts: ReadOptions): Result<string | null> {
  if (opts.published === undefined || opts.published === null || opts.published === '') return { ok: true, value: null };
  const iso = toIsoDate(opts.published);
  return iso ? { ok: true, value: iso } : { ok: false, reason: `invalid --published date ${JSON.stringify(opts.published)} (use YYYY-MM-DD)` };
}

/**
 * Reads articles from bytes that did not come from a file of their own (stdin, a URL
 * download): `uri` names them, `format` says how to read them.
 */
export async function readBuffer(bytes: Uint8Array, uri: string, format: SourceFormat, opts: ReadOptions = {}): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  try {
    const published = optionDate(opts);
    if (!published.ok) return [failed(uri, published.reason)];
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    if (format === 'jsonl') {
      for await (const o of jsonlDocuments([bytes], uri, maxBytes, published.value)) out.push(o);
    } else {
      out.push(await readSingle(bytes, uri, format, maxBytes, published.value));
    }
  } catch (error) {
    out.push(failed(uri, `unexpected error: ${errorMessage(error)}`));
  }
  return out;
}

/** One article from the bytes of a .txt, .md, .html or .pdf. */
async function readSingle(bytes: Uint8Array, uri: string, format: Exclude<SourceFormat, 'jsonl'>, maxBytes: number, optionPublished: string | null): Promise<ReadOutcome> {
  if (bytes.length > maxBytes) return failed(uri, tooLargeReason(bytes.length, maxBytes));
  if (format === 'pdf') {
    const pdf = await pdfToArticle(bytes);
    if (!pdf.ok) return failed(uri, pdf.reason);
    return toDocument({ uri, format, text: pdf.value.text, meta: pdf.value.meta }, optionPublished);
  }
  const decoded = decodeText(bytes, { maxBytes, charset: format === 'html' ? declaredCharset(bytes) : null });
  if (!decoded.ok) return failed(uri, decoded.reason);
  const extracted = extractFromText(uri, format, decoded.value);
  if (!extracted.ok) return failed(uri, extracted.reason);
  return toDocument(extracted.value, optionPublished);
}

async function* jsonlDocuments(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  uri: string,
  maxBytes: number,
  optionPublished: string | null,
): AsyncGenerator<ReadOutcome> {
  let any = false;
  for await (const { line, record } of readJsonl(chunks, maxBytes)) {
    any = true;
    const lineUri = `${uri}#L${line}`;
    if (!record.ok) {
      yield failed(lineUri, record.reason);
      continue;
    }
    const { kind, content, meta } = record.value;
    let extracted: Extracted;
    if (kind === 'html') {
      const page = htmlToArticle(content);
      if (!page.ok) {
        yield failed(lineUri, `line ${line}: ${page.reason}`);
        continue;
      }
      // The record's own keys win over what the page declares: someone chose them.
      const m = page.value.meta;
      extracted = {
        uri: lineUri,
        format: 'jsonl',
        text: page.value.text,
        meta: {
          title: meta.title ?? m.title,
          outlet: meta.outlet ?? m.outlet,
          url: meta.url ?? m.url,
          published: meta.published ?? m.published,
          language: meta.language ?? m.language,
        },
      };
    } else {
      extracted = { uri: lineUri, format: 'jsonl', text: plainTextBody(content), meta };
    }
    const doc = await toDocument(extracted, optionPublished);
    yield doc.ok ? doc : failed(lineUri, `line ${line}: ${doc.reason}`);
  }
  if (!any) yield failed(uri, 'empty file (no JSONL records)');
}

/** Why a path cannot be read, judged from the file system alone (before any bytes are read). */
async function checkPath(path: string, maxBytes: number): Promise<{ ok: true; size: number; format: SourceFormat } | { ok: false; reason: string }> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: isDynamicPattern(path) ? 'no files match this pattern' : 'file not found' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'permission denied' };
    return { ok: false, reason: `cannot read: ${errorMessage(error)}` };
  }
  if (info.isDirectory()) return { ok: false, reason: 'is a directory (pass it to expandInputs to read the files inside)' };
  if (!info.isFile()) return { ok: false, reason: 'not a regular file' };
  const format = formatFromPath(path);
  if (format === null) {
    const ext = extname(path);
    return { ok: false, reason: `unsupported file type${ext ? ` "${ext}"` : ''} (nexo reads ${SUPPORTED_EXTENSIONS.join(' ')})` };
  }
  // JSONL is streamed and limited per record; other files are refused by their size
  // before a byte is read, so a 50 GB file costs nothing.
  if (format !== 'jsonl' && info.size > maxBytes) return { ok: false, reason: tooLargeReason(info.size, maxBytes) };
  if (info.size === 0) return { ok: false, reason: 'empty file' };
  return { ok: true, size: info.size, format };
}

/**
 * Reads a file as it comes: documents one by one, so a large JSONL file never has to be
 * held whole. Never throws; failures are outcomes.
 */
export async function* readDocuments(path: string, opts: ReadOptions = {}): AsyncGenerator<ReadOutcome> {
  const uri = path;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const published = optionDate(opts);
    if (!published.ok) {
      yield failed(uri, published.reason);
      return;
    }
    const checked = await checkPath(path, maxBytes);
    if (!checked.ok) {
      yield failed(uri, checked.reason);
      return;
    }
    if (checked.format === 'jsonl') yield* jsonlDocuments(createReadStream(path), uri, maxBytes, published.value);
    else yield await readSingle(await readBytes(path), uri, checked.format, maxBytes, published.value);
  } catch (error) {
    yield failed(uri, `unexpected error: ${errorMessage(error)}`);
  }
}

/**
 * Reads one file into its documents (one, or one per line of a .jsonl). Never throws:
 * every failure is `{ ok: false, uri, reason }` with a one-line reason.
 */
export async function readFile(path: string, opts: ReadOptions = {}): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const o of readDocuments(path, opts)) out.push(o);
  return out;
}

// ---------------------------------------------------------------------------------------
// Inputs

function isHidden(name: string): boolean {
  return name.startsWith('.');
}

/** Every non-hidden file under `dir`, following symlinks but never around a loop. */
async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    let real: string;
    try {
      real = await realpath(current);
    } catch {
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch {
      // An unreadable folder is listed as itself, so readFile reports why.
      out.push(current);
      continue;
    }
    for (const e of entries) {
      if (isHidden(e.name)) continue;
      const p = join(current, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const s = await stat(p);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch {
          isFile = true; // a dangling link: readFile will say "file not found"
        }
      }
      if (isDir) stack.push(p);
      else if (isFile) out.push(p);
    }
  }
  return out;
}

/**
 * Files, folders (read recursively, hidden entries skipped) and glob patterns → a sorted,
 * de-duplicated list of files. Files of unsupported types are kept, so that reading them
 * reports "unsupported file type" instead of silently skipping what the user pointed at;
 * paths that do not exist are kept too, for readFile to report.
 */
export interface ExpandOptions {
  /**
   * Files met while walking a folder that nexo does not read (answer keys, images, …). They
   * are left out rather than failed; a file named explicitly is always kept, so it is reported.
   */
  onSkipped?: (path: string) => void;
}

export async function expandInputs(paths: string[], opts: ExpandOptions = {}): Promise<string[]> {
  const found: string[] = [];
  for (const p of paths) {
    let kind: 'file' | 'dir' | 'missing' = 'missing';
    try {
      kind = (await stat(p)).isDirectory() ? 'dir' : 'file';
    } catch {
      kind = 'missing';
    }
    if (kind === 'file') found.push(normalize(p));
    else if (kind === 'dir') {
      for (const f of await filesUnder(normalize(p))) {
        if (formatFromPath(f) !== null) found.push(f);
        else opts.onSkipped?.(f);
      }
    }
    else if (isDynamicPattern(p)) {
      const matches = await glob(p, { onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(p) });
      if (matches.length > 0) found.push(...matches.map((m) => normalize(m)));
      else found.push(p);
    } else found.push(p);
  }
  const byPath = new Map<string, string>();
  for (const f of found) if (!byPath.has(resolve(f))) byPath.set(resolve(f), f);
  return [...byPath.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// ---------------------------------------------------------------------------------------
// Display

/**
 * What `nexo read` prints: the metadata as YAML front matter, then the cleaned body.
 * The output is itself a valid .txt input: reading it back gives the same document.
 */
export function formatForRead(document: Document): string {
  const meta = {
    title: document.title,
    outlet: document.outlet,
    url: document.url,
    published: document.published,
    published_source: document.publishedSource,
    language: document.language,
    format: document.format,
    id: document.id,
  };
  return `---\n${stringify(meta, { lineWidth: 0 })}---\n\n${document.text}\n`;
}
