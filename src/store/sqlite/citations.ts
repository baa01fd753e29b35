/** Citations: the evidence rows of facts, each with the text of the sentence it is in. */
import type Database from 'better-sqlite3';
import type { Citation } from '../store.js';
import { IN_IDS, idsParam } from './json-ids.js';
import { DocumentTextCache } from './text-cache.js';

/** The values of evidence.fact_kind: which table evidence.fact_id points into. */
export type FactKind = 'relation' | 'event' | 'amount';

interface CitationRow {
  factId: string;
  documentId: string;
  documentTitle: string | null;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  rule: string;
  stated: string;
}

const SELECT = `SELECT ev.fact_id AS factId, ev.document_id AS documentId, d.title AS documentTitle,
    ev.span_start AS "start", ev.span_end AS "end", s.span_start AS sentenceStart, s.span_end AS sentenceEnd,
    ev.rule AS rule, ev.stated AS stated
  FROM evidence ev
  JOIN documents d ON d.id = ev.document_id
  JOIN sentences s ON s.document_id = ev.document_id AND s.idx = ev.sentence_idx`;
// Oldest source first: the order in which the fact became known.
const ORDER = 'ORDER BY d.published IS NULL, d.published, ev.document_id, ev.span_start, ev.rule';

export class CitationReader {
  private readonly byKind: Database.Statement;
  private readonly byIds: Database.Statement;
  private readonly texts: DocumentTextCache;

  constructor(db: Database.Database) {
    this.byKind = db.prepare(`${SELECT} WHERE ev.fact_kind = ? ${ORDER}`);
    this.byIds = db.prepare(`${SELECT} WHERE ev.fact_kind = ? AND ev.fact_id ${IN_IDS} ${ORDER}`);
    this.texts = new DocumentTextCache(db);
  }

  /** Citations of the given facts of one kind, or of every fact of that kind. */
  forFacts(kind: FactKind, factIds?: readonly string[]): Map<string, Citation[]> {
    const rows = (factIds === undefined
      ? this.byKind.all(kind)
      : this.byIds.all(kind, idsParam(factIds))) as CitationRow[];
    const result = new Map<string, Citation[]>();
    for (const row of rows) {
      const citation: Citation = {
        documentId: row.documentId,
        documentTitle: row.documentTitle,
        start: row.start,
        end: row.end,
        sentence: this.texts.get(row.documentId).slice(row.sentenceStart, row.sentenceEnd),
        rule: row.rule,
        stated: JSON.parse(row.stated) as Record<string, unknown>,
      };
      const list = result.get(row.factId);
      if (list) list.push(citation);
      else result.set(row.factId, [citation]);
    }
    return result;
  }
}
