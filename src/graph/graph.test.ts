import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS, harborCourier } from '../store/test-fixtures.js';
import { createGraph, type Graph } from './graph.js';
import { openGraphFixture, type GraphFixture } from './test-fixtures.js';

let fx: GraphFixture;
let graph: Graph;
beforeAll(async () => {
  fx = await openGraphFixture();
  graph = createGraph(fx.store);
});
afterAll(async () => { await fx.cleanup(); });

describe('createGraph', () => {
  it('answers a timeline, all or one actor\'s, by type and period', async () => {
    const all = await graph.timeline({});
    expect(all.events.map((e) => e.type)).toEqual(['arrest', 'arrest', 'trial']);
    expect(all.typeCounts).toEqual({ arrest: 2, trial: 1 });
    expect(all.extent).toEqual({ first: '2021-03-02', last: '2021-03-02' });
    expect((await graph.timeline({ types: ['trial'] })).events).toHaveLength(1);
    expect((await graph.timeline({ entityId: IDS.judge })).events.map((e) => e.type)).toEqual(['trial']);
    expect((await graph.timeline({ from: '2022' })).events).toEqual([]);
    const one = await graph.timeline({ limit: 1 });
    expect(one.events).toHaveLength(1);
    expect(one.truncated).toBe(true);
  });

  it('answers the ledger of a party with totals', async () => {
    const l = await graph.ledger({ partyId: IDS.cartel });
    expect(l.rows).toHaveLength(1);
    expect(l.totals).toEqual([expect.objectContaining({ total: 12_000_000, kind: 'forfeiture_sought', currency: 'USD' })]);
    expect(l.currencies).toEqual(['USD']);
    expect((await graph.ledger({ partyId: IDS.marisol })).rows).toEqual([]);
  });

  it('answers a document with its text, mentions and facts', async () => {
    const input = harborCourier();
    const d = (await graph.document(input.document.id))!;
    expect(d.text).toBe(input.document.text);
    expect(d.mentions.length).toBe(input.extraction.mentions.length);
    expect(d.relations).toHaveLength(2);
    expect(await graph.document('nope')).toBeNull();
  });

  it('has no judgment or contradiction service until one is given', () => {
    expect(graph.judgments).toBeUndefined();
    expect(graph.contradictions).toBeUndefined();
  });
});
