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

/** The characters of /\s/ (and of String.prototype.trim). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
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
  const spaces = tk.out(its.precedingSpaces) as string[];
  const pos = tk.out(its.pos) as string[];
  const sentSpans = doc.sentences().out(its.span) as unknown as [number, number][];

  // wink turns line breaks into tokens; the rules read words, so those are left out and a
  // wink token index maps to the index of the next kept token.
  const tokens: Token[] = [];
  const keptAt: number[] = new Array(values.length + 1);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    keptAt[i] = tokens.length;
    const sp = spaces[i] ?? '';
    offset += sp.length;
    const value = values[i] ?? '';
    // wink keeps the text as it is; re-anchor only if a value ever drifted from it.
    let start = offset;
    if (text.charCodeAt(start) !== value.charCodeAt(0) && !text.startsWith(value, start)) {
      const found = text.indexOf(value, start);
      if (found >= 0 && found - start < 8) start = found;
    }
    offset = start + value.length;
    if (isBlank(value)) continue;
    tokens.push({
      i: tokens.length, text: value, lower: value.toLowerCase(), start, end: start + value.length,
      pos: pos[i] ?? 'X', kind: kindOf(pos[i], value), sent: 0, space: sp.length > 0 || (start > 0 && isSpace(text.charCodeAt(start - 1))),
    });
  }
  keptAt[values.length] = tokens.length;
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

/** Index of the sentence holding character `offset`. */
export function sentenceAt(sentences: Span[], offset: number): number {
  let lo = 0, hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid; else hi = mid - 1;
  }
  return Math.max(0, lo);
}
