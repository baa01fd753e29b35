/** Free-text search over document titles and texts and over entity names. */
import type Database from 'better-sqlite3';
import type { DocumentSummary, EntitySummary, SearchHit, SearchResults } from '../store.js';
import type { EntityReader } from './entities.js';
import { allMatching } from './fts-query.js';

/** Tokens of context in a document snippet. */
const SNIPPET_TOKENS = 16;

interface DocumentHitRow extends DocumentSummary {
  snippet: string;
}

interface NameHitRow {
  entityId: string;
  name: string;
}

/** Snippets come back with the text's line breaks; a hit list wants one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export class Searcher {
  private readonly documents: Database.Statement;
  private readonly names: Database.Statement;

  constructor(db: Database.Database, private readonly entities: EntityReader) {
    // Empty highlight markers: the snippet is plain text, and the UI marks matches itself.
    // Column 1 is the body: the title is shown beside the snippet anyway.
    this.documents = db.prepare(`SELECT d.id, d.uri, d.title, d.outlet, d.published,
        snippet(documents_fts, 1, '', '', '…', ${SNIPPET_TOKENS}) AS snippet
      FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
      WHERE documents_fts MATCH ? ORDER BY documents_fts.rank LIMIT ?`);
    this.names = db.prepare(`SELECT n.entity_id AS entityId, n.name AS name
      FROM entity_names_fts JOIN entity_names n ON n.seq = entity_names_fts.rowid
      WHERE entity_names_fts MATCH ? ORDER BY entity_names_fts.rank LIMIT ?`);
  }

  search(query: string, limit: number): SearchResults {
    if (limit <= 0) return { entities: [], documents: [] };
    const documents = allMatching<DocumentHitRow>(this.documents, query, limit).map(
      ({ snippet, ...item }): SearchHit<DocumentSummary> => ({ item, snippet: oneLine(snippet) }));
    return { entities: this.searchEntities(query, limit), documents };
  }

  /** An entity matches through its best-ranked name; that name is its snippet. */
  private searchEntities(query: string, limit: number): SearchHit<EntitySummary>[] {
    // Several names of one entity may match, so read more rows than entities wanted.
    const rows = allMatching<NameHitRow>(this.names, query, limit * 4);
    const bestName = new Map<string, string>();
    for (const { entityId, name } of rows) if (!bestName.has(entityId)) bestName.set(entityId, name);
    const summaries = this.entities.summaries(bestName.keys());
    const hits: SearchHit<EntitySummary>[] = [];
    for (const [id, name] of bestName) {
      const item = summaries.get(id);
      if (item) hits.push({ item, snippet: name });
      if (hits.length === limit) break;
    }
    return hits;
  }
}
