/**
 * Markdown reader (.md, .markdown): reduces Markdown to the prose a reader sees.
 *
 * Deliberately small rather than a full CommonMark parser: news articles saved as
 * Markdown use headings, emphasis, links, lists and quotes, and every one of those is
 * reduced here line by line. Anything unrecognized passes through as text, which is the
 * safe failure: a stray `*` is harmless, a lost sentence is not.
 */
import { decodeEntities, joinBlocks } from './whitespace.js';

export interface MarkdownText {
  /** Plain text, one block (paragraph, heading, list item) per paragraph. */
  text: string;
  /** A level-1 heading that opens the file: the article's headline. */
  title: string | null;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX = /^\s{0,3}(#{1,6})(?:\s+|$)(.*?)(?:\s+#+)?\s*$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const REF_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const QUOTE = /^\s{0,3}>\s?/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

export function markdownToText(markdown: string): MarkdownText {
  const blocks: string[] = [];
  let title: string | null = null;
  let paragraph: string[] = [];
  let fence: string | null = null;

  const flush = () => {
    if (paragraph.length > 0) blocks.push(paragraph.join(' '));
    paragraph = [];
  };
  const heading = (level: number, text: string) => {
    flush();
    const plain = inline(text);
    // Only a level-1 heading before anything else is the headline.
    if (level === 1 && blocks.length === 0 && title === null) title = plain.trim() || null;
    else blocks.push(plain);
  };

  for (const raw of markdown.split('\n')) {
    if (fence !== null) {
      // Code blocks are rare in articles; their lines are kept as they are.
      if (raw.trim().startsWith(fence)) fence = null;
      else blocks.push(raw);
      continue;
    }
    const fenceOpen = FENCE.exec(raw);
    if (fenceOpen) {
      flush();
      fence = fenceOpen[1]!.slice(0, 3);
      continue;
    }
    let line = raw;
    while (QUOTE.test(line)) line = line.replace(QUOTE, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (REF_DEFINITION.test(line)) continue;
    // "Title\n=====": the underline makes the paragraph above a heading. Checked before
    // the rule pattern, since "---" under text is a heading, not a rule.
    const setext = SETEXT.exec(line);
    if (setext && paragraph.length > 0) {
      const text = paragraph.join(' ');
      paragraph = [];
      heading(setext[1]![0] === '=' ? 1 : 2, text);
      continue;
    }
    if (RULE.test(line)) {
      flush();
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      heading(atx[1]!.length, atx[2]!);
      continue;
    }
    if (TABLE_SEPARATOR.test(line) && line.includes('-')) continue;
    if (LIST_ITEM.test(line)) {
      flush();
      paragraph.push(inline(line.replace(LIST_ITEM, '')));
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flush();
      blocks.push(
        line
          .trim()
          .slice(1, -1)
          .split('|')
          .map((cell) => inline(cell).trim())
          .filter(Boolean)
          .join('; '),
      );
      continue;
    }
    // A line ending in two spaces or a backslash is a hard break; others are soft wraps.
    const hard = / {2,}$|\\$/.test(line);
    paragraph.push(inline(line.replace(/\\$/, '')) + (hard ? '\n' : ''));
  }
  flush();
  return { text: joinBlocks(blocks.map((b) => b.replace(/\n /g, '\n'))), title };
}

// Escaped characters are swapped for private-use placeholders while the markup patterns
// run, so `\*` stays a literal asterisk instead of opening emphasis.
const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!|>~<])/g;
const PLACEHOLDER_BASE = 0xe000;

/** Inline markup → text: links keep their words, images and tags go, emphasis unwraps. */
export function inline(text: string): string {
  const escaped: string[] = [];
  let s = text.replace(ESCAPABLE, (_, ch: string) => {
    escaped.push(ch);
    return String.fromCharCode(PLACEHOLDER_BASE + escaped.length - 1);
  });
  s = s
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/!\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '') // images
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\)/g, '$1') // [text](url "title")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // [text][ref]
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1') // autolinks
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g, '') // inline HTML tags
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(?<![*\w])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![*\w])/g, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/~~(?=\S)([^~\n]*?\S)~~/g, '$1');
  s = decodeEntities(s);
  return s.replace(/[\ue000-\uf8ff]/g, (ch) => escaped[ch.charCodeAt(0) - PLACEHOLDER_BASE] ?? ch);
}
