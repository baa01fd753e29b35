import { describe, expect, it } from 'vitest';
import type { AmountRecord, Citation, EntitySummary, EventRecord, RelationRecord } from '../store/store.js';
import { datesAgree, findContradictions } from './contradictions.js';

const ana: EntitySummary = { id: 'ana-soto', type: 'Person', name: 'Ana Soto', documents: 2 };
const clan: EntitySummary = { id: 'clan-norte', type: 'Organization', name: 'Clan Norte', documents: 2 };

function cite(documentId: string, stated: Record<string, unknown> = {}): Citation {
  return { documentId, documentTitle: documentId, start: 0, end: 10, sentence: `a sentence in ${documentId}`, rule: 'test', stated };
}

function event(id: string, type: EventRecord['type'], date: string | null, citations: Citation[]): EventRecord {
  return { id, type, subject: ana, others: {}, date, precision: null, place: null, detail: null, citations, corroboration: citations.length, status: null };
}

function amount(id: string, value: number, kind: AmountRecord['kind']): AmountRecord {
  return { id, amount: value, currency: 'USD', kind, party: ana, date: null, basis: null, citations: [cite(id)], corroboration: 1, status: null };
}

const none = { relations: [] as RelationRecord[], events: [] as EventRecord[], amounts: [] as AmountRecord[] };

describe('findContradictions', () => {
  it('flags a one-time event with dates that cannot both be right, not one that is merely more precise', () => {
    const found = findContradictions({ ...none, events: [
      event('e1', 'sentencing', '2017-04', [cite('d1')]),
      event('e2', 'sentencing', '2017-04-05', [cite('d2')]),
      event('e3', 'sentencing', '2016', [cite('d3')]),
    ] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'event-date', subject: ana });
    expect(found[0]!.values.map((v) => v.value).sort()).toEqual(['2016', '2017-04', '2017-04-05']);
  });

  it('does not flag arrests on two dates: a person can be arrested twice', () => {
    expect(findContradictions({ ...none, events: [event('e1', 'arrest', '2009', [cite('d1')]), event('e2', 'arrest', '2014', [cite('d2')])] })).toEqual([]);
  });

  it('flags one kind of amount for one party with different values, within a tolerance', () => {
    const found = findContradictions({ ...none, amounts: [amount('a1', 529_000_000, 'forfeiture_ordered'), amount('a2', 500_000_000, 'forfeiture_ordered'), amount('a3', 12, 'laundered')] });
    expect(found).toHaveLength(1);
    expect(found[0]!.values.map((v) => v.factId)).toEqual(['a2', 'a1']);
    expect(findContradictions({ ...none, amounts: [amount('a1', 1_000_000, 'settlement'), amount('a2', 1_004_000, 'settlement')] })).toEqual([]);
  });

  it('flags one fact whose sources give different values: life against 25 years', () => {
    const sentencing = event('e1', 'sentencing', '2017-04-05', [cite('d1', { detail: 'life in prison' }), cite('d2', { detail: '25 years' })]);
    const found = findContradictions({ ...none, events: [sentencing] });
    expect(found).toEqual([expect.objectContaining({ kind: 'stated-value', about: 'sentencing of Ana Soto: detail' })]);
    expect(found[0]!.values.map((v) => v.value).sort()).toEqual(['25 years', 'life in prison']);
  });

  it('reads relation dates at different precision as agreeing', () => {
    const tie: RelationRecord = { id: 'r1', subject: ana, predicate: 'leader_of', object: clan, qualifier: null, start: '2010', end: null,
      citations: [cite('d1', { start: '2010' }), cite('d2', { start: '2010-06' })], corroboration: 2, status: null };
    expect(findContradictions({ ...none, relations: [tie] })).toEqual([]);
    const clash = { ...tie, citations: [cite('d1', { start: '2010' }), cite('d2', { start: '2012' })] };
    expect(findContradictions({ ...none, relations: [clash] })).toHaveLength(1);
    expect(datesAgree('2012', '2012-01-30')).toBe(true);
    expect(datesAgree('2012-02', '2012-01-30')).toBe(false);
  });
});
