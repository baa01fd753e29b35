/**
 * Search with facets: actors by type, documents by outlet and year. Facets are counted over
 * the best FACET_POOL matches, then the chosen facets filter them, so the counts stay those
 * of the query (choosing "2017" does not make the other years vanish from the list).
 */
import type { EntityType } from '../extract/extraction.js';
import type { DocumentSummary, EntitySummary, SearchHit, Store } from '../store/store.js';

export const FACET_POOL = 200;

export interface SearchQuery {
  q: string;
  limit: number;
  type?: EntityType | undefined;
  outlet?: string | undefined;
  year?: string | undefined;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface SearchAnswer {
  query: string;
  entities: SearchHit<EntitySummary>[];
  documents: SearchHit<DocumentSummary>[];
  facets: { type: FacetValue[]; outlet: FacetValue[]; year: FacetValue[] };
  /** Matches before the facet filters and the limit (at most FACET_POOL each). */
  totals: { entities: number; documents: number };
}

/** The value documents without an outlet or a date are counted under. */
export const UNKNOWN = '(unknown)';

function yearOf(doc: DocumentSummary): string {
  return doc.published?.slice(0, 4) ?? UNKNOWN;
}

function outletOf(doc: DocumentSummary): string {
  return doc.outlet ?? UNKNOWN;
}

function count<T>(items: readonly T[], key: (item: T) => string): FacetValue[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([value, n]) => ({ value, count: n }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export async function search(store: Store, query: SearchQuery): Promise<SearchAnswer> {
  const pool = await store.search(query.q, FACET_POOL);
  const entities = pool.entities.filter((h) => query.type === undefined || h.item.type === query.type);
  const documents = pool.documents.filter((h) =>
    (query.outlet === undefined || outletOf(h.item) === query.outlet)
    && (query.year === undefined || yearOf(h.item) === query.year));
  return {
    query: query.q,
    entities: entities.slice(0, query.limit),
    documents: documents.slice(0, query.limit),
    facets: {
      type: count(pool.entities, (h) => h.item.type),
      outlet: count(pool.documents, (h) => outletOf(h.item)),
      year: count(pool.documents, (h) => yearOf(h.item)).sort((a, b) => b.value.localeCompare(a.value)),
    },
    totals: { entities: pool.entities.length, documents: pool.documents.length },
  };
}
