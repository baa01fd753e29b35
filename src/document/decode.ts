/**
 * Bytes → text. The first gate every file passes: it decides whether the bytes are text at
 * all, and normalizes them so that the same article always becomes the same string
 * (and so the same document id).
 */
import { fail, ok, type Result } from './result.js';

/** Per-file limit: news articles are kilobytes; anything this big is a mistake or a dump. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Longest body nexo analyses, in characters. A court record runs to a few hundred thousand;
 * beyond this the analysis of one document needs more than a gigabyte and a minute.
 */
export const MAX_TEXT_CHARS = 4_000_000;

/** How much of the start of a file is inspected for signs of binary content. */
const SNIFF_BYTES = 64 * 1024;

/** Share of control characters above which bytes are taken to be binary, not text. */
const MAX_CONTROL_SHARE = 0.02;

/** "52.4 MB", "16 MB", "900 bytes": sizes as a person reads them in a reason. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} ${units[unit]}`;
}

export function tooLargeReason(size: number, maxBytes: number): string {
  return `file too large (${formatSize(size)} > ${formatSize(maxBytes)} limit)`;
}

/**
 * Whether the bytes look binary: any NUL, or more than a sliver of C0 control characters
 * (tab, newline, carriage return and form feed are ordinary in text).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return false;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) controls++;
  }
  return controls / n > MAX_CONTROL_SHARE;
}

/**
 * Offset of the first byte that starts an invalid UTF-8 sequence, or -1 when valid.
 * TextDecoder only says "invalid"; a person fixing the file needs to know where.
 * Rejects overlong forms, surrogates and code points above U+10FFFF, as the standard does.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    if (i + need >= n) return i; // sequence cut off by the end of the input
    const second = bytes[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * One canonical form for text from any source: no byte-order mark, `\n` line ends, and
 * Unicode NFC (so "é" typed as e + combining accent and as one code point hash the same).
 */
export function normalizeText(text: string): string {
  let s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  s = s.replace(/\r\n?/g, '\n');
  return s.normalize('NFC');
}

export interface DecodeOptions {
  maxBytes?: number;
  /**
   * An encoding the file declares for itself (an HTML page's <meta charset>). A legacy
   * one such as windows-1252 is honoured; without a declaration, text must be UTF-8.
   */
  charset?: string | null;
}

function isUtf8Label(label: string): boolean {
  return /^(utf-?8|unicode-1-1-utf-8)$/i.test(label.trim());
}

// Windows-1252's printable characters at 0x80–0x9F (curly quotes, dashes, €, …), where
// ISO-8859-1 has C1 controls. WHATWG maps latin1/ascii labels to windows-1252, but some
// Node versions decode it as ISO-8859-1, so those code points are mapped here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** Bytes → normalized text, or the one-line reason they are not acceptable text. */
export function decodeText(bytes: Uint8Array, opts: DecodeOptions = {}): Result<string> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) return fail('empty file');
  if (bytes.length > maxBytes) return fail(tooLargeReason(bytes.length, maxBytes));

  // UTF-16 is legitimate text but full of NUL bytes, so its byte-order mark is checked
  // before the binary sniff. Without a BOM there is no reliable way to tell it from binary.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return finish(new TextDecoder(utf16, { fatal: true }).decode(bytes));
    } catch {
      return fail(`invalid ${utf16.toUpperCase()} text`);
    }
  }

  if (looksBinary(bytes)) return fail('binary content (not text)');
  if (opts.charset && !isUtf8Label(opts.charset)) {
    let decoder: TextDecoder | null = null;
    try {
      decoder = new TextDecoder(opts.charset.trim());
    } catch {
      // An unknown label: browsers fall back to UTF-8 too.
    }
    if (decoder) {
      const text = decoder.decode(bytes);
      return finish(decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text);
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`invalid UTF-8 at byte ${Math.max(0, firstInvalidUtf8(bytes))}`);
  }
  return finish(text);
}

function finish(raw: string): Result<string> {
  const text = normalizeText(raw);
  if (text.trim() === '') return fail('empty file (only whitespace)');
  return ok(text);
}
