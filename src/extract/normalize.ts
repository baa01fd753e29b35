/** Keys under which surface forms of a name are compared. */

/** Lower case, accents stripped, hyphens, dots, commas and quotes read as spaces, a leading "the" dropped. */
const folded = new Map<string, string>();

export function foldKey(s: string): string {
  const hit = folded.get(s);
  if (hit !== undefined) return hit;
  const k = fold(s);
  // Names repeat across a corpus; a bounded memo keeps the hot path cheap without growing forever.
  if (folded.size > 50_000) folded.clear();
  folded.set(s, k);
  return k;
}

const foldedWords = new Map<string, string[]>();

/** The words of foldKey(s), shared: callers compare them and must not change them. */
export function foldWords(s: string): string[] {
  let w = foldedWords.get(s);
  if (!w) {
    if (foldedWords.size > 50_000) foldedWords.clear();
    w = foldKey(s).split(' ').filter(Boolean);
    foldedWords.set(s, w);
  }
  return w;
}

/** A name's key and words together. */
export interface FoldedName {
  key: string;
  words: string[];
  /**
   * Whether the name names no one (entity building's namesNoOne), filled in when first asked:
   * a slot here spares entity building a memo of its own, hashing the same new string again.
   */
  noOne: boolean | undefined;
}

const foldedNames = new Map<string, FoldedName>();

/**
 * foldKey(s) and foldWords(s) in one lookup: each name found is folded both ways, and the name's
 * text is new with every document, so each lookup hashed and compared it anew.
 */
export function foldName(s: string): FoldedName {
  let f = foldedNames.get(s);
  if (f === undefined) {
    if (foldedNames.size > 50_000) foldedNames.clear();
    f = { key: foldKey(s), words: foldWords(s), noOne: undefined };
    foldedNames.set(s, f);
  }
  return f;
}

function fold(s: string): string {
  let t = s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  t = t.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'");
  t = t.replace(/["\u201c\u201d\u201e\u00ab\u00bb]/g, ' ');
  t = t.replace(/[-\u2010-\u2015\u2212.,]/g, ' ');
  t = t.replace(/\s+/g, ' ').trim();
  if (t.startsWith('the ')) t = t.slice(4);
  // Runs of single letters are initials: "u s" and "us" are the same key.
  return t.replace(/\b(\p{L}) (?=\p{L}\b)/gu, '$1');
}

const slugs = new Map<string, string>();

/** A readable id: lower-case ascii words joined by hyphens. */
export function slug(s: string): string {
  const hit = slugs.get(s);
  if (hit !== undefined) return hit;
  if (slugs.size > 50_000) slugs.clear();
  const out = makeSlug(s);
  slugs.set(s, out);
  return out;
}

function makeSlug(s: string): string {
  const t = s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
    .replace(/['\u2019]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return t || 'entity';
}
