import { describe, expect, it } from 'vitest';
import { docHref, href, parseRoute, type Route } from './routes.js';

describe('routes', () => {
  it('round-trips every view through its URL', () => {
    const routes: Route[] = [
      { view: 'home' },
      { view: 'search', q: 'El Mochomo & co', type: 'Person', year: '2017' },
      { view: 'entity', id: 'alfredo-beltran-leyva' },
      { view: 'network', id: 'a b', depth: 2, predicates: ['rival', 'ally'], from: '2008', to: '2014-06', expand: ['x', 'y'], path: 'z', colour: 'community' },
      { view: 'network', depth: 1, predicates: [], expand: [], colour: 'type' },
      { view: 'timeline', entity: 'e', types: ['sentencing'], from: '2010', to: '2020' },
      { view: 'ledger', party: 'p', kinds: ['forfeiture_ordered'], currency: 'USD' },
      { view: 'doc', id: 'abc', s: { start: 10, end: 42 } },
      { view: 'doc', id: 'abc' },
    ];
    for (const r of routes) expect(parseRoute(href(r)), href(r)).toEqual(r);
  });

  it('reads odd fragments as something sensible', () => {
    expect(parseRoute('')).toEqual({ view: 'home' });
    expect(parseRoute('#/nowhere')).toEqual({ view: 'home' });
    expect(parseRoute('#/entity/')).toEqual({ view: 'home' });
    expect(parseRoute('#/entity/%E0%A4%A')).toEqual({ view: 'entity', id: '%E0%A4%A' });
    expect(parseRoute('#/doc/x?s=9-3')).toEqual({ view: 'doc', id: 'x' });
    expect(parseRoute('#/network/x?depth=99')).toMatchObject({ depth: 1 });
    expect(docHref('d', { start: 1, end: 2 })).toBe('#/doc/d?s=1-2');
  });
});
