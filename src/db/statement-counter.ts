import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

/** Per-request diagnostics, carried through every await of the request by AsyncLocalStorage. */
export interface RequestDiagnostics {
  sqlStatements: number;
  statements?: string[];
  /** Receives the number of keys of every DataLoader batch run for the request (the server's metrics). */
  observeLoaderBatch?(loader: string, keys: number): void;
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
