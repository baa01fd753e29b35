/**
 * Blocking keys for cross-document resolution. Two document-local entities can only be the
 * same actor if they share a key, so candidates are found by hash lookup and resolution
 * stays near-linear in the corpus.
 *
 * - A *strong* key is a name that identifies on its own: a full name, a nickname, an
 *   acronym. Local entities sharing a strong key (within one type class) are one actor.
 * - A *part* key is a shorter form a full personal name can be cut to ("Guzmán",
 *   "Joaquín Guzmán" from "Joaquín Guzmán Loera"). A person named only by such a form is
 *   attached to the one actor it can mean, and left alone when it could mean several.
 */
import type { EntityType } from '../extract/extraction.js';
import { lookupPlace } from '../extract/gazetteer/places.js';
import { AGENCIES, AGENCY_ACRONYMS, DEMONYMS, GIVEN_NAMES } from '../extract/lexicon/index.js';
import { foldKey } from '../extract/normalize.js';

/**
 * Types that may be the same actor across documents. A company and a criminal group are
 * often typed differently by different articles; a state body and a cartel named after the
 * same state are not, so they stay apart, as do places and people.
 */
export type TypeClass = 'person' | 'group' | 'state' | 'place';

export function typeClass(type: EntityType): TypeClass {
  switch (type) {
    case 'Person': return 'person';
    case 'Organization':
    case 'Company': return 'group';
    case 'PublicBody': return 'state';
    case 'Location': return 'place';
  }
}

/** Leading articles carry no identity: "El Mochomo" is "Mochomo", "Los Zetas" is "Zetas". */
const ARTICLE = /^(?:the|el|la|los|las|lo) /;
/** Spanish and Portuguese name particles: "Guzmán de la Loera" is cut as "Guzmán Loera". */
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'e', 'da', 'do', 'dos', 'das']);

/** A name's comparison form: folded case, accents, punctuation; no leading article. */
export function resolutionKey(name: string): string {
  return foldKey(name).replace(ARTICLE, '');
}

/** A nickname quoted inside a name ('Joaquín "El Chapo" Guzmán') is not one of its words. */
const QUOTED = /["\u201c\u201d\u00ab\u00bb][^"\u201c\u201d\u00ab\u00bb]*["\u201c\u201d\u00ab\u00bb]/gu;

/** The words of a personal name that identify, without particles or a quoted nickname. */
export function nameWords(name: string): string[] {
  return resolutionKey(name.replace(QUOTED, ' ')).split(' ').filter((w) => w !== '' && !PARTICLES.has(w));
}

/**
 * Word order of a name's head: "Justice Department" is "Department of Justice", "Cartel de
 * Tierra Caliente" is "Tierra Caliente Cartel". Both forms become "<head> of <rest>".
 */
const HEADS = new Set(['department', 'ministry', 'secretariat', 'cartel', 'clan', 'gang', 'court', 'office', 'army', 'police']);
function headFirst(key: string): string {
  const words = key.split(' ');
  if (words.length < 2) return key;
  const last = words[words.length - 1]!;
  if (HEADS.has(last)) return `${last} ${words.slice(0, -1).join(' ')}`;
  if (HEADS.has(words[0]!) && PARTICLES.has(words[1]!)) return `${words[0]} ${words.slice(2).join(' ')}`;
  if (HEADS.has(words[0]!) && words[1] === 'of') return `${words[0]} ${words.slice(2).join(' ')}`;
  return key;
}

/** Key of a group, state body or place name: folded, head word first. */
function bodyKey(name: string): string {
  return headFirst(resolutionKey(name).replace(/ of the /g, ' of '));
}

export interface LocalEntity {
  documentId: string;
  localId: string;
  type: EntityType;
  /** The fullest form the document used. */
  name: string;
  aliases: string[];
  /** Mentions in its document: how much the document is about it. */
  mentions?: number;
  /** A place the text names as a town's region ("Brentwood, New York"): see extract/place-readings.ts. */
  reading?: 'region';
}

/** "documentId#localId": a local entity's identity across resolution runs and re-extraction. */
export function localRef(e: Pick<LocalEntity, 'documentId' | 'localId'>): string {
  return `${e.documentId}#${e.localId}`;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d&.-]{1,9}$/u;

/**
 * A person's alias sharing no word with the full name is a nickname ("El Mochomo",
 * "the Desert Ant"); FtM calls it a weakAlias. Partial names ("Guzmán") are not nicknames.
 */
export function isNickname(alias: string, name: string): boolean {
  const own = new Set(nameWords(name));
  const words = nameWords(alias);
  return words.length > 0 && words.every((w) => !own.has(w));
}

/**
 * Whether an alias identifies the entity on its own. A person's nickname does; a group's
 * acronym or multi-word alias does; a bare word ("Sinaloa" for the Sinaloa Cartel, "Alfredo"
 * for a man) does not: it names other actors too.
 */
function isStrongAlias(alias: string, e: LocalEntity): boolean {
  if (resolutionKey(alias) === resolutionKey(e.name)) return true;
  if (e.type === 'Person') return isNickname(alias, e.name) && resolutionKey(alias).length >= 4;
  if (ACRONYM.test(alias.trim())) return true;
  const words = nameWords(alias);
  return words.length >= 2 && !isPartOf(words, nameWords(e.name));
}

/** Whether `short` is `long` cut down: the same first word, the rest in order. */
function isPartOf(short: string[], long: string[]): boolean {
  if (short.length >= long.length || short[0] !== long[0]) return false;
  let j = 1;
  for (let i = 1; i < short.length; i++) {
    while (j < long.length && long[j] !== short[i]) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

/**
 * A person named by one bare word ("Quiñones", "Ramiro"): such a local entity is attached
 * by part keys rather than linked by its name. One word after an article ("El Halcón") is
 * a nickname, and a nickname identifies.
 */
export function isShortPersonName(e: LocalEntity): boolean {
  return e.type === 'Person' && nameWords(e.name).length === 1 && !ARTICLE.test(foldKey(e.name));
}

/** What resolution knows of the document a local entity comes from. */
export interface DocumentContext {
  /** ISO code of the country the document is mostly about, when one stands out. */
  country: string | null;
}

/** The country a place or a nationality word names. */
function countryOf(word: string): string | null {
  const demonym = DEMONYMS.get(word);
  const place = lookupPlace(demonym ?? word);
  return place && place.kind === 'country' ? place.country : null;
}

/**
 * A state body's name either says whose it is ("Honduran National Police", "National
 * Police of Colombia") or does not ("National Police", "Supreme Court"): then it is the
 * body of the country the article is about. The key is the name without the country,
 * qualified by the country, so both forms meet and other countries' bodies stay apart.
 * A name with a known acronym (the DEA's) is unique as it stands.
 */
/**
 * English-language reporting calls the United States' ministries departments ("the Justice
 * Department", "the Department of State"); other countries' are ministries or secretariats.
 */
const US_STYLE_DEPARTMENTS = 'US';

/** Agencies known by an acronym (the lexicon's): their full names are unique too. */
const NAMED_AGENCIES = new Set([...AGENCY_ACRONYMS].map((a) => foldKey(AGENCIES.get(foldKey(a)) ?? a)));

function stateKey(name: string, ctx: DocumentContext): string {
  const key = bodyKey(name);
  if (ACRONYM.test(name.trim()) || NAMED_AGENCIES.has(foldKey(name))) return key.startsWith('department ') ? `${key}@${US_STYLE_DEPARTMENTS}` : key;
  const words = key.split(' ');
  let country: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? countryOf(`${words[i]} ${words[i + 1]}`) : null;
    const one = two ?? countryOf(words[i]!);
    if (one !== null && country === null) { country = one; if (two) i++; continue; }
    rest.push(words[i]!);
  }
  while (rest.length && (rest[rest.length - 1] === 'of' || PARTICLES.has(rest[rest.length - 1]!))) rest.pop();
  // A country has one congress and one police force called national: "National Congress" is its "Congress".
  const body = rest.filter((w, i) => !(w === 'national' && rest.length > 1 && i === 0));
  if (country === null) country = body[0] === 'department' ? US_STYLE_DEPARTMENTS : ctx.country;
  return country === null || body.length === 0 ? key : `${headFirst(body.join(' '))}@${country}`;
}

function nameKeyOf(name: string, e: LocalEntity, ctx: DocumentContext): string {
  switch (typeClass(e.type)) {
    case 'person': return nameWords(name).join(' ') || resolutionKey(name);
    case 'state': return stateKey(name, ctx);
    // The state of New York and the city people call New York are two places.
    case 'place': return e.reading === 'region' ? `${bodyKey(name)}#region` : bodyKey(name);
    default: return bodyKey(name);
  }
}

/**
 * A "person" of several words none of which is a given name ("La Mosquitia", "Mona
 * Passage") is more likely a place one article mistyped: it may meet that place.
 */
function looksLikeMistypedPlace(e: LocalEntity): boolean {
  if (e.type !== 'Person') return false;
  const words = foldKey(e.name).split(' ');
  // search(), not test(): QUOTED is global, and test() would carry its lastIndex from call to call.
  return words.length >= 2 && words.every((w) => !GIVEN_NAMES.has(w)) && e.name.search(QUOTED) < 0;
}

export function strongKeys(e: LocalEntity, ctx: DocumentContext = { country: null }): string[] {
  const cls = typeClass(e.type);
  const keys = new Set<string>();
  if (!isShortPersonName(e)) keys.add(`${cls}:${nameKeyOf(e.name, e, ctx)}`);
  if (looksLikeMistypedPlace(e)) keys.add(`place:${bodyKey(e.name)}`);
  for (const alias of e.aliases) {
    if (!isStrongAlias(alias, e)) continue;
    const k = nameKeyOf(alias, e, ctx);
    if (k !== '') keys.add(`${cls}:${k}`);
  }
  return [...keys];
}

/** Initials of a group's or body's name ("Unidad de Información y Análisis Financiero" → "uiaf"). */
export function derivedAcronym(e: LocalEntity): string | null {
  if (e.type === 'Person' || e.type === 'Location') return null;
  const words = resolutionKey(e.name).split(' ').filter((w) => w !== '' && !PARTICLES.has(w) && w !== 'of' && w !== 'and');
  return words.length >= 3 ? `acronym:${words.map((w) => w[0]).join('')}` : null;
}

/** The acronym a group or body is named by, when the document gives nothing longer. */
export function acronymName(e: LocalEntity): string | null {
  if (e.type === 'Person' || e.type === 'Location' || !ACRONYM.test(e.name.trim())) return null;
  return `acronym:${resolutionKey(e.name).replace(/ /g, '')}`;
}

/** The key a short personal name is looked up under among part keys. */
export function lookupKey(e: LocalEntity): string {
  return `person:${nameWords(e.name).join(' ')}`;
}

/** Most names have two to four words; a cap keeps a pathological "name" from exploding. */
const MAX_WORDS = 6;

/**
 * The forms a full personal name can be cut to: each single word (surname or given name
 * alone); the first word with any in-order selection of the rest ("Joaquín Guzmán");
 * the name without its leading given names ("Arnulfo Bonilla Cáceres", "Beltrán Leyva");
 * and a nickname with a surname ("Mayo Zambada", "Chapo Guzmán").
 */
export function partKeys(e: LocalEntity): string[] {
  if (e.type !== 'Person') return [];
  const words = nameWords(e.name).slice(0, MAX_WORDS);
  if (words.length < 2) return [];
  const keys = new Set<string>(words.map((w) => `person:${w}`));
  const rest = words.slice(1);
  // Every non-empty proper subset of the rest, in order, after the first word.
  for (let mask = 1; mask < (1 << rest.length) - 1; mask++) {
    const picked = rest.filter((_, i) => mask & (1 << i));
    keys.add(`person:${[words[0], ...picked].join(' ')}`);
  }
  for (let from = 1; from <= words.length - 2; from++) keys.add(`person:${words.slice(from).join(' ')}`);
  for (const alias of e.aliases) {
    if (!isNickname(alias, e.name)) continue;
    const nick = nameWords(alias);
    if (nick.length !== 1) continue;
    for (const w of rest) keys.add(`person:${nick[0]} ${w}`);
  }
  return [...keys];
}

/** Whether two personal names can be one person's: one is the other cut down. */
export function compatibleNames(a: string[], b: string[]): boolean {
  if (a.length === b.length) return a.every((w, i) => w === b[i]);
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  const set = new Set(long);
  return short.every((w) => set.has(w));
}

/**
 * Every key under which a local entity could meet another: its strong keys (with and
 * without the document's country), the part keys of its name, the key it is looked up
 * under as a short name, and initials. Resolution after a batch only revisits the local
 * entities that share one of these with the batch, directly or through the actors they join.
 */
export function blockingKeys(e: LocalEntity, ctx: DocumentContext): string[] {
  const keys = new Set([...strongKeys(e, ctx), ...strongKeys(e, { country: null }), ...partKeys(e)]);
  if (e.type === 'Person') keys.add(lookupKey(e));
  for (const k of [derivedAcronym(e), acronymName(e)]) if (k !== null) keys.add(k);
  return [...keys];
}
