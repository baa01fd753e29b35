/**
 * The HTTP application: the JSON API under /api and the web UI (web/, built into dist/web)
 * at /. It reads only through graph/, so the same app serves SQLite or Postgres.
 */
import { Hono } from 'hono';
import { createGraph, type GraphServices } from '../graph/graph.js';
import { storeContradictions, storeJudgmentLog } from '../graph/store-judgments.js';
import type { Store } from '../store/store.js';
import { apiRoutes } from './api.js';
import { BadRequest } from './params.js';
import { loopbackHostOnly, securityHeaders, writeGuard } from './security.js';
import { NOT_BUILT_HTML, defaultWebRoot, loadStaticFiles } from './static.js';

export interface AppOptions extends GraphServices {
  /** Answer only requests addressed to localhost (for a server bound to loopback). */
  loopbackOnly?: boolean;
  /** Required on every write (Authorization: Bearer …); serve() insists on one beyond loopback. */
  token?: string | undefined;
  /** Where the built UI is (default: dist/web of this checkout). */
  webRoot?: string;
}

/**
 * The page loads only its own script and style files, talks only to this server, and may
 * start the layout worker that ForceAtlas2 builds from a blob. No inline script or style
 * and no handler attribute can run, so a rendering slip could show hostile text wrongly
 * but could not execute it.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function createApp(store: Store, options: AppOptions = {}): Hono {
  const app = new Hono();
  app.use('*', securityHeaders);
  if (options.loopbackOnly) app.use('*', loopbackHostOnly);
  app.use('/api/*', writeGuard(options.token));

  // Judgments and contradictions come from the store unless a caller (a test) brings its own.
  const graph = createGraph(store, {
    judgments: options.judgments ?? storeJudgmentLog(store),
    contradictions: options.contradictions ?? storeContradictions(store),
  });
  app.route('/api', apiRoutes(graph));

  const files = loadStaticFiles(options.webRoot ?? defaultWebRoot());
  app.get('*', (c, next) => {
    // The page is "/" only: one URL to bookmark, with views in the fragment.
    if (c.req.path === '/index.html') return next();
    const file = files.get(c.req.path === '/' ? '/index.html' : c.req.path);
    if (file === undefined) {
      if (c.req.path !== '/') return next();
      c.header('Cache-Control', 'no-cache');
      return c.html(NOT_BUILT_HTML, 503);
    }
    c.header('Content-Type', file.type);
    if (file.type.startsWith('text/html')) c.header('Content-Security-Policy', PAGE_CSP);
    // Revalidate the page, so a new version of nexo is never hidden behind a cached one.
    c.header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(file.body as Uint8Array<ArrayBuffer>);
  });

  app.notFound((c) => c.json({ error: `Nothing at ${c.req.path}.` }, 404));

  app.onError((err, c) => {
    if (err instanceof BadRequest) return c.json({ error: err.message }, 400);
    // A store failure is ours, not the caller's: log it here, tell them nothing internal.
    console.error('nexo server:', err);
    return c.json({ error: 'The server failed to answer; see its log.' }, 500);
  });

  return app;
}
