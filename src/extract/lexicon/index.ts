/** The word lists of lexicon/*.json, loaded once into the shapes the rules look things up in. */
import roles from './roles.json' with { type: 'json' };
import titles from './titles.json' with { type: 'json' };
import kinship from './kinship.json' with { type: 'json' };
import heads from './heads.json' with { type: 'json' };
import demonyms from './demonyms.json' with { type: 'json' };
import places from './places.json' with { type: 'json' };
import agencies from './agencies.json' with { type: 'json' };
import givenNames from './given-names.json' with { type: 'json' };
import events from './events.json' with { type: 'json' };
import money from './money.json' with { type: 'json' };
import shapes from './name-shapes.json' with { type: 'json' };
import translations from './translations.json' with { type: 'json' };
import type { EntityType, EventType, MoneyKind, Predicate } from '../extraction.js';
import { foldKey } from '../normalize.js';

export type RolePredicate = Extract<Predicate, 'leader_of' | 'member_of' | 'works_for' | 'lawyer_of'>;

/** role phrase (lower case) → predicates it can imply, most specific first. */
export const ROLE_PREDICATES = new Map<string, RolePredicate[]>();
for (const pred of ['lawyer_of', 'leader_of', 'member_of', 'works_for'] as const) {
  for (const r of roles[pred]) {
    const k = r.toLowerCase();
    const list = ROLE_PREDICATES.get(k) ?? [];
    list.push(pred);
    ROLE_PREDICATES.set(k, list);
  }
}
/** Longest role phrase, in words, so matching can try long phrases first. */
export const MAX_ROLE_WORDS = Math.max(...[...ROLE_PREDICATES.keys()].map((k) => k.split(' ').length));

/** title (lower case) → role, or null for courtesy titles. */
export const TITLES = new Map<string, string | null>(Object.entries(titles.titles));
export const MAX_TITLE_WORDS = Math.max(...[...TITLES.keys()].map((k) => k.split(' ').length));

export const KIN = new Map<string, string>(Object.entries(kinship.kin));
export const KIN_INVERSE = new Map<string, string>(Object.entries(kinship.inverse));

/** head word (lower case) → entity type. Later types in the file do not override earlier ones. */
export const HEAD_TYPES = new Map<string, Exclude<EntityType, 'Person'>>();
for (const t of ['Company', 'PublicBody', 'Organization', 'Location'] as const) {
  for (const w of heads[t]) if (!HEAD_TYPES.has(w)) HEAD_TYPES.set(w, t);
}

export const DEMONYMS = new Map<string, string>(Object.entries(demonyms.demonyms));

/** folded place name → canonical place name. */
export const PLACES = new Map<string, string>();
for (const list of [places.countries, places.regions, places.states, places.cities]) {
  for (const p of list) PLACES.set(foldKey(p), p);
}
for (const [alias, canon] of Object.entries(places.aliases)) PLACES.set(foldKey(alias), canon);
export const COUNTRIES = new Set(places.countries.map(foldKey));
/** Cities, whose name may also be their state's ("São Paulo"): "São Paulo state" is then another place. */
export const CITIES = new Set(places.cities.map(foldKey));

/** folded acronym or name → canonical agency name. */
export const AGENCIES = new Map<string, string>();
for (const [acr, name] of Object.entries(agencies.agencies)) {
  AGENCIES.set(foldKey(acr), name);
  // The full name is a key too: "Homeland Security Investigations" is as known as "HSI".
  if (!AGENCIES.has(foldKey(name))) AGENCIES.set(foldKey(name), name);
}
for (const name of agencies.names) AGENCIES.set(foldKey(name), name);
/** Acronyms in their written case, so "ice" the word is not read as ICE the agency. */
export const AGENCY_ACRONYMS = new Set(Object.keys(agencies.agencies));

export const GIVEN_NAMES = new Set(givenNames.names.map(foldKey));

export interface EventTriggers { passive: string[]; active: string[]; nouns: string[] }
export const EVENT_TRIGGERS = Object.fromEntries(Object.entries(events).filter(([k]) => !k.startsWith('_'))) as unknown as Record<EventType, EventTriggers>;

export const MONEY_KINDS_BY_WORD = money.kinds as [MoneyKind, string[]][];
export const MULTIPLIERS = new Map<string, number>(Object.entries(money.multipliers));
export const CURRENCIES = new Map<string, string>(Object.entries(money.currencies));

export const PLACE_FIRST_WORDS = new Set(shapes.placeFirstWords.map(foldKey));
export const COMPANY_FIRST_WORDS = new Set(shapes.companyFirstWords.map(foldKey));
export const COMPANY_SUFFIXES = new Set(shapes.companySuffixes.map(foldKey));
export const KNOWN_COMPANIES = new Set(shapes.companies.map(foldKey));
export const KNOWN_ORGANIZATIONS = new Set(shapes.organizations.map(foldKey));

/** Spanish and Portuguese words of group and state-body names (accents folded) → their English word, for matching a name with its translation. */
export const TRANSLATIONS = new Map<string, string>(Object.entries(translations.translations));
