/**
 * Tokens and sentences from wink-nlp, with character offsets into the document text.
 * wink keeps every character (token values plus their preceding spaces reproduce the
 * text), so offsets are a running sum; that keeps every later span exact.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from './extraction.js';

export interface Token {
  /** Index in the document's token list. */
  i: number;
  text: string;
  /** Lower-cased, accents kept. */
  lower: string;
  start: number;
  end: number;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, …). */
  pos: string;
  /** wink's token type: word, punctuation, number, currency, … */
  kind: string;
  /** Sentence index. */
  sent: number;
  /** True when whitespace precedes the token. */
  space: boolean;
  /**
   * A capitalised word: not punctuation, an upper-case first letter (name finding asks this of
   * every token several times; it is answered once here, while the token's text is at hand).
   */
  cap: boolean;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  /** Sentence spans in characters. */
  sentences: Span[];
  /** For each sentence, its first and last token index (inclusive). */
  sentenceTokens: [number, number][];
}

// Only sentence boundaries and POS are needed; wink's NER and negation passes are skipped for speed.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** wink's token type, read off the tag (one pass less over wink's tokens). */
function kindOf(pos: string | undefined, value: string): string {
  if (pos === 'PUNCT') return 'punctuation';
  if (pos === 'NUM' && /^[\d.,]+$/.test(value)) return 'number';
  if (pos === 'SYM') return /^[$€£¥]/.test(value) ? 'currency' : 'symbol';
  return hasLetter(value) ? 'word' : /^\d/.test(value) ? 'number' : 'punctuation';
}

/** /\p{L}/u without the regex for plain ASCII, which is nearly every token. */
function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return /\p{L}/u.test(s);
    const l = c | 32;
    if (l >= 97 && l <= 122) return true;
  }
  return false;
}

/** /^\p{Lu}/u with a letter in it, answered from the first character code when it is ASCII (nearly always). */
function isCapitalised(kind: string, s: string): boolean {
  if (kind === 'punctuation') return false;
  const c = s.charCodeAt(0);
  return c < 0x80 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(s) && /\p{L}/u.test(s);
}

/** The characters of /\s/ (and of String.prototype.trim), by code (NaN, past the text's end, is none). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** The characters wink's tokenizer splits on as spaces (its rgxSplitter's first class). */
function isWinkSpace(c: number): boolean {
  return c === 32 || (c >= 0xa0 && (c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f));
}

/**
 * The length of the run of wink's space characters at `at`, which wink records as the next
 * token's preceding spaces; -1 when wink would not record the run as it is (it caps a run of
 * plain spaces below 0xFFFF; a run holding a non-breaking space it keeps verbatim).
 */
function spaceRunAt(text: string, at: number): number {
  let end = at;
  let nbsp = false;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (!isWinkSpace(c)) break;
    if (c !== 32) nbsp = true;
    end++;
  }
  const n = end - at;
  return nbsp || n < 0xfffe ? n : -1;
}

/** Only whitespace (or nothing): a token that trims to ''. */
function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

export function analyse(text: string): Analysis {
  const doc = nlp.readDoc(text);
  const tk = doc.tokens();
  const values = tk.out(its.value) as string[];
  const pos = tk.out(its.pos) as string[];
  const sentSpans = doc.sentences().out(its.span) as unknown as [number, number][];

  // wink turns line breaks into tokens; the rules read words, so those are left out and a
  // wink token index maps to the index of the next kept token.
  const keptAt: number[] = new Array(values.length + 1);
  const tokens = readTokens(text, values, pos, null, keptAt)
    ?? readTokens(text, values, pos, tk.out(its.precedingSpaces) as string[], keptAt)!;
  const sentences: Span[] = [];
  const sentenceTokens: [number, number][] = [];
  // An empty or blank text has no tokens, yet wink still reports one empty sentence.
  if (tokens.length === 0) return { text, tokens, sentences: [], sentenceTokens: [] };
  for (const [wa, wb] of sentSpans) {
    const a = keptAt[wa]!;
    const b = keptAt[wb + 1]! - 1;
    if (b < a) continue; // a "sentence" of line breaks only
    const s = sentences.length;
    for (let i = a; i <= b; i++) tokens[i]!.sent = s;
    sentences.push({ start: tokens[a]!.start, end: tokens[b]!.end });
    sentenceTokens.push([a, b]);
  }
  return { text, tokens, sentences, sentenceTokens };
}

/**
 * Our tokens from wink's values and tags, with offsets. The preceding spaces of each token are
 * read off the text (`spaces` null), which spares wink padding out a string of spaces for every
 * token: wink splits the text on runs of its space characters and each run becomes the next
 * token's preceding spaces, so while every value stands verbatim at its offset the run at the
 * end of the previous value is exactly what wink recorded. When that fails (a value not found
 * where it should be, a run wink caps) the answer is null, and the caller reads again with
 * wink's own `spaces`, re-anchoring as before.
 */
function readTokens(text: string, values: string[], pos: string[], spaces: string[] | null, keptAt: number[]): Token[] | null {
  const tokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    keptAt[i] = tokens.length;
    const sp = spaces === null ? spaceRunAt(text, offset) : (spaces[i] ?? '').length;
    if (sp < 0) return null;
    offset += sp;
    const value = values[i] ?? '';
    let start = offset;
    if (spaces === null) {
      if (!text.startsWith(value, start)) return null;
    } else if (text.charCodeAt(start) !== value.charCodeAt(0) && !text.startsWith(value, start)) {
      // wink keeps the text as it is; re-anchor only if a value ever drifted from it.
      const found = text.indexOf(value, start);
      if (found >= 0 && found - start < 8) start = found;
    }
    offset = start + value.length;
    if (isBlank(value)) continue;
    const kind = kindOf(pos[i], value);
    tokens.push({
      i: tokens.length, text: value, lower: value.toLowerCase(), start, end: start + value.length,
      pos: pos[i] ?? 'X', kind, sent: 0, space: sp > 0 || (start > 0 && isSpace(text.charCodeAt(start - 1))),
      cap: isCapitalised(kind, value),
    });
  }
  keptAt[values.length] = tokens.length;
  return tokens;
}

/** Index of the sentence holding character `offset`. */
export function sentenceAt(sentences: Span[], offset: number): number {
  let lo = 0, hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid; else hi = mid - 1;
  }
  return Math.max(0, lo);
}
