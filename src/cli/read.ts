/** `nexo read`: show exactly what nexo will analyse in a file — metadata, then the cleaned body. */
import type { Command } from 'commander';
import { formatForRead, readFile } from '../document/read.js';
import { printJson } from './common.js';
import { parsePublished } from './options.js';

export function register(program: Command): void {
  program.command('read')
    .description('Print what nexo will analyse in a file: its metadata as front matter, then the cleaned body (page furniture removed).')
    .argument('<file>', 'a .txt, .md, .html, .pdf or .jsonl file')
    .option('--published <date>', 'published date (YYYY-MM-DD) when the file gives none', parsePublished)
    .option('--json', 'print the documents as JSON')
    .action(async (file: string, o: { published?: string; json?: boolean }) => {
      const outcomes = await readFile(file, { published: o.published });
      const docs = [];
      for (const r of outcomes) {
        if (!r.ok) { process.stderr.write(`failed: ${r.uri}: ${r.reason}\n`); process.exitCode = 1; continue; }
        docs.push(r.document);
      }
      if (o.json) printJson(docs);
      else process.stdout.write(docs.map(formatForRead).join('\n'));
    });
}
