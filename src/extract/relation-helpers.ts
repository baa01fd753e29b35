/** What the relation rules share: actor types, role phrases and what they imply, possessives, antecedents. */
import type { EntityType, ExtractedRelation } from './extraction.js';
import type { DocContext, TokenMention } from './context.js';
import { isSpace } from './tokens.js';
import { MAX_ROLE_WORDS, ROLE_PREDICATES, TITLES, type RolePredicate } from './lexicon/index.js';

export const ORG_TYPES = new Set<EntityType>(['Organization', 'PublicBody', 'Company']);

export const ACTOR_TYPES = new Set<EntityType>(['Person', 'Organization', 'PublicBody', 'Company']);

export const MODIFIERS = new Set(['a', 'an', 'the', 'former', 'alleged', 'reputed', 'suspected', 'top', 'senior', 'high-level', 'high-ranking', 'longtime', 'one-time', 'onetime', 'veteran', 'then', 'current', 'key', 'regional', 'local', 'chief', 'principal', 'powerful', 'notorious', 'feared', 'founding', 'imprisoned', 'jailed', 'fugitive', 'co', 'also', 'and', 'ex', 'retired', 'deputy', 'federal', 'u.s.', 'us', 'mexican', 'colombian', 'police', 'state', 'municipal', 'one', 'of', 'its', 'their', 'his', 'her', 'leading', 'major', 'main', 'second', 'third', 'no.', '2', 'number', 'two', 'three', 'assistant', 'special', 'acting', 'interim', 'drug', 'cartel', 'gang', 'trafficking', 'criminal', 'group', 'organization']);

export type Emit = (r: Omit<ExtractedRelation, 'evidence'>, s: number, rule: string, confidence?: number) => void;

/**
 * The first words of role phrases of two words or more. Reading a phrase in the singular changes only
 * its last word, so a phrase of several words can be a role only when it opens on one of these: the
 * longer phrases are worth building only there.
 */
const MULTI_WORD_STARTS = new Set([...ROLE_PREDICATES.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));

/** Can a phrase of several words opening on this word be a role? (A word holding a space is left to the full check.) */
const mayOpenLongRole = (w: string) => MULTI_WORD_STARTS.has(w) || w.includes(' ');

/** The role phrase ending at token `end` (inclusive), scanning back over at most MAX_ROLE_WORDS words. */
export function roleEndingAt(c: DocContext, end: number): { role: string; first: number; plural: boolean } | null {
  for (let n = MAX_ROLE_WORDS; n >= 1; n--) {
    const first = end - n + 1;
    if (first < 0) continue;
    if (n > 1 && c.T[first] && !mayOpenLongRole(c.T[first]!.lower)) continue;
    // One word is the token's own, with nothing to join.
    const phrase = n === 1 && end < c.T.length ? c.T[end]!.lower : c.words(first, end);
    if (ROLE_PREDICATES.has(phrase)) return { role: phrase, first, plural: false };
    // "Cartel leaders X and Y", "agency spokesmen".
    const one = singularRole(phrase);
    if (one) return { role: one, first, plural: true };
  }
  return null;
}

/** The role phrase inside a lower-case stretch of words: the longest that appears. */
export function roleIn(words: string[]): string | null {
  return roleSpan(words)?.role ?? null;
}

/** The longest role phrase in the words, with where it stands and how many words it takes. */
export function roleSpan(words: string[]): { role: string; at: number; n: number } | null {
  // The tokenizer splits "second-in-command" at its hyphens: join such words again, keeping where each began.
  let merged = words, from: number[] | null = null;
  if (words.includes('-')) {
    merged = []; from = [];
    for (let i = 0; i < words.length; i++) {
      if (words[i] === '-' && merged.length && i + 1 < words.length) { merged[merged.length - 1] += '-' + words[++i]; continue; }
      merged.push(words[i]!); from.push(i);
    }
  }
  const start = (i: number) => from ? from[i]! : i;
  const stop = (i: number) => from ? (i + 1 < from.length ? from[i + 1]! : words.length) : i + 1;
  let best: { role: string; at: number; n: number } | null = null;
  for (let i = 0; i < merged.length; i++) {
    const w = merged[i]!;
    for (let n = mayOpenLongRole(w) ? Math.min(MAX_ROLE_WORDS, merged.length - i) : 1; n >= 1; n--) {
      const p = singularRole(n === 1 ? w : merged.slice(i, i + n).join(' '));
      // Of two roles as long, the later one stands next to the group it names ("a commissioner who was once the regional chief of …").
      if (p && (!best || n >= best.n)) best = { role: p, at: i, n };
    }
  }
  return best && { role: best.role, at: start(best.at), n: stop(best.at + best.n - 1) - start(best.at) };
}

/** The role a phrase names, read in the singular too ("members", "hit men", "attorneys"). */
function singularRole(p: string): string | null {
  if (ROLE_PREDICATES.has(p)) return p;
  // Only a plural can be read in the singular; the check spares two replaces on most phrases.
  if (p.charCodeAt(p.length - 1) !== 115 /* s */ && !p.endsWith('men')) return null;
  const one = p.replace(/men$/, 'man').replace(/(?<=[^s])s$/, '');
  return one !== p && ROLE_PREDICATES.has(one) ? one : null;
}

export function predicateFor(role: string, orgType: EntityType | undefined, criminal = false): RolePredicate | null {
  const preds = ROLE_PREDICATES.get(role) ?? [];
  if (preds.includes('lawyer_of')) return orgType === 'Organization' || orgType === 'Person' ? 'lawyer_of' : 'works_for';
  // "commander" leads a cartel cell but works for a police force.
  // A fixer or a hit man belongs to a gang; no state body employs one by that name (but "a member of Congress" works for it).
  if (orgType === 'PublicBody' && role !== 'member' && preds.length && preds.every((p) => p === 'member_of')) return null;
  if (orgType === 'PublicBody' || orgType === 'Company') {
    if (preds.includes('leader_of') && /^(head|chief|director|leader|president|chairman|founder|co-director|executive director|director general|commander)$/.test(role) && orgType === 'Company') return 'leader_of';
    if (preds.includes('leader_of') && /^(head|director|chief|director general)$/.test(role)) return 'leader_of';
    // The one who heads a state body or a company: its administrator, commissioner, chief executive, U.S. Attorney.
    if (/^(administrator|commissioner|chief executive|ceo|chairman|chairwoman|president|united states attorney|u\.s\. attorney|attorney general|superintendent|secretary|minister)$/.test(role)) return 'leader_of';
    // Anyone holding a role at a state body or a company works for it ("a member of Congress").
    return 'works_for';
  }
  if (orgType === 'Organization') {
    if (preds.includes('leader_of')) return 'leader_of';
    if (preds.includes('member_of')) return 'member_of';
    // A broker or an accountant works for a think tank but is a member of a cartel.
    return preds.includes('works_for') ? (criminal ? 'member_of' : 'works_for') : null;
  }
  return null;
}

/** Is the token a possessive ("'s", "’s", or a bare "'" after a plural)? Read from its characters: it runs for most tokens. */
export const isPoss = (t: { text: string } | undefined): boolean => {
  if (!t) return false;
  const x = t.text;
  const q = x.charCodeAt(0);
  return (q === 39 || q === 0x2019) && (x.length === 1 || (x.length === 2 && x.charCodeAt(1) === 115 /* s */));
};

/** A word that opens lower case, or a hyphen: the words a role phrase is read from. */
export const LOWER_OR_DASH = /^\p{Ll}|^-$/u;
/** A word that opens lower case. Built once: the rules test it on token after token. */
export const LOWER_INITIAL = /^\p{Ll}/u;

/** An apostrophe, straight or curly: a cheap test before the possessive patterns. */
export const APOSTROPHE = /['\u2019]/;

/** The last mention that passes the test: what `[...ms].reverse().find(…)` reads, without copying the list. */
export function lastMention(ms: TokenMention[], ok: (m: TokenMention) => boolean): TokenMention | undefined {
  for (let i = ms.length - 1; i >= 0; i--) if (ok(ms[i]!)) return ms[i];
  return undefined;
}

/**
 * The person the sentences before `s` are about (what "his" or "her" most likely points at): the
 * nearest one named as a sentence's subject, before any verb ("In 2019, X was …", not "…, the
 * brothers have been at odds with X" nor "…," a spokesman, X, said); else the first person named.
 */
export function previousSubject(c: DocContext, s: number, not: string): TokenMention | undefined {
  let fallback: TokenMention | undefined;
  // Sentences that say only "He …" carry the subject on, so the subject may stand further back than any other name.
  for (let k = s - 1; k >= Math.max(0, s - 8); k--) {
    const p = c.bySentence[k]!.find((m) => m.type === 'Person' && m.entity !== not && !c.judges.has(m.entity));
    if (!p) continue;
    if (k >= s - 4) fallback ??= p;
    // "The most prominent was former President X" introduces X as what the text goes on about.
    let verbs = 0, copula = -1;
    for (let i = c.a.sentenceTokens[k]![0]; i < p.first; i++) {
      if (c.T[i]!.pos !== 'VERB' && c.T[i]!.pos !== 'AUX') continue;
      verbs++;
      if (/^(?:is|was|are|were)$/.test(c.T[i]!.lower)) copula = i;
    }
    if (!verbs || (verbs === 1 && copula >= 0 && p.first - copula <= 4)) return p;
  }
  return fallback;
}

/** Names of criminal groups say so: cartel, gang, clan, mafia, front, … */
export function isCriminalName(name: string): boolean {
  return /\b(cartel|cártel|gang|clan|mafia|syndicate|organi[sz]ation|front|frente|militia|faction|clique|los|las|brotherhood|family|comando|mara|zetas|army|autodefensas)\b/i.test(name);
}

/**
 * What may stand between a name and its apposition: an age (", 55,") and aliases
 * (", also known as "Sniper" and "El Viejo,"", ", alias "Otoniel,"", ", known as "El Güero," or "The Blond One,"").
 * Press releases put them there before the role, so a role rule must look past them.
 */
export const NAME_TRAILER = /^(?:\s*,\s*\d{1,3}(?=\s*,)|\s*,?\s*(?:(?:also|better|popularly|commonly)\s+)?(?:known\s+as|nicknamed|called|alias|a\.?k\.?a\.?)\s+["\u201c\u2018][^"\u201c\u201d\u2018\u2019]{1,40}["\u201d\u2019](?:\s*,?\s*(?:or|and)\s+["\u201c\u2018][^"\u201c\u201d\u2018\u2019]{1,40}["\u201d\u2019])*)+/;

/** The characters a NAME_TRAILER opens on after its spaces: a comma, or the first letter of "also", "alias", "a.k.a.", "better", "popularly", "commonly", "called", "known", "nicknamed". */
const TRAILER_OPENERS = new Set([',', 'a', 'b', 'p', 'c', 'k', 'n']);

/**
 * Can a NAME_TRAILER start at `at`? Exact as a check before the pattern: past its spaces, a trailer
 * opens on one of TRAILER_OPENERS. Most names are followed by something else, and this runs for every
 * person named, several times.
 */
function mayOpenTrailer(text: string, at: number): boolean {
  let j = at;
  // String trimming removes exactly the characters \s stands for.
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  return TRAILER_OPENERS.has(text.charAt(j));
}

/**
 * The token the apposition after a mention starts at ("X, 55, known as "Y," a former leader …" → "a"),
 * or -1 when the name is not followed by a comma and an apposition.
 */
export function appositionStart(c: DocContext, m: { end: number; last: number }): number {
  const T = c.T;
  const trailer = mayOpenTrailer(c.a.text, m.end) ? NAME_TRAILER.exec(c.a.text.slice(m.end, m.end + 160)) : null;
  let i = trailer ? c.tokenAt(m.end + trailer[0].length) : m.last + 1;
  // The comma may sit inside the closing quote: "known as "El Güero," a plaza boss".
  const commaInQuote = trailer && /,\s*["\u201d\u2019]$/.test(trailer[0]);
  if (T[i]?.text === ',') i++;
  else if (!commaInQuote) return -1;
  return T[i] && T[i]!.sent === T[m.last]!.sent ? i : -1;
}

/**
 * The people listed before ms[k] and joined to it ("A, also known as "D," and B"): a shared
 * apposition ("both alleged BLS members") or verb belongs to each of them.
 */
export function listedBefore(c: DocContext, ms: TokenMention[], k: number): TokenMention[] {
  const out: TokenMention[] = [];
  let cur = ms[k]!;
  for (let j = k - 1; j >= 0 && out.length < 6; j--) {
    const q = ms[j]!;
    // An alias inside the later name's trailer is the same person, not another one listed.
    if (q.entity === cur.entity) continue;
    if (q.type !== cur.type) break;
    const trailer = NAME_TRAILER.exec(c.a.text.slice(q.end, cur.start));
    const gap = c.a.text.slice(q.end + (trailer ? trailer[0].length : 0), cur.start);
    if (!/^["\u201d\u2019]?\s*,?["\u201d\u2019]?\s*(?:and\s+)?(?:the\s+)?$/.test(gap) || !/[,&]|\band\b/.test(gap)) break;
    out.push(q);
    cur = q;
  }
  return out;
}

/** The people listed right after ms[k] ("A, B and C"), each possibly with an alias clause. */
export function listedAfter(c: DocContext, ms: TokenMention[], k: number): TokenMention[] {
  const out: TokenMention[] = [];
  let cur = ms[k]!;
  for (let j = k + 1; j < ms.length && out.length < 6; j++) {
    const q = ms[j]!;
    if (q.entity === cur.entity) continue;
    if (q.type !== cur.type) break;
    const trailer = NAME_TRAILER.exec(c.a.text.slice(cur.end, q.start));
    const gap = c.a.text.slice(cur.end + (trailer ? trailer[0].length : 0), q.start);
    if (!/^["\u201d\u2019]?\s*,?["\u201d\u2019]?\s*(?:and\s+)?$/.test(gap) || !/[,&]|\band\b/.test(gap)) break;
    out.push(q);
    cur = q;
  }
  return out;
}

/**
 * The person named at token i, after a comma and a title or two ("…'s younger brother, former
 * congressman Tony Hernández", "his lawyer, attorney X").
 */
export function personNamedAt(c: DocContext, ms: TokenMention[], i: number): TokenMention | undefined {
  const T = c.T;
  let j = T[i]?.text === ',' ? i + 1 : i;
  for (let n = 0; n < 3 && T[j] && LOWER_INITIAL.test(T[j]!.text) && (MODIFIERS.has(T[j]!.lower) || TITLES.has(T[j]!.lower) || ROLE_PREDICATES.has(T[j]!.lower) || /^(?:then|ex|former)-/.test(T[j]!.lower)); n++) j++;
  return ms.find((m) => m.first === j && m.type === 'Person');
}
