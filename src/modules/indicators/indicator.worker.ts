import 'reflect-metadata';
import os from 'node:os';
import { workerData } from 'piscina';
import { pino } from 'pino';
import { Database } from '../../db/database.js';
import { databaseFaultOf, type DatabaseFault } from '../../db/faults.js';
import { IndicatorSource } from './indicator-source.js';
import { runIndicatorTask, type IndicatorTask } from './indicator-questions.js';

/**
 * A worker thread of the indicator pool (indicator-pool.ts): it runs indicator tasks off the thread that
 * answers requests. The thread opens the server's database (no migrations, no analytics connections) for
 * its first task and keeps it for the next ones, reading each task's rows anew as a request does, and says
 * how many statements each task ran, so that the request's diagnostics and statement budgets count them.
 *
 * Kept open, because opening was a tenth of a district's task: TypeORM's metadata for two data sources and
 * the connections, 10–35 ms of CPU warm and over 100 ms on a new thread, and on PostgreSQL new backends whose
 * caches start cold. It is closed after IDLE_CLOSE_MS without a task, when a task meets a database fault (the
 * next one opens it again), and when the pool asks before stopping its threads (`release`): node-sqlite3
 * aborts the whole process (a FATAL napi_throw, seen on SIGTERM) if a thread is torn down with a connection
 * open. The pool runs its threads without Atomics waits, so that this thread's timers and connections live
 * between tasks.
 */

/** A thread's database left this long without a task is closed; the next task opens it again. */
const IDLE_CLOSE_MS = 10_000;

/** What the pool gives each of its threads when it starts (piscina's workerData). */
export interface WorkerSetting {
  location: { databaseUrl: string | null; sqlitePath: string };
  /** How far below the server's this thread's priority goes (INDICATOR_WORKER_NICE). */
  nice: number;
}

export interface WorkerTask {
  task: IndicatorTask;
}

/** The answers and the statements they took, or the database fault that stopped them (indicator-pool.ts throws it as a DatabaseFaultError). */
export type WorkerAnswer = { answers: unknown[]; sqlStatements: number } | { fault: DatabaseFault; message: string };

/** The pool's and TypeORM's messages of this thread's connections, as JSON lines like the server's (LOG_LEVEL from the same environment). */
const log = pino({ level: process.env.LOG_LEVEL || 'info', base: { pid: process.pid, thread: 'indicators' } });

const setting = workerData as WorkerSetting;

/**
 * Linux schedules each thread by its own nice value (setpriority on the calling thread, pid 0): 10 above
 * the server's, this thread gets about a tenth of a core against the thread that answers requests when both
 * want one, and all of it when that thread is idle. The SQLite statements it starts run in libuv's threadpool,
 * not niced. Set once, as the thread starts: an unprivileged process cannot lower it again.
 */
if (setting.nice !== 0) {
  try {
    // Relative to the thread that started it (the server's own nice value), as `nice -n` is.
    os.setPriority(Math.min(19, os.getPriority() + setting.nice));
  } catch (error) {
    log.warn({ error: error instanceof Error ? error.message : String(error) }, 'could not lower the indicator worker thread\'s priority');
  }
}

/** Closes the thread's database before the pool stops the thread. */
export interface WorkerRelease {
  release: true;
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

export default async function runInWorker(message: WorkerTask | WorkerRelease): Promise<WorkerAnswer | null> {
  if (idle) clearTimeout(idle);
  idle = null;
  if ('release' in message) {
    await closeDatabase();
    return null;
  }
  const { task } = message;
  try {
    const diagnostics = { sqlStatements: 0 };
    const db = (await database()).observedBy(diagnostics);
    const answers = await runIndicatorTask(new IndicatorSource(db.manager, task.rootId), task);
    return { answers, sqlStatements: diagnostics.sqlStatements };
  } catch (error) {
    const fault = databaseFaultOf(error);
    if (!fault) throw error;
    // The database down (say): opened again by the next task.
    await closeDatabase();
    return { fault, message: error instanceof Error ? error.message : String(error) };
  } finally {
    if (opened) idle = setTimeout(() => void closeDatabase(), IDLE_CLOSE_MS);
  }
}
