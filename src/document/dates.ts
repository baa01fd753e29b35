/**
 * Calendar dates as they appear in metadata and article text, reduced to ISO YYYY-MM-DD.
 * Only full dates (day, month and year) count: a published date is the reference for
 * resolving "Wednesday" or "last June", so a bare month or year is not enough.
 */

const MONTHS: Record<string, number> = {};
function months(names: string[], month: number): void {
  for (const n of names) MONTHS[n] = month;
}
// English full names and abbreviations (with "Sept"), Spanish names: the reporting nexo
// reads is mostly in English and Spanish.
months(['january', 'jan', 'enero', 'ene'], 1);
months(['february', 'feb', 'febrero'], 2);
months(['march', 'mar', 'marzo'], 3);
months(['april', 'apr', 'abril', 'abr'], 4);
months(['may', 'mayo'], 5);
months(['june', 'jun', 'junio'], 6);
months(['july', 'jul', 'julio'], 7);
months(['august', 'aug', 'agosto', 'ago'], 8);
months(['september', 'sep', 'sept', 'septiembre', 'setiembre'], 9);
months(['october', 'oct', 'octubre'], 10);
months(['november', 'nov', 'noviembre'], 11);
months(['december', 'dec', 'diciembre', 'dic'], 12);

// Longest names first so "September" is not read as "Sep" + "tember".
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const ISO = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;
// "March 3, 2021", "Mar. 3 2021", "Sept. 5th, 2019", "marzo 3 de 2021"
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:de\\s+)?(\\d{4})\\b`, 'i');
// "3 March 2021", "14 DEC 2021", "3rd of March, 2021", "3 de marzo de 2021"
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+|de\\s+)?(${MONTH_ALT})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b`, 'i');

/** YYYY-MM-DD for a real calendar day (no 31 April, no 29 February 2021), else null. */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface FoundDate {
  iso: string;
  /** Where the date's text starts in the searched string, and how long it is. */
  index: number;
  length: number;
}

/** The earliest full date written in `text` (ISO, "March 3, 2021" or "3 March 2021"). */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  const consider = (m: RegExpExecArray | null, y: number, mo: number, d: number) => {
    if (!m) return;
    const iso = isoFromParts(y, mo, d);
    if (iso && (best === null || m.index < best.index)) best = { iso, index: m.index, length: m[0].length };
  };
  const iso = ISO.exec(text);
  if (iso) consider(iso, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) consider(mdy, Number(mdy[3]), MONTHS[mdy[1]!.toLowerCase()] ?? 0, Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) consider(dmy, Number(dmy[3]), MONTHS[dmy[2]!.toLowerCase()] ?? 0, Number(dmy[1]));
  return best;
}

/**
 * A metadata value (front matter, meta tag, JSON-LD, PDF info) as an ISO date.
 * Timestamps keep the date as written ("2017-04-06T02:00:00-04:00" → 2017-04-06): that is
 * the publisher's local day, which is what relative dates in the text are relative to.
 */
export function toIsoDate(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  // PDF dates: "D:20210303120000Z".
  const pdf = /^D:(\d{4})(\d{2})(\d{2})/.exec(s);
  if (pdf) return isoFromParts(Number(pdf[1]), Number(pdf[2]), Number(pdf[3]));
  // Compact "20210303" (some CMSs' meta tags).
  const compact = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(s);
  if (compact) return isoFromParts(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return findDate(s)?.iso ?? null;
}
