/**
 * Dates an event takes from another one the text points back to: "the following month",
 * "a year later", "that day", "charged in the same indictment", "as part of his plea".
 * The date finder leaves these phrases alone because they have no anchor of their own.
 */
import type { DatePrecision, EventType, ExtractedEvent } from './extraction.js';
import type { DocContext } from './context.js';

export interface EventDate { iso: string; precision: DatePrecision }

type Unit = 'day' | 'month' | 'year';
const RANK: Record<DatePrecision, number> = { year: 1, month: 2, day: 3 };
const UNIT_PRECISION: Record<Unit, DatePrecision> = { day: 'day', month: 'month', year: 'year' };

const LATER = /\b(?:(?:the\s+)?(?:following|next)\s+(day|month|year)|(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|month|year)s?\s+later)\b/i;
const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const SAME_DAY = /\b(?:that|the\s+same)\s+day\b/i;
const AGREEMENT_TERMS = /\b(?:under|as part of)\s+(?:the|its|their|his|her|an?|these|those)?\s*(?:plea|settlement|deferred[- ]prosecution|non-prosecution)?\s*(?:agreements?|deals?)\b/i;
/** Phrases that point at an earlier event of a given type. */
const SAME_EVENT: [RegExp, EventType][] = [
  [/\b(?:in|under)\s+the\s+same\s+(?:indictment|complaint|case)\b/i, 'indictment'],
  [/\bas\s+part\s+of\s+(?:that|this|the|his|her|their|its)\s+(?:guilty\s+)?plea\b/i, 'plea'],
  // "Under agreements with the Justice Department, the bank will forfeit …": the terms of the plea or settlement.
  [AGREEMENT_TERMS, 'plea'],
  [AGREEMENT_TERMS, 'settlement'],
];

/** `iso` moved on by one unit, kept at no finer precision than it had. */
function shift(iso: string, precision: DatePrecision, unit: Unit, n = 1): EventDate | null {
  const want = UNIT_PRECISION[unit];
  if (RANK[precision] < RANK[want]) return null; // "2021 … the following month": no month to count from
  const [y, m = 1, d = 1] = iso.split('-').map(Number) as [number, number?, number?];
  const t = new Date(Date.UTC(y, m - 1, d));
  if (unit === 'year') t.setUTCFullYear(t.getUTCFullYear() + n);
  else if (unit === 'month') t.setUTCMonth(t.getUTCMonth() + n, 1);
  else t.setUTCDate(t.getUTCDate() + n);
  const out = t.toISOString().slice(0, 10);
  return { iso: want === 'year' ? out.slice(0, 4) : want === 'month' ? out.slice(0, 7) : out, precision: want };
}

/** The last date the text gave before `offset`: in the sentence, else in the two before. */
function anchorBefore(c: DocContext, s: number, offset: number): EventDate | null {
  for (let k = s; k >= Math.max(0, s - 2); k--) {
    // The last one ending by `offset`, found walking back rather than by filtering the sentence's dates.
    const dates = c.datesBySentence[k]!;
    for (let j = dates.length - 1; j >= 0; j--) if (dates[j]!.end <= offset) return { iso: dates[j]!.iso, precision: dates[j]!.precision };
  }
  return null;
}

/**
 * A date the clause around an event points back to. `from`/`to` bound the event's own clause
 * (absolute offsets); `hasOwnAfter` says whether an explicit date follows the trigger, which
 * then wins over any phrase pointing back.
 */
export function pointedDate(c: DocContext, s: number, type: EventType, subject: string, from: number, triggerStart: number, to: number,
  hasOwnAfter: boolean, hasOwn: boolean, earlier: ExtractedEvent[]): EventDate | null {
  const text = c.a.text;
  if (!hasOwn) {
    // "As part of his plea agreement, X agreed to forfeit": the pointer may stand before an earlier trigger.
    // The clause is cut once for all the pointers, and AGREEMENT_TERMS (listed for two types) read once.
    const clause = text.slice(c.a.sentences[s]!.start, to);
    let agreement: boolean | undefined;
    for (const [re, pointsAt] of SAME_EVENT) {
      if (!(re === AGREEMENT_TERMS ? (agreement ??= re.test(clause)) : re.test(clause))) continue;
      const prior = earlier.filter((e) => e.type === pointsAt && e.date && e.precision);
      const same = prior.filter((e) => e.subject === subject).at(-1) ?? (pointsAt === type ? prior.at(-1) : undefined);
      if (same) return { iso: same.date!, precision: same.precision! };
    }
  }
  // After the trigger the phrase is the event's own date ("pleaded guilty the following year");
  // before it, only when the clause gives none ("A year later, he was extradited").
  const after = LATER.exec(text.slice(triggerStart, to));
  const before = hasOwn ? null : LATER.exec(text.slice(from, triggerStart));
  const later = after ?? before;
  if (later && !hasOwnAfter) {
    const at = later.index + (after ? triggerStart : from);
    const anchor = anchorBefore(c, s, at);
    const n = later[2] ? COUNT[later[2].toLowerCase()] ?? Number(later[2]) : 1;
    if (anchor) return shift(anchor.iso, anchor.precision, (later[1] ?? later[3])!.toLowerCase() as Unit, n);
  }
  if (!hasOwn && SAME_DAY.test(text.slice(from, to))) {
    const anchor = anchorBefore(c, s, from);
    if (anchor) return anchor;
  }
  return null;
}
