/** `nexo export`: the graph in formats other tools read. */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { Command } from 'commander';
import { exportFtm } from '../export/ftm.js';
import { DEFAULT_DB, UserError, openStore } from './common.js';

const FORMATS = ['ftm'] as const;

async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(line + '\n')) await once(out, 'drain');
}

export function register(program: Command): void {
  program.command('export')
    .description('Export the graph. ftm: FollowTheMoney entities as JSON lines (for Aleph, OpenSanctions tools, followthemoney-cli).')
    .requiredOption('--format <format>', `one of: ${FORMATS.join(', ')}`)
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (o: { format: string; db: string; out?: string }) => {
      if (!(FORMATS as readonly string[]).includes(o.format)) throw new UserError(`unknown format "${o.format}" (supported: ${FORMATS.join(', ')})`);
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
