import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { DataSource } from 'typeorm';
import type { Database } from '../../db/database.js';
import { asReadOf } from '../../db/loader-family.js';
import { IndicatorSource } from './indicator-source.js';
import { runIndicatorTask, type IndicatorTask } from './indicator-questions.js';
import type { WorkerAnswer, WorkerRelease, WorkerSetting, WorkerTask } from './indicator.worker.js';
import { DatabaseFaultError } from '../../db/faults.js';

/** A worker thread left idle this long stops; the next task starts one again (about a second). */
const IDLE_MS = 5 * 60_000;

/**
 * Where governanceIndicators and indicatorTrend are computed. With workers (INDICATOR_WORKERS, 1 by
 * default), in a pool of worker threads (piscina), each with its own connections to the database: the
 * rows of a whole district (30,000 organizations, their links, posts and grids), the membership walk and
 * betweenness then never hold up the thread that answers other requests. With none, in the request's own
 * thread, as before.
 *
 * Identical tasks in flight at the same time are computed once: a second dashboard asking the same scope,
 * date and questions while the first is being answered waits for the same answers.
 */
export class IndicatorRunner {
  private pool: Piscina | null = null;
  /** Tasks computed, and requests that joined an identical task in flight instead (the metric indicator_tasks_total). */
  readonly counts = { computed: 0, joined: 0 };
  /** The other kinds of task (runIn: the graph export's), computed or joined, as `counts` (the metric graph_export_tasks_total). */
  readonly otherCounts = { computed: 0, joined: 0 };
  /** Tasks in flight, indicators and other kinds alike, by handler and message: an identical one joins it. */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: Database,
    readonly workers: number,
    /** The nice value the worker threads give themselves (INDICATOR_WORKER_NICE): 0 leaves them as the request thread. */
    readonly nice = 0,
  ) {}

  /** Runs `task`; the statements it ran count for `db`'s request (its diagnostics). */
  async run(db: Database, task: IndicatorTask): Promise<unknown[]> {
    if (this.workers === 0) {
      this.counts.computed++;
      return runIndicatorTask(new IndicatorSource(db.manager, task.rootId), task);
    }
    const { running, first } = this.shared<WorkerAnswer>(null, { task } satisfies WorkerTask, this.counts);
    // A read of the request's while it runs, so that the organizations and grids its other fields load wait
    // and go in one batch with those the answers name, as they would if the statements ran here.
    const answer = await asReadOf(db.manager, running);
    // The database down (say) in the worker: thrown here as what it is, so that the client is told SERVICE_UNAVAILABLE.
    if ('fault' in answer) throw new DatabaseFaultError(answer.fault, answer.message);
    const { answers, sqlStatements } = answer;
    // Only the request that started the task ran its statements.
    if (first && db.diagnostics) db.diagnostics.sqlStatements += sqlStatements;
    return answers;
  }

  /**
   * Runs `message` in one of the pool's threads with the handler that `filename` exports by default (the
   * graph export's, src/server/export.worker.ts), beside the indicators: the same threads, their priority
   * and their database (pool-thread.ts). Identical messages in flight at the same time are run once, and
   * each caller gets the same answer (which a handler may hand over with piscina's `move`, not copied).
   * Only with workers (`workers` above 0): without, the caller does the work in its own thread.
   */
  runIn<T>(filename: string, message: object): Promise<T> {
    if (this.workers === 0) throw new Error('runIn needs worker threads (INDICATOR_WORKERS above 0)');
    return this.shared<T>(filename, message, this.otherCounts).running;
  }

  /**
   * `message` run in a thread with `filename`'s handler (null: the pool's default, the indicators'), or the same
   * message's run already in flight, joined; counted in `counts` either way.
   */
  /**
   * Starts every thread of the pool now and keeps them (no idle stop), and runs `message` once in each with
   * `filename`'s handler: the graph export's builds its schema there (export.worker.ts), about 2 s of a
   * new thread (loading the server's modules, then the schema) that the first download would otherwise wait for.
   */
  warm(filename: string, message: object): Promise<void> {
    if (this.workers === 0) return Promise.resolve();
    const pool = this.workerPool({ keep: true });
    // One task per thread: a thread runs one at a time, so that `workers` tasks at once reach every thread.
    this.warming = Promise.all(Array.from({ length: this.workers }, () => pool.run(message, { filename }))).then(() => undefined);
    return this.warming;
  }

  /** The warming under way or done (`warm`); null when the pool was not warmed. */
  warming: Promise<void> | null = null;

  /** The pool's threads running now. */
  get threads(): number {
    return this.pool?.threads.length ?? 0;
  }

  private shared<T>(filename: string | null, message: object, counts: { computed: number; joined: number }): { running: Promise<T>; first: boolean } {
    const key = JSON.stringify([filename, message]);
    const joined = this.inFlight.get(key) as Promise<T> | undefined;
    if (joined) {
      counts.joined += 1;
      return { running: joined, first: false };
    }
    counts.computed += 1;
    const running = this.workerPool().run(message, filename === null ? {} : { filename }) as Promise<T>;
    this.inFlight.set(key, running);
    void running.finally(() => this.inFlight.delete(key)).catch(() => undefined);
    return { running, first: true };
  }

  private workerPool(options: { keep?: boolean } = {}): Piscina {
    if (this.pool) return this.pool;
    this.pool = new Piscina({
      filename: fileURLToPath(new URL('./indicator.worker.ts', import.meta.url)),
      // Kept: started now and never stopped for idleness (warm).
      minThreads: options.keep ? this.workers : 0,
      maxThreads: this.workers,
      idleTimeout: IDLE_MS,
      // What every thread of this pool reads and how it runs, set once when it starts.
      workerData: { location: this.db.location, nice: this.nice } satisfies WorkerSetting,
      // Threads keep their database open between tasks (indicator.worker.ts): their event loop must run while
      // they wait for the next task, which Atomics waits would stop.
      atomics: 'disabled',
      // The worker is TypeScript: it loads through tsx, as the server does (npm start runs tsx).
      execArgv: [...withoutProfiling(process.execArgv), '--import', 'tsx'],
    });
    return this.pool;
  }

  /**
   * Lets the tasks running finish and each thread close its database (a worker stopped with its connections
   * open makes node-sqlite3 abort the process as the thread is torn down), then stops the threads. The server closes the database,
   * and so this, after the requests in flight have been answered or cut.
   */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    if (!pool) return;
    // Each thread closes its database first (one release task each: a thread runs one task at a time).
    await Promise.all(pool.threads.map(() => pool.run({ release: true } satisfies WorkerRelease).catch(() => undefined)));
    await pool.close();
  }
}

/**
 * The server's node flags less --cpu-prof and its settings, which a worker thread does not take: with their
 * values too (`--cpu-prof-dir DIR`), or the worker read DIR as its module and failed to load.
 */
function withoutProfiling(flags: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < flags.length; index += 1) {
    const flag = flags[index]!;
    if (!flag.startsWith('--cpu-prof')) kept.push(flag);
    else if (flag !== '--cpu-prof' && !flag.includes('=')) index += 1;
  }
  return kept;
}

/** One runner per opened database (by its writer, which every view shares), stopped when the database closes. */
const RUNNERS = new WeakMap<DataSource, IndicatorRunner>();

/** Sets how many worker threads compute `db`'s indicators (the server does, from INDICATOR_WORKERS); before any request. */
export function useIndicatorWorkers(db: Database, workers: number, nice = 0): IndicatorRunner {
  const runner = new IndicatorRunner(db, workers, nice);
  const previous = RUNNERS.get(db.writer);
  RUNNERS.set(db.writer, runner);
  db.onClose(() => runner.close());
  void previous?.close();
  return runner;
}

/** The runner of `db`: the one the server set, or one computing in the calling thread (scripts, tests of the services). */
export function indicatorRunner(db: Database): IndicatorRunner {
  let runner = RUNNERS.get(db.writer);
  if (!runner) RUNNERS.set(db.writer, (runner = new IndicatorRunner(db, 0)));
  return runner;
}
