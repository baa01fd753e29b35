/**
 * The HTTP application: the JSON API under /api and the page at /. It only reads the
 * Store through its interface, so the same app serves SQLite or Postgres.
 */
import { Hono } from 'hono';
import type { Store } from '../store/store.js';
import { apiRoutes } from './api.js';
import { PAGE_CSP, PAGE_HTML } from './page.js';
import { loopbackHostOnly, securityHeaders } from './security.js';

export interface AppOptions {
  /** Answer only requests addressed to localhost (for a server bound to loopback). */
  loopbackOnly?: boolean;
}

export function createApp(store: Store, options: AppOptions = {}): Hono {
  const app = new Hono();
  app.use('*', securityHeaders);
  if (options.loopbackOnly) app.use('*', loopbackHostOnly);

  app.route('/api', apiRoutes(store));

  app.get('/', (c) => {
    c.header('Content-Security-Policy', PAGE_CSP);
    // Revalidate, so a new version of nexo is never hidden behind a cached page.
    c.header('Cache-Control', 'no-cache');
    return c.html(PAGE_HTML);
  });

  app.notFound((c) => c.json({ error: `Nothing at ${c.req.path}.` }, 404));

  // A store failure is ours, not the caller's: log it here, tell them nothing internal.
  app.onError((err, c) => {
    console.error('nexo server:', err);
    return c.json({ error: 'The server failed to answer; see its log.' }, 500);
  });

  return app;
}
