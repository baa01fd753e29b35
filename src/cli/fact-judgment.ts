/** `nexo reject FACT` and `nexo confirm FACT`: a person's verdict on a relation, event or amount. */
import type { Command } from 'commander';
import { judgeFact } from '../resolve/judge.js';
import { type JudgmentOptions, recordJudgment, withJudgmentOptions } from './judgment-options.js';

function registerOne(program: Command, action: 'reject' | 'confirm', description: string): void {
  withJudgmentOptions(program.command(action)
    .description(description)
    .argument('<fact>', 'fact id (rel_…, evt_…, amt_…), as `nexo entity NAME --ids` shows'))
    .action(async (fact: string, o: JudgmentOptions) => {
      await recordJudgment(o, (store, by) => judgeFact(store, action, fact, by),
        (j) => j.target.action === action ? `${action}ed: ${j.target.fact.label}` : j.action);
    });
}

export function register(program: Command): void {
  registerOne(program, 'reject', 'Record that a fact is wrong: it leaves profiles and exports, and stays rejected when its sentences are read again.');
  registerOne(program, 'confirm', 'Record that a fact is right: profiles mark it confirmed.');
}
