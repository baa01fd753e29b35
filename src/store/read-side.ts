/**
 * The shapes of the Store's read-side queries for graph/ (see the end of the Store
 * interface): neighbourhoods, paths, timeline, ledger, a document's facts, answered without
 * loading the whole graph. Kept apart from store.ts so the write side can grow on its own.
 */
import type { EventType, MoneyKind, Predicate } from '../extract/extraction.js';
import type { AmountRecord, EntitySummary, EventRecord, RelationRecord, RelationTie } from './store.js';

/** A relation as an edge of the network: no citations, but how many documents state it. */
export interface EdgeRecord extends RelationTie {
  id: string;
  /** Distinct documents that state it: its corroboration. */
  documents: number;
  /** Earliest and latest publication dates of those documents (null when undated). */
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface EdgeQuery {
  /** Relations with any of these entities on either side; all relations when absent. */
  entityIds?: readonly string[];
  /** Only these predicates; all when absent or empty. */
  predicates?: readonly Predicate[];
  /** At most this many edges (the most corroborated first). */
  limit?: number;
}

/** Where one name of an entity came from: a document, how often it used it, and where first. */
export interface AliasSource {
  name: string;
  documentId: string;
  documentTitle: string | null;
  published: string | null;
  /** Mentions using this name in that document (0 when the name came only as an alias). */
  mentions: number;
  /** The first mention with this name, to open the document there; null when none. */
  firstMention: { start: number; end: number } | null;
}

export interface EventQuery {
  /** Events with this entity as subject, place or another role; all events when absent. */
  entityId?: string;
  types?: readonly EventType[];
  /** Dates as YYYY, YYYY-MM or YYYY-MM-DD; an event counts when its date's extent overlaps. */
  from?: string;
  to?: string;
  limit?: number;
}

export interface AmountQuery {
  partyId?: string;
  kinds?: readonly MoneyKind[];
  currency?: string;
  limit?: number;
}

export interface DocumentMention {
  start: number;
  end: number;
  text: string;
  entity: EntitySummary;
}

/** What one document states: its mentions in text order, and the facts it gives evidence for. */
export interface DocumentFacts {
  mentions: DocumentMention[];
  relations: RelationRecord[];
  events: EventRecord[];
  amounts: AmountRecord[];
}
