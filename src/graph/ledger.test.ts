import { describe, expect, it } from 'vitest';
import type { AmountRecord } from '../store/store.js';
import { totalsOf } from './ledger.js';

const party = { id: 'p', type: 'Person' as const, name: 'P', documents: 1 };
const row = (amount: number, over: Partial<AmountRecord> = {}): AmountRecord => ({
  id: String(amount), amount, currency: 'USD', kind: 'forfeiture_ordered', party, date: null, basis: null, citations: [], corroboration: 0, status: null, ...over,
});

describe('totalsOf', () => {
  it('adds up by party, kind and currency, never across them', () => {
    const { totals, kindTotals } = totalsOf([
      row(100), row(50), row(70, { kind: 'proceeds_estimate' }), row(9, { currency: 'MXN' }), row(5, { party: null }),
    ]);
    expect(totals).toEqual([
      { party, kind: 'forfeiture_ordered', currency: 'MXN', total: 9, count: 1 },
      { party, kind: 'forfeiture_ordered', currency: 'USD', total: 150, count: 2 },
      { party, kind: 'proceeds_estimate', currency: 'USD', total: 70, count: 1 },
      { party: null, kind: 'forfeiture_ordered', currency: 'USD', total: 5, count: 1 },
    ]);
    expect(kindTotals).toEqual([
      { kind: 'forfeiture_ordered', currency: 'MXN', total: 9, count: 1 },
      { kind: 'forfeiture_ordered', currency: 'USD', total: 155, count: 3 },
      { kind: 'proceeds_estimate', currency: 'USD', total: 70, count: 1 },
    ]);
  });
});
