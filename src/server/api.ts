/**
 * The JSON API: thin routes over the Store. Each answers JSON, with `{ error }` and a 4xx
 * status for a request that cannot be answered, so the page (and scripts) can show why.
 */
import { Hono } from 'hono';
import type { Store } from '../store/store.js';
import { parseSearchParams } from './search-params.js';

/**
 * Ids are short slugs and hashes; anything far longer is no id, and is answered as absent
 * without reaching the store.
 */
const MAX_ID_LENGTH = 512;

function plausibleId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_ID_LENGTH;
}

export function apiRoutes(store: Store): Hono {
  const api = new Hono();

  // The graph changes with every ingest: a cached answer would hide new facts.
  api.use('*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });

  api.get('/search', async (c) => {
    const params = parseSearchParams(c.req.query('q'), c.req.query('limit'));
    if (!params.ok) return c.json({ error: params.error }, 400);
    const results = await store.search(params.q, params.limit);
    return c.json({ query: params.q, ...results });
  });

  api.get('/entities/:id', async (c) => {
    const id = c.req.param('id');
    const profile = plausibleId(id) ? await store.entityProfile(id) : null;
    if (profile === null) return c.json({ error: 'No actor with this id.' }, 404);
    return c.json(profile);
  });

  api.get('/documents/:id', async (c) => {
    const id = c.req.param('id');
    const doc = plausibleId(id) ? await store.getDocument(id) : null;
    if (doc === null) return c.json({ error: 'No document with this id.' }, 404);
    return c.json(doc);
  });

  api.get('/stats', async (c) => c.json(await store.stats()));

  return api;
}
