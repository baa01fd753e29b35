/**
 * Whitespace tidying shared by every reader, so that the cleaned text has one shape
 * whatever it came from: single spaces inside lines, no trailing blanks, paragraphs
 * separated by exactly one blank line.
 */

// Tabs, no-break and the typographic spaces (U+2000–U+200A, U+202F, U+205F, U+3000):
// they separate words like a space does, and a name split by a no-break space must still
// match the same name typed with a plain one.
const SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000 ]+/g;
// Invisible characters that only break words apart for a matcher: zero-width space,
// word joiner, stray BOMs, soft hyphens (a hyphenation hint from web pages).
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;

export function tidyLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Tidies every line and folds runs of blank lines into one paragraph break. */
export function tidyText(text: string): string {
  const lines = text.split('\n').map(tidyLine);
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** Joins blocks (paragraphs, headings, list items) as paragraphs. */
export function joinBlocks(blocks: Iterable<string>): string {
  const kept: string[] = [];
  for (const b of blocks) {
    const t = tidyText(b);
    if (t) kept.push(t);
  }
  return kept.join('\n\n');
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©',
};

/** Decodes the HTML character references that turn up in Markdown and JSONL text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}
