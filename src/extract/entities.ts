/**
 * From name spans to the document's entities: which spans name the same actor (aliases,
 * acronyms, nicknames, surname-only and first-name-only mentions), and what kind of actor
 * each is. One name has one type within a document.
 */
import type { EntityType, ExtractedEntity, Mention } from './extraction.js';
import { isSpace, type Analysis, type Token } from './tokens.js';
import type { NameSpan } from './names.js';
import {
  AGENCIES, AGENCY_ACRONYMS, CITIES, COMPANY_FIRST_WORDS, COMPANY_SUFFIXES, COUNTRIES, DEMONYMS, GIVEN_NAMES, HEAD_TYPES,
  KNOWN_COMPANIES, KNOWN_ORGANIZATIONS, PLACE_FIRST_WORDS, PLACES, ROLE_PREDICATES, TITLES, TRANSLATIONS,
} from './lexicon/index.js';
import { foldKey, foldWords, slug } from './normalize.js';
import { isPlaceKey, preferredPlaceByKey } from './gazetteer/places.js';

export interface DocEntity extends ExtractedEntity {
  /** Folded keys of every surface form. */
  keys: Set<string>;
  mentions: Mention[];
}

export interface EntityResult {
  entities: DocEntity[];
  mentions: Mention[];
}

interface Group {
  keys: Set<string>;
  spans: NameSpan[];
  /** Extra surface forms (nicknames) with their spans. */
  forms: Map<string, number>;
  canonical: string | null;
  type: EntityType | null;
  typeRule: string;
  /** Set when the group is a surname or first name bound to a fuller name. */
  boundTo: Group | null;
  mentions: { start: number; end: number; text: string; rule: string }[];
  // Every field is set when the group is made, so that all groups share one shape (hidden class):
  // fields added later made the code reading groups see several and lose its optimised form.
  /** Memo of maxTokens(); cleared when spans are added. */
  longest: number | undefined;
  removed: boolean;
  /** Looks like a person's name but stands where places stand ("the Tierra Caliente region"). */
  placeHint: boolean;
  /** What the binding rules derive from the group, kept with it (a WeakMap costs more, in lookups and in GC). */
  memo: GroupMemo;
}

interface GroupMemo {
  spanKeys: { n: number; keys: Set<string> } | null;
  formKeys: { n: number; keys: Set<string> } | null;
  person: PersonForms | null;
  headless: { keys: number; type: EntityType | null; names: Set<string> } | null;
}

const ARTICLES = new Set(['el', 'la', 'los', 'las', 'the']);
/** Kinds of place a text writes after a name that is the place's name without them. */
const PLACE_KINDS_AFTER = ['prison', 'penitentiary', 'jail', 'state', 'province', 'municipality', 'neighborhood', 'neighbourhood'];
const PERSON_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'y', 'van', 'von']);
/** Lower-case words a text puts after a group's name to say what it is, not to name it. */
const GENERIC_GROUP_WORDS = new Set(['organization', 'organisation', 'group', 'network', 'syndicate', 'operation', 'outfit']);
/** Words that make an army or a front an armed group rather than the state's. */
const INSURGENT_WORDS = new Set(['revolutionary', 'revolucionarias', 'revolucionario', 'liberation', 'liberacion', 'self', 'autodefensas', 'guerrilla', 'guerrillas', 'rebel', 'rebels', 'insurgent', 'insurgents', 'dissident', 'dissidents', 'disidencias', 'paramilitary', 'paramilitaries']);
/** Federal judicial districts, which stand for their court or prosecutors in crime reporting. */
const JUDICIAL_DISTRICT = /^(?:northern|southern|eastern|western|middle|central) district of /;
const COMPANY_CUES = new Set(['bank', 'banking', 'company', 'firm', 'lender', 'conglomerate', 'corporation', 'retailer', 'exporter', 'importer', 'airline', 'shipping', 'insurer', 'giant', 'subsidiary', 'business', 'businesses', 'casino', 'brokerage']);
const ORG_CUES = new Set(['blog', 'newspaper', 'think', 'tank', 'website', 'magazine', 'ngo', 'outlet', 'daily', 'agency', 'broadcaster', 'network', 'gang', 'cartel', 'group', 'militia', 'faction', 'organization', 'nonprofit', 'non-profit', 'foundation', 'party', 'weekly', 'newsroom', 'news']);

/**
 * What stands between a name and its quoted alias: ", known as “", ", 51, known in the
 * underworld as “", ", alias “", ", or “The …".
 */
const KNOWN_AS = /^\s*,?\s*(?:\d{1,3},\s*)?(?:(?:(?:also|better|widely|commonly|locally|popularly|long)\s+)?(?:known|nicknamed|dubbed|called)(?:\s+(?:in|on|along|to|among|across|by|within|throughout)\s+[^,;"\u201c]{1,40}?)?\s+as|alias|a\.k\.a\.?|aka|nicknamed|dubbed|called|or)\s*["\u201c\u2018']?\s*(?:the\s+)?$/i;
/** The same, ending a stretch of text before a quoted alias. */
const KNOWN_AS_TAIL = /\b(?:(?:known|nicknamed|dubbed|called)(?:\s+(?:in|on|along|to|among|across|by|within|throughout)\s+[^,;"\u201c]{1,40}?)?\s+as|alias|nicknamed|dubbed)\s*["\u201c\u2018]\s*$/i;

const LEGAL_FORM_AFTER = /^,\s*(?:S\.A\.?|Inc\b|LLC\b|L\.L\.C\.|Ltd\b|Ltda\b|Corp\b|S\.A\.S\.|S\.R\.L\.|PLC\b|GmbH\b)/;

/** What separates other names listed inside one parenthesis: "(Cártel del Golfo, or CDG)", "(… – CJNG)". */
const PAREN_SEPARATOR = /^\s*(?:,|;|\/|[-\u2013\u2014])\s*(?:or\s+)?$|^\s+or\s+$/;

/**
 * The characters a gap between two names can start with (after spaces) for any alias pattern of
 * step 2 to match: a comma, a parenthesis, a quotation mark, a digit (", 51, known as"), "and"
 * and "or", and the first letters of KNOWN_AS's words (also, better, widely, commonly, locally,
 * popularly, long, known, nicknamed, dubbed, called, alias, a.k.a., aka, or) in either case.
 */
const ALIAS_GAP_OPENERS = new Set([...',("\u201d0123456789abcdklnopwABCDKLNOPW'].map((c) => c.charCodeAt(0)));

/** The same, with no quotation mark: the nickname must then look like one. */
const KNOWN_AS_BARE = /\b(?:known|nicknamed|dubbed)\s+as\s+$/i;

/** Folded words of a name; memoised because the same forms are compared many times per document. */
const tokensOf = foldWords;
/** Nouns for people that are not roles in an organisation. */
const PERSON_NOUNS = new Set(['man', 'woman', 'businessman', 'businesswoman', 'defendant', 'fugitive', 'suspect', 'teenager', 'lawyer', 'attorney', 'politician', 'farmer', 'rancher', 'pilot', 'witness', 'informant', 'cousin', 'brother', 'sister', 'son', 'daughter', 'father', 'mother', 'wife', 'husband', 'nephew', 'niece', 'uncle', 'widow', 'native', 'resident', 'citizen', 'national', 'drug lord', 'lord', 'narco', 'mayor', 'schoolteacher', 'teacher', 'priest', 'singer', 'athlete', 'victim', 'student', 'activist', 'reporter', 'journalist']);

export function buildEntities(a: Analysis, spans: NameSpan[]): EntityResult {
  // Each step is a function of its own: one function of all of them took V8 seconds to optimise,
  // and ran unoptimised meanwhile (and again after any change of shape threw its compiled code away).
  const G = newGrouping();
  groupSpans(a, spans, G);
  bindAliases(a, spans, G);
  // 3. Types for the remaining groups.
  for (const g of G.groups) if (!g.type) typeGroup(a, g);
  bindShortForms(G);
  bindOtherForms(a, spans, G);
  addGovernments(a, G);
  return nameEntities(G);
}

/** A document's groups of name spans, and what the steps do to them. */
interface Grouping {
  groups: Group[];
  byKey: Map<string, Group>;
  spanGroup: Map<NameSpan, Group>;
  groupFor(key: string): Group;
  merge(into: Group, from: Group): Group;
  moveSpan(sp: NameSpan, from: Group, to: Group, rule: string): void;
}

function newGrouping(): Grouping {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const spanGroup = new Map<NameSpan, Group>();

  const groupFor = (key: string): Group => {
    let g = byKey.get(key);
    if (!g) {
      g = { keys: new Set([key]), spans: [], forms: new Map(), canonical: null, type: null, typeRule: '', boundTo: null, mentions: [],
        longest: undefined, removed: false, placeHint: false, memo: { spanKeys: null, formKeys: null, person: null, headless: null } };
      byKey.set(key, g);
      groups.push(g);
    }
    return g;
  };
  const merge = (into: Group, from: Group): Group => {
    if (into === from) return into;
    for (const k of from.keys) { into.keys.add(k); byKey.set(k, into); }
    into.spans.push(...from.spans);
    for (const [f, n] of from.forms) into.forms.set(f, (into.forms.get(f) ?? 0) + n);
    into.mentions.push(...from.mentions);
    for (const s of from.spans) spanGroup.set(s, into);
    into.canonical ??= from.canonical;
    if (!into.type && from.type) { into.type = from.type; into.typeRule = from.typeRule; }
    groups.splice(groups.indexOf(from), 1);
    from.removed = true;
    into.longest = undefined;
    return into;
  };

  /** One mention changes group ("Sinaloa" the place used as the cartel's name); an emptied group goes. */
  function moveSpan(sp: NameSpan, from: Group, to: Group, rule: string): void {
    from.spans.splice(from.spans.indexOf(sp), 1);
    from.mentions = from.mentions.filter((m) => m.start !== sp.start);
    from.longest = undefined;
    to.spans.push(sp);
    spanGroup.set(sp, to);
    to.keys.add(sp.key);
    to.mentions.push({ start: sp.start, end: sp.end, text: sp.text, rule });
    to.longest = undefined;
    if (from.spans.length === 0 && !from.removed) { from.removed = true; groups.splice(groups.indexOf(from), 1); }
  }
  return { groups, byKey, spanGroup, groupFor, merge, moveSpan };
}

/** 1. Spans to groups by their folded name, gazetteer canon first. */
function groupSpans(a: Analysis, spans: NameSpan[], G: Grouping): void {
  const { byKey, spanGroup, groupFor, merge } = G;
  // Words that stand after the first word of a multi-word name: surnames, mostly.
  const surnameWords = new Set<string>();
  for (const s of spans) {
    const w = s.words;
    if (w.length >= 2 && GIVEN_NAMES.has(w[0]!)) for (let i = 1; i < w.length; i++) surnameWords.add(w[i]!);
  }

  // 1. Spans to groups by their folded name, gazetteer canon first.
  for (const s of spans) {
    const key0 = s.key;
    if (!key0) continue;
    if (namesNoOne(s)) continue;
    let canonical: string | null = null;
    let type: EntityType | null = null;
    let rule = '';
    // "Nuevo León state", "Sinaloa state": the place with its kind written after it.
    // (Not when a city or a country shares the name: "São Paulo state" is not the city, "Mexico State" not the country.)
    const bare = key0.endsWith(' state') || key0.endsWith(' province') ? key0.slice(0, key0.lastIndexOf(' ')) : '';
    const place = PLACES.get(key0) ?? (bare && !CITIES.has(bare) && !COUNTRIES.has(bare) ? PLACES.get(bare) : undefined);
    // The agency is looked up first: the capitals test is only for the few names that are one.
    const listedAgency = AGENCIES.get(key0);
    const agency = listedAgency !== undefined && (AGENCY_ACRONYMS.has(s.plain) || !/^\p{Lu}+$/u.test(s.plain)) ? listedAgency : undefined;
    // A town's name that is also the surname of someone in the story is the person's ("Villanueva").
    // A quoted name is a nickname far more often than a town ("El Viejo").
    const geo = !agency && !place && !s.title && !s.quoted && s.nicknames.length === 0 && !surnameWords.has(key0) ? preferredPlaceByKey(key0) : null;
    // "United States Attorney for the Eastern District of New York": the district names the office.
    const usAttorney = /\bdistrict of\b/i.test(s.plain) && /\b(?:United States|U\.S\.|US) Attorney\s+for\s+the\s+$/.test(a.text.slice(Math.max(0, s.start - 40), s.start));
    if (usAttorney) { canonical = `U.S. Attorney's Office for the ${s.plain}`; type = 'PublicBody'; rule = 'type.us-attorney-district'; }
    else if (agency) { canonical = agency; type = 'PublicBody'; rule = 'type.agency-gazetteer'; }
    else if (place && !s.title) { canonical = place; type = 'Location'; rule = 'type.place-gazetteer'; }
    // GeoNames: a name that is only a place is one; a name that is also a person's or a word
    // ("León", "Austin") waits for its context (typeGroup).
    else if (geo && !geo.ambiguous) { canonical = foldKey(geo.canonical) === key0 ? geo.canonical : s.plain; type = 'Location'; rule = 'type.geonames'; }
    const key = canonical ? foldKey(canonical) : key0;
    const g = groupFor(key);
    g.spans.push(s);
    spanGroup.set(s, g);
    g.mentions.push({ start: s.start, end: s.end, text: s.text, rule: 'mention.name' });
    if (canonical) { g.canonical ??= canonical; if (!g.type) { g.type = type; g.typeRule = rule; } }
    // Nicknames quoted inside the name are aliases of it.
    for (const n of s.nicknames) {
      const nk = foldKey(n.text);
      const other = byKey.get(nk);
      if (other) merge(g, other);
      else { g.keys.add(nk); byKey.set(nk, g); }
      g.forms.set(n.text, (g.forms.get(n.text) ?? 0) + 1);
      g.mentions.push({ start: n.start, end: n.end, text: n.text, rule: 'alias.inner-nickname' });
    }
  }
}

/** 2. Explicit alias patterns. */
function bindAliases(a: Analysis, spans: NameSpan[], G: Grouping): void {
  const { spanGroup, merge } = G;
  // "Name (ACR)", "X, known as “Y”", "“Y,” or “The Z”".
  const ordered = [...spans].sort((x, y) => x.start - y.start).filter((s) => spanGroup.has(s));
  for (let k = 0; k < ordered.length; k++) {
    const s = ordered[k]!;
    const nx = ordered[k + 1];
    if (!nx || nx.sent !== s.sent) continue;
    const between = a.text.slice(s.end, nx.outerStart);
    const gs = spanGroup.get(s)!;
    const gn = spanGroup.get(nx)!;
    if (gs === gn) continue;
    // Every pattern below needs the gap to start (after spaces) with punctuation or one of a few
    // words: most gaps, ordinary text, are out on their first character.
    if (!ALIAS_GAP_OPENERS.has(firstSolid(between))) continue;
    // “Sniper” and “El Viejo”: nicknames listed together name the same person.
    if (s.quoted && nx.quoted && /^\s*["\u201d]?\s*,?\s*(?:and|or)\s*["\u201c]\s*$/.test(between) && gn.type !== 'Location' && gn.type !== 'PublicBody') {
      const m = merge(gs, gn);
      relabel(m, nx, 'alias.known-as');
      continue;
    }
    // "the Clan del Golfo, which calls itself the Autodefensas Gaitanistas de Colombia".
    if (/^\s*,\s*which\s+(?:calls|called)\s+itself\s+(?:the\s+)?$/.test(between) && !personLike(s) && !personLike(nx)) {
      const m = merge(gs, gn);
      relabel(m, nx, 'alias.calls-itself');
      continue;
    }
    // "Gulf Cartel (Cártel del Golfo, or CDG)": several other names inside one parenthesis.
    if (/^\s*\(\s*$/.test(between) && PAREN_SEPARATOR.test(a.text.slice(nx.end, ordered[k + 2]?.outerStart ?? nx.end))) {
      const inside = [nx];
      for (let j = k + 2; j < ordered.length && ordered[j]!.sent === s.sent && inside.length < 4; j++) {
        const gap = a.text.slice(inside[inside.length - 1]!.end, ordered[j]!.outerStart);
        if (!PAREN_SEPARATOR.test(gap)) break;
        inside.push(ordered[j]!);
      }
      const closes = /^\s*\)/.test(a.text.slice(inside[inside.length - 1]!.end));
      if (closes && inside.length > 1 && gs.type !== 'Location' && inside.every((x) => /^\p{Lu}[\p{Lu}\d&-]+$/u.test(x.plain) || x.words.length > 1)) {
        let m = gs;
        for (const x of inside) { m = merge(m, spanGroup.get(x)!); relabel(m, x, 'alias.parenthesis'); }
        continue;
      }
    }
    // "the Clan del Golfo, or Gulf Clan,": a group's name and its translation, which share their head word.
    if (/^\s*,\s+or\s+(?:the\s+)?$/.test(between) && !nx.quoted && /^\s*[,.;)]/.test(a.text.slice(nx.end, nx.end + 3)) && sameHead(s, nx)) {
      const m = merge(gs, gn);
      relabel(m, nx, 'alias.translation');
      continue;
    }
    // "Nemesio Oseguera Cervantes, “El Mencho,”": a quoted nickname set off by a comma after a person's name.
    if (/^\s*,\s*["\u201c]\s*$/.test(between) && nx.quoted && personLike(s) && nx.words.length <= 4 && gn.type !== 'Location' && gn.type !== 'PublicBody'
      && /^["\u201d]?\s*[,.;)]|^[,.]["\u201d]/.test(a.text.slice(nx.end, nx.end + 3))
      && !gn.spans.some((x) => !x.quoted && personLike(x) && !/^(El|La|Los|Las|The|Don|Doña)\s/.test(x.plain))) {
      merge(gs, gn);
      relabel(gs, nx, 'alias.comma-nickname');
      continue;
    }
    // Name (ACRONYM) or Name (Spanish name); "Petróleos de Venezuela, S.A. (PDVSA)".
    if ((/^\s*\(\s*$/.test(between) || (LEGAL_FORM_AFTER.test(between) && /^,[^(]{0,8}\(\s*$/.test(between.trimStart()))) && a.text.slice(nx.end).match(/^\s*\)/)) {
      // An acronym, or a name of several words (a translation); never a lone word after a place ("Ecuador (Wire)").
      const acronym = /^\p{Lu}[\p{Lu}\d&-]+$/u.test(nx.plain);
      const severalWords = nx.plain.trim().split(/\s+/).length > 1;
      // Never into a place: "CULIACÁN, Mexico (AP)" is a news agency, "Jalisco (JAL)" a state code.
      if ((acronym || severalWords) && gs.type !== 'Location' && (!gn.type || gn.type === gs.type || !gs.type || acronym)) {
        const m = merge(gs, gn);
        m.typeRule ||= 'alias.parenthesis';
        relabel(m, nx, 'alias.parenthesis');
      }
      continue;
    }
    // "La Mara Salvatrucha, also known as MS-13": a group's other name needs no quotation marks
    // when it is an acronym or the first name is plainly a group's (not "or": lists use it too).
    if (!nx.quoted && KNOWN_AS.test(between) && /\b(?:known|alias|aka|a\.k\.a|called|dubbed)\b/i.test(between)
      && (/^\p{Lu}[\p{Lu}\d&-]+$/u.test(nx.plain) || ((headType(s.key, s.words)?.[0] ?? 'Location') !== 'Location' && !personLike(nx)))) {
      const m = merge(gs, gn);
      relabel(m, nx, 'alias.known-as');
      continue;
    }
    // X, known as “Y” / X, alias “Y” / X, or “Y”
    // Without a comma after a body's name the nickname is the person's the phrase is about:
    // "the former chief of the National Police known as “El Tigre”".
    if (KNOWN_AS.test(between) && nx.quoted && (/^\s*,/.test(between) || !(headType(s.key, s.words)?.[0] ?? null))) {
      if (gn.type !== 'Location' && gn.type !== 'PublicBody' || gn.spans.length === 1) {
        merge(gs, gn);
        relabel(gs, nx, 'alias.known-as');
      }
      continue;
    }
  }
  // "…, a former BLO member known as “La Grande.”": the quoted name after "known as"
  // belongs to the nearest person-like name before it in the sentence.
  for (const s of ordered) {
    // Unquoted names of a nickname's shape only; the rest are out before any slicing.
    if (!s.quoted && !(s.words.length <= 3 && /^(?:El|La|The|Don|Doña)\s|\d/.test(s.plain))) continue;
    const before = a.text.slice(Math.max(a.sentences[s.sent]!.start, s.start - 70), s.start);
    // Unquoted, only a nickname's shape: "the jailed boss better known as El Chapo", "known as Z-40".
    if (s.quoted ? !KNOWN_AS_TAIL.test(before) : !(KNOWN_AS_BARE.test(before) && s.words.length <= 3 && /^(?:El|La|The|Don|Doña)\s|\d/.test(s.plain))) continue;
    // "troops killed alias “Chiquito Malo”": an alias straight after a verb is someone the text never names.
    if (/\b\p{Ll}+\s+alias\s*["\u201c\u2018]?\s*$/u.test(before) && !/\b(?:and|or)\s+alias\s*["\u201c\u2018]?\s*$/.test(before)) continue;
    const g = spanGroup.get(s)!;
    if (g.spans.length > 1 && g.type) continue;
    // Already bound to a name written out ("X, alias “Y”"): nothing left to attach.
    // (A nickname used bare elsewhere, "El Notario", is not such a name.)
    if (g.spans.some((x) => !x.quoted && x !== s && personLike(x) && !/^(El|La|Los|Las|The|Don|Doña)\s/.test(x.plain))) continue;
    // "the man known as “Otoniel”": with no name before it in the sentence, the person the
    // previous sentence named first.
    const prev = ordered.filter((p) => p.sent === s.sent && p.end <= s.start && spanGroup.get(p) !== g)
      .reverse().find((p) => personLike(p))
      ?? (/\b(?:the|a)\s+(?:man|woman|trafficker|kingpin|boss|leader|commander|capo|fugitive|defendant)\s+(?:\w+\s+){0,2}known as\s*["\u201c\u2018]\s*$/i.test(before)
        ? ordered.filter((p) => p.sent === s.sent - 1 && personLike(p))[0] : undefined);
    if (!prev) continue;
    // "a faction of the cartel known as “Los Chapitos”": the name is the group's, not the person's.
    const between = a.text.slice(prev.end, s.start).toLowerCase();
    const groupNoun = /\b(faction|cell|gang|group|cartel|organi[sz]ation|clique|wing|network|militia|unit|squad|crew|band|ring|syndicate|company|firm|operation|alliance)\b/.exec(between);
    if (groupNoun) {
      if (!g.type) { g.type = /company|firm/.test(groupNoun[1]!) ? 'Company' : 'Organization'; g.typeRule = 'type.known-as-group'; }
      continue;
    }
    merge(spanGroup.get(prev)!, g);
    relabel(spanGroup.get(prev)!, s, 'alias.known-as');
  }
}

/** 4. Short forms bound to full names. */
function bindShortForms(G: Grouping): void {
  const { groups, merge } = G;
  // Surnames, first names, nicknames without article, acronyms.
  const personList = groups.filter((g) => g.type === 'Person' && !g.boundTo && maxTokens(g) >= 2);
  const mentionCount = (g: Group) => g.mentions.length;
  const firstMention = (g: Group) => Math.min(...g.spans.map((x) => x.start));
  // The persons by the words of their names, so a short form is asked only of those holding its
  // first word (see personsHolding), not of every person in the story.
  const personsByWord = new Map<string, Group[]>();
  const personOrder = new Map<Group, number>();
  /** Files p under the words of a group's keys and nicknames: p's own, or those of a group merged into it. */
  const indexPerson = (p: Group, names: Group) => {
    for (const k of names.keys) addHolder(p, tokensOf(k));
    for (const f of names.forms.keys()) addHolder(p, tokensOf(f));
  };
  const addHolder = (p: Group, words: string[]) => {
    for (const w of words) {
      const list = personsByWord.get(w);
      if (!list) personsByWord.set(w, [p]);
      else if (!list.includes(p)) list.push(p);
    }
  };
  personList.forEach((p, i) => { personOrder.set(p, i); indexPerson(p, p); });
  for (const g of [...groups]) {
    if (g.removed) continue;
    if (g.type === 'Location' || g.type === 'PublicBody' && g.canonical) continue;
    if (g.type && g.type !== 'Person' && g.type !== 'Organization') continue;
    const forms = wordsOf(g.keys);
    const shortest = shortestOf(forms);
    // "Portillo de la Cruz" is two surnames, whatever its particles.
    if (shortest.length === 0 || countNot(shortest, PERSON_PARTICLES) > 3) continue;
    const longest = maxTokens(g);
    // Only the name as written decides, not nicknames the group already carries ("Juan de Dios", known as "Giovanni").
    const own = ownKeys(g);
    const shorts = wordsOf(own.length ? own : g.keys);
    // (A filter, not pushes into an empty literal: its first push of a group changed the array's
    // shape under the optimised code, which V8 then threw away and compiled again, at length.)
    const cands = personsHolding(shorts).filter((p) => !p.removed && p !== g && (maxTokens(p) > longest || isNicknameSurname(g, p, forms)) && shorts.every((w) => bindsTo(w, p)));
    if (cands.length === 0) continue;
    // Several full names share the short form: the one the story introduced first, which a bare
    // surname or first name goes on to mean ("Hernández" for the president, not his brother).
    cands.sort((x, y) => firstMention(x) - firstMention(y) || mentionCount(y) - mentionCount(x));
    const target = cands[0]!;
    const m = merge(target, g);
    for (const s of g.spans) relabel(m, s, 'alias.short-form');
    // The person has gained the short form's names (only merges change persons here).
    indexPerson(m, g);
  }

  /**
   * Exact prefilter for bindsTo over all short forms: every way a short form binds (a given name,
   * a run of the name, a nickname, a nickname and surname) puts its first word among the words of
   * the person's names or nicknames, all of which the index holds. So only persons holding every
   * form's first word are asked, in personList's order (the order candidates are found in decides ties).
   */
  function personsHolding(shorts: string[][]): Group[] {
    let pool: Group[] | undefined;
    for (const w of shorts) {
      const holders = personsByWord.get(w[0]!);
      if (!holders) return [];
      pool = pool === undefined ? holders : pool.filter((p) => holders.includes(p));
    }
    if (pool === undefined) return personList;
    return pool.length > 1 ? [...pool].sort((x, y) => personOrder.get(x)! - personOrder.get(y)!) : pool;
  }
}

/** The spans of each sentence, in the order found. */
function spansBySentenceOf(spans: NameSpan[]): Map<number, NameSpan[]> {
  const out = new Map<number, NameSpan[]>();
  for (const sp of spans) {
    const list = out.get(sp.sent);
    if (list) list.push(sp);
    else out.set(sp.sent, [sp]);
  }
  return out;
}

/** Other forms of a name: translations, acronyms, names without their head word or kind, places used for groups, families. */
function bindOtherForms(a: Analysis, spans: NameSpan[], G: Grouping): void {
  const { groups, byKey, spanGroup, merge, moveSpan } = G;
  // "Ejército de Liberación Nacional" and "National Liberation Army", "Primeiro Comando da
  // Capital" and "First Capital Command": a group's or a body's name and its English translation.
  const bySignature = new Map<string, Group>();
  for (const g of [...groups]) {
    if (g.removed || g.type === 'Person' || g.type === 'Location') continue;
    // (The keys themselves, not a copy: the one merge below is followed by a break.)
    for (const k of g.keys) {
      const sig = translatedSignature(k);
      if (!sig) continue;
      const o = bySignature.get(sig);
      if (o && !o.removed && o !== g) {
        // The form the story uses most keeps its type: the translation is said once, in passing.
        const [into, from] = o.mentions.length >= g.mentions.length ? [o, g] : [g, o];
        const m = merge(into, from);
        for (const x of from.spans) relabel(m, x, 'alias.translation');
        bySignature.set(sig, m);
        break;
      }
      bySignature.set(sig, g);
    }
  }
  // A name left unbound that stands where places stand is a place: "the Tierra Caliente region".
  for (const g of groups) {
    if (!g.removed && g.placeHint && g.type === 'Person' && g.typeRule === 'type.name-shape') { g.type = 'Location'; g.typeRule = 'type.used-as-place'; }
  }
  // Acronyms from initials: BLO ↔ Beltrán Leyva Organization.
  for (const g of [...groups]) {
    if (g.removed) continue;
    if (!g.spans.some((s) => mayBeAcronym(s.plain) && /^\p{Lu}{2,6}$/u.test(s.plain))) continue;
    const acr = [...g.keys].find((k) => /^[a-z]{2,6}$/.test(k));
    if (!acr) continue;
    const target = groups.find((o) => o !== g && o.type !== 'Person' && someInitials(o.keys, acr));
    if (target) { merge(target, g); for (const s of g.spans) relabel(target, s, 'alias.initials'); }
  }
  // A place's name without its kind: "Tocorón" for "the Tocorón prison", "Aragua" for "Aragua state".
  // Places are indexed once by their name without the kind, so each name is one lookup.
  const placesByBase = new Map<string, Group>();
  for (const o of groups) {
    if (o.type !== 'Location') continue;
    for (const k of o.keys) {
      const sp = k.lastIndexOf(' ');
      if (sp > 0 && PLACE_KINDS_AFTER.includes(k.slice(sp + 1))) placesByBase.set(k.slice(0, sp), o);
    }
  }
  for (const g of [...groups]) {
    // Only names nothing else typed, and only kinds written after the name: "Mexico" is not "Mexico City".
    if (g.removed || g.type || g.forms.size > 0 || g.spans.some((s) => s.title || s.quoted)) continue;
    let place: Group | undefined;
    for (const k of g.keys) if ((place = placesByBase.get(k)) && place !== g && !place.removed) break;
    if (place && place !== g && !place.removed) { const m = merge(place, g); for (const s of g.spans) relabel(m, s, 'alias.place-without-head'); }
  }
  // A group's name without its head word: "Norte del Valle" for "Norte del Valle Cartel".
  // (The groups and companies are listed once: this pass changes no type and adds no group.)
  const groupsAndCompanies = groups.filter((o) => o.type === 'Organization' || o.type === 'Company');
  for (const g of [...groups]) {
    if (g.removed || (g.type && g.type !== 'Person' && g.type !== 'Organization') || g.forms.size > 0 || g.spans.some((s) => s.title)) continue;
    // "Norte del Valle" for "Norte del Valle Cartel"; "TD" for "TD Bank".
    const org = groupsAndCompanies.find((o) => !o.removed && o !== g && hasAny(headless(o), g.keys));
    if (org && !someKey(g.keys, (k) => GIVEN_NAMES.has(k.split(' ')[0]!))) { const m = merge(org, g); for (const s of g.spans) relabel(m, s, 'alias.group-without-head'); }
  }
  // The spans by sentence are read only for a place whose name an organization bears, which
  // most documents have none of: they are filed on first need.
  let spansBySentence: Map<number, NameSpan[]> | undefined;
  // A place's name used for the group named after it: "Sinaloa boss El Chapo", "to Sinaloa and BLO".
  // (Moving a mention changes no type and adds no group, so the groups are listed once.)
  const organizations = groups.filter((o) => o.type === 'Organization');
  for (const g of [...groups]) {
    if (g.removed || g.type !== 'Location') continue;
    const org = organizations.find((o) => !o.removed && hasAny(headless(o), g.keys));
    if (!org) continue;
    for (const s of [...g.spans]) {
      if (usedAsGroup(a, s, spanGroup, org, spansBySentence ??= spansBySentenceOf(spans))) moveSpan(s, g, org, 'alias.place-as-group');
    }
  }
  // "Fletes Zamarripa" for "Fletes Zamarripa S.A. de C.V.": a business without its legal form.
  for (const o of [...groups]) {
    if (o.removed || o.type !== 'Company') continue;
    for (const k of [...o.keys]) {
      const w = tokensOf(k);
      for (let n = 1; n <= 4 && n < w.length; n++) {
        if (!COMPANY_SUFFIXES.has(w.slice(-n).join(' '))) continue;
        const g = byKey.get(w.slice(0, -n).join(' '));
        if (g && g !== o && !g.removed && g.type !== 'Location' && g.type !== 'PublicBody') { const m = merge(o, g); for (const sp of g.spans) relabel(m, sp, 'alias.without-legal-form'); }
      }
    }
  }
  // "the Sinaloa organization" for "the Sinaloa Cartel": a generic word for a group after its name.
  for (const g of [...groups]) {
    if (g.removed || g.type !== 'Organization') continue;
    const sp = g.spans.find((x) => GENERIC_GROUP_WORDS.has(x.plain.slice(x.plain.lastIndexOf(' ') + 1)));
    if (!sp || g.spans.some((x) => x !== sp && x.key !== sp.key)) continue;
    const base = sp.key.slice(0, sp.key.lastIndexOf(' '));
    const org = groups.find((o) => o !== g && !o.removed && o.type === 'Organization' && headless(o).has(base));
    if (org) { const m = merge(org, g); for (const x of g.spans) relabel(m, x, 'alias.generic-head'); }
  }
  // "the Huistas" and "Los Huistas": a Spanish group name with and without its article.
  for (const g of [...groups]) {
    if (g.removed || g.type !== 'Organization' || g.keys.size !== 1) continue;
    const k = firstOf(g.keys);
    if (k.includes(' ')) continue;
    const o = byKey.get('los ' + k) ?? byKey.get('las ' + k);
    if (o && o !== g && !o.removed && o.type === 'Organization') { const m = merge(o, g); for (const x of g.spans) relabel(m, x, 'alias.without-article'); }
  }
  // "Congress" for "the National Congress", "the Navy" for "the Mexican Navy": a body's head word
  // alone stands for the one body of the story with that head.
  for (const g of [...groups]) {
    if (g.removed || g.keys.size !== 1) continue;
    const k = firstOf(g.keys);
    if (k.includes(' ') || (g.type !== 'PublicBody' && !(g.type === null && HEAD_TYPES.get(k) === 'PublicBody'))) continue;
    const tail = ' ' + k;
    const fuller = groups.filter((o) => o !== g && !o.removed && o.type === 'PublicBody' && someKey(o.keys, (ok) => ok.endsWith(tail)));
    if (fuller.length === 1) { const m = merge(fuller[0]!, g); m.type ??= 'PublicBody'; for (const x of g.spans) relabel(m, x, 'alias.bare-head'); }
  }
  // A media outlet's last word alone: "the Post" after "the Washington Post".
  for (const g of [...groups]) {
    if (g.removed || g.type || g.keys.size !== 1) continue;
    const k = firstOf(g.keys);
    if (k.includes(' ') || HEAD_TYPES.get(k) !== 'Organization') continue;
    const tail = ' ' + k;
    const target = groups.find((o) => o !== g && o.type === 'Organization' && someKey(o.keys, (ok) => ok.endsWith(tail)));
    if (target) { merge(target, g); }
  }

  // "the Lorenzanas" is the Lorenzana family: a plural surname after "the" joins the family's group.
  for (const g of [...groups]) {
    if (g.removed) continue;
    for (const sp of [...g.spans]) {
      // Only a word ending in "s" can be a plural.
      if (sp.plain.charCodeAt(sp.plain.length - 1) !== 115) continue;
      const pm = /^(\p{Lu}[\p{L}-]+?)s$/u.exec(sp.plain);
      if (!pm || a.text.slice(Math.max(0, sp.start - 4), sp.start).toLowerCase() !== 'the ') continue;
      const family = foldKey(pm[1]!) + ' family';
      const clan = foldKey(pm[1]!) + ' clan';
      const fam = groups.find((o) => !o.removed && o !== g && (o.keys.has(family) || o.keys.has(clan)));
      if (fam) moveSpan(sp, g, fam, 'alias.plural-surname');
    }
  }
}

/** 5. Governments named by nationality. */
function addGovernments(a: Analysis, G: Grouping): void {
  const { groupFor } = G;
  // "the Mexican government", "the U.S. government".
  const govGroups = governmentMentions(a);
  for (const gm of govGroups) {
    const key = 'government of ' + foldKey(gm.country);
    const g = groupFor(key);
    g.type = 'PublicBody';
    g.typeRule = 'type.government';
    g.canonical ??= gm.text;
    g.forms.set(gm.text, (g.forms.get(gm.text) ?? 0) + 1);
    g.mentions.push({ start: gm.start, end: gm.end, text: gm.text, rule: 'mention.government' });
  }
}

/** 6. Keep typed groups; name them; give them ids. */
function nameEntities(G: Grouping): EntityResult {
  const { groups } = G;
  const kept = groups.filter((g) => g.type && g.mentions.length > 0);
  const used = new Set<string>();
  const entities: DocEntity[] = [];
  const allMentions: Mention[] = [];
  for (const g of kept) {
    const name = chooseName(g);
    let id = slug(name);
    for (let n = 2; used.has(id); n++) id = `${slug(name)}-${n}`;
    used.add(id);
    const surface = new Map<string, number>();
    for (const m of g.mentions) surface.set(m.text, (surface.get(m.text) ?? 0) + 1);
    for (const [f, n] of g.forms) surface.set(f, (surface.get(f) ?? 0) + n);
    if (g.canonical && g.canonical !== name) surface.set(g.canonical, 1);
    // "United States Attorney's Office" is written "U.S. Attorney's Office" as often: both are its names.
    if (g.type === 'PublicBody') for (const f of [name, ...surface.keys()]) {
      const v = f.startsWith('United States ') ? 'U.S. ' + f.slice(14) : f.startsWith('U.S. ') ? 'United States ' + f.slice(5) : null;
      if (v && !surface.has(v)) { surface.set(v, 0); break; }
    }
    // A Spanish plural group name goes with or without its article ("Cachiros", "Los Cachiros";
    // "Zetas", "Los Zetas"): English copy drops it, Spanish names keep it. Gangs' names take
    // "Los" whatever the noun's ending.
    // (Only a name ending in "s" can be such a plural.)
    const article = name.charCodeAt(name.length - 1) === 115 && /^\p{Lu}\p{Ll}+[oae]s$/u.test(name) ? 'Los ' + name : null;
    if (g.type === 'Organization' && article && !surface.has(article)) surface.set(article, 0);
    // Distinct already (a Map's keys), and without the name: nothing left to dedupe.
    const aliases = [...surface.keys()].filter((f) => f !== name);
    const mentions: Mention[] = [];
    for (const m of g.mentions) mentions.push({ start: m.start, end: m.end, text: m.text, rule: m.rule, entity: id });
    entities.push({ id, type: g.type!, name, aliases, typeRule: g.typeRule, keys: g.keys, mentions });
    allMentions.push(...mentions);
  }
  allMentions.sort((x, y) => x.start - y.start);
  return { entities, mentions: allMentions };
}

/** The rule a span's mention is credited to, now that a pattern has bound it. */
function relabel(g: Group, s: NameSpan, rule: string): void {
  for (const m of g.mentions) if (m.start === s.start && m.end === s.end) m.rule = rule;
}

/** Folded keys of a group's written names and of its nicknames, memoised per group size. */
function spanKeys(g: Group): Set<string> {
  const hit = g.memo.spanKeys;
  if (hit && hit.n === g.spans.length) return hit.keys;
  const keys = new Set(g.spans.map((s) => s.key));
  g.memo.spanKeys = { n: g.spans.length, keys };
  return keys;
}
function formKeys(g: Group): Set<string> {
  const hit = g.memo.formKeys;
  if (hit && hit.n === g.forms.size) return hit.keys;
  const keys = new Set([...g.forms.keys()].map(foldKey));
  g.memo.formKeys = { n: g.forms.size, keys };
  return keys;
}

function maxTokens(g: Group): number {
  if (g.longest !== undefined) return g.longest;
  let m = 0;
  for (const s of g.spans) m = Math.max(m, s.words.length);
  g.longest = m;
  return m;
}

const INITIAL_SKIPS = new Set(['de', 'del', 'la', 'las', 'los', 'of', 'the', 'and', 'for', 'y', 'da', 'do', 'dos']);
const initialsMemo = new Map<string, string>();
function initials(key: string): string {
  let out = initialsMemo.get(key);
  if (out === undefined) {
    if (initialsMemo.size > 50_000) initialsMemo.clear();
    out = key.split(' ').filter((w) => !INITIAL_SKIPS.has(w)).map((w) => w[0]).join('');
    initialsMemo.set(key, out);
  }
  return out;
}

/** A person's full names (keys of two words or more) as bindsTo reads them. */
interface FullName { full: string[]; rest: string[]; body: string[]; nick: boolean }
interface PersonForms { keys: number; spans: number; forms: number; fulls: FullName[]; nicks: string[][]; nickKeys: Set<string> }
/**
 * bindsTo asks the same person about every short form in the story; what it reads of the person
 * is built once and rebuilt only when the group has grown (groups only grow while short forms bind).
 */
function personForms(p: Group): PersonForms {
  const hit = p.memo.person;
  if (hit && hit.keys === p.keys.size && hit.spans === p.spans.length && hit.forms === p.forms.size) return hit;
  const fulls: FullName[] = [];
  for (const key of p.keys) {
    const full = tokensOf(key);
    // A single word is a nickname: "Chapo" for "El Chapo".
    if (full.length < 2) continue;
    const joined = full.join(' ');
    const nick = !spanKeys(p).has(joined) && formKeys(p).has(joined);
    fulls.push({ full, rest: full.slice(1), body: ARTICLES.has(full[0]!) ? full.slice(1) : full, nick });
  }
  const out = { keys: p.keys.size, spans: p.spans.length, forms: p.forms.size, fulls, nicks: [...p.forms.keys()].map(tokensOf), nickKeys: formKeys(p) };
  p.memo.person = out;
  return out;
}

/** Second words of a given name written in two ("Juan de Dios", "Juan Carlos"). */
const GIVEN_NAME_SECONDS = new Set(['de', 'del', 'la', 'carlos', 'jose', 'luis', 'maria', 'antonio', 'manuel', 'miguel', 'angel']);

/** Does a short form (tokens) name part of this person's full name or nickname? */
function bindsTo(short: string[], p: Group): boolean {
  const { fulls, nicks } = personForms(p);
  for (const { full, rest, body, nick } of fulls) {
    if (nick) {
      if (contains(body, short) || contains(full, short)) return true;
      continue;
    }
    // First name alone, or first names: "Alfredo", "Juan de Dios" for "Juan de Dios Úsuga David".
    if (short.length === 1 && short[0] === full[0]) return true;
    if (short.length > 1 && short.length <= full.length - 2 && short.every((w, i) => full[i] === w) && GIVEN_NAME_SECONDS.has(short[1]!)) return true;
    // Two given names of a four-part Spanish name: "Iván Archivaldo" for "Iván Archivaldo Guzmán Salazar".
    if (short.length === 2 && full.length === 4 && short[0] === full[0] && short[1] === full[1]) return true;
    // Surname(s): a run inside the name after the given name.
    if (contains(rest, short)) return true;
  }
  // "El Chapo Guzmán": a nickname followed by a surname.
  for (const nk of nicks) {
    if (short.length > nk.length && nk.every((w, i) => short[i] === w)) {
      const tail = short.slice(nk.length);
      if (fulls.some((f) => contains(f.rest, tail))) return true;
    }
  }
  return false;
}

/** A nickname and a surname ("Chapo Guzmán") of person p; `forms` are the words of g's keys. */
function isNicknameSurname(g: Group, p: Group, forms: string[][]): boolean {
  if (p === g || p.forms.size === 0 || !forms.every((w) => bindsTo(w, p))) return false;
  const nickKeys = personForms(p).nickKeys;
  for (const k of g.keys) {
    for (const n of nickKeys) if (k.length > n.length && k.charCodeAt(n.length) === 32 && k.startsWith(n)) return true;
  }
  return false;
}

/**
 * What a group is called without its head word, for heads of its own type: "norte del valle"
 * for "norte del valle cartel". Rebuilt when the group gains keys or changes type.
 */
function headless(o: Group): Set<string> {
  const hit = o.memo.headless;
  if (hit && hit.keys === o.keys.size && hit.type === o.type) return hit.names;
  const names = new Set<string>();
  for (const k of o.keys) {
    for (let i = k.indexOf(' '); i >= 0; i = k.indexOf(' ', i + 1)) {
      if (HEAD_TYPES.get(k.slice(i + 1)) === o.type) names.add(k.slice(0, i));
    }
  }
  o.memo.headless = { keys: o.keys.size, type: o.type, names };
  return names;
}

/** The keys of a group's names as written unquoted, in order, less any also written quoted. */
function ownKeys(g: Group): string[] {
  let quoted = false;
  for (const x of g.spans) if (x.quoted) { quoted = true; break; }
  // Mostly nothing is quoted: then there is nothing to take away.
  if (!quoted) return g.spans.length === 1 ? [g.spans[0]!.key] : [...new Set(g.spans.map((x) => x.key))];
  const quotedKeys = new Set(g.spans.filter((x) => x.quoted).map((x) => x.key));
  return [...new Set(g.spans.filter((x) => !x.quoted).map((x) => x.key))].filter((k) => !quotedKeys.has(k));
}

/**
 * Exact prefilter for /^\p{Lu}{2,6}$/u: at most 12 code units (six capitals, astral ones taking
 * two), and no lower-case ASCII letter second (the second capital, or the first one's second half).
 */
function mayBeAcronym(plain: string): boolean {
  // (The length first: reading past a string's end throws V8's optimised code away.)
  return plain.length <= 12 && (plain.length < 2 || !isAsciiLower(plain.charCodeAt(1)));
}

/** Does any of the keys have these initials? (Array.some over a copy of the keys, without the copy.) */
function someInitials(keys: Set<string>, acr: string): boolean {
  for (const k of keys) if (initials(k) === acr) return true;
  return false;
}

/**
 * The words of each key, in an array built by pushes: arrays from map() took one shape when made
 * by optimised code and another otherwise, and the code reading them was thrown away for it.
 */
function wordsOf(keys: Iterable<string>): string[][] {
  const out: string[][] = [];
  for (const k of keys) out.push(tokensOf(k));
  return out;
}

/** The first of the fewest words (reduce's choice, without its closure). */
function shortestOf(forms: string[][]): string[] {
  let m = forms[0] ?? [];
  for (const f of forms) if (f.length < m.length) m = f;
  return m;
}

/** How many words are not in the set (filter(...).length, without the array). */
function countNot(words: string[], set: Set<string>): number {
  let n = 0;
  for (const w of words) if (!set.has(w)) n++;
  return n;
}

function hasAny(set: Set<string>, xs: Iterable<string>): boolean {
  for (const x of xs) if (set.has(x)) return true;
  return false;
}

/** Array.some over a Set's keys, without copying them into an array first. */
function someKey(keys: Set<string>, test: (k: string) => boolean): boolean {
  for (const k of keys) if (test(k)) return true;
  return false;
}

/** The first key of a set that has one ([...keys][0], without the copy). */
function firstOf(keys: Set<string>): string {
  for (const k of keys) return k;
  throw new Error('firstOf: no keys');
}

function contains(hay: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Names that name no one: a nationality ("Mexican", "Colombian cartel"), a bare title ("U.S.
 * District Judge"), two places hyphenated as an adjective ("US-Mexico" relations). Memoised by
 * the name, which recurs.
 */
function namesNoOne(s: NameSpan): boolean {
  // Memoised in the name's folded record, which every span of the same text shares.
  const f = s.folded;
  if (f.noOne === undefined) f.noOne = readsAsNoOne(s.plain);
  return f.noOne;
}

function readsAsNoOne(plain: string): boolean {
  const lower = plain.toLowerCase();
  const bare = lower.replace(/^(u\.s\.|us|united states|fbi|dea|assistant)\s+/, '');
  // Titles in the plural name no one either: "US Secretaries", "Assistant U.S. Attorneys".
  const singular = bare.endsWith('ies') ? bare.slice(0, -3) + 'y' : bare.endsWith('s') ? bare.slice(0, -1) : bare;
  // Police and military operations are named like actors but are events: "Operation Carbono Oculto".
  return /^(?:operation|operación|operacion|operação|operacao|operativo)\s/.test(lower) || HOLIDAYS.has(lower) || isDemonymOnly(plain) || TITLES.has(lower) || TITLES.has(bare) || (singular !== bare && TITLES.has(singular)) || isPlacePair(plain);
}

/** Days of the calendar written like names. */
const HOLIDAYS = new Set(['new year', "new year's", "new year's eve", "new year's day", 'christmas eve', 'christmas day', 'holy week', 'semana santa', 'independence day', 'thanksgiving', 'labor day', "mother's day", "father's day", 'day of the dead', 'carnival', 'carnaval']);

function isDemonymOnly(plain: string): boolean {
  const k = plain.toLowerCase().replace(/\s+(cartel|gang|organization|organisation|mafia|clan|syndicate|state|province)$/, '');
  return DEMONYMS.has(k) || k === 'south american' || k === 'english' || k === 'latin american' || k === 'central american';
}

/** "US-Mexico" in "US-Mexico relations": two places hyphenated as an adjective. */
function isPlacePair(plain: string): boolean {
  const parts = plain.split(/[-\u2010\u2011]/);
  return parts.length === 2 && parts.every((p) => PLACES.has(foldKey(p)));
}

/** Words a name's translation may add or drop, left out of its signature. */
const SIGNATURE_SKIP = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'da', 'do', 'dos', 'das', 'of', 'the', 'y', 'e', 'and', 'for', 'para']);
const signatureMemo = new Map<string, string | null>();
/**
 * The English content words of a name, sorted; null when no word needed translating (then the
 * name's own key already compares it) or it has fewer than two.
 */
function translatedSignature(key: string): string | null {
  let out = signatureMemo.get(key);
  if (out === undefined) {
    if (signatureMemo.size > 50_000) signatureMemo.clear();
    const words = tokensOf(key).filter((w) => !SIGNATURE_SKIP.has(w));
    const en = words.map((w) => TRANSLATIONS.get(w) ?? w);
    out = words.length >= 2 && new Set(en).size === en.length ? en.sort().join(' ') : null;
    signatureMemo.set(key, out);
  }
  return out;
}

/** Two group names with the same head word: "Clan del Golfo" and "Gulf Clan", "Cártel de Sinaloa" and "Sinaloa Cartel". */
function sameHead(x: NameSpan, y: NameSpan): boolean {
  const hx = headType(x.key, x.words);
  const hy = headType(y.key, y.words);
  if (!hx || !hy || hx[0] !== hy[0] || hx[0] === 'Location') return false;
  return hx[1] === hy[1];
}

function personLike(s: NameSpan): boolean {
  const toks = s.words;
  return toks.length >= 2 && !toks.some((t) => HEAD_TYPES.has(t)) && !PLACES.has(s.key) && !AGENCIES.has(s.key);
}

/**
 * A type the word lists give a name outright: listed companies and organisations, legal forms
 * ("Transportadora Litoral Paulista Ltda", "Fletes Zamarripa S.A. de C.V."), a company's first
 * words. Memoised by the folded name, which recurs.
 */
const listedMemo = new Map<string, [EntityType, string] | null>();
function listedType(k: string, words: string[]): [EntityType, string] | null {
  let out = listedMemo.get(k);
  if (out === undefined) {
    if (listedMemo.size > 50_000) listedMemo.clear();
    out = KNOWN_COMPANIES.has(k) ? ['Company', 'type.company-list']
      : KNOWN_ORGANIZATIONS.has(k) ? ['Organization', 'type.organization-list']
      : words.length >= 2 && [1, 2, 3, 4].some((n) => COMPANY_SUFFIXES.has(words.slice(-n).join(' '))) ? ['Company', 'type.legal-form']
      : words.length >= 2 && (COMPANY_FIRST_WORDS.has(words[0]!) || COMPANY_FIRST_WORDS.has(words.slice(0, 3).join(' '))) ? ['Company', 'type.company-first-word']
      : null;
    listedMemo.set(k, out);
  }
  return out;
}

const ENGLISH_PLURAL_HEADS = new Set(['guerrillas', 'paramilitaries', 'insurgents', 'dissidents', 'gangs', 'commandos']);

/** The type a name's head word gives it, memoised by the folded name. */
const headMemo = new Map<string, [EntityType, string] | null>();
function headType(k: string, all: string[]): [EntityType, string] | null {
  let out = headMemo.get(k);
  if (out === undefined) {
    if (headMemo.size > 50_000) headMemo.clear();
    out = readHead(all);
    headMemo.set(k, out);
  }
  return out;
}

/**
 * Head words of the fullest form, read from the right but within the name's own head phrase
 * first: "U.S. Attorney's Office for the Southern District of Texas" → office, not district.
 */
function readHead(all: string[]): [EntityType, string] | null {
  const cut = all.findIndex((w, i) => i > 0 && ['of', 'for', 'de', 'del', 'da', 'do', 'dos', 'das', 'on', 'against'].includes(w));
  const words = cut > 0 ? all.slice(0, cut) : all;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const two = i > 0 ? `${words[i - 1]} ${w}` : '';
    const h = HEAD_TYPES.get(two) ?? HEAD_TYPES.get(w);
    if (!h) continue;
    // A bare head word ("Police") names nothing, unless it is a Spanish plural used as a name ("the Zetas").
    if (all.length === 1 && h !== 'Company' && !(h === 'Organization' && /(?:os|as)$/.test(w) && !ENGLISH_PLURAL_HEADS.has(w))) break;
    // A person's surname can look like a head ("Port"); given names win.
    if (GIVEN_NAMES.has(words[0]!) && words.length <= 4 && h === 'Location') break;
    return [h, `type.head-word:${w}`];
  }
  if (cut > 0) {
    // No head before "of": the rest may have one ("Gulf of Urabá", "Bank of the Andes").
    for (let i = all.length - 1; i > cut; i--) {
      const h = HEAD_TYPES.get(all[i]!);
      // The last word is the head in English word order whatever its kind: "Norte del Valle Cartel".
      if (h === 'Location' || h === 'Company' || (h && i === all.length - 1 && all[cut] !== 'of' && all[cut] !== 'for')) return [h, `type.head-word:${all[i]}`];
    }
  }
  return null;
}

/** First words of PLACE_FIRST_WORDS' two-word entries: a pair is joined for the lookup only when its first word opens one. */
const PLACE_PAIR_OPENERS = new Set([...PLACE_FIRST_WORDS].map((p) => p.split(' ')).filter((w) => w.length === 2).map((w) => w[0]!));

function typeGroup(a: Analysis, g: Group): void {
  const set = (t: EntityType, rule: string) => { g.type = t; g.typeRule = rule; };
  // Longest first (a group of one span, most of them, needs no sorted copy).
  const spans = g.spans.length === 1 ? g.spans : [...g.spans].sort((x, y) => y.words.length - x.words.length);
  for (const s of spans) {
    const listed = listedType(s.key, s.words);
    if (listed) return set(listed[0], listed[1]);
  }
  // "Petróleos de Venezuela, S.A.", "Acme Holdings, Inc.": a legal form after a comma.
  // (Only after a comma, where the pattern starts.)
  if (spans.some((s) => a.text.charCodeAt(s.end) === 44 && LEGAL_FORM_AFTER.test(a.text.slice(s.end, s.end + 8)))) return set('Company', 'type.legal-form-after');
  // A nickname describes the person, it does not type them: "The Desert Ant" is a man when the
  // name it was given for is written out too.
  const written = spans.some((s) => !s.quoted);
  if (spans.some((s) => JUDICIAL_DISTRICT.test(s.key))) return set('PublicBody', 'type.judicial-district');
  for (const s of spans) {
    if (written && s.quoted) continue;
    const head = headType(s.key, s.words);
    // "United Self-Defense Forces", "Ejército de Liberación Nacional": an armed group, not the state's army.
    if (head?.[0] === 'PublicBody' && s.words.some((w) => INSURGENT_WORDS.has(w))) return set('Organization', 'type.insurgent-body');
    if (head) return set(head[0], head[1]);
  }
  for (const s of spans) {
    const words = s.words;
    // "San Isidro del Aguán", "Praia Grande", "Puerto Cortés".
    if (words.length >= 2 && (PLACE_FIRST_WORDS.has(words[0]!) || (PLACE_PAIR_OPENERS.has(words[0]!) && PLACE_FIRST_WORDS.has(words[0] + ' ' + words[1])))) return set('Location', 'type.place-first-word');
    // Spanish plural articles name groups: "Los Chapitos", "Los Cachiros", "Las Flores".
    if (words.length >= 2 && (words[0] === 'los' || words[0] === 'las') && /^\p{Lu}/u.test(s.plain)) return set('Organization', 'type.plural-article');
    // A capitalised dateline opening a story: "CENTRAL ISLIP, N.Y. -".
    // (A lower-case second letter is never in capitals: most names are out before the regex.)
    if ((s.plain.length < 2 || !isAsciiLower(s.plain.charCodeAt(1))) && /^[\p{Lu}\s.'-]{4,}$/u.test(s.plain) && s.plain.length > 3 && isDateline(a, s)) return set('Location', 'type.dateline');
  }
  // "the Catatumbo region", "the Caobos neighbourhood", "the Michoacán town of Tiquicheo".
  if (spans.some((s) => !s.title && placeByNoun(a, s))) return set('Location', 'type.place-noun');
  if (spans.some((s) => s.title)) return set('Person', 'type.title');
  // "a property in Juan Dolio": a name the text only ever uses after "in" or "near", never as anyone's.
  if (spans.every((s) => !s.quoted && s.words.length >= 2 && placeOnly(a, s))) return set('Location', 'type.only-in-place');
  // An ambiguous place name where the text uses it as a place: "in Austin", "near León, Guanajuato".
  for (const s of spans) {
    if (!isPlaceKey(s.key)) continue; // (a span's key is its plain name folded, as the gazetteer folds)
    const before = a.text.slice(Math.max(0, s.start - 12), s.start);
    const after = a.text.slice(s.end, s.end + 30);
    if (/\b(in|from|near|outside|to|at|into|across|toward|towards)\s+$/i.test(before) || /^,\s*(?:\p{Lu}[\p{L}.]*\s?){1,3}(?:,|\.|$)/u.test(after) && isPlaceKey(foldKey(after.replace(/^,\s*/, '').split(/[,.]/)[0]!.trim()))) {
      return set('Location', 'type.geonames-in-context');
    }
  }
  if (g.forms.size > 0) return set('Person', 'type.inner-nickname');
  // Context: "banking giant HSBC", "Borderland Beat, an English-language blog".
  for (const s of spans) {
    const cue = contextCue(a, s);
    if (cue) return set(cue, 'type.context');
  }
  for (const s of spans) {
    const words = s.words;
    if (words.length >= 2 && GIVEN_NAMES.has(words[0]!)) return set('Person', 'type.given-name');
  }
  for (const s of spans) {
    const words = s.words;
    // A name with digits is a gang's or a unit's ("MS-13", "Barrio 18"), never a person's.
    if (/\d/.test(s.plain)) continue;
    if (words.length >= 2 && countNot(words, PERSON_PARTICLES) <= 5 && s.plain.split(/\s+/).every(capitalOrParticle)) {
      // A two-word name with no given name, used as a place ("the Tierra Caliente region", "from Tierra Caliente").
      // Settled after short forms are bound: a surname used after "in" is still a person's.
      if (words.length <= 4 && !GIVEN_NAMES.has(words[0]!) && g.spans.some((x) => usedAsPlace(a, x))) g.placeHint = true;
      return set('Person', 'type.name-shape');
    }
  }
  if (spans.some((s) => /^\p{Lu}[\p{Lu}\d&-]{1,7}$/u.test(s.plain) && !s.quoted)) return set('Organization', 'type.acronym');
}

function placeOnly(a: Analysis, s: NameSpan): boolean {
  // The phrase before ends in "in", "near" or "outside": no other last letter can match.
  const c = lastSolid(a.text, s.start, 24) | 32;
  if (c !== 110 && c !== 114 && c !== 101) return false;
  const before = a.text.slice(Math.max(0, s.start - 24), s.start);
  const after = a.text.slice(s.end, s.end + 3);
  return /\b(?:property|home|house|farm|ranch|apartment|arrested|captured|detained|killed|born|lived|lives|based|located|held|resort|town|beach)\s+(?:in|near|outside)\s+$/i.test(before) && !/^['\u2019]/.test(after);
}

/** A name a lower-case place noun introduces or follows: "the town of X", "the X region". */
function placeByNoun(a: Analysis, s: NameSpan): boolean {
  // Both patterns end in "of" or "the" (lower case) before the name: no other last letter can match.
  const c = lastSolid(a.text, s.start, 22);
  if (c !== 102 && c !== 101) return false;
  const before = a.text.slice(Math.max(0, s.start - 22), s.start);
  if (/\b(?:town|city|village|hamlet|municipality|state|province|department|island|port|region|neighbou?rhood|district|county)\s+of\s+$/.test(before)) return true;
  return /\bthe\s+$/.test(before) && /^\s+(?:region|valley|neighbou?rhood|municipality|basin|lowlands|highlands|corridor|jungle|mountains|peninsula)\b/.test(a.text.slice(s.end, s.end + 16));
}

/** "the X region", "in X", "from X": a name in the positions places take. */
function usedAsPlace(a: Analysis, s: NameSpan): boolean {
  // Each pattern is tried only when its first or last character can be there: a space after the
  // name; "in", "near", "across", "into", "around" or "the" ending before it.
  if (isSpace(a.text.charCodeAt(s.end))
    && /^\s+(?:region|valley|area|lowlands|highlands|municipality|department|state|province|coast|corridor|border)\b/i.test(a.text.slice(s.end, s.end + 14))) return true;
  const c = lastSolid(a.text, s.start, 14) | 32;
  if (c !== 110 && c !== 114 && c !== 115 && c !== 111 && c !== 100 && c !== 101) return false;
  return /\b(?:in|near|across|into|around)\s+(?:the\s+)?$/i.test(a.text.slice(Math.max(0, s.start - 14), s.start));
}

/** /^\p{Ll}/u, answered from the first character code when it is ASCII (nearly always), without a regex call per name. */
function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 0x80 ? isAsciiLower(c) : /^\p{Ll}/u.test(s);
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

const NAME_PARTICLES = /^(de|del|la|las|los|da|dos|do|y|van|von)$/;
/** A word of a name as written: capitalised, or a particle. An ASCII first letter is read off its code. */
function capitalOrParticle(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  return (c >= 0x80 && /^[\p{Lu}]/u.test(w)) || NAME_PARTICLES.test(w);
}

/** The first character of a string that is not whitespace (/\s/); -1 if none. */
function firstSolid(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) return c;
  }
  return -1;
}

/** The last character before `end`, within `span` characters, that is not whitespace (/\s/); -1 if none. */
function lastSolid(text: string, end: number, span: number): number {
  for (let i = end - 1; i >= 0 && i >= end - span; i--) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) return c;
  }
  return -1;
}

/** A name in capitals at the start of a paragraph, followed by a comma or a dash. */
function isDateline(a: Analysis, s: NameSpan): boolean {
  const before = a.text.slice(Math.max(0, s.start - 2), s.start);
  const after = a.text.slice(s.end, s.end + 12);
  return (s.start === 0 || /\n\s*$/.test(before)) && /^\s*(,|[-\u2013\u2014])/.test(after);
}

const AFTER_GROUP_NOUNS = new Set(['party', 'movement', 'group', 'organization', 'organisation', 'gang', 'cartel', 'militia', 'guerrilla', 'faction', 'network', 'clan', 'syndicate',
  'newspaper', 'daily', 'weekly', 'magazine', 'outlet', 'broadcaster', 'website', 'channel', 'newsroom']);
/** What a group is said to do, between its name and the noun: "the Cachiros trafficking group". */
const GROUP_MODIFIERS = new Set(['trafficking', 'drug', 'criminal', 'crime', 'smuggling', 'armed', 'political', 'opposition', 'ruling', 'governing', 'street', 'prison', 'paramilitary', 'guerrilla', 'rebel', 'dissident', 'splinter', 'kidnapping', 'extortion', 'laundering', 'transport', 'television', 'media', 'news', 'radio', 'investigative', 'digital']);

function wordInSentence(t: Token, sent: number): string | undefined {
  return t.sent === sent ? t.lower : undefined;
}

/** A type implied by the words around a span. */
function contextCue(a: Analysis, s: NameSpan): EntityType | null {
  const T = a.tokens;
  // The two words before the name (none before the first token).
  // Words of another sentence say nothing of this name ("… the firm. Liranzo Peña is named …").
  // (No index below 0 is read: an array read out of its bounds takes V8's slow path.)
  const prev0 = s.first >= 1 ? wordInSentence(T[s.first - 1]!, s.sent) : undefined;
  const prev1 = s.first >= 2 ? wordInSentence(T[s.first - 2]!, s.sent) : undefined;
  // "banking giant HSBC", "the lender Banco X" — right before the name, not across a comma ("an importer, Jean-Robert Désir").
  if (COMPANY_CUES.has(prev0 ?? '') || (COMPANY_CUES.has(prev1 ?? '') && COMPANY_CUES.has(prev0 ?? ''))) return 'Company';
  // An apposition starts with a comma: without one there is nothing to slice and match.
  const m = a.text.charCodeAt(s.end) !== 44 ? null : /^,\s+(?:an?|the|its|his|her)\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5})/u.exec(a.text.slice(s.end, Math.min(a.text.length, s.end + 60)));
  if (m) {
    // The apposition's head noun decides: "a think tank", "a Panama-based bank", but "the Gulf Cartel chief".
    const words = m[1]!.split(/\s+/);
    const stop = words.findIndex((w, i) => i > 0 && /^(who|that|which|whose|and|of|in|at|with|for|from|known|based|to|on)$/i.test(w));
    // (Pushed, not mapped: see wordsOf.)
    const np: string[] = [];
    for (let i = 0; i < (stop > 0 ? stop : words.length); i++) np.push(words[i]!.toLowerCase().replace(/['’]s$/, ''));
    const head = np[np.length - 1]!;
    if (ROLE_PREDICATES.has(head) || PERSON_NOUNS.has(head)) return 'Person';
    if (COMPANY_CUES.has(head) && head !== 'giant') return 'Company';
    if (ORG_CUES.has(head) || (head === 'tank' && np.includes('think'))) return 'Organization';
    if (np.some((w) => COMPANY_CUES.has(w) && w !== 'giant') && !np.some((w) => ORG_CUES.has(w))) return 'Company';
    // "La Mayiza, the faction loyal to …": the noun right after the article, unless it is someone's ("the cartel's accountant").
    if (ORG_CUES.has(np[0]!) && !/['’]s$/.test(words[0]!) && !np.some((w) => ROLE_PREDICATES.has(w) || PERSON_NOUNS.has(w))) return 'Organization';
  }
  // "the governing Morena party", "the Cachiros trafficking group": a lower-case group noun after the name.
  const n1 = T[s.last + 1];
  const n2 = T[s.last + 2];
  const n3 = T[s.last + 3];
  if (n1 && n1.sent === s.sent && startsLower(n1.text) && (AFTER_GROUP_NOUNS.has(n1.lower)
    || (n2 && n2.sent === s.sent && GROUP_MODIFIERS.has(n1.lower) && (AFTER_GROUP_NOUNS.has(n2.lower)
      // "the Huistas drug trafficking organization": two modifiers.
      || (n3 && n3.sent === s.sent && GROUP_MODIFIERS.has(n2.lower) && AFTER_GROUP_NOUNS.has(n3.lower)))))) return 'Organization';
  const roleBefore = prev0;
  if (roleBefore && ROLE_PREDICATES.has(roleBefore) && T[s.first - 1]!.pos === 'NOUN') return 'Person';
  return null;
}

/** "Sinaloa boss …", "to Sinaloa and BLO": a place name standing for its namesake group. */
function usedAsGroup(a: Analysis, s: NameSpan, spanGroup: Map<NameSpan, Group>, org: Group, bySent: Map<number, NameSpan[]>): boolean {
  const T = a.tokens;
  const next = T[s.last + 1];
  if (next && startsLower(next.text) && ROLE_PREDICATES.get(next.lower)?.includes('leader_of')) return true;
  if (next && ['cartel', 'member', 'members', 'hitmen', 'operatives', 'faction'].includes(next.lower)) return true;
  // Coordinated with another group's name.
  const around = a.text.slice(Math.max(0, s.start - 12), Math.min(a.text.length, s.end + 12));
  const neighbours = (bySent.get(s.sent) ?? []).filter((o) => o !== s && Math.abs(o.start - s.start) < 40).map((o) => [o, spanGroup.get(o)!] as const).filter(([, g]) => !!g);
  if (/\band\b|,/.test(around) && neighbours.some(([o, g]) => g !== org && g.type === 'Organization'
    && /^\s*(,|and|, and)\s*$/.test(o.start > s.end ? a.text.slice(s.end, o.start) : a.text.slice(o.end, s.start)))) return true;
  return false;
}

interface GovMention { start: number; end: number; text: string; country: string }

function governmentMentions(a: Analysis): GovMention[] {
  const out: GovMention[] = [];
  if (!a.text.includes('overnment')) return out;
  const T = a.tokens;
  for (let i = 1; i < T.length; i++) {
    // A 'g' first: most tokens are out after one character code.
    if (T[i]!.lower.charCodeAt(0) !== 103 || (T[i]!.lower !== 'government' && T[i]!.lower !== 'governments')) continue;
    // One or two words before: "Mexican", "U.S.", "United States".
    for (const n of [2, 1]) {
      const first = i - n;
      if (first < 0) continue;
      const words = T.slice(first, i);
      if (!words.every((w) => /^\p{Lu}/u.test(w.text)) || words[0]!.lower === 'the') continue;
      const phrase = a.text.slice(words[0]!.start, words[n - 1]!.end);
      const k = foldKey(phrase);
      const country = DEMONYMS.get(phrase.toLowerCase()) ?? (COUNTRIES.has(PLACES.get(k) ? foldKey(PLACES.get(k)!) : '') ? PLACES.get(k)! : null);
      if (!country) continue;
      out.push({ start: words[0]!.start, end: T[i]!.end, text: a.text.slice(words[0]!.start, T[i]!.end), country });
      break;
    }
  }
  return out;
}

/** How much a form looks like the entity's proper name; memoised by the form, which recurs. */
const scores = new Map<string, number>();
function nameScore(f: string): number {
  let n = scores.get(f);
  if (n === undefined) {
    if (scores.size > 50_000) scores.clear();
    n = scoreName(f);
    scores.set(f, n);
  }
  return n;
}

function scoreName(f: string): number {
  // Lower-case words ("gang" in "Los Lobos gang") describe the name; they are not part of it.
  const words = f.split(/[\s\u2010\u2011-]+/).filter((w) => !/^\p{Ll}{3,}$/u.test(w) || /^(de|del|la|las|los|da|das|do|dos|y)$/.test(w)).length;
  const acronym = /^\p{Lu}[\p{Lu}\d&-]+$/u.test(f) ? -10 : 0;
  const caps = f.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
  const accents = /[^\x00-\x7f]/.test(f) ? 0.5 : 0;
  const hyphen = /\p{L}-\p{L}/u.test(f) ? -1.2 : 0;
  // A family's head word is part of what it is called ("the Lorenzo family"); a gang's is not ("Los Lobos gang").
  const described = f.split(/\s+/).filter((w) => /^\p{Ll}{3,}$/u.test(w) && !/^(del|las|los|das|dos|family|clan)$/.test(w)).length * -0.6;
  const family = /\s(family|clan)$/.test(f) ? 1 : 0;
  // A name in capitals is a list's or a headline's ("EDWIN PORTILLO DE LA CRUZ"), not how the text writes it.
  const shouted = acronym === 0 && /\s/.test(f) && f === f.toUpperCase() && /\p{Lu}{2}/u.test(f) ? -4 : 0;
  return words * 2 + caps * 0.5 + acronym + accents + hyphen + described + family + shouted;
}

function chooseName(g: Group): string {
  if (g.canonical && (g.type === 'Location' || g.type === 'PublicBody')) return g.canonical;
  // Nicknames are aliases, not names: prefer a span that is neither quoted nor a known nickname.
  const nickKeys = formKeys(g);
  const startsWithNick = (k: string) => {
    for (const n of nickKeys) if (k === n || (k.length > n.length && k.charCodeAt(n.length) === 32 && k.startsWith(n))) return true;
    return false;
  };
  const proper = g.spans.filter((s) => !s.quoted && !startsWithNick(s.key) && !s.mentionRule?.startsWith('alias.known-as'));
  // (No spans, a government's group: answered before mapping, so that no empty array of another
  // shape reaches the optimised code below.)
  const source = proper.length ? proper : g.spans;
  if (source.length === 0) return g.canonical ?? [...g.forms.keys()][0] ?? '';
  // (Pushed, not mapped: see wordsOf.)
  const forms: string[] = [];
  for (const s of source) forms.push(s.plain);
  // The first of the best-scoring forms, each scored once.
  let best = forms[0]!;
  let top = nameScore(best);
  for (let i = 1; i < forms.length; i++) {
    const n = nameScore(forms[i]!);
    if (n > top) { best = forms[i]!; top = n; }
  }
  return best;
}

export type { Token };
