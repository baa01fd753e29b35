/** The CLI end to end over the bundled examples: ingest, stats, search, entity, export, extract. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Model, defaultModel } from '@alephdata/followthemoney';
import { HAS_SHARED, ROOT, SHARED, nexo, tmp } from './helpers.js';

// Every article under examples/ (the demo corpus and the holdout set); answer keys are not articles.
const examples = (readdirSync(join(ROOT, 'examples'), { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort();

describe('nexo CLI over the example corpus', () => {
  const dir = tmp();
  const db = join(dir, 'cli.db');

  beforeAll(() => {
    const r = nexo(['ingest', 'examples/', '--db', db]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${examples.length} added, 0 unchanged, 0 failed`);
  });

  it('changes nothing when the same files are ingested again', () => {
    const before = nexo(['stats', '--json', '--db', db]).stdout;
    const r = nexo(['ingest', 'examples/', '--db', db]);
    expect(r.stdout).toContain(`0 added, ${examples.length} unchanged, 0 failed`);
    expect(nexo(['stats', '--json', '--db', db]).stdout).toBe(before);
  });

  it('counts what it holds', () => {
    const s = JSON.parse(nexo(['stats', '--json', '--db', db]).stdout);
    expect(s.documents).toBe(examples.length);
    for (const k of ['entities', 'relations', 'events', 'amounts']) expect(s[k]).toBeGreaterThan(0);
  });

  it('finds an actor by a name the examples use, and shows its profile with citations', () => {
    const search = JSON.parse(nexo(['search', 'Zambada', '--json', '--db', db]).stdout);
    expect(search.entities.length).toBeGreaterThan(0);
    const id = search.entities[0].item.id;
    const profile = JSON.parse(nexo(['entity', id, '--json', '--db', db]).stdout);
    expect(profile.id).toBe(id);
    const cited = [...profile.relations, ...profile.events, ...profile.amounts];
    expect(cited.length).toBeGreaterThan(0);
    for (const f of cited) expect(f.citations[0].sentence.length).toBeGreaterThan(10);
    const text = nexo(['entity', id, '--db', db]).stdout;
    expect(text).toContain(profile.name);
  });

  it('says clearly when an entity is unknown', () => {
    const r = nexo(['entity', 'Nobody Nowhere Q', '--db', db]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no entity named "Nobody Nowhere Q"/);
  });

  it('exports FollowTheMoney lines that the FtM model loads', () => {
    const r = nexo(['export', '--format', 'ftm', '--db', db]);
    expect(r.status, r.stderr).toBe(0);
    const model = new Model(defaultModel);
    const lines = r.stdout.trim().split('\n');
    const schemata = new Set<string>();
    for (const line of lines) {
      const e = model.getEntity(JSON.parse(line));
      schemata.add(e.schema.name);
    }
    for (const s of ['Person', 'Organization', 'Event']) expect(schemata).toContain(s);
    expect([...schemata].some((s) => ['Membership', 'Family', 'Associate', 'Employment', 'Representation', 'UnknownLink'].includes(s))).toBe(true);
  });

  it('refuses an unknown export format with a reason', () => {
    const r = nexo(['export', '--format', 'xls', '--db', db]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/unknown format "xls"/);
  });

  it('explains a file: mentions marked by type, then facts with their rule and sentence', () => {
    const r = nexo(['explain', join('examples', examples[0]!), '--no-color']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\[[^\]|]+\|(PER|ORG|GOV|COM|LOC)\]/);
    expect(r.stdout).toMatch(/^Events \(\d+\)/m);
    expect(r.stdout).toMatch(/rule (event|relation|money)\.[\w.:-]+/);
  });

  it('prints what it will analyse with `read`', () => {
    const r = nexo(['read', join('examples', examples[0]!)]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^---\n[\s\S]*published: /);
  });
});

describe('nexo extract --format gold-json', () => {
  it('writes one answer-key shaped file per input that the shared scorer accepts', () => {
    const out = tmp();
    const r = nexo(['extract', 'examples/', '--format', 'gold-json', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(out);
    expect(files.sort()).toEqual(examples.map((f) => basename(f).replace(/\.md$/, '.json')).sort());
    const doc = JSON.parse(readFileSync(join(out, files[0]!), 'utf8'));
    for (const k of ['entities', 'relations', 'events', 'money']) expect(Array.isArray(doc[k])).toBe(true);
    if (!HAS_SHARED) { console.warn('skipped scoring: ../shared is absent'); return; }
    const score = spawnSync(process.execPath, [join(SHARED, 'tools/score.mjs'), '--gold', join(ROOT, 'examples/gold'), '--pred', out, '--json'], { encoding: 'utf8' });
    expect(score.status, score.stderr).toBe(0);
    const total = JSON.parse(score.stdout).total;
    // A first version must find real things, not a stub's empty lists.
    expect(total.entities.f1).toBeGreaterThan(0.5);
    expect(total.events.tp).toBeGreaterThan(0);
  });
});
