import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS } from '../store/test-fixtures.js';
import { search } from './search.js';
import { openGraphFixture, type GraphFixture } from './test-fixtures.js';

let fx: GraphFixture;
beforeAll(async () => { fx = await openGraphFixture(); });
afterAll(async () => { await fx.cleanup(); });

describe('search', () => {
  it('answers actors and documents with facets by type, outlet and year', async () => {
    const r = await search(fx.store, { q: 'Quintero', limit: 20 });
    expect(r.entities.map((h) => h.item.id)).toEqual([IDS.marisol]);
    expect(r.documents).toHaveLength(2);
    expect(r.facets.type).toEqual([{ value: 'Person', count: 1 }]);
    expect(r.facets.outlet).toEqual([{ value: 'Harbor Courier', count: 1 }, { value: 'Valley Post', count: 1 }]);
    expect(r.facets.year).toEqual([{ value: '2021', count: 2 }]);
  });

  it('filters by the chosen facets but keeps the query\'s counts', async () => {
    const all = await search(fx.store, { q: 'Red Group', limit: 20 });
    expect(all.facets.year.map((f) => f.value)).toEqual(['2020', '2015']);
    const r = await search(fx.store, { q: 'Red Group', limit: 20, year: '2020' });
    expect(r.documents.map((h) => h.item.title)).toEqual(['Still there']);
    expect(r.facets).toEqual(all.facets);
    expect((await search(fx.store, { q: 'Red Group', limit: 20, outlet: 'Lima Wire' })).documents).toHaveLength(1);
    expect((await search(fx.store, { q: 'Group', limit: 20, type: 'Person' })).entities).toEqual([]);
    expect((await search(fx.store, { q: 'Group', limit: 20, type: 'Organization' })).entities.length).toBeGreaterThan(0);
  });

  it('limits each list, and survives query syntax errors', async () => {
    expect((await search(fx.store, { q: 'Red Group', limit: 1 })).documents).toHaveLength(1);
    for (const q of ['"', 'AND', 'NEAR(', '*', 'a:b']) await expect(search(fx.store, { q, limit: 5 })).resolves.toBeDefined();
  });
});
