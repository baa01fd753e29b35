/** `nexo contradictions`: every place where the sources disagree. */
import type { Command } from 'commander';
import { type Contradiction, findContradictions } from '../graph/contradictions.js';
import { DEFAULT_DB, openStore, printJson } from './common.js';

function quote(sentence: string): string {
  const s = sentence.replace(/\s+/g, ' ').trim();
  return s.length > 200 ? `${s.slice(0, 199)}…` : s;
}

export function formatContradiction(c: Contradiction, indent = ''): string {
  const lines = [`${indent}${c.about}`];
  for (const v of c.values) {
    lines.push(`${indent}  ${v.value}   [${v.factId}]`);
    for (const cite of v.citations) lines.push(`${indent}      “${quote(cite.sentence)}” — ${cite.documentTitle ?? cite.documentId.slice(0, 12)}`);
  }
  return lines.join('\n');
}

export function register(program: Command): void {
  program.command('contradictions')
    .description('List where sources disagree: one-time events with clashing dates, amounts of one kind for one party with different values, and facts whose sources give different values (a life sentence vs. 25 years).')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--json', 'print them as JSON')
    .action(async (o: { db: string; json?: boolean }) => {
      const store = await openStore(o.db, { mustExist: true });
      try {
        const [relations, events, amounts] = await Promise.all([store.allRelations(), store.allEvents(), store.allAmounts()]);
        const found = findContradictions({ relations, events, amounts });
        if (o.json) return printJson(found);
        if (found.length === 0) { process.stdout.write('no contradictions: the sources agree wherever they overlap\n'); return; }
        process.stdout.write(`${found.length} contradiction(s)\n\n${found.map((c) => formatContradiction(c)).join('\n\n')}\n`);
      } finally {
        await store.close();
      }
    });
}
