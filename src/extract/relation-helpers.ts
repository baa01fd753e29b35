/** What the relation rules share: actor types, role phrases and what they imply, possessives, antecedents. */
import type { EntityType, ExtractedRelation } from './extraction.js';
import type { DocContext, TokenMention } from './context.js';
import { MAX_ROLE_WORDS, ROLE_PREDICATES, type RolePredicate } from './lexicon/index.js';

export const ORG_TYPES = new Set<EntityType>(['Organization', 'PublicBody', 'Company']);

export const ACTOR_TYPES = new Set<EntityType>(['Person', 'Organization', 'PublicBody', 'Company']);

export const MODIFIERS = new Set(['a', 'an', 'the', 'former', 'alleged', 'reputed', 'suspected', 'top', 'senior', 'high-level', 'high-ranking', 'longtime', 'one-time', 'onetime', 'veteran', 'then', 'current', 'key', 'regional', 'local', 'chief', 'principal', 'powerful', 'notorious', 'feared', 'founding', 'imprisoned', 'jailed', 'fugitive', 'co', 'also', 'and', 'ex', 'retired', 'deputy', 'federal', 'u.s.', 'us', 'mexican', 'colombian', 'police', 'state', 'municipal', 'one', 'of', 'its', 'their', 'his', 'her', 'leading', 'major', 'main', 'second', 'third', 'no.', '2', 'number', 'two', 'three', 'assistant', 'special', 'acting', 'interim', 'drug', 'cartel', 'gang', 'trafficking', 'criminal', 'group', 'organization']);

export type Emit = (r: Omit<ExtractedRelation, 'evidence'>, s: number, rule: string, confidence?: number) => void;

/** The role phrase ending at token `end` (inclusive), scanning back over at most MAX_ROLE_WORDS words. */
export function roleEndingAt(c: DocContext, end: number): { role: string; first: number } | null {
  for (let n = MAX_ROLE_WORDS; n >= 1; n--) {
    const first = end - n + 1;
    if (first < 0) continue;
    const phrase = c.words(first, end);
    if (ROLE_PREDICATES.has(phrase)) return { role: phrase, first };
  }
  return null;
}

/** The role phrase inside a lower-case stretch of words: the longest that appears. */
export function roleIn(words: string[]): string | null {
  let best: string | null = null;
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_ROLE_WORDS, words.length - i); n >= 1; n--) {
      const p = words.slice(i, i + n).join(' ');
      if (ROLE_PREDICATES.has(p) && (!best || p.split(' ').length > best.split(' ').length)) best = p;
    }
  }
  return best;
}

export function predicateFor(role: string, orgType: EntityType | undefined, criminal = false): RolePredicate | null {
  const preds = ROLE_PREDICATES.get(role) ?? [];
  if (preds.includes('lawyer_of')) return orgType === 'Organization' || orgType === 'Person' ? 'lawyer_of' : 'works_for';
  // "commander" leads a cartel cell but works for a police force.
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

export const isPoss = (t: { text: string } | undefined) => !!t && /^['\u2019]s?$/.test(t.text);

/** The first person named in the sentences before `s` (what "his" or "her" most likely points at). */
export function previousSubject(c: DocContext, s: number, not: string): TokenMention | undefined {
  for (let k = s - 1; k >= Math.max(0, s - 4); k--) {
    const p = c.bySentence[k]!.find((m) => m.type === 'Person' && m.entity !== not && !c.judges.has(m.entity));
    if (p) return p;
  }
  return undefined;
}

/** Names of criminal groups say so: cartel, gang, clan, mafia, front, … */
export function isCriminalName(name: string): boolean {
  return /\b(cartel|cártel|gang|clan|mafia|syndicate|organi[sz]ation|front|frente|militia|faction|clique|los|las|brotherhood|family|comando|mara|zetas|army|autodefensas)\b/i.test(name);
}
