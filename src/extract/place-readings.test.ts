import { describe, expect, it } from 'vitest';
import type { ExtractedEntity, Mention } from './extraction.js';
import { markRegionReadings } from './place-readings.js';

/** Location entities and their mentions, found by searching the text (invented stories). */
function setup(text: string, names: string[]): { entities: ExtractedEntity[]; mentions: Mention[] } {
  const entities = names.map((name) => ({ id: name.toLowerCase(), type: 'Location' as const, name, aliases: [], typeRule: 'test' }));
  const mentions: Mention[] = [];
  for (const e of entities) {
    for (let i = text.indexOf(e.name); i >= 0; i = text.indexOf(e.name, i + 1)) {
      mentions.push({ start: i, end: i + e.name.length, entity: e.id, text: e.name, rule: 'test' });
    }
  }
  return { entities, mentions: mentions.sort((a, b) => a.start - b.start) };
}

describe('markRegionReadings', () => {
  it('reads a name that is a city and a state as the state after "Town, "', () => {
    const text = 'The raid took place in Hempstead, New York, at dawn.';
    const { entities, mentions } = setup(text, ['Hempstead', 'New York']);
    markRegionReadings(text, entities, mentions);
    expect(entities.find((e) => e.name === 'New York')!.reading).toBe('region');
    expect(entities.find((e) => e.name === 'Hempstead')!.reading).toBeUndefined();
  });

  it('leaves the name alone where the text does not say (a court "in New York")', () => {
    const text = 'He was flown to New York, where a judge read the charges.';
    const { entities, mentions } = setup(text, ['New York']);
    markRegionReadings(text, entities, mentions);
    expect(entities[0]!.reading).toBeUndefined();
  });

  it('needs no mark for a region that is no major city too ("Reynosa, Tamaulipas")', () => {
    const text = 'Soldiers found the tunnel in Reynosa, Tamaulipas, on Monday.';
    const { entities, mentions } = setup(text, ['Reynosa', 'Tamaulipas']);
    markRegionReadings(text, entities, mentions);
    expect(entities.find((e) => e.name === 'Tamaulipas')!.reading).toBeUndefined();
  });
});
