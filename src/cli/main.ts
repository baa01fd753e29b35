/** The `nexo` command line: one file per command, registered here. */
import { Command, CommanderError } from 'commander';
import { UserError } from './common.js';
import { register as ingest } from './ingest.js';
import { register as extract } from './extract.js';
import { register as read } from './read.js';
import { register as search } from './search.js';
import { register as entity } from './entity.js';
import { register as stats } from './stats.js';
import { register as exportCmd } from './export.js';
import { register as serve } from './serve.js';
import { register as evalCmd } from './eval.js';
import { register as explain } from './explain.js';
import { register as merge } from './merge.js';
import { register as split } from './split.js';
import { register as factJudgment } from './fact-judgment.js';
import { register as undo } from './undo.js';
import { register as judgments } from './judgments.js';
import { register as contradictions } from './contradictions.js';

const program = new Command();
program
  .name('nexo')
  .description('Reads crime reporting and builds a sourced knowledge graph: actors and their aliases, ties, dated events and money, each traced to the sentences that state it.')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)');

for (const r of [ingest, extract, read, explain, search, entity, contradictions, merge, split, factJudgment, undo, judgments,
  stats, exportCmd, serve, evalCmd]) r(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  if (err instanceof UserError) {
    process.stderr.write(`nexo: ${err.message}\n`);
    process.exit(1);
  }
  const e = err as Error;
  process.stderr.write(`nexo: ${e.message}\n`);
  if (process.env.NEXO_DEBUG) process.stderr.write(`${e.stack}\n`);
  process.exit(1);
}
