/**
 * Where groups, companies and people operate: "X-based", "a Reynosa freight company",
 * "Mexico's Sinaloa Cartel" and "the cartel's Tijuana cell" (in relations.ts), "controls the trade
 * out of Bolivia and Paraguay", "a presence in Antioquia, Córdoba and Chocó", "emerged in São Paulo
 * state", "has grown into Brazil's largest criminal organization", "a plaza boss in Reynosa",
 * "rackets run by the X in Chile", "In Lisbon, police seized cash from a PCC cell", "the war between
 * X and Y for control of Z".
 *
 * Precision comes first: a cue is said of the actor its clause is about (a generic "the gang", a
 * pronoun, the name before it); police forces and ministries are never the actor, and cue words
 * inside names, compounds and crossings ("across the river in …") are not claims.
 */
import type { EntityType } from './extraction.js';
import { GENERIC_NOUN_TYPES, GENERIC_OPENING, GROUP_NOUNS, type DocContext, type TokenMention } from './context.js';
import { APOSTROPHE, appositionStart, isCriminalName, lastMention, type Emit } from './relation-helpers.js';
import { isSpace } from './tokens.js';

const ORG_LIKE = new Set<EntityType>(['Organization', 'Company', 'PublicBody']);

const OPERATORS = new Set<EntityType>(['Organization', 'Company', 'Person']);
/**
 * Phrases after which a place says where someone operates. Kept as one alternation so a sentence is
 * scanned once; grouped by the kind of claim so each group can be judged on its own.
 */
const CUE = new RegExp(String.raw`\b(?:` + [
  // Control and presence.
  String.raw`control(?:s|led|ling)?(?: of)?|(?:a |its |strong )?presence in|cells? (?:in|throughout)|operat(?:es|ed|ing|ions) (?:in|out of|throughout)|active in|present in|holds? sway (?:in|over)|(?:grip|hold) (?:on|over)|dominat(?:es|ed|ing)|foothold in|(?:area|zone|sphere)s? of (?:influence|operations?) (?:in|on|along)`,
  // Seats and strongholds.
  String.raw`based in|headquartered in|home base|stronghold(?: of| in)?|turf|territory|province of|state of|region of`,
  // Fighting over, spreading to, coming from.
  String.raw`fought across|fights? for|expand(?:s|ed|ing)? (?:its |their )?(?:[a-z-]+ ){0,2}?(?:into|to)|spread(?:s|ing)? (?:its |their )?(?:[a-z-]+ ){0,2}?(?:into|to)|emerged in|founded in|born in|grew out of|originated in|emerged from|grew up in`,
  // "across X" as reach, not a crossing or a reputation ("across the border", "known across").
  String.raw`(?<!(?:city|town|village|border|river|bridge|street|road|just|directly|lies|sits|from|known) )across`,
  // Routes and trade.
  String.raw`routes? (?:through|out of)|smuggling (?:through|out of|into)|trade out of|plaza(?:s)? (?:in|of)|(?:moved|moves|moving|shipped|ships|shipping|transported|transporting|trafficked) (?:[\w-]+ ){0,3}?through`,
  // Running an outfit, directing gunmen, selling drugs, extorting victims somewhere.
  String.raw`(?:led|leads|leading|ran|runs|running|headed|heads|heading|oversaw|oversees|overseeing|managed|manages|managing) (?:the |a |an |its |his |her |their )?(?:[\w-]+ ){0,4}?(?:organi[sz]ation|network|cell|ring|operations?|faction|clique|gang|cartel|plaza|routes?|business) (?:in|out of)`,
  String.raw`(?:direct(?:s|ed|ing)|command(?:s|ed|ing)) (?:[\w-]+ ){0,2}?(?:gunmen|fighters|hitmen|sicarios|cells|operations) in`,
  String.raw`(?:sell|sells|selling|sold|peddl(?:e|es|ed|ing)|deal(?:s|t|ing)) (?:[\w-]+ ){0,2}?(?:cocaine|heroin|crack|methamphetamine|meth|fentanyl|drugs|marijuana|narcotics|pills) (?:in|on the streets of)`,
  String.raw`extort(?:s|ed|ing)\b[^.;]{0,60}?\bfrom\b[^.;]{0,70}?\bin`,
  // Standing: "the most powerful criminal group in X".
  String.raw`(?:dominant|most powerful|largest|biggest|strongest|leading) (?:[\w-]+ ){0,2}?(?:group|cartel|gang|organi[sz]ation|faction|force|player|mafia|syndicate) in`,
].join('|') + String.raw`)\b`, 'gi');

/**
 * Words each cue of CUE holds whole (between non-word characters): its first word ("most" for "most
 * powerful"). A sentence without one cannot match CUE; findRelations finds them for every sentence in
 * the one scan of the text it makes for the cue words of verbsAndNouns.
 */
export const PLACE_CUE_WORDS = [
  'control', 'controls', 'controlled', 'controlling', 'presence', 'cell', 'cells', 'operates', 'operated', 'operating', 'operations', 'active', 'present',
  'hold', 'holds', 'grip', 'dominates', 'dominated', 'dominating', 'foothold', 'area', 'areas', 'zone', 'zones', 'sphere', 'spheres',
  'based', 'headquartered', 'home', 'stronghold', 'turf', 'territory', 'province', 'state', 'region',
  'fought', 'fight', 'fights', 'expand', 'expands', 'expanded', 'expanding', 'spread', 'spreads', 'spreading', 'emerged', 'founded', 'born', 'grew', 'originated',
  'across', 'route', 'routes', 'smuggling', 'trade', 'plaza', 'plazas', 'moved', 'moves', 'moving', 'shipped', 'ships', 'shipping', 'transported', 'transporting', 'trafficked',
  'led', 'leads', 'leading', 'ran', 'runs', 'running', 'headed', 'heads', 'heading', 'oversaw', 'oversees', 'overseeing', 'managed', 'manages', 'managing',
  'directs', 'directed', 'directing', 'commands', 'commanded', 'commanding',
  'sell', 'sells', 'selling', 'sold', 'peddle', 'peddles', 'peddled', 'peddling', 'deals', 'dealt', 'dealing', 'extort', 'extorts', 'extorted', 'extorting',
  'dominant', 'most', 'largest', 'biggest', 'strongest',
];

/** The words GROUP_WORKS cannot match without, held whole the same way. */
export const GROUP_WORK_WORDS = ['offensive', 'laboratory', 'laboratories', 'labs', 'airstrip', 'airstrips', 'camps', 'plantations'];

/** A group named generically a few words before a place: "the gang now based in …". */
const GENERIC_BEFORE_3 = new RegExp(`\\bthe (${GROUP_NOUNS})\\s+(?:\\w+\\s+){0,3}$`, 'i');
const GENERIC_BEFORE_4 = new RegExp(`\\bthe (${GROUP_NOUNS})\\s+(?:\\w+\\s+){0,4}$`, 'i');
const NAME_ORIGIN = /\b(?:takes? its name from|took its name from|named (?:after|for)|(?:its|whose) name (?:refers to|comes from))\s+(?:the\s+)?/gi;
const NAME_WORD = /name/i;

/**
 * `placeCues` and `groupWorks` say whether the sentence holds a word of PLACE_CUE_WORDS and of
 * GROUP_WORK_WORDS: without one, the pattern is not run.
 */
export function territory(c: DocContext, s: number, ms: TokenMention[], emit: Emit, placeCues = true, groupWorks = true): void {
  const text = c.a.text;
  const T = c.T;
  const { start: sStart, end: sEnd } = c.a.sentences[s]!;
  const sentence = text.slice(sStart, sEnd);
  const places = ms.filter((m) => m.type === 'Location');
  const rel = (subject: string, object: string, rule: string, conf = 0.55) =>
    emit({ subject, predicate: 'operates_in', object, qualifier: null, start: null, end: null }, s, rule, conf);

  // "takes its name from Tierra Caliente", "named after the Bajo Aguán", "its name refers to the Gulf of Urabá": the place right after.
  // Every cue of NAME_ORIGIN holds "name": a search for the word is far cheaper than the cues, and rules out most sentences.
  NAME_ORIGIN.lastIndex = 0;
  for (let m = NAME_WORD.test(sentence) ? NAME_ORIGIN.exec(sentence) : null; m; m = NAME_ORIGIN.exec(sentence)) {
    const end = sStart + m.index + m[0].length;
    const place = places.find((p) => p.start === end);
    if (!place) continue;
    const opening = GENERIC_OPENING.exec(sentence);
    const subj = (opening ? c.antecedent(sStart + opening.index, opening[1]!.toLowerCase()) : undefined)
      ?? lastMention(ms, (x) => x.type === 'Organization' && x.end <= end);
    if (subj) rel(subj.entity, place.entity, 'relation.name-origin', 0.6);
  }

  /** Who a cue at `at` is said of, when no generic noun names it. */
  const subjectBefore = (at: number): TokenMention | undefined => pronounSubject(c, s, ms, sentence, at - sStart)
    ?? appositionHead(text, ms, lastMention(ms, (x) => OPERATORS.has(x.type) && x.end <= at && x.type !== 'Person'))
    ?? lastMention(ms, (x) => OPERATORS.has(x.type) && x.end <= at)
    // "He admitted … controlling a key route through Culiacán": the person the text is about.
    // "An indictment accuses him of … moving it by truck across Honduras": so is a personal pronoun before the cue
    // ("her" is left out: as a possessive, "her lawyer operates in …", it is not the one who operates).
    ?? (/\b(?:he|him|she)\b/i.test(sentence.slice(0, at - sStart)) ? c.bySentence.slice(Math.max(0, s - 3), s).flat().filter((x) => x.type === 'Person' && !c.judges.has(x.entity)).at(-1) : undefined)
    // A police force or ministry patrolling a place is not what this relation records.
    ?? ((x) => (x && OPERATORS.has(x.type) ? x : undefined))(c.antecedent(at, null));

  // Cue words followed by places (and places coordinated with them).
  CUE.lastIndex = 0;
  for (let m = placeCues ? CUE.exec(sentence) : null; m; m = CUE.exec(sentence)) {
    const at = sStart + m.index;
    const end = at + m[0].length;
    const first = places.find((p) => p.start >= end && p.start - end <= 40);
    if (!first) continue;
    if (!plausibleCue(c, text, sStart, m[0], at, end, first)) continue;
    // "…, said the gang controls the trade through Guayaquil": a generic subject before the cue wins over the speaker.
    const lookback = Math.max(sStart, at - 60);
    const generic = GENERIC_BEFORE_3.exec(text.slice(lookback, at));
    // Resolved where the noun stands: "The gang grew out of …" opening a sentence continues the group just named.
    const genericSubj = generic ? c.antecedent(lookback + generic.index, generic[1]!.toLowerCase()) : undefined;
    // "the two groups have since fought across …": every group the text has just named.
    const plural = genericSubj ? null : PLURAL_GROUPS.exec(text.slice(lookback, at));
    if (plural) {
      const groups = recentGroups(c, s, at, NUMBERS[plural[1]!.toLowerCase()] ?? 2);
      if (groups.length > 1) {
        for (const g of groups) for (const p of coordinatedPlaces(text, places, first)) rel(g.entity, p.entity, 'relation.territory-plural');
        continue;
      }
    }
    const subj = genericSubj ?? subjectBefore(at);
    if (!subj) continue;
    // "sold it to distributors who moved it through Tijuana": a verb of carrying belongs to the actor right before it.
    if (CARRYING.test(m[0]) && !(subj.end <= at && /^\s*(?:,?\s*(?:who|which|that)\s+)?(?:(?:allegedly|also|then|later|had|has|have|was|were|is|are|been)\s+)*$/i.test(text.slice(subj.end, at)))
      && !/(?:^|[.;]\s*)(?:he|she|it|they)\s+(?:(?:allegedly|also|then|later|had|has|have)\s+)*$/i.test(text.slice(sStart, at))) continue;
    const listed = coordinatedPlaces(text, places, first);
    for (const p of listed) rel(subj.entity, p.entity, 'relation.territory');
    // "Los Zetas and the Gulf Cartel fought across Tamaulipas": a group joined to the subject by "and" shares the claim,
    // unless the cue sits in a relative clause of the second one ("X and Y, which controls …").
    const k = ms.indexOf(subj);
    const partner = k > 0 ? ms[k - 1] : undefined;
    if (partner && partner.type === 'Organization' && subj.type === 'Organization' && subj.end <= at
      && /^\s+and\s+(?:the\s+)?$/.test(text.slice(partner.end, subj.start)) && !/^\s*,/.test(text.slice(subj.end, at))
      && !/\bbetween\s+(?:the\s+)?$/i.test(text.slice(Math.max(sStart, partner.start - 12), partner.start))) {
      for (const p of listed) rel(partner.entity, p.entity, 'relation.territory-pair');
    }
    // "a drug trafficking organization based in X, on the coast of Y, that was led by his father, Z": the unnamed group's head works there too.
    if (/^(?:based in|operat)/i.test(m[0]) && /\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:organi[sz]ation|network|ring|cell|gang|group)\s+$/i.test(text.slice(Math.max(sStart, at - 50), at))) {
      const ledBy = /^[^;.]{0,80}?\b(?:that|which)\s+(?:was|is|were|are)\s+(?:allegedly\s+)?(?:led|run|headed|directed)\s+by\s+(?:(?:his|her|their)\s+[a-z]+,?\s+)?/.exec(text.slice(listed.at(-1)!.end, sEnd));
      const head = ledBy ? ms.find((x) => x.type === 'Person' && x.start === listed.at(-1)!.end + ledBy[0].length) : undefined;
      if (head) for (const p of listed) rel(head.entity, p.entity, 'relation.territory-led-by');
    }
  }

  // "the group produced methamphetamine in dozens of laboratories in the mountains around X", "launched its offensive in X":
  // only an armed group's own works say where it is; a raid on a lab or an agent's testimony about one does not.
  GROUP_WORKS.lastIndex = 0;
  for (let m = groupWorks ? GROUP_WORKS.exec(sentence) : null; m; m = GROUP_WORKS.exec(sentence)) {
    const at = sStart + m.index;
    const end = at + m[0].length;
    const first = places.find((p) => p.start >= end && p.start - end <= 40);
    if (!first) continue;
    const lookback = Math.max(sStart, at - 80);
    const generic = /\bthe (gang|cartel|group|organi[sz]ation|faction|network|clan|militia|guerrilla)\b(?![^,;]*\b(?:police|troops|soldiers|army|agents|authorities)\b)[^,;]*$/i.exec(text.slice(lookback, at));
    // "the offensive the guerrilla launched in X": the group is named inside the phrase.
    const inner = m[1] ? ms.find((x) => x.start >= at && x.end <= end && x.type === 'Organization')
      ?? (GENERIC_NOUN_TYPES.has(m[1].toLowerCase()) || /^(?:guerrillas?|rebels|militia)$/i.test(m[1]) ? c.antecedent(at, GENERIC_NOUN_TYPES.has(m[1].toLowerCase()) ? m[1].toLowerCase() : null) : undefined) : undefined;
    if (m[1] && !inner) continue;
    const subj = inner ?? (generic ? c.antecedent(lookback + generic.index, generic[1]!.toLowerCase()) : undefined)
      // The group must be the clause's own subject: nothing but words between it and the works.
      ?? lastMention(ms, (x) => x.type === 'Organization' && x.end <= at && at - x.end <= 80 && isCriminalGroup(c, x) && !/[,;:()]|\b(?:against|on|by|from|of)\s+(?:the\s+)?$/.test(text.slice(x.end, at)) && !/\b(?:against|on|by|from|of)\s+(?:the\s+)?$/.test(text.slice(Math.max(sStart, x.start - 12), x.start)));
    if (!subj || subj.type !== 'Organization') continue;
    for (const p of coordinatedPlaces(text, places, first)) rel(subj.entity, p.entity, 'relation.group-works');
  }

  setIn(c, s, ms, places, rel);
  warBetween(c, s, ms, places, rel);

  for (const p of places) {
    // Most patterns below open on the character right after the place: a space, a comma, a dash or an
    // apostrophe. It is read once, and only the patterns that can open on it are run.
    const next = text.charAt(p.end);
    const spaced = isSpace(text.charCodeAt(p.end));
    const clause = spaced || next === ',';
    // "fought for the Tijuana plaza", "who ran the Juárez corridor": a trafficking territory named for its place.
    const plaza = spaced && /^\s+(?:plaza|plazas|corridor|smuggling corridor|trafficking corridor)\b/.test(text.slice(p.end, p.end + 26))
      && /\b(?:the|its|his|her|their)\s+$/i.test(text.slice(Math.max(sStart, p.start - 7), p.start));
    if (plaza) {
      const at = text.lastIndexOf(' ', p.start - 2);
      const generic = GENERIC_BEFORE_4.exec(text.slice(Math.max(sStart, at - 60), at));
      const subj = (generic ? c.antecedent(Math.max(sStart, at - 60) + generic.index, generic[1]!.toLowerCase()) : undefined) ?? subjectBefore(at);
      if (subj) rel(subj.entity, p.entity, 'relation.place-plaza');
    }
    const holder = roleHolderIn(c, ms, p);
    if (holder) rel(holder.entity, p.entity, 'relation.role-in-place', 0.6);
    // "a Reynosa freight company", "a Pharr dealership" in an apposition after a company or group.
    const before = text.slice(Math.max(sStart, p.start - 6), p.start);
    // The pattern ends on "in" or "in the" before the place: most places stand after other words, and that is read first.
    const lead = text.slice(Math.max(sStart, p.start - 60), p.start);
    const leadEnd = lead.trimEnd();
    const appositionIn = leadEnd.endsWith('in') || leadEnd.endsWith('the') ? /,\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,3}(?:in|based in)\s+(?:the\s+)?$/.exec(lead) : null;
    if (appositionIn) {
      const owner = lastMention(ms, (x) => (x.type === 'Company' || x.type === 'Organization') && x.end === p.start - appositionIn[0].length);
      if (owner) rel(owner.entity, p.entity, 'relation.apposition-in');
    }
    if (/,\s+an?\s+$/.test(before)) {
      const owner = lastMention(ms, (x) => (x.type === 'Company' || x.type === 'Organization') && x.end <= p.start && p.start - x.end <= 6);
      const after = T[c.tokenAt(p.end)];
      if (owner && after && /^\p{Ll}/u.test(after.text)) rel(owner.entity, p.entity, 'relation.place-apposition');
    }
    // "X-based": the company or group named right after, or the one this phrase describes
    // ("the Barueri-based company" is the company the text has been naming).
    const dashBased = DASHES.has(next) && /^[-\u2010\u2011]based\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b/.exec(text.slice(p.end, p.end + 50));
    if (dashBased) {
      // "the Gulf Cartel, the Matamoros-based organization": an apposition describes the name it follows.
      const appositive = /,\s+(?:the|an?)\s*$/i.exec(text.slice(Math.max(sStart, p.start - 8), p.start));
      const head = appositive ? ms.find((o) => o.end === p.start - appositive[0].length && ORG_LIKE.has(o.type)) : undefined;
      const generic = head ?? (/(?:^|\s)the\s*$/i.test(text.slice(Math.max(sStart, p.start - 5), p.start)) && GENERIC_NOUN_TYPES.has(dashBased[1]!) ? c.antecedent(p.start, dashBased[1]!) : undefined);
      const target = generic ?? ms.find((o) => o.start > p.end && o.start - p.end < 50 && (o.type === 'Company' || o.type === 'Organization' || o.type === 'PublicBody'))
        ?? lastMention(ms, (o) => o.end <= p.start && (o.type === 'Company' || o.type === 'Organization'));
      if (target) rel(target.entity, p.entity, 'relation.x-based', 0.7);
    }
    // "whose Miami branch", "its Houston office": where a company or body has a seat.
    if (spaced && /\b(?:whose|its)\s+$/.test(text.slice(Math.max(sStart, p.start - 7), p.start)) && /^\s+(?:branch|branches|office|offices|subsidiary|headquarters|unit|division|plant|warehouse|cells?|cliques?|factions?|plaza|operations)\b/.test(text.slice(p.end, p.end + 16))) {
      const owner = lastMention(ms, (o) => o.end <= p.start && ORG_LIKE.has(o.type));
      if (owner) rel(owner.entity, p.entity, 'relation.place-branch', 0.6);
    }
    // "Guerrero, where it fights …", "the Orinoco Mining Arc, where the ELN has for years charged miners": the group acting there.
    const where = clause ? /^,?\s+where\s+(?:the\s+)?/.exec(text.slice(p.end, p.end + 12)) : null;
    if (where) {
      const actor = ms.find((o) => o.start === p.end + where[0].length && o.type === 'Organization');
      if (actor) rel(actor.entity, p.entity, 'relation.where-group');
      // "Guerrero, where it fights La Nueva Familia for control of the roads": the rival it fights there is there too.
      const fight = /^,?\s+where\s+(?:it|they|the\s+\w+|[^,;.]{1,40}?)\s+(?:(?:still|now|also)\s+)?(?:fights?|fought|is fighting|are fighting|battles?|battled|clashes with|clashed with|competes with|contests? (?:control )?with|disputes? (?:control )?with|vies with)\s+(?:the\s+)?/.exec(text.slice(p.end, p.end + 90));
      const rival = fight ? ms.find((o) => o.start === p.end + fight[0].length && o.type === 'Organization') : undefined;
      if (rival) rel(rival.entity, p.entity, 'relation.where-rival');
    }
    // "Nuevo Laredo, the border city …, has long served as the group's home base": the place the sentence opens on.
    // Read only for the place the sentence opens on: the pattern looks far ahead.
    const base = p === ms[0] && p.start - sStart < 4 ? /^[^.;]{0,80}?\b(?:is|was|has (?:long )?(?:been|served as)|served as|remains)\s+(?:the\s+)?(?:(gang|cartel|group|organi[sz]ation|network)['\u2019]s|its|their)\s+(?:[a-z-]+\s+)?(?:home base|base|stronghold|headquarters|bastion|heartland|birthplace|cradle)\b/.exec(text.slice(p.end, sEnd)) : null;
    if (base) {
      const owner = c.antecedent(p.end + base.index, base[1] ?? null);
      if (owner && owner.type === 'Organization') rel(owner.entity, p.entity, 'relation.place-base');
    }
    // "Culiacán, the stronghold of the Sinaloa Cartel", "Tijuana is a CJNG bastion": a place described as a named group's seat.
    const seatOf = clause && /^,?\s+(?:(?:is|was|remains|has long been|has been)\s+)?(?:the|a|an)\s+(?:(?:traditional|longtime|main|key|historic|former)\s+)?(?:stronghold|bastion|base|heartland|fiefdom|home turf|birthplace|cradle)\s+(?:of|for)\s+(?:the\s+)?/.exec(text.slice(p.end, p.end + 70));
    const seatOwner = seatOf ? ms.find((o) => o.start === p.end + seatOf[0].length && o.type === 'Organization')
      : clause && ms.find((o) => o.start >= p.end && o.start <= p.end + 50 && /^,?\s+(?:(?:is|was|remains|has long been|has been)\s+)?(?:the|a|an)\s+(?:(?:traditional|longtime|main|key|historic|former)\s+)?$/.test(text.slice(p.end, o.start))
        && o.type === 'Organization' && /^(?:['\u2019]s)?\s+(?:stronghold|bastion|base|heartland|fiefdom|home turf)\b/.test(text.slice(o.end, o.end + 16)));
    if (seatOwner) rel(seatOwner.entity, p.entity, 'relation.place-seat-of', 0.6);
    // "has grown into Brazil's largest criminal organization": a country possessive of a generic group.
    const poss = (next === "'" || next === '\u2019') && /^['\u2019]s\s+(?:[a-z-]+\s+){0,3}(cartel|gang|organization|organisation|group|syndicate|mafia|faction|militia)\b/.exec(text.slice(p.end, p.end + 60));
    if (poss && !ms.some((o) => o.start > p.end && o.start < p.end + poss[0].length)) {
      const subj = lastMention(ms, (o) => o.type === 'Organization' && o.end <= p.start);
      if (subj) rel(subj.entity, p.entity, 'relation.place-possessive-generic', 0.5);
    }
  }
}

const DASHES = new Set(['-', '\u2010', '\u2011']);

/** What an armed group builds or wages somewhere. */
const GROUP_WORKS = /\b(?:offensive (?:in|across|into)|offensive (?:that |which )?(?:the |its )?([\w-]+(?: [\w-]+){0,3}?) (?:launched|began|waged|mounted) in|(?:laborator(?:y|ies)|labs|airstrips?|camps|plantations)(?= (?:in|near|around|outside) ))/gi;

/** A group and what it has somewhere: "the Tren de Aragua in Chile", "MS-13 cliques on Long Island", "the cartel's stash houses in Tocoa". */
const GROUP_IN = /^(?:['\u2019]s?)?\s+(?:(?:(?:[a-z-]+\s+){0,2}(?:cells?|cliques?|leaders?|members?|operations?|labs?|laboratories|stash\s+houses?|safe\s+houses?|trucks|routes?|plazas?|factions?|wings?|networks?|rackets?|bases?|fighters|gunmen|operatives|presence|strongholds?|territory)\s+(?:in|on|through|across))|in|on)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/;
const GENERIC_GROUP_POSS = /\b(?:the|its)\s+(cartel|gang|group|organi[sz]ation|clique|faction|network)['\u2019]s\s+(?:[a-z-]+\s+){0,2}(?:cells?|cliques?|leaders?|members?|operations?|labs?|laboratories|stash\s+houses?|safe\s+houses?|trucks|routes?|plazas?|bases?|fighters|gunmen|operatives|presence|strongholds?|territory)\s+(?:in|on|through|across)\s+(?:the\s+)?$/i;


/** "the Venezuelan gang Tren de Aragua in Chile": the text itself calls the name a criminal group. */
const CALLED_GROUP = /\b(?:gang|cartel|mafia|militia|syndicate|criminal (?:group|organi[sz]ation)|guerrilla group|drug trafficking organi[sz]ation)\s+(?:the\s+)?$/i;
/** "rackets run by the X in Chile": whatever its name, a group that runs something somewhere operates there. */
const RUN_BY = /\b(?:run|controlled|operated|managed|dominated)\s+by\s+(?:the\s+)?$/;

export function groupsIn(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const text = c.a.text;
  const sStart = c.a.sentences[s]!.start;
  for (let k = 0; k < ms.length; k++) {
    const p = ms[k]!;
    if (p.type !== 'Location') continue;
    const prev = ms[k - 1];
    let owner: TokenMention | undefined;
    // What joins the two is read first: it is one short anchored pattern, and most pairs fail it.
    if (prev && prev.type === 'Organization' && GROUP_IN.test(text.slice(prev.end, p.start))
      && (isCriminalGroup(c, prev) || RUN_BY.test(text.slice(Math.max(sStart, prev.start - 30), prev.start)) || CALLED_GROUP.test(text.slice(Math.max(sStart, prev.start - 30), prev.start)))) owner = prev;
    // The pattern needs the possessive's apostrophe: most places have none before them, and it is found faster than the pattern.
    const lead = owner ? '' : text.slice(Math.max(sStart, p.start - 80), p.start);
    const generic = owner || !APOSTROPHE.test(lead) ? null : GENERIC_GROUP_POSS.exec(lead);
    if (generic) owner = c.antecedent(p.start - generic[0].length, generic[1]!.toLowerCase());
    if (!owner || owner.type !== 'Organization') continue;
    for (const q of coordinatedPlaces(text, ms.filter((m) => m.type === 'Location'), p)) {
      emit({ subject: owner.entity, predicate: 'operates_in', object: q.entity, qualifier: null, start: null, end: null }, s, 'relation.group-in-place', 0.55);
    }
  }
}

/** A criminal group rather than a newspaper or an institute: its name says so, or it goes by an acronym (MS-13, PCC, CJNG). */
function isCriminalGroup(c: DocContext, m: TokenMention): boolean {
  const e = c.byId.get(m.entity);
  return !!e && (isCriminalName(e.name) || [e.name, ...e.aliases].some((a) => /^[A-Z][A-Z0-9-]{1,5}$/.test(a)));
}

/** A verb of carrying goods through a place: said of its own subject only, and of the place right after it. */
const CARRYING = /^(?:moved|moves|moving|shipped|ships|shipping|transported|transporting|trafficked) .*through$/i;
/** Cues that say where something came from: about a group only when a group is what came. */
const ORIGIN = /^(?:grew out of|originated in|emerged (?:from|in)|founded in|born in)$/i;
const VIOLENCE_NOUNS = new Set(['violence', 'bloodshed', 'insecurity', 'unrest', 'homicides', 'murders', 'killings', 'crime', 'deaths', 'displacement', 'protests', 'fear']);
/** What may stand between "across" and its place: "across much of Mexico", "across large parts of the north". */
const ACROSS_GAP = /^\s*(?:(?:the|much|most|all|large|wide|parts?|swaths?|stretches|a|swath|stretch)\s+(?:of\s+)?)*$/i;

/**
 * Cheap checks that a cue match is the claim it looks like: not part of a name ("Dirección Nacional de Control de
 * Drogas"), not a compound ("drug control agency"), "across" followed by its place ("across the river in X" is
 * a crossing), and an origin cue not said of a thing ("Nunes' arrest grew out of a seizure at …").
 */
function plausibleCue(c: DocContext, text: string, sStart: number, cue: string, at: number, end: number, first: TokenMention): boolean {
  if (/^\p{Lu}/u.test(cue) && !/^\s*$/.test(text.slice(sStart, at))) return false;
  if (/^control$/i.test(cue) && (/\b(?:drug|border|customs|immigration|arms|narcotics?|traffic|damage|quality|financial|internal|crowd|pest|birth)\s+$/i.test(text.slice(Math.max(0, at - 14), at))
    || /^\s+(?:agency|agencies|office|authority|unit|board|commission|center|centre|programs?|officials?|measures|systems?)\b/i.test(text.slice(end, end + 14)))) return false;
  if (/across$/i.test(cue) && !ACROSS_GAP.test(text.slice(end, first.start))) return false;
  // "moved cocaine through Honduras", not "moved money through accounts at banks in Panama".
  if (CARRYING.test(cue) && !/^\s*(?:the\s+)?$/i.test(text.slice(end, first.start))) return false;
  // "Nunes' arrest grew out of …": a thing, not a group, is what came.
  if (ORIGIN.test(cue)) {
    const prev = c.T[c.tokenAt(at) - 1];
    if (prev && prev.pos === 'NOUN' && !GENERIC_NOUN_TYPES.has(prev.lower)) return false;
  }
  // "increased violence across much of Mexico" describes the country's state, not anyone's reach.
  if (/^across$/i.test(cue) && VIOLENCE_NOUNS.has(c.T[c.tokenAt(at) - 1]?.lower ?? '')) return false;
  return true;
}

const NUMBERS: Record<string, number> = { two: 2, both: 2, three: 3, four: 4 };
/** A subject naming several groups at once, just before a cue. */
const PLURAL_GROUPS = /\b(?:the\s+)?(two|three|four|both)\s+(?:rival\s+|main\s+|warring\s+|criminal\s+)?(?:groups|cartels|gangs|factions|organi[sz]ations|clans|militias)\s+(?:\w+\s+){0,3}$/i;

/** The last n distinct groups named up to `at`, this sentence and the three before. */
function recentGroups(c: DocContext, s: number, at: number, n: number): TokenMention[] {
  const out: TokenMention[] = [];
  for (let k = s; k >= Math.max(0, s - 3) && out.length < n; k--) {
    const row = c.bySentence[k]!;
    for (let i = row.length - 1; i >= 0 && out.length < n; i--) {
      const m = row[i]!;
      if (m.end <= at && m.type === 'Organization' && !out.some((o) => o.entity === m.entity)) out.push(m);
    }
  }
  return out;
}

/**
 * "Analysts say it was formed by former members of the Old Guard …, and that its stronghold is …":
 * a clause whose subject is "it" keeps talking about the group before, so a later "its" is that group,
 * not the one named inside the clause.
 */
function pronounSubject(c: DocContext, s: number, ms: TokenMention[], sentence: string, at: number): TokenMention | undefined {
  if (!/\b(?:its|their)\s+(?:[a-z-]+\s+)?$/.test(sentence.slice(Math.max(0, at - 30), at))) return undefined;
  const firstGroup = ms.find((m) => m.type !== 'Person' && m.type !== 'Location');
  const before = firstGroup ? sentence.slice(0, firstGroup.start - c.a.sentences[s]!.start) : sentence.slice(0, at);
  if (!/(?:^|\b(?:say|says|said|that|and|but|as)\s+)(?:it|It)\s+(?:was|is|has|had|remains|became)\b/.test(before)) return undefined;
  return c.antecedent(c.a.sentences[s]!.start, null);
}

const CONFLICT = /\b(?:war|wars|fighting|fight|clashes|battle|battles|dispute|feud|conflict|violence|turf war)\s+(?:(?:in|across|over|for(?: control of)?)\s+(?:the\s+)?)?$/i;

/**
 * "the war between X and Y for control of P", "fighting in P between X and Y": a fight over a place is
 * waged where both sides are.
 */
function warBetween(c: DocContext, s: number, ms: TokenMention[], places: TokenMention[], rel: (subject: string, object: string, rule: string, conf?: number) => void): void {
  const text = c.a.text;
  const T = c.T;
  const sStart = c.a.sentences[s]!.start;
  for (let k = 0; k + 1 < ms.length; k++) {
    const x = ms[k]!;
    if (x.type !== 'Organization' || T[x.first - 1]?.lower !== 'between' && !(T[x.first - 1]?.lower === 'the' && T[x.first - 2]?.lower === 'between')) continue;
    const y = ms[k + 1]!;
    if (y.type !== 'Organization' || !/^\s+and\s+(?:the\s+)?$/.test(text.slice(x.end, y.start))) continue;
    const betweenAt = T[x.first - 1]!.lower === 'between' ? T[x.first - 1]!.start : T[x.first - 2]!.start;
    const before = text.slice(Math.max(sStart, betweenAt - 60), betweenAt);
    // "fighting in Sonora between X and Y": the place sits between the conflict noun and "between".
    const placeBefore = places.filter((p) => p.end <= betweenAt && p.end >= betweenAt - 40).at(-1);
    let where: TokenMention | undefined;
    if (placeBefore && /^\s*$/.test(text.slice(placeBefore.end, betweenAt)) && CONFLICT.test(text.slice(Math.max(sStart, placeBefore.start - 40), placeBefore.start))) where = placeBefore;
    // "the war between X and Y for control of Sonora", "… in Sonora".
    const after = /^\s+(?:(?:for|over)\s+(?:control\s+of\s+)?|in\s+|across\s+)(?:the\s+)?/.exec(text.slice(y.end, y.end + 40));
    if (!where && after && /\b(?:war|fighting|fight|clashes|battles?|dispute|feud|conflict|rivalry)\s+$/i.test(before)) where = places.find((p) => p.start === y.end + after[0].length);
    if (!where) continue;
    for (const p of coordinatedPlaces(text, places, where)) {
      rel(x.entity, p.entity, 'relation.war-between', 0.55);
      rel(y.entity, p.entity, 'relation.war-between', 0.55);
    }
  }
}

/** What a group has on the ground. */
const GROUP_UNITS = new Set(['cell', 'cells', 'clique', 'cliques', 'faction', 'members', 'operatives', 'gunmen', 'fighters', 'hitmen']);
/** What a group does where it holds sway, said right after its name. */
const HOLDS_SWAY = /^\s+(?:(?:still|now|also|long|largely|effectively)\s+)?(?:controls?|controlled|dominates?|dominated|operates?|operated|runs?|ran|extorts?|extorted|recruits?|recruited|taxes|taxed|fights?|fought|holds?|held|maintains?|maintained|has (?:a |its |long had a )?(?:presence|cells|stronghold|base))\b/;

/** A sentence opening on its setting: "In Lisbon", "In the Bajo Aguán". */
const SET_IN = /^\W*In\s+(?:the\s+)?$/;

/**
 * "In Lisbon last October, police seized cash from a PCC cell …", "In Sinaloa, the Chapitos control the routes":
 * a sentence set in a place puts there the group's cell it names, or the group it opens on as an actor.
 */
function setIn(c: DocContext, s: number, ms: TokenMention[], places: TokenMention[], rel: (subject: string, object: string, rule: string, conf?: number) => void): void {
  const text = c.a.text;
  const sStart = c.a.sentences[s]!.start;
  const p0 = ms[0];
  if (!p0 || p0.type !== 'Location' || !SET_IN.test(text.slice(sStart, p0.start))) return;
  const setting = coordinatedPlaces(text, places, p0);
  const afterSetting = setting.at(-1)!.end;
  const comma = text.indexOf(',', afterSetting);
  if (comma < 0 || comma - afterSetting > 40) return;
  const T = c.T;
  for (const o of ms) {
    if (o.start <= comma || o.type !== 'Organization') continue;
    const unit = GROUP_UNITS.has(T[o.last + 1]?.lower ?? '');
    const opens = /^,\s*(?:the\s+)?$/i.test(text.slice(comma, o.start)) && isCriminalGroup(c, o) && HOLDS_SWAY.test(text.slice(o.end, o.end + 40));
    if (!unit && !opens) continue;
    for (const p of setting) rel(o.entity, p.entity, 'relation.set-in', 0.5);
  }
}

/** Criminal trades: holding one somewhere means working the place. "Chief" or "commander" would also take in police and army posts. */
const CRIME_ROLES = new Set(['boss', 'bosses', 'kingpin', 'capo', 'trafficker', 'smuggler', 'lieutenant', 'enforcer', 'hitman', 'sicario', 'financier', 'launderer', 'operative', 'plaza']);
/** A leader is a criminal one only in company: "a cell leader", not "a community leader". */
const CRIME_LEADER_MODIFIERS = new Set(['cell', 'gang', 'cartel', 'clique', 'faction', 'plaza', 'regional', 'local', 'militia', 'guerrilla']);

/**
 * "X, known as "Y," a Los Metros plaza boss in Reynosa", "X, a trafficker for the Z cartel in Sonora":
 * the person in whose apposition a criminal role is held in the place.
 */
function roleHolderIn(c: DocContext, ms: TokenMention[], p: TokenMention): TokenMention | undefined {
  const T = c.T;
  if (T[p.first - 1]?.lower !== 'in') return undefined;
  let j = p.first - 2;
  // "a plaza boss for the Gulf Cartel in …": step back over the group the role is held for.
  const group = ms.find((o) => o.last === j && o.type === 'Organization');
  if (group) {
    j = group.first - 1;
    if (T[j]?.lower === 'the') j--;
    if (T[j]?.lower !== 'for' && T[j]?.lower !== 'of') return undefined;
    j--;
  }
  const role = T[j];
  if (!role) return undefined;
  const leader = (role.lower === 'leader' || role.lower === 'leaders') && (CRIME_LEADER_MODIFIERS.has(T[j - 1]?.lower ?? '') || ms.some((o) => o.last === j - 1 && o.type === 'Organization'));
  if (!leader && !CRIME_ROLES.has(role.lower)) return undefined;
  // The nicknames in a name's trailer ("known as "El Güero," or "The Blond One,"") are mentions too: try the name before them.
  const people = ms.filter((o) => o.type === 'Person' && o.last < j).slice(-3).reverse();
  for (const person of people) {
    let a = appositionStart(c, person);
    if (a >= 0 && /^["\u201d\u2019]$/.test(T[a]!.text)) a++;
    if (a < 0 || a > j || j - a > 8 || !['a', 'an', 'the'].includes(T[a]!.lower)) continue;
    if (ms.some((o) => o.type === 'Person' && o.first > a && o.first < j)) return undefined;
    for (let k = a; k < j; k++) if (T[k]!.text === ',' || T[k]!.text === ';') return undefined;
    return person;
  }
  return undefined;
}

/** "Los Metros, a Gulf Cartel faction that controls …": the clause is about the head of the apposition, not the group inside it. */
function appositionHead(text: string, ms: TokenMention[], o: TokenMention | undefined): TokenMention | undefined {
  if (!o) return o;
  const k = ms.indexOf(o);
  const head = ms[k - 1];
  if (head && head.type !== 'Location' && head.type !== 'Person' && /^,\s+(?:an?|the|its)\s+$/.test(text.slice(head.end, o.start))
    && /^\s+(?:[a-z-]+\s+)?(?:faction|cell|wing|branch|offshoot|ally|rival|affiliate|subsidiary|unit)\s+(?:that|which)\b/.test(text.slice(o.end, o.end + 40))) return head;
  return o;
}

/** "Antioquia, Córdoba and Chocó": the place and those listed with it. */
function coordinatedPlaces(text: string, places: TokenMention[], first: TokenMention): TokenMention[] {
  const out = [first];
  let cur = first;
  // Places after the last "and"/"or" joined by a bare comma locate the one before ("Culiacán, Sinaloa"), they are not more of the list.
  let closed = 0;
  for (const p of places) {
    if (p.start <= cur.start) continue;
    const gap = text.slice(cur.end, p.start);
    if (/^\s*,\s*$/.test(gap)) { out.push(p); cur = p; continue; }
    if (/^\s*,?\s*(?:and|or)\s*$/.test(gap)) { out.push(p); cur = p; closed = out.length; continue; }
    // "Huetamo, in eastern Michoacán", "the Tocorón prison in Aragua": where the place lies is also where the group is.
    if (!/^,?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?eastern|north-?western|south-?eastern|south-?western|northern|southern|eastern|western)\s+)?$/.test(gap)) break;
    out.push(p);
    cur = p;
    closed = out.length;
  }
  // With no "and"/"or", two places are a town and its state; three or more, a list ("Durango, Zacatecas, Sonora").
  if (closed === 0) return out.length === 2 ? [first] : out;
  return out.slice(0, closed);
}
