import 'reflect-metadata';
import os from 'node:os';
import { workerData } from 'piscina';
import { pino } from 'pino';
import { Database } from '../../db/database.js';
import { databaseFaultOf, type DatabaseFault } from '../../db/faults.js';

/**
 * What every thread of the worker pool (indicator-pool.ts) shares, whichever kind of task it runs (the
 * indicators, indicator.worker.ts; the graph export, src/server/export.worker.ts): its priority, set once as
 * it starts, and its one database, opened for its first task and kept for the next ones.
 *
 * Kept open, because opening was a tenth of a district's task: TypeORM's metadata for two data sources and
 * the connections, 10–35 ms of CPU warm and over 100 ms on a new thread, and on PostgreSQL new backends whose
 * caches start cold. It is closed after IDLE_CLOSE_MS without a task, when a task meets a database fault (the
 * next one opens it again), and when the pool asks before stopping its threads (`releaseThreadDatabase`):
 * node-sqlite3 aborts the whole process (a FATAL napi_throw, seen on SIGTERM) if a thread is torn down with a
 * connection open. The pool runs its threads without Atomics waits, so that this thread's timers and
 * connections live between tasks. A thread runs one task at a time.
 */

/** A thread's database left this long without a task is closed; the next task opens it again. */
const IDLE_CLOSE_MS = 10_000;

/** What the pool gives each of its threads when it starts (piscina's workerData). */
export interface WorkerSetting {
  location: { databaseUrl: string | null; sqlitePath: string };
  /** How far below the server's this thread's priority goes (INDICATOR_WORKER_NICE). */
  nice: number;
}

/** A task's answer, or the database fault that stopped it. */
export type OrFault<T> = T | { fault: DatabaseFault; message: string };

/**
 * The pool's and TypeORM's messages of this thread's connections, as JSON lines like the server's (LOG_LEVEL from the
 * same environment), labelled `thread: 'worker'`: the pool's, whichever task (indicators or graph export) runs on it.
 */
export const log = pino({ level: process.env.LOG_LEVEL || 'info', base: { pid: process.pid, thread: 'worker' } });

const setting = workerData as WorkerSetting;

/**
 * Linux schedules each thread by its own nice value (setpriority on the calling thread, pid 0): 10 above
 * the server's, this thread gets about a tenth of a core against the thread that answers requests when both
 * want one, and all of it when that thread is idle. The SQLite statements it starts run in libuv's threadpool,
 * not niced. Set once, as the thread starts (piscina loads the pool's default handler, which imports this,
 * before the first task): an unprivileged process cannot lower it again.
 */
if (setting.nice !== 0) {
  try {
    // Relative to the thread that started it (the server's own nice value), as `nice -n` is.
    os.setPriority(Math.min(19, os.getPriority() + setting.nice));
  } catch (error) {
    log.warn({ error: error instanceof Error ? error.message : String(error) }, 'could not lower the worker thread\'s priority');
  }
}

let opened: Promise<Database> | null = null;
let idle: NodeJS.Timeout | null = null;

function database(): Promise<Database> {
  if (!opened) {
    const opening = Database.open({ ...setting.location, migrate: false, analyticsConnections: 0, log });
    opened = opening;
    // A failed open is not kept: the next task tries again.
    opening.catch(() => {
      if (opened === opening) opened = null;
    });
  }
  return opened;
}

async function closeDatabase(): Promise<void> {
  const closing = opened;
  opened = null;
  const database = await closing?.catch(() => null);
  await database?.close().catch(() => undefined);
}

/** Closes the thread's database, before the pool stops the thread. */
export async function releaseThreadDatabase(): Promise<void> {
  if (idle) clearTimeout(idle);
  idle = null;
  await closeDatabase();
}

/**
 * Runs `work` on the thread's database (opened for it if need be). A database fault (the database down,
 * say) is answered as what it is, and the database closed: the next task opens it again.
 */
export async function onThreadDatabase<T>(work: (db: Database) => Promise<T>): Promise<OrFault<T>> {
  if (idle) clearTimeout(idle);
  idle = null;
  try {
    return await work(await database());
  } catch (error) {
    const fault = databaseFaultOf(error);
    if (!fault) throw error;
    await closeDatabase();
    return { fault, message: error instanceof Error ? error.message : String(error) };
  } finally {
    if (opened) idle = setTimeout(() => void closeDatabase(), IDLE_CLOSE_MS);
  }
}
