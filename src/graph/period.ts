/**
 * Periods over dates of mixed precision. A date "2017" covers all of 2017 and "2017-04" all
 * of April: two extents overlap when each starts before the other ends. Comparing ISO
 * strings does this once an extent's end is the date followed by "~", which sorts after
 * every digit and "-" (the same rule the store's SQL uses).
 */

/** YYYY, YYYY-MM or YYYY-MM-DD with a real month and day. */
const ISO_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/u;

export function isPartialDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  if (m[3] === undefined) return true;
  // A day that the month has: 2021-02-30 is no date.
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]);
}

export interface Period {
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * Whether [start, end] overlaps the period. A null start is open into the past and a null
 * end open into the future ("leader since 2010" still holds in 2020); a dated point is
 * overlaps(date, date).
 */
export function overlaps(start: string | null, end: string | null, period: Period): boolean {
  if (period.from !== undefined && end !== null && `${end}~` < period.from) return false;
  if (period.to !== undefined && start !== null && start > `${period.to}~`) return false;
  return true;
}

/** Whether a period is set at all. */
export function hasPeriod(period: Period): boolean {
  return period.from !== undefined || period.to !== undefined;
}
