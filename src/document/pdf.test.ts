import { describe, expect, it } from 'vitest';
import { pdfToArticle, unwrapPdfLines } from './pdf.js';
import { makePdf } from './test-fixtures.js';

const LINES = [
  'The Justice Department announced today that a former police',
  'commander was charged with leaking information to traffickers.',
  'He faces up to twenty years in prison.',
];

describe('pdfToArticle', () => {
  it('reads the text of a valid PDF and its title', async () => {
    const r = await pdfToArticle(makePdf(LINES, { title: 'Former commander charged' }));
    expect(r).toEqual({
      ok: true,
      value: {
        text:
          'The Justice Department announced today that a former police commander was charged with leaking information to traffickers.\n' +
          'He faces up to twenty years in prison.',
        meta: { title: 'Former commander charged', language: null },
        pages: 1,
      },
    });
  });

  it('ignores a title that is only the authoring file name', async () => {
    const r = await pdfToArticle(makePdf(LINES, { title: 'Microsoft Word - release_final.docx' }));
    expect(r.ok && r.value.meta.title).toBeNull();
  });

  it('gives a one-line reason for a truncated PDF', async () => {
    const whole = makePdf(LINES);
    for (const cut of [300, 100, 20]) {
      const r = await pdfToArticle(whole.slice(0, cut));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reason).toMatch(/^corrupt PDF: /);
        expect(r.reason).not.toContain('\n');
      }
    }
  });

  it('rejects bytes that are not a PDF at all', async () => {
    expect(await pdfToArticle(new TextEncoder().encode('just some text'))).toEqual({ ok: false, reason: 'corrupt PDF: no %PDF header' });
    expect(await pdfToArticle(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
  });

  it('reports a PDF without a text layer', async () => {
    const r = await pdfToArticle(makePdf([]));
    expect(r).toEqual({ ok: false, reason: 'no text in PDF (1 page; scanned pages need OCR first)' });
  });
});

describe('unwrapPdfLines', () => {
  it('rejoins hyphenated words and sentences broken by layout', () => {
    expect(unwrapPdfLines('drug traf-\nficking routes\nthrough the port.\nThe next sentence.')).toBe(
      'drug trafficking routes through the port.\nThe next sentence.',
    );
  });
  it('keeps breaks before capitals and after sentence ends', () => {
    expect(unwrapPdfLines('WASHINGTON\nThe court said.\nand more')).toBe('WASHINGTON\nThe court said.\nand more');
  });
});
