import type { Principal } from '../auth/principal.js';
import { createScopeLoaders } from '../auth/scope.js';
import type { Database } from '../db/database.js';
import { invariant } from '../lib/invariant.js';
import type { Context } from '../modules/contract.js';
import { createLoaders, createServices } from '../modules/wiring.js';
import type { ObservedRequest } from './request-observation.js';

export type { Context, Loaders, Services } from '../modules/contract.js';
export { checkServices, createLoaders, createServices } from '../modules/wiring.js';

/**
 * A request's GraphQL context. Over HTTP on /graphql the request is observed: its services, loaders
 * and scope checks then read through the request's view of the database (`observation.database`), so
 * that their statements and batches are counted for its log line. Services and loaders are the
 * request's own, built on first use.
 */
export function createContext(db: Database, principal: Principal, observation?: ObservedRequest): Context {
  invariant(principal, 'the authentication middleware ran before the GraphQL context was built');
  const database = observation?.database ?? db;
  const scopeRootId = principal.scope?.organizationId ?? null;
  return {
    services: createServices(database),
    servicesAs: (actor) => createServices(database.as(actor)),
    loaders: createLoaders(database, scopeRootId),
    principal,
    scope: createScopeLoaders(database.manager, scopeRootId),
    ...(observation && { observation }),
  };
}
