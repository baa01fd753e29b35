/** Where groups and people operate, read end to end from sentences written for these tests (invented names). */
import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';

function relations(text: string, published = '2021-03-10'): string[] {
  const x = extract({ id: 't', text, published });
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.map((r) => `${name.get(r.subject)} ${r.predicate}${r.qualifier ? `(${r.qualifier})` : ''} ${name.get(r.object)}`);
}

describe('a generic subject before a territory cue', () => {
  it('reads "The gang …" opening a sentence as the group just named, not the story\'s main one', () => {
    const r = relations('The Costa Brava Gang dominates the port. The Costa Brava Gang also bribes officials. '
      + 'Cash came from rackets run by the Río Verde Gang. The gang grew out of a prison in Durango.');
    expect(r).toContain('Río Verde Gang operates_in Durango');
    expect(r).not.toContain('Costa Brava Gang operates_in Durango');
  });
});
