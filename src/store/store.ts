/**
 * The one interface every store implements (sqlite/ for a laptop, postgres/ for a team).
 * It is async throughout so that a networked store fits the same shape as the embedded one.
 * Stores keep and answer; they never parse text (that is document/ and extract/).
 */
import type { Document } from '../document/document.js';
import type {
  DatePrecision, EntityType, EventType, Extraction, MoneyKind, Predicate,
} from '../extract/extraction.js';
import type { FactStatus, Judgment, JudgmentTarget } from '../resolve/judgments.js';
import type { LocalEntity } from '../resolve/keys.js';
import type {
  AliasSource, AmountQuery, DocumentFacts, EdgeQuery, EdgeRecord, EventQuery,
} from './read-side.js';

export type * from './read-side.js';

/** A document with its extraction, and each local entity's graph entity. */
export interface IngestInput {
  document: Document;
  extraction: Extraction;
  /**
   * Local entity id (Extraction) → graph entity, decided by resolve/. At ingest this is a
   * first guess; resolve/ settles every document's entities afterwards (applyResolution).
   */
  resolution: Record<string, ResolvedEntity>;
  /** Local entity id → its blocking keys (resolve/keys.ts), so later runs find it by key. */
  blockingKeys?: Record<string, string[]>;
}

/** A document's own entity, with the graph entity it is in now. */
export interface StoredLocalEntity extends LocalEntity {
  graphId: string;
  /** Why it is in that graph entity, and how sure resolution is (null before the first run). */
  reason: string | null;
  score: number | null;
}

export interface ResolutionOutcome {
  /** Documents whose statements were written again under new graph ids. */
  documentsRewritten: number;
  /** Graph entities after the run. */
  entities: number;
}

export interface ResolvedEntity {
  /** Graph-wide id, stable across documents. */
  id: string;
  type: EntityType;
  /** Name to show for the graph entity when it is first created. */
  name: string;
  /** Why resolution put the local entity here ("name", "short-name", "judgment", …), and how sure it is. */
  reason?: string;
  score?: number;
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
  /** The fact's values outside its key as this document gave them (dates, place, detail, …). */
  stated: Record<string, unknown>;
}

/** A relation's tie between two stored entities, as the store keeps it (ids, not summaries). */
export interface RelationTie {
  subjectId: string;
  predicate: Predicate;
  objectId: string;
  qualifier: string | null;
  start: string | null;
  end: string | null;
}

/** What every fact carries besides its own fields. */
export interface FactMeta {
  citations: Citation[];
  /** Distinct documents that state it. */
  corroboration: number;
  /** A person's judgment on it, if any. */
  status: FactStatus | null;
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

export interface RelationRecord extends FactMeta {
  id: string;
  subject: EntitySummary;
  predicate: Predicate;
  object: EntitySummary;
  qualifier: string | null;
  start: string | null;
  end: string | null;
}

export interface EventRecord extends FactMeta {
  id: string;
  type: EventType;
  subject: EntitySummary;
  others: Record<string, EntitySummary>;
  date: string | null;
  precision: DatePrecision | null;
  place: EntitySummary | null;
  detail: string | null;
}

export interface AmountRecord extends FactMeta {
  id: string;
  amount: number;
  currency: string;
  kind: MoneyKind;
  party: EntitySummary | null;
  date: string | null;
  basis: string | null;
}

export type FactRecord =
  | ({ factKind: 'relation' } & RelationRecord)
  | ({ factKind: 'event' } & EventRecord)
  | ({ factKind: 'amount' } & AmountRecord);

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
  /** A relation, event or amount by its id, whatever people judged of it. */
  fact(id: string): Promise<FactRecord | null>;

  // Resolution and judgments (resolve/ decides; the store keeps and applies).
  localEntities(): Promise<StoredLocalEntity[]>;
  /** Local entities holding any of these blocking keys. */
  localsByKeys(keys: readonly string[]): Promise<StoredLocalEntity[]>;
  /** Local entities now in any of these graph entities. */
  localsByGraphIds(ids: readonly string[]): Promise<StoredLocalEntity[]>;
  /** All local entities of these documents. */
  localsByDocuments(ids: readonly string[]): Promise<StoredLocalEntity[]>;
  /** Blocking keys of these local entities ("documentId#localId" → keys). */
  keysOfLocals(refs: readonly string[]): Promise<Map<string, string[]>>;
  /** Documents stored but not yet through resolution (an ingest stopped before its last step). */
  unresolvedDocuments(): Promise<string[]>;
  /** Graph entity ids equal to one of `stems` or starting with it and a hyphen. */
  entityIdsLike(stems: readonly string[]): Promise<string[]>;
  /**
   * Moves local entities ("documentId#localId" → graph entity) and names graph entities as
   * `mapping` says, rewriting the statements of every document whose entities moved, in one
   * transaction. Local entities the mapping does not name stay where they are.
   */
  applyResolution(mapping: ReadonlyMap<string, ResolvedEntity>): Promise<ResolutionOutcome>;
  /** What extract/ said about a stored document. */
  storedExtraction(documentId: string): Promise<Extraction | null>;
  /** Replaces a stored document's extraction (after the extractor changed), in one transaction. */
  replaceExtraction(input: IngestInput): Promise<void>;
  /** The judgment log, oldest first. */
  judgments(): Promise<Judgment[]>;
  /** Appends a judgment to the log; it is never edited or removed, only undone by another. */
  addJudgment(target: JudgmentTarget, author: string, reason: string | null): Promise<Judgment>;
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
