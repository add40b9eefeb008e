import { ErrorCode } from '../errors/index.js';
import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Principal } from '../auth/principal.js';
import type { Database, RequestDiagnostics } from '../db/database.js';
import { describeDriverError } from '../db/statement-counter.js';
import { answerDatabaseFault } from '../db/faults.js';
import { describeError, type Logger } from './logger.js';
import type { ServerMetrics } from './metrics.js';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** An incoming request id is kept when it is this tame (no spaces, no quotes, bounded); otherwise a new one is made. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:=+/-]{1,128}$/;

/**
 * One GraphQL HTTP request as its log line and the metrics see it. It travels explicitly: on the
 * response (`response.locals.observation`, for the middlewares), in the GraphQL context
 * (`context.observation`, for the plugins), and as the diagnostics of the request's view of the
 * database (`database`), which counts its SQL statements and DataLoader batches.
 */
export class ObservedRequest implements RequestDiagnostics {
  sqlStatements = 0;
  /** The database as this request sees it: every statement run through it, authentication's included, is counted here. */
  readonly database: Database;
  /** Names of the operations the request ran ('(anonymous)' for those without one); several in a batched request. */
  readonly operationNames: string[] = [];
  /** The code of the first error the client was sent. */
  private errorCode: string | null = null;
  /** The first unexpected error, for the log line; the client only sees INTERNAL_SERVER_ERROR and the request id. */
  private internalError: { error: unknown } | null = null;
  /** The first database fault (an outage, a full disk), for the log line: the driver's message, without a stack. */
  private databaseFault: { error: unknown } | null = null;
  private readonly startedAt = performance.now();

  constructor(
    readonly id: string,
    private readonly metrics: ServerMetrics,
    db: Database,
  ) {
    this.database = db.observedBy(this);
  }

  observeLoaderBatch(loader: string, keys: number): void {
    this.metrics.observeLoaderBatch(loader, keys);
  }

  noteOperation(name: string | null | undefined): void {
    this.operationNames.push(name ?? '(anonymous)');
  }

  noteClientError(code: string): void {
    this.errorCode ??= code;
  }

  noteInternalError(error: unknown): void {
    this.internalError ??= { error };
  }

  /** A database fault answered with its own code (SERVICE_UNAVAILABLE, STORAGE_FULL, ...): logged as a warning, not as a bug. */
  noteDatabaseFault(code: string, error: unknown): void {
    this.noteClientError(code);
    this.databaseFault ??= { error };
  }

  /** ok, the code of the first error sent, INTERNAL_SERVER_ERROR whenever one occurred, or HTTP_<status> for refusals before GraphQL. */
  outcome(response: Response): string {
    if (this.internalError) return ErrorCode.INTERNAL_SERVER_ERROR;
    if (this.errorCode) return this.errorCode;
    if (!response.writableFinished) return 'ABORTED';
    if (response.statusCode >= 400) return `HTTP_${response.statusCode}`;
    return 'ok';
  }

  /** Writes the request's one log line and records its metrics; called once, when the response is over. */
  finish(response: Response, logger: Logger): void {
    const durationMs = performance.now() - this.startedAt;
    const outcome = this.outcome(response);
    const operationName = this.operationNames.length > 0 ? this.operationNames.join(',') : null;
    const line = {
      requestId: this.id,
      principal: (response.locals.principal as Principal | undefined)?.id ?? 'anonymous',
      operationName,
      durationMs: Math.round(durationMs * 10) / 10,
      sqlStatements: this.sqlStatements,
      outcome,
      status: response.statusCode,
      ...(this.internalError && { error: describeError(this.internalError.error) }),
      ...(!this.internalError && this.databaseFault && { error: describeDriverError(this.databaseFault.error) }),
    };
    if (this.internalError) logger.error(line, 'graphql request failed');
    else if (this.databaseFault) logger.warn(line, 'graphql request met a database fault');
    else logger.info(line, 'graphql request');
    this.metrics.observeRequest({ operation: operationName, outcome, durationSeconds: durationMs / 1000, sqlStatements: this.sqlStatements });
  }
}

/** The observation of the request a response answers, put there by `start`; none outside /graphql (the graph export). */
export function observationOf(response: Response): ObservedRequest | undefined {
  return response.locals.observation as ObservedRequest | undefined;
}

/**
 * The request each GraphQL error was met in. Apollo calls formatError with the error alone, no context;
 * just before, it gives the same error objects to the plugins' didEncounterErrors with the request's
 * context, where the observation plugin attributes them (plugins/observation.ts). Keyed by the error
 * object, so nothing outlives the error.
 */
const requestsOfErrors = new WeakMap<object, ObservedRequest>();

export function attributeErrors(request: ObservedRequest, errors: readonly object[]): void {
  for (const error of errors) requestsOfErrors.set(error, request);
}

/** The request `error` was attributed to; none for an error met outside an observed request (executeOperation, a body Apollo refused before running anything). */
export function requestOfError(error: unknown): ObservedRequest | undefined {
  return typeof error === 'object' && error !== null ? requestsOfErrors.get(error) : undefined;
}

export function requestIdFrom(request: Request): string {
  const incoming = request.get(REQUEST_ID_HEADER);
  return incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * The middlewares that observe GraphQL requests, in the order they are mounted on /graphql:
 *
 * - `start`, first of all: takes or makes the request id, echoes it in X-Request-Id, puts the
 *   request's observation on the response (`observationOf`), and logs the request once its response
 *   is over, whatever answered it (Apollo, a body-size or rate limit, a refused credential);
 * - `answerUnexpectedError`, an error handler after the GraphQL handler: an error thrown by a
 *   middleware (a database failure while checking a credential, say) is answered as GraphQL answers
 *   its own, INTERNAL_SERVER_ERROR with the request id and nothing else (Express's default page would
 *   show the stack outside production), and its detail goes to the log line; a database fault (the
 *   database down while a credential is looked up) is answered as formatError answers it, 503 and all. Errors with a 4xx status
 *   (a malformed or oversized body) are the client's, and pass on to the handlers that answer them.
 */
export function observeGraphqlRequests(logger: Logger, metrics: ServerMetrics, db: Database) {
  const start: RequestHandler = (request, response, next) => {
    const observation = new ObservedRequest(requestIdFrom(request), metrics, db);
    response.locals.observation = observation;
    response.setHeader(REQUEST_ID_HEADER, observation.id);
    response.once('close', () => observation.finish(response, logger));
    next();
  };

  const answerUnexpectedError: ErrorRequestHandler = (error: { status?: unknown; statusCode?: unknown } | undefined, _request, response, next) => {
    const status = Number(error?.status ?? error?.statusCode);
    const observation = observationOf(response);
    if ((status >= 400 && status < 500) || !observation) return next(error);
    const fault = answerDatabaseFault(error);
    if (fault) observation.noteDatabaseFault(fault.extensions.code, error);
    else observation.noteInternalError(error);
    if (response.headersSent) return next(error);
    if (fault) {
      if (fault.retryAfterSeconds) response.set('Retry-After', String(fault.retryAfterSeconds));
      return void response.status(fault.status).json({ errors: [{ message: fault.message, extensions: fault.extensions }] });
    }
    response.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: observation.id } }] });
  };

  return { start, answerUnexpectedError };
}
