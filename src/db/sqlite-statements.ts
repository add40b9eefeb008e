import sqlite3 from 'sqlite3';

/** How many distinct read statements one connection keeps prepared; the least recently used is finalized beyond. */
export const PREPARED_READS_PER_CONNECTION = 256;

/** Reads, which TypeORM's SQLite runner sends through `Database#all`; writes and transaction control go as they are. */
const READ = /^\s*(SELECT|WITH)\b/i;

type Callback = (this: sqlite3.Statement, error: Error | null, rows: unknown[]) => void;

/**
 * node-sqlite3's `Database#all(sql, params, callback)` prepares the statement, runs it and finalizes it:
 * three trips to the thread pool, each with its own async work and callback on the main thread. A read
 * that SQLite answers in a few microseconds (an API key by id, an organization by code) cost 130 µs of
 * CPU that way, 60 of them on the main thread; run again on a statement prepared earlier it costs 65,
 * 34 on the main thread (measured on this project's SQLite file, 10 at a time, 20,000 times).
 *
 * This keeps each connection's read statements prepared, by their SQL text, and runs a read on its
 * prepared statement when there is one: SQLite binds the new parameters, resets and steps it, all in
 * one trip. Nothing else changes: the same rows, the same errors (a read whose SQL does not prepare runs
 * as before and reports its own error), the same callback (`this` is the statement, as before).
 * node-sqlite3 runs the calls of one statement one after another, and on one connection SQLite runs one
 * statement at a time anyway, so sharing a statement between concurrent requests costs no parallelism.
 * Prepared statements that the schema has changed under (a migration) are prepared again by SQLite.
 * Before the connection closes, its statements are finalized (SQLite refuses to close with statements
 * left open).
 */
export function cachingPreparedReads(db: sqlite3.Database, capacity = PREPARED_READS_PER_CONNECTION): sqlite3.Database {
  const prepared = new Map<string, sqlite3.Statement>();
  /** Statements still being prepared, by their SQL; finalized too if the connection closes meanwhile. */
  const preparing = new Map<string, sqlite3.Statement>();
  let closed = false;
  const runAll = db.all.bind(db) as (sql: string, ...rest: unknown[]) => sqlite3.Database;
  const close = db.close.bind(db);

  function remember(sql: string, statement: sqlite3.Statement): void {
    prepared.set(sql, statement);
    if (prepared.size <= capacity) return;
    const [oldest, evicted] = prepared.entries().next().value as [string, sqlite3.Statement];
    prepared.delete(oldest);
    // Queued after any run of it still under way.
    evicted.finalize();
  }

  db.all = function all(sql: string, ...rest: unknown[]): sqlite3.Database {
    const callback = rest[rest.length - 1];
    if (typeof callback !== 'function' || rest.length > 2 || !READ.test(sql)) return runAll(sql, ...rest);
    const params = rest.length === 2 ? rest[0] : undefined;
    const statement = prepared.get(sql);
    if (statement) {
      // Most recently used last, so that the first entry is the one to evict.
      prepared.delete(sql);
      prepared.set(sql, statement);
      if (Array.isArray(params) ? params.length > 0 : params !== undefined) statement.all(params, callback as Callback);
      else statement.all(callback as Callback);
      return db;
    }
    runAll(sql, ...rest);
    if (!preparing.has(sql) && !closed) {
      const fresh = db.prepare(sql, (error: Error | null) => {
        preparing.delete(sql);
        if (!error && !closed) remember(sql, fresh);
      });
      preparing.set(sql, fresh);
    }
    return db;
  } as typeof db.all;

  db.close = function closeAfterFinalizing(callback?: (error: Error | null) => void): void {
    closed = true;
    // A statement still preparing finalizes once prepared (node-sqlite3 queues the call); close waits for both.
    for (const statement of [...prepared.values(), ...preparing.values()]) statement.finalize();
    prepared.clear();
    preparing.clear();
    close(callback);
  } as typeof db.close;

  return db;
}

/**
 * The sqlite3 module as TypeORM's SQLite driver is handed it (`driver`): every connection it opens keeps
 * its reads prepared (`cachingPreparedReads`). TypeORM calls the driver's verbose(), which makes node-sqlite3
 * build an Error and wrap the arguments on every call for longer stack traces: about 0.1 ms of CPU per
 * statement. The module handed back as its own verbose() keeps SQLite's own error messages and TypeORM's
 * QueryFailedError.
 */
export const sqliteDriver = Object.assign(Object.create(sqlite3) as typeof sqlite3, {
  Database: function Database(...args: ConstructorParameters<typeof sqlite3.Database>) {
    return cachingPreparedReads(new sqlite3.Database(...args));
  } as unknown as typeof sqlite3.Database,
  verbose(): typeof sqlite3 {
    return sqliteDriver;
  },
});
