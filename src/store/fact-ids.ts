/**
 * Deterministic fact ids. A fact's id is a hash of its key, so the same fact stated by
 * two documents (or ingested into two stores) lands on one row, and each statement of it
 * becomes one more evidence row: corroboration is the number of distinct documents.
 * Values outside the key (a relation's dates, an event's place) may differ between
 * sources; they are kept per evidence row so that contradictions can be shown.
 */
import { createHash } from 'node:crypto';
import type { EventType, MoneyKind, Predicate } from '../extract/extraction.js';

/** The kind is part of the hashed key so that ids of different kinds can never collide. */
function factId(prefix: string, parts: readonly (string | number | null)[]): string {
  const key = parts.map((p) => (p === null ? '' : String(p))).join('|');
  return prefix + createHash('sha1').update(`${prefix}|${key}`).digest('hex');
}

/** Graph entity ids are the key's parts, so the caller passes resolved ids, not local ones. */
export function relationId(subjectId: string, predicate: Predicate, objectId: string): string {
  return factId('rel_', [subjectId, predicate, objectId]);
}

/** `date` is at whatever precision the text gave: "2016" and "2016-01-08" are two facts. */
export function eventId(type: EventType, subjectId: string, date: string | null): string {
  return factId('evt_', [type, subjectId, date]);
}

export function amountId(amount: number, currency: string, kind: MoneyKind, partyId: string | null): string {
  return factId('amt_', [amount, currency.toUpperCase(), kind, partyId]);
}
