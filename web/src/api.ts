/**
 * Talking to nexo's JSON API. The answer types are the server's own (type-only imports
 * from src/graph, erased by the build), so the page and the API cannot drift apart unseen.
 */
import type { DocumentView } from '../../src/graph/document.js';
import type { Ledger } from '../../src/graph/ledger.js';
import type { Neighbourhood } from '../../src/graph/neighbourhood.js';
import type { PathAnswer } from '../../src/graph/paths.js';
import type { Profile } from '../../src/graph/profile.js';
import type { SearchAnswer } from '../../src/graph/search.js';
import type { Timeline } from '../../src/graph/timeline.js';
import type { StoreStats } from '../../src/store/store.js';

export type { DocumentView, Ledger, Neighbourhood, PathAnswer, Profile, SearchAnswer, StoreStats, Timeline };
export type { Citation, EdgeRecord, EntitySummary, EventRecord, AmountRecord, RelationRecord } from '../../src/store/store.js';
export type { Contradiction, JudgmentInput } from '../../src/graph/judgments.js';
export type { Tie, TieGroup } from '../../src/graph/profile.js';
export type { GraphNode } from '../../src/graph/neighbourhood.js';

export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

async function answer<T>(res: Response): Promise<T> {
  const body = await res.json().catch(() => null) as { error?: string } | null;
  if (res.ok) return body as T;
  throw new ApiError(body?.error ?? `The server answered ${res.status}.`, res.status);
}

export async function get<T>(path: string, params: Record<string, string | string[] | undefined> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    const value = Array.isArray(v) ? v.join(',') : v;
    if (value !== undefined && value !== '') qs.set(k, value);
  }
  const url = qs.size > 0 ? `${path}?${qs}` : path;
  return answer<T>(await fetch(url, { headers: { accept: 'application/json' } }));
}

const TOKEN_KEY = 'nexo.token';

/** A write. With a token (a server beyond loopback), it is sent; a 401 asks for it once. */
export async function post<T>(path: string, body: unknown): Promise<T> {
  const send = (token: string | null) => fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  let res = await send(sessionStorage.getItem(TOKEN_KEY));
  if (res.status === 401) {
    const token = window.prompt('This nexo server records changes only with its access token. Token:');
    if (token) {
      sessionStorage.setItem(TOKEN_KEY, token);
      res = await send(token);
    }
  }
  return answer<T>(res);
}

export const api = {
  stats: () => get<StoreStats>('/api/stats'),
  search: (q: string, facets: { type?: string; outlet?: string; year?: string } = {}, limit?: number) =>
    get<SearchAnswer>('/api/search', { q, ...facets, limit: limit === undefined ? undefined : String(limit) }),
  profile: (id: string) => get<Profile>(`/api/entities/${encodeURIComponent(id)}`),
  neighbourhood: (id: string, p: { depth?: number; predicates?: string[]; from?: string; to?: string; limit?: number }) =>
    get<Neighbourhood>(`/api/entities/${encodeURIComponent(id)}/neighbourhood`, {
      depth: p.depth === undefined ? undefined : String(p.depth), predicates: p.predicates, from: p.from, to: p.to,
      limit: p.limit === undefined ? undefined : String(p.limit),
    }),
  paths: (from: string, to: string, p: { predicates?: string[]; since?: string; until?: string } = {}) =>
    get<PathAnswer>('/api/paths', { from, to, ...p }),
  timeline: (p: { entity?: string; types?: string[]; from?: string; to?: string }) => get<Timeline>('/api/timeline', p),
  ledger: (p: { party?: string; kinds?: string[]; currency?: string }) => get<Ledger>('/api/ledger', p),
  document: (id: string) => get<DocumentView>(`/api/documents/${encodeURIComponent(id)}`),
  judge: (judgment: unknown) => post<{ id: string }>('/api/judgments', judgment),
};
