/**
 * The page script run against a DOM (linkedom), with fetch answered by the real app over a
 * real store. Not a browser test — no layout, no CSP enforcement — but it does show that
 * every view builds, that links and highlights land where they should, and that hostile
 * text ends up as text: no element, attribute or handler of its making appears.
 */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS, harborCourier } from '../store/test-fixtures.js';
import { createApp } from './app.js';
import { PAGE_HTML } from './page.js';
import { PAGE_SCRIPT } from './page-script.js';
import { HOSTILE_ID, HOSTILE_NAME, HOSTILE_TITLE, hostileArticle, openFixtureStore, type FixtureStore } from './test-fixtures.js';

type Doc = ReturnType<typeof parseHTML>['document'];

let fixture: FixtureStore;
let document: Doc;
let navigate: (hash: string) => Promise<void>;
let scrolledTo: unknown[];

/** Loads the page into a fresh DOM and runs its script with the globals it uses. */
function load(app: ReturnType<typeof createApp>): void {
  const dom = parseHTML(PAGE_HTML);
  document = dom.document;
  scrolledTo = [];
  const proto = dom.window.HTMLElement.prototype as unknown as Record<string, unknown>;
  proto.scrollIntoView = function scrollIntoView(this: unknown) { scrolledTo.push(this); };
  proto.focus = () => {};
  const location = { hash: '' };
  const listeners: Record<string, (() => void)[]> = {};
  const window = {
    addEventListener: (type: string, fn: () => void) => (listeners[type] ??= []).push(fn),
    scrollTo: () => {},
  };
  const fetch = (path: string) => app.request(path);
  const run = new Function('window', 'document', 'location', 'history', 'fetch', 'Node', 'requestAnimationFrame', PAGE_SCRIPT);
  run(window, document, location, { back: () => {} }, fetch, dom.window.Node, (fn: () => void) => fn());

  navigate = async (hash: string) => {
    location.hash = hash;
    for (const fn of listeners.hashchange ?? []) fn();
    await settled();
  };
}

/** The router clears aria-busy on <main> once the view is drawn. */
async function settled(): Promise<void> {
  const main = document.getElementById('main')!;
  for (let i = 0; i < 200 && main.hasAttribute('aria-busy'); i++) await new Promise((r) => setTimeout(r, 5));
  expect(main.hasAttribute('aria-busy')).toBe(false);
}

const main = () => document.getElementById('main')!;
const texts = (selector: string) => [...main().querySelectorAll(selector)].map((e) => e.textContent ?? '');
const hrefs = () => [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');

/** Nothing in the page came from data as markup: no element or handler beyond the page's own. */
function expectNoInjectedMarkup(): void {
  expect(document.querySelectorAll('script')).toHaveLength(1);
  expect(document.querySelectorAll('img, iframe, object, embed, b, i, style + style')).toHaveLength(0);
  for (const el of document.querySelectorAll('*')) {
    for (const name of el.getAttributeNames()) expect(name.startsWith('on'), `${el.tagName} ${name}`).toBe(false);
  }
  for (const href of hrefs()) expect(href).toMatch(/^(#|https?:)/u);
}

beforeAll(async () => {
  fixture = await openFixtureStore();
  load(createApp(fixture.store));
  await settled();
});

afterAll(async () => {
  await fixture.cleanup();
});

describe('the page script', () => {
  it('draws the home view with the counts', async () => {
    await navigate('');
    expect(texts('h1')).toEqual(['Who is tied to whom, and who says so']);
    expect(texts('.stat b')[0]).toBe('4');
    expect(document.getElementById('stats')!.textContent).toMatch(/^4 documents · /u);
  });

  it('draws search results grouped into actors and documents, with bookmarkable links', async () => {
    await navigate('#/search?q=Quintero');
    expect(texts('h2')).toEqual([expect.stringMatching(/^Actors/u), expect.stringMatching(/^Documents/u)]);
    expect(texts('.hit-title')).toContain('Marisol Quintero Vega');
    expect(hrefs()).toContain(`#/entity/${IDS.marisol}`);
    expect(hrefs()).toContain(`#/doc/${harborCourier().document.id}`);
    expect(texts('.snippet mark').map((t) => t.toLowerCase())).toContain('quintero');
    expect((document.getElementById('q') as unknown as { value: string }).value).toBe('Quintero');
  });

  it('draws a profile: aliases, relations by predicate with citations, dated events, money', async () => {
    await navigate(`#/entity/${IDS.marisol}`);
    expect(texts('h1')[0]).toContain('Marisol Quintero Vega');
    expect(texts('.alias').join(' ')).toContain('La Reina');
    expect(texts('h3')).toEqual(expect.arrayContaining(['Leader of', 'Represented by']));
    expect(texts('.citation q')).toContain('Marisol Quintero Vega, known as "La Reina," leads the Costa Azul Cartel.');
    const input = harborCourier();
    const leads = input.extraction.relations[0]!.evidence;
    expect(hrefs()).toContain(`#/doc/${input.document.id}?s=${leads.start}-${leads.end}`);
    expect(texts('.when')).toContain('2 Mar 2021');

    await navigate(`#/entity/${IDS.cartel}`);
    expect(texts('.figure')).toEqual(['$12,000,000']);
  });

  it('opens a citation with its sentence highlighted and scrolled into view', async () => {
    const input = harborCourier();
    const { start, end } = input.extraction.relations[0]!.evidence;
    await navigate(`#/doc/${input.document.id}?s=${start}-${end}`);
    expect(texts('.cited-sentence')).toEqual(['Marisol Quintero Vega, known as "La Reina," leads the Costa Azul Cartel.']);
    expect(texts('.cited-sentence mark')).toEqual(['leads the Costa Azul Cartel']);
    expect(main().querySelector('.doc-text')!.textContent).toBe(input.document.text);
    expect(scrolledTo).toContain(main().querySelector('.cited-sentence'));
  });

  it('shows a document whole when the cited range is not in it', async () => {
    const input = harborCourier();
    await navigate(`#/doc/${input.document.id}?s=5-999999`);
    expect(main().querySelector('.cited-sentence')).toBeNull();
    expect(main().querySelector('.doc-text')!.textContent).toBe(input.document.text);
    expect(texts('.notice').join('')).toMatch(/not in this document/u);
  });

  it('says so when an actor does not exist', async () => {
    await navigate('#/entity/ent_nobody');
    expect(texts('.notice.error')).toEqual(['No actor with this id.']);
  });
});

describe('hostile text in the page', () => {
  it('shows a hostile actor name as characters', async () => {
    await navigate(`#/entity/${HOSTILE_ID}`);
    expect(texts('h1')[0]!.startsWith(HOSTILE_NAME)).toBe(true);
    expect(texts('.citation q')[0]).toContain('<script>alert(1)</script>');
    expectNoInjectedMarkup();
  });

  it('shows a hostile document as characters, without its javascript: URL as a link', async () => {
    const hostile = hostileArticle();
    const { start, end } = hostile.extraction.relations[0]!.evidence;
    await navigate(`#/doc/${hostile.document.id}?s=${start}-${end}`);
    expect(texts('h1')).toEqual([HOSTILE_TITLE]);
    expect(main().querySelector('.doc-text')!.textContent).toBe(hostile.document.text);
    expect(texts('.cited-sentence mark')).toEqual(['met <img']);
    expect(texts('.hit-meta')[0]).toBe('Hostile <i>Times</i> · 1 Jan 2022');
    expectNoInjectedMarkup();
  });

  it('shows hostile search results and a hostile query as characters', async () => {
    await navigate(`#/search?q=${encodeURIComponent(HOSTILE_NAME)}`);
    expect(texts('.hit-title')).toContain(HOSTILE_NAME);
    expectNoInjectedMarkup();
  });
});
