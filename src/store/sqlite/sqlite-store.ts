/**
 * The embedded store: one SQLite file, written by one process at a time, read by many.
 * better-sqlite3 is synchronous; the methods are async only to share the Store interface
 * with networked stores.
 */
import type Database from 'better-sqlite3';
import type { Extraction } from '../../extract/extraction.js';
import type { Judgment, JudgmentTarget } from '../../resolve/judgments.js';
import { planIngest, type IngestPlan } from '../ingest-plan.js';
import { nameKey } from '../name-key.js';
import type {
  AliasSource, AmountQuery, DocumentFacts, EdgeQuery, EdgeRecord, EventQuery,
} from '../read-side.js';
import type {
  AliasRecord, AmountRecord, DocumentSummary, EntityProfile, EntitySummary, EventRecord, FactRecord, IngestInput,
  IngestStatus, RelationRecord, ResolutionOutcome, ResolvedEntity, SearchResults, Store, StoreStats, StoredDocument,
  StoredLocalEntity,
} from '../store.js';
import { openDatabase } from './connection.js';
import { DocumentReader } from './documents.js';
import { EntityReader } from './entities.js';
import { FactReader, kept, type FactStatuses } from './facts.js';
import { JudgmentLog } from './judgment-log.js';
import { type LocalRow, LocalEntityReader } from './locals.js';
import { DocumentRewriter, FactSettler } from './rewrite.js';
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
  private readonly rewriter: DocumentRewriter;
  private readonly setReason: Database.Statement;
  private readonly locals: LocalEntityReader;
  private readonly judgmentLog: JudgmentLog;

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
    const settler = new FactSettler(db);
    this.rewriter = new DocumentRewriter(db, writer, settler, this.documents);
    // One transaction per document: any throw inside rolls back every row written so far.
    this.ingestDocument = db.transaction((plan: IngestPlan): IngestStatus => {
      // Checked again under the write lock: another process may have stored it meanwhile.
      if (this.documents.has(plan.document.id)) return 'unchanged';
      settler.settle(writer.write(plan, new Date().toISOString()));
      return 'added';
    });
    this.locals = new LocalEntityReader(db);
    this.judgmentLog = new JudgmentLog(db);
    this.setReason = db.prepare(`UPDATE local_entities SET reason = ?, score = ?
      WHERE document_id = ? AND local_id = ? AND (reason IS NOT ? OR score IS NOT ?)`);
  }

  /** Rejected facts are left out of profiles and exports; confirmed ones say so. */
  private statuses(): FactStatuses {
    return this.judgmentLog.statuses();
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
      const statuses = this.statuses();
      const summary = this.entities.summary(id);
      if (summary === null) return null;
      return {
        ...summary,
        aliases: this.entities.aliases([id]).get(id) ?? [],
        relations: kept(this.facts.relations(id, statuses)),
        events: kept(this.facts.events(id, statuses)),
        amounts: kept(this.facts.amounts(id, statuses)),
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
    return this.db.transaction(() => kept(this.facts.relations(undefined, this.statuses())))();
  }

  async allEvents(): Promise<EventRecord[]> {
    return this.db.transaction(() => kept(this.facts.events(undefined, this.statuses())))();
  }

  async allAmounts(): Promise<AmountRecord[]> {
    return this.db.transaction(() => kept(this.facts.amounts(undefined, this.statuses())))();
  }

  async fact(id: string): Promise<FactRecord | null> {
    return this.db.transaction(() => this.facts.fact(id, this.statuses()))();
  }

  async localEntities(): Promise<StoredLocalEntity[]> {
    return this.locals.everything();
  }

  async localsByKeys(keys: readonly string[]): Promise<StoredLocalEntity[]> {
    return this.locals.byKeys(keys);
  }

  async localsByGraphIds(ids: readonly string[]): Promise<StoredLocalEntity[]> {
    return this.locals.byGraphIds(ids);
  }

  async localsByDocuments(ids: readonly string[]): Promise<StoredLocalEntity[]> {
    return this.locals.byDocuments(ids);
  }

  async keysOfLocals(refs: readonly string[]): Promise<Map<string, string[]>> {
    return this.locals.keysOf(refs);
  }

  async unresolvedDocuments(): Promise<string[]> {
    return this.locals.unresolved();
  }

  async entityIdsLike(stems: readonly string[]): Promise<string[]> {
    return this.locals.entityIdsLike(stems);
  }

  async applyResolution(mapping: ReadonlyMap<string, ResolvedEntity>): Promise<ResolutionOutcome> {
    const documents = [...new Set([...mapping.keys()].map((r) => r.slice(0, r.indexOf('#'))))];
    const apply = this.db.transaction((): ResolutionOutcome => {
      // Only the documents the mapping speaks of: an incremental run touches a small part of the store.
      const locals = this.locals.rowsOfDocuments(documents);
      const byDocument = new Map<string, LocalRow[]>();
      for (const l of locals) {
        const list = byDocument.get(l.documentId);
        if (list) list.push(l); else byDocument.set(l.documentId, [l]);
      }
      const unused = new Set<string>();
      let rewritten = 0;
      for (const [documentId, rows] of byDocument) {
        const moved = rows.some((l) => {
          const target = mapping.get(`${l.documentId}#${l.localId}`);
          return target !== undefined && target.id !== l.graphId;
        });
        if (!moved) continue;
        const resolution: Record<string, ResolvedEntity> = {};
        for (const l of rows) {
          resolution[l.localId] = mapping.get(`${l.documentId}#${l.localId}`) ?? { id: l.graphId, type: l.type, name: l.name };
        }
        for (const id of this.rewriter.rewrite(documentId, resolution)) unused.add(id);
        rewritten++;
      }
      // The rows read above name the same local entities the rewrites wrote again; the UPDATE
      // compares with what is stored now.
      for (const l of locals) {
        const target = mapping.get(`${l.documentId}#${l.localId}`);
        if (target?.reason !== undefined) {
          const score = target.score ?? null;
          this.setReason.run(target.reason, score, l.documentId, l.localId, target.reason, score);
        }
      }
      const named = new Map<string, ResolvedEntity>();
      for (const e of mapping.values()) named.set(e.id, e);
      for (const e of named.values()) this.rewriter.name(e, nameKey(e.name));
      this.rewriter.collect([...unused, ...named.keys()]);
      return { documentsRewritten: rewritten, entities: (this.countAll.get() as StoreStats).entities };
    });
    return apply.immediate();
  }

  async storedExtraction(documentId: string): Promise<Extraction | null> {
    return this.rewriter.extraction(documentId);
  }

  async replaceExtraction(input: IngestInput): Promise<void> {
    this.db.transaction(() => {
      if (!this.documents.has(input.document.id)) throw new Error(`document ${input.document.id} is not stored`);
      this.rewriter.collect(this.rewriter.rewrite(input.document.id, input.resolution, input.extraction, input.blockingKeys ?? {}));
    }).immediate();
  }

  async judgments(): Promise<Judgment[]> {
    return this.judgmentLog.log();
  }

  async addJudgment(target: JudgmentTarget, author: string, reason: string | null): Promise<Judgment> {
    return this.judgmentLog.append(target, author, reason);
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
    return (this.graphQueriesCache ??= new GraphQueries(this.db, this.entities, this.facts, () => this.statuses()));
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
