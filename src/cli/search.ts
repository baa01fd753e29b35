/** `nexo search`: actors and documents matching a query. */
import type { Command } from 'commander';
import { DEFAULT_DB, openStore, printJson } from './common.js';

export function register(program: Command): void {
  program.command('search')
    .description('Search actors (names and aliases) and documents (title and text).')
    .argument('<query...>', 'words to look for; FTS5 syntax (quotes, OR, prefix*) is understood, and falls back to plain words')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--limit <n>', 'results per group', (v) => Number(v), 10)
    .option('--json', 'print results as JSON')
    .action(async (words: string[], o: { db: string; limit: number; json?: boolean }) => {
      const store = await openStore(o.db, { mustExist: true });
      try {
        const r = await store.search(words.join(' '), o.limit);
        if (o.json) return printJson(r);
        const lines: string[] = [];
        lines.push(`Actors (${r.entities.length})`);
        for (const h of r.entities) lines.push(`  ${h.item.name}  [${h.item.type}]  ${h.item.id}  · ${h.item.documents} doc(s)`);
        lines.push('', `Documents (${r.documents.length})`);
        for (const h of r.documents) {
          lines.push(`  ${h.item.title ?? h.item.uri}  ${h.item.published ?? ''}  ${h.item.id.slice(0, 12)}`);
          if (h.snippet) lines.push(`    ${h.snippet}`);
        }
        process.stdout.write(lines.join('\n') + '\n');
      } finally {
        await store.close();
      }
    });
}
