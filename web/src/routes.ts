/**
 * Every view has a URL that can be bookmarked and shared: the view and its state live in
 * the fragment (#/network/ID?depth=2&expand=…), so the server serves one page and a link
 * opens the same view with the same filters. parseRoute and href are inverses.
 */

export type ColourMode = 'type' | 'community';

export type Route =
  | { view: 'home' }
  | { view: 'search'; q: string; type?: string; outlet?: string; year?: string }
  | { view: 'entity'; id: string }
  | {
    view: 'network'; id?: string; depth: number; predicates: string[]; from?: string; to?: string;
    expand: string[]; path?: string; colour: ColourMode;
  }
  | { view: 'timeline'; entity?: string; types: string[]; from?: string; to?: string }
  | { view: 'ledger'; party?: string; kinds: string[]; currency?: string }
  | { view: 'doc'; id: string; s?: { start: number; end: number } };

function decode(part: string): string {
  try { return decodeURIComponent(part); } catch { return part; }
}

function list(value: string | null): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}

function opt(params: URLSearchParams, name: string): Record<string, string> {
  const v = params.get(name);
  return v === null || v === '' ? {} : { [name]: v };
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/u, '');
  const qi = raw.indexOf('?');
  const parts = (qi < 0 ? raw : raw.slice(0, qi)).split('/').filter((p) => p !== '').map(decode);
  const params = new URLSearchParams(qi < 0 ? '' : raw.slice(qi + 1));
  switch (parts[0]) {
    case 'search':
      return { view: 'search', q: params.get('q') ?? '', ...opt(params, 'type'), ...opt(params, 'outlet'), ...opt(params, 'year') };
    case 'entity':
      return parts[1] ? { view: 'entity', id: parts[1] } : { view: 'home' };
    case 'network': {
      const depth = Number(params.get('depth') ?? '1');
      return {
        view: 'network',
        ...(parts[1] ? { id: parts[1] } : {}),
        depth: depth >= 1 && depth <= 3 ? Math.floor(depth) : 1,
        predicates: list(params.get('predicates')),
        ...opt(params, 'from'), ...opt(params, 'to'),
        expand: list(params.get('expand')),
        ...opt(params, 'path'),
        colour: params.get('colour') === 'community' ? 'community' : 'type',
      };
    }
    case 'timeline':
      return { view: 'timeline', ...opt(params, 'entity'), types: list(params.get('types')), ...opt(params, 'from'), ...opt(params, 'to') };
    case 'ledger':
      return { view: 'ledger', ...opt(params, 'party'), kinds: list(params.get('kinds')), ...opt(params, 'currency') };
    case 'doc': {
      if (!parts[1]) return { view: 'home' };
      const m = /^(\d+)-(\d+)$/u.exec(params.get('s') ?? '');
      const s = m ? { start: Number(m[1]), end: Number(m[2]) } : undefined;
      return s && s.start <= s.end ? { view: 'doc', id: parts[1], s } : { view: 'doc', id: parts[1] };
    }
    default:
      return { view: 'home' };
  }
}

function query(pairs: [string, string | undefined | string[]][]): string {
  const params = new URLSearchParams();
  for (const [k, v] of pairs) {
    const value = Array.isArray(v) ? v.join(',') : v;
    if (value !== undefined && value !== '') params.set(k, value);
  }
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

export function href(route: Route): string {
  const id = (x: string) => encodeURIComponent(x);
  switch (route.view) {
    case 'home': return '#/';
    case 'search': return `#/search${query([['q', route.q], ['type', route.type], ['outlet', route.outlet], ['year', route.year]])}`;
    case 'entity': return `#/entity/${id(route.id)}`;
    case 'network': return `#/network${route.id ? `/${id(route.id)}` : ''}${query([
      ['depth', route.depth === 1 ? undefined : String(route.depth)], ['predicates', route.predicates],
      ['from', route.from], ['to', route.to], ['expand', route.expand], ['path', route.path],
      ['colour', route.colour === 'type' ? undefined : route.colour],
    ])}`;
    case 'timeline': return `#/timeline${query([['entity', route.entity], ['types', route.types], ['from', route.from], ['to', route.to]])}`;
    case 'ledger': return `#/ledger${query([['party', route.party], ['kinds', route.kinds], ['currency', route.currency]])}`;
    case 'doc': return `#/doc/${id(route.id)}${route.s ? `?s=${route.s.start}-${route.s.end}` : ''}`;
  }
}

/** Shorthands for links. */
export const entityHref = (id: string) => href({ view: 'entity', id });
export const docHref = (id: string, span?: { start: number; end: number }) => href({ view: 'doc', id, ...(span ? { s: span } : {}) });
export const networkHref = (id: string) => href({ view: 'network', id, depth: 1, predicates: [], expand: [], colour: 'type' });
export const timelineHref = (entity?: string) => href({ view: 'timeline', ...(entity ? { entity } : {}), types: [] });
export const ledgerHref = (party?: string) => href({ view: 'ledger', ...(party ? { party } : {}), kinds: [] });
export const searchHref = (q: string) => href({ view: 'search', q });
