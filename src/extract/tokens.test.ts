import { describe, expect, it } from 'vitest';
import { analyse } from './tokens.js';

/** Each token's text stands at its offsets in the document. */
function anchored(text: string): boolean {
  return analyse(text).tokens.every((t) => text.slice(t.start, t.end) === t.text);
}

describe('analyse offsets', () => {
  it('reads the spaces before each token off the text, whatever spaces they are', () => {
    const text = 'El\u00a0Chapo  was\u2003held\n\n\tin  \u202f Mexico.\r\n Then he  fled.';
    expect(anchored(text)).toBe(true);
    const a = analyse(text);
    expect(a.tokens.map((t) => t.space)).toEqual(a.tokens.map((t) => t.start > 0 && /\s/.test(text[t.start - 1]!)));
  });

  it('keeps wink\'s reading of a run of spaces longer than wink counts', () => {
    // wink caps a run of plain spaces below 0xFFFF; the tokens after it read as before.
    const text = 'A' + ' '.repeat(65_540) + 'B c';
    const a = analyse(text);
    expect(a.tokens.map((t) => t.text)).toEqual(['A', 'B', 'c']);
    expect(a.tokens[0]!.start).toBe(0);
  });
});
