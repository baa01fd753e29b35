/**
 * The ledger: sums of money by party and kind. Totals are kept per currency and per kind:
 * adding a forfeiture ordered to an estimate of proceeds, or dollars to pesos, would give a
 * number nobody stated.
 */
import type { MoneyKind } from '../extract/extraction.js';
import type { AmountRecord, EntitySummary, Store } from '../store/store.js';
import { corroboration } from './corroboration.js';

export interface LedgerQuery {
  partyId?: string | undefined;
  kinds?: readonly MoneyKind[] | undefined;
  currency?: string | undefined;
}

export interface LedgerTotal {
  /** null for sums no party was named for. */
  party: EntitySummary | null;
  kind: MoneyKind;
  currency: string;
  total: number;
  count: number;
}

export interface Ledger {
  rows: (AmountRecord & { corroboration: number })[];
  /** By party, kind and currency; largest first. */
  totals: LedgerTotal[];
  /** By kind and currency across parties. */
  kindTotals: Omit<LedgerTotal, 'party'>[];
  currencies: string[];
}

export function totalsOf(rows: readonly AmountRecord[]): { totals: LedgerTotal[]; kindTotals: Omit<LedgerTotal, 'party'>[] } {
  const byParty = new Map<string, LedgerTotal>();
  const byKind = new Map<string, Omit<LedgerTotal, 'party'>>();
  for (const r of rows) {
    const partyKey = `${r.party?.id ?? ''}\u0000${r.kind}\u0000${r.currency}`;
    const t = byParty.get(partyKey) ?? { party: r.party, kind: r.kind, currency: r.currency, total: 0, count: 0 };
    t.total += r.amount;
    t.count += 1;
    byParty.set(partyKey, t);
    const kindKey = `${r.kind}\u0000${r.currency}`;
    const k = byKind.get(kindKey) ?? { kind: r.kind, currency: r.currency, total: 0, count: 0 };
    k.total += r.amount;
    k.count += 1;
    byKind.set(kindKey, k);
  }
  const largest = (a: { total: number; currency: string }, b: { total: number; currency: string }) =>
    a.currency.localeCompare(b.currency) || b.total - a.total;
  return { totals: [...byParty.values()].sort(largest), kindTotals: [...byKind.values()].sort(largest) };
}

export async function ledger(store: Store, query: LedgerQuery): Promise<Ledger> {
  const amounts = await store.queryAmounts({ partyId: query.partyId, kinds: query.kinds, currency: query.currency });
  const rows = amounts.map((a) => ({ ...a, corroboration: corroboration(a.citations) }));
  return { rows, ...totalsOf(rows), currencies: [...new Set(rows.map((r) => r.currency))].sort() };
}
