import { describe, expect, it } from 'vitest';
import { decodeEntities, joinBlocks, tidyText } from './whitespace.js';

describe('tidyText', () => {
  it('folds spaces, trims lines and keeps one blank line between paragraphs', () => {
    expect(tidyText('  One\u00a0two \t three  \n\n\n\nFour\u200b five \n \n')).toBe('One two three\n\nFour five');
  });
  it('keeps single line breaks inside a paragraph', () => {
    expect(tidyText('a\nb\n\nc')).toBe('a\nb\n\nc');
  });
  it('drops soft hyphens so names match', () => {
    expect(tidyText('Bel\u00adtrán')).toBe('Beltrán');
  });
});

describe('joinBlocks', () => {
  it('separates non-empty blocks by a blank line', () => {
    expect(joinBlocks(['Title', '  ', 'Para one.\n\n\nstill', 'Para two.'])).toBe('Title\n\nPara one.\n\nstill\n\nPara two.');
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and leaves unknown ones', () => {
    expect(decodeEntities('AT&amp;T &#8220;El Chapo&#x201D; &bogus; &#0;')).toBe('AT&T “El Chapo” &bogus; &#0;');
  });
});
