/**
 * The JSON API: thin routes over graph/. Each answers JSON, with `{ error }` and a 4xx
 * status for a request that cannot be answered (a malformed parameter is a 400 that says
 * what would do), so the page and scripts can show why. Described at /api/openapi.json.
 */
import { Hono, type Context } from 'hono';
import type { Graph } from '../graph/graph.js';
import { JudgmentRefused } from '../graph/judgments.js';
import { MAX_DEPTH, MAX_NODE_LIMIT, DEFAULT_NODE_LIMIT } from '../graph/neighbourhood.js';
import { DEFAULT_PATH_LIMIT, MAX_PATH_LENGTH } from '../graph/paths.js';
import { DEFAULT_TIMELINE_LIMIT } from '../graph/timeline.js';
import { parseJudgment } from './judgment-body.js';
import { OPENAPI } from './openapi.js';
import {
  MAX_ID_LENGTH, currencyParam, entityTypeParam, eventTypesParam, idParam, intParam, moneyKindsParam,
  periodParams, predicatesParam, textParam,
} from './params.js';
import { parseSearchParams } from './search-params.js';

/** Anything far longer than an id is answered as absent without reaching the store. */
function plausibleId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_ID_LENGTH;
}

/** A judgment body is a few hundred bytes; more is refused before it is parsed. */
const MAX_BODY_BYTES = 16_384;

const notWired = (what: string) => `${what} are not available in this version of nexo yet.`;

export function apiRoutes(graph: Graph): Hono {
  const api = new Hono();

  // The graph changes with every ingest: a cached answer would hide new facts.
  api.use('*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });

  const q = (c: Context, name: string) => c.req.query(name);

  api.get('/openapi.json', (c) => c.json(OPENAPI));

  api.get('/stats', async (c) => c.json(await graph.stats()));

  api.get('/search', async (c) => {
    const params = parseSearchParams(q(c, 'q'), q(c, 'limit'));
    if (!params.ok) return c.json({ error: params.error }, 400);
    return c.json(await graph.search({
      q: params.q, limit: params.limit,
      type: entityTypeParam(q(c, 'type')), outlet: textParam('outlet', q(c, 'outlet')), year: textParam('year', q(c, 'year'), 20),
    }));
  });

  api.get('/entities/:id', async (c) => {
    const id = c.req.param('id');
    const profile = plausibleId(id) ? await graph.profile(id) : null;
    if (profile === null) return c.json({ error: 'No actor with this id.' }, 404);
    return c.json(profile);
  });

  api.get('/entities/:id/neighbourhood', async (c) => {
    const id = c.req.param('id');
    const query = {
      id,
      depth: intParam('depth', q(c, 'depth'), 1, MAX_DEPTH, 1),
      predicates: predicatesParam(q(c, 'predicates')),
      limit: intParam('limit', q(c, 'limit'), 1, MAX_NODE_LIMIT, DEFAULT_NODE_LIMIT),
      ...periodParams(q(c, 'from'), q(c, 'to')),
    };
    const n = plausibleId(id) ? await graph.neighbourhood(query) : null;
    if (n === null) return c.json({ error: 'No actor with this id.' }, 404);
    return c.json(n);
  });

  api.get('/paths', async (c) => {
    const from = idParam('from', q(c, 'from'), true);
    const to = idParam('to', q(c, 'to'), true);
    const answer = await graph.paths({
      from, to,
      predicates: predicatesParam(q(c, 'predicates')),
      period: periodParams(q(c, 'since'), q(c, 'until'), ['since', 'until']),
      maxLength: intParam('maxLength', q(c, 'maxLength'), 1, MAX_PATH_LENGTH, MAX_PATH_LENGTH),
      limit: intParam('limit', q(c, 'limit'), 1, 50, DEFAULT_PATH_LIMIT),
    });
    if (answer === null) return c.json({ error: 'No actor with one of these ids.' }, 404);
    return c.json(answer);
  });

  api.get('/timeline', async (c) => c.json(await graph.timeline({
    entityId: idParam('entity', q(c, 'entity')),
    types: eventTypesParam(q(c, 'types')),
    limit: intParam('limit', q(c, 'limit'), 1, 20_000, DEFAULT_TIMELINE_LIMIT),
    ...periodParams(q(c, 'from'), q(c, 'to')),
  })));

  api.get('/ledger', async (c) => c.json(await graph.ledger({
    partyId: idParam('party', q(c, 'party')),
    kinds: moneyKindsParam(q(c, 'kinds')),
    currency: currencyParam(q(c, 'currency')),
  })));

  api.get('/documents/:id', async (c) => {
    const id = c.req.param('id');
    const doc = plausibleId(id) ? await graph.document(id) : null;
    if (doc === null) return c.json({ error: 'No document with this id.' }, 404);
    return c.json(doc);
  });

  // CONTRADICTIONS: answered by the ContradictionSource given to createGraph, once wired.
  api.get('/contradictions', async (c) => {
    const facts = (q(c, 'facts') ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (facts.length === 0 || facts.length > 500 || facts.some((f) => f.length > MAX_ID_LENGTH)) {
      return c.json({ error: 'Give facts as a comma-separated list of 1 to 500 fact ids.' }, 400);
    }
    if (!graph.contradictions) return c.json({ available: false, contradictions: [], message: notWired('Contradictions') });
    return c.json({ available: true, contradictions: await graph.contradictions.forFacts(facts) });
  });

  // JUDGMENTS: recorded by the JudgmentLog given to createGraph, once wired. Writes pass
  // app.ts's writeGuard (token, JSON, same origin) before they get here.
  api.get('/judgments', async (c) => {
    const entity = idParam('entity', q(c, 'entity'), true);
    if (!graph.judgments) return c.json({ available: false, judgments: [], message: notWired('Judgments') });
    return c.json({ available: true, judgments: await graph.judgments.forEntity(entity) });
  });

  api.post('/judgments', async (c) => {
    const length = Number(c.req.header('content-length') ?? '0');
    if (length > MAX_BODY_BYTES) return c.json({ error: `The body is larger than ${MAX_BODY_BYTES} bytes.` }, 413);
    const text = await c.req.text();
    if (text.length > MAX_BODY_BYTES) return c.json({ error: `The body is larger than ${MAX_BODY_BYTES} bytes.` }, 413);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return c.json({ error: 'The body is not valid JSON.' }, 400);
    }
    const parsed = parseJudgment(body);
    if (!parsed.ok) return c.json({ error: parsed.error }, 400);
    if (!graph.judgments) return c.json({ error: notWired('Judgments') }, 501);
    try {
      return c.json(await graph.judgments.record(parsed.judgment), 201);
    } catch (err) {
      if (err instanceof JudgmentRefused) return c.json({ error: err.message }, 409);
      throw err;
    }
  });

  return api;
}
