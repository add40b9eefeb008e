import fs from 'node:fs';
import path from 'node:path';
import { ErrorCode } from '../errors/index.js';
import { UnreachableCaseError } from '../lib/invariant.js';

/**
 * What a database failure means for the client: the database is unreachable for now (retry), its storage
 * is full or read-only (an operator must act), or something else (a bug, masked). Recognised from the
 * driver's own codes, never from the statement, so that a constraint error is not mistaken for an outage.
 *
 * TypeORM hands these over in several shapes: a QueryFailedError carrying the driver's error (and a copy
 * of its `code`), the pool's error as it is when no connection could be had (TransactionNotStartedError
 * is not used: `runner.connect()` rejects with pg's error), and graphql-js wraps either in a GraphQLError
 * (`originalError`). `causesOf` walks all of these.
 */
export type DatabaseFault =
  /** The database does not answer or dropped the connection: retrying in a few seconds may succeed. */
  | 'unavailable'
  /** SQLite: the disk (or the file's max_page_count) is full; reads go on, writes fail until space returns. */
  | 'storage-full'
  /** SQLite: the file or its folder cannot be written (permissions, a read-only mount). */
  | 'storage-read-only';

/**
 * PostgreSQL SQLSTATEs that mean the server is going away or cannot take the connection now: class 08
 * (connection exception), 57P01 admin_shutdown (pg_ctl stop -m fast), 57P02 crash_shutdown, 57P03
 * cannot_connect_now (starting up or shutting down), 53300 too_many_connections.
 */
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[123]|53300)$/;

/** PostgreSQL's own storage faults: 53100 disk_full, 25006 read_only_sql_transaction (a standby, or default_transaction_read_only). */
const STORAGE_SQLSTATES: Record<string, DatabaseFault> = { '53100': 'storage-full', '25006': 'storage-read-only' };

/** Node's socket errors when the server is down, restarting or unreachable. */
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);

/**
 * node-postgres and pg-pool's own errors carry no code, only these messages: the socket closed under a
 * query, a client used after its connection failed, the pool's connectionTimeoutMillis.
 */
const UNAVAILABLE_PG_MESSAGES = /^(Connection terminated|Client has encountered a connection error and is not queryable|Client was closed and is not queryable|timeout exceeded when trying to connect)/;

/**
 * SQLite result codes (node-sqlite3 puts the primary one in `code`; `PRAGMA query_only` gives
 * SQLITE_READONLY too). SQLITE_BUSY reaches a request only after the busy timeout: another process held
 * the write lock for that long.
 */
const SQLITE_FAULTS: Record<string, DatabaseFault> = {
  SQLITE_BUSY: 'unavailable',
  SQLITE_FULL: 'storage-full',
  SQLITE_READONLY: 'storage-read-only',
};

/** The error and what it wraps: GraphQL's originalError, TypeORM's driverError, `cause`, an AggregateError's errors. */
function* causesOf(error: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (typeof error !== 'object' || error === null || depth > 5) return;
  const record = error as Record<string, unknown>;
  yield record;
  for (const inner of [record.originalError, record.driverError, record.cause]) if (inner && inner !== error) yield* causesOf(inner, depth + 1);
  if (Array.isArray(record.errors)) for (const inner of record.errors) yield* causesOf(inner, depth + 1);
}

/**
 * Errors the database layer knows to be an outage though they say otherwise: when a transaction's
 * connection fails between two statements, TypeORM's runner releases itself (its 'error' listener), and
 * the transaction's next statement fails with QueryRunnerProviderAlreadyReleasedError, not pg's error.
 */
const lostConnections = new WeakSet<object>();

export function noteConnectionLost(error: unknown): void {
  if (typeof error === 'object' && error !== null) lostConnections.add(error);
}

/**
 * A database fault met in another thread (the indicator workers): what crosses a thread is a structured
 * clone, which keeps an error's message but not its `code` or `driverError`, so the worker says which
 * fault it was, and the calling thread throws this.
 */
export class DatabaseFaultError extends Error {
  constructor(
    readonly fault: DatabaseFault,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseFaultError';
  }
}

/** What kind of database fault `error` is, or null when it is none of those (a constraint, a bug). */
export function databaseFaultOf(error: unknown): DatabaseFault | null {
  for (const cause of causesOf(error)) {
    if (cause instanceof DatabaseFaultError) return cause.fault;
    if (lostConnections.has(cause)) return 'unavailable';
    const code = typeof cause.code === 'string' ? cause.code : undefined;
    if (code) {
      if (UNAVAILABLE_SQLSTATES.test(code) || UNAVAILABLE_SOCKET_CODES.has(code)) return 'unavailable';
      const storage = SQLITE_FAULTS[code] ?? STORAGE_SQLSTATES[code];
      if (storage) return storage;
    }
    if (typeof cause.message === 'string' && UNAVAILABLE_PG_MESSAGES.test(cause.message)) return 'unavailable';
  }
  return null;
}

/**
 * How long a client is asked to wait before retrying while the database is unavailable. A restart of
 * PostgreSQL takes a few seconds, and the pool reconnects on the first request after it (measured: within
 * half a second of its return), so a short wait; clients back off further themselves.
 */
export const RETRY_AFTER_SECONDS = 3;

/** What the client is told about a database fault: the HTTP status of the response, and the error's message and extensions. */
export interface DatabaseFaultAnswer {
  status: number;
  /** Seconds for the Retry-After header, when retrying soon may succeed. */
  retryAfterSeconds?: number;
  message: string;
  extensions: { code: ErrorCode } & Record<string, unknown>;
}

/**
 * What the client is told about an error that is a database fault, or null when it is not one: the same
 * on /graphql (formatError and databaseFaultsPlugin), on a middleware's failure and on Open311. The
 * message names no host, file or statement (those go to the log); it says whether anything was changed.
 */
export function answerDatabaseFault(error: unknown): DatabaseFaultAnswer | null {
  const fault = databaseFaultOf(error);
  if (!fault) return null;
  switch (fault) {
    case 'unavailable':
      if (wasFailedWhileCommitting(error))
        return {
          status: 503,
          retryAfterSeconds: RETRY_AFTER_SECONDS,
          message: 'The database connection was lost while this change was being committed: it may or may not have been made. Read it back before making it again.',
          extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, outcome: 'UNKNOWN', retryAfterSeconds: RETRY_AFTER_SECONDS },
        };
      return {
        status: 503,
        retryAfterSeconds: RETRY_AFTER_SECONDS,
        message: `The database is unavailable (restarting or out of reach); nothing was changed by this step. Try again in ${RETRY_AFTER_SECONDS} seconds.`,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS },
      };
    case 'storage-full':
      return {
        status: 507,
        message: "The database's storage is full: the change was not made. Reads still work; writes resume once an operator frees space.",
        extensions: { code: ErrorCode.STORAGE_FULL },
      };
    case 'storage-read-only':
      return {
        status: 503,
        message: 'The database cannot be written (its file or folder is read-only): the change was not made. Reads still work.',
        extensions: { code: ErrorCode.STORAGE_READ_ONLY },
      };
    default:
      throw new UnreachableCaseError(fault);
  }
}

/**
 * Marks errors thrown while a transaction's COMMIT was on its way: if the connection failed then, the
 * database may have committed before it went away, and the client must not be told that nothing changed.
 */
const failedWhileCommitting = new WeakSet<object>();

export function noteFailedWhileCommitting(error: unknown): void {
  if (typeof error === 'object' && error !== null) failedWhileCommitting.add(error);
}

/** True when `error` (or what it wraps) was thrown while committing (noteFailedWhileCommitting). */
export function wasFailedWhileCommitting(error: unknown): boolean {
  for (const cause of causesOf(error)) if (failedWhileCommitting.has(cause)) return true;
  return false;
}

/**
 * One line that says why the database could not be opened at start, naming the file (SQLite) or the
 * server (PostgreSQL, without the password) and the cause, for main.ts to print before it exits 1.
 * SQLite says SQLITE_CANTOPEN whether the folder is missing, read-only or not ours: the file system says which.
 */
export function explainOpenFailure(error: unknown, options: { databaseUrl: string | null; sqlitePath: string }): string {
  const detail = driverDetail(error);
  if (options.databaseUrl) {
    const url = new URL(options.databaseUrl);
    const where = `${url.hostname}:${url.port || 5432}${url.pathname}`;
    return `Cannot open the PostgreSQL database ${where} (DATABASE_URL): ${databaseFaultOf(error) === 'unavailable' ? 'the server does not answer' : 'it refused'} (${detail}).`;
  }
  const file = options.sqlitePath;
  const folder = path.dirname(file);
  const fault = databaseFaultOf(error);
  let cause: string;
  if (fault === 'storage-full') cause = 'the disk is full';
  else if (!fs.existsSync(folder)) cause = `its folder ${folder} does not exist and cannot be created here`;
  else if (!isWritable(folder)) cause = `its folder ${folder} is not writable (read-only or not this user's)`;
  else if (fs.existsSync(file) && !isWritable(file)) cause = 'the file is not writable (read-only or not this user\'s)';
  else if (fault === 'storage-read-only') cause = 'it is read-only';
  else cause = 'it could not be opened';
  return `Cannot open the SQLite database ${file} (SQLITE_PATH): ${cause} (${detail}).`;
}

function isWritable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The driver's code and message, first line only. */
function driverDetail(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const message = error.message.split('\n')[0]!;
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}
