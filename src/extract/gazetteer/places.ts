/**
 * The GeoNames-derived place gazetteer: countries, the first-level divisions of the Americas'
 * countries, and towns (Latin America and the Caribbean from 15,000 people and municipal seats
 * from 2,000; the USA and Canada from 50,000 and US border towns from 10,000; elsewhere cities of
 * 500,000 and capitals). Built once, at module load, from places.data.json, which
 * bench/gazetteer.ts generates from packaged GeoNames data (`npm run gazetteer`).
 *
 * Lookups go by foldKey, so "Culiacan", "CULIACÁN" and "Culiacán" are one name. A name can name
 * several places ("Córdoba", "Victoria"): lookupPlace gives the one to prefer (countries first,
 * then capitals and cities of a million, then divisions, then towns by population), lookupPlaces
 * gives them all in that order. `ambiguous` says the name is also a person's name or a common
 * word, so a bare mention needs context (a preposition, a "City of", a comma and a state) before
 * it is read as a place.
 */
import data from './places.data.json' with { type: 'json' };
import { foldKey } from '../normalize.js';

export type PlaceKind = 'country' | 'region' | 'city';

/** Why a place name is ambiguous: a person-shaped name ("Benito Juárez", "General Escobedo"),
 * a given name ("Victoria", "Santiago"), a surname ("Guerrero", "León"), or a common word ("Mobile"). */
export type Ambiguity = 'person-name' | 'given-name' | 'surname' | 'word';

export interface Place {
  canonical: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Cities only, from GeoNames. */
  population?: number;
  /** A city's first-level division, where the gazetteer holds its country's divisions ("Sinaloa" for Culiacán). */
  region?: string;
  /** The name looked up is also a person's name or a common word. */
  ambiguous: boolean;
  reason?: Ambiguity;
}

type Base = Omit<Place, 'ambiguous' | 'reason'>;

const KINDS: Record<string, PlaceKind> = { c: 'country', r: 'region', t: 'city' };
const REASONS: Record<string, Ambiguity> = { p: 'person-name', g: 'given-name', s: 'surname', w: 'word' };

const places: Base[] = [];
/** folded key → index of its place, or indices of its places in order of preference. */
const index = new Map<string, number | number[]>();
const ambiguity = new Map<string, Ambiguity>();
let maxWords = 1;

for (const line of data.places) {
  const [kind, canonical, country, population, region, keys] = line.split('\t') as [string, string, string, string, string, string];
  const p: Base = { canonical, kind: KINDS[kind]!, country };
  if (population) p.population = Number(population);
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
for (const line of data.ambiguous) {
  const tab = line.indexOf('\t');
  ambiguity.set(line.slice(0, tab), REASONS[line.slice(tab + 1)]!);
}

/** The most words in any name the gazetteer holds, so phrase matching knows how far to look. */
export const MAX_PLACE_WORDS = maxWords;

function withFlag(p: Base, key: string): Place {
  const reason = ambiguity.get(key);
  return reason ? { ...p, ambiguous: true, reason } : { ...p, ambiguous: false };
}

/** The place a name most likely means, or null when the gazetteer does not know the name. */
export function lookupPlace(name: string): Place | null {
  const key = foldKey(name);
  const hit = index.get(key);
  if (hit === undefined) return null;
  return withFlag(places[typeof hit === 'number' ? hit : hit[0]!]!, key);
}

/** Every place a name can mean, the one to prefer first; empty when the name is unknown. */
export function lookupPlaces(name: string): Place[] {
  const key = foldKey(name);
  const hit = index.get(key);
  if (hit === undefined) return [];
  return (typeof hit === 'number' ? [hit] : hit).map((i) => withFlag(places[i]!, key));
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
  return { places: places.length, keys: index.size, ambiguousKeys: ambiguity.size, countries: by.country, regions: by.region, cities: by.city };
}
