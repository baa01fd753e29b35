/**
 * An actor's profile as the workbench shows it: names with where each came from, ties
 * grouped by predicate and direction with their corroboration, dated events, money, and any
 * contradiction among those facts.
 */
import type { Predicate } from '../extract/extraction.js';
import { SYMMETRIC_PREDICATES } from '../extract/extraction.js';
import type {
  AmountRecord, Citation, EntitySummary, EventRecord, RelationRecord, Store,
} from '../store/store.js';
import { corroboration } from './corroboration.js';
import type { Contradiction, ContradictionSource } from './judgments.js';

export interface AliasProvenance {
  name: string;
  /** Mentions using the name, across documents. */
  count: number;
  sources: {
    documentId: string;
    documentTitle: string | null;
    published: string | null;
    mentions: number;
    firstMention: { start: number; end: number } | null;
  }[];
}

interface Flagged {
  /** Distinct documents stating it. */
  corroboration: number;
  /** Sources that disagree about it (empty when none, or when contradictions are not wired). */
  contradictions: Contradiction[];
}

export interface Tie extends Flagged {
  relationId: string;
  other: EntitySummary;
  qualifier: string | null;
  start: string | null;
  end: string | null;
  citations: Citation[];
}

/** Ties of one predicate in one direction: `out` when the actor is the subject. */
export interface TieGroup {
  predicate: Predicate;
  direction: 'out' | 'in' | 'mutual';
  ties: Tie[];
}

export interface Profile extends EntitySummary {
  aliases: AliasProvenance[];
  ties: TieGroup[];
  events: (EventRecord & Flagged)[];
  amounts: (AmountRecord & Flagged)[];
  /** Whether contradictions were looked for at all. */
  contradictionsChecked: boolean;
}

export function groupTies(entityId: string, relations: readonly RelationRecord[],
  contradictions: ReadonlyMap<string, Contradiction[]>): TieGroup[] {
  const groups = new Map<string, TieGroup>();
  for (const r of relations) {
    const outward = r.subject.id === entityId;
    const direction = SYMMETRIC_PREDICATES.has(r.predicate) ? 'mutual' : outward ? 'out' : 'in';
    const key = `${r.predicate}:${direction}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { predicate: r.predicate, direction, ties: [] }));
    group.ties.push({
      relationId: r.id,
      other: outward ? r.object : r.subject,
      qualifier: r.qualifier,
      start: r.start,
      end: r.end,
      citations: r.citations,
      corroboration: corroboration(r.citations),
      contradictions: contradictions.get(r.id) ?? [],
    });
  }
  // Best-attested first within a group; groups with most ties first.
  for (const g of groups.values()) g.ties.sort((a, b) => b.corroboration - a.corroboration || a.other.name.localeCompare(b.other.name));
  return [...groups.values()].sort((a, b) => b.ties.length - a.ties.length || a.predicate.localeCompare(b.predicate));
}

export async function profile(store: Store, id: string, contradictionSource?: ContradictionSource): Promise<Profile | null> {
  const base = await store.entityProfile(id);
  if (base === null) return null;
  const sources = await store.aliasSources(id);
  const factIds = [...base.relations, ...base.events, ...base.amounts].map((f) => f.id);
  const contradictions = new Map<string, Contradiction[]>();
  if (contradictionSource && factIds.length > 0) {
    for (const c of await contradictionSource.forFacts(factIds)) {
      contradictions.set(c.factId, [...(contradictions.get(c.factId) ?? []), c]);
    }
  }
  const flag = <T extends { id: string; citations: Citation[] }>(fact: T): T & Flagged => ({
    ...fact, corroboration: corroboration(fact.citations), contradictions: contradictions.get(fact.id) ?? [],
  });
  return {
    id: base.id, type: base.type, name: base.name, documents: base.documents,
    aliases: base.aliases.map((a) => ({
      name: a.name,
      count: a.count,
      sources: sources.filter((s) => s.name === a.name).map(({ name: _name, ...s }) => s),
    })),
    ties: groupTies(id, base.relations, contradictions),
    events: base.events.map(flag),
    amounts: base.amounts.map(flag),
    contradictionsChecked: contradictionSource !== undefined,
  };
}
