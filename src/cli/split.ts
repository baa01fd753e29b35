/** `nexo split A --alias X`: a person says the documents calling A "X" mean someone else. */
import type { Command } from 'commander';
import { split } from '../resolve/judge.js';
import { UserError } from './common.js';
import { type JudgmentOptions, recordJudgment, withJudgmentOptions } from './judgment-options.js';

export function register(program: Command): void {
  withJudgmentOptions(program.command('split')
    .description('Record that a name of an entity belongs to another actor: the documents that use it as their name for the actor become a separate entity, and the name stops linking the rest.')
    .argument('<entity>', 'entity id')
    .requiredOption('--alias <name>', 'the name to split off'))
    .addHelpText('after', '\nExample:\n  nexo split joaquin-guzman --alias "Joaquín Guzmán López" --reason "the son, not the father"\n')
    .action(async (entity: string, o: JudgmentOptions & { alias: string }) => {
      if (!o.alias.trim()) throw new UserError('--alias needs a name');
      await recordJudgment(o, (store, by) => split(store, entity, o.alias, by),
        (j) => j.target.action === 'split' ? `split "${j.target.alias}" off ${j.target.entity.name}` : j.action);
    });
}
