/**
 * Where the sources disagree. nexo never settles a disagreement silently: it keeps every
 * statement and lists the conflicts, so a person can judge them.
 *
 * - the same one-time event of the same actor with dates that cannot both be right
 *   ("sentenced in April 2017" and "sentenced in 2016");
 * - the same kind of amount for the same party with different values;
 * - one fact whose sources give different values for it (a sentence of life and one of
 *   25 years, an arrest in two places, a tie that began in two years).
 */
import type { AmountRecord, Citation, EntitySummary, EventRecord, RelationRecord } from '../store/store.js';

export type ContradictionKind = 'event-date' | 'amount-value' | 'stated-value';

export interface ConflictingValue {
  value: string;
  /** The fact that carries it (an id for `nexo reject`/`confirm`). */
  factId: string;
  citations: Citation[];
}

export interface Contradiction {
  kind: ContradictionKind;
  /** The actor it is about. */
  subject: EntitySummary | null;
  /** "sentencing of Alfredo Beltrán Leyva: date". */
  about: string;
  values: ConflictingValue[];
}

/** Events an actor goes through once per case; two dates for one of them is a conflict. */
const ONE_TIME: ReadonlySet<string> = new Set(['sentencing', 'conviction', 'plea', 'extradition', 'killing']);
/** Amounts that are one figure per party: two figures are a conflict. */
const ONE_FIGURE: ReadonlySet<string> = new Set(['forfeiture_ordered', 'settlement', 'proceeds_estimate']);
const TOLERANCE = 0.01;

/** "2017" and "2017-04-05" agree (one is more precise); "2016" and "2017-04" do not. */
export function datesAgree(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function groupBy<T>(items: T[], key: (t: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(item); else out.set(k, [item]);
  }
  return out;
}

function eventDates(events: EventRecord[]): Contradiction[] {
  const out: Contradiction[] = [];
  const groups = groupBy(events.filter((e) => e.date !== null && ONE_TIME.has(e.type)), (e) => `${e.type}|${e.subject.id}`);
  for (const group of groups.values()) {
    // Only dates at odds with another date count; a year and a day within it do not.
    const clashing = group.filter((e) => group.some((o) => !datesAgree(e.date!, o.date!)));
    if (clashing.length < 2) continue;
    const first = clashing[0]!;
    out.push({
      kind: 'event-date', subject: first.subject, about: `${first.type} of ${first.subject.name}: date`,
      values: clashing.map((e) => ({ value: e.date!, factId: e.id, citations: e.citations })),
    });
  }
  return out;
}

function amountValues(amounts: AmountRecord[]): Contradiction[] {
  const out: Contradiction[] = [];
  const groups = groupBy(amounts.filter((a) => a.party !== null && ONE_FIGURE.has(a.kind)), (a) => `${a.kind}|${a.party!.id}|${a.currency}`);
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => a.amount - b.amount);
    const lo = sorted[0]!, hi = sorted[sorted.length - 1]!;
    if (sorted.length < 2 || (hi.amount - lo.amount) / Math.max(Math.abs(hi.amount), 1) <= TOLERANCE) continue;
    out.push({
      kind: 'amount-value', subject: lo.party, about: `${lo.kind.replace(/_/g, ' ')} for ${lo.party!.name}`,
      values: sorted.map((a) => ({ value: `${a.currency} ${a.amount.toLocaleString('en-US')}`, factId: a.id, citations: a.citations })),
    });
  }
  return out;
}

/** One fact, several sources, different values for one field. */
function statedValues(factId: string, subject: EntitySummary, about: string, citations: Citation[], fields: string[]): Contradiction[] {
  const out: Contradiction[] = [];
  for (const field of fields) {
    const byValue = groupBy(citations, (c) => {
      const v = c.stated[field];
      return v === null || v === undefined || typeof v === 'object' ? null : String(v);
    });
    if (byValue.size < 2) continue;
    // Dates at different precision agree; other values must be equal.
    const values = [...byValue.keys()];
    if (field === 'start' || field === 'end') {
      if (values.every((a) => values.every((b) => datesAgree(a, b)))) continue;
    }
    out.push({
      kind: 'stated-value', subject, about: `${about}: ${field}`,
      values: [...byValue.entries()].map(([value, cs]) => ({ value, factId, citations: cs })),
    });
  }
  return out;
}

export function findContradictions(facts: { relations: RelationRecord[]; events: EventRecord[]; amounts: AmountRecord[] }): Contradiction[] {
  return [
    ...eventDates(facts.events),
    ...amountValues(facts.amounts),
    ...facts.events.flatMap((e) => statedValues(e.id, e.subject, `${e.type} of ${e.subject.name}`, e.citations, ['detail', 'place'])),
    ...facts.relations.flatMap((r) => statedValues(r.id, r.subject, `${r.subject.name} ${r.predicate} ${r.object.name}`, r.citations, ['qualifier', 'start', 'end'])),
  ];
}
