import { describe, expect, it } from 'vitest';
import { publishedFromText } from './dateline.js';

describe('publishedFromText', () => {
  it.each([
    ['MEXICO CITY, March 3, 2021 (Reuters) – Mexican marines captured a cartel leader on Wednesday.', '2021-03-03'],
    ['WASHINGTON — Jan. 5, 2019 — A federal jury convicted the former police chief.', '2019-01-05'],
    ['Bogotá (AFP) – 3 de marzo de 2021 – La policía capturó al líder de la banda.', '2021-03-03'],
    ['Published on 3 May 2020\n\nThe gang was dismantled.', '2020-05-03'],
    ['Updated: 2021-02-03\n\nThe gang was dismantled.', '2021-02-03'],
    ['Police dismantle ring\n\nBy Ana Ruiz | Wednesday, April 5, 2017\n\nThe gang was dismantled.', '2017-04-05'],
    ['2019-11-02\nThe gang was dismantled.', '2019-11-02'],
    ['Actualizado el 5 de marzo de 2021\nPublicado el 3 de marzo de 2021 a las 10:15\n\nLa banda fue desarticulada.', '2021-03-03'],
  ])('%s', (text, expected) => {
    expect(publishedFromText(text)).toBe(expected);
  });

  it('prefers the published label over an update', () => {
    expect(publishedFromText('Updated: June 2, 2021\nPublished: June 1, 2021\n\nText.')).toBe('2021-06-01');
    expect(publishedFromText('Updated: June 2, 2021\n\nWASHINGTON — June 1, 2021 — Text.')).toBe('2021-06-01');
  });

  it('does not take a date from inside a sentence', () => {
    expect(
      publishedFromText(
        'The former leader was arrested on January 20, 2008, in Culiacán by soldiers acting on a tip, and extradited years later.',
      ),
    ).toBeNull();
  });

  it('does not look past the top of the text', () => {
    const filler = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of the article, with no date in it at all.`).join('\n\n');
    expect(publishedFromText(`${filler}\n\nPublished on 3 May 2020`)).toBeNull();
  });

  it('returns null when there is no full date', () => {
    expect(publishedFromText('WASHINGTON (AP) — A judge on Wednesday sentenced the kingpin.')).toBeNull();
    expect(publishedFromText('')).toBeNull();
  });
});
