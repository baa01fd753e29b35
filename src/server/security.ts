/**
 * Headers that keep the browser on our side: the page shows text from articles nobody
 * here wrote, so even if a rendering bug ever put such text into markup, the browser
 * must still refuse to run it, frame it, or sniff a JSON answer into a page.
 */
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
