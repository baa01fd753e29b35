/**
 * Checking the query string of /api/search before the store sees it. The store already
 * treats any text as plain words; what is refused here is what no search should do —
 * nothing to look for, or a query long enough to be a paste accident or an abuse.
 */

export const MAX_QUERY_LENGTH = 500;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export type SearchParams = { ok: true; q: string; limit: number } | { ok: false; error: string };

export function parseSearchParams(q: string | undefined, limit: string | undefined): SearchParams {
  const query = (q ?? '').trim();
  if (query === '') return { ok: false, error: 'Give a search query as ?q=… (it was missing or blank).' };
  // Counted in code points, as a person would count the characters they typed.
  if ([...query].length > MAX_QUERY_LENGTH) {
    return { ok: false, error: `The search query is longer than ${MAX_QUERY_LENGTH} characters; shorten it.` };
  }
  if (limit === undefined || limit === '') return { ok: true, q: query, limit: DEFAULT_LIMIT };
  const n = /^\d{1,4}$/u.test(limit) ? Number(limit) : NaN;
  if (!(n >= 1 && n <= MAX_LIMIT)) return { ok: false, error: `limit must be a whole number from 1 to ${MAX_LIMIT}.` };
  return { ok: true, q: query, limit: n };
}
