import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Profile } from '../graph/profile.js';
import type { SearchResults, Store, StoreStats, StoredDocument } from '../store/store.js';
import { IDS, harborCourier } from '../store/test-fixtures.js';
import { createApp } from './app.js';
import { MAX_QUERY_LENGTH } from './search-params.js';
import { HOSTILE_ID, HOSTILE_NAME, HOSTILE_TITLE, hostileArticle, openFixtureStore, type FixtureStore } from './test-fixtures.js';

let fixture: FixtureStore;
let store: SqliteStore;
let app: ReturnType<typeof createApp>;
const hostile = hostileArticle();

beforeAll(async () => {
  fixture = await openFixtureStore();
  store = fixture.store;
  app = createApp(store);
});

afterAll(async () => {
  await fixture.cleanup();
});

async function getJson<T>(path: string, status = 200): Promise<T> {
  const res = await app.request(path);
  expect(res.status, `${path} → ${res.status}`).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/u);
  return (await res.json()) as T;
}

describe('GET /api/search', () => {
  it('answers actors and documents with snippets', async () => {
    const r = await getJson<SearchResults & { query: string }>('/api/search?q=Quintero');
    expect(r.query).toBe('Quintero');
    expect(r.entities.map((h) => h.item.id)).toContain(IDS.marisol);
    expect(r.entities[0]!.item).toMatchObject({ id: IDS.marisol, type: 'Person', name: 'Marisol Quintero Vega' });
    expect(r.documents.length).toBeGreaterThanOrEqual(2);
    for (const hit of r.documents) {
      expect(hit.item).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String) }));
      expect(typeof hit.snippet).toBe('string');
    }
  });

  it('honours limit, and refuses a limit out of range', async () => {
    const r = await getJson<SearchResults>('/api/search?q=Cartel&limit=1');
    expect(r.documents).toHaveLength(1);
    for (const bad of ['0', '101', '-1', 'ten', '1.5', '99999']) {
      const e = await getJson<{ error: string }>(`/api/search?q=Cartel&limit=${bad}`, 400);
      expect(e.error).toMatch(/limit/u);
    }
  });

  it('is 400 with a message when q is missing, blank or too long', async () => {
    for (const path of ['/api/search', '/api/search?q=', '/api/search?q=%20%20%09', '/api/search?x=1']) {
      const e = await getJson<{ error: string }>(path, 400);
      expect(e.error).toMatch(/query/u);
    }
    const long = await getJson<{ error: string }>(`/api/search?q=${'a'.repeat(MAX_QUERY_LENGTH + 1)}`, 400);
    expect(long.error).toMatch(/longer than 500/u);
    // Exactly the limit is still a query (counted in characters, not UTF-16 units).
    await getJson(`/api/search?q=${'a'.repeat(MAX_QUERY_LENGTH)}`);
    await getJson(`/api/search?q=${encodeURIComponent('é'.repeat(MAX_QUERY_LENGTH))}`);
    await getJson(`/api/search?q=${encodeURIComponent('😀'.repeat(MAX_QUERY_LENGTH))}`);
  });

  it('never fails on odd input', async () => {
    const odd = ['"', '""', '*', '* OR', 'AND', 'NEAR(', 'a NOT', '-', '^', ':', '(', ')', "'; DROP TABLE documents; --",
      'col:val', '{a b}', 'a"b', '\u0000', 'Quintero\u0000Vega', '%', '\\', '~!@#$%^&*()_+', '😀', 'ñandú',
      'NEAR(a b, 3)', 'quintero*', '+Quintero', '<script>', String.raw`\x00`];
    for (const q of odd) {
      const res = await app.request(`/api/search?q=${encodeURIComponent(q)}`);
      expect(res.status, JSON.stringify(q)).toBeLessThan(500);
      expect([200, 400]).toContain(res.status);
      await res.json();
    }
    // Broken percent-encoding is taken as it comes.
    for (const raw of ['%E0%A4%A', '%ED%A0%80', '%', '%zz', '%C0%AF', 'a&q=b', 'q']) {
      const res = await app.request(`/api/search?q=${raw}`);
      expect([200, 400], raw).toContain(res.status);
    }
  });
});

describe('GET /api/entities/:id', () => {
  it('answers the profile: aliases with sources, ties with citations, events, amounts', async () => {
    const p = await getJson<Profile>(`/api/entities/${IDS.marisol}`);
    expect(p).toMatchObject({ id: IDS.marisol, name: 'Marisol Quintero Vega', type: 'Person', documents: 2 });
    expect(p.aliases.map((a) => a.name)).toEqual(expect.arrayContaining(['La Reina', 'Quintero']));
    expect(p.aliases.find((a) => a.name === 'Quintero')!.sources).toHaveLength(2);
    const leads = p.ties.find((g) => g.predicate === 'leader_of')!.ties[0]!;
    expect(leads.other.id).toBe(IDS.cartel);
    expect(leads.corroboration).toBe(2);
    expect(leads.citations).toHaveLength(2);
    expect(leads.citations[0]).toEqual(expect.objectContaining({
      documentId: expect.any(String), documentTitle: expect.any(String), sentence: expect.any(String),
      start: expect.any(Number), end: expect.any(Number), rule: expect.any(String),
    }));
    expect(p.events.map((e) => e.type).sort()).toEqual(['arrest', 'arrest', 'trial']);
    const cartel = await getJson<Profile>(`/api/entities/${IDS.cartel}`);
    expect(cartel.amounts).toEqual([expect.objectContaining({ amount: 12_000_000, currency: 'USD', kind: 'forfeiture_sought' })]);
  });

  it('is 404 with a message for an unknown, odd or absurdly long id', async () => {
    for (const id of ['ent_nobody', '%00', '..%2F..%2Fetc%2Fpasswd', encodeURIComponent('<script>'), 'x'.repeat(10_000), '%E0%A4%A']) {
      const e = await getJson<{ error: string }>(`/api/entities/${id}`, 404);
      expect(e.error).toMatch(/No actor/u);
    }
  });
});

describe('GET /api/documents/:id', () => {
  it('answers the text, metadata and sentence offsets', async () => {
    const input = harborCourier();
    const d = await getJson<StoredDocument>(`/api/documents/${input.document.id}`);
    expect(d).toMatchObject({
      id: input.document.id, title: input.document.title, outlet: 'Harbor Courier', published: '2021-03-04',
      url: 'https://example.org/harbor/la-reina', text: input.document.text,
    });
    expect(d.sentences).toEqual(input.extraction.sentences);
  });

  it('is 404 for an unknown id', async () => {
    const e = await getJson<{ error: string }>(`/api/documents/${'0'.repeat(64)}`, 404);
    expect(e.error).toMatch(/No document/u);
    await getJson(`/api/documents/${'f'.repeat(5000)}`, 404);
  });
});

describe('GET /api/stats', () => {
  it('answers the counts', async () => {
    const s = await getJson<StoreStats>('/api/stats');
    expect(s).toEqual(await store.stats());
    expect(s.documents).toBe(4);
  });
});

describe('hostile text', () => {
  it('comes back from the API as the raw characters, inside JSON strings', async () => {
    const res = await app.request(`/api/documents/${hostile.document.id}`);
    const body = await res.text();
    const d = JSON.parse(body) as StoredDocument;
    expect(d.text).toBe(hostile.document.text);
    expect(d.text).toContain('<script>alert(1)</script>');
    expect(d.title).toBe(HOSTILE_TITLE);
    // Served as JSON that a browser will not sniff into a page.
    expect(res.headers.get('content-type')).toMatch(/^application\/json/u);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/u);

    const p = await getJson<Profile>(`/api/entities/${HOSTILE_ID}`);
    expect(p.name).toBe(HOSTILE_NAME);
    expect(p.ties[0]!.ties[0]!.citations[0]!.sentence).toContain('<img src=x onerror=alert(2)>');
    const r = await getJson<SearchResults>(`/api/search?q=${encodeURIComponent('onerror')}`);
    expect(r.entities.map((h) => h.item.name)).toContain(HOSTILE_NAME);
  });
});

describe('other paths', () => {
  it('answers 404 JSON for unknown paths, and security headers everywhere', async () => {
    for (const path of ['/api', '/api/nothing', '/nothing', '/api/entities/', '/index.html', '/../package.json', '/assets/../../package.json']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(((await res.json()) as { error: string }).error).toMatch(/Nothing at/u);
    }
  });

  it('answers HEAD like GET without a body, and refuses writes', async () => {
    const head = await app.request('/api/stats', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await app.request('/api/search?q=x', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(post.status).toBe(404);
  });

  it('turns a failing store into a 500 that says nothing internal', async () => {
    const broken = createApp({ stats: () => Promise.reject(new Error('disk on fire at /secret/path')) } as unknown as Store);
    const original = console.error;
    console.error = () => {};
    try {
      const res = await broken.request('/api/stats');
      expect(res.status).toBe(500);
      const body = await res.text();
      expect(body).not.toContain('secret');
      expect(JSON.parse(body)).toEqual({ error: expect.any(String) });
    } finally {
      console.error = original;
    }
  });
});
