/** Relatives named by their tie in an event's clause (sentences written for these tests, invented names). */
import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';

function events(text: string, published = '2021-03-10'): string[] {
  const x = extract({ id: 't', text, published });
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.events.map((e) => `${e.type} ${name.get(e.subject)} ${e.date ?? '-'}`);
}

describe('kin in events', () => {
  it('gives "arrested X and his son" to the son the story named before', () => {
    const text = 'Prosecutors say Gilberto Sauceda Ríos ran the trucks. His son, Mateo Sauceda Paz, kept the books. '
      + 'Agents arrested Sauceda Ríos and his son in Laredo in May 2019.';
    const r = events(text);
    expect(r).toEqual(expect.arrayContaining(['arrest Gilberto Sauceda Ríos 2019-05', 'arrest Mateo Sauceda Paz 2019-05']));
  });

  it('does not guess which son when the story names two', () => {
    const text = 'His son, Mateo Sauceda Paz, kept the books for Gilberto Sauceda Ríos. His son, Lucas Sauceda Paz, drove. '
      + 'Agents arrested Sauceda Ríos and his son in Laredo in May 2019.';
    const r = events(text).filter((x) => x.startsWith('arrest'));
    expect(r).toEqual(['arrest Gilberto Sauceda Ríos 2019-05']);
  });
});
