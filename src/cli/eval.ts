/**
 * `nexo eval` (npm run eval): extract the bundled examples and the shared seed corpus, then
 * let the shared, independent scorer judge them against their answer keys.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import { exportGold } from '../export/gold-json.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { extractToDir } from './extract.js';
import { projectRoot, sharedDir } from './common.js';
import { ingestPaths } from './ingest.js';

interface EvalSet {
  label: string;
  inputs: string[];
  gold: string;
}

/** Published dates from answer keys, by basename: the seed texts carry no metadata of their own. */
function goldDates(goldDir: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json'))) {
    try {
      const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { published?: string };
      if (g.published) m.set(f.replace(/\.json$/, ''), g.published);
    } catch { /* a broken key is the scorer's to report */ }
  }
  return m;
}

export function register(program: Command): void {
  program.command('eval')
    .description('Score the extractor: extract the bundled examples (examples/, examples/holdout/) and ../shared/corpus, and print the shared scorer\'s tables for each set.')
    .option('--out <dir>', 'where to write the predictions (default: a new temporary folder)')
    .option('--details', 'list missed and spurious items per file (not for the holdout, whose totals alone are shown)')
    .action(async (o: { out?: string; details?: boolean }) => {
      const root = projectRoot();
      const shared = sharedDir();
      const out = resolve(o.out ?? mkdtempSync(join(tmpdir(), 'nexo-eval-')));
      const sets: EvalSet[] = [];
      if (shared && existsSync(join(shared, 'corpus'))) sets.push({ label: 'shared seed corpus (../shared/gold)', inputs: [join(shared, 'corpus')], gold: join(shared, 'gold') });
      else process.stderr.write('note: ../shared is absent; the seed corpus is skipped\n');
      sets.push({ label: 'bundled examples (examples/gold)', inputs: readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.md')).map((f) => join(root, 'examples', f)), gold: join(root, 'examples/gold') });
      if (existsSync(join(root, 'examples/holdout/gold'))) {
        sets.push({ label: 'holdout (examples/holdout/gold, never tuned on)', inputs: readdirSync(join(root, 'examples/holdout')).filter((f) => f.endsWith('.md')).map((f) => join(root, 'examples/holdout', f)), gold: join(root, 'examples/holdout/gold') });
      }
      process.stdout.write(`predictions: ${out}\n`);
      let failedInputs = 0;
      for (const set of sets) {
        const dates = goldDates(set.gold);
        // Every set goes into the same flat folder, so `score.mjs --pred <out>` works for any of them.
        const r = await extractToDir(set.inputs, {
          out, publishedFor: (b) => dates.get(b),
          onFailure: (uri, reason) => process.stderr.write(`failed: ${uri}: ${reason}\n`),
        });
        failedInputs += r.failed;
      }
      if (!shared) {
        process.stderr.write('The scorer lives in ../shared/tools/score.mjs and is absent here; predictions were written but not scored.\n');
        return;
      }
      for (const set of sets) {
        process.stdout.write(`\n=== ${set.label} ===\n`);
        // The holdout is for honesty, not for tuning: only its totals are shown.
        const holdout = set.label.startsWith('holdout');
        const args = [join(shared, 'tools/score.mjs'), '--gold', set.gold, '--pred', out, ...(o.details && !holdout ? ['--details'] : [])];
        const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
        process.stdout.write(holdout && r.stdout.includes('TOTAL') ? r.stdout.slice(r.stdout.indexOf('TOTAL')) : r.stdout);
        const warnings = (r.stderr ?? '').split('\n').filter((l) => l && !l.includes('prediction files without gold ignored'));
        if (warnings.length) process.stderr.write(warnings.join('\n') + '\n');
        if (r.status !== 0) process.exitCode = 1;
      }
      if (failedInputs) process.exitCode = 1;

      // Resolution: the seeds and the examples into one store, exported with graph ids, and
      // scored against both sets of answer keys together.
      const resolutionSets = sets.filter((s) => !s.label.startsWith('holdout'));
      const dir = join(out, 'resolution');
      // A fresh store every run: an old one would keep the old extractions as "unchanged".
      rmSync(dir, { recursive: true, force: true });
      const goldDir = join(dir, 'gold');
      mkdirSync(goldDir, { recursive: true });
      const dates = new Map<string, string>();
      for (const set of resolutionSets) {
        for (const f of readdirSync(set.gold).filter((x) => x.endsWith('.json'))) copyFileSync(join(set.gold, f), join(goldDir, f));
        for (const [k, v] of goldDates(set.gold)) dates.set(k, v);
      }
      const store = await openSqliteStore(join(dir, 'graph.db'));
      try {
        await ingestPaths(store, resolutionSets.flatMap((s) => s.inputs), { publishedFor: (b) => dates.get(b) });
        const pred = join(dir, 'pred');
        mkdirSync(pred, { recursive: true });
        for await (const { file, gold } of exportGold(store)) writeFileSync(join(pred, file), JSON.stringify(gold));
        process.stdout.write(`\n=== resolution: ${resolutionSets.map((s) => s.label.split(' (')[0]).join(' + ')} in one store (nexo export --format gold-json) ===\n`);
        const r = spawnSync(process.execPath, [join(shared, 'tools/score.mjs'), '--gold', goldDir, '--pred', pred], { encoding: 'utf8' });
        const total = r.stdout.slice(r.stdout.indexOf('TOTAL'));
        process.stdout.write(total.length ? total : r.stdout);
        if (r.status !== 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
