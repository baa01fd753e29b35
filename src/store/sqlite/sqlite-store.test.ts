import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IngestInputError } from '../ingest-plan.js';
import type { IngestInput } from '../store.js';
import { IDS, InputBuilder, harborCourier, mountainLedger, valleyPost } from '../test-fixtures.js';
import { openSqliteStore, type SqliteStore } from './sqlite-store.js';

let dir: string;
let path: string;
let store: SqliteStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nexo-store-'));
  path = join(dir, 'nexo.db');
  store = await openSqliteStore(path);
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A second, plain connection to the same file: what is really on disk, not what the store says. */
function inspect<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** Row counts of every table, FTS shadow tables included. */
function snapshot(): Record<string, number> {
  return inspect((db) => {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'
      AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`).pluck().all() as string[];
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT COUNT(*) FROM "${t}"`).pluck().get() as number]));
  });
}

describe('ingest and profile', () => {
  it('stores a document and answers a profile with cited sentences', async () => {
    const input = harborCourier();
    expect(await store.ingest(input)).toBe('added');
    expect(await store.hasDocument(input.document.id)).toBe(true);

    const profile = await store.entityProfile(IDS.marisol);
    expect(profile).not.toBeNull();
    expect(profile!).toMatchObject({ id: IDS.marisol, type: 'Person', name: 'Marisol Quintero Vega', documents: 1 });
    expect(profile!.aliases).toEqual(expect.arrayContaining([
      { name: 'Marisol Quintero Vega', count: 1, documents: 1 },
      { name: 'La Reina', count: 1, documents: 1 },
      { name: 'Quintero', count: 1, documents: 1 },
    ]));

    const leads = profile!.relations.find((r) => r.predicate === 'leader_of')!;
    expect(leads.subject.id).toBe(IDS.marisol);
    expect(leads.object).toMatchObject({ id: IDS.cartel, name: 'Costa Azul Cartel', type: 'Organization' });
    expect(leads.citations).toHaveLength(1);
    const [citation] = leads.citations;
    expect(citation).toMatchObject({
      documentId: input.document.id,
      documentTitle: 'Cartel leader "La Reina" arrested',
      sentence: 'Marisol Quintero Vega, known as "La Reina," leads the Costa Azul Cartel.',
      rule: 'relation.leads',
    });
    expect(input.document.text.slice(citation!.start, citation!.end)).toBe('leads the Costa Azul Cartel');

    // Relations where she is the object are hers too.
    const lawyer = profile!.relations.find((r) => r.predicate === 'lawyer_of')!;
    expect(lawyer.subject.name).toBe('Tomás Ibarra');
    expect(lawyer.citations[0]!.sentence).toBe('Her lawyer, Tomás Ibarra, declined to comment.');

    expect(profile!.events).toHaveLength(1);
    expect(profile!.events[0]).toMatchObject({
      type: 'arrest', date: '2021-03-02', precision: 'day', place: { id: IDS.veracruz, name: 'Veracruz' },
    });
    expect(profile!.events[0]!.citations[0]!.sentence).toBe('Federal agents arrested Quintero in Veracruz on March 2, 2021.');
    expect(profile!.amounts).toEqual([]);

    const cartel = await store.entityProfile(IDS.cartel);
    expect(cartel!.amounts).toHaveLength(1);
    expect(cartel!.amounts[0]).toMatchObject({ amount: 12_000_000, currency: 'USD', kind: 'forfeiture_sought' });
    expect(cartel!.amounts[0]!.citations[0]!.sentence).toBe('Prosecutors are seeking forfeiture of $12 million from the Costa Azul Cartel.');
    expect(cartel!.aliases).toEqual([{ name: 'Costa Azul Cartel', count: 2, documents: 1 }]);

    // A place's profile lists what happened there.
    const place = await store.entityProfile(IDS.veracruz);
    expect(place!.events.map((e) => e.type)).toEqual(['arrest']);

    expect(await store.entityProfile('ent_nobody')).toBeNull();
  });

  it('lists an event under every entity that plays a role in it', async () => {
    await store.ingest(valleyPost());
    const judge = await store.entityProfile(IDS.judge);
    expect(judge!.events).toHaveLength(1);
    expect(judge!.events[0]).toMatchObject({ type: 'trial', subject: { id: IDS.marisol }, others: { judge: { id: IDS.judge } } });
  });

  it('keeps the document, its metadata and sentences as given', async () => {
    const input = harborCourier();
    await store.ingest(input);
    const doc = await store.getDocument(input.document.id);
    const { id, uri, title, outlet, url, published, publishedSource, language, format, text } = input.document;
    expect(doc).toMatchObject({ id, uri, title, outlet, url, published, publishedSource, language, format, text });
    expect(doc!.sentences).toEqual(input.extraction.sentences);
    expect(Number.isNaN(Date.parse(doc!.ingestedAt))).toBe(false);
    expect(await store.getDocument('missing')).toBeNull();
  });

  it('lists documents newest first', async () => {
    await store.ingest(mountainLedger());
    await store.ingest(harborCourier());
    await store.ingest(valleyPost());
    expect((await store.listDocuments()).map((d) => d.outlet)).toEqual(['Valley Post', 'Harbor Courier', 'Mountain Ledger']);
  });

  it('cuts sentences by UTF-16 offsets, as JavaScript counts them', async () => {
    // The emoji is two UTF-16 code units but one code point: SQLite's substr() would be off by one.
    const b = new InputBuilder('Breaking 🚨 news today. Rosa Dávila leads the Brisa Clan.');
    b.entity('rosa', 'Person', 'Rosa Dávila', { graphId: 'ent_rosa' })
      .entity('brisa', 'Organization', 'Brisa Clan', { graphId: 'ent_brisa' })
      .relation('rosa', 'leader_of', 'brisa', b.evidence('leads the Brisa Clan'));
    await store.ingest(b.build());
    const [relation] = await store.allRelations();
    expect(relation!.citations[0]!.sentence).toBe('Rosa Dávila leads the Brisa Clan.');
  });
});

describe('idempotence and merging', () => {
  it('re-ingesting the same document writes nothing', async () => {
    expect(await store.ingest(harborCourier())).toBe('added');
    const stats = await store.stats();
    const rows = snapshot();
    expect(await store.ingest(harborCourier())).toBe('unchanged');
    expect(await store.stats()).toEqual(stats);
    expect(snapshot()).toEqual(rows);
  });

  it('a second store on the same file sees the document and leaves it alone', async () => {
    await store.ingest(harborCourier());
    const other = await openSqliteStore(path);
    try {
      expect(await other.ingest(harborCourier())).toBe('unchanged');
      expect(await other.stats()).toEqual(await store.stats());
    } finally {
      await other.close();
    }
  });

  it('one fact stated by two documents is one row with two citations', async () => {
    const harbor = harborCourier();
    const valley = valleyPost();
    await store.ingest(harbor);
    await store.ingest(valley);

    const leads = (await store.allRelations()).filter((r) => r.predicate === 'leader_of');
    expect(leads).toHaveLength(1);
    expect(leads[0]!.citations.map((c) => c.documentId)).toEqual([harbor.document.id, valley.document.id]);
    expect(leads[0]!.citations[1]!.sentence).toBe(
      'Authorities say Marisol Quintero, the head of the Costa Azul Cartel, was detained in Veracruz.');

    // Both documents resolved their local entity to one graph entity: its names pool.
    const profile = await store.entityProfile(IDS.marisol);
    expect(profile!.documents).toBe(2);
    expect(profile!.name).toBe('Marisol Quintero Vega');
    expect(profile!.aliases[0]).toEqual({ name: 'Quintero', count: 2, documents: 2 });
    expect(profile!.aliases).toContainEqual({ name: 'Marisol Quintero', count: 1, documents: 1 });
  });

  it('a symmetric tie stated either way round is one fact', async () => {
    await store.ingest(valleyPost());
    await store.ingest(mountainLedger());
    const rivals = (await store.allRelations()).filter((r) => r.predicate === 'rival');
    expect(rivals).toHaveLength(1);
    expect(rivals[0]!.citations).toHaveLength(2);
  });

  it('events keyed by date stay apart when the dates differ', async () => {
    await store.ingest(harborCourier());
    await store.ingest(valleyPost());
    // Harbor dates the arrest, Valley does not: two facts, for graph/ to weigh.
    const arrests = (await store.allEvents()).filter((e) => e.type === 'arrest');
    expect(arrests.map((e) => e.date)).toEqual(['2021-03-02', null]);
  });

  it('keeps every value each source stated, even where the fact row shows the first', async () => {
    const first = new InputBuilder('Ana Soto has led the Rio Clan since 2015.', { published: '2020-01-01' });
    first.entity('ana', 'Person', 'Ana Soto', { graphId: 'ent_ana' })
      .entity('rio', 'Organization', 'Rio Clan', { graphId: 'ent_rio' })
      .relation('ana', 'leader_of', 'rio', first.evidence('has led'), { start: '2015' });
    const second = new InputBuilder('Ana Soto took over the Rio Clan in 2016.', { published: '2021-01-01' });
    second.entity('ana', 'Person', 'Ana Soto', { graphId: 'ent_ana' })
      .entity('rio', 'Organization', 'Rio Clan', { graphId: 'ent_rio' })
      .relation('ana', 'leader_of', 'rio', second.evidence('took over'), { start: '2016' });
    await store.ingest(first.build());
    await store.ingest(second.build());
    const [relation] = await store.allRelations();
    expect(relation!.start).toBe('2015');
    const stated = inspect((db) => db.prepare('SELECT stated FROM evidence ORDER BY document_id').pluck().all() as string[]);
    expect(stated.map((s) => JSON.parse(s).start).sort()).toEqual(['2015', '2016']);
  });

  it('counts what is stored', async () => {
    await store.ingest(harborCourier());
    await store.ingest(valleyPost());
    await store.ingest(mountainLedger());
    expect(await store.stats()).toEqual({ documents: 3, entities: 6, relations: 3, events: 3, amounts: 1 });
    expect(await store.allEntities()).toHaveLength(6);
    expect(await store.allAmounts()).toHaveLength(1);
  });
});

describe('all-or-nothing ingest', () => {
  it('a failure midway leaves no row behind, and the store stays usable', async () => {
    await store.ingest(mountainLedger());
    const before = snapshot();
    const bad = harborCourier();
    // Evidence pointing at a sentence the document does not have: the foreign key fails after
    // the document, sentences, entities, names and mentions were already written.
    bad.extraction.money[0]!.evidence.sentence = 99;
    await expect(store.ingest(bad)).rejects.toThrow(/FOREIGN KEY/);
    expect(snapshot()).toEqual(before);
    expect(await store.hasDocument(bad.document.id)).toBe(false);
    expect((await store.search('Veracruz')).documents).toEqual([]);
    expect(await store.findEntities('La Reina')).toEqual([]);

    expect(await store.ingest(harborCourier())).toBe('added');
  });

  it('a failure injected at the last write rolls back the whole document', async () => {
    const before = snapshot();
    const db = new Database(path);
    db.exec(`CREATE TRIGGER fail_amounts BEFORE INSERT ON amounts BEGIN SELECT RAISE(ABORT, 'injected'); END`);
    db.close();
    await expect(store.ingest(harborCourier())).rejects.toThrow('injected');
    const after = snapshot();
    expect(after).toEqual(before);
  });

  it('refuses an input that refers to an unresolved entity before writing', async () => {
    const input: IngestInput = harborCourier();
    delete input.resolution['veracruz'];
    const before = snapshot();
    await expect(store.ingest(input)).rejects.toThrow(IngestInputError);
    expect(snapshot()).toEqual(before);
  });

  it('leaves a sound database file', async () => {
    await store.ingest(harborCourier());
    await store.ingest(valleyPost());
    inspect((db) => {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    });
    // FTS5's own check that each index matches its content table.
    const db = new Database(path);
    try {
      db.exec(`INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')`);
      db.exec(`INSERT INTO entity_names_fts (entity_names_fts) VALUES ('integrity-check')`);
    } finally {
      db.close();
    }
  });
});

describe('search', () => {
  beforeEach(async () => {
    await store.ingest(harborCourier());
    await store.ingest(valleyPost());
  });

  it('finds documents with a plain-text snippet and entities by name', async () => {
    const results = await store.search('bail');
    expect(results.documents.map((d) => d.item.outlet)).toEqual(['Valley Post']);
    expect(results.documents[0]!.snippet).toContain('held without bail');
    expect(results.documents[0]!.snippet).not.toMatch(/[<>\n]/);

    const people = await store.search('Reina');
    expect(people.entities.map((e) => e.item.id)).toEqual([IDS.marisol]);
    expect(people.entities[0]!.snippet).toBe('La Reina');
  });

  it('ignores accents', async () => {
    expect((await store.search('tomas')).entities.map((e) => e.item.id)).toEqual([IDS.ibarra]);
  });

  it.each(['"unbalanced', 'AND OR', '*', 'foo:bar', 'Costa-Azul', "Quintero's", '"', '((', 'NEAR(', '^'])(
    'answers the malformed query %j without throwing', async (query) => {
      const results = await store.search(query);
      expect(Array.isArray(results.documents)).toBe(true);
      expect(Array.isArray(results.entities)).toBe(true);
    });

  it('matches a malformed query as plain words', async () => {
    expect((await store.search('"La Reina')).entities.map((e) => e.item.id)).toEqual([IDS.marisol]);
    expect((await store.search("Quintero's")).documents).toHaveLength(0);
    expect((await store.search('Costa-Azul')).documents).toHaveLength(2);
  });

  it('still honours valid FTS syntax', async () => {
    expect((await store.search('Reina OR Ruiz')).documents).toHaveLength(2);
    expect((await store.search('Quint*')).entities.map((e) => e.item.id)).toEqual([IDS.marisol]);
  });

  it('respects the limit', async () => {
    expect((await store.search('Cartel', 1)).documents).toHaveLength(1);
    expect(await store.search('Cartel', 0)).toEqual({ entities: [], documents: [] });
    expect(await store.search('   ')).toEqual({ entities: [], documents: [] });
  });
});

describe('findEntities', () => {
  beforeEach(async () => {
    await store.ingest(harborCourier());
    await store.ingest(valleyPost());
  });

  it('finds by exact id', async () => {
    expect((await store.findEntities(IDS.cartel)).map((e) => e.id)).toEqual([IDS.cartel]);
  });

  it('finds by name or alias ignoring case and accents', async () => {
    expect((await store.findEntities('la reina')).map((e) => e.id)).toEqual([IDS.marisol]);
    expect((await store.findEntities('TOMAS IBARRA')).map((e) => e.id)).toEqual([IDS.ibarra]);
    expect((await store.findEntities('  Marisol   Quintero ')).map((e) => e.id)).toEqual([IDS.marisol]);
  });

  it('falls back to name prefixes only when nothing matches exactly', async () => {
    expect((await store.findEntities('Sierra')).map((e) => e.id)).toEqual([IDS.sierra]);
    expect((await store.findEntities('quint')).map((e) => e.id)).toEqual([IDS.marisol]);
    expect(await store.findEntities('Nobody Atall')).toEqual([]);
    expect(await store.findEntities('*')).toEqual([]);
  });
});

describe('resolution and judgments in the store', () => {
  it('moves a document\'s statements to the entities resolution names, and drops the ones left empty', async () => {
    await store.ingest(harborCourier());
    await store.ingest(valleyPost());
    const locals = await store.localEntities();
    const valleyMarisol = locals.find((l) => l.name === 'Marisol Quintero')!;
    expect(valleyMarisol.mentions).toBe(2);

    // Resolution decides the Valley Post's "Marisol Quintero" is someone else.
    const ref = `${valleyMarisol.documentId}#${valleyMarisol.localId}`;
    const out = await store.applyResolution(new Map([[ref, { id: 'ent_other-marisol', type: 'Person', name: 'Marisol Quintero' }]]));
    expect(out.documentsRewritten).toBe(1);
    const other = await store.entityProfile('ent_other-marisol');
    expect(other!.relations.map((r) => r.predicate)).toEqual(['leader_of']);
    expect(other!.relations[0]!.citations[0]!.sentence).toMatch(/the head of the Costa Azul Cartel/);
    // The original keeps only what the Harbor Courier said of her.
    const original = await store.entityProfile(IDS.marisol);
    expect(original!.relations.find((r) => r.predicate === 'leader_of')!.corroboration).toBe(1);

    // Moved back, the leadership is one fact with two sources again, and the extra entity is gone.
    await store.applyResolution(new Map([[ref, { id: IDS.marisol, type: 'Person', name: 'Marisol Quintero Vega' }]]));
    expect(await store.entityProfile('ent_other-marisol')).toBeNull();
    const back = await store.entityProfile(IDS.marisol);
    expect(back!.relations.find((r) => r.predicate === 'leader_of')!.corroboration).toBe(2);
    expect(inspect((db) => db.prepare('SELECT COUNT(*) FROM entities WHERE id = ?').pluck().get('ent_other-marisol'))).toBe(0);
  });

  it('settles a fact\'s values from all its sources in a fixed order, whichever came first', async () => {
    // Two papers report one arrest on one day, in different towns.
    const report = (town: string, paper: string) => {
      const b = new InputBuilder(`Police arrested Ana Soto in ${town} on May 4, 2022.`, { title: paper, uri: `test://${paper}.txt` });
      b.entity('ana-soto', 'Person', 'Ana Soto', { graphId: 'ana-soto' })
        .entity('town', 'Location', town, { graphId: town.toLowerCase() })
        .event('arrest', 'ana-soto', b.evidence('arrested'), { date: '2022-05-04', precision: 'day', place: 'town' });
      return b.build();
    };
    const placeAfter = async (inputs: IngestInput[]) => {
      await store.close();
      rmSync(path, { force: true });
      store = await openSqliteStore(path);
      for (const i of inputs) await store.ingest(i);
      const events = await store.allEvents();
      expect(events).toHaveLength(1);
      expect(events[0]!.corroboration).toBe(2);
      return events[0]!.place!.id;
    };
    const north = report('Norteña', 'north'), south = report('Sureña', 'south');
    expect(await placeAfter([north, south])).toBe(await placeAfter([south, north]));
  });

  it('keeps judgments in an append-only log that SQL itself refuses to edit', async () => {
    const j = await store.addJudgment({ action: 'undo', judgment: 'j0' }, 'ana', 'a test');
    expect(j).toMatchObject({ id: 'j1', action: 'undo', author: 'ana', reason: 'a test' });
    expect((await store.judgments()).map((x) => x.id)).toEqual(['j1']);
    const db = new Database(path);
    try {
      expect(() => db.prepare("UPDATE judgments SET author = 'eve'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM judgments').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });

  it('hides a rejected fact from profiles and exports, and marks a confirmed one', async () => {
    await store.ingest(harborCourier());
    const [arrest] = (await store.allEvents()).filter((e) => e.type === 'arrest');
    const [amount] = await store.allAmounts();
    const anchors = (f: { citations: { documentId: string; start: number; end: number }[] }, kind: 'event' | 'amount') =>
      f.citations.map((c) => ({ kind, documentId: c.documentId, start: c.start, end: c.end }));
    await store.addJudgment({ action: 'reject', fact: { kind: 'event', id: arrest!.id, label: 'arrest' }, anchors: anchors(arrest!, 'event') }, 'ana', null);
    await store.addJudgment({ action: 'confirm', fact: { kind: 'amount', id: amount!.id, label: 'amount' }, anchors: anchors(amount!, 'amount') }, 'ana', null);
    expect((await store.allEvents()).map((e) => e.id)).not.toContain(arrest!.id);
    expect((await store.entityProfile(IDS.marisol))!.events.map((e) => e.id)).not.toContain(arrest!.id);
    expect((await store.fact(arrest!.id))!.status).toBe('rejected');
    expect((await store.allAmounts())[0]!.status).toBe('confirmed');
  });

  it('leaves a rejected tie out of the network\'s edges', async () => {
    await store.ingest(harborCourier());
    const lawyer = (await store.allRelations()).find((r) => r.predicate === 'lawyer_of')!;
    expect((await store.relationEdges({})).map((e) => e.id)).toContain(lawyer.id);
    const anchors = lawyer.citations.map((c) => ({ kind: 'relation' as const, documentId: c.documentId, start: c.start, end: c.end }));
    await store.addJudgment({ action: 'reject', fact: { kind: 'relation', id: lawyer.id, label: 'lawyer' }, anchors }, 'ana', null);
    const edges = (await store.relationEdges({})).map((e) => e.id);
    expect(edges).not.toContain(lawyer.id);
    expect(edges.length).toBeGreaterThan(0);
  });
});
