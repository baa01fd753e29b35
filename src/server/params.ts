/**
 * Reading query strings. Each reader answers a value or a message saying what was wrong
 * and what would be right, which the API returns with a 400: a person typing a URL, or a
 * script, learns how to fix it; nothing malformed reaches graph/ or the store.
 */
import { ENTITY_TYPES, EVENT_TYPES, MONEY_KINDS, PREDICATES } from '../extract/extraction.js';
import { isPartialDate } from '../graph/period.js';

export class BadRequest extends Error {
  override name = 'BadRequest';
}

/** Ids are short slugs and hashes; anything far longer is no id. */
export const MAX_ID_LENGTH = 512;
/** Lists (of predicates, types) longer than this are no honest request. */
const MAX_LIST = 50;

type Raw = string | undefined;

function present(value: Raw): value is string {
  return value !== undefined && value.trim() !== '';
}

/** An optional whole number in [min, max], or `fallback`. */
export function intParam(name: string, value: Raw, min: number, max: number, fallback: number): number {
  if (!present(value)) return fallback;
  const n = /^\d{1,7}$/u.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!(n >= min && n <= max)) throw new BadRequest(`${name} must be a whole number from ${min} to ${max}.`);
  return n;
}

export function idParam(name: string, value: Raw, required: true): string;
export function idParam(name: string, value: Raw, required?: false): string | undefined;
export function idParam(name: string, value: Raw, required = false): string | undefined {
  if (!present(value)) {
    if (required) throw new BadRequest(`Give ${name} as the id of an actor (see /api/search).`);
    return undefined;
  }
  if (value.length > MAX_ID_LENGTH) throw new BadRequest(`${name} is longer than ${MAX_ID_LENGTH} characters; it is no id.`);
  return value.trim();
}

/** An optional YYYY, YYYY-MM or YYYY-MM-DD. */
export function dateParam(name: string, value: Raw): string | undefined {
  if (!present(value)) return undefined;
  const v = value.trim();
  if (!isPartialDate(v)) throw new BadRequest(`${name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got "${v.slice(0, 40)}").`);
  return v;
}

/** A from/to pair, in order. */
export function periodParams(from: Raw, to: Raw, names: [string, string] = ['from', 'to']): { from?: string; to?: string } {
  const f = dateParam(names[0], from);
  const t = dateParam(names[1], to);
  // Compare the start of `from` with the end of `to` (see period.ts).
  if (f !== undefined && t !== undefined && f > `${t}~`) throw new BadRequest(`${names[0]} (${f}) is after ${names[1]} (${t}).`);
  return { ...(f === undefined ? {} : { from: f }), ...(t === undefined ? {} : { to: t }) };
}

function oneOfList<T extends string>(name: string, value: Raw, allowed: readonly T[]): T[] | undefined {
  if (!present(value)) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length > MAX_LIST) throw new BadRequest(`${name} lists more than ${MAX_LIST} values.`);
  const wrong = items.filter((i) => !(allowed as readonly string[]).includes(i));
  if (wrong.length > 0) {
    throw new BadRequest(`${name}: unknown value${wrong.length > 1 ? 's' : ''} ${wrong.slice(0, 5).map((w) => `"${w.slice(0, 40)}"`).join(', ')}; use any of ${allowed.join(', ')}, separated by commas.`);
  }
  return [...new Set(items)] as T[];
}

function oneOf<T extends string>(name: string, value: Raw, allowed: readonly T[]): T | undefined {
  const list = oneOfList(name, value, allowed);
  if (list === undefined) return undefined;
  if (list.length !== 1) throw new BadRequest(`${name} takes one value, one of ${allowed.join(', ')}.`);
  return list[0];
}

export const predicatesParam = (value: Raw) => oneOfList('predicates', value, PREDICATES);
export const eventTypesParam = (value: Raw) => oneOfList('types', value, EVENT_TYPES);
export const moneyKindsParam = (value: Raw) => oneOfList('kinds', value, MONEY_KINDS);
export const entityTypeParam = (value: Raw) => oneOf('type', value, ENTITY_TYPES);

/** A currency code as the extractor writes them: three capital letters. */
export function currencyParam(value: Raw): string | undefined {
  if (!present(value)) return undefined;
  const v = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/u.test(v)) throw new BadRequest('currency must be a three-letter code such as USD.');
  return v;
}

/** Free text for a facet value (an outlet's name, a year): bounded, nothing else checked. */
export function textParam(name: string, value: Raw, maxLength = 200): string | undefined {
  if (!present(value)) return undefined;
  if ([...value].length > maxLength) throw new BadRequest(`${name} is longer than ${maxLength} characters.`);
  return value.trim();
}
