import type { EntityManager } from 'typeorm';
import type { TransactionSession } from './statement-counter.js';

/*
 * Work to run once a transaction has committed. Apart from database.ts, which runs it, so that services
 * can import onCommit without importing database.ts (which loads the modules' entities, and so the
 * services themselves, through entities.ts).
 */

/** What a transaction carries besides its session: the work to run once it has committed. */
export interface TransactionData extends TransactionSession {
  afterCommit?: (() => void)[];
}

/**
 * Runs `callback` once the transaction `manager` belongs to has committed, never if it rolls back: for
 * announcing a change (pub/sub) only when it is there to be read. Outside a transaction of
 * `Database.transaction` there is no commit to wait for, and that is a bug of the caller.
 */
export function onCommit(manager: EntityManager, callback: () => void): void {
  const data = manager.queryRunner?.data as TransactionData | undefined;
  if (!data?.afterCommit) throw new Error('onCommit is for the manager of a transaction begun by Database.transaction');
  data.afterCommit.push(callback);
}

/** Runs a committed transaction's callbacks; one that throws is logged and does not stop the others. */
export function runAfterCommit(callbacks: readonly (() => void)[]): void {
  for (const callback of callbacks) {
    try {
      callback();
    } catch (error) {
      console.error('A callback after commit failed', error);
    }
  }
}

