/** `nexo judgments`: the judgment log, oldest first. */
import type { Command } from 'commander';
import { ActiveJudgments, type Judgment } from '../resolve/judgments.js';
import { DEFAULT_DB, openStore, printJson } from './common.js';

export function describeJudgment(j: Judgment): string {
  const t = j.target;
  switch (t.action) {
    case 'merge': return `merge ${t.a.id} + ${t.b.id}`;
    case 'split': return `split "${t.alias}" off ${t.entity.id}`;
    case 'reject':
    case 'confirm': return `${t.action} ${t.fact.id} (${t.fact.label})`;
    case 'undo': return `undo ${t.judgment}`;
  }
}

export function register(program: Command): void {
  program.command('judgments')
    .description('List the judgments people made (merge, split, reject, confirm, undo), oldest first, with author, time and reason.')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--json', 'print the log as JSON')
    .action(async (o: { db: string; json?: boolean }) => {
      const store = await openStore(o.db, { mustExist: true });
      try {
        const log = await store.judgments();
        if (o.json) return printJson(log);
        if (log.length === 0) { process.stdout.write('no judgments yet\n'); return; }
        const active = new ActiveJudgments(log);
        for (const j of log) {
          const state = j.action === 'undo' || active.isActive(j.id) ? '' : '  [undone]';
          process.stdout.write(`${j.id.padEnd(5)} ${j.createdAt.slice(0, 19).replace('T', ' ')}  ${j.author}: ${describeJudgment(j)}${j.reason ? ` — ${j.reason}` : ''}${state}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
