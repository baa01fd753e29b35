/**
 * Ties between actors from the shapes crime reporting states them in: appositions ("X, a former
 * leader of Y"), roles before names ("Justice Department spokesman X"), possessives ("Y's
 * attorney, X", "Guzmán's Sinaloa cartel", "Mexico's BLO"), kinship ("X's son, Y"), and verbs
 * and nouns of alliance, rivalry, testimony, supply, corruption and territory.
 */
import type { EntityType, ExtractedRelation, Predicate } from './extraction.js';
import { DocContext, GENERIC_NOUN_TYPES, type TokenMention } from './context.js';
import { territory } from './territory.js';
import { KIN, ROLE_PREDICATES, MAX_ROLE_WORDS, type RolePredicate } from './lexicon/index.js';

const ORG_TYPES = new Set<EntityType>(['Organization', 'PublicBody', 'Company']);
const ACTOR_TYPES = new Set<EntityType>(['Person', 'Organization', 'PublicBody', 'Company']);
const MODIFIERS = new Set(['a', 'an', 'the', 'former', 'alleged', 'reputed', 'suspected', 'top', 'senior', 'high-level', 'high-ranking', 'longtime', 'one-time', 'onetime', 'veteran', 'then', 'current', 'key', 'regional', 'local', 'chief', 'principal', 'powerful', 'notorious', 'feared', 'founding', 'imprisoned', 'jailed', 'fugitive', 'co', 'also', 'and', 'ex', 'retired', 'deputy', 'federal', 'u.s.', 'us', 'mexican', 'colombian', 'police', 'state', 'municipal', 'one', 'of', 'its', 'their', 'his', 'her', 'leading', 'major', 'main', 'second', 'third', 'no.', '2', 'number', 'two', 'three', 'assistant', 'special', 'acting', 'interim', 'drug', 'cartel', 'gang', 'trafficking', 'criminal', 'group', 'organization']);

type Emit = (r: Omit<ExtractedRelation, 'evidence'>, s: number, rule: string, confidence?: number) => void;

export function findRelations(c: DocContext, defendant: string | null = null): ExtractedRelation[] {
  const out = new Map<string, ExtractedRelation>();
  const emit: Emit = (r, s, rule, confidence = 0.7) => {
    if (r.subject === r.object) return;
    if (!validTypes(c, r.predicate, r.subject, r.object)) return;
    const sym = ['family', 'associate', 'ally', 'rival'].includes(r.predicate);
    const [a, b] = sym && r.subject > r.object ? [r.object, r.subject] : [r.subject, r.object];
    const key = `${a}|${r.predicate}|${b}`;
    if (out.has(key)) return;
    out.set(key, { ...r, evidence: c.evidence(s, rule, confidence) });
  };
  for (let s = 0; s < c.a.sentences.length; s++) {
    const ms = c.bySentence[s]!;
    appositiveRoles(c, s, ms, emit);
    rolesBeforeNames(c, s, ms, emit);
    possessives(c, s, ms, emit);
    personOfOrg(c, s, ms, emit);
    kinship(c, s, ms, emit);
    quotedKin(c, s, ms, emit);
    witnessApposition(c, s, ms, emit, defendant);
    ledUnit(c, s, ms, emit);
    namedSiblings(c, s, ms, emit);
    factions(c, s, ms, emit);
    verbsAndNouns(c, s, ms, emit);
    pronounRoles(c, s, ms, emit);
    genericRoles(c, s, ms, emit);
    servedAs(c, s, ms, emit);
    orgOfPerson(c, s, ms, emit);
    territory(c, s, ms, emit);
  }
  return [...out.values()];
}

function validTypes(c: DocContext, p: Predicate, s: string, o: string): boolean {
  const st = c.type(s), ot = c.type(o);
  if (!st || !ot) return false;
  switch (p) {
    case 'leader_of': case 'works_for': return st === 'Person' && ORG_TYPES.has(ot);
    case 'member_of': return st === 'Person' && ot === 'Organization';
    case 'family': case 'associate': return st === 'Person' && ot === 'Person';
    case 'ally': return st !== 'Location' && ot !== 'Location';
    case 'part_of': return ORG_TYPES.has(st) && ORG_TYPES.has(ot);
    case 'lawyer_of': case 'witness_against': return st === 'Person' && (ot === 'Person' || ot === 'Organization');
    case 'colludes_with': return (st === 'Person' || st === 'PublicBody') && (ot === 'Person' || ot === 'Organization');
    case 'operates_in': return st !== 'Location' && ot === 'Location';
    default: return ACTOR_TYPES.has(st) && ACTOR_TYPES.has(ot);
  }
}

/** The role phrase ending at token `end` (inclusive), scanning back over at most MAX_ROLE_WORDS words. */
function roleEndingAt(c: DocContext, end: number): { role: string; first: number } | null {
  for (let n = MAX_ROLE_WORDS; n >= 1; n--) {
    const first = end - n + 1;
    if (first < 0) continue;
    const phrase = c.words(first, end);
    if (ROLE_PREDICATES.has(phrase)) return { role: phrase, first };
  }
  return null;
}

/** The role phrase inside a lower-case stretch of words: the longest that appears. */
function roleIn(words: string[]): string | null {
  let best: string | null = null;
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_ROLE_WORDS, words.length - i); n >= 1; n--) {
      const p = words.slice(i, i + n).join(' ');
      if (ROLE_PREDICATES.has(p) && (!best || p.split(' ').length > best.split(' ').length)) best = p;
    }
  }
  return best;
}

function predicateFor(role: string, orgType: EntityType | undefined): RolePredicate | null {
  const preds = ROLE_PREDICATES.get(role) ?? [];
  if (preds.includes('lawyer_of')) return orgType === 'Organization' || orgType === 'Person' ? 'lawyer_of' : 'works_for';
  // "commander" leads a cartel cell but works for a police force.
  if (orgType === 'PublicBody' || orgType === 'Company') {
    if (preds.includes('leader_of') && /^(head|chief|director|leader|president|chairman|founder|co-director|executive director|director general|commander)$/.test(role) && orgType === 'Company') return 'leader_of';
    if (preds.includes('leader_of') && /^(head|director|chief|director general)$/.test(role)) return 'leader_of';
    // Anyone holding a role at a state body or a company works for it ("a member of Congress").
    return 'works_for';
  }
  if (orgType === 'Organization') {
    if (preds.includes('leader_of')) return 'leader_of';
    if (preds.includes('member_of')) return 'member_of';
    return preds.includes('works_for') ? 'works_for' : null;
  }
  return null;
}

/** "X, a former leader of Y", "X, co-director of Y", "X, a former BLO member". */
function appositiveRoles(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const T = c.T;
  for (let k = 0; k < ms.length; k++) {
    const p = ms[k]!;
    if (p.type !== 'Person') continue;
    if (T[p.last + 1]?.text !== ',' && T[p.last + 1]?.lower !== 'is' && T[p.last + 1]?.lower !== 'was' && !(T[p.last + 1]?.lower === 'who')) {
      if (!(T[p.last + 1] && ['a', 'an', 'the'].includes(T[p.last + 1]!.lower))) continue;
    }
    // Words up to the next mention; they must be an apposition (no verb other than is/was).
    for (let j = k + 1; j < ms.length && j <= k + 3; j++) {
      const o = ms[j]!;
      if (!ORG_TYPES.has(o.type)) {
        if (o.type === 'Location' && T[o.last + 1] && /^['\u2019]s?$/.test(T[o.last + 1]!.text)) continue; // "Mexico's …"
        if (o.type === 'Location') continue;
        break;
      }
      const words: string[] = [];
      for (let i = p.last + 1; i < o.first; i++) if (T[i]!.kind !== 'punctuation' || T[i]!.text === '-') words.push(T[i]!.lower);
      // Role after the organisation: "a former BLO member".
      let after: string[] = [];
      for (let i = o.last + 1; i <= o.last + 3 && T[i] && T[i]!.sent === s && /^\p{Ll}/u.test(T[i]!.text); i++) after.push(T[i]!.lower);
      const role = roleIn(words) ?? (words.every((w) => MODIFIERS.has(w) || /^\d+$|^-?years?$|^-$/.test(w) || w === 'who' || w === 'is' || w === 'was' || w === ',') ? roleIn(after) : null);
      if (!role) break;
      // The role must lead to the organisation: "a former leader of the X", not "a broker, is accused of laundering … for X".
      const roleWords = role.split(' ');
      const roleAt = words.findIndex((w, i) => roleWords.every((r, j) => words[i + j] === r));
      if (roleAt >= 0) {
        const tail = words.slice(roleAt + roleWords.length);
        if (!tail.every((w) => ['of', 'for', 'at', 'with', 'in', 'to', 'the', 'a', 'an', "'s", '\u2019s', 'its', 'their'].includes(w) || MODIFIERS.has(w))) break;
      }
      if (words.some((w) => ['said', 'told', 'says', 'according', 'by', 'against', 'with', 'to'].includes(w))) break;
      const pred = predicateFor(role, o.type);
      if (pred) emit({ subject: p.entity, predicate: pred, object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.appositive-role');
      break;
    }
  }
}

/** "Justice Department spokesman Peter Carr", "Sinaloa Cartel kingpin Joaquín Guzmán", "BLO member X". */
function rolesBeforeNames(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const T = c.T;
  for (let k = 0; k + 1 < ms.length; k++) {
    const o = ms[k]!;
    const p = ms[k + 1]!;
    if (!ORG_TYPES.has(o.type) || p.type !== 'Person') continue;
    const gap = p.first - o.last - 1;
    if (gap < 1 || gap > 4) continue;
    let ok = true;
    for (let i = o.last + 1; i < p.first; i++) if (!/^\p{Ll}/u.test(T[i]!.text)) ok = false;
    if (!ok) continue;
    const r = roleEndingAt(c, p.first - 1);
    if (!r) continue;
    const pred = predicateFor(r.role, o.type);
    if (pred) emit({ subject: p.entity, predicate: pred, object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.role-before-name');
  }
  // "ROLE of ORG, PERSON": "deputy chief of the Justice Department's Narcotics Section, Amanda Liskamm".
  for (let k = 0; k + 1 < ms.length; k++) {
    const o = ms[k]!;
    const p = ms[k + 1]!;
    if (!ORG_TYPES.has(o.type) || p.type !== 'Person' || T[o.last + 1]?.text !== ',' || p.first !== o.last + 2) continue;
    let i = o.first - 1;
    // "deputy chief of the Justice Department's Narcotics Section, X": step back over the owner.
    const owner = ms.find((m) => m.last === i - 1 && isPoss(T[i]));
    if (owner) i = owner.first - 1;
    if (T[i]?.lower === 'the') i--;
    if (T[i]?.lower !== 'of') continue;
    const r = roleEndingAt(c, i - 1);
    if (!r) continue;
    const pred = predicateFor(r.role, o.type);
    if (pred) emit({ subject: p.entity, predicate: pred, object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.role-of-org-name');
  }
}

const isPoss = (t: { text: string } | undefined) => !!t && /^['\u2019]s?$/.test(t.text);

/** "Guzmán's Sinaloa cartel", "Mexico's Beltrán Leyva Organization", "the Justice Department's Narcotics Section", "Y's attorney, X". */
function possessives(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const T = c.T;
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!;
    if (!isPoss(T[a.last + 1])) continue;
    const b = ms[k + 1];
    if (b && b.first === a.last + 2) {
      // "Mexico's Sinaloa Cartel" says where a group works; "Mexico's Congress" only whose body it is.
      if (a.type === 'Location' && (b.type === 'Organization' || b.type === 'Company')) emit({ subject: b.entity, predicate: 'operates_in', object: a.entity, qualifier: null, start: null, end: null }, s, 'relation.possessive-place');
      else if (a.type === 'Person' && b.type === 'Organization') emit({ subject: a.entity, predicate: 'leader_of', object: b.entity, qualifier: null, start: null, end: null }, s, 'relation.possessive-group', 0.6);
      else if (ORG_TYPES.has(a.type) && b.type === a.type) emit({ subject: b.entity, predicate: 'part_of', object: a.entity, qualifier: null, start: null, end: null }, s, 'relation.possessive-unit', 0.6);
      else if (a.type === 'Organization' && b.type === 'Person') emit({ subject: b.entity, predicate: 'member_of', object: a.entity, qualifier: null, start: null, end: null }, s, 'relation.possessive-member', 0.6);
      else if ((a.type === 'PublicBody' || a.type === 'Company') && b.type === 'Person') emit({ subject: b.entity, predicate: 'works_for', object: a.entity, qualifier: null, start: null, end: null }, s, 'relation.possessive-member', 0.6);
      continue;
    }
    // "Y's attorney, X" / "Y's son, X" / "Y's attorneys".
    const words: string[] = [];
    let i = a.last + 2;
    for (; i < T.length && T[i]!.sent === s && /^\p{Ll}/u.test(T[i]!.text) && words.length < 4; i++) words.push(T[i]!.lower);
    if (!words.length) continue;
    const head = words[words.length - 1]!;
    const named = T[i]?.text === ',' ? ms.find((m) => m.first === i + 1) : ms.find((m) => m.first === i);
    const kin = KIN.get(head);
    if (kin && named && named.type === 'Person' && a.type === 'Person') {
      emit({ subject: named.entity, predicate: 'family', object: a.entity, qualifier: kin, start: null, end: null }, s, 'relation.possessive-kin');
      continue;
    }
    // "Marset's associate, Miguel Ángel Insfrán", "Guzmán's business partner, X".
    if (named && named.type === 'Person' && a.type === 'Person' && /^(?:close |longtime |business |former |top |trusted )*(associate|partner|ally|friend|confidant|right-hand man|lieutenant|protégé|protege|accomplice|co-conspirator|henchman)s?$/.test(words.join(' '))) {
      emit({ subject: named.entity, predicate: 'associate', object: a.entity, qualifier: null, start: null, end: null }, s, 'relation.possessive-associate', 0.6);
      continue;
    }
    const role = roleIn(words);
    if (role && named && named.type === 'Person') {
      const preds = ROLE_PREDICATES.get(role) ?? [];
      if (preds.includes('lawyer_of') && (a.type === 'Person' || a.type === 'Organization')) emit({ subject: named.entity, predicate: 'lawyer_of', object: a.entity, qualifier: null, start: null, end: null }, s, 'relation.possessive-lawyer');
      else {
        const pred = predicateFor(role, a.type);
        if (pred && pred !== 'lawyer_of') emit({ subject: named.entity, predicate: pred, object: a.entity, qualifier: null, start: null, end: null }, s, 'relation.possessive-role');
      }
    }
  }
}

/** "said Chivis Martinez of Borderland Beat": a person of an organisation. */
function personOfOrg(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const T = c.T;
  for (let k = 0; k + 1 < ms.length; k++) {
    let p = ms[k]!;
    const o = ms[k + 1]!;
    if (p.type !== 'Person' || !ORG_TYPES.has(o.type)) continue;
    let ofAt = p.last + 1;
    if (T[ofAt]?.text === ',') ofAt++;
    const of = T[ofAt];
    if (of?.lower !== 'of' && of?.lower !== 'at') continue;
    p = { ...p, last: ofAt - 1 };
    let first = T[p.last + 2]?.lower === 'the' ? p.last + 3 : p.last + 2;
    // "Rocha Moya, of the governing Morena party": a couple of adjectives may stand between.
    for (let k = 0; k < 2 && T[first] && /^\p{Ll}/u.test(T[first]!.text) && T[first]!.pos === 'ADJ' || (T[first]?.pos === 'VERB' && /ing$/.test(T[first]!.lower)); k++) first++;
    if (o.first !== first) continue;
    const pred: Predicate = o.type === 'Organization' && /cartel|gang|clan|organi[sz]ation|mafia|syndicate|militia/i.test(c.byId.get(o.entity)?.name ?? '') ? 'member_of' : 'works_for';
    emit({ subject: p.entity, predicate: pred, object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.person-of-org', 0.6);
  }
}

/** "X, who is Y's son and also Z's nephew", "his brother Arturo", "married the cousin of Y". */
function kinship(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const T = c.T;
  const [f, l] = c.a.sentenceTokens[s]!;
  for (let i = f; i <= l; i++) {
    const kin = KIN.get(T[i]!.lower);
    if (!kin) continue;
    // "X, who is Y's son": anchor Y before the kin word, person X earlier in the clause.
    if (isPoss(T[i - 1])) {
      const y = ms.find((m) => m.last === i - 2);
      // "X, who is Y's son and also Z's nephew": X heads the clause the kin words describe.
      const head = ms.find((m) => m.type === 'Person' && m.last < (y?.first ?? i) && /^\s*,\s*who (?:is|was)\b/.test(c.a.text.slice(m.end, m.end + 12)));
      const x = head ?? [...ms].reverse().find((m) => m.last < (y?.first ?? i) && m.type === 'Person');
      const gap = x && y ? c.words(x.last + 1, y.first - 1) : '';
      if (x && y && y.type === 'Person' && /^(, )?(who is|who was|is|was|, who is|, who was)?( the| one of| one of the| a)?( and also| and| also)?\s*$/.test(gap.replace(/ ,/g, ','))) {
        emit({ subject: x.entity, predicate: 'family', object: y.entity, qualifier: kin, start: null, end: null }, s, 'relation.kin-apposition');
      } else if (x && y && y.type === 'Person' && /\bwho is\b/.test(c.words(x.last + 1, i))) {
        emit({ subject: x.entity, predicate: 'family', object: y.entity, qualifier: kin, start: null, end: null }, s, 'relation.kin-apposition');
      }
      continue;
    }
    // "his brother Arturo", "His son, Vicente Zambada Niebla": the person named after the kin
    // word, anchored on the clause's person or, at a sentence's start, the last sentence's.
    const namedAt = T[i + 1]?.text === ',' ? i + 2 : i + 1;
    const named = ms.find((m) => m.first === namedAt && m.type === 'Person');
    let det = i - 1;
    while (det > 0 && KIN_MODIFIERS.has(T[det]!.lower)) det--;
    if (named && isPoss(T[det]) && ms.some((m) => m.last === det - 1 && m.type === 'Person')) {
      // "Zambada's own son Vicente", "Bonilla Zelaya's son and namesake, Wilmer".
      const y = ms.find((m) => m.last === det - 1)!;
      if (y.entity !== named.entity) emit({ subject: named.entity, predicate: 'family', object: y.entity, qualifier: kin, start: null, end: null }, s, 'relation.possessive-kin');
      continue;
    }
    if (named && (['his', 'her', 'another'].includes(T[det]?.lower ?? ''))) {
      const anchor = [...ms].reverse().find((m) => m.last < i - 1 && m.type === 'Person' && m.entity !== named.entity)
        ?? previousSubject(c, s, named.entity);
      if (anchor) emit({ subject: named.entity, predicate: 'family', object: anchor.entity, qualifier: kin, start: null, end: null }, s, 'relation.kin-pronoun', 0.5);
      continue;
    }
    // "X, a son of the imprisoned kingpin Y", "X, the brother of Y".
    if (T[i + 1]?.lower === 'of' && ['a', 'an', 'the', 'one', 'another', 'younger', 'older', 'elder', 'eldest', 'youngest'].includes(T[i - 1]?.lower ?? '')) {
      const y = ms.find((m) => m.first > i + 1 && m.first <= i + 6 && m.type === 'Person');
      const x = [...ms].reverse().find((m) => m.last < i - 1 && m.type === 'Person');
      if (x && y && x.entity !== y.entity && c.words(x.last + 1, i - 1).split(' ').length <= 4
        && c.words(i + 2, y.first - 1).split(' ').every((w) => !['and', 'or', 'to', 'with', 'by'].includes(w))) {
        emit({ subject: x.entity, predicate: 'family', object: y.entity, qualifier: kin, start: null, end: null }, s, 'relation.kin-of', 0.6);
        continue;
      }
    }
    // "X married the cousin of Y" / "X married his cousin": an in-law.
    if (T[i - 2]?.lower === 'married' || T[i - 1]?.lower === 'married' || T[i - 3]?.lower === 'married') {
      const x = [...ms].reverse().find((m) => m.last < i - 1 && m.type === 'Person');
      let y = T[i + 1]?.lower === 'of' ? ms.find((m) => m.first > i && m.first <= i + 4 && m.type === 'Person') : undefined;
      if (!y && x) {
        const other = [...ms].reverse().find((m) => m.last < x.first && m.type === 'Person');
        const between = c.words(x.last + 1, i);
        if (other && /\bhis\b|\bher\b/.test(between)) y = other;
        else if (/\bclose to\b/.test(c.words(f, i))) y = ms.find((m) => m.type === 'Person' && m.entity !== x.entity);
      }
      if (x && y && x.entity !== y.entity) emit({ subject: x.entity, predicate: 'family', object: y.entity, qualifier: 'in-law', start: null, end: null }, s, 'relation.married-kin', 0.6);
    }
  }
}

/** Words that may stand between "his" and a kin word: "his younger brother", "his own son". */
const KIN_MODIFIERS = new Set(['younger', 'older', 'elder', 'eldest', 'youngest', 'late', 'own', 'twin', 'estranged', 'former', 'only', 'half', 'step', 'first', 'second', 'third']);

const ALLY_RE = /\b(alliance with|allied with|allies of|ally of|partners of|partnered with|partnership with|teamed up with|joined forces with|in league with|worked with)\b/;
const RIVAL_RE = /\b(rival to|rival of|rivals of|rivalry with|war (?:against|with|on)|battle against|battles? with|fight(?:ing)? against|feud with|enemy of|enemies of|clashed with|at war with|turf war with|fighting|at odds with|feuding with|fought|war between)\b/;
const WITNESS_RE = /\b(witness(?:es)? against|testif(?:y|ied|ying) against|cooperat(?:ing|ed|or|ors) against|informant against|snitch(?:ed)? on)\b/;
const SUPPLY_RE = /\b(supplier of .{0,40}? to|supplied|supplying|sold .{0,30}? to|provided .{0,30}? to|shipped .{0,30}? to|supplier to|suppliers? for|for sale to|buyers included|customers included|sold (?:it|them|the drugs?|cocaine|shipments) to)\b/;
const COLLUDE_RE = /\b(brib(?:e|es|ed|ing)|payoffs?|on the payroll of|protect(?:ed|ing)? the .{0,30}interests|leak(?:ed|ing)? information to|colluded with|collusion with|protection to|received payments|in the pay of|took money from|tipped off|leaked|provide[ds]? (?:\w+ ){0,2}with (?:the identity|information|intelligence)|passed (?:on )?information)\b/;
const CONTROL_RE = /\b(control(?:led|ling|s)?|ran|runs|operat(?:ed|es|ing)|dominat(?:ed|es|ing)|based in|stronghold in|territory in|route through|routes through|plaza in)\b/;

/** “I helped my brother Arturo …,” X said: kin in a quotation belong to its speaker. */
function quotedKin(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const T = c.T;
  const [f, l] = c.a.sentenceTokens[s]!;
  for (let i = f; i < l; i++) {
    if (T[i]!.lower !== 'my') continue;
    const kin = KIN.get(T[i + 1]?.lower ?? '');
    if (!kin) continue;
    const named = ms.find((m) => (m.first === i + 2 || (T[i + 2]?.text === ',' && m.first === i + 3)) && m.type === 'Person');
    if (!named) continue;
    const rest = c.a.text.slice(T[i]!.end, c.a.sentences[s]!.end);
    const said = /["\u201d],?\s+(?:said\s+)?(\p{Lu}[^,]*?)\s+said\b|["\u201d],?\s+said\s+(\p{Lu}[^,.]*)/u.exec(rest);
    if (!said) continue;
    const at = T[i]!.end + said.index + said[0].indexOf(said[1] ?? said[2]!);
    const speaker = ms.find((m) => m.type === 'Person' && m.start >= at && m.start <= at + 2);
    if (speaker && speaker.entity !== named.entity) emit({ subject: named.entity, predicate: 'family', object: speaker.entity, qualifier: kin, start: null, end: null }, s, 'relation.quoted-kin', 0.5);
  }
}

/** "Another promised government trial witness, X", "X, a cooperating witness": a witness against the story's defendant. */
function witnessApposition(c: DocContext, s: number, ms: TokenMention[], emit: Emit, defendant: string | null): void {
  if (!defendant) return;
  const text = c.a.text;
  for (const p of ms) {
    if (p.type !== 'Person' || p.entity === defendant) continue;
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    const after = text.slice(p.end, p.end + 50);
    if (/\b(?:cooperating|government|prosecution|trial|key|star|protected)\s+(?:trial\s+)?witness(?:es)?,\s*(?:[^,]{0,30},\s*)?$/i.test(before)
      || /^,\s+(?:an?|the)\s+(?:former\s+|key\s+|star\s+)?(?:cooperating|government|prosecution)\s+witness\b/i.test(after)) {
      emit({ subject: p.entity, predicate: 'witness_against', object: defendant, qualifier: null, start: null, end: null }, s, 'relation.witness-apposition', 0.5);
    }
  }
}

/** "X … led a BLO assassination team": leading a unit of a group makes one a member. */
function ledUnit(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const text = c.a.text;
  for (const o of ms) {
    if (o.type !== 'Organization') continue;
    if (!/\b(?:led|leads|ran|runs|headed|heads|commanded|commands|directed|directs)\s+(?:an?|the|its)\s+$/.test(text.slice(Math.max(0, o.start - 16), o.start))) continue;
    if (!/^\s+(?:[a-z-]+\s+){0,2}(?:team|cell|squad|unit|wing|faction|network|group|ring|crew|branch|operation)\b/.test(text.slice(o.end, o.end + 40))) continue;
    const subj = ms.filter((m) => m.type === 'Person' && m.end <= o.start).at(0);
    if (subj) emit({ subject: subj.entity, predicate: 'member_of', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.led-unit', 0.55);
  }
}

/** "the brothers X and Y", "the Orellana-Díaz brothers": siblings named together. */
function namedSiblings(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const T = c.T;
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k]!;
    if (a.type !== 'Person') continue;
    const prev = c.words(a.first - 2, a.first - 1);
    if (!/\b(brothers|sisters|siblings|cousins)$/.test(prev)) continue;
    const kin = /cousins$/.test(prev) ? 'cousin' : 'sibling';
    for (let j = k + 1; j < ms.length && j <= k + 2; j++) {
      const b = ms[j]!;
      const gap = c.a.text.slice(ms[j - 1]!.end, b.start);
      if (b.type !== 'Person' || !/^(?:\s*,\s*(?:also )?known as\s*["\u201c][^"\u201d]*["\u201d],?)?\s*(and|,)\s*$/.test(gap)) break;
      emit({ subject: a.entity, predicate: 'family', object: b.entity, qualifier: kin, start: null, end: null }, s, 'relation.named-siblings', 0.6);
    }
    void T;
  }
}

/** Verb and noun patterns between two actors of a sentence. */
function verbsAndNouns(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const text = c.sentenceText(s).toLowerCase();
  const sentStart = c.a.sentences[s]!.start;
  const actors = ms.filter((m) => ACTOR_TYPES.has(m.type));
  const at = (m: TokenMention) => m.start - sentStart;
  const pairAround = (re: RegExp): [TokenMention[], TokenMention[]] | null => {
    const m = re.exec(text);
    if (!m) return null;
    const pos = m.index;
    const end = pos + m[0].length;
    const before = actors.filter((x) => at(x) < pos && !c.judges.has(x.entity));
    const after = actors.filter((x) => at(x) >= end);
    // "the cartel sold the drugs to X": a generic subject is the group named last; "its battle
    // against X" belongs to the group the sentence is about, even with a person named between.
    const generic = /\b(the|its) (cartel|group|gang|organi[sz]ation|faction|network|clique)\b/.exec(text.slice(0, pos));
    const its = /\bits\s+(?:[a-z]+\s+)?$/.test(text.slice(0, pos));
    const itsOwner = its ? (generic ? c.antecedent(sentStart + generic.index, generic[2]!) : c.antecedent(sentStart + pos, null)) : undefined;
    // "The Beltrán Leyva brothers were partners of X": the family stands for the group named after it.
    const brothers = /\b(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:brothers|family|clan)\b/u.exec(text.slice(0, pos));
    const familyOrg = brothers ? c.entities.find((e) => e.type === 'Organization' && e.name.toLowerCase().replace(/-/g, ' ').startsWith(brothers[1]!.toLowerCase().replace(/-/g, ' ') + ' ')) : undefined;
    const familyMention = familyOrg ? ({ ...before[0]!, entity: familyOrg.id, type: 'Organization' } as TokenMention) : undefined;
    let nearest = before[before.length - 1];
    // "X is allied with Y and is at war with Z": a second verb phrase has the sentence's subject.
    if (nearest && /^[^.;]*?\band (?:is|was|are|were|has|have|had|remains|remained)\b[^,;]*$/.test(text.slice(nearest.end - sentStart, pos)) && before[0]) nearest = before[0];
    const subj = itsOwner ?? familyMention ?? nearest ?? (generic ? c.antecedent(sentStart + generic.index, generic[2]!) ?? null : null);
    if (!subj || !after.length) return null;
    // "X and Y both testified against Z": every subject coordinated with the nearest one.
    const subjects = [subj];
    for (let k = before.length - 2; k >= 0; k--) {
      const gap = c.a.text.slice(before[k]!.end, before[k + 1]!.start);
      if (/^\s*(,|and|, and)\s*(his|her|their|the)?\s*([a-z]+\s*){0,2}$/.test(gap) && gap.length < 40) subjects.push(before[k]!); else break;
    }
    // Objects: the first actor after the cue, and those coordinated with it ("Sinaloa and BLO").
    const objs = [after[0]!];
    for (let k = 1; k < after.length; k++) {
      const gap = c.a.text.slice(after[k - 1]!.end, after[k]!.start);
      if (/^\s*(,|and|, and|or)\s*(the\s+)?$/.test(gap)) objs.push(after[k]!); else break;
    }
    return [subjects, objs];
  };
  const ally = pairAround(ALLY_RE);
  if (ally) for (const o of ally[1]) {
    const subj = ally[0][0]!;
    const both = c.type(subj.entity) === 'Person' && o.type === 'Person';
    emit({ subject: subj.entity, predicate: both ? 'associate' : 'ally', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.alliance');
  }
  const rival = pairAround(RIVAL_RE);
  if (rival) for (const o of rival[1]) emit({ subject: rival[0][0]!.entity, predicate: 'rival', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.rivalry');
  const lost = /no love lost between/.exec(text);
  if (lost) {
    const after = actors.filter((x) => at(x) > lost.index);
    if (after.length >= 2) emit({ subject: after[0]!.entity, predicate: 'rival', object: after[1]!.entity, qualifier: null, start: null, end: null }, s, 'relation.rivalry');
  }
  const wit = pairAround(WITNESS_RE);
  if (wit) for (const o of wit[1]) for (const w of wit[0]) emit({ subject: w.entity, predicate: 'witness_against', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.witness');
  const sup = pairAround(SUPPLY_RE);
  if (sup) for (const o of sup[1]) emit({ subject: sup[0][0]!.entity, predicate: 'supplier_of', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.supplier');
  const col = COLLUDE_RE.exec(text);
  if (col) {
    let officials = actors.filter((x) => (x.type === 'Person' || x.type === 'PublicBody') && at(x) < col.index);
    // "the police commander used his powers to protect the BLO's interests": a described official.
    const described = /\bthe (?:former |then-?)?(?:[a-z]+ )?(commander|official|officer|agent|judge|mayor|governor|prosecutor|chief|inspector|commissioner|guard|broker|inspector)\b/.exec(text.slice(0, col.index));
    if (!officials.length && described) {
      const p = previousSubject(c, s + 1, '');
      if (p) officials = [p];
    }
    const criminals = actors.filter((x) => x.type === 'Organization' || (x.type === 'Person' && at(x) > col.index));
    const subj = officials[officials.length - 1];
    const generic = /\b(?:the|its) (cartel|group|gang|organi[sz]ation|faction|network|traffickers)\b/.exec(text);
    const groups = criminals.length ? criminals : generic ? [c.antecedent(sentStart + generic.index, generic[1] === 'traffickers' ? 'cartel' : generic[1]!)].filter((x): x is TokenMention => !!x && x.type === 'Organization') : [];
    for (const o of groups) if (subj && o.entity !== subj.entity) emit({ subject: subj.entity, predicate: 'colludes_with', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.collusion', 0.5);
  }
  const ctl = CONTROL_RE.exec(text);
  if (ctl) {
    const before = actors.filter((x) => at(x) < ctl.index && (x.type === 'Person' || x.type === 'Organization'));
    const subj = before[before.length - 1];
    const places = ms.filter((x) => x.type === 'Location' && at(x) > ctl.index && at(x) - ctl.index < 60);
    if (subj && places[0]) emit({ subject: subj.entity, predicate: 'operates_in', object: places[0].entity, qualifier: null, start: null, end: null }, s, 'relation.territory', 0.5);
  }
}

/** The first person named in the sentences before `s` (what "his" or "her" most likely points at). */
function previousSubject(c: DocContext, s: number, not: string): TokenMention | undefined {
  for (let k = s - 1; k >= Math.max(0, s - 4); k--) {
    const p = c.bySentence[k]!.find((m) => m.type === 'Person' && m.entity !== not && !c.judges.has(m.entity));
    if (p) return p;
  }
  return undefined;
}

/** "His lawyer, Renato Stabile", "her attorney X": a role held for the person the text is about. */
function pronounRoles(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const T = c.T;
  const [f, l] = c.a.sentenceTokens[s]!;
  for (let i = f; i < l; i++) {
    if (!['his', 'her'].includes(T[i]!.lower)) continue;
    const words: string[] = [];
    let k = i + 1;
    for (; k <= l && /^\p{Ll}/u.test(T[k]!.text) && words.length < 3; k++) words.push(T[k]!.lower);
    const role = words.length ? roleIn(words) : null;
    if (!role || !(ROLE_PREDICATES.get(role) ?? []).includes('lawyer_of')) continue;
    const named = ms.find((m) => m.first === (T[k]?.text === ',' ? k + 1 : k) && m.type === 'Person');
    if (!named) continue;
    const anchor = [...ms].reverse().find((m) => m.last < i && m.type === 'Person' && m.entity !== named.entity) ?? previousSubject(c, s, named.entity);
    if (anchor) emit({ subject: named.entity, predicate: 'lawyer_of', object: anchor.entity, qualifier: null, start: null, end: null }, s, 'relation.pronoun-lawyer', 0.5);
  }
}


const ROLE_WORDS = (words: string[]) => roleIn(words);

/**
 * "Its longtime leader, X", "The cartel's former leader, X", "the bank's chief executive, X",
 * "X, a researcher at the institute": roles held in an organisation named only generically.
 */
function genericRoles(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const T = c.T;
  const [f, l] = c.a.sentenceTokens[s]!;
  for (let i = f; i <= l; i++) {
    const t = T[i]!;
    let noun: string | null = null;
    let from = -1;
    if (t.lower === 'its' || t.lower === 'their') { from = i + 1; }
    else if (t.lower === 'the' && isPoss(T[i + 2]) && GENERIC_NOUN_TYPES.has(T[i + 1]!.lower)) { noun = T[i + 1]!.lower; from = i + 3; }
    else continue;
    const words: string[] = [];
    let k = from;
    for (; k <= l && /^\p{Ll}/u.test(T[k]!.text) && words.length < 4; k++) words.push(T[k]!.lower);
    const role = words.length ? ROLE_WORDS(words) : null;
    if (!role) continue;
    const named = ms.find((m) => m.first === (T[k]?.text === ',' ? k + 1 : k) && m.type === 'Person');
    if (!named) continue;
    const org = c.antecedent(t.start, noun);
    if (!org) continue;
    const pred = predicateFor(role, org.type);
    if (pred && pred !== 'lawyer_of') emit({ subject: named.entity, predicate: pred, object: org.entity, qualifier: null, start: null, end: null }, s, 'relation.generic-role', 0.55);
  }
  // "X, a researcher at the institute", "X, the Gaeco prosecutor leading the case".
  for (const p of ms) {
    if (p.type !== 'Person' || T[p.last + 1]?.text !== ',') continue;
    const words: string[] = [];
    let k = p.last + 2;
    for (; k <= l && /^\p{Ll}/u.test(T[k]!.text) && words.length < 7; k++) words.push(T[k]!.lower);
    const m = /^(?:a|an|the)\s+(?:\S+\s+){0,2}?(\S+(?:\s\S+)?)\s+(?:at|of|for|with|in)\s+the\s+(\S+)/.exec(words.join(' '));
    if (!m) continue;
    const noun = m[2]!;
    if (!GENERIC_NOUN_TYPES.has(noun)) continue;
    const role = ROLE_WORDS(m[1]!.split(' '));
    if (!role) continue;
    const org = c.antecedent(p.start, noun);
    if (!org) continue;
    const pred = predicateFor(role, org.type);
    if (pred && pred !== 'lawyer_of') emit({ subject: p.entity, predicate: pred, object: org.entity, qualifier: null, start: null, end: null }, s, 'relation.generic-role', 0.5);
  }
}

/** "X served as the chief financial operator for Los Metros", "Y worked as an inspector at the Revenue Service". */
function servedAs(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const text = c.sentenceText(s);
  const sStart = c.a.sentences[s]!.start;
  const re = /\b(?:served|serves|serving|worked|works|working|acted|acts|was hired|employed)\s+as\s+(?:an?|the|its|their)?\s*([a-z -]+?)\s+(?:(?:in|at|of|for|with)\s+(?:the\s+)?[a-z .,A-Z]*?)?(?:for|of|at|in|with)\s+(?:the\s+)?$/;
  for (const o of ms) {
    if (!ORG_TYPES.has(o.type)) continue;
    const head = text.slice(0, o.start - sStart);
    const m = re.exec(head.slice(-120));
    if (!m) continue;
    const role = roleIn(m[1]!.toLowerCase().split(/\s+/));
    if (!role) continue;
    const before = ms.filter((x) => x.type === 'Person' && x.end <= o.start - (head.length - (head.length - 120 + m.index)));
    const subj = before[before.length - 1] ?? ms.filter((x) => x.type === 'Person' && x.end <= o.start)[0];
    if (!subj) continue;
    const pred = predicateFor(role, o.type);
    if (pred && pred !== 'lawyer_of') emit({ subject: subj.entity, predicate: pred, object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.served-as', 0.6);
  }
  // "X joined the Popular Liberation Army": membership by joining.
  for (const o of ms) {
    if (o.type !== 'Organization') continue;
    const head = text.slice(0, o.start - sStart);
    if (!/\bjoin(?:ed|s|ing)?\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:of\s+the\s+)?$/.test(head)) continue;
    const subj = ms.filter((x) => x.type === 'Person' && x.end <= o.start).at(-1);
    if (subj) emit({ subject: subj.entity, predicate: 'member_of', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.joined', 0.6);
  }
}

/** "the Jalisco New Generation Cartel (CJNG) of Nemesio Oseguera Cervantes": a group and its leader. */
function orgOfPerson(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const T = c.T;
  for (let k = 0; k + 1 < ms.length; k++) {
    const o = ms[k]!;
    if (o.type !== 'Organization') continue;
    let j = o.last + 1;
    if (T[j]?.text === '(') { while (T[j] && T[j]!.text !== ')' && j - o.last < 5) j++; j++; }
    if (T[j]?.lower !== 'of') continue;
    const p = ms.find((m) => m.first === j + 1 && m.type === 'Person');
    if (p) emit({ subject: p.entity, predicate: 'leader_of', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.group-of-person', 0.55);
  }
}

/**
 * Factions: "Los Metros, a Gulf Cartel faction", "a faction of the Gulf Cartel", "the gang's
 * Brentwood Locos Salvatrucha clique", "the Sinaloa Cartel's main rival, the CJNG".
 */
function factions(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const text = c.a.text;
  const UNIT = '(?:faction|cell|clique|wing|branch|splinter group|offshoot|arm|armed wing|unit|division|section|bloc|front|chapter)';
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!;
    if (a.type !== 'Organization' && a.type !== 'PublicBody') continue;
    const after = text.slice(a.end, a.end + 80);
    // "A, a B faction" / "A, a faction of B" / "A, the armed wing of B".
    const b = ms[k + 1];
    if (b && b.type === a.type) {
      const gap = text.slice(a.end, b.start);
      const tail = text.slice(b.end, b.end + 30);
      if (/^,\s+(?:an?|the|its)\s+(?:[a-z-]+\s+){0,2}$/.test(gap) && new RegExp(`^['’]?s?\\s*(?:[a-z-]+\\s+){0,1}${UNIT}\\b`).test(tail)) {
        emit({ subject: a.entity, predicate: 'part_of', object: b.entity, qualifier: null, start: null, end: null }, s, 'relation.faction', 0.6);
      } else if (new RegExp(`^,\\s+(?:an?|the|its)\\s+(?:[a-z-]+\\s+){0,2}${UNIT}\\s+of\\s+(?:the\\s+)?$`).test(gap)) {
        emit({ subject: a.entity, predicate: 'part_of', object: b.entity, qualifier: null, start: null, end: null }, s, 'relation.faction', 0.6);
      }
    }
    // "the gang's Brentwood Locos Salvatrucha (BLS) clique": a named unit of a generically named group.
    const unitAfter = new RegExp(`^(?:\\s*\\([^)]{1,12}\\))?\\s+${UNIT}\\b`).exec(after);
    const poss = /\b(?:the|its) (cartel|gang|group|organi[sz]ation|network)['’]s\s+$/.exec(text.slice(Math.max(0, a.start - 30), a.start));
    if (unitAfter && poss) {
      const parent = c.antecedent(a.start - 30, poss[1]!);
      if (parent && parent.entity !== a.entity) emit({ subject: a.entity, predicate: 'part_of', object: parent.entity, qualifier: null, start: null, end: null }, s, 'relation.faction', 0.55);
    }
    // "the Sinaloa Cartel's main rival, the Jalisco New Generation Cartel".
    const rivalOf = /^['’]s?\s+(?:[a-z-]+\s+){0,2}(?:rival|enemy|competitor)s?,\s+(?:the\s+)?$/.exec(text.slice(a.end, b ? b.start : a.end));
    if (rivalOf && b && (b.type === 'Organization' || b.type === 'Person')) {
      emit({ subject: a.entity, predicate: 'rival', object: b.entity, qualifier: null, start: null, end: null }, s, 'relation.rival-apposition', 0.6);
    }
  }
  // "the rival 18th Street gang": a rival named inside a sentence about another group.
  for (const b of ms) {
    if (b.type !== 'Organization') continue;
    if (!/\brival\s+$/.test(text.slice(Math.max(0, b.start - 8), b.start))) continue;
    const a = ms.filter((m) => m.type === 'Organization' && m.end <= b.start && m.entity !== b.entity).at(-1)
      ?? c.antecedent(b.start, 'gang');
    if (a && a.entity !== b.entity) emit({ subject: a.entity, predicate: 'rival', object: b.entity, qualifier: null, start: null, end: null }, s, 'relation.rival-adjective', 0.5);
  }
}
