import { describe, expect, it } from 'vitest';
import { inline, markdownToText } from './markdown.js';

describe('markdownToText', () => {
  it('reduces a Markdown article to plain prose', () => {
    const md = [
      '# Port raid nets two tons of cocaine',
      '',
      'Customs agents in **Puerto Azul** seized the shipment on',
      'Tuesday, according to [the prosecutor\'s office](https://example.org/po "Press").',
      '',
      '## Who is behind it',
      '',
      '- The *Hermanos Vela* network',
      '* A shipping company, [Naviera Sol][ns]',
      '1. Two customs officers',
      '',
      '> "We followed the money," said _prosecutor_ Ana Ruiz.',
      '',
      '![A container at the port](img/port.jpg)',
      '',
      '---',
      '',
      '[ns]: https://example.org/ns',
    ].join('\n');
    const r = markdownToText(md);
    expect(r.title).toBe('Port raid nets two tons of cocaine');
    expect(r.text).toBe(
      [
        "Customs agents in Puerto Azul seized the shipment on Tuesday, according to the prosecutor's office.",
        'Who is behind it',
        'The Hermanos Vela network',
        'A shipping company, Naviera Sol',
        'Two customs officers',
        '"We followed the money," said prosecutor Ana Ruiz.',
      ].join('\n\n'),
    );
  });

  it('treats a setext heading as a heading and keeps code lines', () => {
    const r = markdownToText('Headline here\n=============\n\nBody text.\n\n```\nraw *stars* stay\n```\n');
    expect(r.title).toBe('Headline here');
    expect(r.text).toBe('Body text.\n\nraw *stars* stay');
  });

  it('only takes a level-1 heading that opens the file as the title', () => {
    const r = markdownToText('Intro paragraph.\n\n# Later heading\n\nMore.');
    expect(r.title).toBeNull();
    expect(r.text).toBe('Intro paragraph.\n\nLater heading\n\nMore.');
  });

  it('reads tables as rows of cells', () => {
    const r = markdownToText('| Name | Role |\n|---|:---:|\n| Ana Ruiz | prosecutor |');
    expect(r.text).toBe('Name; Role\n\nAna Ruiz; prosecutor');
  });
});

describe('inline', () => {
  it('keeps escaped characters and intraword underscores', () => {
    expect(inline('5 \\* 3 and snake_case_name and \\_not emphasis\\_')).toBe('5 * 3 and snake_case_name and _not emphasis_');
  });
  it('unwraps nested emphasis, code, strikethrough and autolinks', () => {
    expect(inline('***very*** `code` ~~old~~ <https://example.org> <b>bold</b> a < b')).toBe(
      'very code old https://example.org bold a < b',
    );
  });
  it('leaves lone asterisks alone', () => {
    expect(inline('rated 4* out of 5 * stars')).toBe('rated 4* out of 5 * stars');
  });
});
