/**
 * Where extraction spends its time: each step of extract() timed on its own over the example
 * articles, in pipeline order, several rounds. The machine is usually shared, so each step's
 * best round is reported (the least disturbed), next to wink-nlp's own reading of the same text.
 *   npm run -s build && node dist/bench/phases.js [-- --rounds N]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyse } from '../src/extract/tokens.js';
import { findNames } from '../src/extract/names.js';
import { buildEntities } from '../src/extract/entities.js';
import { findDates } from '../src/extract/dates.js';
import { findAmounts } from '../src/extract/amounts.js';
import { DocContext } from '../src/extract/context.js';
import { findEvents } from '../src/extract/events.js';
import { findRelations } from '../src/extract/relations.js';
import { findMoney } from '../src/extract/money.js';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 20;

function projectRoot(): string {
  let dir = resolve(fileURLToPath(import.meta.url), '..');
  while (!readdirSync(dir).includes('package.json')) {
    const up = resolve(dir, '..');
    if (up === dir) throw new Error('no package.json above this script');
    dir = up;
  }
  return dir;
}

const examples = join(projectRoot(), 'examples');
const bodies = readdirSync(examples).filter((f) => f.endsWith('.md')).sort()
  .map((f) => readFileSync(join(examples, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));

const steps = ['tokens', 'names', 'entities', 'dates', 'amounts', 'context', 'events', 'relations', 'money'] as const;
type Step = typeof steps[number];
const best = Object.fromEntries(steps.map((s) => [s, Infinity])) as Record<Step, number>;

function round(): Record<Step, number> {
  const took = Object.fromEntries(steps.map((s) => [s, 0])) as Record<Step, number>;
  for (const text of bodies) {
    let t = performance.now();
    const lap = (s: Step) => { const now = performance.now(); took[s] += now - t; t = now; };
    const a = analyse(text); lap('tokens');
    const spans = findNames(a); lap('names');
    const { entities, mentions } = buildEntities(a, spans); lap('entities');
    const dates = findDates(text, '2020-01-01'); lap('dates');
    const amounts = findAmounts(text); lap('amounts');
    const c = new DocContext(a, entities, mentions, dates, amounts, []); lap('context');
    findEvents(c); lap('events');
    findRelations(c, null); lap('relations');
    findMoney(c, () => null); lap('money');
  }
  return took;
}

const wink = winkNLP(model);
let winkBest = Infinity;
for (let r = 0; r < rounds + 3; r++) {
  const took = round();
  const t0 = performance.now();
  for (const text of bodies) wink.readDoc(text).tokens().length();
  const w = performance.now() - t0;
  // The first rounds warm the JIT up.
  if (r < 3) continue;
  for (const s of steps) best[s] = Math.min(best[s], took[s]);
  winkBest = Math.min(winkBest, w);
}

const total = steps.reduce((n, s) => n + best[s], 0);
console.log(`${bodies.length} articles, best of ${rounds} rounds (ms per pass over all of them)`);
for (const s of steps) console.log(`${s.padEnd(10)} ${best[s].toFixed(1).padStart(7)}  ${(100 * best[s] / total).toFixed(0).padStart(3)}%`);
console.log(`${'total'.padEnd(10)} ${total.toFixed(1).padStart(7)}`);
console.log(`${'wink-nlp'.padEnd(10)} ${winkBest.toFixed(1).padStart(7)}  (readDoc with its default pipeline, as bench/extract.ts times it)`);
