import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document } from './document.js';
import { documentId } from './hash.js';
import { expandInputs, formatForRead, readBuffer, readFile, type ReadOutcome } from './read.js';
import { makePdf } from './test-fixtures.js';

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nexo-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function one(path: string, opts = {}): Promise<ReadOutcome> {
  const outcomes = await readFile(path, opts);
  expect(outcomes).toHaveLength(1);
  return outcomes[0]!;
}

async function doc(path: string, opts = {}): Promise<Document> {
  const o = await one(path, opts);
  if (!o.ok) throw new Error(`expected a document from ${path}, got: ${o.reason}`);
  return o.document;
}

async function reason(path: string, opts = {}): Promise<string> {
  const o = await one(path, opts);
  if (o.ok) throw new Error(`expected ${path} to fail`);
  expect(o.uri).toBe(path);
  expect(o.reason).not.toContain('\n');
  return o.reason;
}

const P1 = 'Soldiers arrested the leader of the Valle Norte gang at a ranch outside the city on Sunday, the defence ministry said.';
const P2 = 'The man, known as "El Zurdo", had been sought since 2019 on kidnapping and extortion charges.';

describe('readFile: text and Markdown', () => {
  it('reads a .txt with front matter into a Document', async () => {
    const path = at('front.txt');
    await writeFile(path, `---\ntitle: Gang leader arrested\noutlet: Valle Herald\nurl: https://herald.example/a\npublished: 2021-03-08\n---\n${P1}\n\n${P2}\n`);
    const d = await doc(path);
    expect(d).toEqual({
      id: documentId(`${P1}\n\n${P2}`),
      uri: path,
      title: 'Gang leader arrested',
      outlet: 'Valle Herald',
      url: 'https://herald.example/a',
      published: '2021-03-08',
      publishedSource: 'front-matter',
      language: 'en',
      format: 'text',
      text: `${P1}\n\n${P2}`,
    });
  });

  it('gives the same id to the same article with CRLF line ends and a BOM', async () => {
    await writeFile(at('lf.txt'), `${P1}\n\n${P2}\n`);
    await writeFile(at('crlf.txt'), `\ufeff${P1}\r\n\r\n${P2}\r\n`);
    expect((await doc(at('crlf.txt'))).id).toBe((await doc(at('lf.txt'))).id);
  });

  it('takes the published date from front matter, then --published, then the text', async () => {
    await writeFile(at('dated.txt'), `---\npublished: 2020-01-02\n---\nWASHINGTON — March 3, 2021 — ${P1}`);
    await writeFile(at('dateline.txt'), `WASHINGTON — March 3, 2021 — ${P1}`);
    await writeFile(at('undated.txt'), P1);
    expect(await doc(at('dated.txt'), { published: '2022-05-05' })).toMatchObject({ published: '2020-01-02', publishedSource: 'front-matter' });
    expect(await doc(at('dateline.txt'), { published: '2022-05-05' })).toMatchObject({ published: '2022-05-05', publishedSource: 'option' });
    expect(await doc(at('dateline.txt'))).toMatchObject({ published: '2021-03-03', publishedSource: 'text' });
    expect(await doc(at('undated.txt'))).toMatchObject({ published: null, publishedSource: 'none' });
  });

  it('rejects an invalid --published date with a reason', async () => {
    expect(await reason(at('undated.txt'), { published: 'soon' })).toBe('invalid --published date "soon" (use YYYY-MM-DD)');
  });

  it('reports malformed front matter', async () => {
    await writeFile(at('badfm.txt'), `---\ntitle: [unclosed\n---\n${P1}`);
    expect(await reason(at('badfm.txt'))).toMatch(/^front matter: invalid YAML at line \d+: /);
  });

  it('reads Markdown, taking the opening heading as the title', async () => {
    await writeFile(at('story.md'), `# Gang leader arrested\n\n**${P1}**\n\n${P2.replace('El Zurdo', '[El Zurdo](https://x.example)')}\n`);
    const d = await doc(at('story.md'));
    expect(d).toMatchObject({ title: 'Gang leader arrested', format: 'markdown', text: `${P1}\n\n${P2}` });
  });

  it('removes page furniture and detects the language', async () => {
    const es =
      'La policía detuvo el domingo al líder de la banda Valle Norte en un rancho a las afueras de la ciudad, informó el ministerio.\n\n' +
      'Comparte este artículo en Facebook\n\n' +
      'El hombre, conocido como "El Zurdo", era buscado desde 2019 por secuestro y extorsión.\n\n' +
      'Share this article';
    await writeFile(at('es.txt'), es);
    const d = await doc(at('es.txt'));
    expect(d.language).toBe('es');
    expect(d.text).not.toContain('Share this article');
  });

  it('fails a file that is only furniture', async () => {
    await writeFile(at('furniture.txt'), 'Share this article\n\nWas this content helpful?\n\nSubscribe');
    expect(await reason(at('furniture.txt'))).toBe('no article text found');
  });
});

describe('readFile: bad inputs', () => {
  it('empty file', async () => {
    await writeFile(at('empty.txt'), '');
    expect(await reason(at('empty.txt'))).toBe('empty file');
  });

  it('random bytes under a .txt name', async () => {
    const bytes = new Uint8Array(8192);
    let x = 99;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      bytes[i] = x >>> 24;
    }
    await writeFile(at('random.txt'), bytes);
    expect(await reason(at('random.txt'))).toBe('binary content (not text)');
  });

  it('invalid UTF-8', async () => {
    await writeFile(at('latin1.txt'), Buffer.concat([Buffer.from('x'.repeat(1234)), Buffer.from([0xe9, 0x20, 0x61])]));
    expect(await reason(at('latin1.txt'))).toBe('invalid UTF-8 at byte 1234');
  });

  it('a 50 MB text file is refused by its size, quickly', async () => {
    const path = at('huge.txt');
    await writeFile(path, Buffer.alloc(50 * 1024 * 1024, 'a'));
    const start = performance.now();
    expect(await reason(path)).toBe('file too large (50 MB > 16 MB limit)');
    expect(performance.now() - start).toBeLessThan(1000);
    await rm(path);
  });

  it('a configurable size limit', async () => {
    await writeFile(at('small.txt'), P1);
    expect(await reason(at('small.txt'), { maxBytes: 100 })).toBe(`file too large (${P1.length} bytes > 100 bytes limit)`);
  });

  it('missing files, folders and unsupported types', async () => {
    expect(await reason(at('nope.txt'))).toBe('file not found');
    expect(await reason(at('*.nothing'))).toBe('no files match this pattern');
    await mkdir(at('folder.txt'), { recursive: true });
    expect(await reason(at('folder.txt'))).toMatch(/^is a directory/);
    await writeFile(at('photo.jpg'), 'x');
    expect(await reason(at('photo.jpg'))).toMatch(/^unsupported file type "\.jpg" \(nexo reads \.txt /);
  });
});

describe('readFile: HTML, PDF, JSONL', () => {
  it('reads an HTML page with its metadata and without its furniture', async () => {
    const html = `<!doctype html><html lang="en"><head><title>x</title>
      <meta property="og:title" content="Gang leader arrested"><meta property="og:site_name" content="Valle Herald">
      <link rel="canonical" href="https://herald.example/a"><meta property="article:published_time" content="2021-03-08T10:00:00Z">
      </head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Gang leader arrested</h1>
      <p>${P1}</p><p>Sign up for our newsletter to get the news in your inbox.</p><p>${P2}</p></article>
      <footer>© 2021 Valle Herald. All rights reserved.</footer></body></html>`;
    await writeFile(at('page.html'), html);
    const d = await doc(at('page.html'), { published: '1999-01-01' });
    expect(d).toMatchObject({
      title: 'Gang leader arrested',
      outlet: 'Valle Herald',
      url: 'https://herald.example/a',
      published: '2021-03-08',
      publishedSource: 'front-matter',
      format: 'html',
      text: `${P1}\n\n${P2}`,
    });
  });

  it('hostile HTML: scripts and 5,000 nested divs', async () => {
    const scripts = '<script>for(;;){}</script>'.repeat(1000);
    await writeFile(at('hostile.html'), `<html><body>${scripts}${'<div>'.repeat(5000)}<p>${P1}</p>${'</div>'.repeat(5000)}</body></html>`);
    const start = performance.now();
    const d = await doc(at('hostile.html'));
    expect(performance.now() - start).toBeLessThan(3000);
    expect(d.text).toBe(P1);
  });

  it('reads a PDF and reports a truncated one', async () => {
    await writeFile(at('release.pdf'), makePdf(['The court sentenced the former mayor to twelve years in prison.']));
    expect(await doc(at('release.pdf'))).toMatchObject({ format: 'pdf', text: 'The court sentenced the former mayor to twelve years in prison.' });
    await writeFile(at('truncated.pdf'), makePdf(['x']).slice(0, 200));
    expect(await reason(at('truncated.pdf'))).toMatch(/^corrupt PDF: /);
  });

  it('JSONL: one document per line, a broken line fails alone', async () => {
    const path = at('batch.jsonl');
    const lines = [
      JSON.stringify({ text: `${P1}\n\n${P2}`, title: 'One', published: '2021-03-08' }),
      '{"text": "broken',
      '',
      JSON.stringify({ html: `<article><p>${P2}</p></article>`, outlet: 'Valle Herald' }),
      JSON.stringify({ text: P1, language: 'Spanish' }),
    ];
    await writeFile(path, lines.join('\n'));
    const outcomes = await readFile(path, { published: '2022-02-02' });
    expect(outcomes.map((o) => (o.ok ? o.document.uri : o.uri))).toEqual([`${path}#L1`, `${path}#L2`, `${path}#L4`, `${path}#L5`]);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.reason))).toEqual([
      'ok',
      expect.stringMatching(/^line 2: invalid JSON: /),
      'ok',
      'line 5: language must be a language code such as "en" or "es": "Spanish"',
    ]);
    const [first, , fourth] = outcomes;
    expect(first).toMatchObject({ ok: true, document: { title: 'One', published: '2021-03-08', publishedSource: 'front-matter', format: 'jsonl', id: documentId(`${P1}\n\n${P2}`) } });
    expect(fourth).toMatchObject({ ok: true, document: { text: P2, outlet: 'Valle Herald', published: '2022-02-02', publishedSource: 'option' } });
  });

  it('JSONL with no records', async () => {
    await writeFile(at('blank.jsonl'), '\n\n');
    expect(await reason(at('blank.jsonl'))).toBe('empty file (no JSONL records)');
  });
});

describe('readBuffer', () => {
  it('reads bytes that have no file of their own (stdin, a download)', async () => {
    const bytes = new TextEncoder().encode(`---\ntitle: From stdin\n---\n${P1}`);
    expect(await readBuffer(bytes, '-', 'text')).toMatchObject([{ ok: true, document: { uri: '-', title: 'From stdin', text: P1 } }]);
    const jsonl = new TextEncoder().encode(`${JSON.stringify({ text: P1 })}\nnot json`);
    expect((await readBuffer(jsonl, '-', 'jsonl')).map((o) => (o.ok ? o.document.uri : `${o.uri} ${o.reason.slice(0, 20)}`))).toEqual(['-#L1', '-#L2 line 2: invalid JSON']);
    expect(await readBuffer(new Uint8Array([0, 1, 2]), '-', 'text')).toEqual([{ ok: false, uri: '-', reason: 'binary content (not text)' }]);
  });
});

describe('expandInputs', () => {
  it('expands folders recursively, skips hidden entries and types it does not read, de-duplicates and sorts', async () => {
    const root = at('tree');
    await mkdir(join(root, 'sub', 'deeper'), { recursive: true });
    await mkdir(join(root, '.git'), { recursive: true });
    await writeFile(join(root, 'b.txt'), P1);
    await writeFile(join(root, 'a.md'), P1);
    await writeFile(join(root, 'notes.docx'), 'x');
    await writeFile(join(root, '.hidden.txt'), P1);
    await writeFile(join(root, '.git', 'HEAD'), 'x');
    await writeFile(join(root, 'sub', 'c.html'), '<p>x</p>');
    await writeFile(join(root, 'sub', 'deeper', 'd.jsonl'), '{}');
    await symlink(root, join(root, 'sub', 'loop')); // a cycle must not hang the walk

    const skipped: string[] = [];
    const files = await expandInputs([root, join(root, 'b.txt'), join(root, 'sub', '*.html'), join(root, 'missing.txt')], { onSkipped: (f) => skipped.push(f) });
    expect(files.map((f) => relative(root, f))).toEqual([
      'a.md',
      'b.txt',
      'missing.txt',
      join('sub', 'c.html'),
      join('sub', 'deeper', 'd.jsonl'),
    ]);
    expect(skipped.map((f) => relative(root, f))).toEqual(['notes.docx']);
  });

  it('keeps a file of an unknown type when it is named explicitly, so it is reported', async () => {
    const root = at('explicit');
    await mkdir(root, { recursive: true });
    await writeFile(join(root, 'notes.docx'), 'x');
    expect(await expandInputs([join(root, 'notes.docx')])).toEqual([join(root, 'notes.docx')]);
  });

  it('expands globs relative to the working directory', async () => {
    const files = await expandInputs(['src/document/h*.ts']);
    expect(files).toEqual(['src/document/hash.test.ts', 'src/document/hash.ts', 'src/document/html.test.ts', 'src/document/html.ts']);
  });
});

describe('formatForRead', () => {
  it('prints metadata as front matter, then the body; reading the output back gives the same document', async () => {
    await writeFile(at('orig.txt'), `---\ntitle: "Gang leader: arrested"\npublished: 2021-03-08\n---\n${P1}\n\n${P2}`);
    const d = await doc(at('orig.txt'));
    const printed = formatForRead(d);
    expect(printed).toBe(
      [
        '---',
        'title: "Gang leader: arrested"',
        'outlet: null',
        'url: null',
        'published: 2021-03-08',
        'published_source: front-matter',
        'language: en',
        'format: text',
        `id: ${d.id}`,
        '---',
        '',
        `${P1}\n\n${P2}`,
        '',
      ].join('\n'),
    );
    await writeFile(at('again.txt'), printed);
    expect(await doc(at('again.txt'))).toMatchObject({ id: d.id, title: d.title, published: d.published, text: d.text });
  });
});

// End to end on the shared seed corpus, when it is there (it is not part of this repository).
const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const haveCorpus = existsSync(join(corpus, 'seed-insightcrime-blo-sentencing.txt'));
if (!haveCorpus) console.warn(`read.test: shared corpus not found at ${corpus}; skipping the seed-corpus check`);

describe.skipIf(!haveCorpus)('readFile on the shared seed corpus', () => {
  it('reads both seed articles with clean bodies', async () => {
    const insight = await doc(join(corpus, 'seed-insightcrime-blo-sentencing.txt'), { published: '2017-04-06' });
    expect(insight.title).toBe("Corruption Case Dampens Diplomatic Victory of Mexico Kingpin's Sentencing in US");
    expect(insight.text.endsWith('in the early 2010s.')).toBe(true);
    expect(insight).toMatchObject({ published: '2017-04-06', publishedSource: 'option', language: 'en' });
    const wapo = await doc(join(corpus, 'seed-wapo-blo-sentencing.txt'));
    expect(wapo.text.startsWith('Authorities escort Joaquín "El Chapo" Guzman')).toBe(true);
    expect(wapo.text.endsWith('laundered at least $881 million in tainted drug money.')).toBe(true);
  });
});

describe('text length', () => {
  it('refuses a body too long to analyse, with its length in the reason', async () => {
    const path = join(dir, 'long.txt');
    await writeFile(path, 'The cartel moved cocaine through the port. '.repeat(100_000));
    const [r] = await readFile(path);
    expect(r!.ok).toBe(false);
    if (!r!.ok) expect(r!.reason).toMatch(/^text too long to analyse \(4,[\d,]+ characters > 4,000,000\)/);
  });
});
