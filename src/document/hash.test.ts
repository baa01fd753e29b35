import { describe, expect, it } from 'vitest';
import { documentId } from './hash.js';

describe('documentId', () => {
  it('is the sha256 hex of the UTF-8 text', () => {
    // Known vector: sha256("abc").
    expect(documentId('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('differs when the text differs, even by an accent', () => {
    expect(documentId('Guzman')).not.toBe(documentId('Guzmán'));
    expect(documentId('x')).toMatch(/^[0-9a-f]{64}$/);
  });
});
