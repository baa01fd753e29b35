/**
 * FTS5 query strings. People type queries, not FTS5 syntax: `"unbalanced`, `AND OR`, `*`
 * or `Guzmán's` are errors to FTS5. A query is first tried as written (so those who know
 * the syntax can use it), and if FTS5 rejects it, each word is matched as a plain phrase.
 */
import type Database from 'better-sqlite3';

/** The words of a query, stripped of the quote marks that would unbalance a phrase. */
function words(query: string): string[] {
  return query
    .split(/\s+/)
    .map((w) => w.replaceAll('"', ''))
    // A word with no letter or digit (`*`, `-`, `:`) would tokenize to nothing.
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Every word as a quoted phrase, all required; null when the query has no words. */
export function phraseQuery(query: string): string | null {
  const ws = words(query);
  return ws.length === 0 ? null : ws.map((w) => `"${w}"`).join(' ');
}

/** Every word as a quoted prefix ("guzm" finds "Guzmán"); null when the query has no words. */
export function prefixQuery(query: string): string | null {
  const ws = words(query);
  return ws.length === 0 ? null : ws.map((w) => `"${w}"*`).join(' ');
}

/**
 * FTS5 reports a bad query (syntax, unknown column, unterminated string) as a plain
 * SQLITE_ERROR; I/O, lock and corruption errors have their own codes and must surface.
 */
function isQueryError(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_ERROR';
}

/**
 * Runs `run` with the query as written, falling back to the plain-phrase form when FTS5
 * rejects it. An empty or wordless query matches nothing; it never throws for bad syntax.
 */
export function matchWithFallback<T>(query: string, run: (match: string) => T[]): T[] {
  if (query.trim() === '') return [];
  try {
    return run(query);
  } catch (error) {
    if (!isQueryError(error)) throw error;
  }
  const fallback = phraseQuery(query);
  return fallback === null ? [] : run(fallback);
}

/** Shorthand for the common case: a prepared statement taking (match, limit). */
export function allMatching<T>(statement: Database.Statement, query: string, limit: number): T[] {
  return matchWithFallback(query, (match) => statement.all(match, limit) as T[]);
}
