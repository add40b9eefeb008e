import 'reflect-metadata';
import os from 'node:os';
import { pino } from 'pino';
import { Database } from '../../db/database.js';
import { databaseFaultOf, type DatabaseFault } from '../../db/faults.js';
import { IndicatorSource } from './indicator-source.js';
import { runIndicatorTask, type IndicatorTask } from './indicator-questions.js';

/**
 * A worker thread of the indicator pool (indicator-pool.ts): it runs indicator tasks off the thread that
 * answers requests. Each task opens the server's database (no migrations, no analytics connections), reads
 * its scope's rows anew, as a request does, closes the database again, and says how many statements it ran,
 * so that the request's diagnostics and statement budgets count them. Opening costs a few milliseconds
 * against the half second of a district's task; connections left open when the pool stops its threads make
 * node-sqlite3 abort the whole process while the thread is torn down (a FATAL napi_throw, seen on SIGTERM).
 */

export interface WorkerTask {
  location: { databaseUrl: string | null; sqlitePath: string };
  /** The nice value this thread takes on its first task (INDICATOR_WORKER_NICE). */
  nice: number;
  task: IndicatorTask;
}

/** The answers and the statements they took, or the database fault that stopped them (indicator-pool.ts throws it as a DatabaseFaultError). */
export type WorkerAnswer = { answers: unknown[]; sqlStatements: number } | { fault: DatabaseFault; message: string };

/** The pool's and TypeORM's messages of this thread's connections, as JSON lines like the server's (LOG_LEVEL from the same environment). */
const log = pino({ level: process.env.LOG_LEVEL || 'info', base: { pid: process.pid, thread: 'indicators' } });

/** Whether this thread has set its nice value: once, since an unprivileged process cannot lower it again. */
let niced = false;

/**
 * Linux schedules each thread by its own nice value (setpriority on the calling thread, pid 0): 10 above
 * the server's, this thread gets about a tenth of a core against the thread that answers requests when both
 * want one, and all of it when that thread is idle. The SQLite statements it starts run in libuv's threadpool, not niced.
 */
function lowerPriority(nice: number): void {
  if (niced) return;
  niced = true;
  if (nice === 0) return;
  try {
    // Relative to the thread that started it (the server's own nice value), as `nice -n` is.
    os.setPriority(Math.min(19, os.getPriority() + nice));
  } catch (error) {
    log.warn({ error: error instanceof Error ? error.message : String(error) }, 'could not lower the indicator worker thread\'s priority');
  }
}

export default async function runInWorker({ location, nice, task }: WorkerTask): Promise<WorkerAnswer> {
  lowerPriority(nice);
  let opened: Database | null = null;
  try {
    // Opened for this task alone: the database down, the next task simply opens it again.
    opened = await Database.open({ ...location, migrate: false, analyticsConnections: 0, log });
    const diagnostics = { sqlStatements: 0 };
    const db = opened.observedBy(diagnostics);
    const answers = await runIndicatorTask(new IndicatorSource(db.manager, task.rootId), task);
    return { answers, sqlStatements: diagnostics.sqlStatements };
  } catch (error) {
    const fault = databaseFaultOf(error);
    if (!fault) throw error;
    return { fault, message: error instanceof Error ? error.message : String(error) };
  } finally {
    await opened?.close().catch(() => undefined);
  }
}
