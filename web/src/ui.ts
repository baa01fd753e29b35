/** Pieces every view uses: type badges, actor links, citations, notices. */
import type { Citation, EntitySummary } from './api.js';
import { h, type Child } from './dom.js';
import { plural } from './format.js';
import { docHref, entityHref } from './routes.js';
import { typeClass, typeLabel } from './theme.js';

export function badge(type: string): HTMLElement {
  return h('span', { class: `badge ${typeClass(type)}` }, typeLabel(type));
}

/** A small coloured dot for a type, for dense lists. */
export function dot(type: string): HTMLElement {
  return h('span', { class: `dot ${typeClass(type)}`, 'aria-hidden': 'true' });
}

export function entityLink(e: Pick<EntitySummary, 'id' | 'name' | 'type'>): HTMLElement {
  return h('a', { class: `entity ${typeClass(e.type)}`, href: entityHref(e.id) }, e.name);
}

export function notice(message: string, kind: 'info' | 'error' = 'info'): HTMLElement {
  return h('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
}

export function sources(n: number): HTMLElement {
  return h('span', { class: `sources${n > 1 ? ' corroborated' : ''}`, title: 'Distinct documents that state it' }, plural(n, 'source', 'sources'));
}

/** The quoted sentence, then where it was printed; the link opens the document there. */
export function citationList(citations: Citation[]): HTMLElement | null {
  if (citations.length === 0) return null;
  return h('ul', { class: 'citations' }, citations.map((c) =>
    h('li', { class: 'citation' },
      h('a', { href: docHref(c.documentId, { start: c.start, end: c.end }), title: `Open the document at this sentence (rule ${c.rule})` },
        h('q', null, c.sentence),
        h('span', { class: 'source' }, c.documentTitle ?? 'Untitled document')))));
}

/** Citations folded away behind "Evidence (n)", so long profiles stay scannable. */
export function evidence(citations: Citation[], open = false): HTMLElement | null {
  if (citations.length === 0) return null;
  return h('details', { class: 'evidence', ...(open ? { open: true } : {}) },
    h('summary', null, `Evidence (${citations.length})`),
    citationList(citations));
}

export function section(title: string, count: number | null, ...children: Child[]): HTMLElement {
  return h('section', { class: 'section' },
    h('h2', null, title, count === null ? null : h('span', { class: 'count' }, String(count))),
    ...children);
}

export function empty(message: string): HTMLElement {
  return h('p', { class: 'muted' }, message);
}
