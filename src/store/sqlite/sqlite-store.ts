/**
 * The embedded store: one SQLite file, written by one process at a time, read by many.
 * better-sqlite3 is synchronous; the methods are async only to share the Store interface
 * with networked stores.
 */
import type Database from 'better-sqlite3';
import { planIngest, type IngestPlan } from '../ingest-plan.js';
import type {
  AliasSource, AmountQuery, DocumentFacts, EdgeQuery, EdgeRecord, EventQuery,
} from '../read-side.js';
import type {
  AliasRecord, AmountRecord, DocumentSummary, EntityProfile, EntitySummary, EventRecord, IngestInput,
  IngestStatus, RelationRecord, SearchResults, Store, StoreStats, StoredDocument,
} from '../store.js';
import { openDatabase } from './connection.js';
import { DocumentReader } from './documents.js';
import { EntityReader } from './entities.js';
import { FactReader } from './facts.js';
import { GraphQueries } from './graph-queries.js';
import { Searcher } from './search.js';
import { PlanWriter } from './write.js';

const DEFAULT_SEARCH_LIMIT = 20;

export class SqliteStore implements Store {
  private readonly documents: DocumentReader;
  private readonly entities: EntityReader;
  private readonly facts: FactReader;
  private readonly searcher: Searcher;
  private readonly countAll: Database.Statement;
  private readonly ingestDocument: Database.Transaction<(plan: IngestPlan) => IngestStatus>;

  /** Takes ownership of an open, migrated database (see openDatabase). */
  constructor(private readonly db: Database.Database) {
    this.documents = new DocumentReader(db);
    this.entities = new EntityReader(db);
    this.facts = new FactReader(db, this.entities);
    this.searcher = new Searcher(db, this.entities);
    this.countAll = db.prepare(`SELECT
      (SELECT COUNT(*) FROM documents) AS documents,
      (SELECT COUNT(*) FROM entities) AS entities,
      (SELECT COUNT(*) FROM relations) AS relations,
      (SELECT COUNT(*) FROM events) AS events,
      (SELECT COUNT(*) FROM amounts) AS amounts`);

    const writer = new PlanWriter(db);
    // One transaction per document: any throw inside rolls back every row written so far.
    this.ingestDocument = db.transaction((plan: IngestPlan): IngestStatus => {
      // Checked again under the write lock: another process may have stored it meanwhile.
      if (this.documents.has(plan.document.id)) return 'unchanged';
      writer.write(plan, new Date().toISOString());
      return 'added';
    });
  }

  async ingest(input: IngestInput): Promise<IngestStatus> {
    // A re-run over a corpus meets mostly known documents: answer those before planning.
    if (this.documents.has(input.document.id)) return 'unchanged';
    const plan = planIngest(input);
    // IMMEDIATE takes the write lock at BEGIN, so the existence check and the writes
    // cannot interleave with another writer's.
    return this.ingestDocument.immediate(plan);
  }

  async hasDocument(id: string): Promise<boolean> {
    return this.documents.has(id);
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    return this.documents.get(id);
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return this.documents.list();
  }

  async search(query: string, limit = DEFAULT_SEARCH_LIMIT): Promise<SearchResults> {
    return this.searcher.search(query, limit);
  }

  async findEntities(nameOrId: string): Promise<EntitySummary[]> {
    return this.entities.find(nameOrId);
  }

  async entityProfile(id: string): Promise<EntityProfile | null> {
    // One read transaction, so the profile is a consistent snapshot even while a writer commits.
    return this.db.transaction((): EntityProfile | null => {
      const summary = this.entities.summary(id);
      if (summary === null) return null;
      return {
        ...summary,
        aliases: this.entities.aliases([id]).get(id) ?? [],
        relations: this.facts.relations(id),
        events: this.facts.events(id),
        amounts: this.facts.amounts(id),
      };
    })();
  }

  async stats(): Promise<StoreStats> {
    return this.countAll.get() as StoreStats;
  }

  async allEntities(): Promise<(EntitySummary & { aliases: AliasRecord[] })[]> {
    return this.db.transaction(() => {
      const aliases = this.entities.aliases();
      return [...this.entities.summaries().values()].map((e) => ({ ...e, aliases: aliases.get(e.id) ?? [] }));
    })();
  }

  async allRelations(): Promise<RelationRecord[]> {
    return this.db.transaction(() => this.facts.relations())();
  }

  async allEvents(): Promise<EventRecord[]> {
    return this.db.transaction(() => this.facts.events())();
  }

  async allAmounts(): Promise<AmountRecord[]> {
    return this.db.transaction(() => this.facts.amounts())();
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // Lets SQLite refresh the statistics its planner uses, cheaply, as its docs advise on close.
    this.db.pragma('optimize');
    this.db.close();
  }

  // Read-side queries for graph/. Each runs in one read transaction: a consistent snapshot
  // even while a writer commits between its statements.
  private graphQueriesCache: GraphQueries | undefined;

  private get graph(): GraphQueries {
    return (this.graphQueriesCache ??= new GraphQueries(this.db, this.entities));
  }

  private snapshot<T>(read: () => T): T {
    return this.db.transaction(read)();
  }

  async entitySummaries(ids: readonly string[]): Promise<EntitySummary[]> {
    return this.graph.entitySummaries(ids);
  }

  async relationEdges(query: EdgeQuery): Promise<EdgeRecord[]> {
    return this.graph.relationEdges(query);
  }

  async entityDegrees(ids: readonly string[]): Promise<Record<string, number>> {
    return this.graph.entityDegrees(ids);
  }

  async relationsByIds(ids: readonly string[]): Promise<RelationRecord[]> {
    return this.snapshot(() => this.graph.relationsByIds(ids));
  }

  async aliasSources(entityId: string): Promise<AliasSource[]> {
    return this.graph.aliasSources(entityId);
  }

  async queryEvents(query: EventQuery): Promise<EventRecord[]> {
    return this.snapshot(() => this.graph.queryEvents(query));
  }

  async queryAmounts(query: AmountQuery): Promise<AmountRecord[]> {
    return this.snapshot(() => this.graph.queryAmounts(query));
  }

  async documentFacts(documentId: string): Promise<DocumentFacts | null> {
    return this.snapshot(() => this.graph.documentFacts(documentId));
  }
}

/** Opens (creating and migrating if needed) the store in the SQLite file at `path`. */
export async function openSqliteStore(path: string): Promise<SqliteStore> {
  return new SqliteStore(openDatabase(path));
}
