/** Relation shapes, read end to end from sentences written for these tests (invented names). */
import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';

function relations(text: string, published = '2021-03-10'): string[] {
  const x = extract({ id: 't', text, published });
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.map((r) => `${name.get(r.subject)} ${r.predicate}${r.qualifier ? `(${r.qualifier})` : ''} ${name.get(r.object)}`);
}

describe('appositions after aliases and ages', () => {
  it('looks past an alias clause to the role', () => {
    const r = relations('Prosecutors named Tomás Ibarra Lugo, known as "El Zorro," or "The Fox," a Costa Brava Cartel plaza boss in Tampico.');
    expect(r).toContain('Tomás Ibarra Lugo member_of Costa Brava Cartel');
  });

  it('gives a shared "both …" apposition to everyone listed', () => {
    const r = relations('The indictment names the brothers Raúl Ibarra Lugo, also known as "Flaco," and Tomás Ibarra Lugo, also known as "Gordo," both alleged Costa Brava Cartel members.');
    expect(r).toEqual(expect.arrayContaining([
      'Raúl Ibarra Lugo member_of Costa Brava Cartel',
      'Tomás Ibarra Lugo member_of Costa Brava Cartel',
    ]));
    expect(r.some((x) => /Ibarra Lugo family\(sibling\) .*Ibarra Lugo/.test(x))).toBe(true);
  });

  it('reads the head of a part of a state body as working for it', () => {
    const r = relations('Police arrested Ramiro Solís Peña, 61, a retired commissioner who was once the regional chief of the Federal Police in Sonora.');
    expect(r).toContain('Ramiro Solís Peña works_for Federal Police');
    expect(r).not.toContain('Ramiro Solís Peña leader_of Federal Police');
  });
});
