/**
 * The SQLite schema, as an ordered list of migrations. A migration is never edited once
 * released: a change to the schema is a new migration appended at the end.
 *
 * Portability to the Postgres twin: plain types (TEXT, INTEGER, REAL), text ids, no
 * reserved words as column names (`span_start`/`span_end`, `start_date`/`end_date`, never
 * `start`/`end`), upserts written as `ON CONFLICT … DO …`. The SQLite-only parts are the
 * FTS5 tables and their triggers, which Postgres will replace with tsvector columns.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  /** Applied in increasing order; recorded in schema_migrations. */
  id: number;
  name: string;
  sql: string;
}

/** The tokenizer for every full-text index: Unicode-aware, and "Guzman" matches "Guzmán". */
const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 2'`;

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'documents, entities, facts, evidence, full-text indexes',
    sql: `
-- seq is the FTS rowid: implicit rowids may be renumbered by VACUUM, an INTEGER PRIMARY KEY
-- never is. It stays internal; the document's identity is id, the hash of its text.
CREATE TABLE documents (
  seq              INTEGER PRIMARY KEY,
  id               TEXT NOT NULL UNIQUE,
  uri              TEXT NOT NULL,
  title            TEXT,
  outlet           TEXT,
  url              TEXT,
  published        TEXT,
  published_source TEXT NOT NULL,
  language         TEXT NOT NULL,
  format           TEXT NOT NULL,
  text             TEXT NOT NULL,
  ingested_at      TEXT NOT NULL
);
CREATE INDEX documents_published ON documents (published);

-- Offsets everywhere are UTF-16 code units into documents.text, as JavaScript counts them.
CREATE TABLE sentences (
  document_id TEXT NOT NULL REFERENCES documents (id),
  idx         INTEGER NOT NULL,
  span_start  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  PRIMARY KEY (document_id, idx),
  CHECK (0 <= span_start AND span_start <= span_end)
);

CREATE TABLE entities (
  id         TEXT PRIMARY KEY,
  type       TEXT NOT NULL,
  name       TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Every distinct name of an entity (its display name and each alias): what lookups and
-- the name index search. name_key is the case- and accent-free form (see name-key.ts).
CREATE TABLE entity_names (
  seq       INTEGER PRIMARY KEY,
  entity_id TEXT NOT NULL REFERENCES entities (id),
  name      TEXT NOT NULL,
  name_key  TEXT NOT NULL,
  UNIQUE (entity_id, name)
);
CREATE INDEX entity_names_key ON entity_names (name_key);

-- Where each name was used: one row per entity, name and document, with the number of
-- mentions in that document that used it (0 when the name came only as an alias).
CREATE TABLE entity_name_counts (
  entity_id   TEXT NOT NULL,
  name        TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id),
  mentions    INTEGER NOT NULL CHECK (mentions >= 0),
  PRIMARY KEY (entity_id, name, document_id),
  FOREIGN KEY (entity_id, name) REFERENCES entity_names (entity_id, name)
);
CREATE INDEX entity_name_counts_document ON entity_name_counts (document_id);

CREATE TABLE mentions (
  document_id TEXT NOT NULL REFERENCES documents (id),
  idx         INTEGER NOT NULL,
  entity_id   TEXT NOT NULL REFERENCES entities (id),
  span_start  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  text        TEXT NOT NULL,
  rule        TEXT NOT NULL,
  PRIMARY KEY (document_id, idx),
  CHECK (0 <= span_start AND span_start <= span_end)
);
CREATE INDEX mentions_entity ON mentions (entity_id, document_id);

-- Facts. Their ids are hashes of their keys (fact-ids.ts), so one fact is one row however
-- many documents state it; the statements are the evidence rows.
CREATE TABLE relations (
  id         TEXT PRIMARY KEY,
  subject_id TEXT NOT NULL REFERENCES entities (id),
  predicate  TEXT NOT NULL,
  object_id  TEXT NOT NULL REFERENCES entities (id),
  qualifier  TEXT,
  start_date TEXT,
  end_date   TEXT
);
CREATE INDEX relations_subject ON relations (subject_id);
CREATE INDEX relations_object ON relations (object_id);

CREATE TABLE events (
  id             TEXT PRIMARY KEY,
  type           TEXT NOT NULL,
  subject_id     TEXT NOT NULL REFERENCES entities (id),
  event_date     TEXT,
  date_precision TEXT,
  place_id       TEXT REFERENCES entities (id),
  detail         TEXT
);
CREATE INDEX events_subject ON events (subject_id);
CREATE INDEX events_place ON events (place_id);

-- Roles other than the subject (judge, court, perpetrator, …).
CREATE TABLE event_roles (
  event_id  TEXT NOT NULL REFERENCES events (id),
  role      TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities (id),
  PRIMARY KEY (event_id, role, entity_id)
);
CREATE INDEX event_roles_entity ON event_roles (entity_id);

CREATE TABLE amounts (
  id          TEXT PRIMARY KEY,
  amount      REAL NOT NULL,
  currency    TEXT NOT NULL,
  kind        TEXT NOT NULL,
  party_id    TEXT REFERENCES entities (id),
  amount_date TEXT,
  basis       TEXT
);
CREATE INDEX amounts_party ON amounts (party_id);

-- One row per statement of a fact. fact_id points into relations, events or amounts as
-- fact_kind says. stated is JSON: the values outside the fact's key as this document gave
-- them (a relation's dates, an event's place), so disagreeing sources are never lost.
CREATE TABLE evidence (
  fact_kind    TEXT NOT NULL CHECK (fact_kind IN ('relation', 'event', 'amount')),
  fact_id      TEXT NOT NULL,
  document_id  TEXT NOT NULL REFERENCES documents (id),
  span_start   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL,
  sentence_idx INTEGER NOT NULL,
  rule         TEXT NOT NULL,
  confidence   REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  stated       TEXT NOT NULL,
  PRIMARY KEY (fact_id, document_id, span_start, span_end, rule),
  FOREIGN KEY (document_id, sentence_idx) REFERENCES sentences (document_id, idx),
  CHECK (0 <= span_start AND span_start <= span_end)
);
CREATE INDEX evidence_document ON evidence (document_id);
CREATE INDEX evidence_kind ON evidence (fact_kind, fact_id);

-- Full-text indexes over external content, kept in step by triggers, so any write to the
-- content tables updates them inside the same transaction.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
  title, text, content = 'documents', content_rowid = 'seq', ${TOKENIZE}
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE VIRTUAL TABLE entity_names_fts USING fts5 (
  name, content = 'entity_names', content_rowid = 'seq', ${TOKENIZE}
);
CREATE TRIGGER entity_names_fts_insert AFTER INSERT ON entity_names BEGIN
  INSERT INTO entity_names_fts (rowid, name) VALUES (new.seq, new.name);
END;
CREATE TRIGGER entity_names_fts_delete AFTER DELETE ON entity_names BEGIN
  INSERT INTO entity_names_fts (entity_names_fts, rowid, name) VALUES ('delete', old.seq, old.name);
END;
CREATE TRIGGER entity_names_fts_update AFTER UPDATE ON entity_names BEGIN
  INSERT INTO entity_names_fts (entity_names_fts, rowid, name) VALUES ('delete', old.seq, old.name);
  INSERT INTO entity_names_fts (rowid, name) VALUES (new.seq, new.name);
END;
`,
  },
  {
    id: 2,
    name: 'stored extractions, local entities for resolution, judgments',
    sql: `
-- What extract/ said about each document, kept so that resolution can rewrite a document's
-- facts under new graph ids, and judgments can be applied again, without reading it again.
CREATE TABLE extractions (
  document_id TEXT PRIMARY KEY REFERENCES documents (id),
  body        TEXT NOT NULL
);

-- Each document's own entities and the graph entity resolution put them in.
CREATE TABLE local_entities (
  document_id TEXT NOT NULL REFERENCES documents (id),
  local_id    TEXT NOT NULL,
  type        TEXT NOT NULL,
  name        TEXT NOT NULL,
  aliases     TEXT NOT NULL,
  mentions    INTEGER NOT NULL CHECK (mentions >= 0),
  reading     TEXT,
  graph_id    TEXT NOT NULL,
  -- Why resolution put it in graph_id, and how sure it was: every merge keeps its reason.
  reason      TEXT,
  score       REAL,
  PRIMARY KEY (document_id, local_id)
);
CREATE INDEX local_entities_graph ON local_entities (graph_id);
-- Documents an interrupted ingest left unresolved, found without a scan.
CREATE INDEX local_entities_unresolved ON local_entities (document_id) WHERE reason IS NULL;

-- Blocking keys (resolve/keys.ts): which local entities could be the same actor. A batch's
-- resolution revisits only those sharing a key with it, so it stays near-linear.
CREATE TABLE local_keys (
  key         TEXT NOT NULL,
  document_id TEXT NOT NULL,
  local_id    TEXT NOT NULL,
  PRIMARY KEY (key, document_id, local_id),
  FOREIGN KEY (document_id, local_id) REFERENCES local_entities (document_id, local_id)
);
CREATE INDEX local_keys_local ON local_keys (document_id, local_id);

-- People's judgments: an append-only log. An undo is a new row, never an edit.
CREATE TABLE judgments (
  seq        INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE,
  action     TEXT NOT NULL CHECK (action IN ('merge', 'split', 'reject', 'confirm', 'undo')),
  target     TEXT NOT NULL,
  author     TEXT NOT NULL,
  reason     TEXT,
  created_at TEXT NOT NULL
);
CREATE TRIGGER judgments_no_update BEFORE UPDATE ON judgments BEGIN
  SELECT RAISE(ABORT, 'judgments are append-only');
END;
CREATE TRIGGER judgments_no_delete BEFORE DELETE ON judgments BEGIN
  SELECT RAISE(ABORT, 'judgments are append-only');
END;
`,
  },
];

/** The database was written by a newer nexo; running older code against it could corrupt it. */
export class SchemaTooNewError extends Error {
  override name = 'SchemaTooNewError';
}

/**
 * Brings the database up to the latest migration. Each migration runs in its own
 * IMMEDIATE transaction together with its schema_migrations row, so a crash leaves it
 * either applied and recorded or neither; two processes opening the same file at once
 * serialize on the write lock, and the second finds the work done.
 * Returns the ids applied now (empty when the database was up to date).
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const appliedIds = (): Set<number> =>
    new Set(db.prepare('SELECT id FROM schema_migrations').pluck().all() as number[]);

  const known = new Set(migrations.map((m) => m.id));
  const unknown = [...appliedIds()].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new SchemaTooNewError(`database has migrations this version does not know: ${unknown.join(', ')}`);
  }

  // Checked first without a lock, so opening an up-to-date database writes nothing.
  const done = appliedIds();
  const pending = migrations.filter((m) => !done.has(m.id)).sort((a, b) => a.id - b.id);
  const record = db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const migration of pending) {
    const apply = db.transaction(() => {
      // Re-check under the write lock: another process may have applied it meanwhile.
      if (appliedIds().has(migration.id)) return false;
      db.exec(migration.sql);
      record.run(migration.id, migration.name, new Date().toISOString());
      return true;
    });
    if (apply.immediate()) applied.push(migration.id);
  }
  return applied;
}
