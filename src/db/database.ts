import fs from 'node:fs';
import path from 'node:path';
import { Mutex } from 'async-mutex';
import pg from 'pg';
import type { Logger as JsonLogger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import { ENTITIES } from './entities.js';
import { ADVISORY_LOCKS } from './advisory-locks.js';
import { sqliteDriver } from './sqlite-statements.js';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from './migrations/index.js';
import { runAfterCommit, type TransactionData } from './after-commit.js';
import { InProcessPubSub, type PubSub } from './pubsub.js';
import { DatabaseFaultError, noteConnectionLost, noteFailedWhileCommitting } from './faults.js';
import { countStatement, describeDriverError, StatementCountingLogger, type Actor, type RequestDiagnostics, type TransactionSession } from './statement-counter.js';

export type { Actor, RequestDiagnostics } from './statement-counter.js';
export { onCommit } from './after-commit.js';

export type Dialect = 'sqlite' | 'postgres';

/** How much of a SQLite file is read through a memory map (1 GiB: a scale-1 district with a year of cases is about 0.45 GB). */
const SQLITE_MMAP_BYTES = 1024 * 1024 * 1024;

// DATE columns stay YYYY-MM-DD strings, as on SQLite; pg would turn them into Dates at local midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export interface DatabaseOptions {
  /** postgres:// URL; SQLite when null. */
  databaseUrl: string | null;
  sqlitePath: string;
  /** Run pending migrations on open (the server and the CLIs do; a second server sharing the database is harmless). */
  migrate?: boolean;
  /** Where committed changes are announced (`onCommit`); by default to this process alone (InProcessPubSub). */
  pubSub?: PubSub;
  /** SQLite: connections for heavy reads besides the reader (AnalyticsPool); 2 by default, 0 for none. */
  analyticsConnections?: number;
  /** The process's JSON log, for TypeORM's and the pool's messages; without one they go to standard error (StatementCountingLogger). */
  log?: JsonLogger;
}

/**
 * SQLite's connections for heavy reads (the case indicators' statements, each a scan of a period's cases):
 * each statement goes to the least busy, so that the statements of one report run side by side on the
 * thread pool rather than one after the other on the reader, and a cheap lookup on the reader never
 * waits behind them. WAL lets any number of readers read at once. Empty on PostgreSQL, whose pool does this.
 */
class AnalyticsPool {
  private readonly inFlight: number[];

  constructor(readonly sources: readonly DataSource[]) {
    this.inFlight = sources.map(() => 0);
  }

  async query<T>(query: string, parameters?: any[]): Promise<T> {
    let least = 0;
    for (let index = 1; index < this.sources.length; index++) if (this.inFlight[index]! < this.inFlight[least]!) least = index;
    this.inFlight[least]!++;
    try {
      return await this.sources[least]!.query(query, parameters);
    } finally {
      this.inFlight[least]!--;
    }
  }
}

/** How long `close` waits for the statements and transactions under way before it closes the connections anyway. */
const CLOSE_WAIT_MS = 10_000;

/**
 * The statements and transactions of one opened database under way, so that closing it is orderly: from
 * `close` on, a new statement or transaction is refused as the database fault it is for its caller
 * (`unavailable`: SERVICE_UNAVAILABLE, a 503), and the connections close once those already sent have
 * answered. Before, a request cut at the end of a stop's grace (a graph export written in the request
 * thread, a second or more at scale 1) went on sending statements on the connections being closed, and
 * node-sqlite3 printed SQLITE_MISUSE ("Database handle is closed") for each, outside the JSON log.
 */
class StatementGate {
  private closing = false;
  private running = 0;
  private idle: (() => void)[] = [];

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(new DatabaseFaultError('unavailable', 'The server is stopping: the database is being closed.'));
    this.running += 1;
    const done = () => {
      this.running -= 1;
      if (this.running > 0) return;
      for (const resolve of this.idle.splice(0)) resolve();
    };
    let answer: Promise<T>;
    try {
      answer = work();
    } catch (error) {
      done();
      throw error;
    }
    answer.then(done, done);
    return answer;
  }

  /** Refuses what comes next and waits for what is under way to answer (at most `withinMs`). */
  async close(withinMs: number): Promise<void> {
    this.closing = true;
    if (this.running === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([new Promise<void>((resolve) => this.idle.push(resolve)), new Promise<void>((resolve) => (timer = setTimeout(resolve, withinMs)))]);
    clearTimeout(timer);
  }

  /** Every statement `source` runs outside a transaction's runner (every manager's `query`, each view's) goes through the gate. */
  guard(source: DataSource): void {
    const query = source.query.bind(source);
    source.query = ((sql: string, parameters?: unknown[], runner?: unknown) => this.run(() => query(sql, parameters as never, runner as never))) as DataSource['query'];
  }
}

/** What every view of one opened database shares beyond its connections: how it was opened, and what to stop when it closes. */
interface OpenedDatabase {
  options: DatabaseOptions;
  closers: (() => Promise<void>)[];
  gate: StatementGate;
}

/** By the writer DataSource, which every view of one opened database shares. */
const OPENED = new WeakMap<DataSource, OpenedDatabase>();

/**
 * The application's handle on its database: a writer for transactions and a reader for everything else.
 *
 * On PostgreSQL both are the same pooled DataSource. On SQLite, TypeORM runs every query of a DataSource
 * on one connection, so two transactions at once fail ("cannot start a transaction within a transaction")
 * and a read issued while another request's transaction is open sees its uncommitted rows. So on SQLite
 * writes go through one connection and are serialized by a mutex, and reads go through a second
 * connection in WAL mode, which sees only committed data and never waits for a writer.
 *
 * `observedBy` and `as` give views of the same database (same connections, same write lock) that carry
 * a request's diagnostics and an actor explicitly, to every statement they run: a request's statements
 * are counted for its log line, and every change is attributed in the audit log, without anything
 * looked up from the async context.
 */
export class Database {
  /** The manager for reads outside a transaction (a view observed by a request counts them). */
  readonly manager: EntityManager;
  private analyticsManager?: EntityManager;

  private constructor(
    readonly dialect: Dialect,
    readonly writer: DataSource,
    readonly reader: DataSource,
    private readonly writeLock: Mutex | null,
    /** Where committed changes are announced: shared by every view of this database. */
    readonly pubSub: PubSub,
    private readonly session: TransactionSession = {},
    manager?: EntityManager,
    private readonly pool: AnalyticsPool | null = null,
  ) {
    this.manager = manager ?? reader.manager;
  }

  /**
   * The manager for heavy reads outside a transaction, counted like `manager`'s: on SQLite the analytics
   * connections (AnalyticsPool) when there are any, else the same as `manager`. Made on first use: most
   * requests never ask.
   */
  get analytics(): EntityManager {
    return (this.analyticsManager ??= this.pool && this.pool.sources.length ? new AnalyticsEntityManager(this.pool, this.session.diagnostics ?? null) : this.manager);
  }

  static async open(options: DatabaseOptions): Promise<Database> {
    const pubSub = options.pubSub ?? new InProcessPubSub();
    const logger = new StatementCountingLogger(options.log);
    if (options.databaseUrl) {
      const dataSource = new DataSource({
        type: 'postgres',
        url: options.databaseUrl,
        entities: ENTITIES,
        migrations: POSTGRES_MIGRATIONS,
        migrationsTransactionMode: 'each',
        logger,
        extra: { max: 10 },
        // An idle connection of the pool failed (the server stopped or restarted): pg-pool drops it and
        // opens a new one when next asked. Worth a line in the JSON log, not a crash nor a stray print.
        poolErrorHandler: (error: unknown) => {
          if (options.log) options.log.warn({ error: describeDriverError(error) }, 'PostgreSQL pool: an idle connection failed and was dropped');
          else console.warn('PostgreSQL pool: an idle connection failed and was dropped:', describeDriverError(error).message);
        },
      });
      await dataSource.initialize();
      if (options.migrate ?? true) await runMigrationsExclusively(dataSource);
      const gate = new StatementGate();
      gate.guard(dataSource);
      OPENED.set(dataSource, { options, closers: [], gate });
      return new Database('postgres', dataSource, dataSource, null, pubSub);
    }
    fs.mkdirSync(path.dirname(options.sqlitePath), { recursive: true });
    const common = {
      type: 'sqlite' as const,
      database: options.sqlitePath,
      entities: ENTITIES,
      enableWAL: true,
      busyTimeout: 10_000,
      logger,
      // node-sqlite3 without verbose()'s stack traces, its connections keeping their reads prepared
      // (sqlite-statements.ts).
      driver: sqliteDriver,
    };
    const writer = new DataSource({ ...common, migrations: SQLITE_MIGRATIONS, migrationsTransactionMode: 'each' });
    await writer.initialize();
    if (options.migrate ?? true) await writer.runMigrations();
    const reader = new DataSource({ ...common, migrations: [] });
    await reader.initialize();
    const analysts = await Promise.all(Array.from({ length: options.analyticsConnections ?? 2 }, () => new DataSource({ ...common, migrations: [] }).initialize()));
    // Reads through memory-mapped pages rather than a read() per page: a scan of a year of cases at scale 1
    // (the case indicators) spends a third of its time in those calls otherwise. A limit, not an allocation.
    for (const source of [writer, reader, ...analysts]) await source.query(`PRAGMA mmap_size = ${SQLITE_MMAP_BYTES}`);
    const gate = new StatementGate();
    for (const source of [writer, reader, ...analysts]) gate.guard(source);
    OPENED.set(writer, { options, closers: [], gate });
    return new Database('sqlite', writer, reader, new Mutex(), pubSub, {}, undefined, new AnalyticsPool(analysts));
  }

  /** Where this database is (its URL or file), for another thread that opens it too (the indicator workers). */
  get location(): { databaseUrl: string | null; sqlitePath: string } {
    const { databaseUrl, sqlitePath } = OPENED.get(this.writer)!.options;
    return { databaseUrl, sqlitePath };
  }

  /** Runs `stop` when the database is closed, before its connections are (a pool of workers reading it, say). */
  onClose(stop: () => Promise<void>): void {
    OPENED.get(this.writer)!.closers.push(stop);
  }

  /** The request's diagnostics this view counts into; null outside a request. */
  get diagnostics(): RequestDiagnostics | null {
    return this.session.diagnostics ?? null;
  }

  /**
   * A view for one request: every statement it runs, reads and transactions, counts into `diagnostics`
   * (the request's log line, its metrics and `extensions.diagnostics`). Cheap: one object and a manager.
   */
  observedBy(diagnostics: RequestDiagnostics): Database {
    return new Database(this.dialect, this.writer, this.reader, this.writeLock, this.pubSub, { ...this.session, diagnostics }, new ObservedEntityManager(this.reader, diagnostics), this.pool);
  }

  /** A view whose transactions' changes are recorded in the audit log as made by `actor` (recordChange). */
  as(actor: Actor): Database {
    return new Database(this.dialect, this.writer, this.reader, this.writeLock, this.pubSub, { ...this.session, actor }, this.manager, this.pool);
  }

  /**
   * Runs `work` in one transaction and commits it, or rolls everything back if it throws.
   * On SQLite transactions run one at a time; on PostgreSQL they run concurrently, and services
   * lock the rows they change (or check versions) so concurrent writers never overwrite each other.
   * The transaction's runner carries this view's diagnostics and actor meanwhile (TransactionSession).
   */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    // Counted as under way from here, so that closing the database waits for its commit (StatementGate).
    const gate = OPENED.get(this.writer)!.gate;
    if (!this.writeLock) return gate.run(() => this.concurrentTransaction(work));
    const writeLock = this.writeLock;
    return gate.run(() => writeLock.runExclusive(() => this.immediateTransaction(work)));
  }

  /** PostgreSQL: a runner of the pool's for this transaction alone, released at its end. */
  private async concurrentTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.writer.createQueryRunner();
    const data: TransactionData = { ...this.session, afterCommit: [] };
    runner.data = data;
    let result: T;
    let committing = false;
    try {
      // The runner's manager begins, commits or rolls back on that runner, and leaves releasing it to us.
      result = await runner.manager.transaction(async (manager) => {
        const done = await work(manager);
        committing = true;
        return done;
      });
    } catch (error) {
      // Only TypeORM releases the runner before `finally` does: when its connection failed (faults.ts, noteConnectionLost).
      if (runner.isReleased) noteConnectionLost(error);
      // The connection failed while COMMIT was under way: PostgreSQL may have committed before it went away.
      if (committing) noteFailedWhileCommitting(error);
      throw error;
    } finally {
      await runner.release();
    }
    runAfterCommit(data.afterCommit!);
    return result;
  }

  /**
   * SQLite: BEGIN IMMEDIATE takes the write lock before the transaction reads anything. TypeORM's
   * deferred BEGIN reads first, and SQLite never waits (busy timeout or not) when a transaction that
   * has read tries to start writing while another process (`npm run import`, a second server) holds
   * the lock: it fails at once with SQLITE_BUSY. Taking the lock first makes such writers wait.
   */
  private async immediateTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    // TypeORM's SQLite driver has one runner per DataSource: the write lock makes it this transaction's alone.
    const runner = this.writer.createQueryRunner();
    const data: TransactionData = { ...this.session, afterCommit: [] };
    runner.data = data;
    try {
      await runner.connect();
      await runner.query('BEGIN IMMEDIATE');
    } catch (error) {
      // Nothing began (the lock stayed busy past the timeout, say): the runner keeps nobody's session.
      runner.data = {};
      throw error;
    }
    // So that nothing inside starts a transaction of its own on this connection.
    Object.assign(runner, { isTransactionActive: true });
    let result: T;
    try {
      result = await work(runner.manager);
      await runner.query('COMMIT');
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      Object.assign(runner, { isTransactionActive: false });
      runner.data = {};
      await runner.release();
    }
    // After the write lock's holder is done with the connection, as on PostgreSQL after the runner is released.
    runAfterCommit(data.afterCommit!);
    return result;
  }

  /**
   * Closes the connections: those of every view of this database. Statements and transactions under way
   * are answered first (for at most CLOSE_WAIT_MS); new ones are refused as `unavailable` (StatementGate).
   */
  async close(): Promise<void> {
    const opened = OPENED.get(this.writer);
    for (const stop of opened?.closers.splice(0) ?? []) await stop();
    await opened?.gate.close(CLOSE_WAIT_MS);
    for (const source of this.pool?.sources ?? []) if (source.isInitialized) await source.destroy();
    if (this.reader !== this.writer && this.reader.isInitialized) await this.reader.destroy();
    if (this.writer.isInitialized) await this.writer.destroy();
  }
}

/**
 * The reads of a view observed by a request. Every read outside a transaction goes through `query`
 * (rows.ts: queryRows, queryEntities, the paged reads), so each is counted here as it is sent. Reads
 * through a repository or a query builder outside a transaction would not be: there are none, and
 * the statement budgets (test/statement-budgets.test.ts and others) would show one.
 */
class ObservedEntityManager extends EntityManager {
  constructor(
    dataSource: DataSource,
    private readonly diagnostics: RequestDiagnostics,
  ) {
    super(dataSource);
  }

  /** Reads sent and not yet answered, for the request's loader schedule (loader-family.ts, loaderOptions). */
  readsInFlight = 0;
  private idle: (() => void)[] = [];

  whenNoReadsInFlight(callback: () => void): void {
    if (this.readsInFlight === 0) callback();
    else this.idle.push(callback);
  }

  override query<T = any>(query: string, parameters?: any[]): Promise<T> {
    countStatement(this.diagnostics);
    return this.reading(super.query<T>(query, parameters));
  }

  /** Counts `answer` as a read in flight until it settles: a statement, or reads made elsewhere for the request (a worker thread's). */
  reading<T>(answer: Promise<T>): Promise<T> {
    this.readsInFlight += 1;
    const done = () => {
      this.readsInFlight -= 1;
      if (this.readsInFlight > 0) return;
      const callbacks = this.idle;
      this.idle = [];
      for (const callback of callbacks) callback();
    };
    answer.then(done, done);
    return answer;
  }
}


/** The heavy reads of a view: each statement to the pool's least busy connection, counted when a request observes the view. */
class AnalyticsEntityManager extends EntityManager {
  constructor(
    private readonly pool: AnalyticsPool,
    private readonly diagnostics: RequestDiagnostics | null,
  ) {
    super(pool.sources[0]!);
  }

  override query<T = any>(query: string, parameters?: any[]): Promise<T> {
    if (this.diagnostics) countStatement(this.diagnostics);
    return this.pool.query<T>(query, parameters);
  }
}

/** Several servers may share one PostgreSQL database: an advisory lock makes them migrate one at a time. */
/**
 * Runs `work` while no other process of this application runs exclusive work on the same PostgreSQL
 * database (a session advisory lock, held on a connection of its own): replicas starting together check and
 * load the sample district one after the other, and the second finds it there. On SQLite, `work` just runs.
 */
export async function exclusively<T>(db: Database, work: () => Promise<T>): Promise<T> {
  if (db.dialect !== 'postgres') return work();
  const runner = db.manager.connection.createQueryRunner();
  try {
    await runner.connect();
    await runner.query(`SELECT pg_advisory_lock(${ADVISORY_LOCKS.sampleDistrict})`);
    return await work();
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(${ADVISORY_LOCKS.sampleDistrict})`).catch(() => undefined);
    await runner.release();
  }
}

async function runMigrationsExclusively(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query(`SELECT pg_advisory_lock(${ADVISORY_LOCKS.migrations})`);
    await dataSource.runMigrations();
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(${ADVISORY_LOCKS.migrations})`).catch(() => undefined);
    await runner.release();
  }
}
