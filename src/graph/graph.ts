/**
 * graph/: the read-side questions the workbench and scripts ask of a store. One object
 * holds the store and the optional judgment and contradiction services, so server/ needs
 * nothing else; every question is a function in its own module.
 */
import type { Store, StoreStats } from '../store/store.js';
import { documentView, type DocumentView } from './document.js';
import type { ContradictionSource, JudgmentLog } from './judgments.js';
import { ledger, type Ledger, type LedgerQuery } from './ledger.js';
import { neighbourhood, type Neighbourhood, type NeighbourhoodQuery } from './neighbourhood.js';
import { shortestPaths, type PathAnswer, type PathQuery } from './paths.js';
import { profile, type Profile } from './profile.js';
import { search, type SearchAnswer, type SearchQuery } from './search.js';
import { timeline, type Timeline, type TimelineQuery } from './timeline.js';

export interface GraphServices {
  /** Where judgments are recorded; absent until that work is wired in. */
  judgments?: JudgmentLog | undefined;
  /** Where contradictions are found; absent until that work is wired in. */
  contradictions?: ContradictionSource | undefined;
}

export interface Graph {
  readonly judgments: JudgmentLog | undefined;
  readonly contradictions: ContradictionSource | undefined;
  stats(): Promise<StoreStats>;
  search(query: SearchQuery): Promise<SearchAnswer>;
  profile(id: string): Promise<Profile | null>;
  neighbourhood(query: NeighbourhoodQuery): Promise<Neighbourhood | null>;
  paths(query: PathQuery): Promise<PathAnswer | null>;
  timeline(query: TimelineQuery): Promise<Timeline>;
  ledger(query: LedgerQuery): Promise<Ledger>;
  document(id: string): Promise<DocumentView | null>;
}

export function createGraph(store: Store, services: GraphServices = {}): Graph {
  return {
    judgments: services.judgments,
    contradictions: services.contradictions,
    stats: () => store.stats(),
    search: (q) => search(store, q),
    profile: (id) => profile(store, id, services.contradictions),
    neighbourhood: (q) => neighbourhood(store, q),
    paths: (q) => shortestPaths(store, q),
    timeline: (q) => timeline(store, q),
    ledger: (q) => ledger(store, q),
    document: (id) => documentView(store, id),
  };
}
