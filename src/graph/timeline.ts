/** The timeline: dated events, all or one actor's, filtered by type and period. */
import type { EventType } from '../extract/extraction.js';
import type { EventRecord, Store } from '../store/store.js';
import { corroboration } from './corroboration.js';
import type { Period } from './period.js';

export const DEFAULT_TIMELINE_LIMIT = 2_000;

export interface TimelineQuery extends Period {
  entityId?: string | undefined;
  types?: readonly EventType[] | undefined;
  limit?: number | undefined;
}

export interface Timeline {
  events: (EventRecord & { corroboration: number })[];
  /** Events of each type among those answered. */
  typeCounts: Partial<Record<EventType, number>>;
  /** The first and last dates among them, to size the axis. */
  extent: { first: string; last: string } | null;
  /** More events matched than the limit let through. */
  truncated: boolean;
}

export async function timeline(store: Store, query: TimelineQuery): Promise<Timeline> {
  const limit = query.limit ?? DEFAULT_TIMELINE_LIMIT;
  // One more than asked tells whether there were more.
  const rows = await store.queryEvents({
    entityId: query.entityId, types: query.types, from: query.from, to: query.to, limit: limit + 1,
  });
  const events = rows.slice(0, limit).map((e) => ({ ...e, corroboration: corroboration(e.citations) }));
  const typeCounts: Partial<Record<EventType, number>> = {};
  for (const e of events) typeCounts[e.type] = (typeCounts[e.type] ?? 0) + 1;
  const dates = events.map((e) => e.date).filter((d): d is string => d !== null);
  return {
    events,
    typeCounts,
    // Events come in date order, undated last.
    extent: dates.length === 0 ? null : { first: dates[0]!, last: dates[dates.length - 1]! },
    truncated: rows.length > limit,
  };
}
