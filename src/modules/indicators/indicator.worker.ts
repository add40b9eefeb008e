import 'reflect-metadata';
import { Database } from '../../db/database.js';
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

export default async function runInWorker({ location, task }: WorkerTask): Promise<{ answers: unknown[]; sqlStatements: number }> {
  opened ??= Database.open({ ...location, migrate: false, analyticsConnections: 0 });
  const diagnostics = { sqlStatements: 0 };
  const db = (await opened).observedBy(diagnostics);
  const answers = await runIndicatorTask(new IndicatorSource(db.manager, task.rootId), task);
  return { answers, sqlStatements: diagnostics.sqlStatements };
}
