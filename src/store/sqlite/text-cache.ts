/**
 * Document texts for cutting sentences out of them. Offsets are UTF-16 code units (as
 * JavaScript counts them) while SQLite's substr() counts code points, so the cut is made
 * here. Documents are content-addressed and never change, so cached texts never go stale;
 * the cache is bounded so an export over a large corpus does not hold it all in memory.
 */
import type Database from 'better-sqlite3';

const CAPACITY = 256;

export class DocumentTextCache {
  private readonly texts = new Map<string, string>();
  private readonly select: Database.Statement;

  constructor(db: Database.Database) {
    this.select = db.prepare('SELECT text FROM documents WHERE id = ?').pluck();
  }

  get(documentId: string): string {
    const cached = this.texts.get(documentId);
    if (cached !== undefined) {
      // Re-insert to mark it most recently used (a Map iterates in insertion order).
      this.texts.delete(documentId);
      this.texts.set(documentId, cached);
      return cached;
    }
    const text = (this.select.get(documentId) as string | undefined) ?? '';
    this.texts.set(documentId, text);
    if (this.texts.size > CAPACITY) {
      const oldest = this.texts.keys().next().value;
      if (oldest !== undefined) this.texts.delete(oldest);
    }
    return text;
  }
}
