import { describe, expect, it } from 'vitest';
import { metaFromRecord, parseFrontMatter } from './frontmatter.js';

describe('parseFrontMatter', () => {
  it('returns text without front matter unchanged', () => {
    expect(parseFrontMatter('Just an article.\n---\nwith a rule')).toEqual({
      ok: true,
      value: { meta: {}, body: 'Just an article.\n---\nwith a rule' },
    });
  });

  it('reads the metadata keys and splits off the body', () => {
    const r = parseFrontMatter(
      '---\ntitle: Port raid nets 2 tons\noutlet: The Harbour Times\nurl: https://example.org/a\n' +
        'published: 2019-11-02\nlanguage: en-GB\ntags: [ports]\n---\nBody starts here.\n',
    );
    expect(r).toEqual({
      ok: true,
      value: {
        meta: {
          title: 'Port raid nets 2 tons',
          outlet: 'The Harbour Times',
          url: 'https://example.org/a',
          published: '2019-11-02',
          language: 'en',
        },
        body: 'Body starts here.\n',
      },
    });
  });

  it('accepts `date` for published and an empty front matter', () => {
    const r = parseFrontMatter('---\ndate: March 3, 2021\n---\nText');
    expect(r.ok && r.value.meta.published).toBe('2021-03-03');
    expect(parseFrontMatter('---\n---\nText')).toEqual({ ok: true, value: { meta: {}, body: 'Text' } });
  });

  it('is a clear error when malformed', () => {
    const unclosed = parseFrontMatter('---\ntitle: x\nNo end fence here.');
    expect(unclosed).toEqual({ ok: false, reason: "front matter: no closing '---' line" });

    const badYaml = parseFrontMatter('---\ntitle: ok\npublished: [2019\n---\nText');
    expect(badYaml.ok).toBe(false);
    if (!badYaml.ok) expect(badYaml.reason).toMatch(/^front matter: invalid YAML at line \d+: /);

    const list = parseFrontMatter('---\n- a\n- b\n---\nText');
    expect(list.ok).toBe(false);
    if (!list.ok) expect(list.reason).toMatch(/must be a mapping/);

    const badDate = parseFrontMatter('---\npublished: someday\n---\nText');
    expect(badDate).toEqual({ ok: false, reason: 'front matter: published is not a full date (use YYYY-MM-DD): "someday"' });

    const badTitle = parseFrontMatter('---\ntitle: {a: 1}\n---\nText');
    expect(badTitle).toEqual({ ok: false, reason: 'front matter: title must be text, not object' });
  });

  it('reasons are one line', () => {
    const r = parseFrontMatter('---\ntitle: "unterminated\n---\nText');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).not.toContain('\n');
  });
});

describe('metaFromRecord', () => {
  it('rejects a language that is not a code', () => {
    expect(metaFromRecord({ language: 'Spanish' })).toEqual({
      ok: false,
      reason: 'language must be a language code such as "en" or "es": "Spanish"',
    });
  });
  it('keeps numeric titles as text', () => {
    expect(metaFromRecord({ title: 1984 })).toEqual({ ok: true, value: { title: '1984' } });
  });
});
