import type { Database } from '../db/database.js';
import { invariant } from '../lib/invariant.js';
import type { Loaders, LoaderScope, ServiceFactory, Services } from './contract.js';
import { MODULES } from './index.js';

/** Where a set of services keeps its view of the database, and the names being built (a cycle check). */
const DATABASE = Symbol('database');
const BUILDING = Symbol('building');

interface ServiceSet {
  [DATABASE]: Database;
  [BUILDING]: string[];
}

/**
 * The prototype of every set of services: one getter per service declared by the modules, gathered
 * (and checked) once. A getter builds its service on first use, over the set's view of the database,
 * and keeps it as the set's own property; so a service may take another module's service whatever
 * the order of MODULES.
 */
let serviceTable: { prototype: object; names: string[] } | null = null;

function servicesTable(): { prototype: object; names: string[] } {
  if (serviceTable) return serviceTable;
  const prototype = {};
  const names: string[] = [];
  for (const module of MODULES) {
    for (const [name, factory] of Object.entries(module.services ?? {}) as [string, ServiceFactory<unknown>][]) {
      invariant(!names.includes(name), `service "${name}" is declared by one module only`);
      names.push(name);
      Object.defineProperty(prototype, name, {
        get(this: ServiceSet) {
          const building = this[BUILDING];
          invariant(!building.includes(name), `service "${name}" does not depend on itself (through ${building.join(' → ')})`);
          building.push(name);
          let service: unknown;
          try {
            service = factory(this[DATABASE], this as unknown as Services);
          } finally {
            building.pop();
          }
          Object.defineProperty(this, name, { value: service, enumerable: true });
          return service;
        },
      });
    }
  }
  serviceTable = { prototype, names };
  return serviceTable;
}

/**
 * The services over one view of the database: per request over the request's view (so that their
 * statements are counted for it), per command over the command's. Services hold no state, and each
 * is built on first use: a request pays only for the few it calls.
 */
export function createServices(db: Database): Services {
  const services = Object.create(servicesTable().prototype) as ServiceSet;
  services[DATABASE] = db;
  services[BUILDING] = [];
  return services as unknown as Services;
}

/** The names of every service the modules declare. */
export function serviceNames(): readonly string[] {
  return servicesTable().names;
}

/** Builds every service once over `db`, so that a factory that fails (a cycle, a bad declaration) fails at start-up, not at a request. */
export function checkServices(db: Database): void {
  const services = createServices(db) as unknown as Record<string, unknown>;
  for (const name of serviceNames()) invariant(services[name], `service "${name}" is built`);
}

/** Where a set of loaders keeps what its loaders are created over. */
const LOADER_SCOPE = Symbol('loaderScope');

/**
 * The prototype of every request's loaders: one getter per loader set declared by the modules, gathered
 * (and checked) once. A getter creates its set on first use and keeps it as the request's own property,
 * so a request pays only for the loaders it uses: creating every module's DataLoaders up front cost a
 * small request about a tenth of its CPU.
 */
let loaderPrototype: object | null = null;

function loadersPrototype(): object {
  if (loaderPrototype) return loaderPrototype;
  const prototype = {};
  const names = new Set<string>();
  for (const module of MODULES) {
    for (const [name, create] of Object.entries(module.loaders ?? {})) {
      invariant(!names.has(name), `loaders "${name}" are declared by one module only`);
      names.add(name);
      Object.defineProperty(prototype, name, {
        get(this: { [LOADER_SCOPE]: LoaderScope }) {
          const value = (create as (scope: LoaderScope) => unknown)(this[LOADER_SCOPE]);
          Object.defineProperty(this, name, { value, enumerable: true });
          return value;
        },
      });
    }
  }
  loaderPrototype = prototype;
  return prototype;
}

/** Loaders cache per request, so they are created in the context factory and never shared between requests; each set on first use. */
export function createLoaders(db: Database, scopeRootId: number | null): Loaders {
  const loaders = Object.create(loadersPrototype()) as { [LOADER_SCOPE]: LoaderScope };
  loaders[LOADER_SCOPE] = { manager: db.manager, scopeRootId, diagnostics: db.diagnostics, loaders: loaders as unknown as Loaders };
  return loaders as unknown as Loaders;
}
