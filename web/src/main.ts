/**
 * The workbench: a router over the URL fragment. Each view builds its DOM from API answers
 * (see dom.ts for the one rule about text); only the latest navigation may draw.
 */
import './styles.css';
import { ApiError } from './api.js';
import { h } from './dom.js';
import { parseRoute, searchHref, type Route } from './routes.js';
import { notice } from './ui.js';
import type { View } from './view.js';
import { documentView } from './views/document.js';
import { homeView } from './views/home.js';
import { ledgerView } from './views/ledger.js';
import { networkView } from './views/network.js';
import { profileView } from './views/profile.js';
import { searchView } from './views/search.js';
import { timelineView } from './views/timeline.js';

const main = document.getElementById('main')!;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('q') as HTMLInputElement;

let current: { route: Route; view: View } | null = null;
let seq = 0;

function render(route: Route): Promise<View> {
  switch (route.view) {
    case 'search': return searchView(route);
    case 'entity': return profileView(route);
    case 'network': return networkView(route);
    case 'timeline': return timelineView(route);
    case 'ledger': return ledgerView(route);
    case 'doc': return documentView(route);
    default: return homeView();
  }
}

function markTab(route: Route): void {
  const tab = route.view === 'entity' || route.view === 'doc' ? null : route.view;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav.tabs a')) {
    if (a.dataset.tab === tab) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (route.view === 'search') input.value = route.q;
}

async function route(): Promise<void> {
  const r = parseRoute(location.hash);
  markTab(r);
  if (current && current.route.view === r.view && current.view.update?.(r)) {
    current.route = r;
    return;
  }
  const mine = ++seq;
  main.setAttribute('aria-busy', 'true');
  const loading = setTimeout(() => { if (mine === seq) main.replaceChildren(h('p', { class: 'loading' }, 'Loading…')); }, 150);
  let view: View;
  try {
    view = await render(r);
  } catch (err) {
    const message = err instanceof ApiError && err.status < 500 ? err.message : `Something went wrong: ${(err as Error).message}`;
    view = { node: h('div', { class: 'page' }, notice(message, 'error')), title: 'nexo' };
  }
  clearTimeout(loading);
  if (mine !== seq) {
    view.destroy?.();
    return;
  }
  current?.view.destroy?.();
  current = { route: r, view };
  main.replaceChildren(view.node);
  main.removeAttribute('aria-busy');
  document.title = view.title === 'nexo' ? 'nexo' : `${view.title} — nexo`;
  document.body.dataset.view = r.view;
  if (r.view !== 'doc') window.scrollTo(0, 0);
  view.mounted?.();
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = input.value.trim();
  if (q === '') return;
  const target = searchHref(q);
  // The same search again should search again, not silently do nothing.
  if (location.hash === target) void route(); else location.hash = target;
});

document.addEventListener('keydown', (ev) => {
  const tag = (ev.target as HTMLElement | null)?.tagName;
  if (ev.key === '/' && tag !== 'INPUT' && tag !== 'TEXTAREA' && tag !== 'SELECT' && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
    ev.preventDefault();
    input.focus();
    input.select();
  }
});

window.addEventListener('hashchange', () => void route());
void route();
