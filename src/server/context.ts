import type { Principal } from '../auth/principal.js';
import { createScopeLoaders } from '../auth/scope.js';
import type { Database } from '../db/database.js';
import { invariant } from '../lib/invariant.js';
import type { Context, Services } from '../modules/contract.js';
import { createLoaders, createServices } from '../modules/wiring.js';

export type { Context, Loaders, Services } from '../modules/contract.js';
export { createLoaders, createServices } from '../modules/wiring.js';

export function createContext(db: Database, services: Services, principal: Principal): Context {
  invariant(principal, 'the authentication middleware ran before the GraphQL context was built');
  const scopeRootId = principal.scope?.organizationId ?? null;
  return {
    services,
    servicesAs: (actor) => createServices(db.as(actor)),
    loaders: createLoaders(db, scopeRootId),
    principal,
    scope: createScopeLoaders(db.manager, scopeRootId),
  };
}
