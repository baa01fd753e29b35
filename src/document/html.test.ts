import { describe, expect, it } from 'vitest';
import { declaredCharset, htmlToArticle, withDocumentShape } from './html.js';

function article(html: string) {
  const r = htmlToArticle(html);
  if (!r.ok) throw new Error(`expected an article, got: ${r.reason}`);
  return r.value;
}

const BODY = [
  'Federal agents arrested the suspected treasurer of the Costa Verde cartel at a hotel in the capital on Monday night, officials said.',
  'Prosecutors say Julián Marrero, 44, managed the group\'s payments to police commanders and moved cash through a chain of currency exchange houses.',
  'Marrero was detained without incident and will be arraigned later this week, according to the attorney general\'s office.',
];

const NEWS_PAGE = `<!DOCTYPE html>
<html lang="es-MX">
<head>
  <meta charset="utf-8">
  <title>Cartel treasurer arrested | The Daily Ledger</title>
  <meta property="og:title" content="Cartel treasurer arrested in the capital">
  <meta property="og:site_name" content="The Daily Ledger">
  <meta property="og:url" content="https://ledger.example/og-url">
  <link rel="canonical" href="https://ledger.example/2021/03/cartel-treasurer">
  <meta property="article:published_time" content="2021-03-02T23:15:00-06:00">
  <script>window.tracking = { user: 'secret tracking text' };</script>
  <style>.x { color: red }</style>
</head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/crime">Crime</a></li><li><a href="/politics">Politics</a></li></ul></nav>
  <header><div class="logo">The Daily Ledger</div></header>
  <main>
    <article>
      <h1>Cartel treasurer arrested in the capital</h1>
      <p>${BODY[0]}</p>
      <figure><img src="a.jpg" alt=""><figcaption>Agents outside the hotel on Monday. (Rosa Ibáñez/Ledger)</figcaption></figure>
      <p>${BODY[1]}</p>
      <script>document.write('injected ad text')</script>
      <p>${BODY[2]}</p>
    </article>
  </main>
  <footer><p>© 2021 The Daily Ledger. All rights reserved.</p></footer>
</body>
</html>`;

describe('htmlToArticle', () => {
  it('reads the article body as paragraphs and the metadata from meta tags', () => {
    const a = article(NEWS_PAGE);
    expect(a.meta).toEqual({
      title: 'Cartel treasurer arrested in the capital',
      outlet: 'The Daily Ledger',
      url: 'https://ledger.example/2021/03/cartel-treasurer',
      published: '2021-03-02',
      language: 'es',
    });
    for (const p of BODY) expect(a.text.split('\n\n')).toContain(p);
    expect(a.text).toContain('Agents outside the hotel on Monday.');
    expect(a.text).not.toMatch(/secret tracking|injected ad|color: red|Politics/);
  });

  it('takes the published date from JSON-LD, in a @graph too', () => {
    const html = `<html><head><script type="application/ld+json">
      {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Ledger"},
       {"@type":"NewsArticle","headline":"Port chief charged","datePublished":"2020-11-05T08:00:00Z",
        "publisher":{"@type":"Organization","name":"The Port Gazette"},"url":"https://gazette.example/a"}]}
    </script></head><body><article><p>${BODY[0]}</p></article></body></html>`;
    expect(article(html).meta).toMatchObject({
      title: 'Port chief charged',
      outlet: 'The Port Gazette',
      published: '2020-11-05',
      url: 'https://gazette.example/a',
    });
  });

  it('falls back to <time datetime> and survives broken JSON-LD', () => {
    const html = `<html><head><script type="application/ld+json">{ not json</script></head>
      <body><article><time datetime="2019-07-14T10:00">July 14</time><p>${BODY[1]}</p></article></body></html>`;
    const a = article(html);
    expect(a.meta.published).toBe('2019-07-14');
    expect(a.text).toContain(BODY[1]);
  });

  it('keeps line breaks inside a paragraph', () => {
    const a = article(`<html><body><article><p>${BODY[0]}<br>Second line of the same paragraph.</p><p>${BODY[1]}</p></article></body></html>`);
    expect(a.text).toContain(`${BODY[0]}\nSecond line of the same paragraph.`);
  });

  it('reads fragments (no <html> or <body>)', () => {
    const a = article(`<p>${BODY[0]}</p><p>${BODY[1]}</p>`);
    expect(a.text).toBe(`${BODY[0]}\n\n${BODY[1]}`);
  });

  it('reports a page with no text', () => {
    expect(htmlToArticle('<html><head><title>Empty</title></head><body><script>x()</script><div> </div></body></html>')).toEqual({
      ok: false,
      reason: 'no article text found',
    });
    expect(htmlToArticle('')).toEqual({ ok: false, reason: 'no article text found' });
  });

  it('finishes fast on a hostile page: many scripts and 5,000 nested divs', () => {
    const scripts = Array.from({ length: 500 }, (_, i) => `<script>var v${i} = "${'x'.repeat(2000)}"; while(false){}</script>`).join('');
    const html = `<html><head>${scripts}</head><body>${scripts}${'<div>'.repeat(5000)}<p>${BODY[0]}</p><p>${BODY[1]}</p>${'</div>'.repeat(5000)}</body></html>`;
    const start = performance.now();
    const r = htmlToArticle(html);
    const ms = performance.now() - start;
    expect(ms).toBeLessThan(3000);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.text).toBe(`${BODY[0]}\n\n${BODY[1]}`);
      expect(r.value.text).not.toContain('xxxx');
    }
  });

  it('finishes fast when deep nesting cannot be collapsed (text at every level)', () => {
    const html = `<html><body>${'<div><span>level</span>'.repeat(5000)}<p>${BODY[2]}</p>${'</div>'.repeat(5000)}</body></html>`;
    const start = performance.now();
    const r = htmlToArticle(html);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.extractor).toBe('blocks');
      expect(r.value.text.endsWith(BODY[2]!)).toBe(true);
    }
  });

  it('finishes fast on 3,000 nested tables and 5,000 nested inline tags', () => {
    const start = performance.now();
    const tables = htmlToArticle(`<html><body>${'<table><tr><td>'.repeat(3000)}cell text${'</td></tr></table>'.repeat(3000)}</body></html>`);
    const inline = htmlToArticle(`<html><body><p>${'<b><i>'.repeat(5000)}bold words${'</i></b>'.repeat(5000)}</p></body></html>`);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(tables).toMatchObject({ ok: true, value: { text: 'cell text' } });
    expect(inline).toMatchObject({ ok: true, value: { text: 'bold words' } });
  });
});

describe('withDocumentShape', () => {
  it('wraps fragments and head-only documents in a body, keeping <html lang>', () => {
    expect(withDocumentShape('<p>x</p>')).toBe('<!DOCTYPE html><html><head></head><body><p>x</p></body></html>');
    expect(withDocumentShape('<html lang="es"><p>x</p></html>')).toBe('<!DOCTYPE html><html lang="es"><head></head><body><p>x</p></body></html>');
    expect(withDocumentShape('<html><head><title>t</title></head><p>x</p></html>')).toBe('<html><head><title>t</title></head><body><p>x</p></body></html>');
    const whole = '<html><body><p>x</p></body></html>';
    expect(withDocumentShape(whole)).toBe(whole);
  });
});

describe('declaredCharset', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('finds <meta charset> and http-equiv declarations', () => {
    expect(declaredCharset(enc('<html><head><meta charset="Windows-1252"></head>'))).toBe('windows-1252');
    expect(declaredCharset(enc('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'))).toBe('iso-8859-1');
    expect(declaredCharset(enc('<html><head><title>none</title></head>'))).toBeNull();
  });
});
