/**
 * Headers that keep the browser on our side: the page shows text from articles nobody
 * here wrote, so even if a rendering bug ever put such text into markup, the browser
 * must still refuse to run it, frame it, or sniff a JSON answer into a page.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/** For answers that are not the page: nothing in them may load or run anything. */
const LOCKED_DOWN_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const headers = c.res.headers;
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'no-referrer');
  headers.set('X-Frame-Options', 'DENY');
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', LOCKED_DOWN_CSP);
};

/** Hostnames that always mean this machine; browsers never resolve them elsewhere. */
function isLoopbackName(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '[::1]'
    || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/u.test(hostname);
}

/** The hostname of a Host header, without the port; IPv6 literals keep their brackets. */
export function hostnameOf(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.indexOf(':');
  return colon < 0 ? host : host.slice(0, colon);
}

/**
 * For a server bound to loopback: refuse requests whose Host is not a loopback name.
 * Without this, a web page the user visits could rebind its own domain to 127.0.0.1 and
 * read the graph — investigative material — through the user's browser.
 */
export const loopbackHostOnly: MiddlewareHandler = async (c, next) => {
  // The Node adapter builds the URL from the Host header, so either source says the same.
  const host = c.req.header('host') ?? new URL(c.req.url).host;
  if (!isLoopbackName(hostnameOf(host))) {
    return c.json({ error: 'This nexo server answers only to localhost; open it at http://127.0.0.1:<port>/.' }, 403);
  }
  await next();
};

/** Equal strings in time that does not depend on where they differ. */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * For requests that change the graph (POST, PUT, PATCH, DELETE).
 * - With a token (required beyond loopback): `Authorization: Bearer <token>` or nothing happens.
 * - Always: the body must be JSON, which a cross-site form cannot send without a CORS
 *   preflight this server never grants, and an Origin, when the browser sends one, must be
 *   this server's own. Together they stop another web page from writing through the
 *   user's browser.
 */
export function writeGuard(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next();
    if (token !== undefined) {
      const auth = c.req.header('authorization') ?? '';
      const given = /^Bearer (.+)$/u.exec(auth)?.[1];
      if (given === undefined || !sameSecret(given, token)) {
        c.header('WWW-Authenticate', 'Bearer realm="nexo"');
        return c.json({ error: 'This server records changes only with its access token (Authorization: Bearer <token>).' }, 401);
      }
    }
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== 'null') {
      let originHost: string | null = null;
      try { originHost = new URL(origin).host.toLowerCase(); } catch { /* not a URL: refused below */ }
      const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
      if (originHost !== host) return c.json({ error: 'Changes are accepted only from nexo\'s own page.' }, 403);
    } else if (origin === 'null') {
      return c.json({ error: 'Changes are accepted only from nexo\'s own page.' }, 403);
    }
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\s*(;|$)/iu.test(type)) {
      return c.json({ error: 'Send the body as JSON (Content-Type: application/json).' }, 415);
    }
    return next();
  };
}
