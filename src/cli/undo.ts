/** `nexo undo J`: takes a judgment back. The log keeps both. */
import type { Command } from 'commander';
import { undo } from '../resolve/judge.js';
import { type JudgmentOptions, recordJudgment, withJudgmentOptions } from './judgment-options.js';

export function register(program: Command): void {
  withJudgmentOptions(program.command('undo')
    .description('Take back a judgment (merge, split, reject, confirm). Nothing is erased: the undo is logged too.')
    .argument('<judgment>', 'judgment id, as `nexo judgments` lists them (j1, j2, …)'))
    .action(async (id: string, o: JudgmentOptions) => {
      await recordJudgment(o, (store, by) => undo(store, id, by), () => `undid ${id}`);
    });
}
