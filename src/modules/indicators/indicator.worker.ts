import 'reflect-metadata';
import { pino } from 'pino';
import { Database } from '../../db/database.js';
import { databaseFaultOf, type DatabaseFault } from '../../db/faults.js';
import { IndicatorSource } from './indicator-source.js';
import { runIndicatorTask, type IndicatorTask } from './indicator-questions.js';

/**
 * A worker thread of the indicator pool (indicator-pool.ts): it opens the server's database once, read
 * only in practice (no migrations, no analytics connections), and runs indicator tasks on it, off the
 * thread that answers requests. Each task reads its scope's rows anew, as a request does, and says how
 * many statements it ran, so that the request's diagnostics and statement budgets count them.
 */
let opened: Promise<Database> | null = null;

export interface WorkerTask {
  location: { databaseUrl: string | null; sqlitePath: string };
  task: IndicatorTask;
}

/** The answers and the statements they took, or the database fault that stopped them (indicator-pool.ts throws it as a DatabaseFaultError). */
export type WorkerAnswer = { answers: unknown[]; sqlStatements: number } | { fault: DatabaseFault; message: string };

/** The pool's and TypeORM's messages of this thread's connections, as JSON lines like the server's (LOG_LEVEL from the same environment). */
const log = pino({ level: process.env.LOG_LEVEL || 'info', base: { pid: process.pid, thread: 'indicators' } });

export default async function runInWorker({ location, task }: WorkerTask): Promise<WorkerAnswer> {
  try {
    // Opened again by the next task if this failed (the database down): a rejected open is not kept.
    opened ??= Database.open({ ...location, migrate: false, analyticsConnections: 0, log }).catch((error: unknown) => {
      opened = null;
      throw error;
    });
    const diagnostics = { sqlStatements: 0 };
    const db = (await opened).observedBy(diagnostics);
    const answers = await runIndicatorTask(new IndicatorSource(db.manager, task.rootId), task);
    return { answers, sqlStatements: diagnostics.sqlStatements };
  } catch (error) {
    const fault = databaseFaultOf(error);
    if (!fault) throw error;
    return { fault, message: error instanceof Error ? error.message : String(error) };
  }
}
