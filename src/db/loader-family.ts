import DataLoader from 'dataloader';
import { byKey } from '../lib/group-by.js';
import type { RequestDiagnostics } from './statement-counter.js';

/**
 * One DataLoader per distinct set of field arguments. `children(first: 10)` on fifty parents is one
 * batch; `children(first: 10)` and `children(first: 20)` in the same request are two, since their
 * SQL differs. Created per request, with the rest of the loaders.
 */
export function loaderFamily<Args, K, V>(
  createLoader: (args: Args) => DataLoader<K, V, string | K>,
): (args: Args) => DataLoader<K, V, string | K> {
  const loaders = new Map<string, DataLoader<K, V, string | K>>();
  return (args) => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = createLoader(args);
      loaders.set(key, loader);
    }
    return loader;
  };
}

/**
 * DataLoader options shared by every loader: batches of any size, since every statement takes its keys as one
 * list bound as one parameter (an array on PostgreSQL, JSON past 5,000 on SQLite: rows.ts), so that a level of
 * a query is one statement whatever the data. They were cut at 5,000 keys: at scale 10 the district's summoned
 * units (1,267 at scale 1, over 10,000 there) took three statements for their organizations instead of one
 * (SummonedUnits: 5 statements instead of 3).
 */
const LOADER_OPTIONS = { maxBatchSize: Infinity } as const;

/**
 * What a request's view of the database tells the loaders' scheduler: how many of its reads are in flight,
 * and a call when none is left (database.ts, ObservedEntityManager).
 */
export interface ReadsInFlight {
  readonly readsInFlight: number;
  whenNoReadsInFlight(callback: () => void): void;
}

/**
 * Counts `answer` as one of the request's reads in flight when `manager` is a request's observed view (so
 * that the request's loader batches wait for it, as for a statement: reads made elsewhere for the request,
 * in a worker thread); else returns it as it is.
 */
export function asReadOf<T>(manager: unknown, answer: Promise<T>): Promise<T> {
  const reading = (manager as { reading?: <U>(answer: Promise<U>) => Promise<U> } | null)?.reading;
  return typeof reading === 'function' ? (reading.call(manager, answer) as Promise<T>) : answer;
}

function tracksReads(manager: unknown): manager is ReadsInFlight {
  return typeof (manager as Partial<ReadsInFlight> | null)?.whenNoReadsInFlight === 'function';
}

/**
 * Dispatches a request's loader batches in waves. DataLoader's own schedule runs a batch as soon as the
 * promise jobs of the current turn are done; a load that waits on another statement of the same level
 * (a grid's community waiting for the grids, a person's scope check for the people) then comes after
 * its batch has gone, and starts a second one, depending on which statement the database answered
 * first, so that a larger page could take one statement more (README, "Not done yet", until this).
 * Here every batch created while the request has reads in flight waits for all of them to answer, and
 * then for the promise jobs and I/O callbacks their answers start (setImmediate); the batches then go
 * together, one statement each. A wave is exactly a level of the query, whatever the data.
 */
class WaveScheduler {
  private pending: (() => void)[] = [];
  private armed = false;

  constructor(private readonly reads: ReadsInFlight) {}

  readonly schedule = (dispatch: () => void): void => {
    this.pending.push(dispatch);
    if (this.armed) return;
    this.armed = true;
    setImmediate(this.check);
  };

  private readonly check = (): void => {
    if (this.reads.readsInFlight > 0) {
      this.reads.whenNoReadsInFlight(() => setImmediate(this.check));
      return;
    }
    this.armed = false;
    const dispatches = this.pending;
    this.pending = [];
    for (const dispatch of dispatches) dispatch();
  };
}

const schedulers = new WeakMap<object, WaveScheduler>();

/**
 * The options of a per-request loader reading through `manager`: LOADER_OPTIONS, and when the manager is
 * a request's observed view, the request's wave schedule (one per request, shared by all its loaders).
 */
export function loaderOptions(manager: unknown): { maxBatchSize: number; batchScheduleFn?: (callback: () => void) => void } {
  if (!tracksReads(manager)) return LOADER_OPTIONS;
  let scheduler = schedulers.get(manager);
  if (!scheduler) {
    scheduler = new WaveScheduler(manager);
    schedulers.set(manager, scheduler);
  }
  return { ...LOADER_OPTIONS, batchScheduleFn: scheduler.schedule };
}

/**
 * Wraps a batch function so that each batch's number of keys is observed, under `loader`, by the
 * request its loaders were created for (`scope.diagnostics`: the graphql_dataloader_batch_size
 * metric). Loaders are per request, so a batch always runs for that one; outside a request nothing
 * is observed and the batch function is used as it is.
 */
export function observedBatch<K, V>(scope: { diagnostics: RequestDiagnostics | null }, loader: string, batch: DataLoader.BatchLoadFn<K, V>): DataLoader.BatchLoadFn<K, V> {
  const diagnostics = scope.diagnostics;
  if (!diagnostics?.observeLoaderBatch) return batch;
  return (keys) => {
    diagnostics.observeLoaderBatch!(loader, keys.length);
    return batch(keys);
  };
}

/**
 * A request's loader of stored entities by database id that also keeps every entity of its type the request has
 * read: those of its own batches, and those other statements read with something else (`remember`: a page's
 * rows, a code's parent, a link's ends, a post's person, which it primes the loader with). A field resolver
 * then answers with `alreadyRead` at once, where the loader would answer the same entity through a promise, a
 * batch schedule and microtasks for each row (a tree's posts, a hundred enterprises' links).
 */
export function entitiesById<V extends { databaseId: number }>(
  scope: { manager: unknown; diagnostics: RequestDiagnostics | null },
  name: string,
  read: (ids: readonly number[]) => Promise<V[]>,
): { loader: DataLoader<number, V | null>; alreadyRead: (id: number) => V | undefined; remember: (entity: V) => V } {
  const known = new Map<number, V>();
  const loader = new DataLoader<number, V | null>(
    observedBatch(scope, name, async (ids) => {
      const rows = await read(ids);
      for (const row of rows) known.set(row.databaseId, row);
      return byKey(ids, rows, (row) => row.databaseId);
    }),
    loaderOptions(scope.manager),
  );
  return {
    loader,
    alreadyRead: (id) => known.get(id),
    remember: (entity) => {
      known.set(entity.databaseId, entity);
      loader.prime(entity.databaseId, entity);
      return entity;
    },
  };
}
