/**
 * The published date written in the article itself, for files whose metadata has none.
 *
 * Only the top of the text is searched, and only where a publication date is printed:
 * a "Published/Updated" label, a dateline opening the first paragraph, or a line that is
 * little more than a date. A date inside a sentence ("arrested on March 3, 2008") is an
 * event, not the publication, and is never taken.
 */
import { findDate } from './dates.js';

/** How far down the text a publication date is looked for. */
const TOP_LINES = 12;
const TOP_CHARS = 3000;

const PUBLISHED_LABEL = /\b(published|posted|first published|publication date|date|publicado|fecha)\b(\s+(on|el))?\s*:?\s*$/i;
const UPDATED_LABEL = /\b(updated|last updated|modified|last modified|actualizado)\b(\s+(on|el))?\s*:?\s*$/i;
// "MEXICO CITY, ", "WASHINGTON — ", "Bogotá (AFP) – ": a place, maybe an agency, a separator.
const DATELINE_PREFIX = /^[\p{Lu}][\p{L}\p{M} .'’-]{1,50}(\s*\([^)]{1,30}\))?\s*[,—–-]+\s*$/u;

export function publishedFromText(text: string): string | null {
  const lines = text
    .slice(0, TOP_CHARS)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, TOP_LINES);

  let updated: string | null = null;
  let dateline: string | null = null;
  let dateLine: string | null = null;
  for (const line of lines) {
    const date = findDate(line);
    if (!date) continue;
    const before = line.slice(0, date.index);
    // A label wins outright: it says what the date is.
    if (PUBLISHED_LABEL.test(before)) return date.iso;
    if (UPDATED_LABEL.test(before)) {
      updated ??= date.iso;
      continue;
    }
    if (before === '' || DATELINE_PREFIX.test(before)) {
      // "WASHINGTON — Jan. 5, 2019 — The …" or a line opening with a date.
      dateline ??= date.iso;
      continue;
    }
    if (line.split(/\s+/).length <= 12) dateLine ??= date.iso;
  }
  // An update is later than publication, but still the closest thing the page prints.
  return dateline ?? dateLine ?? updated;
}
