/**
 * Turns an IngestInput into the rows a store writes: local entity ids replaced by graph
 * ids, fact ids computed, alias counts tallied. It is pure and store-agnostic, so every
 * store writes exactly the same facts for the same input, and a bad input (a reference to
 * an entity that resolve/ did not map) is refused before any write begins.
 */
import type { Document } from '../document/document.js';
import {
  SYMMETRIC_PREDICATES,
  type DatePrecision, type Evidence, type EventType, type ExtractedEntity, type MoneyKind, type Span,
} from '../extract/extraction.js';
import { amountId, eventId, relationId } from './fact-ids.js';
import { nameKey } from './name-key.js';
import type { IngestInput, RelationTie, ResolvedEntity } from './store.js';

/** One surface form of a graph entity in this document, with how often a mention used it. */
export interface PlannedName {
  entityId: string;
  name: string;
  nameKey: string;
  /** Mentions in this document whose text is exactly `name`; 0 for a name given only as an alias. */
  mentions: number;
}

export interface PlannedMention extends Span {
  /** Position in Extraction.mentions, unique within the document. */
  idx: number;
  entityId: string;
  text: string;
  rule: string;
}

/**
 * A fact as this document states it. `stated` holds the values outside the fact's key,
 * as this document gave them, so differing sources stay visible.
 */
interface PlannedFact {
  id: string;
  evidence: Evidence;
  stated: Record<string, unknown>;
}

export interface PlannedRelation extends PlannedFact, RelationTie {}

export interface PlannedEvent extends PlannedFact {
  type: EventType;
  subjectId: string;
  /** Role → graph entity id. */
  others: Record<string, string>;
  date: string | null;
  precision: DatePrecision | null;
  placeId: string | null;
  detail: string | null;
}

export interface PlannedAmount extends PlannedFact {
  amount: number;
  currency: string;
  kind: MoneyKind;
  partyId: string | null;
  date: string | null;
  basis: string | null;
}

/** A graph entity as resolve/ gave it, with the lookup key of its display name. */
export interface PlannedEntity extends ResolvedEntity {
  nameKey: string;
}

/** A document's own entity and the graph entity it was resolved to. */
export interface PlannedLocal {
  localId: string;
  type: ExtractedEntity['type'];
  name: string;
  aliases: string[];
  /** How many times the document mentions it. */
  mentions: number;
  reading?: ExtractedEntity['reading'];
  graphId: string;
  keys: string[];
}

export interface IngestPlan {
  document: Document;
  sentences: Span[];
  /** The extraction as JSON, kept so the document can be rewritten under new graph ids. */
  extractionBody: string;
  locals: PlannedLocal[];
  /** Each graph entity the document refers to, once. */
  entities: PlannedEntity[];
  names: PlannedName[];
  mentions: PlannedMention[];
  relations: PlannedRelation[];
  events: PlannedEvent[];
  amounts: PlannedAmount[];
}

/** The input is inconsistent; nothing from it may be stored. */
export class IngestInputError extends Error {
  override name = 'IngestInputError';
}

export function planIngest(input: IngestInput): IngestPlan {
  const { document, extraction, resolution } = input;
  if (extraction.documentId !== document.id) {
    throw new IngestInputError(`extraction is of document ${extraction.documentId}, not ${document.id}`);
  }

  const entities = new Map<string, PlannedEntity>();
  const resolve = (localId: string, where: string): string => {
    const resolved = resolution[localId];
    if (!resolved) throw new IngestInputError(`${where} refers to unresolved entity "${localId}"`);
    if (!entities.has(resolved.id)) {
      entities.set(resolved.id, { id: resolved.id, type: resolved.type, name: resolved.name, nameKey: nameKey(resolved.name) });
    }
    return resolved.id;
  };
  const resolveOptional = (localId: string | null, where: string): string | null =>
    localId === null ? null : resolve(localId, where);

  // Names first, keyed by graph entity: two local entities merged by resolve/ pool their names.
  const names = new Map<string, Map<string, number>>();
  const addName = (entityId: string, name: string, mentions: number): void => {
    if (name.trim() === '') return;
    let byName = names.get(entityId);
    if (!byName) names.set(entityId, (byName = new Map()));
    byName.set(name, (byName.get(name) ?? 0) + mentions);
  };
  for (const entity of extraction.entities) {
    const id = resolve(entity.id, `entity ${entity.id}`);
    for (const name of [entity.name, ...entity.aliases]) addName(id, name, 0);
  }
  const mentions = extraction.mentions.map((m, idx): PlannedMention => {
    const entityId = resolve(m.entity, `mention ${idx}`);
    addName(entityId, m.text, 1);
    return { idx, entityId, start: m.start, end: m.end, text: m.text, rule: m.rule };
  });

  const relations = extraction.relations.map((r, i): PlannedRelation => {
    let subjectId = resolve(r.subject, `relation ${i}`);
    let objectId = resolve(r.object, `relation ${i}`);
    // "A is an ally of B" and "B is an ally of A" are one fact. A qualifier may be
    // directional (family: "child"), so only unqualified symmetric ties are reordered.
    if (SYMMETRIC_PREDICATES.has(r.predicate) && r.qualifier === null && objectId < subjectId) {
      [subjectId, objectId] = [objectId, subjectId];
    }
    return {
      id: relationId(subjectId, r.predicate, objectId),
      subjectId, predicate: r.predicate, objectId,
      qualifier: r.qualifier, start: r.start, end: r.end,
      evidence: r.evidence,
      stated: { qualifier: r.qualifier, start: r.start, end: r.end },
    };
  });

  const events = extraction.events.map((e, i): PlannedEvent => {
    const subjectId = resolve(e.subject, `event ${i}`);
    const others: Record<string, string> = {};
    for (const [role, localId] of Object.entries(e.others)) others[role] = resolve(localId, `event ${i} role ${role}`);
    const placeId = resolveOptional(e.place, `event ${i} place`);
    return {
      id: eventId(e.type, subjectId, e.date),
      type: e.type, subjectId, others,
      date: e.date, precision: e.precision, placeId, detail: e.detail,
      evidence: e.evidence,
      stated: { precision: e.precision, others, place: placeId, detail: e.detail },
    };
  });

  const amounts = extraction.money.map((a, i): PlannedAmount => {
    const partyId = resolveOptional(a.party, `amount ${i}`);
    const currency = a.currency.toUpperCase();
    return {
      id: amountId(a.amount, currency, a.kind, partyId),
      amount: a.amount, currency, kind: a.kind, partyId,
      date: a.date, basis: a.basis,
      evidence: a.evidence,
      stated: { date: a.date, basis: a.basis },
    };
  });

  const plannedNames: PlannedName[] = [];
  for (const [entityId, byName] of names) {
    for (const [name, count] of byName) plannedNames.push({ entityId, name, nameKey: nameKey(name), mentions: count });
  }

  const mentionCounts = new Map<string, number>();
  for (const m of extraction.mentions) mentionCounts.set(m.entity, (mentionCounts.get(m.entity) ?? 0) + 1);
  const locals = extraction.entities.map((e): PlannedLocal => ({
    localId: e.id, type: e.type, name: e.name, aliases: e.aliases, mentions: mentionCounts.get(e.id) ?? 0,
    ...(e.reading ? { reading: e.reading } : {}),
    graphId: resolve(e.id, `entity ${e.id}`),
    keys: input.blockingKeys?.[e.id] ?? [],
  }));

  return {
    document,
    sentences: extraction.sentences,
    extractionBody: JSON.stringify(extraction),
    locals,
    entities: [...entities.values()],
    names: plannedNames,
    mentions,
    relations,
    events,
    amounts,
  };
}
