/** Search: one box; actors and documents side by side; facets by type, outlet and year. */
import { api, type SearchAnswer } from '../api.js';
import { h, type Child } from '../dom.js';
import { formatDate, plural } from '../format.js';
import { docHref, entityHref, href, type Route } from '../routes.js';
import { typeLabel } from '../theme.js';
import { badge, notice } from '../ui.js';
import type { View } from '../view.js';

type SearchRoute = Extract<Route, { view: 'search' }>;

/** Marks the query's words in a plain-text snippet, as text nodes and <mark>s. */
export function marked(snippet: string, query: string): Child[] {
  const terms = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 1);
  const out: Child[] = [];
  const lower = snippet.toLowerCase();
  let i = 0;
  while (i < snippet.length && terms.length > 0) {
    let best = -1;
    let len = 0;
    for (const t of terms) {
      const at = lower.indexOf(t, i);
      if (at >= 0 && (best < 0 || at < best)) { best = at; len = t.length; }
    }
    if (best < 0) break;
    out.push(snippet.slice(i, best), h('mark', null, snippet.slice(best, best + len)));
    i = best + len;
  }
  out.push(snippet.slice(i));
  return out;
}

function facetGroup(title: string, key: 'type' | 'outlet' | 'year', values: { value: string; count: number }[], route: SearchRoute): HTMLElement | null {
  if (values.length === 0) return null;
  const chosen = route[key];
  return h('div', { class: 'facet' },
    h('h3', null, title),
    h('ul', null, values.map((v) => {
      const on = chosen === v.value;
      const next: SearchRoute = { ...route };
      if (on) delete next[key]; else next[key] = v.value;
      return h('li', null, h('a', { href: href(next), class: on ? 'facet-value on' : 'facet-value', 'aria-pressed': on ? 'true' : 'false' },
        h('span', null, key === 'type' ? typeLabel(v.value) : v.value), h('span', { class: 'n' }, String(v.count))));
    })));
}

function results(r: SearchAnswer, route: SearchRoute): HTMLElement {
  const actors = r.entities.map(({ item: e, snippet }) => h('li', { class: 'hit' },
    h('a', { href: entityHref(e.id) },
      h('span', { class: 'hit-title' }, e.name), badge(e.type),
      h('div', { class: 'hit-meta' }, plural(e.documents, 'document', 'documents'),
        snippet && snippet !== e.name ? ` · also called “${snippet}”` : null))));
  const docs = r.documents.map(({ item: d, snippet }) => h('li', { class: 'hit doc-hit' },
    h('a', { href: docHref(d.id) },
      h('span', { class: 'hit-title' }, d.title ?? d.uri),
      h('div', { class: 'hit-meta' }, [d.outlet, formatDate(d.published)].filter(Boolean).join(' · ')),
      h('div', { class: 'snippet' }, marked(snippet, r.query)))));
  return h('div', { class: 'search-layout' },
    h('aside', { class: 'facets', 'aria-label': 'Refine' },
      facetGroup('Actor type', 'type', r.facets.type, route),
      facetGroup('Outlet', 'outlet', r.facets.outlet, route),
      facetGroup('Year', 'year', r.facets.year, route)),
    h('div', { class: 'results' },
      h('section', { class: 'section', 'aria-label': 'Actors' },
        h('h2', null, 'Actors', h('span', { class: 'count' }, String(actors.length))),
        actors.length ? h('ul', { class: 'hits' }, actors) : h('p', { class: 'muted' }, 'No actor matches.')),
      h('section', { class: 'section', 'aria-label': 'Documents' },
        h('h2', null, 'Documents', h('span', { class: 'count' }, String(docs.length))),
        docs.length ? h('ul', { class: 'hits' }, docs) : h('p', { class: 'muted' }, 'No document matches.'))));
}

export async function searchView(route: SearchRoute): Promise<View> {
  if (route.q.trim() === '') {
    return { node: h('div', { class: 'page' }, notice('Type a name, a nickname or a few words in the box above.')), title: 'Search' };
  }
  const r = await api.search(route.q, { type: route.type, outlet: route.outlet, year: route.year });
  return {
    node: h('div', { class: 'page' }, h('p', { class: 'kicker' }, `Results for “${route.q}”`), results(r, route)),
    title: route.q,
  };
}
