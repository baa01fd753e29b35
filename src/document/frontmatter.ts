/**
 * Optional YAML front matter at the top of a .txt or .md file:
 *
 *   ---
 *   title: Kingpin sentenced to life
 *   outlet: Example Daily
 *   url: https://example.org/kingpin
 *   published: 2017-04-06
 *   language: en
 *   ---
 *
 * It is how a person hands nexo the metadata a plain text file cannot carry. A front
 * matter that is there but broken is an error, not silently ignored: the person meant it,
 * and a wrong published date would shift every relative date in the article.
 */
import { parse, YAMLParseError } from 'yaml';
import type { DocumentMeta } from './document.js';
import { toIsoDate } from './dates.js';
import { normalizeLanguage } from './language.js';
import { errorMessage, fail, ok, type Result } from './result.js';

export interface FrontMatter {
  meta: DocumentMeta;
  /** The text after the closing fence. */
  body: string;
}

const OPEN = /^---[ \t]*\n/;
// Closing fence: `---` (or YAML's document end `...`) alone on a line.
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/** Splits off and validates front matter; text without any comes back whole, meta empty. */
export function parseFrontMatter(text: string): Result<FrontMatter> {
  if (!OPEN.test(text)) return ok({ meta: {}, body: text });
  const afterOpen = text.replace(OPEN, '');
  const close = CLOSE.exec(afterOpen);
  if (!close) return fail("front matter: no closing '---' line");
  const yamlText = afterOpen.slice(0, close.index);
  const body = afterOpen.slice(close.index + close[0].length).replace(/^\n/, '');

  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      // The parser counts lines inside the YAML; a person counts from the file's top,
      // where the opening fence is line 1.
      const line = error.linePos?.[0]?.line;
      const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      return fail(`front matter: invalid YAML${line ? ` at line ${line + 1}` : ''}: ${message}`);
    }
    return fail(`front matter: invalid YAML: ${errorMessage(error)}`);
  }
  if (data === null || data === undefined) return ok({ meta: {}, body });
  if (typeof data !== 'object' || Array.isArray(data)) {
    return fail('front matter: must be a mapping of keys to values (title, outlet, url, published, language)');
  }
  const meta = metaFromRecord(data as Record<string, unknown>);
  if (!meta.ok) return fail(`front matter: ${meta.reason}`);
  return ok({ meta: meta.value, body });
}

/**
 * Reads the metadata keys from a mapping (front matter, a JSONL record). Other keys are
 * ignored: files written for other tools carry tags, authors and the like. `date` and
 * `lang` are accepted as the names static-site generators use.
 */
export function metaFromRecord(record: Record<string, unknown>): Result<DocumentMeta> {
  const meta: DocumentMeta = {};
  for (const key of ['title', 'outlet', 'url'] as const) {
    const value = textValue(record[key], key);
    if (!value.ok) return value;
    if (value.value !== null) meta[key] = value.value;
  }

  const publishedKey = record.published !== undefined ? 'published' : 'date';
  const published = record[publishedKey];
  if (published !== undefined && published !== null && published !== '') {
    const iso = toIsoDate(published instanceof Date ? published : typeof published === 'string' ? published : undefined);
    if (!iso) return fail(`${publishedKey} is not a full date (use YYYY-MM-DD): ${JSON.stringify(published)}`);
    meta.published = iso;
  }

  const languageKey = record.language !== undefined ? 'language' : 'lang';
  const language = record[languageKey];
  if (language !== undefined && language !== null && language !== '') {
    const code = normalizeLanguage(language);
    if (!code) return fail(`${languageKey} must be a language code such as "en" or "es": ${JSON.stringify(language)}`);
    meta.language = code;
  }
  return ok(meta);
}

function textValue(value: unknown, key: string): Result<string | null> {
  if (value === undefined || value === null) return ok(null);
  // YAML reads `title: 1984` as a number; it is still a title.
  if (typeof value === 'number' || typeof value === 'boolean') return ok(String(value));
  if (typeof value !== 'string') return fail(`${key} must be text, not ${Array.isArray(value) ? 'a list' : typeof value}`);
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return ok(trimmed === '' ? null : trimmed);
}
