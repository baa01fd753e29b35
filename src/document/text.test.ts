import { describe, expect, it } from 'vitest';
import { plainTextBody } from './text.js';

describe('plainTextBody', () => {
  it('keeps the words and the paragraph breaks', () => {
    expect(plainTextBody('First paragraph,\nwrapped.  \n\n\n\nSecond\u00a0one.\n')).toBe('First paragraph,\nwrapped.\n\nSecond one.');
  });
});
