import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS } from '../store/test-fixtures.js';
import type { ContradictionSource } from './judgments.js';
import { profile } from './profile.js';
import { openGraphFixture, type GraphFixture } from './test-fixtures.js';

let fx: GraphFixture;
beforeAll(async () => { fx = await openGraphFixture(); });
afterAll(async () => { await fx.cleanup(); });

describe('profile', () => {
  it('answers names with where each came from', async () => {
    const p = (await profile(fx.store, IDS.marisol))!;
    const reina = p.aliases.find((a) => a.name === 'La Reina')!;
    expect(reina.sources).toEqual([expect.objectContaining({
      documentTitle: 'Cartel leader "La Reina" arrested', mentions: 1, firstMention: expect.objectContaining({ start: expect.any(Number) }),
    })]);
    expect(p.aliases.find((a) => a.name === 'Quintero')!.sources).toHaveLength(2);
  });

  it('groups ties by predicate and direction, with corroboration', async () => {
    const p = (await profile(fx.store, IDS.marisol))!;
    const leads = p.ties.find((g) => g.predicate === 'leader_of')!;
    expect(leads.direction).toBe('out');
    expect(leads.ties).toEqual([expect.objectContaining({ other: expect.objectContaining({ id: IDS.cartel }), corroboration: 2, contradictions: [] })]);
    expect(p.ties.find((g) => g.predicate === 'lawyer_of')!.direction).toBe('in');
    const cartel = (await profile(fx.store, IDS.cartel))!;
    expect(cartel.ties.find((g) => g.predicate === 'rival')).toMatchObject({ direction: 'mutual', ties: [expect.objectContaining({ corroboration: 2 })] });
    expect(cartel.amounts[0]).toMatchObject({ amount: 12_000_000, corroboration: 1 });
    expect(p.contradictionsChecked).toBe(false);
  });

  it('flags the facts a contradiction source names', async () => {
    const base = (await profile(fx.store, IDS.marisol))!;
    const arrest = base.events.find((e) => e.type === 'arrest' && e.date !== null)!;
    const source: ContradictionSource = {
      forFacts: async (ids) => ids.includes(arrest.id)
        ? [{ factKind: 'event', factId: arrest.id, field: 'date', values: [{ value: '2021-03-02', documentIds: ['a'] }, { value: '2021-03-01', documentIds: ['b'] }] }]
        : [],
    };
    const p = (await profile(fx.store, IDS.marisol, source))!;
    expect(p.contradictionsChecked).toBe(true);
    expect(p.events.find((e) => e.id === arrest.id)!.contradictions).toHaveLength(1);
    expect(p.events.filter((e) => e.contradictions.length === 0)).toHaveLength(p.events.length - 1);
  });

  it('is null for an unknown actor', async () => {
    expect(await profile(fx.store, 'ent_nobody')).toBeNull();
  });
});
