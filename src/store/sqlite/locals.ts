/**
 * Reading documents' own entities and their blocking keys: what resolve/ clusters, found
 * by key, by graph entity or by document so that a run reads only the region it needs.
 */
import type Database from 'better-sqlite3';
import type { StoredLocalEntity } from '../store.js';
import { IN_IDS, idsParam } from './json-ids.js';

/** A local_entities row as selected; aliases are JSON. */
export interface LocalRow {
  documentId: string;
  localId: string;
  type: StoredLocalEntity['type'];
  name: string;
  aliases: string;
  mentions: number;
  reading: 'region' | null;
  graphId: string;
  reason: string | null;
  score: number | null;
}

export function toLocal({ reading, ...r }: LocalRow): StoredLocalEntity {
  return { ...r, aliases: JSON.parse(r.aliases) as string[], ...(reading ? { reading } : {}) };
}

export class LocalEntityReader {
  private readonly all: Database.Statement;
  private readonly withKeys: Database.Statement;
  private readonly inGraph: Database.Statement;
  private readonly ofDocuments: Database.Statement;
  private readonly keysOfDocuments: Database.Statement;
  private readonly unresolvedDocuments: Database.Statement;
  private readonly idsLike: Database.Statement;

  constructor(db: Database.Database) {
    const LOCALS = `SELECT document_id AS documentId, local_id AS localId, type, name, aliases,
      mentions, reading, graph_id AS graphId, reason, score FROM local_entities`;
    this.all = db.prepare(`${LOCALS} ORDER BY document_id, local_id`);
    this.withKeys = db.prepare(`${LOCALS} WHERE (document_id, local_id) IN
      (SELECT document_id, local_id FROM local_keys WHERE key ${IN_IDS})`);
    this.inGraph = db.prepare(`${LOCALS} WHERE graph_id ${IN_IDS}`);
    this.ofDocuments = db.prepare(`${LOCALS} WHERE document_id ${IN_IDS}`);
    this.keysOfDocuments = db.prepare(`SELECT document_id || '#' || local_id AS ref, key FROM local_keys
      WHERE document_id ${IN_IDS}`);
    this.unresolvedDocuments = db.prepare('SELECT DISTINCT document_id FROM local_entities WHERE reason IS NULL').pluck();
    // The stem's own id, or stem-anything: where a namesake's id could be.
    this.idsLike = db.prepare(`SELECT e.id FROM entities e, json_each(?) s
      WHERE e.id = s.value OR (e.id > s.value || '-' AND e.id < s.value || '.')`).pluck();
  }

  everything(): StoredLocalEntity[] {
    return (this.all.all() as LocalRow[]).map(toLocal);
  }

  byKeys(keys: readonly string[]): StoredLocalEntity[] {
    return (this.withKeys.all(idsParam(keys)) as LocalRow[]).map(toLocal);
  }

  byGraphIds(ids: readonly string[]): StoredLocalEntity[] {
    return (this.inGraph.all(idsParam(ids)) as LocalRow[]).map(toLocal);
  }

  /** Rows as stored, for writers that compare them with a new resolution. */
  rowsOfDocuments(ids: readonly string[]): LocalRow[] {
    return this.ofDocuments.all(idsParam(ids)) as LocalRow[];
  }

  byDocuments(ids: readonly string[]): StoredLocalEntity[] {
    return this.rowsOfDocuments(ids).map(toLocal);
  }

  /** Keys of the given local entities, read through their documents (the index's prefix). */
  keysOf(refs: readonly string[]): Map<string, string[]> {
    const out = new Map<string, string[]>();
    const wanted = new Set(refs);
    const documents = refs.map((r) => r.slice(0, r.indexOf('#')));
    for (const { ref, key } of this.keysOfDocuments.all(idsParam(documents)) as { ref: string; key: string }[]) {
      if (!wanted.has(ref)) continue;
      const list = out.get(ref);
      if (list) list.push(key); else out.set(ref, [key]);
    }
    return out;
  }

  unresolved(): string[] {
    return this.unresolvedDocuments.all() as string[];
  }

  entityIdsLike(stems: readonly string[]): string[] {
    return [...new Set(this.idsLike.all(idsParam(stems)) as string[])];
  }
}
