/**
 * The document's language: what its metadata says, else what the text looks like.
 * Extraction picks its word lists by this, so a wrong guess is worse than the default:
 * when detection is not confident the answer is English, the bulk of the reporting.
 */
type Eld = (typeof import('eld/extrasmall'))['eld'];

export const DEFAULT_LANGUAGE = 'en';

/** Enough text to tell a language apart; detection time grows with the input. */
const SAMPLE_CHARS = 3000;

/**
 * An ISO 639-1 code from a metadata value ("en", "en-US", "es_MX", "ES"), or null when
 * the value is not one. Names like "English" are not guessed at.
 */
export function normalizeLanguage(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*([a-z]{2})(?:[-_][a-z0-9]{2,8})*\s*$/i.exec(value);
  return m ? m[1]!.toLowerCase() : null;
}

let detector: Promise<Eld> | null = null;

/**
 * The detector is loaded on first use (its n-gram table is several megabytes) and only
 * when some document lacks a declared language. The extra-small table is plenty for
 * article-length text, and keeps each worker thread's memory down.
 */
function loadDetector(): Promise<Eld> {
  detector ??= import('eld/extrasmall').then((m) => m.eld);
  return detector;
}

/** Detects the language of `text`; DEFAULT_LANGUAGE when unsure. */
export async function detectLanguage(text: string): Promise<string> {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.replace(/[^\p{L}]/gu, '').length < 20) return DEFAULT_LANGUAGE;
  try {
    const eld = await loadDetector();
    const result = eld.detect(sample);
    return result.language && result.isReliable() ? result.language : DEFAULT_LANGUAGE;
  } catch {
    // A detector failure must not fail the document: the default is a fine answer.
    return DEFAULT_LANGUAGE;
  }
}

/** Metadata first (a publisher knows its language), then detection. */
export async function resolveLanguage(declared: string | null | undefined, text: string): Promise<string> {
  return normalizeLanguage(declared) ?? (await detectLanguage(text));
}
