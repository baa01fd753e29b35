/** The front page: what nexo holds, and where to start. */
import { api } from '../api.js';
import { h } from '../dom.js';
import { ledgerHref, timelineHref } from '../routes.js';
import type { View } from '../view.js';

export async function homeView(): Promise<View> {
  const stats = await api.stats();
  const n = (x: number) => new Intl.NumberFormat('en-US').format(x);
  const items: [number, string][] = [
    [stats.documents, 'documents'], [stats.entities, 'actors and places'], [stats.relations, 'ties'],
    [stats.events, 'dated events'], [stats.amounts, 'sums of money'],
  ];
  const node = h('section', { class: 'page home' },
    h('h1', null, 'Who is tied to whom, and who says so'),
    h('p', { class: 'lede' }, 'Search the people, organisations and places named in the reporting. Every tie, event and sum of money links back to the sentence that states it.'),
    h('div', { class: 'stat-grid' }, items.map(([value, label]) => h('div', { class: 'stat' }, h('b', null, n(value)), h('span', null, label)))),
    h('div', { class: 'start-here' },
      h('a', { class: 'start-card', href: timelineHref() }, h('b', null, 'Timeline'), h('span', null, 'Arrests, extraditions, pleas and sentences, in order.')),
      h('a', { class: 'start-card', href: ledgerHref() }, h('b', null, 'Ledger'), h('span', null, 'Forfeitures, proceeds and settlements, by party.')),
      h('div', { class: 'start-card tip' }, h('b', null, 'Tip'), h('span', null, 'Press / anywhere to search. Every view’s address can be bookmarked and shared.'))));
  return { node, title: 'nexo' };
}
