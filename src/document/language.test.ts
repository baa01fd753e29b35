import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLanguage, resolveLanguage } from './language.js';

describe('normalizeLanguage', () => {
  it('reduces tags to their ISO 639-1 code', () => {
    expect(normalizeLanguage('en')).toBe('en');
    expect(normalizeLanguage('en-US')).toBe('en');
    expect(normalizeLanguage('es_MX')).toBe('es');
    expect(normalizeLanguage('PT')).toBe('pt');
  });
  it('refuses what is not a code', () => {
    expect(normalizeLanguage('English')).toBeNull();
    expect(normalizeLanguage('')).toBeNull();
    expect(normalizeLanguage(5)).toBeNull();
  });
});

describe('detectLanguage', () => {
  it('detects Spanish and English prose', async () => {
    expect(
      await detectLanguage(
        'Un juez federal condenó a cadena perpetua al exlíder de la organización criminal, ' +
          'que fue extraditado a Estados Unidos después de una larga batalla legal.',
      ),
    ).toBe('es');
    expect(
      await detectLanguage(
        'A federal judge sentenced the former leader of the criminal organization to life in prison ' +
          'after a lengthy legal battle over his extradition to the United States.',
      ),
    ).toBe('en');
  });

  it('falls back to English when there is too little text', async () => {
    expect(await detectLanguage('12 34 -- ok')).toBe('en');
  });
});

describe('resolveLanguage', () => {
  it('prefers the declared language over detection', async () => {
    expect(await resolveLanguage('es', 'This text is plainly written in the English language, whatever it says.')).toBe('es');
    expect(await resolveLanguage(null, 'Este texto está escrito claramente en español, diga lo que diga la etiqueta.')).toBe('es');
  });
});
