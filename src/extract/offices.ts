/**
 * Officials named by their office's title alone: "Assistant U.S. Attorneys X and Y prosecuted
 * the case", "Prosecutor X told the court", "U.S. District Judge X". Press releases and court
 * stories name the office elsewhere in the text; the title says which kind of office it is.
 */
import type { DocContext, TokenMention } from './context.js';
import { listedAfter, type Emit } from './relation-helpers.js';
import { isSpace } from './tokens.js';

/** A title written before a name, and the names of the offices that employ its holders. Built once. */
const OFFICES: { title: RegExp; office: RegExp }[] = [
  { title: /\b(?:Assistant|Special Assistant)\s+(?:U\.\s?S\.|US|United States)\s+Attorneys?\s+$/, office: /Attorney['\u2019]?s['\u2019]? Office/i },
  { title: /\b(?:Prosecutors?|Fiscal|Promotor[a]?|Promotora de Justiça)\s+$/, office: /Attorney['\u2019]?s['\u2019]? Office|Prosecut|Fiscal[ií]a|Public Ministry|Minist[eé]rio P[uú]blico|Procuradur[ií]a|Attorney General/i },
  { title: /\b(?:(?:U\.\s?S\.|US|United States|Federal)\s+)?(?:District|Magistrate)\s+Judge\s+$/, office: /\bDistrict Court\b/i },
  // "former congressman X": a member of the country's congress; a senator of its senate.
  { title: /\b(?:[Cc]ongress(?:man|woman|member)|[Ll]awmaker|[Ll]egislator|[Aa]ssemblyman|[Aa]ssemblywoman)\s+$/, office: /\b(?:Congress|Chamber of Deputies|National Assembly|Legislative Assembly|Parliament)\b/i },
  { title: /\b[Ss]enator\s+$/, office: /\bSenate\b/i },
];

/** The word each title of OFFICES ends on, right before the name. */
const TITLE_ENDING = /(?:Attorneys?|Prosecutors?|Fiscal|Promotora?|Justiça|Judge|[Cc]ongress(?:man|woman|member)|[Ll]awmaker|[Ll]egislator|[Aa]ssembly(?:man|woman)|[Ss]enator)\s+$/;

/** The letters the words of TITLE_ENDING end on: Attorney(s), Prosecutor(s), Fiscal, Promotor(a), Justiça, Judge, …man, …member, Senator. */
const TITLE_LAST_LETTERS = new Set(['y', 's', 'r', 'l', 'a', 'e', 'n']);

/**
 * Can TITLE_ENDING match the text before a name at `at` (from the sentence's start on)? Exact as a check
 * before the pattern: it ends on spaces after one of its words, so past the spaces before the name stands
 * one of TITLE_LAST_LETTERS. Most names follow no space, or a word ending otherwise ("the", "of", "said").
 */
function mayFollowTitle(text: string, sStart: number, at: number): boolean {
  let j = at;
  while (j > sStart && isSpace(text.charCodeAt(j - 1))) j--;
  return j < at && TITLE_LAST_LETTERS.has(text.charAt(j - 1));
}


export function officeTitles(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const text = c.a.text;
  const sStart = c.a.sentences[s]!.start;
  for (let k = 0; k < ms.length; k++) {
    const p = ms[k]!;
    if (p.type !== 'Person') continue;
    // One scan for the words every title ends on, before a scan for each title: most names follow none.
    if (!mayFollowTitle(text, sStart, p.start)) continue;
    const before = text.slice(Math.max(sStart, p.start - 50), p.start);
    if (!TITLE_ENDING.test(before)) continue;
    for (const { title, office } of OFFICES) {
      if (!title.test(before)) continue;
      const body = officeFor(c, s, ms, office);
      if (!body) break;
      for (const q of [p, ...listedAfter(c, ms, k)]) emit({ subject: q.entity, predicate: 'works_for', object: body, qualifier: null, start: null, end: null }, s, 'relation.office-title', 0.55);
      break;
    }
  }
}

/** A body named as a part of another: "Long Island Criminal Division of the U.S. Attorney's Office". */
const PART_OF_OFFICE = /^\S.*\b(?:Division|Section|Unit|Branch|Bureau)\s+of\s+(?:the\s+)?\S/;

/** The office a title points at: one named in the sentence, else the one the text names most (the latest on a tie). */
function officeFor(c: DocContext, s: number, ms: TokenMention[], office: RegExp): string | null {
  const fits = (m: TokenMention) => m.type === 'PublicBody' && office.test(c.byId.get(m.entity)?.name ?? '');
  const here = ms.find(fits);
  if (here) return here.entity;
  let all = c.entities.filter((e) => e.type === 'PublicBody' && office.test(e.name));
  // "the Criminal Division of the U.S. Attorney's Office": a title names the office, not a part of it, when the text names both.
  const whole = all.filter((e) => !PART_OF_OFFICE.test(e.name));
  if (whole.length) all = whole;
  if (all.length <= 1) return all[0]?.id ?? null;
  const ids = new Set(all.map((e) => e.id));
  const named = new Map<string, number>();
  // Sentences that name each office: every such entity already fits, so membership in `ids` is the whole test.
  for (const sentence of c.bySentence) for (const id of new Set(sentence.filter((m) => ids.has(m.entity)).map((m) => m.entity))) named.set(id, (named.get(id) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, n] of named) if (!best || n >= named.get(best)!) best = id;
  return best;
}
