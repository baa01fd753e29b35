import { describe, expect, it } from 'vitest';
import { analyse } from './tokens.js';
import { findNames } from './names.js';
import { buildEntities } from './entities.js';
import { DocContext } from './context.js';

describe('DocContext.antecedent', () => {
  it('points a generic noun at the name the text described with that noun, not at the story\'s most named group', () => {
    const text = 'The Mara Salvatrucha (MS-13) is a gang. MS-13 leaders give orders. The Coastal Locos (CL) clique is one of the oldest MS-13 cliques. Members of the clique extorted shops.';
    const a = analyse(text);
    const { entities, mentions } = buildEntities(a, findNames(a));
    const c = new DocContext(a, entities, mentions, [], [], []);
    const at = text.indexOf('the clique');
    expect(c.byId.get(c.antecedent(at, 'clique')!.entity)?.name).toBe('Coastal Locos');
  });
});
