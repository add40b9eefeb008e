import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager, Logger, QueryRunner } from 'typeorm';

/** Per-request diagnostics, carried through every await of the request by AsyncLocalStorage. */
export interface RequestDiagnostics {
  sqlStatements: number;
  statements?: string[];
  /** Receives the number of keys of every DataLoader batch run for the request (the server's metrics). */
  observeLoaderBatch?(loader: string, keys: number): void;
}

/** Who is changing things, and through which operation: the audit log's `principal` and `operation`. */
export interface Actor {
  principal: string;
  operation: string;
}

/**
 * What a view of the database puts in TypeORM's per-runner user data (`queryRunner.data`) while one of
 * its transactions runs on that runner, so that the changes of the transaction are attributed to whoever
 * opened it. A runner carries it for one transaction only: on SQLite the writer's one runner is held
 * under the write lock meanwhile, and on PostgreSQL every transaction has a runner of its own.
 */
export interface TransactionSession {
  actor?: Actor;
}

/**
 * The actor a transaction's changes are made by, when a view made `as` that actor opened it. Here rather
 * than in database.ts: audit.ts, which reads it, is part of the list of modules that database.ts loads
 * (through entities.ts), so importing database.ts from there would read that list before it is complete.
 */
export function actorOf(transaction: EntityManager): Actor | undefined {
  return (transaction.queryRunner?.data as TransactionSession | undefined)?.actor;
}

const storage = new AsyncLocalStorage<RequestDiagnostics>();

/** Runs `fn` with a fresh statement counter; every SQL statement issued inside it, however deep, is counted. */
export function runWithDiagnostics<T>(diagnostics: RequestDiagnostics, fn: () => T): T {
  return storage.run(diagnostics, fn);
}

export function currentDiagnostics(): RequestDiagnostics | undefined {
  return storage.getStore();
}

/**
 * A TypeORM logger that counts statements instead of printing them. TypeORM calls logQuery once
 * for every statement it sends, on both drivers, in the async context of the code that asked for it
 * (a DataLoader batch runs in the context of the request whose load scheduled it).
 */
export class StatementCountingLogger implements Logger {
  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const diagnostics = storage.getStore();
    if (!diagnostics) return;
    diagnostics.sqlStatements += 1;
    diagnostics.statements?.push(query);
  }
  logQueryError(error: string | Error, query: string): void {
    if (process.env.LOG_SQL_ERRORS) console.error('SQL error', error, query);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (process.env.LOG_MIGRATIONS) console.error(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(message);
  }
}
