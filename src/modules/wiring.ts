import type { Database } from '../db/database.js';
import { invariant } from '../lib/invariant.js';
import type { Loaders, LoaderScope, ServiceFactory, Services } from './contract.js';
import { MODULES } from './index.js';

/**
 * Services hold no request state; one set serves the whole process. Each is built on first use, so a
 * service may take another module's service whatever the order of MODULES; all are built here, at once,
 * so that a missing one fails at start-up, not at a request.
 */
export function createServices(db: Database): Services {
  const services = {} as Services;
  const factories = new Map<string, ServiceFactory<unknown>>();
  for (const module of MODULES) {
    for (const [name, factory] of Object.entries(module.services ?? {})) {
      invariant(!factories.has(name), `service "${name}" is declared by one module only`);
      factories.set(name, factory as ServiceFactory<unknown>);
    }
  }
  const building = new Set<string>();
  const built = new Map<string, unknown>();
  for (const [name, factory] of factories) {
    Object.defineProperty(services, name, {
      enumerable: true,
      get() {
        if (!built.has(name)) {
          invariant(!building.has(name), `service "${name}" does not depend on itself (through ${[...building].join(' → ')})`);
          building.add(name);
          built.set(name, factory(db, services));
          building.delete(name);
        }
        return built.get(name);
      },
    });
  }
  for (const name of factories.keys()) void (services as unknown as Record<string, unknown>)[name];
  return services;
}

/** Loaders cache per request, so they are created in the context factory and never shared between requests. */
export function createLoaders(db: Database, scopeRootId: number | null): Loaders {
  const loaders: Record<string, unknown> = {};
  const loaderScope: LoaderScope = { manager: db.manager, scopeRootId };
  for (const module of MODULES) {
    for (const [name, create] of Object.entries(module.loaders ?? {})) {
      invariant(!(name in loaders), `loaders "${name}" are declared by one module only`);
      loaders[name] = (create as (scope: LoaderScope) => unknown)(loaderScope);
    }
  }
  return loaders as unknown as Loaders;
}
