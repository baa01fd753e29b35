import { describe, expect, it } from 'vitest';
import { parseJsonlLine, readJsonl, splitLines } from './jsonl.js';

const enc = (s: string) => new TextEncoder().encode(s);

async function collect<T>(gen: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('splitLines', () => {
  it('splits across chunk boundaries and numbers lines from 1', async () => {
    const chunks = [enc('ab'), enc('c\nde'), enc('\n'), enc('\nlast')];
    const lines = await collect(splitLines(chunks, 100));
    expect(lines.map((l) => [l.line, l.bytes && new TextDecoder().decode(l.bytes)])).toEqual([
      [1, 'abc'],
      [2, 'de'],
      [3, ''],
      [4, 'last'],
    ]);
  });

  it('drops the bytes of an over-long line but keeps counting', async () => {
    const lines = await collect(splitLines([enc('short\n'), enc('x'.repeat(50)), enc('y'.repeat(60) + '\nok')], 100));
    expect(lines.map((l) => [l.line, l.bytes === null ? null : l.bytes.length, l.size])).toEqual([
      [1, 5, 5],
      [2, null, 110],
      [3, 2, 2],
    ]);
  });
});

describe('parseJsonlLine', () => {
  it('reads text and metadata', () => {
    expect(parseJsonlLine(enc('{"text":"Body.\\r\\nMore.","title":"T","published":"2021-03-03T10:00:00Z","language":"es","extra":1}'))).toEqual({
      ok: true,
      value: { kind: 'text', content: 'Body.\nMore.', meta: { title: 'T', published: '2021-03-03', language: 'es' } },
    });
  });

  it('reads html records and prefers text when both are present', () => {
    expect(parseJsonlLine(enc('{"html":"<p>x</p>"}'))).toMatchObject({ ok: true, value: { kind: 'html', content: '<p>x</p>' } });
    expect(parseJsonlLine(enc('{"html":"<p>x</p>","text":"x"}'))).toMatchObject({ ok: true, value: { kind: 'text' } });
  });

  it('skips blank lines', () => {
    expect(parseJsonlLine(enc('   \r'))).toBeNull();
  });

  it.each([
    ['{"text": "unterminated', /^invalid JSON: /],
    ['[1,2]', /^not a JSON object \(got an array\)$/],
    ['"just a string"', /^not a JSON object \(got string\)$/],
    ['{"title":"no body"}', /^no "text" or "html" field$/],
    ['{"text":"   "}', /^"text" must be non-empty text$/],
    ['{"text":"ok","published":"last week"}', /^published is not a full date/],
  ])('%s', (line, reason) => {
    const r = parseJsonlLine(enc(line));
    expect(r?.ok).toBe(false);
    if (r && !r.ok) expect(r.reason).toMatch(reason);
  });

  it('reports invalid UTF-8 with its offset', () => {
    const bytes = new Uint8Array([...enc('{"text":"caf'), 0xe9, ...enc('"}')]);
    expect(parseJsonlLine(bytes)).toEqual({ ok: false, reason: 'invalid UTF-8 at byte 12 of the line' });
  });
});

describe('readJsonl', () => {
  it('a broken line fails alone; the others are read', async () => {
    const file = ['{"text":"First article."}', '', '{"text": broken', '{"text":"Third article."}', '{"nope":1}'].join('\n');
    const lines = await collect(readJsonl([enc(file)], 1024));
    expect(lines.map((l) => (l.record.ok ? [l.line, l.record.value.content] : [l.line, l.record.reason.replace(/: .*/, ': …')]))).toEqual([
      [1, 'First article.'],
      [3, 'line 3: …'],
      [4, 'Third article.'],
      [5, 'line 5: …'],
    ]);
    const third = lines[1]!;
    expect(!third.record.ok && third.record.reason).toMatch(/^line 3: invalid JSON: /);
  });

  it('reports a record over the size limit', async () => {
    const lines = await collect(readJsonl([enc(`{"text":"${'a'.repeat(3000)}"}\n{"text":"fine"}`)], 2048));
    expect(lines[0]!.record).toEqual({ ok: false, reason: 'line 1: record too large (2.9 KB > 2 KB limit)' });
    expect(lines[1]!.record.ok).toBe(true);
  });
});
