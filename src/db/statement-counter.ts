import type { Logger as JsonLogger } from 'pino';
import type { EntityManager, Logger, QueryRunner } from 'typeorm';

/**
 * Per-request diagnostics: what a request's view of the database (`Database.observedBy`) counts into.
 * Nothing finds it implicitly: it travels with the view, its loaders and its transactions.
 */
export interface RequestDiagnostics {
  sqlStatements: number;
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
 * its transactions runs on that runner, so that the statements and changes of the transaction are
 * counted for, and attributed to, whoever opened it. A runner carries it for one transaction only: on
 * SQLite the writer's one runner is held under the write lock meanwhile, and on PostgreSQL every
 * transaction has a runner of its own.
 */
export interface TransactionSession {
  diagnostics?: RequestDiagnostics;
  actor?: Actor;
}

export function countStatement(diagnostics: RequestDiagnostics): void {
  diagnostics.sqlStatements += 1;
}

/**
 * The actor a transaction's changes are made by, when a view made `as` that actor opened it. Here rather
 * than in database.ts: audit.ts, which reads it, is part of the list of modules that database.ts loads
 * (through entities.ts), so importing database.ts from there would read that list before it is complete.
 */
export function actorOf(transaction: EntityManager): Actor | undefined {
  return (transaction.queryRunner?.data as TransactionSession | undefined)?.actor;
}

/**
 * A TypeORM logger that counts statements instead of printing them. TypeORM calls logQuery once for
 * every statement a runner sends, on both drivers, with that runner: the statements of a transaction
 * opened by an observed view (BEGIN and COMMIT, query-builder inserts and updates) are counted here,
 * from the runner's session. Reads outside transactions are counted by the view's manager instead
 * (database.ts): on SQLite they share one runner among every request. On SQLite, a statement sent on
 * the writer's runner by someone else while a transaction holds it counts for that transaction too;
 * only the readiness probe does that (/readyz's SELECT 1 on both connections), one more per probe.
 */
export class StatementCountingLogger implements Logger {
  /**
   * `jsonLog`: the process's JSON log (pino), where TypeORM's own messages and failed statements go, so that
   * every line an operator reads is structured. Without one (the CLIs, tests), failed statements print
   * only with LOG_SQL_ERRORS and migrations with LOG_MIGRATIONS, to standard error.
   */
  constructor(private readonly jsonLog?: JsonLogger) {}

  logQuery(_query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    const diagnostics = (queryRunner?.data as TransactionSession | undefined)?.diagnostics;
    if (diagnostics) countStatement(diagnostics);
  }
  /**
   * At debug level: a failed statement is answered to its request, whose log line says what happened
   * (a constraint is a CONFLICT, an outage SERVICE_UNAVAILABLE). The statement's text, never its parameters.
   */
  logQueryError(error: string | Error, query: string): void {
    if (this.jsonLog) this.jsonLog.debug({ error: describeDriverError(error), query }, 'SQL statement failed');
    else if (process.env.LOG_SQL_ERRORS) console.error('SQL error', error, query);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.jsonLog) this.jsonLog.info({ migration: message }, 'migration');
    else if (process.env.LOG_MIGRATIONS) console.error(message);
  }
  /** TypeORM's own messages ("Postgres pool raised an error" among them, when no poolErrorHandler is given). */
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (this.jsonLog) this.jsonLog[level === 'warn' ? 'warn' : 'debug']({ typeorm: String(message) }, 'typeorm');
    else if (level === 'warn') console.warn(message);
  }
}

/**
 * What a log line says about a driver's error: its type, code and message. Not its other properties:
 * a QueryFailedError carries the statement's parameters (names, phone numbers) in its own.
 */
export function describeDriverError(error: unknown): { type: string; code?: string; message: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { type: error.name, ...(typeof code === 'string' && { code }), message: error.message };
}
