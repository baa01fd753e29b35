/**
 * HTML reader: a saved web page → the article's plain text and the metadata the page
 * declares (title, outlet, canonical URL, published date, language).
 *
 * The article body is found by @mozilla/readability running on linkedom's DOM. Pages are
 * untrusted input, and Readability with linkedom slows down sharply with nesting depth
 * (measured: depth 100 ≈ 0.1 s, 300 ≈ 0.5 s, 1000 ≈ 13 s, 5000 ≈ minutes and then a stack
 * overflow). So before Readability sees a page, it is disarmed: scripts and other
 * non-text elements go, chains of wrapper elements are collapsed, and a page that is
 * still too deep or too large is read by a simple, linear block walker instead. Every
 * traversal here is iterative, so no page can exhaust the stack.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocumentMeta } from './document.js';
import { toIsoDate } from './dates.js';
import { normalizeLanguage } from './language.js';
import { errorMessage, fail, ok, type Result } from './result.js';
import { joinBlocks } from './whitespace.js';

type DomDocument = globalThis.Document;
type DomElement = globalThis.Element;
type DomNode = globalThis.Node;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Depth beyond which wrapper chains are collapsed before anything else runs. */
const FLATTEN_DEPTH = 60;
/** Limits within which Readability runs in well under a second. */
const READABILITY_MAX_DEPTH = 120;
const READABILITY_MAX_ELEMENTS = 20_000;
/** JSON-LD blocks larger than this are not metadata worth parsing. */
const MAX_JSONLD_CHARS = 512 * 1024;

export interface HtmlArticle {
  text: string;
  meta: DocumentMeta;
  /** Which extractor produced the text, for diagnostics. */
  extractor: 'readability' | 'blocks';
}

/** Elements that never hold article text and only cost time (or run code in a browser). */
const NOISE_TAGS = ['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'button', 'input', 'select', 'textarea', 'video', 'audio'];

/** Page chrome the fallback extractor drops (Readability judges these itself). */
const CHROME_TAGS = ['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog'];

/** Wrappers that carry no meaning of their own, so a chain of them can be collapsed. */
const WRAPPER_TAGS = new Set(['DIV', 'SPAN', 'SECTION', 'FONT', 'CENTER', 'B', 'I', 'EM', 'STRONG', 'U', 'SMALL', 'BIG', 'A']);

const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE ' +
    'FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY THEAD TFOOT TR UL'
  ).split(' '),
);
const SKIP_TAGS = new Set(['HEAD', 'TITLE', 'IMG', 'PICTURE', 'SOURCE', ...NOISE_TAGS.map((t) => t.toUpperCase())]);

/**
 * The encoding a page declares in its first bytes (<meta charset> or the http-equiv
 * Content-Type), as browsers look for it before decoding, or null.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

// ---------------------------------------------------------------------------------------
// Iterative traversal

/**
 * Visits every node under `root` in document order without recursion. `enter` returns
 * whether to descend into the node; `leave` runs once a node (and what it contains) is done.
 */
function walk(root: DomNode, enter: (n: DomNode) => boolean, leave: (n: DomNode) => void = () => {}): void {
  let node: DomNode | null = root.firstChild;
  while (node) {
    if (enter(node) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    let cur: DomNode = node;
    node = null;
    for (;;) {
      leave(cur);
      if (cur.nextSibling) {
        node = cur.nextSibling;
        break;
      }
      const parent: DomNode | null = cur.parentNode;
      if (!parent || parent === root) break;
      cur = parent;
    }
  }
}

function elementsIn(root: DomNode): DomElement[] {
  const out: DomElement[] = [];
  walk(root, (n) => {
    if (n.nodeType === ELEMENT_NODE) out.push(n as DomElement);
    return true;
  });
  return out;
}

function stats(root: DomNode): { depth: number; elements: number } {
  let depth = 0;
  let max = 0;
  let elements = 0;
  walk(
    root,
    (n) => {
      if (n.nodeType !== ELEMENT_NODE) return false;
      elements++;
      depth++;
      if (depth > max) max = depth;
      return true;
    },
    (n) => {
      if (n.nodeType === ELEMENT_NODE) depth--;
    },
  );
  return { depth: max, elements };
}

// ---------------------------------------------------------------------------------------
// Disarming a page

function removeAll(doc: DomDocument, tags: string[]): void {
  for (const tag of tags) {
    // getElementsByTagName is live in browsers: copy before removing.
    for (const el of Array.from(doc.getElementsByTagName(tag))) el.remove();
  }
}

/** A wrapper whose only content is one element (whitespace and comments aside). */
function onlyChildElement(el: DomElement): DomElement | null {
  let only: DomElement | null = null;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === ELEMENT_NODE) {
      if (only) return null;
      only = c as DomElement;
    } else if ((c.nodeType === TEXT_NODE || c.nodeType === CDATA_SECTION_NODE) && (c.textContent ?? '').trim() !== '') {
      return null;
    }
  }
  return only;
}

/** Collapses chains of meaningless wrappers (<div><div><div>…) into their content. */
function collapseWrapperChains(root: DomNode): void {
  for (const el of elementsIn(root)) {
    if (!WRAPPER_TAGS.has(el.tagName)) continue;
    const child = onlyChildElement(el);
    const parent = el.parentNode;
    if (!child || !parent) continue;
    parent.insertBefore(child, el);
    el.remove();
  }
}

function parse(html: string): DomDocument {
  return parseHTML(withDocumentShape(html)).document as unknown as DomDocument;
}

/**
 * linkedom builds a proper tree only from a whole document: given a fragment
 * ("<p>…</p><p>…</p>") it makes the first element the root and leaves the body empty.
 * Saved pages and JSONL `html` fields are often fragments, so they get the missing
 * <html>/<body> around them first.
 */
export function withDocumentShape(html: string): string {
  if (/<body[\s>]/i.test(html)) return html;
  const headEnd = /<\/head\s*>/i.exec(html);
  if (headEnd) {
    const at = headEnd.index + headEnd[0].length;
    const rest = html.slice(at).replace(/<\/html\s*>\s*$/i, '');
    return `${html.slice(0, at)}<body>${rest}</body></html>`;
  }
  // Keep an <html lang="…"> opening tag: it carries the page's language.
  const open = /^\s*(?:<!doctype[^>]*>)?\s*(<html[^>]*>)?/i.exec(html)!;
  const inner = html.slice(open[0].length).replace(/<\/html\s*>\s*$/i, '');
  return `<!DOCTYPE html>${open[1] ?? '<html>'}<head></head><body>${inner}</body></html>`;
}

/** Disarms a parsed page; reports how deep and large what is left is. */
function disarm(doc: DomDocument): { depth: number; elements: number } {
  removeAll(doc, NOISE_TAGS);
  const root = doc.documentElement ?? doc;
  let s = stats(root);
  if (s.depth > FLATTEN_DEPTH) {
    collapseWrapperChains(root);
    s = stats(root);
  }
  return s;
}

// ---------------------------------------------------------------------------------------
// Element tree → paragraphs of plain text

function isHidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Plain text with one paragraph per block element, separated by blank lines. */
export function blocksToText(root: DomNode): string {
  const blocks: string[] = [];
  let buf = '';
  let pre = 0;
  const flush = () => {
    if (buf.trim()) blocks.push(buf);
    buf = '';
  };
  walk(
    root,
    (n) => {
      if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE) {
        const data = n.textContent ?? '';
        buf += pre > 0 ? data : data.replace(/[ \t\n\r\f]+/g, ' ');
        return false;
      }
      if (n.nodeType !== ELEMENT_NODE) return false;
      const el = n as DomElement;
      const tag = el.tagName;
      if (SKIP_TAGS.has(tag) || isHidden(el)) return false;
      if (tag === 'BR') buf += '\n';
      else if (tag === 'TD' || tag === 'TH') buf += ' ';
      else if (BLOCK_TAGS.has(tag)) flush();
      if (tag === 'PRE') pre++;
      return true;
    },
    (n) => {
      if (n.nodeType !== ELEMENT_NODE) return;
      const tag = (n as DomElement).tagName;
      if (tag === 'PRE') pre--;
      if (BLOCK_TAGS.has(tag)) flush();
    },
  );
  flush();
  return joinBlocks(blocks);
}

// ---------------------------------------------------------------------------------------
// Metadata the page declares

/** Attribute and metadata values are single-line text: whitespace folded, ends trimmed. */
function clean(v: string | null | undefined): string | null {
  const s = v?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}

function attr(el: DomElement, name: string): string | null {
  return clean(el.getAttribute(name));
}

/** meta tags by lower-cased property/name/itemprop → content. The first one wins. */
function metaTags(doc: DomDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = attr(el, 'content');
    if (!content) continue;
    for (const key of ['property', 'name', 'itemprop', 'http-equiv']) {
      const k = attr(el, key)?.toLowerCase();
      if (k && !out.has(k)) out.set(k, content);
    }
  }
  return out;
}

type JsonObject = Record<string, unknown>;

/** Every object in the page's JSON-LD blocks, @graph arrays flattened. */
function jsonLdObjects(doc: DomDocument): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const raw = script.textContent ?? '';
    if (raw.length > MAX_JSONLD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue; // broken JSON-LD is common and harmless: it is only a hint
    }
    const queue: unknown[] = [data];
    while (queue.length > 0 && out.length < 200) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        out.push(item as JsonObject);
        const graph = (item as JsonObject)['@graph'];
        if (graph) queue.push(graph);
      }
    }
  }
  return out;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as JsonObject).name ?? (v as JsonObject)['@id'] ?? (v as JsonObject).url);
  return null;
}

const ARTICLE_TYPES = /article|posting|report|newsarticle|webpage/i;

function pageMeta(doc: DomDocument): DocumentMeta {
  const metas = metaTags(doc);
  const ld = jsonLdObjects(doc);
  const article = ld.find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? '')) && (o.headline || o.datePublished)) ?? ld.find((o) => o.datePublished);
  const m = (...keys: string[]) => keys.map((k) => metas.get(k)).find((v) => v) ?? null;

  const canonical = Array.from(doc.getElementsByTagName('link')).find((l) => /(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel') ?? ''));
  const firstTime = (() => {
    const times = Array.from(doc.getElementsByTagName('time'));
    const marked = times.find((t) => t.hasAttribute('pubdate') || /datepublished/i.test(t.getAttribute('itemprop') ?? ''));
    const time = marked ?? times[0];
    return time ? attr(time, 'datetime') : null;
  })();

  const publishedCandidates = [
    m('article:published_time', 'og:article:published_time'),
    str(article?.datePublished),
    m('datepublished', 'pubdate', 'publishdate', 'publish-date', 'published_time', 'og:published_time', 'article.published', 'sailthru.date', 'parsely-pub-date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'citation_publication_date', 'date'),
    firstTime,
  ];
  const published = publishedCandidates.map((v) => toIsoDate(v)).find((v) => v) ?? null;

  const titleTag = clean(doc.getElementsByTagName('title')[0]?.textContent);
  const publisher = article?.publisher ?? ld.find((o) => /organization/i.test(String(o['@type'] ?? '')))?.name;
  return {
    title: m('og:title', 'twitter:title') ?? str(article?.headline) ?? titleTag,
    outlet: m('og:site_name', 'application-name') ?? str(publisher),
    url: (canonical && attr(canonical, 'href')) ?? m('og:url') ?? str(article?.url) ?? str(article?.mainEntityOfPage),
    published,
    language:
      normalizeLanguage(doc.documentElement?.getAttribute('lang')) ??
      normalizeLanguage(m('content-language', 'language', 'og:locale', 'dc.language')),
  };
}

// ---------------------------------------------------------------------------------------

function withReadability(doc: DomDocument): { text: string; title: string | null; outlet: string | null; published: string | null; language: string | null } | null {
  try {
    const article = new Readability<DomNode>(doc, { serializer: (node) => node }).parse();
    if (!article?.content) return null;
    return {
      text: blocksToText(article.content),
      title: clean(article.title),
      outlet: clean(article.siteName),
      published: toIsoDate(article.publishedTime ?? null),
      language: normalizeLanguage(article.lang ?? null),
    };
  } catch {
    // Readability gives up on some pages (or a limit trips); the block walker is the fallback.
    return null;
  }
}

function withBlocks(doc: DomDocument): string {
  removeAll(doc, CHROME_TAGS);
  for (const el of elementsIn(doc.documentElement ?? doc)) {
    if (/^(navigation|banner|contentinfo|complementary|search|menu)$/i.test(el.getAttribute('role') ?? '')) el.remove();
  }
  return blocksToText(doc.body ?? doc.documentElement ?? doc);
}

/** A page → its article text and declared metadata, or why no article could be read. */
export function htmlToArticle(html: string): Result<HtmlArticle> {
  let doc: DomDocument;
  let meta: DocumentMeta;
  let size: { depth: number; elements: number };
  try {
    doc = parse(html);
    // Metadata first: disarming removes the JSON-LD scripts.
    meta = pageMeta(doc);
    size = disarm(doc);
  } catch (error) {
    return fail(`unreadable HTML: ${errorMessage(error)}`);
  }

  if (size.depth <= READABILITY_MAX_DEPTH && size.elements <= READABILITY_MAX_ELEMENTS) {
    const r = withReadability(doc);
    if (r && r.text.trim()) {
      return ok({
        text: r.text,
        extractor: 'readability',
        meta: {
          title: meta.title ?? r.title,
          outlet: meta.outlet ?? r.outlet,
          url: meta.url ?? null,
          published: meta.published ?? r.published,
          language: meta.language ?? r.language,
        },
      });
    }
    // Readability edits the DOM as it works: the fallback needs a fresh copy.
    try {
      doc = parse(html);
      disarm(doc);
    } catch (error) {
      return fail(`unreadable HTML: ${errorMessage(error)}`);
    }
  }
  const text = withBlocks(doc);
  if (!text.trim()) return fail('no article text found');
  return ok({ text, meta, extractor: 'blocks' });
}
