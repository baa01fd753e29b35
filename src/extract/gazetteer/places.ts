/**
 * The GeoNames-derived place gazetteer: countries, the first-level divisions of the Americas'
 * countries, and towns (Latin America and the Caribbean from 15,000 people, and municipal seats
 * from 2,000; the USA and Canada from 50,000, and US border towns from 10,000; elsewhere cities of
 * 500,000 and capitals). Built once, at module load, from places.data.json, which
 * bench/gazetteer.ts generates from packaged GeoNames data (`npm run gazetteer`).
 *
 * Lookups go by foldKey, so "Culiacan", "CULIACÁN" and "Culiacán" are one name. A name can name
 * several places ("Córdoba", "Victoria"): lookupPlace gives the one to prefer (countries, then
 * capitals, then cities of a million, then divisions, then towns by population), lookupPlaces
 * gives them all in that order.
 *
 * `ambiguous` says the name looked up is also a person's name or a common word, so a bare mention
 * needs context (a preposition, "the city of", a comma and a state) before it is read as a place.
 * It is decided here, from curation.json's lists and the lexicon's given names, so editing those
 * lists needs no regeneration of the data file.
 */
import data from './places.data.json' with { type: 'json' };
import curation from './curation.json' with { type: 'json' };
import givenNames from '../lexicon/given-names.json' with { type: 'json' };
import { foldKey } from '../normalize.js';

export type PlaceKind = 'country' | 'region' | 'city';

/** Why a place name is ambiguous: the shape of a person's name ("Benito Juárez", "General
 * Escobedo"), a given name ("Victoria", "Santiago"), a surname ("Guerrero", "León"), or a common
 * word ("Mobile", "Progreso"). */
export type Ambiguity = 'person-name' | 'given-name' | 'surname' | 'word';

export interface Place {
  canonical: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Cities only, from GeoNames. */
  population?: number;
  /** A national capital. */
  capital?: boolean;
  /** A city's first-level division, where the gazetteer holds its country's divisions ("Sinaloa" for Culiacán). */
  region?: string;
  /** The name looked up is also a person's name or a common word. */
  ambiguous: boolean;
  reason?: Ambiguity;
}

type Base = Omit<Place, 'ambiguous' | 'reason'>;

const KINDS: Record<string, PlaceKind> = { c: 'country', r: 'region', t: 'city', k: 'city' };

const places: Base[] = [];
/** folded key → index of its place, or indices of its places in order of preference. */
const index = new Map<string, number | number[]>();
let maxWords = 1;

for (const line of data.places) {
  const [kind, canonical, country, population, region, keys] = line.split('\t') as [string, string, string, string, string, string];
  const p: Base = { canonical, kind: KINDS[kind]!, country };
  if (population) p.population = Number(population);
  if (kind === 'k') p.capital = true;
  if (region) p.region = region;
  const i = places.push(Object.freeze(p)) - 1;
  for (const k of keys.split('|')) {
    const had = index.get(k);
    if (had === undefined) index.set(k, i);
    else if (typeof had === 'number') index.set(k, [had, i]);
    else had.push(i);
    const words = 1 + (k.match(/ /g)?.length ?? 0);
    if (words > maxWords) maxWords = words;
  }
}

/** The most words in any name the gazetteer holds, so phrase matching knows how far to look. */
export const MAX_PLACE_WORDS = maxWords;

const folded = (xs: readonly string[]) => new Set(xs.map(foldKey));
const GIVEN = folded([...givenNames.names, ...curation.givenNames]);
const SURNAMES = folded(curation.surnames);
const WORDS = folded(curation.words);
const ENGLISH = new Set(data.englishWords);
const NOT_WORDS = folded(curation.notWords);
const NOT_AMBIGUOUS = folded(curation.notAmbiguous);
const TITLES = folded(curation.titles);
const DEVOTIONAL = folded(curation.devotional);
const PLACE_WORDS = folded(curation.placeWords);
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'do', 'da', 'dos', 'das', 'of', 'the', 'and']);

const reasons = new Map<string, Ambiguity | null>();

/** Why a key is also something other than a place, or null. `top` is the place it names first. */
function ambiguityOf(key: string, top: Base): Ambiguity | null {
  const known = reasons.get(key);
  if (known !== undefined) return known;
  let why: Ambiguity | null = null;
  if (!NOT_AMBIGUOUS.has(key)) {
    const w = key.split(' ');
    if (w.length > 1) {
      // "Benito Juárez", "Emiliano Zapata", "General Escobedo": a town named for a person reads as the person.
      // "Santiago de Cali", "Carson City" and a country's name do not.
      const second = w[1]!;
      if (top.kind !== 'country' && !PARTICLES.has(second) && !PLACE_WORDS.has(second)) {
        if (TITLES.has(w[0]!)) why = 'person-name';
        else if (GIVEN.has(w[0]!) && !DEVOTIONAL.has(w[0]!) && !GIVEN.has(key)) why = 'person-name';
      }
    } else if (GIVEN.has(key)) why = 'given-name';
    else if (SURNAMES.has(key)) why = 'surname';
    else if (WORDS.has(key) || (ENGLISH.has(key) && !NOT_WORDS.has(key))) why = 'word';
  }
  reasons.set(key, why);
  return why;
}

function withFlag(p: Base, key: string, top: Base): Place {
  const reason = ambiguityOf(key, top);
  return reason ? { ...p, ambiguous: true, reason } : { ...p, ambiguous: false };
}

/** The place a name most likely means, or null when the gazetteer does not know the name. */
export function lookupPlace(name: string): Place | null {
  const p = preferredPlace(name);
  return p ? { ...p } : null;
}

/** preferredPlace's answers by folded key: the same names are asked about again and again. */
const preferred = new Map<string, Readonly<Place>>();

/**
 * lookupPlace's answer shared and frozen, not copied, for callers that only read it and ask
 * often (entity building asks of every name).
 */
export function preferredPlace(name: string): Readonly<Place> | null {
  return preferredPlaceByKey(foldKey(name));
}

/** preferredPlace for a name already folded (foldKey's output): a name's key is at hand in entity building. */
export function preferredPlaceByKey(key: string): Readonly<Place> | null {
  const known = preferred.get(key);
  if (known !== undefined) return known;
  const hit = index.get(key);
  if (hit === undefined) return null;
  const top = places[typeof hit === 'number' ? hit : hit[0]!]!;
  const place = Object.freeze(withFlag(top, key, top));
  preferred.set(key, place);
  return place;
}

/** Every place a name can mean, the one to prefer first; empty when the name is unknown. */
export function lookupPlaces(name: string): Place[] {
  const key = foldKey(name);
  const hit = index.get(key);
  if (hit === undefined) return [];
  const list = typeof hit === 'number' ? [hit] : hit;
  const top = places[list[0]!]!;
  return list.map((i) => withFlag(places[i]!, key, top));
}

/** Whether a folded key (foldKey's output) names a place: the cheap test for a matching loop. */
export function isPlaceKey(key: string): boolean {
  return index.has(key);
}

/** Every folded key the gazetteer holds, for callers that merge it into their own lookups. */
export function placeKeys(): IterableIterator<string> {
  return index.keys();
}

/** Counts, for reports and benchmarks. */
export function gazetteerStats(): { places: number; keys: number; ambiguousKeys: number; countries: number; regions: number; cities: number } {
  const by = { country: 0, region: 0, city: 0 };
  for (const p of places) by[p.kind]++;
  let ambiguousKeys = 0;
  for (const [k, hit] of index) if (ambiguityOf(k, places[typeof hit === 'number' ? hit : hit[0]!]!)) ambiguousKeys++;
  return { places: places.length, keys: index.size, ambiguousKeys, countries: by.country, regions: by.region, cities: by.city };
}
