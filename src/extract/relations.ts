
/**
 * Ties between actors from the shapes crime reporting states them in: appositions ("X, a former
 * leader of Y"), roles before names ("Justice Department spokesman X"), possessives ("Y's
 * attorney, X", "Guzmán's Sinaloa cartel", "Mexico's BLO"), kinship ("X's son, Y"), and verbs
 * and nouns of alliance, rivalry, testimony, supply, corruption and territory.
 */
import type { ExtractedRelation, Predicate } from './extraction.js';
import { DocContext, GENERIC_NOUN_TYPES, GENERIC_OPENING, GROUP_NOUNS, type TokenMention } from './context.js';
import { GROUP_WORK_WORDS, PLACE_CUE_WORDS, groupsIn, territory } from './territory.js';
import { officeTitles } from './offices.js';
import { kinship, namedSiblings, quotedKin } from './kin.js';
import { factions, knownAsUnits, ledUnit, namedUnits, orgOfPerson, ownedBusinesses, servedAs, verbTies } from './groups.js';
import { DEMONYMS, KIN, ROLE_PREDICATES } from './lexicon/index.js';
import ties from './lexicon/personal-ties.json' with { type: 'json' };

const PERSONAL_TIES = ties as { associate: string[]; supplier: string[] };
const ASSOCIATE_WORDS = new Set(PERSONAL_TIES.associate);
const SUPPLIER_WORDS = new Set(PERSONAL_TIES.supplier);
import { ACTOR_TYPES, LOWER_INITIAL, LOWER_OR_DASH, MODIFIERS, NAME_TRAILER, ORG_TYPES, appositionStart, lastMention, isCriminalName, listedAfter, listedBefore, personNamedAt, roleSpan, isPoss, predicateFor, previousSubject, roleEndingAt, roleIn, type Emit } from './relation-helpers.js';

export function findRelations(c: DocContext, defendant: string | null = null): ExtractedRelation[] {
  const out = new Map<string, ExtractedRelation>();
  const emit: Emit = (r, s, rule, confidence = 0.7) => {
    if (r.subject === r.object) return;
    // A deputy or a spokesman "for the National Party" belongs to the party; no one is its employee in this sense.
    if (r.predicate === 'works_for' && c.type(r.object) === 'Organization' && PARTY.test(c.byId.get(r.object)?.name ?? '')) r = { ...r, predicate: 'member_of' };
    if (!validTypes(c, r.predicate, r.subject, r.object)) return;
    // A symmetric tie is keyed by its two ends in order, so it is kept once whichever way it was read.
    const key = SYMMETRIC.has(r.predicate) && r.subject > r.object ? `${r.object}|${r.predicate}|${r.subject}` : `${r.subject}|${r.predicate}|${r.object}`;
    if (out.has(key)) return;
    // Written out rather than spread: a spread copies through a slow generic path.
    out.set(key, { subject: r.subject, predicate: r.predicate, object: r.object, qualifier: r.qualifier, start: r.start, end: r.end, evidence: c.evidence(s, rule, confidence) });
  };
  const cues = cueFamiliesBySentence(c);
  const tieCues: RelationRule = (c2, s, ms, e) => verbsAndNouns(c2, s, ms, e, cues[s]!);
  const placeCues: RelationRule = (c2, s, ms, e) => territory(c2, s, ms, e, (cues[s]! & PLACE_CUE) !== 0, (cues[s]! & GROUP_WORK) !== 0);
  const witnesses: RelationRule = (c2, s, ms, e) => witnessApposition(c2, s, ms, e, defendant);
  const rules: RelationRule[] = [
    appositiveRoles, rolesBeforeNames, whoseRole, possessives, personOfOrg, kinship, quotedKin, witnesses,
    ledUnit, namedSiblings, factions, knownAsUnits, namedUnits, tieCues, pronounRoles, genericRoles, servedAs, orgOfPerson, ownedBusinesses, unitsAndBodies, verbTies, officeTitles, placeCues, groupsIn,
  ];
  // What a rule's every tie needs named in the sentence itself: a person, a place, a group or body (PERSON, PLACE, BODY). A sentence
  // naming none of a kind (half name no person, most no place) is not handed to the rules needing it, each of which would
  // look through its mentions for one and return.
  const needs = new Map<RelationRule, number>([
    [appositiveRoles, PERSON], [rolesBeforeNames, PERSON | BODY], [whoseRole, PERSON | BODY], [personOfOrg, PERSON | BODY], [kinship, PERSON],
    [quotedKin, PERSON], [witnesses, PERSON], [ledUnit, BODY], [namedSiblings, PERSON], [knownAsUnits, BODY], [namedUnits, BODY],
    [pronounRoles, PERSON], [genericRoles, PERSON], [servedAs, BODY], [orgOfPerson, PERSON | BODY], [ownedBusinesses, BODY],
    [unitsAndBodies, PERSON], [verbTies, BODY], [officeTitles, PERSON], [placeCues, PLACE], [groupsIn, PLACE],
  ]);
  // The rules each combination of kinds is read by, in their order, indexed by mentionKinds.
  const byKinds: RelationRule[][] = [];
  for (let kinds = 0; kinds <= (PERSON | PLACE | BODY); kinds++) byKinds.push(rules.filter((r) => ((needs.get(r) ?? 0) & ~kinds) === 0));
  // A sentence naming no one can hold only a collusion by an official named before it; every other
  // rule reads ties between the sentence's own mentions, so a quarter of the sentences skip them all.
  const unnamed: RelationRule[] = [tieCues];
  // Earlier rules win when two read the same tie: the list runs from the most specific shapes to the loosest.
  for (let s = 0; s < c.a.sentences.length; s++) {
    const ms = c.bySentence[s]!;
    for (const rule of ms.length ? byKinds[mentionKinds(ms)]! : unnamed) rule(c, s, ms, emit);
  }
  return [...out.values()];
}

/** The kinds of mention a rule may need the sentence to name, as bits: a person, a place, a group, company or public body. */
const PERSON = 1, PLACE = 2, BODY = 4;

/** The kinds of mention the sentence names (PERSON, PLACE, BODY): which of findRelations' lists of rules read it. */
function mentionKinds(ms: TokenMention[]): number {
  let kinds = 0;
  for (const m of ms) {
    if (m.type === 'Person') kinds |= PERSON;
    else if (m.type === 'Location') kinds |= PLACE;
    else if (ORG_TYPES.has(m.type)) kinds |= BODY;
  }
  return kinds;
}

const SYMMETRIC = new Set<Predicate>(['family', 'associate', 'ally', 'rival']);
const PARTY = /\b(?:party|partido|partei)\b/i;

/** One family of relation patterns, run over one sentence's mentions. */
type RelationRule = (c: DocContext, s: number, ms: TokenMention[], emit: Emit) => void;

function validTypes(c: DocContext, p: Predicate, s: string, o: string): boolean {
  const st = c.type(s), ot = c.type(o);
  if (!st || !ot) return false;
  switch (p) {
    case 'leader_of': case 'works_for': return st === 'Person' && ORG_TYPES.has(ot);
    case 'member_of': return st === 'Person' && ot === 'Organization';
    case 'family': case 'associate': return st === 'Person' && ot === 'Person';
    // Agencies working together ("DEA agents worked with the Navy") are not allied groups.
    case 'ally': return st !== 'Location' && ot !== 'Location' && !(st === 'PublicBody' && ot === 'PublicBody');
    case 'part_of': return ORG_TYPES.has(st) && ORG_TYPES.has(ot);
    case 'lawyer_of': case 'witness_against': return st === 'Person' && (ot === 'Person' || ot === 'Organization');
    case 'colludes_with': return (st === 'Person' || st === 'PublicBody') && (ot === 'Person' || ot === 'Organization');
    case 'operates_in': return st !== 'Location' && ot === 'Location';
    default: return ACTOR_TYPES.has(st) && ACTOR_TYPES.has(ot);
  }
}

/** "X, a former leader of Y", "X, co-director of Y", "X, a former BLO member". */
function appositiveRoles(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const T = c.T;
  for (let k = 0; k < ms.length; k++) {
    const p = ms[k]!;
    if (p.type !== 'Person') continue;
    const ap = appositionStart(c, p);
    // "describes X as the top leader of Y" reads like an apposition.
    const from = ap >= 0 ? ap : DESCRIPTION_OPENERS.has(T[p.last + 1]?.lower ?? '') ? p.last + 1 : -1;
    if (from < 0) continue;
    // Words up to the next mention; they must be an apposition (no verb other than is/was).
    let first = k + 1;
    while (first < ms.length && ms[first]!.first < from) first++;
    for (let j = first; j < ms.length && j <= first + 2; j++) {
      const o = ms[j]!;
      if (!ORG_TYPES.has(o.type)) {
        if (o.type === 'Location' && T[o.last + 1] && /^['\u2019]s?$/.test(T[o.last + 1]!.text)) continue; // "Mexico's …"
        if (o.type === 'Location') continue;
        break;
      }
      // "chief of the Justice Department's Money Laundering Section": the role is held in the unit the owner names next.
      const unit = ms[j + 1];
      if (unit && ORG_TYPES.has(unit.type) && unit.first === o.last + 2 && isPoss(T[o.last + 1])) continue;
      const words: string[] = [];
      for (let i = from; i < o.first; i++) if (T[i]!.kind !== 'punctuation' || T[i]!.text === '-') words.push(T[i]!.lower);
      const span = roleSpan(words);
      // Role after the organisation, read only when the words before it are modifiers alone: "a former BLO member".
      const role = span?.role ?? (words.every((w) => MODIFIERS.has(w) || /^\d+$|^-?years?$|^-$/.test(w) || BEFORE_GROUP.has(w)) ? roleIn(wordsAfterGroup(c, s, o)) : null);
      if (!role) break;
      // The role must lead to the organisation: "a former leader of the X", not "a broker, is accused of laundering … for X".
      if (span) {
        const tail = words.slice(span.at + span.n);
        // Place names in a possessive may stand between: "a leader of Mexico's Beltrán Leyva Organization".
        // So may the body that owns the unit: "chief of the Justice Department's … Section".
        // Their words are gathered only for a tail that holds other words than these.
        let placeWords: Set<string> | null = null;
        const leadsTo = (w: string) => ROLE_TO_GROUP.has(w) || MODIFIERS.has(w)
          || (placeWords ??= new Set(ms.filter((m) => (m.type === 'Location' || ORG_TYPES.has(m.type)) && m.first >= from && m.last < o.first).flatMap((m) => c.wordList(m.first, m.last)))).has(w);
        if (!tail.every(leadsTo)) break;
      }
      // The tail was checked above: "an agent with the Federal Police" may hold "with"; words before the role may not.
      if ((span ? words.slice(0, span.at) : words).some((w) => NOT_BEFORE_ROLE.has(w))) break;
      let pred = predicateFor(role, o.type, isCriminalName(c.byId.get(o.entity)?.name ?? ''));
      // "the regional chief of the National Police": heading a part of a body is working for it.
      if (pred === 'leader_of' && o.type !== 'Organization' && span && SUBORDINATE.has(words[span.at - 1] ?? '')) pred = 'works_for';
      if (pred) {
        emit({ subject: p.entity, predicate: pred, object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.appositive-role');
        // "A and B, both alleged BLS members": the apposition describes everyone listed.
        // So does "… were arrested; officials described them as a bodyguard and an accountant for the Zetas".
        if (['both', 'all'].includes(T[from]?.lower ?? '') || words.includes('them')) for (const q of listedBefore(c, ms, k)) emit({ subject: q.entity, predicate: pred, object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.appositive-role-list', 0.6);
      }
      break;
    }
  }
}

/** Words after a name that open a description of it without a comma ("X was the top leader of Y"). */
const DESCRIPTION_OPENERS = new Set(['is', 'was', 'who', 'a', 'an', 'the', 'as', 'became', 'becomes', 'remains', 'remained']);

/** Words of speech and of other verbs' objects: before a role, they mean the words are no apposition. */
const NOT_BEFORE_ROLE = new Set(['said', 'told', 'says', 'according', 'by', 'against', 'with', 'to']);

/** Words besides modifiers that may stand before a group whose role follows it ("X, who is a BLO member"). */
const BEFORE_GROUP = new Set(['who', 'is', 'was', ',', 'both', 'all']);

/** Words that may stand between a role and the group it is held in ("a leader of the X"). */
const ROLE_TO_GROUP = new Set(['of', 'for', 'at', 'with', 'in', 'to', 'the', 'a', 'an', "'s", '\u2019s', "'", '\u2019', 'its', 'their']);

/** The lower-case words right after a group, past its possessive ("the Norte Cartel's top boss"): where a role may follow it. */
function wordsAfterGroup(c: DocContext, s: number, o: TokenMention): string[] {
  const T = c.T;
  const after: string[] = [];
  const afterAt = isPoss(T[o.last + 1]) ? o.last + 2 : o.last + 1;
  for (let i = afterAt; i <= afterAt + 2 && T[i] && T[i]!.sent === s && LOWER_INITIAL.test(T[i]!.text); i++) after.push(T[i]!.lower);
  return after;
}

/** Words that make a head of a body the head of only a part of it. */
const SUBORDINATE = new Set(['regional', 'deputy', 'assistant', 'local', 'district', 'provincial', 'state', 'municipal', 'area', 'station', 'unit', 'section']);

/** "the National Liberation Army, whose top commander is X": a group and who holds a role in it. */
function whoseRole(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const T = c.T;
  for (let k = 0; k + 1 < ms.length; k++) {
    const o = ms[k]!;
    if (!ORG_TYPES.has(o.type) || T[o.last + 1]?.text !== ',' || T[o.last + 2]?.lower !== 'whose') continue;
    const p = ms[k + 1]!;
    if (p.type !== 'Person' || !['is', 'was', 'are', 'were'].includes(T[p.first - 1]?.lower ?? '')) continue;
    const words = c.wordList(o.last + 3, p.first - 2);
    if (words.length > 4) continue;
    const role = roleIn(words);
    const pred = role ? predicateFor(role, o.type, isCriminalName(c.byId.get(o.entity)?.name ?? '')) : null;
    if (pred && pred !== 'lawyer_of') emit({ subject: p.entity, predicate: pred, object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.whose-role', 0.6);
  }
}

/** "Justice Department spokesman Peter Carr", "Sinaloa Cartel kingpin Joaquín Guzmán", "BLO member X". */
function rolesBeforeNames(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const T = c.T;
  for (let k = 0; k + 1 < ms.length; k++) {
    const o = ms[k]!;
    // A place may stand between ("the Federal Police chief in Sonora, X"); it is checked below.
    const p = ms[k + 1]!.type === 'Location' && ms[k + 2] ? ms[k + 2]! : ms[k + 1]!;
    if (!ORG_TYPES.has(o.type) || p.type !== 'Person') continue;
    // "a Drug Enforcement Administration agent, Special Agent Lucía Barrientos": a comma and a title may follow the role.
    let roleEnd = p.first - 1;
    const comma = T.slice(o.last + 1, p.first).findIndex((t) => t.text === ',');
    if (comma >= 0) {
      const at = o.last + 1 + comma;
      if (!T.slice(at + 1, p.first).every((t) => /^\p{Lu}/u.test(t.text)) || p.first - at - 1 > 4) continue;
      roleEnd = at - 1;
    }
    // "The Federal Police chief in Sonora, X": where the role is held may follow it.
    const place = ms.find((m) => m.type === 'Location' && m.last === roleEnd && m.first > o.last);
    if (place && ['in', 'at', 'for'].includes(T[place.first - 1]?.lower ?? '')) roleEnd = place.first - 2;
    const gap = roleEnd - o.last;
    if (gap < 1 || gap > 4) continue;
    const r = roleEndingAt(c, roleEnd);
    if (!r) continue;
    // Press releases capitalise the title ("FBI Assistant Director in Charge X"); other words between must be lower case.
    let ok = true;
    for (let i = o.last + 1; i <= roleEnd; i++) if (!LOWER_INITIAL.test(T[i]!.text) && i < r.first) ok = false;
    if (!ok) continue;
    const pred = predicateFor(r.role, o.type);
    if (pred) emit({ subject: p.entity, predicate: pred, object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.role-before-name');
    // "Norte Cartel leaders X and Y": a plural role covers everyone listed.
    if (pred && r.plural) for (const q of listedAfter(c, ms, ms.indexOf(p))) emit({ subject: q.entity, predicate: pred, object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.role-before-name', 0.6);
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
      // "the Sinaloa Cartel's Culiacán cell", "HSBC's Mexico unit": a group's or firm's arm named for where it works.
      else if ((a.type === 'Organization' || a.type === 'Company') && b.type === 'Location' && /^(?:cells?|cliques?|factions?|wings?|branch(?:es)?|offices?|units?|subsidiary|subsidiaries|operations?|plazas?|chapters?|networks?)$/.test(T[b.last + 1]?.lower ?? '')) emit({ subject: a.entity, predicate: 'operates_in', object: b.entity, qualifier: null, start: null, end: null }, s, 'relation.possessive-place-unit', 0.6);
      else if (a.type === 'Person' && b.type === 'Organization') emit({ subject: a.entity, predicate: 'leader_of', object: b.entity, qualifier: null, start: null, end: null }, s, 'relation.possessive-group', 0.6);
      else if (ORG_TYPES.has(a.type) && b.type === a.type) emit({ subject: b.entity, predicate: 'part_of', object: a.entity, qualifier: null, start: null, end: null }, s, 'relation.possessive-unit', 0.6);
      else if (a.type === 'Organization' && b.type === 'Person') emit({ subject: b.entity, predicate: 'member_of', object: a.entity, qualifier: null, start: null, end: null }, s, 'relation.possessive-member', 0.6);
      else if ((a.type === 'PublicBody' || a.type === 'Company') && b.type === 'Person') emit({ subject: b.entity, predicate: 'works_for', object: a.entity, qualifier: null, start: null, end: null }, s, 'relation.possessive-member', 0.6);
      continue;
    }
    // "Y's attorney, X" / "Y's son, X" / "Y's attorneys".
    const words: string[] = [];
    let i = a.last + 2;
    for (; i < T.length && T[i]!.sent === s && LOWER_OR_DASH.test(T[i]!.text) && words.length < 6; i++) words.push(T[i]!.lower);
    if (!words.length) continue;
    // "Y's lawyer in Tegucigalpa, X": where the role is held may stand before the name.
    const place = ['in', 'at'].includes(words[words.length - 1]!) ? ms.find((m) => m.first === i && m.type === 'Location') : undefined;
    if (place) { words.pop(); i = place.last + 1; }
    const named = personNamedAt(c, ms, i);
    // Every tie below is held by the person named after the words: without one, neither kin nor role is read.
    if (!named || named.type !== 'Person') continue;
    const head = words[words.length - 1]!;
    // "Y's son and namesake, X".
    const kin = KIN.get(head) ?? (words.length >= 3 && /^and (?:namesake|heir|successor)$/.test(words.slice(-2).join(' ')) ? KIN.get(words[words.length - 3]!) : undefined);
    if (kin && a.type === 'Person') {
      emit({ subject: named.entity, predicate: 'family', object: a.entity, qualifier: kin, start: null, end: null }, s, 'relation.possessive-kin');
      continue;
    }
    // "Marset's associate, Miguel Ángel Insfrán", "Guzmán's business partner, X".
    if (a.type === 'Person' && /^(?:close |longtime |business |former |top |trusted |alleged )*(associate|partner|ally|friend|confidant|right-hand man|lieutenant|protégé|protege|accomplice|co-conspirator|henchman|bodyguard)s?(?: (?:in|at) (?:the |a |his |her )?[a-z -]+)?$/.test(words.join(' '))) {
      emit({ subject: named.entity, predicate: 'associate', object: a.entity, qualifier: null, start: null, end: null }, s, 'relation.possessive-associate', 0.6);
      continue;
    }
    const role = roleIn(words);
    if (role) {
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
    for (let k = 0; k < 2 && T[first] && LOWER_INITIAL.test(T[first]!.text) && T[first]!.pos === 'ADJ' || (T[first]?.pos === 'VERB' && /ing$/.test(T[first]!.lower)); k++) first++;
    if (o.first !== first) continue;
    const pred: Predicate = o.type === 'Organization' && /cartel|gang|clan|organi[sz]ation|mafia|syndicate|militia/i.test(c.byId.get(o.entity)?.name ?? '') ? 'member_of' : 'works_for';
    emit({ subject: p.entity, predicate: pred, object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.person-of-org', 0.6);
  }
}

const ALLY_RE = /\b(alliance with|allied with|allies of|ally of|partners of|partner of|partner to|partners with|partnered with|partnership with|teamed up with|joined forces with|in league with|worked with|works with|associate of)\b/;

const RIVAL_RE = /\b(rival to|rival of|rivals of|rivalry with|war (?:against|with|on)|battle against|battles? with|fight(?:ing)? against|feud with|enemy of|enemies of|clashed with|at war with|turf war with|fighting|at odds with|feuding with|fought|fights|fighting with|clashes with|clashing with)\b/;

/** Scanned for by the rarer verb first; the auxiliary before it is checked on a short slice. */
const MUTUAL_RIVAL = /\b(?:fought|fighting|feuding|at war|warring|clashed|clashing|battled|battling)\b/;
const MUTUAL_AUX = /\b(?:have|has|had|are|were)\s+(?:(?:long|since|been|also|repeatedly|often|now)\s+)*$/;

const WITNESS_RE = /\b(witness(?:es)? against|testif(?:y|ied|ying|ies) (?:at|in|during) (?:the )?trial of|took the (?:witness )?stand (?:at|in|during) (?:the )?trial of|testif(?:y|ied|ying) against|cooperat(?:ing|ed|or|ors) against|informant against|snitch(?:ed)? on)\b/;

const SUPPLY_RE = /\b(launder(?:ed|ing|s)? (?:[^.;]{0,60}? )?(?:money |proceeds |funds |cash )?for|supplier of .{0,40}? to|supplied|supplying|sold (?!out\b).{0,30}? to|provided (?!(?:armed |police )?(?:protection|information|intelligence|security|escorts?|tips?)\b).{0,30}? to|shipped .{0,30}? to|supplier to|suppliers? for|for sale to|buyers included|customers included|sold (?:it|them|the drugs?|cocaine|shipments) to)\b/;

const BOUGHT_RE = /\b(?:bought|buying|buys|purchased|purchasing|acquired|obtained|sourced|received|receiving|imported|importing)\s+(?:[^.;]{0,40}?\s)?(?:cocaine|heroin|drugs?|fentanyl|methamphetamine|meth|marijuana|weapons|guns|firearms|rifles|ammunition|precursors?|chemicals|shipments?|loads?|kilos?|kilograms?|tons?|tonnes)\s+(?:[^.;]{0,30}?\s)?from\b/;

const COLLUDE_RE = /\b(brib(?:e|es|ed|ing)|payoffs?|on the payroll of|protect(?:ed|ing)? the .{0,30}interests|leak(?:ed|ing)? information to|colluded with|collusion with|protection to|received payments|in the pay of|took money from|tipped off|leaked|provide[ds]? (?:\w+ ){0,2}with (?:the identity|information|intelligence)|passed (?:on )?information)\b/;


/** Paying a bribe, said of the one who pays: the official named after the verb is the one who colludes. */
const ACTIVE_BRIBE = /\b(?:bribed|bribing|paid (?:off|bribes to|kickbacks to)|paying (?:off|bribes to|kickbacks to)|pays (?:off|bribes to))\b/;

/** "the war between X and Y": both rivals are named after the cue. */
const RIVALS_BETWEEN = /\b(?:no love lost|bad blood|feud|war|rivalry|fighting|clashes|dispute|tensions|battle)\s+between\b/;
/** Unnamed witnesses ("an informant cooperating against …"): no name before the cue is the witness. */
const GENERIC_WITNESS = /\b(?:(?:an?|the)\s+(?:[a-z-]+\s+)?(?:informant|witness|cooperator|source)|informants|witnesses|cooperators)\s+(?:who\s+(?:was\s+|were\s+)?)?(?:cooperat|testif)/;
/** The families of cues verbsAndNouns reads, as bits: a sentence is read only for the families whose words it holds. */
const ALLY = 1, RIVAL = 2, MUTUAL = 4, BETWEEN = 8, WITNESS = 16, BOUGHT = 32, SUPPLY = 64, COLLUDE = 128, BRIBE = 256;
/** The cues of territory, found in the same scan: the text is scanned once for both rules' words. */
const PLACE_CUE = 512, GROUP_WORK = 1024;
const TIE_CUES = ALLY | RIVAL | MUTUAL | BETWEEN | WITNESS | BOUGHT | SUPPLY | COLLUDE | BRIBE;

/**
 * Words each family's cues hold whole (between non-word characters): each cue's first word, or the word
 * it cannot match without ("in league with", "no love lost", "for sale to"). A family's cue cannot match
 * a sentence, nor a clause of it, that holds none of its words; one scan for all the words is far cheaper
 * than every cue at every word, and most sentences hold none.
 */
const CUE_WORDS: [number, string[]][] = [
  [ALLY, ['alliance', 'allied', 'allies', 'ally', 'partners', 'partner', 'partnered', 'partnership', 'teamed', 'joined', 'league', 'worked', 'works', 'associate']],
  [RIVAL, ['rival', 'rivals', 'rivalry', 'war', 'battle', 'battles', 'fight', 'fighting', 'feud', 'enemy', 'enemies', 'clashed', 'odds', 'feuding', 'fought', 'fights', 'clashes', 'clashing']],
  [MUTUAL, ['fought', 'fighting', 'feuding', 'war', 'warring', 'clashed', 'clashing', 'battled', 'battling']],
  [BETWEEN, ['love', 'blood', 'feud', 'war', 'rivalry', 'fighting', 'clashes', 'dispute', 'tensions', 'battle']],
  [WITNESS, ['witness', 'witnesses', 'testify', 'testified', 'testifying', 'testifies', 'took', 'cooperating', 'cooperated', 'cooperator', 'cooperators', 'informant', 'snitch', 'snitched']],
  [BOUGHT, ['bought', 'buying', 'buys', 'purchased', 'purchasing', 'acquired', 'obtained', 'sourced', 'received', 'receiving', 'imported', 'importing']],
  [SUPPLY, ['launder', 'laundered', 'laundering', 'launders', 'supplier', 'suppliers', 'supplied', 'supplying', 'sold', 'provided', 'shipped', 'sale', 'buyers', 'customers']],
  [COLLUDE, ['bribe', 'bribes', 'bribed', 'bribing', 'payoff', 'payoffs', 'payroll', 'protect', 'protected', 'protecting', 'protection', 'leak', 'leaked', 'leaking',
    'colluded', 'collusion', 'received', 'pay', 'took', 'tipped', 'provide', 'provided', 'provides', 'passed']],
  [BRIBE, ['bribed', 'bribing', 'paid', 'paying', 'pays']],
  [PLACE_CUE, PLACE_CUE_WORDS],
  [GROUP_WORK, GROUP_WORK_WORDS],
];
const FAMILIES_OF = new Map<string, number>();
for (const [family, words] of CUE_WORDS) for (const w of words) FAMILIES_OF.set(w, (FAMILIES_OF.get(w) ?? 0) | family);
/** Ignoring case, so a sentence need not be lowercased to be scanned: it matches the same ASCII words at the same word boundaries. */
const CUE_WORD = new RegExp(`\\b(?:${[...FAMILIES_OF.keys()].join('|')})\\b`, 'gi');
/** The only characters outside ASCII whose lower case holds an ASCII letter (U+0130 → "i̇", the Kelvin sign → "k"). */
const LOWERS_TO_ASCII = /[\u0130\u212A]/;

/** The families of cues the sentence, lowercased, may match: those of the cue words it holds (0 for none). */
function cueFamilies(sentence: string): number {
  // The cues read the lowercased sentence; only these two characters make it hold words the sentence does not.
  const text = LOWERS_TO_ASCII.test(sentence) ? sentence.toLowerCase() : sentence;
  let families = 0;
  CUE_WORD.lastIndex = 0;
  for (let m = CUE_WORD.exec(text); m; m = CUE_WORD.exec(text)) families |= FAMILIES_OF.get(m[0].toLowerCase())!;
  return families;
}

/**
 * cueFamilies of each sentence, read in one scan of the whole text rather than one per sentence. A
 * sentence holds the text's words that lie inside it, unless a word runs across its edge (a word
 * character on both sides of it): such a sentence, rare as it is, is read on its own.
 */
function cueFamiliesBySentence(c: DocContext): number[] {
  const { text, sentences } = c.a;
  // Lowercasing a text with one of these characters makes words it did not hold: each sentence is read on its own.
  if (LOWERS_TO_ASCII.test(text)) return sentences.map((sp) => cueFamilies(text.slice(sp.start, sp.end)));
  const out = sentences.map(() => 0);
  let s = 0;
  CUE_WORD.lastIndex = 0;
  for (let m = CUE_WORD.exec(text); m; m = CUE_WORD.exec(text)) {
    while (s < sentences.length && sentences[s]!.end <= m.index) s++;
    if (s === sentences.length) break;
    const sp = sentences[s]!;
    if (m.index >= sp.start && m.index + m[0].length <= sp.end) out[s]! |= FAMILIES_OF.get(m[0].toLowerCase())!;
  }
  for (let k = 0; k < sentences.length; k++) {
    const { start, end } = sentences[k]!;
    if ((isWordChar(text.charCodeAt(start - 1)) && isWordChar(text.charCodeAt(start))) || (isWordChar(text.charCodeAt(end - 1)) && isWordChar(text.charCodeAt(end)))) {
      out[k] = cueFamilies(text.slice(start, end));
    }
  }
  return out;
}

/** Is the character code one of \w's (ASCII letters, digits, underscore), the characters \b tells from the rest? */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** A group named generically before a cue: "the cartel sold …", "its battle against …". */
const GENERIC_SUBJECT = new RegExp(`\\b(the|its) (${GROUP_NOUNS})\\b`);
/** Words of speech right before a name: the one quoted. */
const QUOTED_BEFORE = /\b(?:said|says|told|according to)\s+$/;
/** The nouns a family named for its surname is called by ("the Beltrán Leyva brothers"). */
const FAMILY_NOUN = /brothers|family|clan/;
/** Where one clause of a sentence ends and another, with its own subject, begins. */
const CLAUSE_BREAK = /;\s*|,?\s+while\s+|,\s+whereas\s+/;

/** "Another promised government trial witness, X", "X, a cooperating witness": a witness against the story's defendant. */
function witnessApposition(c: DocContext, s: number, ms: TokenMention[], emit: Emit, defendant: string | null): void {
  if (!defendant) return;
  const text = c.a.text;
  for (const p of ms) {
    if (p.type !== 'Person' || p.entity === defendant) continue;
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    const after = text.slice(p.end, p.end + 50);
    // "One cooperator, X", "The second witness, X", "testimony by the witness, X", and "… two cooperating witnesses. The first, X".
    if (/\b(?:cooperating|government|prosecution|trial|key|star|protected)\s+(?:trial\s+)?(?:witness(?:es)?|cooperators?),\s*(?:[^,]{0,30},\s*)?$/i.test(before)
      || /\b(?:one|another|the|a)\s+(?:(?:first|second|third|fourth|fifth|other|last|final)\s+)?(?:cooperating\s+)?(?:witness|cooperator),\s*$/i.test(before)
      || (/(?:^|[.!?]["\u201d]?\s+)the\s+(?:first|second|third|fourth|other|last),\s*$/i.test(before) && s > 0 && /\b(?:witnesses|cooperators)\b/.test(c.sentenceText(s - 1)))
      || /^,\s+(?:an?|the)\s+(?:former\s+|key\s+|star\s+)?(?:cooperating|government|prosecution)\s+witness\b/i.test(after)) {
      emit({ subject: p.entity, predicate: 'witness_against', object: defendant, qualifier: null, start: null, end: null }, s, 'relation.witness-apposition', 0.5);
    }
  }
}

/** Verb and noun patterns between two actors of a sentence. */
function verbsAndNouns(c: DocContext, s: number, ms: TokenMention[], emit: Emit, cues: number): void {
  // Each cue below is read only in a sentence holding its family's words: most sentences hold none.
  if (!(cues & TIE_CUES)) return;
  const actors = ms.filter((m) => ACTOR_TYPES.has(m.type));
  const text = c.sentenceText(s).toLowerCase();
  // Every tie read here has a named actor in the sentence, except collusion by an official described before.
  if (!actors.length && !(cues & COLLUDE && COLLUDE_RE.test(text))) return;
  const sentStart = c.a.sentences[s]!.start;
  const at = (m: TokenMention) => m.start - sentStart;
  // Built only for sentences that quote a source: most do not, and this runs per sentence.
  const sources = new Set(text.includes('according to') ? actors.filter((x) => /\baccording to (?:the )?$/.test(text.slice(Math.max(0, at(x) - 17), at(x)))).map((x) => x.entity) : []);
  // "…, said X of Y": whom a text quotes is not the verb's object. Each actor is read once, for every cue that asks.
  const quotedAt: (boolean | undefined)[] = [];
  const quoted = (i: number) => quotedAt[i] ??= QUOTED_BEFORE.test(text.slice(Math.max(0, at(actors[i]!) - 14), at(actors[i]!)));
  /** The actors around a cue's match in the text from `from` on: [subjects, objects]. */
  const pairAt = (m: RegExpExecArray | null, from = 0): [TokenMention[], TokenMention[]] | null => {
    if (!m) return null;
    const pos = from + m.index;
    const end = pos + m[0].length;
    // "According to the DEA, those buyers included X": a source quoted is not the clause's subject.
    const before = actors.filter((x) => at(x) < pos && !c.judges.has(x.entity) && !sources.has(x.entity));
    const after = actors.filter((x, i) => at(x) >= end && !quoted(i));
    // With no one after the cue there is no tie, whoever its subject; finding the subject is the costly part.
    if (!after.length) return null;
    // "the cartel sold the drugs to X": a generic subject is the group named last; "its battle
    // against X" belongs to the group the sentence is about, even with a person named between.
    const generic = GENERIC_SUBJECT.exec(text.slice(0, pos));
    // "…, where it fights X", "it has also clashed with Y": "it" is the group the sentence is about, not the last one named.
    const its = /\b(?:its\s+(?:[a-z]+\s+)?|(?:where|and|but|which)\s+it\s+(?:(?:has|had|is|was|also|still|now|long)\s+){0,3})$/.test(text.slice(0, pos));
    const opening = its ? GENERIC_OPENING.exec(text) : null;
    const itsOwner = its ? (generic ? c.antecedent(sentStart + (opening ?? generic).index, (opening ?? generic)[opening ? 1 : 2]!) : c.antecedent(sentStart + pos, null)) : undefined;
    // "The Beltrán Leyva brothers were partners of X": the family stands for the group named after it.
    // The pattern needs one of its nouns as written; most sentences hold none, so test that first.
    const head = c.sentenceText(s).slice(0, pos);
    const brothers = FAMILY_NOUN.test(head) ? /\b(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:brothers|family|clan)\b/u.exec(head) : null;
    const familyOrg = brothers ? c.entities.find((e) => e.type === 'Organization' && e.name.toLowerCase().replace(/-/g, ' ').startsWith(brothers[1]!.toLowerCase().replace(/-/g, ' ') + ' ')) : undefined;
    const familyMention = familyOrg ? ({ ...before[0]!, entity: familyOrg.id, type: 'Organization' } as TokenMention) : undefined;
    let nearest = before[before.length - 1];
    // "X is allied with Y and is at war with Z": a second verb phrase has the sentence's subject.
    if (nearest && /^[^.;]*?\band (?:is|was|are|were|has|have|had|remains|remained)\b[^,;]*$/.test(text.slice(nearest.end - sentStart, pos)) && before[0]) nearest = before[0];
    // "Prosecutors accuse him of laundering … for X", "those buyers included X": a pronoun or a group's
    // own customers stand for the person or the group the text is about.
    // Only a pronoun right before the cue is its subject ("he said that cooperators testifying against him …" is not).
    const near = text.slice(Math.max(0, pos - 30), pos);
    const pronoun = !nearest && !generic ? /\b(he|him|she|they|it|its|their|those)\b(?!.*\b(?:he|him|she|they|it|its|their|those)\b)/.exec(near) : null;
    const fromPronoun = !pronoun ? undefined : /^(?:he|him|she)$/.test(pronoun[1]!) ? previousSubject(c, s, '')
      : /^(?:those|its|their)$/.test(pronoun[1]!) && !/\b(?:buyers|customers|clients)\b/.test(text.slice(pos, end)) ? undefined
      : c.antecedent(sentStart, null);
    const subj = itsOwner ?? familyMention ?? nearest ?? (generic ? c.antecedent(sentStart + generic.index, generic[2]!) : undefined) ?? fromPronoun;
    if (!subj) return null;
    // "X and Y both testified against Z": every subject coordinated with the nearest one.
    const subjects = [subj];
    for (let k = before.length - 2; k >= 0; k--) {
      const full = c.a.text.slice(before[k]!.end, before[k + 1]!.start);
      const gap = full.slice(NAME_TRAILER.exec(full)?.[0].length ?? 0).replace(/^["\u201d\u2019]?\s*,\s*["\u201d\u2019]/, ',');
      // A nickname in quotes may close before the comma: "Vicentillo," and his brother X.
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
  const pairAround = (re: RegExp, from = 0) => pairAt(re.exec(from ? text.slice(from) : text), from);
  const ally = cues & ALLY ? pairAround(ALLY_RE) : null;
  if (ally) for (const o of ally[1]) {
    const subj = ally[0][0]!;
    const both = c.type(subj.entity) === 'Person' && o.type === 'Person';
    emit({ subject: subj.entity, predicate: both ? 'associate' : 'ally', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.alliance');
  }
  // "where it fights X …, and where it has also clashed with Y": each cue names a rival.
  for (let from = 0, n = 0; n < 3 && cues & RIVAL; n++) {
    const m = RIVAL_RE.exec(from ? text.slice(from) : text);
    if (!m) break;
    const rival = pairAt(m, from);
    if (rival) for (const o of rival[1]) emit({ subject: rival[0][0]!.entity, predicate: 'rival', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.rivalry');
    from += m.index + m[0].length;
  }
  // "The Norte Cartel and the Costa Brava Cartel have been fighting for the port": two subjects, each other's rival.
  const verb = cues & MUTUAL ? MUTUAL_RIVAL.exec(text) : null;
  const aux = verb ? MUTUAL_AUX.exec(text.slice(Math.max(0, verb.index - 40), verb.index)) : null;
  const mutual = verb && aux ? { index: verb.index - (Math.min(40, verb.index) - aux.index) } : null;
  if (mutual) {
    const before = actors.filter((x) => at(x) < mutual.index);
    const [a, b] = before.slice(-2);
    if (a && b && a.entity !== b.entity && /^\s*,?\s*(?:and|&)\s+(?:the\s+)?$/.test(c.a.text.slice(a.end, b.start))
      && /^\s*(?:\([^)]{1,15}\)\s*)?$/.test(text.slice(b.end - sentStart, mutual.index))) {
      emit({ subject: a.entity, predicate: 'rival', object: b.entity, qualifier: null, start: null, end: null }, s, 'relation.rivalry-mutual', 0.6);
    }
  }
  // "the war between X and Y", "a feud between …", "no love lost between X and Y": both are named after the cue.
  const between = cues & BETWEEN ? RIVALS_BETWEEN.exec(text) : null;
  if (between) {
    const after = actors.filter((x) => at(x) > between.index);
    if (after.length >= 2) emit({ subject: after[0]!.entity, predicate: 'rival', object: after[1]!.entity, qualifier: null, start: null, end: null }, s, 'relation.rivalry-between');
  }

  // "an informant cooperating against the BLO": the witness is the unnamed informant, not a name before it.
  // The pattern ends on one of these stems: most sentences hold neither, and they are found faster than the pattern.
  const genericWitness = (text.includes('cooperat') || text.includes('testif')) && GENERIC_WITNESS.test(text);
  const wit = genericWitness || !(cues & WITNESS) ? null : pairAround(WITNESS_RE);
  if (wit) for (const o of wit[1]) for (const w of wit[0]) emit({ subject: w.entity, predicate: 'witness_against', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.witness');
  // "X bought cocaine from Y": the seller, named after the cue, supplies the buyer.
  // The seller must follow "from" directly: "received cocaine flown in from Venezuela … for sale to X" names no seller.
  const boughtAt = cues & BOUGHT ? BOUGHT_RE.exec(text) : null;
  const bought = boughtAt && actors.some((x) => at(x) >= boughtAt.index + boughtAt[0].length && /^\s*(?:the\s+)?$/.test(text.slice(boughtAt.index + boughtAt[0].length, at(x)))) ? pairAt(boughtAt) : null;
  if (bought) for (const o of bought[1]) emit({ subject: o.entity, predicate: 'supplier_of', object: bought[0][0]!.entity, qualifier: null, start: null, end: null }, s, 'relation.bought-from', 0.6);
  const sup = cues & SUPPLY ? pairAround(SUPPLY_RE) : null;
  if (sup) for (const o of sup[1]) emit({ subject: sup[0][0]!.entity, predicate: 'supplier_of', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.supplier');
  // "X took bribes …, while Y, as police chief, was paid …": each clause has its own official and its own group.
  // What follows reads only bribes and collusion.
  if (!(cues & (COLLUDE | BRIBE))) return;
  const clauses: [number, number][] = [];
  for (let from = 0, cut: RegExpExecArray | null; from < text.length; from = cut ? cut.index + cut[0].length : text.length) {
    cut = CLAUSE_BREAK.exec(text.slice(from));
    if (cut) cut.index += from;
    clauses.push([from, cut ? cut.index : text.length]);
  }
  for (const [cs, ce] of clauses) {
    const clause = clauses.length > 1 ? text.slice(cs, ce) : text;
    const bribe = cues & BRIBE ? ACTIVE_BRIBE.exec(clause) : null;
    const found = cues & COLLUDE ? COLLUDE_RE.exec(clause) : null;
    if (!bribe && !found) continue;
    const inClause = actors.filter((x) => at(x) >= cs && at(x) < ce);
    // "The cartel bribed X", "Y paid off police commanders": the one bribed is the colluding official, named after the verb.
    // A passive ("was bribed by") names the official first; the reading below covers it.
    if (bribe && !/\b(?:was|were|been|being|is|are|got|get)\s$/.test(clause.slice(Math.max(0, bribe.index - 7), bribe.index))) {
      const cue = cs + bribe.index;
      const briber = inClause.filter((x) => at(x) < cue && !sources.has(x.entity)).at(-1);
      const bribed = inClause.find((x) => at(x) > cue && (x.type === 'Person' || x.type === 'PublicBody'));
      if (briber && bribed && (briber.type === 'Person' || briber.type === 'Organization')) {
        emit({ subject: bribed.entity, predicate: 'colludes_with', object: briber.entity, qualifier: null, start: null, end: null }, s, 'relation.bribed', 0.5);
        continue;
      }
    }
    if (!found) continue;
    const col = { index: cs + found.index };
    // A quotation's bribes are its subject's, not those of whoever is quoted ("Leon said X was a trafficker “which … deployed bribes”").
    const quoteAt = Math.max(text.lastIndexOf('\u201c', col.index), (text.slice(0, col.index).split('"').length % 2 === 0) ? text.lastIndexOf('"', col.index) : -1);
    const quoted = quoteAt >= 0 && text.lastIndexOf('\u201d', col.index) < quoteAt ? quoteAt : -1;
    // A judge rules on bribes; "…, which used violence and deployed bribes" is the group's doing, not a name's before it.
    const relative = /,["\u201d]?\s+which\s(?!.*,["\u201d]?\s+which\s)/.exec(text.slice(0, col.index))?.index ?? -1;
    let officials = inClause.filter((x) => (x.type === 'Person' || x.type === 'PublicBody') && at(x) < col.index && at(x) > quoted && at(x) > relative && !c.judges.has(x.entity));
    // "the police commander used his powers to protect the BLO's interests": a described official.
    const described = /\bthe (?:former |then-?)?(?:[a-z]+ )?(commander|official|officer|agent|judge|mayor|governor|prosecutor|chief|inspector|commissioner|guard|broker)\b/.exec(text.slice(cs, col.index));
    if (!officials.length && described) {
      const p = previousSubject(c, s + 1, '');
      if (p) officials = [p];
    }
    const criminals = inClause.filter((x) => x.type === 'Organization' || (x.type === 'Person' && at(x) > col.index));
    if (genericWitness) criminals.length = 0;
    // The clause's subject is the official ("Reyes met with Arturo … to provide him with …").
    const subj = officials.find((o) => o.type === 'Person') ?? officials[0];
    if (subj && !criminals.length) {
      for (const o of inClause) if (o.type === 'Person' && o.entity !== subj.entity && at(o) > at(subj)) criminals.push(o);
    }
    const generic = /\b(?:the|its) (cartel|group|gang|organi[sz]ation|faction|network|traffickers)\b/.exec(clause);
    const groups = criminals.length ? criminals : generic ? [c.antecedent(sentStart + (clauses.length > 1 ? cs : 0) + generic.index, generic[1] === 'traffickers' ? 'cartel' : generic[1]!)].filter((x): x is TokenMention => !!x && x.type === 'Organization') : [];
    for (const o of groups) if (subj && o.entity !== subj.entity) emit({ subject: subj.entity, predicate: 'colludes_with', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.collusion', 0.5);
  }
}

/**
 * "His lawyer, Renato Stabile", "her attorney X", "his bodyguard, X", "his alleged Colombian
 * supplier, X": a tie to the person the text is about; and "a lawyer for X, Y".
 */
function pronounRoles(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const T = c.T;
  const [f, l] = c.a.sentenceTokens[s]!;
  for (let i = f; i < l; i++) {
    const pronoun = T[i]!.lower;
    if (pronoun !== 'his' && pronoun !== 'her') continue;
    // The one named stands right after at most five words, or after them and a comma: most pronouns have no one there.
    if (!personStartsIn(ms, i + 2, i + 7)) continue;
    const words: string[] = [];
    let k = i + 1;
    // A nationality may stand among the words: "his alleged Colombian supplier".
    for (; k <= l && (LOWER_OR_DASH.test(T[k]!.text) || DEMONYMS.has(T[k]!.lower)) && words.length < 5; k++) words.push(T[k]!.lower);
    if (!words.length) continue;
    // The name is looked for first: it is cheaper than the role, and most such words name no one after them.
    const named = ms.find((m) => m.first === (T[k]?.text === ',' ? k + 1 : k) && m.type === 'Person');
    if (!named) continue;
    const head = words[words.length - 1]!;
    const role = roleIn(words);
    const predicate: Predicate | null = role && (ROLE_PREDICATES.get(role) ?? []).includes('lawyer_of') ? 'lawyer_of'
      : ASSOCIATE_WORDS.has(head) ? 'associate' : SUPPLIER_WORDS.has(head) ? 'supplier_of' : null;
    if (!predicate) continue;
    const anchor = lastMention(ms, (m) => m.last < i && m.type === 'Person' && m.entity !== named.entity) ?? previousSubject(c, s, named.entity);
    if (anchor) emit({ subject: named.entity, predicate, object: anchor.entity, qualifier: null, start: null, end: null }, s, `relation.pronoun-${predicate}`, 0.5);
  }
  // "A lawyer for X, Y, said …": the lawyer is named after the client.
  for (let k = 0; k + 1 < ms.length; k++) {
    const client = ms[k]!;
    const lawyer = ms[k + 1]!;
    if (client.type !== 'Person' || lawyer.type !== 'Person' || T[client.last + 1]?.text !== ',' || lawyer.first !== client.last + 2) continue;
    const lead = c.wordList(client.first - 4, client.first - 1);
    if (!['for', 'representing'].includes(lead[3] ?? '')) continue;
    const role = roleIn(lead.slice(0, 3));
    if (role && (ROLE_PREDICATES.get(role) ?? []).includes('lawyer_of')) emit({ subject: lawyer.entity, predicate: 'lawyer_of', object: client.entity, qualifier: null, start: null, end: null }, s, 'relation.lawyer-for', 0.55);
  }
}

const ROLE_WORDS = (words: string[]) => roleIn(words);

/** "whom investigators describe as the", "who prosecutors say is a": a role stated of the person before. */
const DESCRIBED_AS = /\b(?:whom|who)\s+(?:[A-Za-z.]+\s+){1,3}?(?:describe[sd]?|call(?:s|ed)?|consider(?:s|ed)?|identif(?:y|ies|ied)|name[sd]?)\s+as\s+(?:the\s+|an?\s+)?$/;

/** Is a person named from a token in [from, to]? A cheap test on the sentence's few mentions before reading words. */
function personStartsIn(ms: TokenMention[], from: number, to: number): boolean {
  for (const m of ms) if (m.type === 'Person' && m.first >= from && m.first <= to) return true;
  return false;
}

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
    if (t.lower === 'its' || t.lower === 'their') from = i + 1;
    else if (t.lower === 'the' && isPoss(T[i + 2]) && GENERIC_NOUN_TYPES.has(T[i + 1]!.lower)) { noun = T[i + 1]!.lower; from = i + 3; }
    else continue;
    const words: string[] = [];
    let k = from;
    for (; k <= l && LOWER_OR_DASH.test(T[k]!.text) && words.length < 6; k++) words.push(T[k]!.lower);
    // "The bank's former head of compliance in Miami, X": where the role is held may stand before the name.
    const lastWord = words[words.length - 1];
    if (lastWord === 'in' || lastWord === 'at') {
      const place = ms.find((m) => m.first === k && m.type === 'Location');
      if (place) { words.pop(); k = place.last + 1; }
    }
    // The name is looked for first: it is cheaper than the role, and most such words name no one after them.
    const named = ms.find((m) => m.first === (T[k]?.text === ',' ? k + 1 : k) && m.type === 'Person');
    if (!named) continue;
    const span = words.length ? roleSpan(words) : null;
    const role = span?.role ?? null;
    if (!role) continue;
    if (!noun) {
      // "became head of the group when marines killed its commander": "its" is the group just named generically, not the last name.
      // Groups named in the sentence end the look back; it stays within a few dozen tokens.
      const lastGroup = lastMention(ms, (m) => m.last < i && m.type !== 'Person' && m.type !== 'Location')?.last ?? f;
      for (let j = i - 1; j > Math.max(lastGroup, f, i - 40); j--) {
        if (T[j - 1]!.lower === 'the' && GENERIC_NOUN_TYPES.get(T[j]!.lower) === 'Organization') { noun = T[j]!.lower; break; }
      }
    }
    const org = c.antecedent(t.start, noun);
    if (!org) continue;
    let pred = predicateFor(role, org.type);
    // "head of compliance", "chief of security": heading a function of the body is working for it.
    const next = words.slice(span!.at + span!.n);
    if (pred === 'leader_of' && next[0] === 'of' && next[1] && !['the', 'a', 'an', 'its', 'their'].includes(next[1])) pred = 'works_for';
    if (pred && pred !== 'lawyer_of') emit({ subject: named.entity, predicate: pred, object: org.entity, qualifier: null, start: null, end: null }, s, 'relation.generic-role', 0.55);
  }
  // "X, whom authorities describe as the organization's second-in-command".
  for (const p of ms) {
    if (p.type !== 'Person') continue;
    const after = c.a.text.slice(p.end, Math.min(c.a.sentences[s]!.end, p.end + 160));
    // The pattern needs one of its nouns in the possessive; most names are followed by none, so test that first.
    if (!genericPossessiveIn(after)) continue;
    // An abbreviation's period ("U.S. authorities") does not end the clause.
    const m = /^(?:[^.;]|(?<=\b\p{Lu})\.){0,90}?\b(?:as|is|was|became|remains)\s+(?:the|its|their)\s+(cartel|gang|group|organi[sz]ation|network|clan|clique|cell|faction|family|bank|company|firm)['\u2019]s\s+((?:[a-z-]+\s?){1,4})/u.exec(after);
    if (!m) continue;
    const role = roleIn(m[2]!.trim().split(/\s+/));
    if (!role) continue;
    const org = c.antecedent(p.start, m[1]!);
    if (!org) continue;
    const pred = predicateFor(role, org.type, isCriminalName(c.byId.get(org.entity)?.name ?? ''));
    if (pred && pred !== 'lawyer_of') emit({ subject: p.entity, predicate: pred, object: org.entity, qualifier: null, start: null, end: null }, s, 'relation.generic-role-after', 0.5);
  }
  // "X, … whom investigators describe as the PCC's chief logistics coordinator": the group is named.
  for (let k = 0; k < ms.length; k++) {
    const o = ms[k]!;
    if (!ORG_TYPES.has(o.type) || !isPoss(T[o.last + 1])) continue;
    const lead = DESCRIBED_AS.exec(c.a.text.slice(Math.max(c.a.sentences[s]!.start, o.start - 80), o.start));
    if (!lead) continue;
    const words: string[] = [];
    for (let i = o.last + 2; i <= l && LOWER_OR_DASH.test(T[i]!.text) && words.length < 4; i++) words.push(T[i]!.lower);
    const role = roleIn(words);
    if (!role) continue;
    // The one described heads the clause: not a nickname or its translation glossed after the name ("X, known as "Y" - Z - whom …").
    let j = k - 1;
    while (j >= 0 && (ms[j]!.type !== 'Person' || (j > 0 && /(?:\bas\s+["\u201c]?|["\u201d]?\s*[-\u2013\u2014(]\s*)$/.test(c.a.text.slice(ms[j - 1]!.end, ms[j]!.start))))) j--;
    const p = ms[j];
    if (!p || p.type !== 'Person' || o.start - p.end > 160) continue;
    const pred = predicateFor(role, o.type, isCriminalName(c.byId.get(o.entity)?.name ?? ''));
    if (pred && pred !== 'lawyer_of') emit({ subject: p.entity, predicate: pred, object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.described-as', 0.5);
  }
  // "X, a researcher at the institute", "X, the Gaeco prosecutor leading the case".
  // "X, the former leader of the trafficking organization": adjectives may stand before the noun.
  for (const p of ms) {
    if (p.type !== 'Person') continue;
    const from = appositionStart(c, p);
    if (from < 0 || !mayOpenArticle(T[from]!.lower)) continue;
    const words: string[] = [];
    let k = from;
    for (; k <= l && LOWER_INITIAL.test(T[k]!.text) && words.length < 9; k++) words.push(T[k]!.lower);
    const m = /^(?:a|an|the)\s+(?:\S+\s+){0,2}?(\S+(?:\s\S+)?)\s+(?:at|of|for|with|in)\s+the\s+/.exec(words.join(' '));
    if (!m) continue;
    const after = m[0].trim().split(' ').length;
    const n = words.slice(after, after + 3).findIndex((w) => GENERIC_NOUN_TYPES.has(w));
    if (n < 0) continue;
    const noun = words[after + n]!;
    const role = ROLE_WORDS(m[1]!.split(' '));
    if (!role) continue;
    const nounAt = from + after + n;
    const org = c.antecedent(T[nounAt]?.start ?? p.start, noun);
    if (!org) continue;
    const pred = predicateFor(role, org.type);
    if (pred && pred !== 'lawyer_of') emit({ subject: p.entity, predicate: pred, object: org.entity, qualifier: null, start: null, end: null }, s, 'relation.generic-role', 0.5);
  }
}

/** The nouns of genericRoles' possessive after a name ("as the organization's second-in-command"), ending where the possessive starts. */
const GENERIC_POSSESSOR = /(?:cartel|gang|group|organi[sz]ation|network|clan|clique|cell|faction|family|bank|company|firm)$/;

/**
 * Does one of GENERIC_POSSESSOR's nouns stand right before a possessive ('s, ’s) in the text? Exact as
 * a check before genericRoles' pattern, which cannot match without one; the noun is read only where a
 * possessive stands, and most names are followed by none.
 */
function genericPossessiveIn(after: string): boolean {
  for (const poss of ["'s", '\u2019s']) {
    for (let at = after.indexOf(poss); at >= 0; at = after.indexOf(poss, at + 1)) {
      if (GENERIC_POSSESSOR.test(after.slice(Math.max(0, at - 12), at))) return true;
    }
  }
  return false;
}

/**
 * Can the words of an apposition opening on this word start with "a", "an" or "the" and a space, as
 * genericRoles' pattern needs? Only if the word is one of them, or holds a space itself (wink cuts
 * tokens at spaces, but were one to hold one, the joined words would too).
 */
function mayOpenArticle(w: string): boolean {
  return w === 'a' || w === 'an' || w === 'the' || /\s/.test(w);
}

/** Common nouns that name a state body when they stand before a role ("Police spokesman X"); "prosecutors" name people. */
const BODY_NOUNS = new Set(['government', 'police', 'ministry', 'agency', 'court']);

/** Nouns for a part of a body that someone may lead: leading one is working for the body. */
const WHO_LEADS_UNIT = /^\s*,\s+who\s+(?:leads|heads|runs|commands|directs|led|headed|ran|commanded|directed)\s+(?:the|a|an)\s+(?:([a-z]+)\s+)?(?:[a-z]+\s+)?(?:unit|office|division|section|team|squad|task force|bureau|branch|brigade)\b(\s+(?:of|at|within)\s+(?:the\s+)?)?/;

/**
 * "Colonel X, who leads the police unit that tracked him", "X, who heads the anti-gang office of
 * the National Police": heading a unit is working for the body it belongs to. "Government
 * spokesman X", "Police spokesman Y": a role of a body named only by its common noun.
 */
function unitsAndBodies(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const T = c.T;
  const text = c.a.text;
  for (let k = 0; k < ms.length; k++) {
    const p = ms[k]!;
    if (p.type !== 'Person') continue;
    const lead = WHO_LEADS_UNIT.exec(text.slice(p.end, p.end + 120));
    if (lead) {
      const next = ms[k + 1];
      const body = lead[2] && next && ORG_TYPES.has(next.type) && next.start === p.end + lead[0].length ? next
        : lead[1] && GENERIC_NOUN_TYPES.get(lead[1]) === 'PublicBody' ? c.antecedent(p.start, lead[1]) : undefined;
      if (body && body.type === 'PublicBody') emit({ subject: p.entity, predicate: 'works_for', object: body.entity, qualifier: null, start: null, end: null }, s, 'relation.leads-unit', 0.5);
    }
    // "Government security spokesman X": the common noun stands before the role, capitalised at a sentence's start.
    if (T[p.first - 1]?.kind === 'punctuation' || T[p.first - 1]?.sent !== s) continue;
    const r = roleEndingAt(c, p.first - 1);
    if (!r || ms.some((m) => m.last === r.first - 1 || m.last === r.first - 2)) continue;
    for (let i = r.first - 1; i >= Math.max(r.first - 2, c.a.sentenceTokens[s]![0]); i--) {
      const noun = T[i]!.lower;
      if (T[i]!.kind === 'punctuation') break;
      if (!BODY_NOUNS.has(noun)) continue;
      const body = c.antecedent(T[i]!.start, noun);
      const pred = body && body.type === 'PublicBody' ? predicateFor(r.role, body.type) : null;
      if (body && pred === 'works_for') emit({ subject: p.entity, predicate: pred, object: body.entity, qualifier: null, start: null, end: null }, s, 'relation.body-noun-role', 0.5);
      break;
    }
  }
}
