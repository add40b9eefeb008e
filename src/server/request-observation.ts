import { ErrorCode } from '../errors/index.js';
import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Principal } from '../auth/principal.js';
import { currentDiagnostics, runWithDiagnostics, type RequestDiagnostics } from '../db/statement-counter.js';
import { describeError, type Logger } from './logger.js';
import type { ServerMetrics } from './metrics.js';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** An incoming request id is kept when it is this tame (no spaces, no quotes, bounded); otherwise a new one is made. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:=+/-]{1,128}$/;

/**
 * One GraphQL HTTP request as its log line and the metrics see it. It is also the request's
 * AsyncLocalStorage store (see statement-counter.ts), so that the SQL logger, DataLoader batches and
 * formatError find it from wherever they run in the request.
 */
export class ObservedRequest implements RequestDiagnostics {
  sqlStatements = 0;
  /** Names of the operations the request ran ('(anonymous)' for those without one); several in a batched request. */
  readonly operationNames: string[] = [];
  /** The code of the first error the client was sent. */
  private errorCode: string | null = null;
  /** The first unexpected error, for the log line; the client only sees INTERNAL_SERVER_ERROR and the request id. */
  private internalError: { error: unknown } | null = null;
  private readonly startedAt = performance.now();

  constructor(
    readonly id: string,
    private readonly metrics: ServerMetrics,
  ) {}

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
    };
    if (this.internalError) logger.error(line, 'graphql request failed');
    else logger.info(line, 'graphql request');
    this.metrics.observeRequest({ operation: operationName, outcome, durationSeconds: durationMs / 1000, sqlStatements: this.sqlStatements });
  }
}

/** The request being served in the current async context, if any (none in scripts, or outside HTTP). */
export function currentRequest(): ObservedRequest | undefined {
  const store = currentDiagnostics();
  return store instanceof ObservedRequest ? store : undefined;
}

export function requestIdFrom(request: Request): string {
  const incoming = request.get(REQUEST_ID_HEADER);
  return incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * The middlewares that observe GraphQL requests, in the order they are mounted on /graphql:
 *
 * - `start`, first of all: takes or makes the request id, echoes it in X-Request-Id, and logs the
 *   request once its response is over, whatever answered it (Apollo, a body-size or rate limit, a
 *   refused credential);
 * - `enterContext`, after body parsing: runs the rest of the request inside its AsyncLocalStorage
 *   store (before, stream callbacks would lose it);
 * - `answerUnexpectedError`, an error handler after the GraphQL handler: an error thrown by a
 *   middleware (a database failure while checking a credential, say) is answered as GraphQL answers
 *   its own, INTERNAL_SERVER_ERROR with the request id and nothing else (Express's default page would
 *   show the stack outside production), and its detail goes to the log line. Errors with a 4xx status
 *   (a malformed or oversized body) are the client's, and pass on to the handlers that answer them.
 */
export function observeGraphqlRequests(logger: Logger, metrics: ServerMetrics) {
  const observed = new WeakMap<Response, ObservedRequest>();

  const start: RequestHandler = (request, response, next) => {
    const observation = new ObservedRequest(requestIdFrom(request), metrics);
    observed.set(response, observation);
    response.setHeader(REQUEST_ID_HEADER, observation.id);
    response.once('close', () => observation.finish(response, logger));
    next();
  };

  const enterContext: RequestHandler = (_request, response, next) => {
    runWithDiagnostics(observed.get(response) ?? { sqlStatements: 0 }, next);
  };

  const answerUnexpectedError: ErrorRequestHandler = (error: { status?: unknown; statusCode?: unknown } | undefined, _request, response, next) => {
    const status = Number(error?.status ?? error?.statusCode);
    const observation = observed.get(response);
    if ((status >= 400 && status < 500) || !observation) return next(error);
    observation.noteInternalError(error);
    if (response.headersSent) return next(error);
    response.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: observation.id } }] });
  };

  return { start, enterContext, answerUnexpectedError };
}
