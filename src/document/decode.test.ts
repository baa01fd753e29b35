import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8, formatSize, looksBinary, normalizeText } from './decode.js';

const enc = (s: string) => new TextEncoder().encode(s);

function reasonOf(r: ReturnType<typeof decodeText>): string {
  if (r.ok) throw new Error(`expected a failure, got text ${JSON.stringify(r.value.slice(0, 40))}`);
  return r.reason;
}

describe('decodeText', () => {
  it('decodes UTF-8, strips the BOM, normalizes line ends and NFC', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Guzma\u0301n\r\nline two\rthree')]);
    const r = decodeText(bytes);
    expect(r).toEqual({ ok: true, value: 'Guzmán\nline two\nthree' });
    if (r.ok) expect(r.value.includes('\u0301')).toBe(false);
  });

  it('rejects an empty file and a whitespace-only file', () => {
    expect(reasonOf(decodeText(new Uint8Array()))).toBe('empty file');
    expect(reasonOf(decodeText(enc(' \n\n\t ')))).toMatch(/^empty file/);
  });

  it('rejects random bytes as binary', () => {
    // Deterministic pseudo-random bytes (a linear congruential generator), like a
    // JPEG or a zip someone saved under a .txt name.
    const bytes = new Uint8Array(4096);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      bytes[i] = x >>> 24;
    }
    expect(reasonOf(decodeText(bytes))).toBe('binary content (not text)');
  });

  it('rejects text with a NUL byte or many control characters as binary', () => {
    expect(looksBinary(enc('hello\u0000world'))).toBe(true);
    expect(looksBinary(enc('a\u0001b\u0002c\u0003d\u0004 and some more text'))).toBe(true);
    expect(looksBinary(enc('ordinary text\twith tabs\nand\fform feeds'))).toBe(false);
  });

  it('names the byte where UTF-8 goes wrong', () => {
    // "café" in Latin-1: 0xE9 at offset 3 is not valid UTF-8.
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]);
    expect(reasonOf(decodeText(latin1))).toBe('invalid UTF-8 at byte 3');
    const later = new Uint8Array([...enc('x'.repeat(1234)), 0xc3, 0x28]);
    expect(reasonOf(decodeText(later))).toBe('invalid UTF-8 at byte 1234');
  });

  it('rejects over-long encodings, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // U+D800
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe2, 0x82]))).toBe(2); // cut off
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // > U+10FFFF
    expect(firstInvalidUtf8(enc('Joaquín “El Chapo” Guzmán 🙂'))).toBe(-1);
  });

  it('rejects bytes over the limit without decoding them', () => {
    const bytes = new Uint8Array(2048).fill(0x61);
    expect(reasonOf(decodeText(bytes, { maxBytes: 1024 }))).toBe('file too large (2 KB > 1 KB limit)');
  });

  it('honours a declared legacy charset and ignores unknown labels', () => {
    const cp1252 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x78, 0x94]);
    expect(decodeText(cp1252, { charset: 'windows-1252' })).toEqual({ ok: true, value: 'café “x”' });
    expect(decodeText(enc('plain'), { charset: 'no-such-charset' })).toEqual({ ok: true, value: 'plain' });
    expect(reasonOf(decodeText(cp1252, { charset: 'utf-8' }))).toBe('invalid UTF-8 at byte 3');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    expect(decodeText(le)).toEqual({ ok: true, value: 'Hi' });
  });
});

describe('formatSize', () => {
  it('prints sizes as people read them', () => {
    expect(formatSize(500)).toBe('500 bytes');
    expect(formatSize(16 * 1024 * 1024)).toBe('16 MB');
    expect(formatSize(52.4 * 1024 * 1024)).toBe('52.4 MB');
  });
});

describe('normalizeText', () => {
  it('is idempotent', () => {
    const once = normalizeText('\ufeffa\r\nb\u0065\u0301');
    expect(normalizeText(once)).toBe(once);
  });
});
