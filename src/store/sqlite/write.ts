/**
 * Writes one IngestPlan. The caller wraps it in a transaction; every statement here is an
 * insert or a merge into rows other documents may already have made, never a delete
 * (rewrite.ts takes a document's statements out again when resolution moves them).
 */
import type Database from 'better-sqlite3';
import type { Evidence } from '../../extract/extraction.js';
import type { IngestPlan } from '../ingest-plan.js';
import type { FactKind } from './citations.js';

/** A fact a document's statements touched: its values are settled again from all its evidence. */
export interface TouchedFact {
  kind: FactKind;
  id: string;
}

export class PlanWriter {
  private readonly insertDocument: Database.Statement;
  private readonly insertSentence: Database.Statement;
  private readonly insertEntity: Database.Statement;
  private readonly insertName: Database.Statement;
  private readonly insertNameCount: Database.Statement;
  private readonly insertMention: Database.Statement;
  private readonly upsertRelation: Database.Statement;
  private readonly upsertEvent: Database.Statement;
  private readonly insertEventRole: Database.Statement;
  private readonly upsertAmount: Database.Statement;
  private readonly insertEvidence: Database.Statement;
  private readonly insertExtraction: Database.Statement;
  private readonly insertLocal: Database.Statement;
  private readonly insertKey: Database.Statement;

  constructor(db: Database.Database) {
    this.insertDocument = db.prepare(`INSERT INTO documents
      (id, uri, title, outlet, url, published, published_source, language, format, text, ingested_at)
      VALUES (@id, @uri, @title, @outlet, @url, @published, @publishedSource, @language, @format, @text, @ingestedAt)`);
    this.insertSentence = db.prepare(
      'INSERT INTO sentences (document_id, idx, span_start, span_end) VALUES (?, ?, ?, ?)');
    // An entity keeps the type and name it was created with; later documents only add names.
    this.insertEntity = db.prepare(`INSERT INTO entities (id, type, name, created_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (id) DO NOTHING`);
    this.insertName = db.prepare(`INSERT INTO entity_names (entity_id, name, name_key) VALUES (?, ?, ?)
      ON CONFLICT (entity_id, name) DO NOTHING`);
    this.insertNameCount = db.prepare(`INSERT INTO entity_name_counts (entity_id, name, document_id, mentions)
      VALUES (?, ?, ?, ?)`);
    this.insertMention = db.prepare(`INSERT INTO mentions
      (document_id, idx, entity_id, span_start, span_end, text, rule) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    // A fact's non-key values fill in where earlier sources left them empty, never overwrite:
    // the first source to give a value is shown, and the others' values sit in evidence.stated.
    this.upsertRelation = db.prepare(`INSERT INTO relations
      (id, subject_id, predicate, object_id, qualifier, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET
        qualifier  = COALESCE(relations.qualifier, excluded.qualifier),
        start_date = COALESCE(relations.start_date, excluded.start_date),
        end_date   = COALESCE(relations.end_date, excluded.end_date)`);
    this.upsertEvent = db.prepare(`INSERT INTO events
      (id, type, subject_id, event_date, date_precision, place_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET
        date_precision = COALESCE(events.date_precision, excluded.date_precision),
        place_id       = COALESCE(events.place_id, excluded.place_id),
        detail         = COALESCE(events.detail, excluded.detail)`);
    this.insertEventRole = db.prepare(`INSERT INTO event_roles (event_id, role, entity_id) VALUES (?, ?, ?)
      ON CONFLICT (event_id, role, entity_id) DO NOTHING`);
    this.upsertAmount = db.prepare(`INSERT INTO amounts
      (id, amount, currency, kind, party_id, amount_date, basis) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET
        amount_date = COALESCE(amounts.amount_date, excluded.amount_date),
        basis       = COALESCE(amounts.basis, excluded.basis)`);
    // The same statement read twice (a rule firing twice on one span) is one evidence row.
    this.insertEvidence = db.prepare(`INSERT INTO evidence
      (fact_kind, fact_id, document_id, span_start, span_end, sentence_idx, rule, confidence, stated)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (fact_id, document_id, span_start, span_end, rule) DO NOTHING`);
    this.insertExtraction = db.prepare('INSERT INTO extractions (document_id, body) VALUES (?, ?)');
    this.insertKey = db.prepare(`INSERT INTO local_keys (key, document_id, local_id) VALUES (?, ?, ?)
      ON CONFLICT (key, document_id, local_id) DO NOTHING`);
    this.insertLocal = db.prepare(`INSERT INTO local_entities (document_id, local_id, type, name, aliases, mentions, reading, graph_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  }

  /** A new document: its text, sentences, extraction and local entities, then its statements. */
  write(plan: IngestPlan, ingestedAt: string): TouchedFact[] {
    const doc = plan.document;
    this.insertDocument.run({ ...doc, ingestedAt });
    plan.sentences.forEach((s, idx) => this.insertSentence.run(doc.id, idx, s.start, s.end));
    this.writeResolution(plan);
    return this.writeStatements(plan, ingestedAt);
  }

  /** The extraction and where resolution put each local entity (also after a re-extraction). */
  writeResolution(plan: IngestPlan): void {
    const doc = plan.document;
    this.insertExtraction.run(doc.id, plan.extractionBody);
    for (const l of plan.locals) this.insertLocal.run(doc.id, l.localId, l.type, l.name, JSON.stringify(l.aliases), l.mentions, l.reading ?? null, l.graphId);
    for (const l of plan.locals) for (const k of l.keys) this.insertKey.run(k, doc.id, l.localId);
  }

  /** Entities, names, mentions and facts as this document states them, under its graph ids. */
  writeStatements(plan: IngestPlan, ingestedAt: string): TouchedFact[] {
    const doc = plan.document;
    for (const e of plan.entities) this.insertEntity.run(e.id, e.type, e.name, ingestedAt);
    // The display name is a name too, so a lookup by it finds the entity even if no
    // document used exactly that form.
    for (const e of plan.entities) this.insertName.run(e.id, e.name, e.nameKey);
    for (const n of plan.names) {
      this.insertName.run(n.entityId, n.name, n.nameKey);
      this.insertNameCount.run(n.entityId, n.name, doc.id, n.mentions);
    }
    for (const m of plan.mentions) {
      this.insertMention.run(doc.id, m.idx, m.entityId, m.start, m.end, m.text, m.rule);
    }

    for (const r of plan.relations) {
      this.upsertRelation.run(r.id, r.subjectId, r.predicate, r.objectId, r.qualifier, r.start, r.end);
      this.evidence('relation', r.id, doc.id, r.evidence, r.stated);
    }
    for (const e of plan.events) {
      this.upsertEvent.run(e.id, e.type, e.subjectId, e.date, e.precision, e.placeId, e.detail);
      for (const [role, entityId] of Object.entries(e.others)) this.insertEventRole.run(e.id, role, entityId);
      this.evidence('event', e.id, doc.id, e.evidence, e.stated);
    }
    for (const a of plan.amounts) {
      this.upsertAmount.run(a.id, a.amount, a.currency, a.kind, a.partyId, a.date, a.basis);
      this.evidence('amount', a.id, doc.id, a.evidence, a.stated);
    }
    return [
      ...plan.relations.map((r) => ({ kind: 'relation' as const, id: r.id })),
      ...plan.events.map((e) => ({ kind: 'event' as const, id: e.id })),
      ...plan.amounts.map((a) => ({ kind: 'amount' as const, id: a.id })),
    ];
  }

  private evidence(kind: FactKind, factId: string, documentId: string, ev: Evidence, stated: Record<string, unknown>): void {
    this.insertEvidence.run(kind, factId, documentId, ev.start, ev.end, ev.sentence, ev.rule, ev.confidence,
      JSON.stringify(stated));
  }
}
