/**
 * Reading facts (relations, events, amounts) with their entities and citations, either
 * those touching one entity (a profile) or all of them (an export). Each read is a fixed
 * number of queries — facts, then their entities, then their citations — however many
 * facts there are.
 */
import type Database from 'better-sqlite3';
import type { DatePrecision, EventType, MoneyKind } from '../../extract/extraction.js';
import { anchorKey, type FactStatus } from '../../resolve/judgments.js';
import type { AmountRecord, Citation, EntitySummary, EventRecord, FactMeta, FactRecord, RelationRecord, RelationTie } from '../store.js';
import { CitationReader } from './citations.js';
import type { EntityReader } from './entities.js';
import { IN_IDS, idsParam } from './json-ids.js';

export interface RelationRow extends RelationTie {
  id: string;
}

export interface EventRow {
  id: string;
  type: EventType;
  subjectId: string;
  date: string | null;
  precision: DatePrecision | null;
  placeId: string | null;
  detail: string | null;
}

interface RoleRow {
  eventId: string;
  role: string;
  entityId: string;
}

export interface AmountRow {
  id: string;
  amount: number;
  currency: string;
  kind: MoneyKind;
  partyId: string | null;
  date: string | null;
  basis: string | null;
}

const RELATIONS = `SELECT id, subject_id AS subjectId, predicate, object_id AS objectId, qualifier,
  start_date AS "start", end_date AS "end" FROM relations`;
const RELATIONS_ORDER = 'ORDER BY predicate, subject_id, object_id';
const EVENTS = `SELECT id, type, subject_id AS subjectId, event_date AS date, date_precision AS precision,
  place_id AS placeId, detail FROM events`;
const EVENTS_ORDER = 'ORDER BY event_date IS NULL, event_date, type, id';
const AMOUNTS = `SELECT id, amount, currency, kind, party_id AS partyId, amount_date AS date, basis FROM amounts`;
const AMOUNTS_ORDER = 'ORDER BY amount_date IS NULL, amount_date, amount DESC, id';

/** People's judgments on facts, by anchor (see resolve/judgments.ts). */
export type FactStatuses = ReadonlyMap<string, FactStatus>;

/**
 * Citations, corroboration and status of one fact. A rejection on any statement of it
 * wins over a confirmation: a person who saw it wrong once wants it gone.
 */
function meta(kind: 'relation' | 'event' | 'amount', citations: Citation[], statuses: FactStatuses): FactMeta {
  let status: FactStatus | null = null;
  for (const c of citations) {
    const s = statuses.get(anchorKey({ kind, documentId: c.documentId, start: c.start, end: c.end }));
    if (s === 'rejected') { status = s; break; }
    if (s === 'confirmed') status = s;
  }
  return { citations, corroboration: new Set(citations.map((c) => c.documentId)).size, status };
}

/** Facts without a person's rejection: what every view shows. */
export function kept<T extends { status: string | null }>(facts: T[]): T[] {
  return facts.filter((f) => f.status !== 'rejected');
}

/** A fact's entity must exist: the schema's foreign keys guarantee it. */
function entity(summaries: Map<string, EntitySummary>, id: string): EntitySummary {
  const summary = summaries.get(id);
  if (!summary) throw new Error(`store is inconsistent: entity ${id} is referenced but missing`);
  return summary;
}

export class FactReader {
  private readonly citations: CitationReader;
  private readonly relationsAll: Database.Statement;
  private readonly relationsOf: Database.Statement;
  private readonly eventsAll: Database.Statement;
  private readonly eventsOf: Database.Statement;
  private readonly rolesAll: Database.Statement;
  private readonly rolesByEvents: Database.Statement;
  private readonly amountsAll: Database.Statement;
  private readonly amountsOf: Database.Statement;
  private readonly relationById: Database.Statement;
  private readonly eventById: Database.Statement;
  private readonly amountById: Database.Statement;

  constructor(db: Database.Database, private readonly entities: EntityReader) {
    this.citations = new CitationReader(db);
    this.relationsAll = db.prepare(`${RELATIONS} ${RELATIONS_ORDER}`);
    this.relationsOf = db.prepare(`${RELATIONS} WHERE subject_id = @id OR object_id = @id ${RELATIONS_ORDER}`);
    this.eventsAll = db.prepare(`${EVENTS} ${EVENTS_ORDER}`);
    // The place counts as a role: a city's profile lists what happened there.
    this.eventsOf = db.prepare(`${EVENTS} WHERE subject_id = @id OR place_id = @id
      OR id IN (SELECT event_id FROM event_roles WHERE entity_id = @id) ${EVENTS_ORDER}`);
    // rowid order is insertion order: when sources name different entities in one role,
    // the first source's is shown (all of them stay in the table).
    const roles = 'SELECT event_id AS eventId, role, entity_id AS entityId FROM event_roles';
    this.rolesAll = db.prepare(`${roles} ORDER BY rowid`);
    this.rolesByEvents = db.prepare(`${roles} WHERE event_id ${IN_IDS} ORDER BY rowid`);
    this.amountsAll = db.prepare(`${AMOUNTS} ${AMOUNTS_ORDER}`);
    this.amountsOf = db.prepare(`${AMOUNTS} WHERE party_id = ? ${AMOUNTS_ORDER}`);
    this.relationById = db.prepare(`${RELATIONS} WHERE id = ?`);
    this.eventById = db.prepare(`${EVENTS} WHERE id = ?`);
    this.amountById = db.prepare(`${AMOUNTS} WHERE id = ?`);
  }

  /** One fact by id; its kind is in its id's prefix (fact-ids.ts). */
  fact(id: string, statuses: FactStatuses): FactRecord | null {
    if (id.startsWith('rel_') && this.relationById.get(id)) {
      return { factKind: 'relation', ...this.relations(undefined, statuses, [this.relationById.get(id) as RelationRow])[0]! };
    }
    if (id.startsWith('evt_') && this.eventById.get(id)) {
      return { factKind: 'event', ...this.events(undefined, statuses, [this.eventById.get(id) as EventRow])[0]! };
    }
    if (id.startsWith('amt_') && this.amountById.get(id)) {
      return { factKind: 'amount', ...this.amounts(undefined, statuses, [this.amountById.get(id) as AmountRow])[0]! };
    }
    return null;
  }

  /** Relations with the entity on either side, or all relations. */
  relations(entityId: string | undefined, statuses: FactStatuses, given?: RelationRow[]): RelationRecord[] {
    const rows = given ?? (entityId === undefined ? this.relationsAll.all() : this.relationsOf.all({ id: entityId })) as RelationRow[];
    const summaries = this.summariesFor(entityId ?? (given ? '' : undefined), rows.flatMap((r) => [r.subjectId, r.objectId]));
    const citations = this.citations.forFacts('relation', entityId === undefined && !given ? undefined : rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id,
      subject: entity(summaries, r.subjectId),
      predicate: r.predicate,
      object: entity(summaries, r.objectId),
      qualifier: r.qualifier,
      start: r.start,
      end: r.end,
      ...meta('relation', citations.get(r.id) ?? [], statuses),
    }));
  }

  /** Events with the entity as subject, place or another role, or all events. */
  events(entityId: string | undefined, statuses: FactStatuses, given?: EventRow[]): EventRecord[] {
    const rows = given ?? (entityId === undefined ? this.eventsAll.all() : this.eventsOf.all({ id: entityId })) as EventRow[];
    const roles = (entityId === undefined && !given
      ? this.rolesAll.all()
      : this.rolesByEvents.all(idsParam(rows.map((r) => r.id)))) as RoleRow[];
    const referenced = [
      ...rows.flatMap((r) => (r.placeId === null ? [r.subjectId] : [r.subjectId, r.placeId])),
      ...roles.map((r) => r.entityId),
    ];
    const summaries = this.summariesFor(entityId ?? (given ? '' : undefined), referenced);
    const others = new Map<string, Record<string, EntitySummary>>();
    for (const { eventId, role, entityId: roleEntity } of roles) {
      let record = others.get(eventId);
      if (!record) others.set(eventId, (record = {}));
      record[role] ??= entity(summaries, roleEntity);
    }
    const citations = this.citations.forFacts('event', entityId === undefined && !given ? undefined : rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id,
      type: r.type,
      subject: entity(summaries, r.subjectId),
      others: others.get(r.id) ?? {},
      date: r.date,
      precision: r.precision,
      place: r.placeId === null ? null : entity(summaries, r.placeId),
      detail: r.detail,
      ...meta('event', citations.get(r.id) ?? [], statuses),
    }));
  }

  /** Amounts with the entity as party, or all amounts. */
  amounts(entityId: string | undefined, statuses: FactStatuses, given?: AmountRow[]): AmountRecord[] {
    const rows = given ?? (entityId === undefined ? this.amountsAll.all() : this.amountsOf.all(entityId)) as AmountRow[];
    const summaries = this.summariesFor(entityId ?? (given ? '' : undefined), rows.flatMap((r) => (r.partyId === null ? [] : [r.partyId])));
    const citations = this.citations.forFacts('amount', entityId === undefined && !given ? undefined : rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id,
      amount: r.amount,
      currency: r.currency,
      kind: r.kind,
      party: r.partyId === null ? null : entity(summaries, r.partyId),
      date: r.date,
      basis: r.basis,
      ...meta('amount', citations.get(r.id) ?? [], statuses),
    }));
  }

  /** For an export every entity is needed anyway: one scan beats a long id list. */
  private summariesFor(entityId: string | undefined, referenced: string[]): Map<string, EntitySummary> {
    return entityId === undefined ? this.entities.summaries() : this.entities.summaries(referenced);
  }
}
