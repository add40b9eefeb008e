import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer.js';
import type { AggregateDefinition } from './aggregates/aggregate-definition.js';
import type { Actor, Database, RequestDiagnostics } from '../db/database.js';
import type { RequestDeadline } from '../server/request-deadline.js';
import type { ObservedRequest } from '../server/request-observation.js';

/**
 * The module contract. Every domain area under src/modules/<name>/ (and src/graph/) exports one
 * `ModuleDescriptor` from its index.ts, and src/modules/index.ts lists them. Everything the rest of
 * the application needs from a module is built by mapping over that list: the tables TypeORM knows,
 * the resolvers of the schema, the services, the per-request loaders, `node(id)`, the federation
 * reference resolvers and the visibility of each entity.
 *
 * `Services` and `Loaders` are filled in by the modules themselves, through declaration merging: a
 * module's index.ts adds its own entries,
 *
 *     declare module '../contract.js' {
 *       interface Services { grids: GridService }
 *       interface Loaders { grids: GridLoaders }
 *     }
 *
 * so the context is fully typed without a central list of names.
 */

/**
 * The services, built over one view of the database (a request's, or a command's): one instance each,
 * built on first use; filled in by the modules (see above).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Services {}

/** The per-request loaders; filled in by the modules (see above). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/**
 * What a resolver receives: who is asking (a Viewer), the services, and this request's loaders. No
 * database handle: resolvers call services and loaders, which own the SQL.
 */
export interface Context extends Viewer {
  /** The request's services, over the request's view of the database (its statements counted). */
  services: Services;
  /**
   * The same services, their changes recorded in the audit log as made by `actor`. Every mutation's
   * resolver gets these as `services` (audit.ts, attributeMutations), so resolvers never call this.
   */
  servicesAs(actor: Actor): Services;
  loaders: Loaders;
  /** The request's time limit, when it came over HTTP (README, "Limits"); operations run in-process have none. */
  deadline?: RequestDeadline;
  /**
   * The request's log line and metrics, when it came over HTTP to /graphql: the server's plugins note
   * its operations and errors there. Resolvers leave it alone.
   */
  observation?: ObservedRequest;
  /**
   * Set by the graph export (src/graph/export.ts) on its subgraph operation: once Apollo has accepted the
   * operation (validation, limits) and its variables, the executor hands it to this instead of running it,
   * which has it answered in a worker thread and keeps the answer itself. True when it was; false when not
   * (any error there), and the operation then runs here as any other, with its errors.
   */
  answerElsewhere?: () => Promise<boolean>;
}

/** What a loader factory gets: the connection to read on, the caller's jurisdiction, and who observes its batches. */
export interface LoaderScope {
  manager: EntityManager;
  /** The root of the caller's jurisdiction; null for everything. */
  scopeRootId: number | null;
  /** The request's diagnostics, given each batch's size (observedBatch); null outside a request. */
  diagnostics: RequestDiagnostics | null;
  /**
   * The request's loaders, every module's: a loader that reads another module's rows alongside its own (a
   * link's two ends) primes that module's loader with them. Read it when a batch runs, not when built.
   */
  loaders: Loaders;
}

/**
 * An entity with a global id: `node(id)` finds it, and (when `federated`) `_entities` resolves it for a
 * gateway. `name` is the GraphQL type name and the type part of the global id.
 */
export interface NodeType<T = unknown> {
  name: string;
  /** Loads one by database id through the request's loaders (so that many become one statement). */
  load(loaders: Loaders, databaseId: number): Promise<T | null>;
  /**
   * Whether the viewer may see it: the jurisdiction rule of this type, batched like every loader. A viewer
   * without a scope (`viewer.scope.rootId === null`) sees every entity of every type: `visible` answers so
   * without asking.
   */
  isVisible(viewer: Viewer, entity: T): Promise<boolean>;
  /**
   * Federation keys besides `id` (`@key(fields: "code")`): how to load one by each. The reference
   * resolver tries them in this order, then `id`.
   */
  keys?: Record<string, (loaders: Loaders, value: string) => Promise<T | null>>;
}

/**
 * A service factory: gets the database (the view it serves: a request's, a command's) and every other
 * service over the same view (built on first use, so order does not matter).
 */
export type ServiceFactory<S> = (db: Database, services: Services) => S;

export interface ModuleDescriptor {
  /** For messages and the descriptor test. */
  name: string;
  /** TypeORM entities: the tables this module owns. Migrations stay an explicit list (src/db/migrations). */
  entities?: Function[];
  /** TypeGraphQL resolver classes, in the order their types should appear in the schema. */
  resolvers?: Function[];
  /** Services this module adds to `Services`, by name. */
  services?: { [Name in keyof Services]?: ServiceFactory<Services[Name]> };
  /** Loaders this module adds to `Loaders`, by name: created per request, never shared between requests. */
  loaders?: { [Name in keyof Loaders]?: (scope: LoaderScope) => Loaders[Name] };
  /** Entities with global ids. */
  nodeTypes?: NodeType<any>[];
  /**
   * What this module's rows can be counted by (`<noun>.aggregate.ts`), by name: the aggregates module's
   * one counter serves them all (organizationsAggregate, linksAggregate, postsAggregate).
   */
  aggregates?: Record<string, AggregateDefinition<string, any>>;
}
