import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS, InputBuilder, harborCourier, mountainLedger, valleyPost } from '../test-fixtures.js';
import { openSqliteStore, type SqliteStore } from './sqlite-store.js';

let dir: string;
let store: SqliteStore;

/** Events at every precision, to test period overlap. */
function datedEvents() {
  const b = new InputBuilder('Ana Sol was arrested in 2019. Ana Sol was charged in May 2020. Ana Sol was convicted on 3 June 2020. Ana Sol fled.',
    { title: 'Dates', published: '2020-07-01', uri: 'test://dates.txt' });
  b.entity('ana', 'Person', 'Ana Sol', { graphId: 'ent_ana-sol', mentions: ['Ana Sol', 'Ana Sol', 'Ana Sol', 'Ana Sol'] })
    .event('arrest', 'ana', b.evidence('arrested'), { date: '2019', precision: 'year' })
    .event('indictment', 'ana', b.evidence('charged'), { date: '2020-05', precision: 'month' })
    .event('conviction', 'ana', b.evidence('convicted'), { date: '2020-06-03', precision: 'day' })
    .event('escape', 'ana', b.evidence('fled'));
  return b.build();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nexo-graphq-'));
  store = await openSqliteStore(join(dir, 'nexo.db'));
  for (const input of [harborCourier(), valleyPost(), mountainLedger(), datedEvents()]) await store.ingest(input);
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('relationEdges', () => {
  it('answers the edges touching an entity with their corroboration and publication span', async () => {
    const edges = await store.relationEdges({ entityIds: [IDS.marisol] });
    expect(edges.map((e) => e.predicate).sort()).toEqual(['lawyer_of', 'leader_of']);
    const leads = edges.find((e) => e.predicate === 'leader_of')!;
    expect(leads).toMatchObject({ subjectId: IDS.marisol, objectId: IDS.cartel, documents: 2,
      firstSeen: '2021-03-04', lastSeen: '2021-03-05' });
    // Most corroborated first.
    expect(edges[0]!.predicate).toBe('leader_of');
  });

  it('filters by predicate, limits, and answers everything without entities', async () => {
    // A symmetric tie stated both ways round is one fact with two sources.
    expect(await store.relationEdges({ entityIds: [IDS.cartel], predicates: ['rival'] }))
      .toEqual([expect.objectContaining({ predicate: 'rival', documents: 2 })]);
    expect(await store.relationEdges({ entityIds: [IDS.cartel], limit: 1 })).toHaveLength(1);
    expect(await store.relationEdges({})).toHaveLength(3);
    expect(await store.relationEdges({ entityIds: [] })).toEqual([]);
    expect(await store.relationEdges({ entityIds: ['ent_nobody'] })).toEqual([]);
  });
});

describe('entityDegrees and entitySummaries', () => {
  it('counts distinct neighbours across the whole graph', async () => {
    // The cartel: Marisol (leader) and Sierra Norte (two rival statements, one neighbour).
    expect(await store.entityDegrees([IDS.cartel, IDS.marisol, 'ent_ana-sol'])).toEqual({ [IDS.cartel]: 2, [IDS.marisol]: 2 });
  });

  it('answers summaries of known ids only, most documented first', async () => {
    const s = await store.entitySummaries([IDS.judge, IDS.marisol, 'ent_nobody']);
    expect(s.map((e) => e.id)).toEqual([IDS.marisol, IDS.judge]);
  });
});

describe('relationsByIds', () => {
  it('answers full records with citations', async () => {
    const [edge] = await store.relationEdges({ entityIds: [IDS.ibarra] });
    const [r] = await store.relationsByIds([edge!.id, 'nope']);
    expect(r).toMatchObject({ predicate: 'lawyer_of', subject: { id: IDS.ibarra }, object: { id: IDS.marisol } });
    expect(r!.citations[0]!.sentence).toBe('Her lawyer, Tomás Ibarra, declined to comment.');
  });
});

describe('aliasSources', () => {
  it('says which documents used each name, and where first', async () => {
    const sources = await store.aliasSources(IDS.marisol);
    const reina = sources.filter((s) => s.name === 'La Reina');
    expect(reina).toHaveLength(1);
    const text = harborCourier().document.text;
    expect(reina[0]).toMatchObject({ documentTitle: 'Cartel leader "La Reina" arrested', mentions: 1, published: '2021-03-04' });
    const m = reina[0]!.firstMention!;
    expect(text.slice(m.start, m.end)).toBe('La Reina');
    expect(sources.filter((s) => s.name === 'Quintero').map((s) => s.published)).toEqual(['2021-03-04', '2021-03-05']);
    expect(await store.aliasSources('ent_nobody')).toEqual([]);
  });
});

describe('queryEvents', () => {
  it('answers one entity\'s events or all, filtered by type', async () => {
    expect((await store.queryEvents({ entityId: IDS.marisol })).map((e) => e.type)).toEqual(['arrest', 'arrest', 'trial']);
    expect((await store.queryEvents({ entityId: IDS.judge })).map((e) => e.others.judge?.id)).toEqual([IDS.judge]);
    expect((await store.queryEvents({ types: ['arrest'] }))).toHaveLength(3);
    expect(await store.queryEvents({})).toHaveLength(7);
    expect(await store.queryEvents({ limit: 2 })).toHaveLength(2);
  });

  it('keeps an event whose date\'s extent overlaps the period, at any precision', async () => {
    const types = async (from?: string, to?: string) =>
      (await store.queryEvents({ entityId: 'ent_ana-sol', from, to })).map((e) => e.type);
    expect(await types()).toEqual(['arrest', 'indictment', 'conviction', 'escape']);
    expect(await types('2020')).toEqual(['indictment', 'conviction']);
    expect(await types('2019-06', '2019-07')).toEqual(['arrest']);
    // May 2020 reaches the 31st; 3 June is after the period.
    expect(await types('2020-05-31', '2020-06-02')).toEqual(['indictment']);
    expect(await types('2020-06-04', '2020-12')).toEqual([]);
    expect(await types('2020-05-15', '2020-06-03')).toEqual(['indictment', 'conviction']);
    expect(await types(undefined, '2020-05')).toEqual(['arrest', 'indictment']);
  });
});

describe('queryAmounts', () => {
  it('filters by party, kind and currency', async () => {
    expect(await store.queryAmounts({ partyId: IDS.cartel })).toEqual([
      expect.objectContaining({ amount: 12_000_000, currency: 'USD', kind: 'forfeiture_sought' }),
    ]);
    expect(await store.queryAmounts({ kinds: ['settlement'] })).toEqual([]);
    expect(await store.queryAmounts({ currency: 'EUR' })).toEqual([]);
    expect((await store.queryAmounts({}))[0]!.citations[0]!.sentence).toMatch(/^Prosecutors are seeking/u);
  });
});

describe('documentFacts', () => {
  it('answers the mentions in text order and the facts the document states', async () => {
    const input = harborCourier();
    const facts = (await store.documentFacts(input.document.id))!;
    const inTextOrder = [...input.extraction.mentions].sort((a, b) => a.start - b.start);
    expect(facts.mentions.map((m) => m.text)).toEqual(inTextOrder.map((m) => m.text));
    expect(facts.mentions[0]!.entity).toMatchObject({ id: IDS.marisol, type: 'Person' });
    expect(facts.relations.map((r) => r.predicate).sort()).toEqual(['lawyer_of', 'leader_of']);
    expect(facts.events.map((e) => e.type)).toEqual(['arrest']);
    expect(facts.amounts.map((a) => a.amount)).toEqual([12_000_000]);
    // A fact keeps every citation, so the page can show how many sources agree.
    expect(facts.relations.find((r) => r.predicate === 'leader_of')!.citations).toHaveLength(2);
    expect(await store.documentFacts('0'.repeat(64))).toBeNull();
  });
});
