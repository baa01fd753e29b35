/**
 * The read-side queries graph/ asks of the embedded store: edges for the network,
 * neighbour counts, alias provenance, filtered timelines and ledgers, and one document's
 * facts. Like facts.ts, each answer is a fixed number of statements however many rows.
 *
 * Rows are selected here (FactReader selects only "one entity or everything") in facts.ts's
 * shapes and order, and FactReader turns them into records, so citations, corroboration and
 * people's verdicts read the same everywhere.
 */
import type Database from 'better-sqlite3';
import type {
  AliasSource, AmountQuery, DocumentFacts, DocumentMention, EdgeQuery, EdgeRecord, EventQuery,
} from '../read-side.js';
import type { AmountRecord, EntitySummary, EventRecord, RelationRecord } from '../store.js';
import { byProminence, type EntityReader } from './entities.js';
import { kept, type AmountRow, type EventRow, type FactReader, type FactStatuses, type RelationRow } from './facts.js';
import { IN_IDS, idsParam } from './json-ids.js';

/** Any query without a limit of its own stops here: an answer a browser can still draw. */
export const MAX_ROWS = 20_000;

interface AliasSourceRow {
  name: string;
  documentId: string;
  documentTitle: string | null;
  published: string | null;
  mentions: number;
  start: number | null;
  end: number | null;
}

/** A JSON array parameter, or null so that `? IS NULL` switches the filter off. */
function listParam(values: readonly string[] | undefined): string | null {
  return values === undefined || values.length === 0 ? null : idsParam(values);
}

function limitParam(limit: number | undefined): number {
  return limit === undefined ? MAX_ROWS : Math.max(0, Math.min(Math.floor(limit), MAX_ROWS));
}

const RELATION_COLUMNS = `r.id, r.subject_id AS subjectId, r.predicate, r.object_id AS objectId, r.qualifier,
  r.start_date AS "start", r.end_date AS "end"`;
const EVENT_COLUMNS = `e.id, e.type, e.subject_id AS subjectId, e.event_date AS date, e.date_precision AS precision,
  e.place_id AS placeId, e.detail`;
const AMOUNT_COLUMNS = `a.id, a.amount, a.currency, a.kind, a.party_id AS partyId, a.amount_date AS date, a.basis`;
const IN_LIST = 'IN (SELECT value FROM json_each(@';

// A date of any precision covers an extent: "2017" is all of 2017. Appending "~" (after every
// digit and "-") gives the extent's last moment in string order, so an event overlaps
// [from, to] when date~ >= from and date <= to~. Undated rows never match a period.
const PERIOD = `(@from IS NULL OR (DATE_COL IS NOT NULL AND DATE_COL || '~' >= @from))
  AND (@to IS NULL OR (DATE_COL IS NOT NULL AND DATE_COL <= @to || '~'))`;

export class GraphQueries {
  private readonly edges: Database.Statement;
  private readonly relationAt: Database.Statement;
  private readonly degrees: Database.Statement;
  private readonly relationsById: Database.Statement;
  private readonly aliasRows: Database.Statement;
  private readonly events: Database.Statement;
  private readonly roles: Database.Statement;
  private readonly amounts: Database.Statement;
  private readonly documentExists: Database.Statement;
  private readonly mentions: Database.Statement;
  private readonly relationsIn: Database.Statement;
  private readonly eventsIn: Database.Statement;
  private readonly amountsIn: Database.Statement;

  constructor(db: Database.Database, private readonly entities: EntityReader, private readonly facts: FactReader,
    private readonly statuses: () => FactStatuses) {
    // The UNION lets each side use its own index; an OR across two columns would scan.
    this.relationAt = db.prepare(`SELECT fact_id FROM evidence WHERE fact_kind = 'relation'
      AND document_id = ? AND span_start = ? AND span_end = ?`).pluck();
    this.edges = db.prepare(`SELECT ${RELATION_COLUMNS},
        COUNT(DISTINCT ev.document_id) AS documents, MIN(d.published) AS firstSeen, MAX(d.published) AS lastSeen
      FROM relations r
      JOIN evidence ev ON ev.fact_kind = 'relation' AND ev.fact_id = r.id
      JOIN documents d ON d.id = ev.document_id
      WHERE (@ids IS NULL OR r.id IN (
          SELECT id FROM relations WHERE subject_id ${IN_LIST}ids))
          UNION SELECT id FROM relations WHERE object_id ${IN_LIST}ids))))
        AND (@predicates IS NULL OR r.predicate ${IN_LIST}predicates)))
      GROUP BY r.id
      ORDER BY documents DESC, r.predicate, r.subject_id, r.object_id
      LIMIT @limit`);
    this.degrees = db.prepare(`SELECT id, COUNT(DISTINCT other) AS degree FROM (
        SELECT subject_id AS id, object_id AS other FROM relations WHERE subject_id ${IN_IDS}
        UNION ALL
        SELECT object_id AS id, subject_id AS other FROM relations WHERE object_id ${IN_IDS}
      ) GROUP BY id`);
    this.relationsById = db.prepare(`SELECT ${RELATION_COLUMNS} FROM relations r WHERE r.id ${IN_IDS}
      ORDER BY r.predicate, r.subject_id, r.object_id`);
    this.aliasRows = db.prepare(`SELECT c.name, c.document_id AS documentId, d.title AS documentTitle,
        d.published, c.mentions,
        (SELECT m.span_start FROM mentions m WHERE m.document_id = c.document_id AND m.entity_id = c.entity_id
          AND m.text = c.name ORDER BY m.span_start LIMIT 1) AS "start",
        (SELECT m.span_end FROM mentions m WHERE m.document_id = c.document_id AND m.entity_id = c.entity_id
          AND m.text = c.name ORDER BY m.span_start LIMIT 1) AS "end"
      FROM entity_name_counts c JOIN documents d ON d.id = c.document_id
      WHERE c.entity_id = ?
      ORDER BY c.name, d.published IS NULL, d.published, c.document_id`);
    this.events = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e
      WHERE (@entity IS NULL OR e.subject_id = @entity OR e.place_id = @entity
          OR e.id IN (SELECT event_id FROM event_roles WHERE entity_id = @entity))
        AND (@types IS NULL OR e.type ${IN_LIST}types)))
        AND ${PERIOD.replaceAll('DATE_COL', 'e.event_date')}
      ORDER BY e.event_date IS NULL, e.event_date, e.type, e.id
      LIMIT @limit`);
    // rowid order is insertion order, as in facts.ts: the first source's entity per role.
    this.roles = db.prepare(`SELECT event_id AS eventId, role, entity_id AS entityId FROM event_roles
      WHERE event_id ${IN_IDS} ORDER BY rowid`);
    this.amounts = db.prepare(`SELECT ${AMOUNT_COLUMNS} FROM amounts a
      WHERE (@party IS NULL OR a.party_id = @party)
        AND (@kinds IS NULL OR a.kind ${IN_LIST}kinds)))
        AND (@currency IS NULL OR a.currency = @currency)
      ORDER BY a.amount_date IS NULL, a.amount_date, a.amount DESC, a.id
      LIMIT @limit`);
    this.documentExists = db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck();
    this.mentions = db.prepare(`SELECT span_start AS "start", span_end AS "end", text, entity_id AS entityId
      FROM mentions WHERE document_id = ? ORDER BY span_start, span_end DESC, idx`);
    // evidence_document finds the document's statements; each fact then by its primary key.
    const statedIn = (kind: string) => `IN (SELECT fact_id FROM evidence WHERE document_id = ? AND fact_kind = '${kind}')`;
    this.relationsIn = db.prepare(`SELECT ${RELATION_COLUMNS} FROM relations r WHERE r.id ${statedIn('relation')}
      ORDER BY r.predicate, r.subject_id, r.object_id`);
    this.eventsIn = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id ${statedIn('event')}
      ORDER BY e.event_date IS NULL, e.event_date, e.type, e.id`);
    this.amountsIn = db.prepare(`SELECT ${AMOUNT_COLUMNS} FROM amounts a WHERE a.id ${statedIn('amount')}
      ORDER BY a.amount_date IS NULL, a.amount_date, a.amount DESC, a.id`);
  }

  entitySummaries(ids: readonly string[]): EntitySummary[] {
    return [...this.entities.summaries(ids).values()].sort(byProminence);
  }

  relationEdges(query: EdgeQuery): EdgeRecord[] {
    const edges = this.edges.all({
      ids: query.entityIds === undefined ? null : idsParam(query.entityIds),
      predicates: listParam(query.predicates),
      limit: limitParam(query.limit),
    }) as EdgeRecord[];
    // A tie a person rejected is not drawn: rejected statements are looked up by their spans.
    const rejected = [...this.statuses()].filter(([k, v]) => v === 'rejected' && k.startsWith('relation|'));
    if (rejected.length === 0) return edges;
    const gone = new Set<string>();
    for (const [k] of rejected) {
      const [, documentId, start, end] = k.split('|');
      for (const id of this.relationAt.all(documentId, Number(start), Number(end)) as string[]) gone.add(id);
    }
    return edges.filter((e) => !gone.has(e.id));
  }

  entityDegrees(ids: readonly string[]): Record<string, number> {
    const param = idsParam(ids);
    const rows = this.degrees.all(param, param) as { id: string; degree: number }[];
    return Object.fromEntries(rows.map((r) => [r.id, r.degree]));
  }

  relationsByIds(ids: readonly string[]): RelationRecord[] {
    const rows = this.relationsById.all(idsParam(ids)) as RelationRow[];
    return this.relationRecords(rows);
  }

  aliasSources(entityId: string): AliasSource[] {
    return (this.aliasRows.all(entityId) as AliasSourceRow[]).map(({ start, end, ...row }) => ({
      ...row,
      firstMention: start === null || end === null ? null : { start, end },
    }));
  }

  queryEvents(query: EventQuery): EventRecord[] {
    const rows = this.events.all({
      entity: query.entityId ?? null,
      types: listParam(query.types),
      from: query.from ?? null,
      to: query.to ?? null,
      limit: limitParam(query.limit),
    }) as EventRow[];
    return this.eventRecords(rows);
  }

  queryAmounts(query: AmountQuery): AmountRecord[] {
    const rows = this.amounts.all({
      party: query.partyId ?? null,
      kinds: listParam(query.kinds),
      currency: query.currency ?? null,
      limit: limitParam(query.limit),
    }) as AmountRow[];
    return this.amountRecords(rows);
  }

  documentFacts(documentId: string): DocumentFacts | null {
    if (this.documentExists.get(documentId) === undefined) return null;
    const mentionRows = this.mentions.all(documentId) as (Omit<DocumentMention, 'entity'> & { entityId: string })[];
    const summaries = this.entities.summaries(mentionRows.map((m) => m.entityId));
    const mentions: DocumentMention[] = [];
    for (const { entityId, ...m } of mentionRows) {
      const entity = summaries.get(entityId);
      if (entity) mentions.push({ ...m, entity });
    }
    return {
      mentions,
      relations: this.relationRecords(this.relationsIn.all(documentId) as RelationRow[]),
      events: this.eventRecords(this.eventsIn.all(documentId) as EventRow[]),
      amounts: this.amountRecords(this.amountsIn.all(documentId) as AmountRow[]),
    };
  }

  // Records are built by FactReader, as for profiles and exports: the same citations,
  // corroboration and people's verdicts everywhere, rejected facts left out.
  private relationRecords(rows: RelationRow[]): RelationRecord[] {
    return kept(this.facts.relations(undefined, this.statuses(), rows));
  }

  private eventRecords(rows: EventRow[]): EventRecord[] {
    return kept(this.facts.events(undefined, this.statuses(), rows));
  }

  private amountRecords(rows: AmountRow[]): AmountRecord[] {
    return kept(this.facts.amounts(undefined, this.statuses(), rows));
  }
}
