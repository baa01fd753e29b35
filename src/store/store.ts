/**
 * The one interface every store implements (sqlite/ for a laptop, postgres/ for a team).
 * It is async throughout so that a networked store fits the same shape as the embedded one.
 * Stores keep and answer; they never parse text (that is document/ and extract/).
 */
import type { Document } from '../document/document.js';
import type {
  DatePrecision, EntityType, EventType, Extraction, MoneyKind, Predicate,
} from '../extract/extraction.js';
import type {
  AliasSource, AmountQuery, DocumentFacts, EdgeQuery, EdgeRecord, EventQuery,
} from './read-side.js';

export type * from './read-side.js';

/** A document with its extraction, and each local entity's graph entity. */
export interface IngestInput {
  document: Document;
  extraction: Extraction;
  /** Local entity id (Extraction) → graph entity, decided by resolve/. */
  resolution: Record<string, ResolvedEntity>;
}

export interface ResolvedEntity {
  /** Graph-wide id, stable across documents. */
  id: string;
  type: EntityType;
  /** Name to show for the graph entity when it is first created. */
  name: string;
}

/** `added`: stored now; `unchanged`: a document with the same content hash was there. */
export type IngestStatus = 'added' | 'unchanged';

export interface DocumentSummary {
  id: string;
  uri: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

export interface StoredDocument extends DocumentSummary {
  url: string | null;
  publishedSource: Document['publishedSource'];
  language: string;
  format: Document['format'];
  text: string;
  sentences: { start: number; end: number }[];
  ingestedAt: string;
}

/** A sentence that states a fact: where to open the document to see it. */
export interface Citation {
  documentId: string;
  documentTitle: string | null;
  start: number;
  end: number;
  /** The sentence's text. */
  sentence: string;
  rule: string;
}

export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  /** Documents that mention it. */
  documents: number;
}

export interface AliasRecord {
  name: string;
  /** Times it appears as a mention, across documents. */
  count: number;
  documents: number;
}

export interface RelationRecord {
  id: string;
  subject: EntitySummary;
  predicate: Predicate;
  object: EntitySummary;
  qualifier: string | null;
  start: string | null;
  end: string | null;
  citations: Citation[];
}

export interface EventRecord {
  id: string;
  type: EventType;
  subject: EntitySummary;
  others: Record<string, EntitySummary>;
  date: string | null;
  precision: DatePrecision | null;
  place: EntitySummary | null;
  detail: string | null;
  citations: Citation[];
}

export interface AmountRecord {
  id: string;
  amount: number;
  currency: string;
  kind: MoneyKind;
  party: EntitySummary | null;
  date: string | null;
  basis: string | null;
  citations: Citation[];
}

export interface EntityProfile extends EntitySummary {
  aliases: AliasRecord[];
  relations: RelationRecord[];
  events: EventRecord[];
  amounts: AmountRecord[];
}

export interface SearchHit<T> {
  item: T;
  /** A short passage around the match, plain text. */
  snippet: string;
}

export interface SearchResults {
  entities: SearchHit<EntitySummary>[];
  documents: SearchHit<DocumentSummary>[];
}

export interface StoreStats {
  documents: number;
  entities: number;
  relations: number;
  events: number;
  amounts: number;
}

export interface Store {
  /** Stores a document and everything extracted from it in one transaction, or nothing. */
  ingest(input: IngestInput): Promise<IngestStatus>;
  hasDocument(id: string): Promise<boolean>;
  getDocument(id: string): Promise<StoredDocument | null>;
  listDocuments(): Promise<DocumentSummary[]>;
  /** Free-text search over document text and entity names; a malformed query matches as plain words. */
  search(query: string, limit?: number): Promise<SearchResults>;
  /** Entities whose id, name or alias matches `nameOrId` (exact id first, then names). */
  findEntities(nameOrId: string): Promise<EntitySummary[]>;
  entityProfile(id: string): Promise<EntityProfile | null>;
  stats(): Promise<StoreStats>;
  /** Everything, for export. */
  allEntities(): Promise<(EntitySummary & { aliases: AliasRecord[] })[]>;
  allRelations(): Promise<RelationRecord[]>;
  allEvents(): Promise<EventRecord[]>;
  allAmounts(): Promise<AmountRecord[]>;
  close(): Promise<void>;

  // Read-side queries for graph/
  /** Summaries of these entities (unknown ids are left out), most documented first. */
  entitySummaries(ids: readonly string[]): Promise<EntitySummary[]>;
  /** Relations as edges, touching the given entities or all. */
  relationEdges(query: EdgeQuery): Promise<EdgeRecord[]>;
  /** Each given entity's number of distinct neighbours in the whole graph (absent when 0). */
  entityDegrees(ids: readonly string[]): Promise<Record<string, number>>;
  /** Relations by id, with citations; unknown ids are left out. */
  relationsByIds(ids: readonly string[]): Promise<RelationRecord[]>;
  /** Every name of an entity with the documents that used it; empty for an unknown entity. */
  aliasSources(entityId: string): Promise<AliasSource[]>;
  /** Events in date order (undated last), filtered. */
  queryEvents(query: EventQuery): Promise<EventRecord[]>;
  /** Amounts in date order (undated last), filtered. */
  queryAmounts(query: AmountQuery): Promise<AmountRecord[]>;
  /** The mentions and facts of one document; null when there is no such document. */
  documentFacts(documentId: string): Promise<DocumentFacts | null>;
}
