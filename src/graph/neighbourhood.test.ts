import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeRecord } from '../store/store.js';
import { edgeInPeriod, neighbourhood } from './neighbourhood.js';
import { NET, openGraphFixture, type GraphFixture } from './test-fixtures.js';

let fx: GraphFixture;
beforeAll(async () => { fx = await openGraphFixture(); });
afterAll(async () => { await fx.cleanup(); });

const ids = (n: { nodes: { id: string }[] } | null) => n!.nodes.map((x) => x.id).sort();

describe('neighbourhood', () => {
  it('answers the centre and its direct neighbours, with degrees and hops', async () => {
    const n = await neighbourhood(fx.store, { id: NET.ana, depth: 1 });
    expect(ids(n)).toEqual([NET.ana, NET.fede, NET.lima, NET.red].sort());
    expect(n!.edges).toHaveLength(3);
    const red = n!.nodes.find((x) => x.id === NET.red)!;
    expect(red).toMatchObject({ hop: 1, degree: 2, type: 'Organization' });
    expect(n!.nodes.find((x) => x.id === NET.ana)).toMatchObject({ hop: 0, degree: 3 });
    expect(n!.truncated).toBe(false);
  });

  it('walks deeper, but never through a place', async () => {
    const n = await neighbourhood(fx.store, { id: NET.ana, depth: 2 });
    expect(ids(n)).toEqual([NET.ana, NET.beto, NET.caro, NET.fede, NET.lima, NET.red].sort());
    expect(ids(n)).not.toContain(NET.eva);
    // From a place, the place itself is walked.
    expect(ids(await neighbourhood(fx.store, { id: NET.lima, depth: 1 }))).toEqual([NET.ana, NET.eva, NET.lima].sort());
  });

  it('filters by predicate and by period', async () => {
    expect(ids(await neighbourhood(fx.store, { id: NET.ana, depth: 1, predicates: ['associate'] }))).toEqual([NET.ana, NET.fede].sort());
    // Beto's membership was reported in 2015 and again in 2020; the associate tie only in 2015.
    const later = await neighbourhood(fx.store, { id: NET.beto, depth: 1, from: '2018' });
    expect(ids(later)).toEqual([NET.beto, NET.red].sort());
    expect(ids(await neighbourhood(fx.store, { id: NET.beto, depth: 1, to: '2014' }))).toEqual([NET.beto]);
  });

  it('stops at the node limit and says so', async () => {
    const n = await neighbourhood(fx.store, { id: NET.ana, depth: 3, limit: 3 });
    expect(n!.nodes).toHaveLength(3);
    expect(n!.truncated).toBe(true);
    for (const e of n!.edges) expect(ids(n)).toEqual(expect.arrayContaining([e.subjectId, e.objectId]));
  });

  it('is null for an unknown actor', async () => {
    expect(await neighbourhood(fx.store, { id: 'ent_nobody', depth: 1 })).toBeNull();
  });
});

describe('edgeInPeriod', () => {
  const edge = (over: Partial<EdgeRecord>): EdgeRecord => ({
    id: 'r', subjectId: 'a', predicate: 'ally', objectId: 'b', qualifier: null, start: null, end: null,
    documents: 1, firstSeen: '2015-06-01', lastSeen: '2015-06-01', ...over,
  });
  it('uses the tie\'s own dates first, then when it was reported', () => {
    expect(edgeInPeriod(edge({ start: '2001', end: '2003' }), { from: '2015' })).toBe(false);
    expect(edgeInPeriod(edge({ start: '2001', end: '2003' }), { from: '2002', to: '2002' })).toBe(true);
    expect(edgeInPeriod(edge({}), { from: '2015' })).toBe(true);
    expect(edgeInPeriod(edge({}), { to: '2015-05' })).toBe(false);
    expect(edgeInPeriod(edge({ firstSeen: null, lastSeen: null }), { to: '2030' })).toBe(false);
    expect(edgeInPeriod(edge({ firstSeen: null, lastSeen: null }), {})).toBe(true);
  });
});
