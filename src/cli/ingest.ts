/** `nexo ingest`: files, folders and globs into the store, one transaction per document. */
import { availableParallelism } from 'node:os';
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { expandInputs, readFile } from '../document/read.js';
import { resolveDocuments } from '../resolve/incremental.js';
import { blockingKeysOf, resolveExtraction, resolveStore } from '../resolve/resolve.js';
import { createExtractor } from '../worker/extract-pool.js';
import type { Store } from '../store/store.js';
import { DEFAULT_DB, UserError, openStore, printJson, progress } from './common.js';
import { parsePublished } from './options.js';

export interface IngestSummary {
  added: number;
  /** Documents whose statements resolution moved to other graph entities after the batch. */
  rewritten: number;
  unchanged: number;
  failed: number;
  failures: { uri: string; reason: string }[];
}

export interface IngestOptions {
  published?: string;
  /** Published date per input basename, for files that give none (answer keys know it). */
  publishedFor?: (base: string) => string | undefined;
  maxBytes?: number;
  /** Called once per failed input with a one-line reason. */
  onFailure?: (uri: string, reason: string) => void;
  onProgress?: (uri: string) => void;
  /** How many files will be read, once the inputs are expanded (for a progress bar). */
  onFiles?: (count: number) => void;
  /** Files in the given folders that are not articles nexo reads; they are left alone. */
  onSkipped?: (paths: string[]) => void;
}

export async function ingestPaths(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, rewritten: 0, unchanged: 0, failed: 0, failures: [] };
  const added: string[] = [];
  const fail = (uri: string, reason: string) => {
    summary.failed++;
    summary.failures.push({ uri, reason });
    opts.onFailure?.(uri, reason);
  };
  const skipped: string[] = [];
  const files = await expandInputs(paths, { onSkipped: (f) => skipped.push(f) });
  if (skipped.length) opts.onSkipped?.(skipped);
  opts.onFiles?.(files.length);
  const extractor = createExtractor(files.length);
  try {
    // Reading and extraction run ahead of the writer, but only a few files ahead: a folder of
    // ten thousand articles must not be read into memory at once. Writes stay in order.
    const prepare = async (file: string) => {
      const base = basename(file).replace(/\.[^.]+$/, '');
      const outcomes = await readFile(file, { published: opts.published ?? opts.publishedFor?.(base), maxBytes: opts.maxBytes });
      return Promise.all(outcomes.map(async (o) => {
        if (!o.ok) return { ok: false as const, uri: o.uri, reason: o.reason };
        if (await store.hasDocument(o.document.id)) return { ok: true as const, document: o.document, extraction: null };
        try {
          return { ok: true as const, document: o.document, extraction: await extractor.extract(o.document) };
        } catch (err) {
          return { ok: false as const, uri: o.document.uri, reason: `extraction failed: ${(err as Error).message.split('\n')[0]}` };
        }
      }));
    };
    const ahead = Math.max(4, availableParallelism() * 2);
    const pending = new Map<number, ReturnType<typeof prepare>>();
    const start = (i: number) => { if (i < files.length && !pending.has(i)) pending.set(i, prepare(files[i]!)); };
    for (let i = 0; i < ahead; i++) start(i);
    for (let i = 0; i < files.length; i++) {
      start(i + ahead);
      let results;
      try {
        const next = pending.get(i)!;
        pending.delete(i);
        results = await next;
      } catch (err) {
        fail(files[i]!, (err as Error).message.split('\n')[0] ?? 'unreadable');
        opts.onProgress?.(files[i]!);
        continue;
      }
      for (const r of results) {
        if (!r.ok) { fail(r.uri, r.reason); continue; }
        if (!r.extraction) { summary.unchanged++; continue; }
        try {
          const resolution = await resolveExtraction(r.extraction, store);
          const status = await store.ingest({ document: r.document, extraction: r.extraction, resolution, blockingKeys: blockingKeysOf(r.extraction) });
          if (status === 'added') { summary.added++; added.push(r.document.id); } else summary.unchanged++;
        } catch (err) {
          fail(r.document.uri, `could not store: ${(err as Error).message.split('\n')[0]}`);
        }
      }
      opts.onProgress?.(files[i]!);
    }
  } finally {
    await extractor.close();
  }
  // One resolution pass per batch, over the part of the store the batch can change; it
  // rewrites only the documents whose entities moved.
  // Documents an interrupted run stored without resolving are taken along.
  const pending = [...new Set([...added, ...await store.unresolvedDocuments()])];
  summary.rewritten = (await resolveDocuments(store, pending)).documentsRewritten;
  return summary;
}

export interface ReextractSummary {
  documents: number;
  failed: number;
  rewritten: number;
}

/**
 * Runs extraction again over every stored document (after the extractor changed) and
 * replaces what each one states, one transaction per document; then resolution runs, and
 * with it every judgment, so no person's decision is lost to the new pass.
 */
export async function reextractAll(store: Store, opts: Pick<IngestOptions, 'onFailure' | 'onProgress' | 'onFiles'> = {}): Promise<ReextractSummary> {
  const docs = await store.listDocuments();
  opts.onFiles?.(docs.length);
  const summary: ReextractSummary = { documents: 0, failed: 0, rewritten: 0 };
  const extractor = createExtractor(docs.length);
  try {
    for (const d of docs) {
      const doc = await store.getDocument(d.id);
      if (!doc) continue;
      try {
        const extraction = await extractor.extract({ id: doc.id, text: doc.text, published: doc.published });
        const resolution = await resolveExtraction(extraction, store);
        const { sentences: _s, ingestedAt: _i, ...document } = doc;
        await store.replaceExtraction({ document, extraction, resolution, blockingKeys: blockingKeysOf(extraction) });
        summary.documents++;
      } catch (err) {
        summary.failed++;
        opts.onFailure?.(doc.uri, `re-extraction failed: ${(err as Error).message.split('\n')[0]}`);
      }
      opts.onProgress?.(doc.uri);
    }
  } finally {
    await extractor.close();
  }
  summary.rewritten = (await resolveStore(store)).documentsRewritten;
  return summary;
}

/** ".json ×12, .png ×1" */
export function describeExtensions(paths: string[]): string {
  const n = new Map<string, number>();
  for (const p of paths) {
    const ext = extname(p).toLowerCase() || '(no extension)';
    n.set(ext, (n.get(ext) ?? 0) + 1);
  }
  return [...n].map(([e, k]) => `${e} ×${k}`).join(', ');
}

export function register(program: Command): void {
  program.command('ingest')
    .description('Read articles (files, folders or globs) and store what they state. Each document is stored whole or not at all; re-ingesting the same text changes nothing.')
    .argument('[paths...]', 'files (.txt .md .html .pdf .jsonl), folders (read recursively) or globs')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--published <date>', 'published date (YYYY-MM-DD) for files whose metadata gives none', parsePublished)
    .option('--max-bytes <n>', 'largest file to read, in bytes', (v) => Number(v))
    .option('--re-extract', 'run extraction again over every stored document (after upgrading nexo); judgments still hold')
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', '\nExit code 1 when any input failed; the good inputs are stored all the same.\n\nExamples:\n  nexo ingest examples/\n  nexo ingest "articles/**/*.html" --db team.db\n  nexo ingest --re-extract\n')
    .action(async (paths: string[], o: { db: string; published?: string; maxBytes?: number; json?: boolean; reExtract?: boolean }) => {
      if (paths.length === 0 && !o.reExtract) throw new UserError('give files, folders or globs to ingest (or --re-extract to read the stored documents again)');
      const store = await openStore(o.db, { mustExist: paths.length === 0 });
      let bar = progress(0, 'ingest');
      try {
        if (o.reExtract) {
          const r = await reextractAll(store, {
            onFiles: (n) => { bar = progress(n, 're-extract'); },
            onFailure: (uri, reason) => { if (!o.json) process.stderr.write(`failed: ${uri}: ${reason}\n`); },
            onProgress: (uri) => bar.tick(uri),
          });
          bar.stop();
          if (o.json && paths.length === 0) printJson(r);
          else process.stdout.write(`re-extracted ${r.documents} document(s), ${r.failed} failed\n`);
          if (r.failed > 0) process.exitCode = 1;
          if (paths.length === 0) return;
        }
        const summary = await ingestPaths(store, paths, {
          published: o.published,
          maxBytes: o.maxBytes,
          onFiles: (n) => { bar = progress(n, 'ingest'); },
          onFailure: (uri, reason) => { if (!o.json) process.stderr.write(`failed: ${uri}: ${reason}\n`); },
          onProgress: (uri) => bar.tick(uri),
          onSkipped: (skipped) => process.stderr.write(`note: left out ${skipped.length} file(s) in the folders that are not articles nexo reads (${describeExtensions(skipped)})\n`),
        });
        bar.stop();
        if (o.json) printJson(summary);
        else process.stdout.write(`${summary.added} added, ${summary.unchanged} unchanged, ${summary.failed} failed\n`);
        if (summary.failed > 0) process.exitCode = 1;
      } finally {
        bar.stop();
        await store.close();
      }
    });
}
