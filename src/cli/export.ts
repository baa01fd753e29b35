/** `nexo export`: the graph in formats other tools read. */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { Command } from 'commander';
import { exportFtm } from '../export/ftm.js';
import { exportGold } from '../export/gold-json.js';
import { DEFAULT_DB, UserError, openStore } from './common.js';

const FORMATS = ['ftm', 'gold-json'] as const;

async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(line + '\n')) await once(out, 'drain');
}

export function register(program: Command): void {
  program.command('export')
    .description('Export the graph. ftm: FollowTheMoney entities as JSON lines (for Aleph, OpenSanctions tools, followthemoney-cli), every name as alias and nicknames as weakAlias, each tie, event and amount with its sources. gold-json: one answer-key shaped file per stored document (shared/spec/annotations.md) with graph entity ids, for scoring resolution.')
    .requiredOption('--format <format>', `one of: ${FORMATS.join(', ')}`)
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--out <path>', 'ftm: a file instead of standard output; gold-json: the folder to write (required)')
    .addHelpText('after', '\nExamples:\n  nexo export --format ftm --out graph.ftm.json\n  nexo export --format gold-json --out predictions/\n')
    .action(async (o: { format: string; db: string; out?: string }) => {
      if (!(FORMATS as readonly string[]).includes(o.format)) throw new UserError(`unknown format "${o.format}" (supported: ${FORMATS.join(', ')})`);
      if (o.format === 'gold-json') {
        if (!o.out) throw new UserError('gold-json writes one file per document: give the folder with --out DIR');
        const store = await openStore(o.db, { mustExist: true });
        try {
          mkdirSync(o.out, { recursive: true });
          let n = 0;
          for await (const { file, gold } of exportGold(store)) { writeFileSync(join(o.out, file), JSON.stringify(gold, null, 2) + '\n'); n++; }
          process.stderr.write(`${n} document(s) written to ${o.out}\n`);
        } finally {
          await store.close();
        }
        return;
      }
      const store = await openStore(o.db, { mustExist: true });
      const out: Writable = o.out ? createWriteStream(o.out) : process.stdout;
      try {
        let n = 0;
        for await (const entity of exportFtm(store)) { await writeLine(out, JSON.stringify(entity)); n++; }
        if (o.out) process.stderr.write(`${n} entities written to ${o.out}\n`);
      } finally {
        if (o.out) { (out as NodeJS.WritableStream).end(); await once(out, 'finish'); }
        await store.close();
      }
    });
}
