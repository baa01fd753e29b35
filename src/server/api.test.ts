/**
 * The workbench's API beyond search and profile: neighbourhood, paths, timeline, ledger,
 * documents with facts, the description, the judgment and contradiction seams, the write
 * guard, and the built UI's files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JudgmentInput, JudgmentLog, RecordedJudgment } from '../graph/judgments.js';
import { JudgmentRefused } from '../graph/judgments.js';
import { IDS, harborCourier } from '../store/test-fixtures.js';
import { PAGE_CSP, createApp } from './app.js';
import { OPENAPI } from './openapi.js';
import { openFixtureStore, type FixtureStore } from './test-fixtures.js';

let fixture: FixtureStore;
let app: ReturnType<typeof createApp>;
let webRoot: string;

beforeAll(async () => {
  fixture = await openFixtureStore();
  webRoot = mkdtempSync(join(tmpdir(), 'nexo-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>nexo</title><script type="module" src="/assets/app-abc123.js"></script>');
  writeFileSync(join(webRoot, 'assets', 'app-abc123.js'), 'console.log(1)');
  writeFileSync(join(webRoot, 'assets', 'app-abc123.js.map'), '{}');
  app = createApp(fixture.store, { webRoot });
});

afterAll(async () => {
  await fixture.cleanup();
  rmSync(webRoot, { recursive: true, force: true });
});

async function json<T = Record<string, unknown>>(path: string, status = 200, init?: RequestInit, on = app): Promise<T> {
  const res = await on.request(path, init);
  expect(res.status, `${path} → ${res.status}`).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/u);
  return (await res.json()) as T;
}

describe('GET /api/entities/:id/neighbourhood', () => {
  it('answers nodes and edges, deeper on request', async () => {
    const n = await json<{ nodes: { id: string; degree: number }[]; edges: unknown[] }>(`/api/entities/${IDS.marisol}/neighbourhood`);
    expect(n.nodes.map((x) => x.id).sort()).toEqual([IDS.cartel, IDS.ibarra, IDS.marisol].sort());
    const deeper = await json<{ nodes: { id: string }[] }>(`/api/entities/${IDS.marisol}/neighbourhood?depth=2&predicates=leader_of,rival`);
    expect(deeper.nodes.map((x) => x.id).sort()).toEqual([IDS.cartel, IDS.marisol, IDS.sierra].sort());
  });

  it('is 400 for bad parameters and 404 for an unknown actor', async () => {
    for (const qs of ['depth=9', 'depth=x', 'predicates=boss', 'from=yesterday', 'from=2020&to=2019', 'limit=0']) {
      const e = await json<{ error: string }>(`/api/entities/${IDS.marisol}/neighbourhood?${qs}`, 400);
      expect(e.error.length, qs).toBeGreaterThan(10);
    }
    await json(`/api/entities/ent_nobody/neighbourhood`, 404);
  });
});

describe('GET /api/paths', () => {
  it('answers the shortest path with its ties', async () => {
    const p = await json<{ length: number; paths: { nodes: string[] }[]; relations: { citations: unknown[] }[] }>(
      `/api/paths?from=${IDS.ibarra}&to=${IDS.sierra}`);
    expect(p.length).toBe(3);
    expect(p.paths[0]!.nodes).toEqual([IDS.ibarra, IDS.marisol, IDS.cartel, IDS.sierra]);
    expect(p.relations).toHaveLength(3);
  });

  it('is 400 without both ends, 404 for an unknown one', async () => {
    expect((await json<{ error: string }>(`/api/paths?from=${IDS.ibarra}`, 400)).error).toMatch(/Give to/u);
    await json(`/api/paths?from=${IDS.ibarra}&to=ent_nobody`, 404);
    await json(`/api/paths?from=${IDS.ibarra}&to=${IDS.sierra}&maxLength=60`, 400);
  });
});

describe('GET /api/timeline and /api/ledger', () => {
  it('answers events by actor, type and period', async () => {
    const t = await json<{ events: { type: string }[] }>(`/api/timeline?entity=${IDS.marisol}&types=arrest`);
    expect(t.events.map((e) => e.type)).toEqual(['arrest', 'arrest']);
    expect((await json<{ events: unknown[] }>('/api/timeline?from=2021-03&to=2021-03')).events).toHaveLength(1);
    await json('/api/timeline?types=party', 400);
    await json('/api/timeline?from=2021-02-30', 400);
  });

  it('answers amounts with totals, by party', async () => {
    const l = await json<{ totals: { total: number }[] }>(`/api/ledger?party=${IDS.cartel}`);
    expect(l.totals.map((t) => t.total)).toEqual([12_000_000]);
    await json('/api/ledger?kinds=bribes', 400);
    await json('/api/ledger?currency=dollars', 400);
  });
});

describe('GET /api/documents/:id', () => {
  it('answers the text with its mentions and facts', async () => {
    const d = await json<{ text: string; mentions: { text: string; entity: { id: string } }[]; relations: unknown[]; amounts: unknown[] }>(
      `/api/documents/${harborCourier().document.id}`);
    expect(d.mentions[0]).toMatchObject({ text: 'Marisol Quintero Vega', entity: { id: IDS.marisol } });
    expect(d.relations).toHaveLength(2);
    expect(d.amounts).toHaveLength(1);
  });
});

describe('GET /api/openapi.json', () => {
  it('describes every route', async () => {
    const doc = await json<typeof OPENAPI>('/api/openapi.json');
    expect(doc.openapi).toMatch(/^3\./u);
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/contradictions', '/api/documents/{id}', '/api/entities/{id}', '/api/entities/{id}/neighbourhood', '/api/judgments',
      '/api/ledger', '/api/paths', '/api/search', '/api/stats', '/api/timeline',
    ]);
  });
});

describe('judgments and contradictions from the store', () => {
  // A store of its own: a merge re-resolves it, and the other tests read the fixture as built.
  let own: FixtureStore;
  let a: ReturnType<typeof createApp>;
  beforeAll(async () => {
    own = await openFixtureStore();
    a = createApp(own.store, { webRoot });
  });
  afterAll(async () => { await own.cleanup(); });

  const merge = { action: 'merge', entityId: IDS.marisol, otherEntityId: IDS.judge, author: 'Ana', note: 'same woman' };
  const post = (body: unknown, headers: Record<string, string> = {}) => ({
    method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers },
  });

  it('checks a judgment, records it in the log nexo judgments reads, and lists it for the actor', async () => {
    expect((await json<{ error: string }>('/api/judgments', 400, post({ ...merge, action: 'delete' }), a)).error).toMatch(/action/u);
    expect((await json<{ error: string }>('/api/judgments', 400, post('{not json'), a)).error).toMatch(/not valid JSON/u);
    await json('/api/judgments', 413, post({ ...merge, note: 'x'.repeat(20_000) }), a);
    expect(await json('/api/judgments', 201, post(merge), a)).toMatchObject({ id: 'j1', action: 'merge', author: 'Ana', note: 'same woman' });
    const log = await own.store.judgments();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: 'merge', author: 'Ana', reason: 'same woman' });
    expect(await json(`/api/judgments?entity=${IDS.marisol}`, 200, undefined, a)).toMatchObject({ available: true, judgments: [{ id: 'j1', action: 'merge' }] });
  });

  it('answers 409 with the reason when a judgment cannot apply', async () => {
    const res = await a.request('/api/judgments', post({ ...merge, entityId: 'ent_nobody' }));
    expect(res.status).toBe(409);
    expect(JSON.stringify(await res.json())).toMatch(/no entity with id/u);
  });

  it('checks contradictions among the facts asked about', async () => {
    expect(await json(`/api/contradictions?facts=a,b`, 200, undefined, a)).toMatchObject({ available: true, contradictions: [] });
    await json('/api/contradictions', 400, undefined, a);
    await json('/api/judgments', 400, undefined, a);
  });

  it('refuses writes that are not JSON, or come from another site', async () => {
    await json('/api/judgments', 415, { method: 'POST', body: JSON.stringify(merge), headers: { 'content-type': 'text/plain' } }, a);
    await json('/api/judgments', 415, { method: 'POST', body: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, a);
    await json('/api/judgments', 403, post(merge, { origin: 'https://evil.example' }), a);
    await json('/api/judgments', 403, post(merge, { origin: 'null' }), a);
    // The page's own origin passes (the test request's host is localhost); the actor is already merged.
    await json('/api/judgments', 409, post(merge, { origin: 'http://localhost' }), a);
  });
});

describe('judgments and contradictions, once wired', () => {
  const recorded: JudgmentInput[] = [];
  const log: JudgmentLog = {
    async record(j) {
      if (j.entityId === 'ent_nobody') throw new JudgmentRefused('No actor ent_nobody.');
      recorded.push(j);
      return { ...j, id: `j${recorded.length}`, at: '2026-01-01T00:00:00Z' } as RecordedJudgment;
    },
    async forEntity(id) {
      return recorded.filter((j) => j.entityId === id).map((j, i) => ({ ...j, id: `j${i}`, at: 'now' }) as RecordedJudgment);
    },
  };
  const wired = () => createApp(fixture.store, {
    webRoot, judgments: log, token: 's3cret',
    contradictions: { forFacts: async (ids) => ids.map((factId) => ({ factKind: 'event' as const, factId, field: 'date', values: [] })) },
  });
  const judgment = { action: 'split', entityId: IDS.marisol, alias: 'La Reina', author: 'Ana' };
  const body = (token?: string) => ({
    method: 'POST', body: JSON.stringify(judgment),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });

  it('records a judgment only with the token', async () => {
    const a = wired();
    const refused = await a.request('/api/judgments', body());
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/Bearer/u);
    expect((await a.request('/api/judgments', body('wrong'))).status).toBe(401);
    expect(recorded).toEqual([]);
    expect(await json('/api/judgments', 201, body('s3cret'), a)).toMatchObject({ id: 'j1', action: 'split' });
    expect(recorded).toEqual([judgment]);
    expect(await json(`/api/judgments?entity=${IDS.marisol}`, 200, undefined, a)).toMatchObject({ available: true, judgments: [judgment] });
    // Reads stay open.
    await json('/api/stats', 200, undefined, a);
  });

  it('answers 409 when the judgment cannot apply', async () => {
    const a = wired();
    const res = await a.request('/api/judgments', { ...body('s3cret'), body: JSON.stringify({ ...judgment, entityId: 'ent_nobody' }) });
    expect(res.status).toBe(409);
  });

  it('flags contradictions in profiles', async () => {
    const p = await json<{ contradictionsChecked: boolean; events: { contradictions: unknown[] }[] }>(`/api/entities/${IDS.marisol}`, 200, undefined, wired());
    expect(p.contradictionsChecked).toBe(true);
    expect(p.events[0]!.contradictions).toHaveLength(1);
  });
});

describe('the built UI', () => {
  it('serves the page at / with its policy, and hashed assets as immutable', async () => {
    const page = await app.request('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/u);
    expect(page.headers.get('content-security-policy')).toBe(PAGE_CSP);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = await app.request('/assets/app-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/u);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/u);
    expect(await asset.text()).toBe('console.log(1)');
    // Source maps are not served, nor anything outside the folder.
    for (const path of ['/assets/app-abc123.js.map', '/assets/%2e%2e/index.html', '/assets/../../../etc/passwd']) {
      expect((await app.request(path)).status, path).toBe(404);
    }
  });

  it('has a policy that runs only files of its own: no inline script or style, no eval', () => {
    expect(PAGE_CSP).toMatch(/default-src 'none'/u);
    expect(PAGE_CSP).toMatch(/script-src 'self'(;|$)/u);
    expect(PAGE_CSP).not.toMatch(/unsafe-inline|unsafe-eval/u);
  });

  it('says how to build the UI when it is missing', async () => {
    const bare = createApp(fixture.store, { webRoot: join(webRoot, 'nothing-here') });
    const res = await bare.request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/npm run build/u);
  });
});
