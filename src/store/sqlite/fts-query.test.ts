import { describe, expect, it } from 'vitest';
import { matchWithFallback, phraseQuery, prefixQuery } from './fts-query.js';

describe('phraseQuery / prefixQuery', () => {
  it('quotes each word and drops stray quotes and wordless tokens', () => {
    expect(phraseQuery('"La Reina')).toBe('"La" "Reina"');
    expect(phraseQuery('AND OR')).toBe('"AND" "OR"');
    expect(phraseQuery('* - :')).toBeNull();
    expect(prefixQuery('quint mar')).toBe('"quint"* "mar"*');
  });
});

describe('matchWithFallback', () => {
  const sqliteError = (message: string) => Object.assign(new Error(message), { code: 'SQLITE_ERROR' });

  it('retries a rejected query as plain phrases', () => {
    const seen: string[] = [];
    const result = matchWithFallback('"unbalanced', (q) => {
      seen.push(q);
      if (q.startsWith('"unbalanced') && !q.endsWith('"')) throw sqliteError('unterminated string');
      return [q];
    });
    expect(seen).toEqual(['"unbalanced', '"unbalanced"']);
    expect(result).toEqual(['"unbalanced"']);
  });

  it('answers nothing for an empty or wordless query', () => {
    expect(matchWithFallback('  ', () => { throw new Error('not called'); })).toEqual([]);
    expect(matchWithFallback('*', () => { throw sqliteError('unknown special query'); })).toEqual([]);
  });

  it('lets other errors through', () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(() => matchWithFallback('x', () => { throw busy; })).toThrow('locked');
  });
});
