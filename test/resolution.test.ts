/**
 * Resolution through the real CLI and a real SQLite file: the graph does not depend on the
 * order documents arrive in, and people's judgments survive re-ingest and re-extraction.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ROOT, nexo, tmp } from './helpers.js';

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md')).sort().map((f) => join(ROOT, 'examples', f));

/** Everything a reader of the graph can see, without timestamps, in a fixed order. */
function dump(db: string): Record<string, unknown[]> {
  const d = new Database(db, { readonly: true });
  const q = (sql: string) => d.prepare(sql).all();
  const out = {
    entities: q('SELECT id, type, name FROM entities ORDER BY id'),
    names: q(`SELECT entity_id, name, SUM(mentions) AS mentions, COUNT(DISTINCT document_id) AS documents
      FROM entity_name_counts GROUP BY entity_id, name ORDER BY entity_id, name`),
    mentions: q('SELECT document_id, idx, entity_id FROM mentions ORDER BY document_id, idx'),
    relations: q('SELECT * FROM relations ORDER BY id'),
    events: q('SELECT * FROM events ORDER BY id'),
    roles: q('SELECT * FROM event_roles ORDER BY event_id, role, entity_id'),
    amounts: q('SELECT * FROM amounts ORDER BY id'),
    evidence: q('SELECT * FROM evidence ORDER BY fact_id, document_id, span_start, span_end, rule'),
  };
  d.close();
  return out;
}

function ingest(db: string, files: string[]): void {
  const r = nexo(['ingest', ...files, '--db', db]);
  expect(r.status, r.stderr).toBe(0);
}

function graphIdOf(db: string, name: string): string {
  const d = new Database(db, { readonly: true });
  const row = d.prepare('SELECT graph_id FROM local_entities WHERE name = ? LIMIT 1').get(name) as { graph_id: string } | undefined;
  d.close();
  if (!row) throw new Error(`no local entity named ${name}`);
  return row.graph_id;
}

describe('resolution across documents', () => {
  it('builds the same graph whatever order the examples are ingested in, in one batch or several', { timeout: 300_000 }, () => {
    const dir = tmp();
    const forward = join(dir, 'forward.db');
    ingest(forward, EXAMPLES);

    // Backwards, in three batches: every batch resolves against what the earlier ones stored.
    const backward = join(dir, 'backward.db');
    const reversed = [...EXAMPLES].reverse();
    ingest(backward, reversed.slice(0, 7));
    ingest(backward, reversed.slice(7, 13));
    ingest(backward, reversed.slice(13));

    // One document at a time, in an interleaved order: each run resolves only its region.
    const single = join(dir, 'single.db');
    const interleaved = [...EXAMPLES.filter((_, i) => i % 2 === 0), ...EXAMPLES.filter((_, i) => i % 2 === 1).reverse()];
    expect(new Set(interleaved).size).toBe(EXAMPLES.length);
    for (const file of interleaved) ingest(single, [file]);

    const a = dump(forward), b = dump(backward), c = dump(single);
    expect(a.entities!.length).toBeGreaterThan(100);
    for (const k of Object.keys(a)) {
      expect(b[k], k).toEqual(a[k]);
      expect(c[k], k).toEqual(a[k]);
    }
  });

  it('keeps merges, splits and fact rejections through re-ingest and re-extraction, and undoes them', { timeout: 300_000 }, () => {
    const dir = tmp();
    const db = join(dir, 'judged.db');
    ingest(db, EXAMPLES);

    // Two actors the machine keeps apart; a person merges them.
    const a = graphIdOf(db, 'Joaquín Guzmán Loera');
    const b = graphIdOf(db, 'Ismael Zambada García');
    expect(a).not.toBe(b);
    const merged = nexo(['merge', a, b, '--db', db, '--author', 'ana', '--reason', 'test merge']);
    expect(merged.status, merged.stderr).toBe(0);
    const mergeId = /^(j\d+):/.exec(merged.stdout)![1]!;
    expect(graphIdOf(db, 'Joaquín Guzmán Loera')).toBe(graphIdOf(db, 'Ismael Zambada García'));
    // Every local entity in the merged actor says why it is there.
    const why = nexo(['entity', graphIdOf(db, 'Joaquín Guzmán Loera'), '--why', '--db', db]).stdout;
    // Which side's local entities are the ones joined by the judgment depends on which name the
    // actor takes; either way some are, and both men's names are among its local entities.
    expect(why).toMatch(/ — in .*: judgment \(1\)/);
    expect(why).toMatch(/Ismael Zambada García — in /);
    expect(why).toMatch(/Joaquín Guzmán Loera — in /);

    // A fact the person rejects disappears from the profile.
    const profile = JSON.parse(nexo(['entity', 'Ovidio Guzmán López', '--db', db, '--json']).stdout) as {
      id: string; events: { id: string; type: string }[];
    };
    const fact = profile.events[0]!;
    expect(nexo(['reject', fact.id, '--db', db, '--author', 'ana']).status).toBe(0);
    const hidden = JSON.parse(nexo(['entity', profile.id, '--db', db, '--json']).stdout) as { events: { id: string }[] };
    expect(hidden.events.map((e) => e.id)).not.toContain(fact.id);

    // Extraction runs again over everything, and the examples are ingested again: the judgments hold.
    const re = nexo(['ingest', '--re-extract', '--db', db]);
    expect(re.status, re.stderr).toBe(0);
    expect(re.stdout).toContain(`re-extracted ${EXAMPLES.length} document(s), 0 failed`);
    ingest(db, EXAMPLES);
    expect(graphIdOf(db, 'Joaquín Guzmán Loera')).toBe(graphIdOf(db, 'Ismael Zambada García'));
    const still = JSON.parse(nexo(['entity', profile.id, '--db', db, '--json']).stdout) as { events: { id: string }[] };
    expect(still.events.map((e) => e.id)).not.toContain(fact.id);

    // The log says who did what, and undo takes the merge back.
    const log = nexo(['judgments', '--db', db]).stdout;
    expect(log).toMatch(new RegExp(`${mergeId} .* ana: merge .*test merge`));
    expect(nexo(['undo', mergeId, '--db', db]).status).toBe(0);
    expect(graphIdOf(db, 'Joaquín Guzmán Loera')).not.toBe(graphIdOf(db, 'Ismael Zambada García'));
    expect(nexo(['judgments', '--db', db]).stdout).toMatch(new RegExp(`${mergeId} .*\\[undone\\]`));
  });

  it('splits an alias off an actor and refuses judgments that make no sense, with a reason', { timeout: 120_000 }, () => {
    const dir = tmp();
    const db = join(dir, 'split.db');
    ingest(db, EXAMPLES.filter((f) => /ex1[3-6]/.test(f)));
    const d = new Database(db, { readonly: true });
    // An actor at least two documents name, under a name one of them uses as its own.
    const row = d.prepare(`SELECT graph_id AS id, name FROM local_entities WHERE graph_id IN (
        SELECT graph_id FROM local_entities GROUP BY graph_id HAVING COUNT(DISTINCT name) > 1)
      AND name <> (SELECT name FROM entities WHERE id = graph_id) LIMIT 1`).get() as { id: string; name: string };
    d.close();
    expect(row).toBeDefined();
    const r = nexo(['split', row.id, '--alias', row.name, '--db', db, '--reason', 'another man']);
    expect(r.status, r.stderr).toBe(0);
    expect(graphIdOf(db, row.name)).not.toBe(row.id);

    const bad = nexo(['merge', 'no-such-actor', row.id, '--db', db]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/no entity with id "no-such-actor"/);
    const undoBad = nexo(['undo', 'j99', '--db', db]);
    expect(undoBad.stderr).toMatch(/no judgment "j99"/);
  });
});
