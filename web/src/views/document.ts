/**
 * The reader: the document's text with its mentions highlighted by type and linked to
 * profiles, the facts it states beside it. A citation link (?s=start-end) highlights its
 * sentence and scrolls to it; following another citation of the same document moves the
 * highlight without fetching the document again.
 */
import { api, type Citation, type DocumentView } from '../api.js';
import { h } from '../dom.js';
import { formatDate, formatMoney, predicatePhrase, words } from '../format.js';
import { docHref, type Route } from '../routes.js';
import { renderText, type Span } from '../text-render.js';
import { ENTITY_TYPES, typeClass, typeLabel } from '../theme.js';
import { entityLink, notice, sources } from '../ui.js';
import type { View } from '../view.js';

type DocRoute = Extract<Route, { view: 'doc' }>;

function here(doc: DocumentView, citations: Citation[]): Citation | undefined {
  return citations.find((c) => c.documentId === doc.id);
}

/** "¶" links to where this document states the fact. */
function sentenceLink(doc: DocumentView, citations: Citation[]): HTMLElement | null {
  const c = here(doc, citations);
  if (!c) return null;
  return h('a', { class: 'to-sentence', href: docHref(doc.id, { start: c.start, end: c.end }), title: 'Show the sentence in the text' }, 'Show in text');
}

function factsPanel(doc: DocumentView): HTMLElement {
  const corroborated = (citations: Citation[]) => sources(new Set(citations.map((c) => c.documentId)).size);
  const relations = doc.relations.map((r) => h('li', { class: 'fact' },
    h('div', { class: 'fact-line' }, entityLink(r.subject), h('span', { class: 'pred' }, predicatePhrase(r.predicate)), entityLink(r.object)),
    h('div', { class: 'fact-foot' }, corroborated(r.citations), sentenceLink(doc, r.citations))));
  const events = doc.events.map((e) => h('li', { class: 'fact' },
    h('div', { class: 'fact-line' }, h('span', { class: `badge ev-${e.type}` }, words(e.type)), entityLink(e.subject),
      formatDate(e.date, e.precision) ? h('span', { class: 'fact-note' }, formatDate(e.date, e.precision)) : null),
    e.detail ? h('div', { class: 'detail' }, e.detail) : null,
    h('div', { class: 'fact-foot' }, corroborated(e.citations), sentenceLink(doc, e.citations))));
  const amounts = doc.amounts.map((a) => h('li', { class: 'fact' },
    h('div', { class: 'fact-line' }, h('span', { class: 'figure small-figure' }, formatMoney(a.amount, a.currency)),
      h('span', { class: 'badge kind' }, words(a.kind)), a.party ? entityLink(a.party) : null),
    h('div', { class: 'fact-foot' }, corroborated(a.citations), sentenceLink(doc, a.citations))));
  const group = (title: string, items: HTMLElement[]) => items.length === 0 ? null
    : h('div', { class: 'fact-group' }, h('h3', null, title, h('span', { class: 'count' }, String(items.length))), h('ul', { class: 'facts' }, items));
  const total = relations.length + events.length + amounts.length;
  return h('aside', { class: 'doc-facts', 'aria-label': 'Facts stated here' },
    h('h2', null, 'Facts stated here'),
    total === 0 ? h('p', { class: 'muted' }, 'nexo read no tie, event or sum of money in this text.') : null,
    group('Ties', relations), group('Events', events), group('Money', amounts));
}

function legend(doc: DocumentView): HTMLElement {
  const present = new Set(doc.mentions.map((m) => m.entity.type));
  return h('div', { class: 'legend', 'aria-label': 'Highlight colours' },
    ENTITY_TYPES.filter((t) => present.has(t)).map((t) => h('span', { class: `legend-item mention ${typeClass(t)}` }, typeLabel(t))));
}

function validSpan(doc: DocumentView, s: DocRoute['s']): Span | null {
  return s && s.end <= doc.text.length ? s : null;
}

export async function documentView(route: DocRoute): Promise<View> {
  const doc = await api.document(route.id);
  const meta = [doc.outlet, formatDate(doc.published)].filter(Boolean).join(' · ');
  const textSlot = h('div', { class: 'text-slot' });
  let target: HTMLElement | null = null;

  function showText(s: DocRoute['s']): void {
    const span = validSpan(doc, s);
    const rendered = renderText(doc.text, doc.mentions, doc.sentences, span);
    target = rendered.target;
    textSlot.replaceChildren(
      ...(s && !span ? [notice('The cited passage is not in this document; showing the whole text.')] : []),
      rendered.body);
  }
  function scrollToTarget(): void {
    if (!target) return;
    const t = target;
    requestAnimationFrame(() => {
      t.scrollIntoView({ block: 'center' });
      t.focus({ preventScroll: true });
    });
  }
  showText(route.s);

  const node = h('div', { class: 'page reader-layout' },
    h('article', { class: 'reader' },
      h('button', { type: 'button', class: 'back', onclick: () => history.back() }, '← Back'),
      h('h1', null, doc.title ?? 'Untitled document'),
      h('div', { class: 'reader-meta' }, meta,
        doc.url && doc.url.startsWith('http') ? [meta ? ' · ' : null, h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, 'Original')] : null),
      legend(doc),
      textSlot,
      h('p', { class: 'source-uri' }, doc.uri)),
    factsPanel(doc));

  return {
    node,
    title: doc.title ?? 'Untitled document',
    mounted: scrollToTarget,
    update(next) {
      if (next.view !== 'doc' || next.id !== doc.id) return false;
      showText(next.s);
      scrollToTarget();
      return true;
    },
  };
}
