import { describe, expect, it } from 'vitest';
import { relationId } from './fact-ids.js';
import { IngestInputError, planIngest } from './ingest-plan.js';
import { nameKey } from './name-key.js';
import { IDS, harborCourier, valleyPost } from './test-fixtures.js';

describe('planIngest', () => {
  it('maps local entities to graph ids and tallies names by mentions', () => {
    const plan = planIngest(harborCourier());
    expect(plan.entities.map((e) => e.id).sort()).toEqual([IDS.cartel, IDS.marisol, IDS.ibarra, IDS.veracruz].sort());
    const marisol = plan.names.filter((n) => n.entityId === IDS.marisol);
    expect(marisol).toContainEqual({ entityId: IDS.marisol, name: 'La Reina', nameKey: 'la reina', mentions: 1 });
    expect(plan.mentions.every((m) => m.entityId.startsWith('ent_'))).toBe(true);
  });

  it('gives the same fact the same id in different documents', () => {
    const a = planIngest(harborCourier()).relations.find((r) => r.predicate === 'leader_of')!;
    const b = planIngest(valleyPost()).relations.find((r) => r.predicate === 'leader_of')!;
    expect(a.id).toBe(b.id);
    expect(a.id).toBe(relationId(IDS.marisol, 'leader_of', IDS.cartel));
  });

  it('orders the two sides of an unqualified symmetric tie', () => {
    const rival = planIngest(valleyPost()).relations.find((r) => r.predicate === 'rival')!;
    expect(rival.subjectId < rival.objectId).toBe(true);
  });

  it('refuses references to unresolved entities and mismatched documents', () => {
    const unresolved = harborCourier();
    delete unresolved.resolution['tomas-ibarra'];
    expect(() => planIngest(unresolved)).toThrow(IngestInputError);
    const mismatched = harborCourier();
    mismatched.extraction.documentId = 'other';
    expect(() => planIngest(mismatched)).toThrow(/not/);
  });
});

describe('nameKey', () => {
  it('folds case, accents and spacing only', () => {
    expect(nameKey('  Joaquín  GUZMÁN ')).toBe('joaquin guzman');
    expect(nameKey('Ñúñez')).toBe('nunez');
    expect(nameKey('El Chapo')).not.toBe(nameKey('Chapo'));
  });
});
