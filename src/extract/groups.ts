/**
 * How people and groups belong to groups: "served as … for X", "joined X", "led a X team",
 * "the X cartel of Y", factions and units ("Los Metros, a Gulf Cartel faction"), and rivals
 * named in appositions.
 */
import type { DocContext, TokenMention } from './context.js';
import { isSpace } from './tokens.js';
import { APOSTROPHE, ORG_TYPES, isCriminalName, lastMention, predicateFor, previousSubject, roleIn, type Emit } from './relation-helpers.js';

/** "X … led a BLO assassination team": leading a unit of a group makes one a member. */
export function ledUnit(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const text = c.a.text;
  for (const o of ms) {
    if (o.type !== 'Organization') continue;
    if (!/\b(?:led|leads|ran|runs|headed|heads|commanded|commands|directed|directs)\s+(?:an?|the|its)\s+$/.test(text.slice(Math.max(0, o.start - 16), o.start))) continue;
    if (!/^\s+(?:[a-z-]+\s+){0,2}(?:team|cell|squad|unit|wing|faction|network|group|ring|crew|branch|operation)\b/.test(text.slice(o.end, o.end + 40))) continue;
    const subj = ms.filter((m) => m.type === 'Person' && m.end <= o.start).at(0);
    if (subj) emit({ subject: subj.entity, predicate: 'member_of', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.led-unit', 0.55);
  }
}

const SERVED_AS = /\b(?:served|serves|serving|worked|works|working|acted|acts|was hired|employed)\s+as\s+(?:an?|the|its|their)?\s*([a-z -]+?)\s+(?:(?:in|at|of|for|with)\s+(?:the\s+)?[a-z .,A-Z]*?)?(?:for|of|at|in|with)\s+(?:the\s+)?$/;
const SPACED_AS = /\sas\s/;

/** "X served as the chief financial operator for Los Metros", "Y worked as an inspector at the Revenue Service". */
export function servedAs(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const text = c.sentenceText(s);
  const sStart = c.a.sentences[s]!.start;
  // The first two patterns need "as" between spaces: most sentences have none, and it is found faster than they are.
  const hasAs = SPACED_AS.test(text);
  for (const o of ms) {
    if (!hasAs || !ORG_TYPES.has(o.type)) continue;
    const head = text.slice(0, o.start - sStart);
    const m = SERVED_AS.exec(head.slice(-120));
    if (!m) continue;
    const role = roleIn(m[1]!.toLowerCase().split(/\s+/));
    if (!role) continue;
    const before = ms.filter((x) => x.type === 'Person' && x.end <= o.start - (head.length - (head.length - 120 + m.index)));
    const subj = before[before.length - 1] ?? ms.filter((x) => x.type === 'Person' && x.end <= o.start)[0];
    if (!subj) continue;
    const pred = predicateFor(role, o.type);
    if (pred && pred !== 'lawyer_of') emit({ subject: subj.entity, predicate: pred, object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.served-as', 0.6);
  }
  // "Los Zetas … went to work as the armed enforcers of the Gulf Cartel": a group serving as a part of another.
  for (const o of ms) {
    if (o.type !== 'Organization') continue;
    const head = text.slice(Math.max(0, o.start - sStart - 140), o.start - sStart);
    if (!hasAs || !SERVED_AS_UNIT.test(head)) continue;
    const subj = ms.filter((x) => x.end <= o.start && x.entity !== o.entity && x.type !== 'Location').at(0);
    if (subj && subj.type === 'Organization') emit({ subject: subj.entity, predicate: 'part_of', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.served-as-unit', 0.55);
  }
  // "X joined the Popular Liberation Army": membership by joining.
  for (const o of ms) {
    if (o.type !== 'Organization') continue;
    const head = text.slice(0, o.start - sStart);
    // The pattern needs "join": most heads have none, and it is found faster than the pattern.
    if (!head.includes('join') || !/\bjoin(?:ed|s|ing)?\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:of\s+the\s+)?$/.test(head)) continue;
    // "As a teenager he joined …": the pronoun that joins is the person the text is about ("he said his nephew joined" is not).
    const subj = lastMention(ms, (x) => x.type === 'Person' && x.end <= o.start)
      ?? (/\b(?:he|she)\s+(?:(?:later|also|then|had|has|eventually|soon|reportedly|allegedly)\s+)*join(?:ed|s)?\b/i.test(head) ? previousSubject(c, s, '') : undefined);
    if (subj) emit({ subject: subj.entity, predicate: 'member_of', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.joined', 0.6);
  }
}

/** "the Jalisco New Generation Cartel (CJNG) of Nemesio Oseguera Cervantes": a group and its leader. */
export function orgOfPerson(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
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
 * Text between a group and the person who heads it: "X, led by Y", "X, a Pharr dealership owned
 * and managed by Y", "X, the network that … is now commanded, according to officials, by his son Y".
 */
const HEAD_VERB = '(?:led|headed|run|commanded|directed|founded|owned|managed|controlled|operated)';
const LED_BY = new RegExp(`^\\s*(?:\\([^)]{1,15}\\)\\s*)?,?\\s*(?:(?:an?|the)\\s+(?:(?!(?:the|an?|its|their)\\s)[^\\s,]+\\s+){0,8}?)?(?:(?:which|that)\\s+(?:is|was)\\s+|(?:and\\s+)?(?:is|was)\\s+(?:now\\s+)?|now\\s+)?${HEAD_VERB}(?:\\s+and\\s+${HEAD_VERB})?\\s*(?:,[^,]{1,60},\\s*)?by\\s+(?:(?:his|her|their)\\s+(?:[a-z]+\\s+)?(?:son|daughter|brother|sister|father|mother|nephew|cousin|wife|husband)\\s+)?(?:(?:[A-Z][\\w.]*|in|of|the)\\s+){0,7}$`);

/** Nouns for a part of a group, and the shapes that name one. Built once: the rules run per mention. */
const UNIT = '(?:faction|cell|clique|wing|branch|splinter group|offshoot|arm|armed wing|unit|division|section|bloc|front|chapter)';
const UNIT_AFTER_OWNER = new RegExp(`^['\u2019]?s?\\s*(?:[a-z-]+\\s+){0,1}${UNIT}\\b`);
const UNIT_OF = new RegExp(`^(?:\\s*\\([^)]{1,15}\\))?,\\s+(?:an?|the|its)\\s+(?:[a-z-]+\\s+){0,2}${UNIT}\\s+of\\s+(?:the\\s+)?$`);
const UNIT_APPOSITION = new RegExp(`^['\u2019]s?\\s+(?:[a-z-]+\\s+){0,2}${UNIT},\\s+(?:the\\s+)?$`);
/** "served as the armed wing of (Guzmán's) …", "went to work in the 1990s as the enforcers of the …". */
const SERVED_AS_UNIT = /\b(?:served|serves|serving|acted|acts|acting|operated|operates|operate|operating|functioned|functions|work(?:ed|s|ing)?)\s+(?:[a-z0-9 ]{0,30}?\s)?as\s+(?:the|an?|its|their)\s+(?:[a-z-]+\s+){0,2}(?:wing|arm|enforcers?|militia|cell|faction|branch|unit|hit squad|muscle)\s+of\s+(?:the\s+)?(?:(?:\p{L}[\p{L}.-]*\s+){0,2}\p{L}[\p{L}.-]*['\u2019]s\s+)?$/u;

/** "X, (which is) part of Y". */
const PART_OF = /^(?:\s*\([^)]{1,15}\))?,\s+(?:(?:which|that)\s+(?:is|was|are|were)\s+)?(?:now\s+)?part\s+of\s+(?:the\s+)?$/;
const UNIT_AFTER_NAME = new RegExp(`^(?:\\s*\\([^)]{1,12}\\))?\\s+${UNIT}\\b`);
/** Names that end in a word for a part of something: "Northeastern War Front", "DEA Caribbean Division". */
const UNIT_NAME = /\b(?:Front|Frente|Division|Section|Unit|Wing|Cell|Clique|Bloc|Bloque|Branch|Directorate|Field Office|Task Force)$/;

/**
 * "the DEA Caribbean Division", "FBI Miami Field Office": a unit whose name opens with the
 * name of the body it belongs to.
 */
export function namedUnits(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  for (const a of ms) {
    if (!ORG_TYPES.has(a.type)) continue;
    const name = c.byId.get(a.entity)?.name ?? '';
    if (!UNIT_NAME.test(name)) continue;
    for (const e of c.entities) {
      if (e.id === a.entity || !ORG_TYPES.has(e.type)) continue;
      if ([e.name, ...e.aliases].some((n) => n.length >= 2 && name.startsWith(n + ' ') && name.length > n.length + 4)) {
        emit({ subject: a.entity, predicate: 'part_of', object: e.id, qualifier: null, start: null, end: null }, s, 'relation.named-unit', 0.6);
        break;
      }
    }
  }
}

/**
 * Factions: "Los Metros, a Gulf Cartel faction", "a faction of the Gulf Cartel", "the gang's
 * Brentwood Locos Salvatrucha clique", "the Sinaloa Cartel's main rival, the CJNG".
 */
export function factions(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const text = c.a.text;
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!;
    if (a.type !== 'Organization' && a.type !== 'PublicBody') continue;
    const after = text.slice(a.end, a.end + 80);
    // "A, a B faction" / "A, a faction of B" / "A, the armed wing of B".
    // "the Anti-Gang Directorate (AGD), a unit of …": the acronym is the unit again, not the other body.
    const b = firstAfter(ms, k, (m) => m.entity !== a.entity);
    if (b && b.type === a.type) {
      const gap = text.slice(a.end, b.start);
      const tail = text.slice(b.end, b.end + 30);
      if (/^,\s+(?:an?|the|its)\s+(?:[a-z-]+\s+){0,2}$/.test(gap) && UNIT_AFTER_OWNER.test(tail)) {
        emit({ subject: a.entity, predicate: 'part_of', object: b.entity, qualifier: null, start: null, end: null }, s, 'relation.faction', 0.6);
      } else if (UNIT_OF.test(gap) || PART_OF.test(gap)) {
        emit({ subject: a.entity, predicate: 'part_of', object: b.entity, qualifier: null, start: null, end: null }, s, 'relation.faction', 0.6);
      }
    }
    // "the gang's Brentwood Locos Salvatrucha (BLS) clique": a named unit of a generically named group.
    const unitAfter = UNIT_AFTER_NAME.exec(after);
    // "the rebels' Northeastern War Front": the unit word may be the name's own last word.
    // The pattern needs the possessive's apostrophe: most names have none before them, and it is found faster than the pattern.
    const ownerAt = text.slice(Math.max(0, a.start - 30), a.start);
    const poss = APOSTROPHE.test(ownerAt) ? /\b(?:the|its) (cartel|gang|group|organi[sz]ation|network|rebels|guerrillas?)(?:['’]s|s?['’])\s+$/.exec(ownerAt) : null;
    if ((unitAfter || UNIT_NAME.test(c.byId.get(a.entity)?.name ?? '')) && poss) {
      const parent = c.antecedent(a.start - 30, /^(?:rebels|guerrillas?)$/.test(poss[1]!) ? 'group' : poss[1]!);
      if (parent && parent.entity !== a.entity) emit({ subject: a.entity, predicate: 'part_of', object: parent.entity, qualifier: null, start: null, end: null }, s, 'relation.faction', 0.55);
    }
    // "The Norte Cartel's armed wing, Los Pelones": a unit named after its owner's possessive.
    if (b && b.type === a.type && UNIT_APPOSITION.test(text.slice(a.end, b.start))) {
      emit({ subject: b.entity, predicate: 'part_of', object: a.entity, qualifier: null, start: null, end: null }, s, 'relation.faction', 0.55);
    }
    // "the Sinaloa Cartel's main rival, the Jalisco New Generation Cartel".
    const rivalOf = /^['’]s?\s+(?:[a-z-]+\s+){0,2}(?:rival|enemy|competitor)s?,\s+(?:the\s+)?$/.exec(text.slice(a.end, b ? b.start : a.end));
    if (rivalOf && b && (b.type === 'Organization' || b.type === 'Person')) {
      emit({ subject: a.entity, predicate: 'rival', object: b.entity, qualifier: null, start: null, end: null }, s, 'relation.rival-apposition', 0.6);
    }
  }
  // "Its rivals, Los Lobos", "Their main enemy, the CJNG": rivals of the group the text is about.
  for (const b of ms) {
    if (b.type !== 'Organization' && b.type !== 'Person') continue;
    // Both patterns end on a comma, maybe "the", right before the name, and need one of the nouns for a rival: most names have
    // neither before them, and both are found faster than the patterns (the comma from a few characters).
    if (!commaBefore(text, b.start) || !RIVAL_NOUN.test(text.slice(Math.max(0, b.start - 50), b.start))) continue;
    const lead = /\b(?:its|their)\s+(?:[a-z-]+\s+){0,2}(?:rivals?|enemy|enemies|competitors?)\s*,\s*(?:the\s+)?$/i.exec(text.slice(Math.max(0, b.start - 50), b.start));
    // "The Lorenzanas' rivals, the Mendoza family": the owner is named.
    const owned = /['\u2019]s?\s+(?:[a-z-]+\s+){0,2}(?:rivals?|enemy|enemies|competitors?)\s*,\s*(?:the\s+)?$/i.exec(text.slice(Math.max(0, b.start - 40), b.start));
    const owner = owned ? lastMention(ms, (m) => m.end <= b.start - owned[0].length + 2 && m.end >= b.start - owned[0].length - 1 && (m.type === 'Organization' || m.type === 'Person')) : undefined;
    if (!lead && !owner) continue;
    const a = owner ?? c.antecedent(b.start - lead![0].length, 'gang');
    if (a && a.entity !== b.entity) emit({ subject: a.entity, predicate: 'rival', object: b.entity, qualifier: null, start: null, end: null }, s, 'relation.rival-apposition', 0.55);
  }
  // "X ran the gang from prison", "Y, his successor, heads the cartel": leading a group named generically
  // (but running "the cartel's laboratory" is working for it).
  for (const p of ms) {
    if (p.type !== 'Person' || !mayOpenRanTheGroup(text, p.end)) continue;
    const after = text.slice(p.end, p.end + 90);
    const m = /^(?:,[^,]{0,40},["\u201d\u2019]?)?\s+(?:later\s+|still\s+|now\s+)?(?:ran|runs|led|leads|heads|headed|commands|commanded|took over|controls|controlled)\s+(?:the|its)\s+(gang|cartel|group|organi[sz]ation|faction|network|clan|clique)\b(?!['\u2019])/.exec(after);
    if (!m) continue;
    const g = c.antecedent(p.start, m[1]!);
    if (g && g.type === 'Organization') emit({ subject: p.entity, predicate: 'leader_of', object: g.entity, qualifier: null, start: null, end: null }, s, 'relation.ran-the-group', 0.55);
  }
  // "the DEA's New York Division, led by Special Agent in Charge X": a unit and its head.
  for (let k = 0; k + 1 < ms.length; k++) {
    const o = ms[k]!;
    if (o.type !== 'Organization' && o.type !== 'PublicBody' && o.type !== 'Company') continue;
    // A person or a place may be named inside the apposition ("the network that stayed loyal to Z and is now led by …",
    // "a Pharr dealership owned by …"); another group may not.
    for (const p of ms.slice(k + 1, k + 4)) {
      if (p.type !== 'Person') { if (p.entity !== o.entity && p.type !== 'Location') break; continue; }
      // LED_BY needs "by" before the name; most gaps have none, and that is found faster than the pattern.
      const gap = text.slice(o.end, p.start);
      if (gap.includes('by') && LED_BY.test(gap)) { emit({ subject: p.entity, predicate: 'leader_of', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.led-by', 0.6); break; }
    }
  }
  // "the rival 18th Street gang": a rival named inside a sentence about another group.
  for (const b of ms) {
    if (b.type !== 'Organization') continue;
    if (!/\brival\s+$/.test(text.slice(Math.max(0, b.start - 8), b.start))) continue;
    const a = lastMention(ms, (m) => m.type === 'Organization' && m.end <= b.start && m.entity !== b.entity)
      ?? c.antecedent(b.start, 'gang');
    if (a && a.entity !== b.entity) emit({ subject: a.entity, predicate: 'rival', object: b.entity, qualifier: null, start: null, end: null }, s, 'relation.rival-adjective', 0.5);
  }
}

/** The first letters of the words "X ran the gang" may go on with after the name's spaces: later, still, now, ran, runs, led, leads, heads, headed, commands, commanded, took, controls, controlled. */
const RAN_OPENERS = new Set(['l', 's', 'n', 'r', 'h', 'c', 't']);

/**
 * Can factions' "ran the group" pattern match after a name ending at `at`? Exact as a check before it: the
 * pattern opens on a comma, or on spaces and then a word beginning with one of RAN_OPENERS.
 */
function mayOpenRanTheGroup(text: string, at: number): boolean {
  if (text.charAt(at) === ',') return true;
  let j = at;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  return j > at && RAN_OPENERS.has(text.charAt(j));
}

/** The first mention after ms[k] that passes the test, found without copying the rest of the list. */
function firstAfter(ms: TokenMention[], k: number, ok: (m: TokenMention) => boolean): TokenMention | undefined {
  for (let j = k + 1; j < ms.length; j++) if (ok(ms[j]!)) return ms[j];
  return undefined;
}

/**
 * Does the text before `at` end as /,\s*(?:the\s+)?$/i does? Read back from `at`: spaces, then a comma, or
 * "the" (any case) after spaces and a comma. Exact as a check before patterns ending so.
 */
function commaBefore(text: string, at: number): boolean {
  let j = at;
  while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
  if (text.charAt(j - 1) === ',') return true;
  // "the" needs a space after it, and a comma (past spaces) before it.
  if (j === at || j < 3 || text.slice(j - 3, j).toLowerCase() !== 'the') return false;
  j -= 3;
  while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
  return text.charAt(j - 1) === ',';
}

/** The stems of the nouns for a rival that "Its rivals, X" and "The Lorenzanas' rivals, X" are read from. */
const RIVAL_NOUN = /rival|enem|competitor/i;

/** Nouns for a business someone owns. */
const BUSINESS = '(?:company|firm|business|dealership|enterprise|store|shop|exchange house|currency exchange|farm|ranch|front company|shell company)';
const HIS_BUSINESS = new RegExp(`\\b(his|her|their)\\s+(?:own\\s+|family\\s+|main\\s+)?(?:[a-z-]+\\s+)?${BUSINESS},?\\s+$`, 'i');
const BUSINESS_HE_RAN = new RegExp(`^\\s*,\\s+(?:an?|the)\\s+(?:[^\\s,]+\\s+){0,3}?${BUSINESS}\\s+(?:that\\s+)?(?:he|she)\\s+(?:owned|owns|controlled|controls|ran|runs|managed|manages|founded|set up|operated|operates)\\b`);

/**
 * "His company, X, sold the gold", "X, a freight company he controlled": a business owned or run
 * by the person the text is about. Owning and running a business is heading it.
 */
export function ownedBusinesses(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const text = c.a.text;
  const sStart = c.a.sentences[s]!.start;
  for (const o of ms) {
    if (o.type !== 'Company') continue;
    const his = HIS_BUSINESS.exec(text.slice(Math.max(sStart, o.start - 40), o.start));
    const ran = his ? null : BUSINESS_HE_RAN.exec(text.slice(o.end, o.end + 90));
    if (!his && !ran) continue;
    // The owner: the person the clause is about, else the one the sentences before were about.
    const owner = lastMention(ms, (m) => m.type === 'Person' && m.end <= o.start)
      ?? (his && his[1]!.toLowerCase() === 'their' ? undefined : previousSubject(c, s, ''));
    if (owner) emit({ subject: owner.entity, predicate: 'leader_of', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.owned-business', 0.55);
  }
}

const UNIT_KNOWN_AS = /\b(?:an?|the|its|one)\s+(?:[a-z-]+\s+){0,2}(?:faction|wing|cell|splinter group|offshoot|branch|arm)\s+of\s+(?:the|its)(?:\s+(cartel|gang|group|organi[sz]ation|network))?\s*$/;
const KNOWN_AS = /^\s*,?\s*(?:(?:known|better known)\s+as|called|dubbed|named)\s+["\u201c]?$/;

/**
 * "a faction of the cartel known as "Los Chapitos"": the named faction is part of the group, and
 * those "who lead a faction …" lead it.
 */
export function knownAsUnits(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const text = c.a.text;
  const sStart = c.a.sentences[s]!.start;
  for (let k = 0; k < ms.length; k++) {
    const o = ms[k]!;
    if (o.type !== 'Organization') continue;
    // Most groups are not introduced by "known as": a short look first.
    if (!/(?:as|called|dubbed|named)\s+["\u201c]?$/.test(text.slice(Math.max(sStart, o.start - 12), o.start))) continue;
    const head = text.slice(Math.max(sStart, o.start - 160), o.start);
    const known = /(?:\s*,?\s*(?:(?:known|better known)\s+as|called|dubbed|named)\s+["\u201c]?)$/.exec(head);
    if (!known) continue;
    const lead = head.slice(0, head.length - known[0].length);
    // The group is named generically ("of the cartel known as X") or by name ("of the Sinaloa Cartel known as X").
    const prev = ms[k - 1];
    const named = prev && ORG_TYPES.has(prev.type) && KNOWN_AS.test(text.slice(prev.end, o.start)) ? prev : undefined;
    const unitAt = named ? text.slice(Math.max(sStart, prev!.start - 80), prev!.start) : lead;
    const unit = UNIT_KNOWN_AS.exec(unitAt);
    if (!unit || (!named && !unit[1])) continue;
    const parent = named ?? c.antecedent(o.start - known[0].length - 1, unit[1]!);
    if (!parent || parent.entity === o.entity) continue;
    emit({ subject: o.entity, predicate: 'part_of', object: parent.entity, qualifier: null, start: null, end: null }, s, 'relation.unit-known-as', 0.55);
    if (/\bwho\s+(?:lead|leads|led|run|runs|ran|head|heads|headed|command|commands|commanded|control|controls|controlled)\s+$/.test(unitAt.slice(0, unit.index))) {
      const p = ms.find((m) => m.type === 'Person');
      if (p && p.first < o.first) emit({ subject: p.entity, predicate: 'leader_of', object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.unit-known-as', 0.5);
    }
  }
}

/** Verbs of heading a group, and of belonging or working for one, right before the group's name. */
const HEADS_VERB = /\b(?:leads|led|heads|headed|runs|ran|founded|co-founded|cofounded|commands|commanded|took over|took control of|took command of|assumed (?:the )?(?:leadership|command) of|rose to lead|came to lead|went on to lead|created|formed)\s+(?:the\s+)?$/;
const BELONGS_VERB = /\b(?:belongs? to|belonged to|belonging to|works? for|worked for|working for|was recruited (?:by|into)|recruited into|enlisted in)\s+(?:the\s+)?$/;

/**
 * "X heads the Norte Cartel", "X, who founded the company, …", "X worked for the Gulf Cartel":
 * a verb between a person and a group names the tie. The person must be the clause's subject:
 * named right before the verb, or before a "who" clause or an apposition without other names.
 */
export function verbTies(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const text = c.a.text;
  const T = c.T;
  for (let k = 1; k < ms.length; k++) {
    const o = ms[k]!;
    if (!ORG_TYPES.has(o.type)) continue;
    const p = ms[k - 1]!;
    if (p.type !== 'Person' || o.start - p.end > 120) continue;
    // "ran the cartel's finances" is not running the cartel.
    if (/^['\u2019]/.test(T[o.last + 1]?.text ?? '')) continue;
    const gap = text.slice(p.end, o.start);
    // The verb phrases are short: match them on the gap's end only.
    const end = gap.length > 45 ? gap.slice(-45) : gap;
    const heads = HEADS_VERB.exec(end);
    const belongs = heads ? null : BELONGS_VERB.exec(end);
    const verb = heads ?? belongs;
    if (!verb) continue;
    // What stands between the name and the verb: nothing, "who", an apposition or an adverb.
    const between = gap.slice(0, gap.length - end.length + verb.index);
    if (!/^(?:\s*,\s*(?:who\s+)?|\s+who\s+|\s*,[^,;:()"\u201c]{1,80},\s*|\s*)(?:(?:allegedly|reportedly|later|then|once|also|still|now|effectively|briefly|long|had|has|have|once|eventually)\s+)*$/.test(between)) continue;
    // Working for a gang is belonging to it; working for a think tank, an agency or a firm is employment.
    const works = belongs && /\bwork/.test(belongs[0]);
    const pred = heads ? 'leader_of' : o.type !== 'Organization' ? 'works_for'
      : works && !isCriminalName(c.byId.get(o.entity)?.name ?? '') ? 'works_for' : 'member_of';
    emit({ subject: p.entity, predicate: pred, object: o.entity, qualifier: null, start: null, end: null }, s, 'relation.verb-tie', 0.55);
  }
}
