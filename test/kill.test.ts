/**
 * Crash safety: `nexo ingest` killed with SIGKILL at random moments, again and again, leaves
 * every document either wholly stored or absent — compared row for row with a clean run.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ROOT, nexo, nexoAsync, tmp } from './helpers.js';

type Counts = Map<string, string>;

function perDocument(db: string): Counts {
  const out: Counts = new Map();
  if (!existsSync(db)) return out; // killed before it created the file
  const d = new Database(db, { readonly: true });
  const tables = (d.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'documents'").all()).length;
  if (!tables) { d.close(); return out; } // killed before the first migration committed
  const docs = d.prepare('SELECT id FROM documents').all() as { id: string }[];
  for (const { id } of docs) {
    const row = [
      d.prepare('SELECT count(*) n FROM sentences WHERE document_id = ?').get(id),
      d.prepare('SELECT count(*) n FROM mentions WHERE document_id = ?').get(id),
      // Statements and names, counted in a way resolution cannot change: a run killed before its
      // resolution step leaves first-guess graph ids, under which two facts may not yet be one.
      d.prepare(`SELECT count(DISTINCT fact_kind || ':' || span_start || ':' || span_end || ':' || rule) n
        FROM evidence WHERE document_id = ?`).get(id),
      d.prepare('SELECT count(DISTINCT name) n FROM entity_name_counts WHERE document_id = ?').get(id),
      d.prepare('SELECT count(*) n FROM local_entities WHERE document_id = ?').get(id),
      d.prepare('SELECT count(*) n FROM extractions WHERE document_id = ?').get(id),
    ].map((x) => (x as { n: number }).n).join('/');
    out.set(id, row);
  }
  expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
  d.close();
  return out;
}

/** Every statement row with its fact: equal only once resolution has run to the end. */
function evidenceRows(db: string): unknown[] {
  const d = new Database(db, { readonly: true });
  const rows = d.prepare(`SELECT fact_id, document_id, span_start, span_end, rule FROM evidence
    ORDER BY fact_id, document_id, span_start, span_end, rule`).all();
  d.close();
  return rows;
}

/** A corpus big enough that an ingest lasts long enough to be interrupted: the examples, varied. */
function corpus(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md'));
  for (let copy = 0; copy < 8; copy++) {
    for (const f of examples) {
      const text = readFileSync(join(ROOT, 'examples', f), 'utf8');
      writeFileSync(join(dir, `${copy}-${f}`), `${text}\nThis is variant ${copy} of the article.\n`);
    }
  }
  return dir;
}

describe('SIGKILL during ingest', () => {
  it('leaves each document whole or absent, run after run', async () => {
    const dir = tmp();
    const input = corpus(join(dir, 'in'));
    const reference = join(dir, 'reference.db');
    const started = Date.now();
    expect(nexo(['ingest', input, '--db', reference]).status).toBe(0);
    const fullRun = Date.now() - started;
    const want = perDocument(reference);

    const db = join(dir, 'killed.db');
    let interrupted = 0;
    for (let run = 0; run < 10; run++) {
      // Half the runs start over, half resume the same file.
      const target = run % 2 === 0 ? join(dir, `fresh-${run}.db`) : db;
      const child = nexoAsync(['ingest', input, '--db', target]);
      const delay = Math.floor(fullRun * (0.1 + Math.random() * 0.8));
      const exited = await new Promise<boolean>((resolve) => {
        const t = setTimeout(() => { child.kill('SIGKILL'); resolve(false); }, delay);
        child.on('exit', () => { clearTimeout(t); resolve(true); });
      });
      if (!exited) await new Promise((r) => child.on('exit', r));
      const got = perDocument(target);
      if (got.size < want.size) interrupted++;
      for (const [id, counts] of got) expect(counts, `document ${id} after run ${run}`).toBe(want.get(id));
    }
    expect(interrupted, 'runs killed part way through').toBeGreaterThan(0);
    // A final uninterrupted run completes the store, resolution included, to exactly the reference.
    expect(nexo(['ingest', input, '--db', db]).status).toBe(0);
    expect(perDocument(db)).toEqual(want);
    expect(evidenceRows(db)).toEqual(evidenceRows(reference));
    // About seven full ingests of eight copies of examples/: it grows with the corpus and
    // with whatever else the machine is doing, so it gets more than the default minute.
  }, 300_000);
});
