/** What every judgment command shares: the store, who judges and why, and how errors read. */
import type { Command } from 'commander';
import { JudgmentError } from '../resolve/judge.js';
import type { Judgment } from '../resolve/judgments.js';
import type { Store } from '../store/store.js';
import { DEFAULT_DB, UserError, judgmentAuthor, openStore, printJson } from './common.js';

export interface JudgmentOptions {
  db: string;
  author?: string;
  reason?: string;
  json?: boolean;
}

export function withJudgmentOptions(cmd: Command): Command {
  return cmd
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--author <name>', 'who makes the judgment (default: $NEXO_AUTHOR, else your login name)')
    .option('--reason <text>', 'why, in a sentence: kept in the log beside the judgment')
    .option('--json', 'print the recorded judgment as JSON');
}

/** Opens the store, runs the judgment, prints it; a judgment that makes no sense is a user error. */
export async function recordJudgment(o: JudgmentOptions, run: (store: Store, by: { author: string; reason: string | null }) => Promise<Judgment>,
  describe: (j: Judgment) => string): Promise<void> {
  const store = await openStore(o.db, { mustExist: true });
  try {
    const j = await run(store, { author: judgmentAuthor(o.author), reason: o.reason ?? null });
    if (o.json) printJson(j);
    else process.stdout.write(`${j.id}: ${describe(j)} (by ${j.author}; undo with \`nexo undo ${j.id}\`)\n`);
  } catch (err) {
    if (err instanceof JudgmentError) throw new UserError(err.message);
    throw err;
  } finally {
    await store.close();
  }
}
