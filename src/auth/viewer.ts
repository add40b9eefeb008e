import type { Principal } from './principal.js';
import type { ScopeLoaders } from './scope.js';

/**
 * Who is asking, as the visibility rules need it: the principal and its jurisdiction (with the
 * request's batched scope checks). The GraphQL context is a Viewer; the rules take nothing more.
 */
export interface Viewer {
  /** Who is asking; set by the authentication middleware before the context is built. */
  principal: Principal;
  /** What the principal may see: its jurisdiction. */
  scope: ScopeLoaders;
}
