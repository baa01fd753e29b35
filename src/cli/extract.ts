/** `nexo extract`: run extraction without a store and write answer-key shaped JSON per input. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { expandInputs, readFile } from '../document/read.js';
import { extract } from '../extract/extract.js';
import { toGold } from '../extract/gold.js';
import { UserError, progress } from './common.js';
import { parsePublished } from './options.js';

export interface ExtractToDirOptions {
  out: string;
  published?: string;
  /** Published date per input basename, used when the file itself gives none (answer keys know it). */
  publishedFor?: (base: string) => string | undefined;
  onFailure?: (uri: string, reason: string) => void;
  onProgress?: (uri: string) => void;
  /** How many files will be read (for a progress bar). */
  onFiles?: (count: number) => void;
}

/** Extracts every input to `<out>/<basename>.json`; returns how many inputs failed. */
export async function extractToDir(paths: string[], o: ExtractToDirOptions): Promise<{ written: number; failed: number }> {
  mkdirSync(o.out, { recursive: true });
  const files = await expandInputs(paths);
  o.onFiles?.(files.length);
  let written = 0, failed = 0;
  for (const file of files) {
    const base = basename(file).replace(/\.[^.]+$/, '');
    const outcomes = await readFile(file, { published: o.published ?? o.publishedFor?.(base) });
    for (const [i, r] of outcomes.entries()) {
      if (!r.ok) { failed++; o.onFailure?.(r.uri, r.reason); continue; }
      const d = r.document;
      // A document without metadata may still have its date in an answer key.
      const published = d.publishedSource === 'none' || d.publishedSource === 'text' ? o.publishedFor?.(base) ?? d.published : d.published;
      const x = extract({ id: d.id, text: d.text, published });
      const name = outcomes.length > 1 ? `${base}-${i + 1}` : base;
      const gold = toGold(x, { id: name, textFile: file, published, language: d.language, text: d.text });
      writeFileSync(join(o.out, `${name}.json`), JSON.stringify(gold, null, 2) + '\n');
      written++;
    }
    o.onProgress?.(file);
  }
  return { written, failed };
}

export function register(program: Command): void {
  program.command('extract')
    .description('Extract entities, relations, events and money from articles without storing them, one JSON file per input.')
    .argument('<paths...>', 'files, folders or globs')
    .requiredOption('--out <dir>', 'folder for the output files')
    .option('--format <format>', 'output format (gold-json: the answer-key shape of shared/spec/annotations.md)', 'gold-json')
    .option('--published <date>', 'published date (YYYY-MM-DD) for files whose metadata gives none', parsePublished)
    .addHelpText('after', '\nExample:\n  nexo extract articles/*.txt --format gold-json --out predictions/\n')
    .action(async (paths: string[], o: { out: string; format: string; published?: string }) => {
      if (o.format !== 'gold-json') throw new UserError(`unknown format "${o.format}" (supported: gold-json)`);
      let bar = progress(0, 'extract');
      const { written, failed } = await extractToDir(paths, {
        out: resolve(o.out), published: o.published,
        onFiles: (n) => { bar = progress(n, 'extract'); },
        onFailure: (uri, reason) => process.stderr.write(`failed: ${uri}: ${reason}\n`),
        onProgress: (uri) => bar.tick(uri),
      });
      bar.stop();
      process.stderr.write(`${written} written to ${o.out}, ${failed} failed\n`);
      if (failed) process.exitCode = 1;
    });
}
