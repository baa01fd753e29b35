/** Reading documents and their sentences. */
import type Database from 'better-sqlite3';
import type { DocumentSummary, StoredDocument } from '../store.js';

const SUMMARY_COLUMNS = 'id, uri, title, outlet, published';

type DocumentRow = Omit<StoredDocument, 'sentences'>;

export class DocumentReader {
  private readonly exists: Database.Statement;
  private readonly one: Database.Statement;
  private readonly sentences: Database.Statement;
  private readonly all: Database.Statement;

  constructor(db: Database.Database) {
    this.exists = db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck();
    this.one = db.prepare(`SELECT ${SUMMARY_COLUMNS}, url, published_source AS publishedSource, language, format,
      text, ingested_at AS ingestedAt FROM documents WHERE id = ?`);
    this.sentences = db.prepare(`SELECT span_start AS "start", span_end AS "end" FROM sentences
      WHERE document_id = ? ORDER BY idx`);
    // Newest first, undated last: the order of a news archive.
    this.all = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents
      ORDER BY published IS NULL, published DESC, title, id`);
  }

  has(id: string): boolean {
    return this.exists.get(id) !== undefined;
  }

  get(id: string): StoredDocument | null {
    const row = this.one.get(id) as DocumentRow | undefined;
    if (!row) return null;
    return { ...row, sentences: this.sentences.all(id) as StoredDocument['sentences'] };
  }

  list(): DocumentSummary[] {
    return this.all.all() as DocumentSummary[];
  }
}
