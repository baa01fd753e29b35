/**
 * Dates in the text, resolved against the published date with the precision the text gives.
 * chrono-node reads the calendar expressions; news conventions are added on top: a month or
 * weekday without a year means the latest one not after publication ("last June", "on
 * Wednesday"), and bare years ("in 2008", "since 2013") are dates of year precision.
 */
import * as chrono from 'chrono-node';
import type { DatePrecision } from './extraction.js';

/**
 * chrono's English reader without its clock-time and duration parsers ("at 5 pm", "within 3
 * hours", "in 10 minutes"): news events are dated by day, month and year, and those parsers
 * cost most of chrono's time.
 */
const DATE_PARSERS = new Set(['ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENTimeUnitAgoFormatParser', 'ENYearMonthNameParser', 'ENCasualDateParser',
  'ENMonthNameParser', 'ENRelativeDateFormatParser']);
const config = chrono.en.configuration.createCasualConfiguration(false);
const parsers = config.parsers.filter((p) => DATE_PARSERS.has(p.constructor.name));

const MONTH_PREFIX = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const DAY_START = '\\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent|thirt';

/**
 * What each parser's pattern cannot match without (written from the patterns, case-insensitive
 * like them, and fuzz-checked against them): a month name ends a word or meets a day or year,
 * a weekday ends a word, "ago" ends one. A passage usually lacks most of these, and a parser
 * that cannot match adds no result while the others' results do not depend on it; so chrono
 * runs with only the parsers that can match, or not at all, and finds the same dates. A word
 * opens on `\b` rather than `(?<!\w)`: the same test before a letter, and a regex that opens on a
 * lookbehind is slow to scan.
 */
const NEEDS: Record<string, RegExp> = {
  ENYearMonthDayParser: /\d{4}[-./\s]/,
  ISOFormatParser: /\d{4}-\d/,
  SlashDateFormatParser: /\d[/.-]\d/,
  ENMonthNameLittleEndianParser: new RegExp(`(?:\\d|st|nd|rd|th)(?:-|\\/|\\s{0,3}(?:of)?\\s{0,3})(?:${MONTH_PREFIX})`, 'i'),
  ENMonthNameMiddleEndianParser: new RegExp(`(?:${MONTHS})\\.?(?:-|\\/|\\s*,?\\s*)(?:${DAY_START})`, 'i'),
  ENWeekdayParser: /(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|thurs|thur|thu|tue|wed|fri|sat|sun|mon|weekend|weekday)(?:\W|$|of|this|last|past|next)/i,
  ENTimeUnitAgoFormatParser: /(?:ago|before|earlier)(?!\w)/i,
  ENYearMonthNameParser: new RegExp(`(?:\\d|be|ad|bc|ce)(?:\\s*[-.\\/,]?\\s*|\\s+of\\s+)(?:${MONTH_PREFIX})`, 'i'),
  ENCasualDateParser: /\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)(?!\w)/i,
  ENMonthNameParser: new RegExp(`(?:${MONTHS})(?:\\W|$|of|\\d)`, 'i'),
  ENRelativeDateFormatParser: /\b(?:this|last|past|next|after\s*this)/i,
};
const needs = parsers.map((p) => NEEDS[p.constructor.name] ?? null);
/** One reader per set of parsers that can match (a bit mask), parsers in their usual order. */
const calendars = new Map<number, chrono.Chrono>();
function calendarFor(passage: string): chrono.Chrono | null {
  let can = 0;
  for (let i = 0; i < needs.length; i++) if (!needs[i] || needs[i]!.test(passage)) can |= 1 << i;
  if (can === 0) return null;
  let c = calendars.get(can);
  if (!c) {
    c = new chrono.Chrono({ parsers: parsers.filter((_, i) => can & (1 << i)), refiners: config.refiners });
    calendars.set(can, c);
  }
  return c;
}

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** ISO date at `precision`. */
  iso: string;
  precision: DatePrecision;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoAt(y: number, m: number, d: number, p: DatePrecision): string {
  if (p === 'year') return String(y);
  if (p === 'month') return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Words without which chrono finds nothing in a passage; most passages of an article have none. */
const CALENDAR_CUE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\b|\b(?:last|this|next|previous|past|coming)\s+(?:year|month|week)\b|\bago\b|\d{1,4}\/\d{1,2}|\d{4}-\d{2}/;

/** The end of a sentence: its stop (and closing quote), then the space before the next one's capital. */
const SENTENCE_BREAK = /[.!?]["\u201d\u2019]?(\s+)(?=["\u201c]?\p{Lu})/gu;

/**
 * Sentence-sized pieces of the text and the spaces between them, as
 * `text.split(/(?<=[.!?]["\u201d\u2019]?)(\s+)(?=["\u201c]?\p{Lu})/u)` gives them. Found from the stop
 * forwards: a regex that opens on a lookbehind is tried at every character, one that opens on
 * the stop only where there is one. The same spaces are found: they are always the whole run
 * after the stop (the capital cannot follow a part of it), and no run starts inside another.
 */
function sentencePieces(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_BREAK)) {
    const space = m.index! + m[0].length - m[1]!.length;
    out.push(text.slice(from, space), m[1]!);
    from = m.index! + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

/** chrono over the paragraphs that can hold a date, with offsets into the whole text. */
function parseCalendar(text: string, ref: Date): { index: number; text: string; start: chrono.ParsedComponents }[] {
  const out: { index: number; text: string; start: chrono.ParsedComponents }[] = [];
  let at = 0;
  // Sentence-sized pieces: chrono's cost grows with the text it scans, and most sentences hold no date.
  for (const para of sentencePieces(text)) {
    const calendar = CALENDAR_CUE.test(para) ? calendarFor(para) : null;
    if (calendar) {
      for (const r of calendar.parse(para, { instant: ref, timezone: 0 }, { forwardDate: false })) {
        out.push({ index: at + r.index, text: r.text, start: r.start });
      }
    }
    at += para.length;
  }
  return out;
}

export function findDates(text: string, published: string | null): DateMention[] {
  const ref = published ? new Date(`${published.length === 4 ? `${published}-07-01` : published.length === 7 ? `${published}-15` : published}T12:00:00Z`) : new Date();
  const refY = ref.getUTCFullYear();
  const refM = ref.getUTCMonth() + 1;
  const refD = ref.getUTCDate();
  const out: DateMention[] = [];
  for (const r of parseCalendar(text, ref)) {
    const s = r.start;
    // chrono guesses a missing year as the nearest one, which may be after publication; the
    // year is settled below from the text instead.
    let y = s.isCertain('year') ? s.get('year') ?? refY : refY;
    const m = s.get('month') ?? 1;
    const d = s.get('day') ?? 1;
    let p: DatePrecision = s.isCertain('day') || s.isCertain('weekday') ? 'day' : s.isCertain('month') ? 'month' : 'year';
    if (!s.isCertain('year') && !s.isCertain('weekday') && !/\b(this|next|last|ago|year)\b/i.test(r.text)) {
      // "in January", "April 5": the latest such date not after publication.
      const later = m > refM || (m === refM && p === 'day' && d > refD);
      if (later) y -= 1;
    }
    if (/^\d{1,2}(:\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?$/i.test(r.text.trim())) continue; // a bare time or number
    if (p === 'day' && s.isCertain('weekday') && !s.isCertain('day')) {
      // chrono may place a bare weekday after publication; news means the past one.
      const dt = s.date();
      if (dt.getTime() > ref.getTime() + 86_400_000) dt.setUTCDate(dt.getUTCDate() - 7);
      out.push({ start: r.index, end: r.index + r.text.length, text: r.text, iso: dt.toISOString().slice(0, 10), precision: 'day' });
      continue;
    }
    if (/\blast year\b|\bthis year\b|\bago\b/i.test(r.text)) p = 'year';
    if (/\blast month\b/i.test(r.text)) p = 'month';
    out.push({ start: r.index, end: r.index + r.text.length, text: r.text, iso: isoAt(y, m, d, p), precision: p });
  }
  relativeYears(text, out, refY);
  // Bare years: "in 2008", "since 2013", "in early 2015", "the 2010s" is not a date.
  const taken = (i: number) => out.some((o) => i >= o.start && i < o.end);
  for (const i of bareYears(text)) {
    // "a 2021 Ford Raptor" is a model year, not a date.
    if (afterArticle(text, i) && /^\s+\p{Lu}/u.test(text.slice(i + 4, i + 6))) continue;
    if (taken(i)) continue;
    const year = text.slice(i, i + 4);
    out.push({ start: i, end: i + 4, text: year, iso: year, precision: 'year' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A year after a word that makes it a date: "in 2008", "since 2013", "in early 2015"; "the 2020
 * killing of X", "a 2014 plea deal" (a year standing before what happened); "the 2010s" is not one.
 * Tried, sticky, only where four digits of such a year stand: as one regex scanning the text,
 * `\b(?:in|since|…)\s+(YEAR)…` tried all its words at every character.
 */
const YEAR_AFTER_WORD = /(?<=\b(?:in|since|by|during|from|until|till|to|through|of|early|late|mid|mid-|around|before|after|between|and|the|a|its|his|her|their)\s+)(?:19[5-9]\d|20[0-4]\d)\b(?!s|,\d|\.\d|-\d|\s+(?:percent|people|tons|kilos|members|cases))/iy;
/** Four digits a year of YEAR_AFTER_WORD can be; no two of them that stand after a space overlap. */
const YEAR_DIGITS = /(?:19[5-9]|20[0-4])\d/g;
/** The word a year stands after is an article or a possessive. */
const AFTER_ARTICLE = /(?<=\b(?:a|the|its|his|her|their)\s+)/iy;
function afterArticle(text: string, i: number): boolean {
  AFTER_ARTICLE.lastIndex = i;
  return AFTER_ARTICLE.test(text);
}

/**
 * Offsets of the years YEAR_AFTER_WORD finds, in order: the years
 * `text.matchAll(/\b(?:in|since|…)\s+(YEAR)…/gi)` would find. Each such year stands after a space,
 * so the scan for its digits cannot have passed it inside another four, and the word before it
 * starts after the year before it ends, so the matches of that scan do not hide one another.
 */
function bareYears(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(YEAR_DIGITS)) {
    YEAR_AFTER_WORD.lastIndex = m.index!;
    if (YEAR_AFTER_WORD.test(text)) out.push(m.index!);
  }
  return out;
}

/**
 * Years a month takes from its words: "March of last year", "in May this year", and "that
 * September" (the year of the date the text gave just before).
 */
function relativeYears(text: string, out: DateMention[], refY: number): void {
  for (let i = 0; i < out.length; i++) {
    const d = out[i]!;
    if (d.precision !== 'month' || /\d{4}/.test(d.text)) continue;
    const month = d.iso.slice(5, 7);
    const tail = /^\s*(?:of\s+)?(last|this|next|the previous|the following)\s+year\b/i.exec(text.slice(d.end, d.end + 30));
    if (tail) {
      const shift = { last: -1, this: 0, next: 1, 'the previous': -1, 'the following': 1 }[tail[1]!.toLowerCase() as 'last'] ?? 0;
      const yearMention = out.findIndex((o, k) => k > i && o.start >= d.end && o.start <= d.end + tail[0].length);
      d.iso = `${refY + shift}-${month}`;
      d.end += tail[0].length;
      d.text = text.slice(d.start, d.end);
      if (yearMention >= 0) out.splice(yearMention, 1);
      continue;
    }
    if (/\bthat\s+$/i.test(text.slice(Math.max(0, d.start - 6), d.start))) {
      const prev = [...out.slice(0, i)].reverse().find((o) => /^\d{4}/.test(o.iso));
      if (prev) d.iso = `${prev.iso.slice(0, 4)}-${month}`;
    }
  }
}
