/** What a view gives the router: its node, and hooks for what needs the DOM to be live. */
import type { Route } from './routes.js';

export interface View {
  node: Node;
  title: string;
  /** Runs once the node is in the page (layout, scrolling, canvases). */
  mounted?(): void;
  /** Takes a new route of the same view in place (no refetch); false to be rebuilt. */
  update?(route: Route): boolean;
  /** Releases what it holds (WebGL contexts, workers, listeners). */
  destroy?(): void;
}
