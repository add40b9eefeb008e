import { onThreadDatabase, releaseThreadDatabase, type OrFault } from './pool-thread.js';
import { IndicatorSource } from './indicator-source.js';
import { runIndicatorTask, type IndicatorTask } from './indicator-questions.js';

/**
 * The default handler of the worker pool's threads (indicator-pool.ts): it runs indicator tasks off the
 * thread that answers requests, on the thread's database (pool-thread.ts: opened once and kept, no
 * migrations, no analytics connections), reading each task's rows anew as a request does, and says how
 * many statements each task ran, so that the request's diagnostics and statement budgets count them. It
 * also closes the thread's database when the pool asks, before it stops the thread (`release`).
 */

export type { WorkerSetting } from './pool-thread.js';

export interface WorkerTask {
  task: IndicatorTask;
}

/** The answers and the statements they took, or the database fault that stopped them (indicator-pool.ts throws it as a DatabaseFaultError). */
export type WorkerAnswer = OrFault<{ answers: unknown[]; sqlStatements: number }>;

/** Closes the thread's database before the pool stops the thread. */
export interface WorkerRelease {
  release: true;
}

export default async function runInWorker(message: WorkerTask | WorkerRelease): Promise<WorkerAnswer | null> {
  if ('release' in message) {
    await releaseThreadDatabase();
    return null;
  }
  const { task } = message;
  return onThreadDatabase(async (database) => {
    const diagnostics = { sqlStatements: 0 };
    const db = database.observedBy(diagnostics);
    const answers = await runIndicatorTask(new IndicatorSource(db.manager, task.rootId), task);
    return { answers, sqlStatements: diagnostics.sqlStatements };
  });
}
