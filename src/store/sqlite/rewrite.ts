/**
 * Keeping the graph a function of its documents. When resolution moves a document's local
 * entities to other graph entities, the document's statements are taken out and written
 * again under the new ids; facts left without evidence and entities left without names go.
 * A fact's values (a relation's dates, an event's place) are settled from all its evidence
 * in a fixed order, so they never depend on which document arrived first.
 * Every method runs inside the caller's transaction.
 */
import type Database from 'better-sqlite3';
import type { Extraction } from '../../extract/extraction.js';
import { planIngest } from '../ingest-plan.js';
import type { ResolvedEntity, StoredDocument } from '../store.js';
import type { FactKind } from './citations.js';
import type { DocumentReader } from './documents.js';
import type { PlanWriter, TouchedFact } from './write.js';

interface StatedRow {
  stated: string;
}

/** The first value any source gave, in (document, position) order. */
function firstGiven<T>(rows: Record<string, unknown>[], key: string): T | null {
  for (const r of rows) if (r[key] !== null && r[key] !== undefined) return r[key] as T;
  return null;
}

export class FactSettler {
  private readonly statedOf: Database.Statement;
  private readonly deleteRelation: Database.Statement;
  private readonly deleteEvent: Database.Statement;
  private readonly deleteRoles: Database.Statement;
  private readonly deleteAmount: Database.Statement;
  private readonly updateRelation: Database.Statement;
  private readonly updateEvent: Database.Statement;
  private readonly insertRole: Database.Statement;
  private readonly updateAmount: Database.Statement;

  constructor(db: Database.Database) {
    this.statedOf = db.prepare(`SELECT stated FROM evidence WHERE fact_kind = ? AND fact_id = ?
      ORDER BY document_id, span_start, span_end, rule`);
    this.deleteRelation = db.prepare('DELETE FROM relations WHERE id = ?');
    this.deleteRoles = db.prepare('DELETE FROM event_roles WHERE event_id = ?');
    this.deleteEvent = db.prepare('DELETE FROM events WHERE id = ?');
    this.deleteAmount = db.prepare('DELETE FROM amounts WHERE id = ?');
    this.updateRelation = db.prepare('UPDATE relations SET qualifier = ?, start_date = ?, end_date = ? WHERE id = ?');
    this.updateEvent = db.prepare('UPDATE events SET date_precision = ?, place_id = ?, detail = ? WHERE id = ?');
    this.insertRole = db.prepare(`INSERT INTO event_roles (event_id, role, entity_id) VALUES (?, ?, ?)
      ON CONFLICT (event_id, role, entity_id) DO NOTHING`);
    this.updateAmount = db.prepare('UPDATE amounts SET amount_date = ?, basis = ? WHERE id = ?');
  }

  settle(facts: Iterable<TouchedFact>): void {
    const seen = new Set<string>();
    for (const f of facts) {
      const key = `${f.kind}|${f.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      this.settleOne(f.kind, f.id);
    }
  }

  private settleOne(kind: FactKind, id: string): void {
    const rows = (this.statedOf.all(kind, id) as StatedRow[]).map((r) => JSON.parse(r.stated) as Record<string, unknown>);
    if (kind === 'relation') {
      if (rows.length === 0) { this.deleteRelation.run(id); return; }
      this.updateRelation.run(firstGiven(rows, 'qualifier'), firstGiven(rows, 'start'), firstGiven(rows, 'end'), id);
    } else if (kind === 'event') {
      this.deleteRoles.run(id);
      if (rows.length === 0) { this.deleteEvent.run(id); return; }
      this.updateEvent.run(firstGiven(rows, 'precision'), firstGiven(rows, 'place'), firstGiven(rows, 'detail'), id);
      // Roles in source order: the first source's entity in a role is the one shown.
      for (const r of rows) {
        for (const [role, entityId] of Object.entries((r.others ?? {}) as Record<string, string>)) this.insertRole.run(id, role, entityId);
      }
    } else {
      if (rows.length === 0) { this.deleteAmount.run(id); return; }
      this.updateAmount.run(firstGiven(rows, 'date'), firstGiven(rows, 'basis'), id);
    }
  }
}

export class DocumentRewriter {
  private readonly factsOf: Database.Statement;
  private readonly entitiesOf: Database.Statement;
  private readonly deleteEvidence: Database.Statement;
  private readonly deleteMentions: Database.Statement;
  private readonly deleteNameCounts: Database.Statement;
  private readonly deleteLocals: Database.Statement;
  private readonly deleteKeys: Database.Statement;
  private readonly deleteExtraction: Database.Statement;
  private readonly extractionOf: Database.Statement;
  private readonly keysOf: Database.Statement;
  private readonly hasNames: Database.Statement;
  private readonly deleteUnusedNames: Database.Statement;
  private readonly deleteAllNames: Database.Statement;
  private readonly deleteEntity: Database.Statement;
  private readonly upsertEntity: Database.Statement;
  private readonly insertName: Database.Statement;

  constructor(db: Database.Database, private readonly writer: PlanWriter, private readonly settler: FactSettler,
    private readonly documents: DocumentReader) {
    this.factsOf = db.prepare('SELECT DISTINCT fact_kind AS kind, fact_id AS id FROM evidence WHERE document_id = ?');
    this.entitiesOf = db.prepare('SELECT DISTINCT entity_id FROM entity_name_counts WHERE document_id = ?').pluck();
    this.deleteEvidence = db.prepare('DELETE FROM evidence WHERE document_id = ?');
    this.deleteMentions = db.prepare('DELETE FROM mentions WHERE document_id = ?');
    this.deleteNameCounts = db.prepare('DELETE FROM entity_name_counts WHERE document_id = ?');
    this.deleteKeys = db.prepare('DELETE FROM local_keys WHERE document_id = ?');
    this.deleteLocals = db.prepare('DELETE FROM local_entities WHERE document_id = ?');
    this.deleteExtraction = db.prepare('DELETE FROM extractions WHERE document_id = ?');
    this.keysOf = db.prepare('SELECT local_id AS localId, key FROM local_keys WHERE document_id = ?');
    this.extractionOf = db.prepare('SELECT body FROM extractions WHERE document_id = ?').pluck();
    this.hasNames = db.prepare('SELECT 1 FROM entity_name_counts WHERE entity_id = ? LIMIT 1').pluck();
    this.deleteUnusedNames = db.prepare(`DELETE FROM entity_names WHERE entity_id = @id
      AND name <> (SELECT name FROM entities WHERE id = @id)
      AND NOT EXISTS (SELECT 1 FROM entity_name_counts c WHERE c.entity_id = @id AND c.name = entity_names.name)`);
    this.deleteAllNames = db.prepare('DELETE FROM entity_names WHERE entity_id = ?');
    this.deleteEntity = db.prepare('DELETE FROM entities WHERE id = ?');
    this.upsertEntity = db.prepare(`INSERT INTO entities (id, type, name, created_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name
      WHERE entities.type <> excluded.type OR entities.name <> excluded.name`);
    this.insertName = db.prepare(`INSERT INTO entity_names (entity_id, name, name_key) VALUES (?, ?, ?)
      ON CONFLICT (entity_id, name) DO NOTHING`);
  }

  extraction(documentId: string): Extraction | null {
    const body = this.extractionOf.get(documentId) as string | undefined;
    return body === undefined ? null : (JSON.parse(body) as Extraction);
  }

  /**
   * Takes the document's statements out and writes them again from `extraction` (its stored
   * one unless a new one is given) under `resolution`. Returns entity ids it stopped using.
   */
  rewrite(documentId: string, resolution: Record<string, ResolvedEntity>, extraction?: Extraction,
    newKeys?: Record<string, string[]>): Set<string> {
    const doc = this.documents.get(documentId);
    const x = extraction ?? this.extraction(documentId);
    if (doc === null || x === null) throw new Error(`cannot rewrite document ${documentId}: it or its extraction is missing`);
    const before = new Set(this.entitiesOf.all(documentId) as string[]);
    const touched = this.factsOf.all(documentId) as TouchedFact[];
    this.deleteEvidence.run(documentId);
    this.deleteMentions.run(documentId);
    this.deleteNameCounts.run(documentId);
    // Keys stay unless a new extraction comes: moving a document to other actors changes no names.
    const keys = extraction ? null : this.keysOf.all(documentId) as { localId: string; key: string }[];
    this.deleteKeys.run(documentId);
    this.deleteLocals.run(documentId);
    this.deleteExtraction.run(documentId);
    const blockingKeys = keys === null ? newKeys : groupKeys(keys);
    const plan = planIngest({ document: asDocument(doc), extraction: x, resolution, blockingKeys });
    this.writer.writeResolution(plan);
    touched.push(...this.writer.writeStatements(plan, new Date().toISOString()));
    this.settler.settle(touched);
    for (const e of plan.entities) before.delete(e.id);
    return before;
  }

  /** Sets a graph entity's name and type as resolution decided them. */
  name(entity: ResolvedEntity, nameKey: string): void {
    this.upsertEntity.run(entity.id, entity.type, entity.name, new Date().toISOString());
    this.insertName.run(entity.id, entity.name, nameKey);
  }

  /** Drops entities no document names any more, and names no document uses. */
  collect(entityIds: Iterable<string>): void {
    for (const id of new Set(entityIds)) {
      if (this.hasNames.get(id) === undefined) {
        this.deleteAllNames.run(id);
        this.deleteEntity.run(id);
      } else {
        this.deleteUnusedNames.run({ id });
      }
    }
  }
}

function groupKeys(rows: { localId: string; key: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[r.localId] ??= []).push(r.key);
  return out;
}

function asDocument(d: StoredDocument) {
  return {
    id: d.id, uri: d.uri, title: d.title, outlet: d.outlet, url: d.url, published: d.published,
    publishedSource: d.publishedSource, language: d.language, format: d.format, text: d.text,
  };
}
