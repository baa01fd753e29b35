/** Reading graph entities: summaries, names with their counts, and lookup by id or name. */
import type Database from 'better-sqlite3';
import type { EntityType } from '../../extract/extraction.js';
import { nameKey } from '../name-key.js';
import type { AliasRecord, EntitySummary } from '../store.js';
import { prefixQuery } from './fts-query.js';
import { IN_IDS, idsParam } from './json-ids.js';

/** How many entities a prefix lookup returns at most: it answers "did you mean", not "list all". */
const PREFIX_LIMIT = 50;

interface SummaryRow {
  id: string;
  type: EntityType;
  name: string;
  documents: number;
}

interface AliasRow extends AliasRecord {
  entityId: string;
}

// "Documents that mention it": every document that named it records its names there.
const SUMMARY = `SELECT e.id AS id, e.type AS type, e.name AS name,
    COUNT(DISTINCT c.document_id) AS documents
  FROM entities e LEFT JOIN entity_name_counts c ON c.entity_id = e.id`;
const ALIASES = `SELECT entity_id AS entityId, name, SUM(mentions) AS count,
    COUNT(DISTINCT document_id) AS documents
  FROM entity_name_counts`;
const ALIAS_ORDER = 'ORDER BY entity_id, count DESC, documents DESC, name';

/** Most-documented first, then by name: the order a person scanning a list expects. */
export function byProminence(a: EntitySummary, b: EntitySummary): number {
  return b.documents - a.documents || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

export class EntityReader {
  private readonly summariesAll: Database.Statement;
  private readonly summariesByIds: Database.Statement;
  private readonly aliasesAll: Database.Statement;
  private readonly aliasesByIds: Database.Statement;
  private readonly idExists: Database.Statement;
  private readonly idsByNameKey: Database.Statement;
  private readonly idsByNamePrefix: Database.Statement;

  constructor(db: Database.Database) {
    this.summariesAll = db.prepare(`${SUMMARY} GROUP BY e.id ORDER BY e.id`);
    this.summariesByIds = db.prepare(`${SUMMARY} WHERE e.id ${IN_IDS} GROUP BY e.id`);
    this.aliasesAll = db.prepare(`${ALIASES} GROUP BY entity_id, name ${ALIAS_ORDER}`);
    this.aliasesByIds = db.prepare(`${ALIASES} WHERE entity_id ${IN_IDS} GROUP BY entity_id, name ${ALIAS_ORDER}`);
    this.idExists = db.prepare('SELECT id FROM entities WHERE id = ?').pluck();
    this.idsByNameKey = db.prepare('SELECT DISTINCT entity_id FROM entity_names WHERE name_key = ?').pluck();
    this.idsByNamePrefix = db.prepare(`SELECT n.entity_id FROM entity_names_fts f
      JOIN entity_names n ON n.seq = f.rowid
      WHERE entity_names_fts MATCH ? ORDER BY f.rank LIMIT ?`).pluck();
  }

  /** Summaries keyed by id, of the given entities or of all. */
  summaries(ids?: Iterable<string>): Map<string, EntitySummary> {
    const rows = (ids === undefined ? this.summariesAll.all() : this.summariesByIds.all(idsParam(ids))) as SummaryRow[];
    return new Map(rows.map((r) => [r.id, { id: r.id, type: r.type, name: r.name, documents: r.documents }]));
  }

  summary(id: string): EntitySummary | null {
    return this.summaries([id]).get(id) ?? null;
  }

  /** Names by entity, most used first. */
  aliases(ids?: Iterable<string>): Map<string, AliasRecord[]> {
    const rows = (ids === undefined ? this.aliasesAll.all() : this.aliasesByIds.all(idsParam(ids))) as AliasRow[];
    const result = new Map<string, AliasRecord[]>();
    for (const { entityId, name, count, documents } of rows) {
      const list = result.get(entityId);
      const alias = { name, count, documents };
      if (list) list.push(alias);
      else result.set(entityId, [alias]);
    }
    return result;
  }

  /**
   * The entity with this exact id, then those with this name or alias ignoring case and
   * accents; only if neither finds anything, those with a name starting with these words.
   */
  find(nameOrId: string): EntitySummary[] {
    const query = nameOrId.trim();
    if (query === '') return [];
    const byId = this.idExists.get(query) as string | undefined;
    const byName = (this.idsByNameKey.all(nameKey(query)) as string[]).filter((id) => id !== byId);
    if (byId === undefined && byName.length === 0) {
      const prefix = prefixQuery(query);
      return prefix === null ? [] : this.ordered(this.idsByNamePrefix.all(prefix, PREFIX_LIMIT * 4) as string[]);
    }
    const named = this.ordered(byName);
    const exact = byId === undefined ? null : this.summary(byId);
    return exact === null ? named : [exact, ...named];
  }

  private ordered(ids: string[]): EntitySummary[] {
    return [...this.summaries(ids).values()].sort(byProminence).slice(0, PREFIX_LIMIT);
  }
}
