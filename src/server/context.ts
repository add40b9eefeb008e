import { ApiKeyService } from '../auth/api-keys.js';
import type { Principal } from '../auth/principal.js';
import { createScopeLoaders, type ScopeLoaders } from '../auth/scope.js';
import type { Database } from '../db/database.js';
import { invariant } from '../lib/invariant.js';
import { createGridLoaders } from '../modules/grids/grid.loaders.js';
import { GridService } from '../modules/grids/grid.service.js';
import { Importer } from '../modules/import/importer.js';
import { createLinkLoaders } from '../modules/links/link.loaders.js';
import { LinkService } from '../modules/links/link.service.js';
import { createOrganizationLoaders } from '../modules/organizations/organization.loaders.js';
import { OrganizationService } from '../modules/organizations/organization.service.js';
import { createPeopleLoaders } from '../modules/people/people.loaders.js';
import { PeopleService } from '../modules/people/people.service.js';

/** Services hold no request state; one set serves the whole process. */
export function createServices(db: Database) {
  const organizations = new OrganizationService(db);
  const links = new LinkService(db);
  const people = new PeopleService(db, links);
  const grids = new GridService(db);
  const importer = new Importer(db, organizations, grids, people, links);
  const apiKeys = new ApiKeyService(db);
  return { organizations, links, people, grids, importer, apiKeys };
}

export type Services = ReturnType<typeof createServices>;

/** Loaders cache per request, so they are created in the context factory and never shared between requests. */
export function createLoaders(db: Database, scopeRootId: number | null) {
  const manager = db.manager;
  return {
    organizations: createOrganizationLoaders(manager),
    links: createLinkLoaders(manager),
    people: createPeopleLoaders(manager, scopeRootId),
    grids: createGridLoaders(manager),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  db: Database;
  services: Services;
  loaders: Loaders;
  /** Who is asking; set by the authentication middleware before the context is built. */
  principal: Principal;
  /** What the principal may see: its jurisdiction. */
  scope: ScopeLoaders;
}

export function createContext(db: Database, services: Services, principal: Principal): Context {
  invariant(principal, 'the authentication middleware ran before the GraphQL context was built');
  const scopeRootId = principal.scope?.organizationId ?? null;
  return { db, services, loaders: createLoaders(db, scopeRootId), principal, scope: createScopeLoaders(db.manager, scopeRootId) };
}
