/**
 * Resolution at scale: times resolveAll (the pass that runs after every ingest batch) on
 * synthetic corpora of growing size, to show the cost stays near-linear in the number of
 * document-local entities. Names are drawn from pools so that, as in real reporting, the
 * same actors recur under full names, surnames, nicknames and namesakes.
 *   npm run bench:resolve [-- --json]
 */
import { resolveAll } from '../src/resolve/cluster.js';
import { ActiveJudgments } from '../src/resolve/judgments.js';
import type { LocalEntity } from '../src/resolve/keys.js';

const GIVEN = ['Ramiro', 'Lucía', 'Tadeo', 'Efraín', 'Marisol', 'Octavio', 'Rosa', 'Julián', 'Dalia', 'Ernesto', 'Inés', 'Fabián'];
const SURNAMES = ['Quiñones', 'Barrenechea', 'Sandoval', 'Ortega', 'Vidal', 'Ibarra', 'Cárdenas', 'Montoya', 'Salcedo', 'Urquidi',
  'Villalba', 'Zepeda', 'Arce', 'Benítez', 'Cuevas', 'Duarte'];
const PLACES = ['Honduras', 'Mexico', 'Colombia', 'Guatemala', 'Culiacán', 'Tegucigalpa', 'Medellín', 'Reynosa'];
const GROUPS = ['Cartel', 'Clan', 'Organization', 'Gang'];

/** A deterministic stream of numbers, so runs compare. */
function rng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

function corpus(documents: number): LocalEntity[] {
  const r = rng(documents);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: LocalEntity[] = [];
  for (let d = 0; d < documents; d++) {
    const documentId = `doc${d}`;
    for (let k = 0; k < 30; k++) {
      const roll = r();
      let e: Omit<LocalEntity, 'documentId' | 'localId'>;
      if (roll < 0.55) {
        const full = `${pick(GIVEN)} ${pick(SURNAMES)} ${pick(SURNAMES)}`;
        const form = r();
        const name = form < 0.7 ? full : form < 0.85 ? full.split(' ').slice(0, 2).join(' ') : full.split(' ')[1]!;
        e = { type: 'Person', name, aliases: r() < 0.2 ? [`El ${pick(SURNAMES)}o`] : [] };
      } else if (roll < 0.75) {
        e = { type: 'Organization', name: `${pick(SURNAMES)} ${pick(GROUPS)}`, aliases: [] };
      } else if (roll < 0.85) {
        e = { type: 'PublicBody', name: pick(['National Police', 'Attorney General\'s Office', 'Justice Department', 'Supreme Court']), aliases: [] };
      } else {
        e = { type: 'Location', name: pick(PLACES), aliases: [], mentions: 1 + Math.floor(r() * 4) };
      }
      out.push({ documentId, localId: `e${k}`, ...e });
    }
  }
  return out;
}

const json = process.argv.includes('--json');
const rows: { documents: number; locals: number; ms: number; usPerLocal: number }[] = [];
for (const documents of [1_000, 4_000, 16_000]) {
  const locals = corpus(documents);
  resolveAll(locals.slice(0, 1000), ActiveJudgments.none()); // warm the JIT and the gazetteer
  const t = process.hrtime.bigint();
  resolveAll(locals, ActiveJudgments.none());
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  rows.push({ documents, locals: locals.length, ms: Math.round(ms), usPerLocal: Math.round((ms * 1000) / locals.length * 10) / 10 });
  if (!json) console.log(`${String(documents).padStart(6)} documents  ${String(locals.length).padStart(7)} local entities  ${ms.toFixed(0).padStart(6)} ms  ${rows.at(-1)!.usPerLocal} µs per local entity`);
}
if (json) console.log(JSON.stringify(rows));
