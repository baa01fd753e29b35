/** `nexo stats`: how much the store holds. */
import type { Command } from 'commander';
import { DEFAULT_DB, openStore, printJson } from './common.js';

export function register(program: Command): void {
  program.command('stats')
    .description('Count documents, entities, relations, events and amounts in the store.')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--json', 'print the counts as JSON')
    .action(async (o: { db: string; json?: boolean }) => {
      const store = await openStore(o.db, { mustExist: true });
      try {
        const s = await store.stats();
        if (o.json) return printJson(s);
        const w = Math.max(...Object.keys(s).map((k) => k.length));
        process.stdout.write(Object.entries(s).map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n') + '\n');
      } finally {
        await store.close();
      }
    });
}
