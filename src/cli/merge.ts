/** `nexo merge A B`: a person says two graph entities are one actor. */
import type { Command } from 'commander';
import { merge } from '../resolve/judge.js';
import { type JudgmentOptions, recordJudgment, withJudgmentOptions } from './judgment-options.js';

export function register(program: Command): void {
  withJudgmentOptions(program.command('merge')
    .description('Record that two entities are one actor. The judgment is logged with author, time and reason, and holds over every later ingest and re-extraction.')
    .argument('<a>', 'entity id')
    .argument('<b>', 'entity id'))
    .addHelpText('after', '\nExample:\n  nexo merge mayo-zambada ismael-zambada-garcia --reason "same man, nickname and surname"\n')
    .action(async (a: string, b: string, o: JudgmentOptions) => {
      await recordJudgment(o, (store, by) => merge(store, a, b, by),
        (j) => j.target.action === 'merge' ? `merged ${j.target.b.name} into one actor with ${j.target.a.name}` : j.action);
    });
}
