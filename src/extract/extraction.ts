/**
 * The output of extract/: everything one document states, each fact with the span that
 * states it and the rule that found it. Ids of entities here are local to the document.
 */

export const ENTITY_TYPES = ['Person', 'Organization', 'PublicBody', 'Company', 'Location'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const PREDICATES = ['leader_of', 'member_of', 'works_for', 'family', 'associate', 'ally', 'rival',
  'part_of', 'lawyer_of', 'witness_against', 'colludes_with', 'supplier_of', 'operates_in'] as const;
export type Predicate = (typeof PREDICATES)[number];
/** Predicates whose direction carries no meaning. */
export const SYMMETRIC_PREDICATES: ReadonlySet<Predicate> = new Set(['family', 'associate', 'ally', 'rival']);

export const EVENT_TYPES = ['arrest', 'extradition', 'indictment', 'plea', 'conviction', 'sentencing',
  'forfeiture', 'trial', 'killing', 'attack', 'escape', 'seizure', 'settlement'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const MONEY_KINDS = ['forfeiture_ordered', 'forfeiture_sought', 'proceeds_estimate', 'settlement',
  'laundered', 'seized', 'funding_withheld', 'other'] as const;
export type MoneyKind = (typeof MONEY_KINDS)[number];

/** How much of a date the text gave. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A half-open character range [start, end) in Document.text. */
export interface Span {
  start: number;
  end: number;
}

/** Why a fact is believed: the span that states it and the rule that read it. */
export interface Evidence extends Span {
  /** Index into Extraction.sentences of the sentence holding `start`. */
  sentence: number;
  /** Id of the rule that produced the fact, e.g. `relation.appositive-role`. */
  rule: string;
  /** 0..1; rules that read looser patterns say so. */
  confidence: number;
}

export interface Mention extends Span {
  /** Local id of the entity it refers to. */
  entity: string;
  text: string;
  rule: string;
}

export interface ExtractedEntity {
  /** Local id, a slug of the name, unique within the document. */
  id: string;
  type: EntityType;
  /** The fullest form the document uses. */
  name: string;
  /** Every other surface form the document uses for it. */
  aliases: string[];
  /** Rule that settled its type. */
  typeRule: string;
  /**
   * `region`: the text uses the place as the state or province of a town named just before
   * it ("Brentwood, New York"), so it is the region, not a city of the same name.
   */
  reading?: 'region';
}

export interface ExtractedRelation {
  subject: string;
  predicate: Predicate;
  object: string;
  /** For `family`: what the subject is to the object (sibling, child, …). */
  qualifier: string | null;
  start: string | null;
  end: string | null;
  evidence: Evidence;
}

export interface ExtractedEvent {
  type: EventType;
  subject: string;
  /** Further roles: judge, court, perpetrator, ordered_by, … → local entity id. */
  others: Record<string, string>;
  /** ISO date at `precision`: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string | null;
  precision: DatePrecision | null;
  place: string | null;
  detail: string | null;
  evidence: Evidence;
}

export interface ExtractedAmount {
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  kind: MoneyKind;
  party: string | null;
  date: string | null;
  basis: string | null;
  evidence: Evidence;
}

export interface Extraction {
  documentId: string;
  /** Sentence boundaries in Document.text, in order. */
  sentences: Span[];
  entities: ExtractedEntity[];
  mentions: Mention[];
  relations: ExtractedRelation[];
  events: ExtractedEvent[];
  money: ExtractedAmount[];
}
