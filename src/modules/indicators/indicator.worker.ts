import 'reflect-metadata';
import { Database } from '../../db/database.js';
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
  task: IndicatorTask;
}

export default async function runInWorker({ location, task }: WorkerTask): Promise<{ answers: unknown[]; sqlStatements: number }> {
  const opened = await Database.open({ ...location, migrate: false, analyticsConnections: 0 });
  try {
    const diagnostics = { sqlStatements: 0 };
    const db = opened.observedBy(diagnostics);
    const answers = await runIndicatorTask(new IndicatorSource(db.manager, task.rootId), task);
    return { answers, sqlStatements: diagnostics.sqlStatements };
  } finally {
    await opened.close();
  }
}
