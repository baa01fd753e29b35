import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortestPaths } from './paths.js';
import { NET, openGraphFixture, type GraphFixture } from './test-fixtures.js';

let fx: GraphFixture;
beforeAll(async () => { fx = await openGraphFixture(); });
afterAll(async () => { await fx.cleanup(); });

describe('shortestPaths', () => {
  it('finds the shortest of two routes, with its ties and their citations', async () => {
    const p = (await shortestPaths(fx.store, { from: NET.ana, to: NET.dani }))!;
    expect(p.length).toBe(3);
    expect(p.paths).toEqual([{ nodes: [NET.ana, NET.fede, NET.caro, NET.dani], edges: expect.any(Array) }]);
    expect(p.paths[0]!.edges).toHaveLength(3);
    expect(p.relations.map((r) => r.id).sort()).toEqual([...p.paths[0]!.edges].sort());
    expect(p.relations.every((r) => r.citations.length > 0)).toBe(true);
    expect(p.nodes.map((n) => n.name).sort()).toEqual(['Ana Uno', 'Caro Tres', 'Dani Cuatro', 'Fede Seis']);
  });

  it('answers the same path read from the other end', async () => {
    const p = (await shortestPaths(fx.store, { from: NET.dani, to: NET.ana }))!;
    expect(p.paths.map((x) => x.nodes)).toEqual([[NET.dani, NET.caro, NET.fede, NET.ana]]);
  });

  it('lists every shortest path, up to the limit', async () => {
    // Ana to Beto: through the Red Group (2), or Fede and Caro (3): one shortest.
    const p = (await shortestPaths(fx.store, { from: NET.ana, to: NET.beto }))!;
    expect(p.paths.map((x) => x.nodes)).toEqual([[NET.ana, NET.red, NET.beto]]);
    // Red Group to Caro: through Beto (2) or through Ana and Fede (3).
    const q = (await shortestPaths(fx.store, { from: NET.red, to: NET.fede }))!;
    expect(q.length).toBe(2);
    expect(q.paths.map((x) => x.nodes)).toEqual([[NET.red, NET.ana, NET.fede]]);
  });

  it('respects predicate filters and the maximum length', async () => {
    const p = (await shortestPaths(fx.store, { from: NET.ana, to: NET.dani, predicates: ['associate'] }))!;
    expect(p.length).toBe(3);
    const none = (await shortestPaths(fx.store, { from: NET.ana, to: NET.dani, maxLength: 2 }))!;
    expect(none.length).toBeNull();
    expect(none.paths).toEqual([]);
  });

  it('does not join two actors through a place', async () => {
    const p = (await shortestPaths(fx.store, { from: NET.ana, to: NET.eva }))!;
    expect(p.length).toBeNull();
  });

  it('answers a path of nothing from an actor to itself, and null for unknown ids', async () => {
    expect((await shortestPaths(fx.store, { from: NET.ana, to: NET.ana }))!.length).toBe(0);
    expect(await shortestPaths(fx.store, { from: NET.ana, to: 'ent_nobody' })).toBeNull();
  });
});

describe('shortestPaths in a period', () => {
  it('uses only ties that held then', async () => {
    // Only Beto's membership was reported after 2015: Ana's side has no tie then.
    const p = (await shortestPaths(fx.store, { from: NET.ana, to: NET.beto, period: { from: '2018' } }))!;
    expect(p.length).toBeNull();
    const q = (await shortestPaths(fx.store, { from: NET.ana, to: NET.beto, period: { to: '2015-12' } }))!;
    expect(q.length).toBe(2);
  });
});
