import { ErrorCode } from '../errors/index.js';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { defaultFieldResolver, GraphQLError, type GraphQLSchema } from 'graphql';
import { sendRequestError } from './request-error.js';

/**
 * The time limit of one HTTP request (every operation of a batch shares it), and whether the request has
 * started writing.
 *
 * The contract: a client told TIMEOUT knows that its request changed nothing. So the response-side timer
 * answers 503 only while no write has started; once a mutation has started, the request runs to its end
 * and is answered with what really happened, however late. Past the deadline no further mutation starts
 * (each is refused with TIMEOUT), and no operation that has not started executing starts.
 *
 * Work already under way when the timer answers is not interrupted (a SQL statement cannot be cancelled
 * midway): reads run to the end of their statements and their results are dropped.
 */
export class RequestDeadline {
  /** The end of the message when the request is refused whole: the same whether the timer or Apollo answers. */
  static readonly NOTHING_CHANGED = 'before the response was ready; nothing was changed';

  readonly expiresAt: number;
  private answeredWithTimeout = false;
  private writeStarted = false;

  constructor(readonly timeoutMs: number, startedAt = Date.now()) {
    this.expiresAt = startedAt + timeoutMs;
  }

  get hasPassed(): boolean {
    return this.answeredWithTimeout || Date.now() >= this.expiresAt;
  }

  /** Called when the timer fires. True when the request may be answered with TIMEOUT now (no write started). */
  expire(): boolean {
    if (this.writeStarted) return false;
    this.answeredWithTimeout = true;
    return true;
  }

  /** Called before each mutation field: refuses to start a write once the deadline has passed. */
  beginWrite(): void {
    if (this.hasPassed) throw this.error('before this change started; it was not made');
    this.writeStarted = true;
  }

  /** Refuses an operation that reaches execution after the deadline (its answer would only be thrown away). */
  assertNotPassed(): void {
    if (!this.hasPassed) return;
    // In a batch whose mutation has started, only this operation is refused; the request is not answered 503.
    if (this.writeStarted) throw this.error('before this operation started; it was not run');
    throw this.error(RequestDeadline.NOTHING_CHANGED, 503);
  }

  message(what: string): string {
    return `Request time limit of ${this.timeoutMs} ms exceeded ${what}. The limit is set by REQUEST_TIMEOUT_MS.`;
  }

  private error(what: string, status?: number): GraphQLError {
    return new GraphQLError(this.message(what), {
      extensions: { code: ErrorCode.TIMEOUT, limit: 'REQUEST_TIMEOUT_MS', maximum: this.timeoutMs, ...(status ? { http: { status } } : {}) },
    });
  }
}

/**
 * Express middleware, first on the GraphQL route (the clock starts before the body is read): gives the
 * request its deadline (`response.locals.deadline`) and answers 503 TIMEOUT when it passes before any
 * write started and before the response went out.
 */
export function limitRequestTime(timeoutMs: number) {
  return (_request: Request, response: Response, next: NextFunction) => {
    const deadline = new RequestDeadline(timeoutMs);
    response.locals.deadline = deadline;
    const timer = setTimeout(() => {
      if (response.headersSent || !deadline.expire()) return;
      sendRequestError(response, 503, deadline.message(RequestDeadline.NOTHING_CHANGED), {
        code: ErrorCode.TIMEOUT,
        limit: 'REQUEST_TIMEOUT_MS',
        maximum: timeoutMs,
      });
    }, timeoutMs);
    response.on('close', () => clearTimeout(timer));
    next();
  };
}

/**
 * Express middleware: stops a request that was already answered with TIMEOUT (while its body was read, or
 * while it was authenticated) before it reaches Apollo.
 */
export function skipRequestsAnsweredWithTimeout(_request: Request, response: Response, next: NextFunction): void {
  if (response.headersSent) return;
  next();
}

/** What requestDeadlinePlugin reads from a GraphQL context: the request's deadline, when it came over HTTP. */
export interface DeadlineContext {
  deadline?: RequestDeadline;
}

/**
 * Puts the request's deadline into its GraphQL context (`context.deadline`), where requestDeadlinePlugin
 * finds it. Apollo copies the context for each operation of a batch; a plain property is copied along,
 * so every operation sees the same deadline. Returns the context.
 */
export function attachRequestDeadline<T extends DeadlineContext>(context: T, response: Response): T {
  const deadline = response.locals.deadline;
  if (deadline instanceof RequestDeadline) context.deadline = deadline;
  return context;
}

/**
 * Enforces the deadline inside GraphQL: an operation that reaches execution after it is refused. Each
 * mutation field (each a transaction) checks it before it starts, in `guardMutationStarts`.
 */
export function requestDeadlinePlugin<TContext extends BaseContext & DeadlineContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const deadline = contextValue.deadline;
      if (!deadline) return;
      return {
        async didResolveOperation() {
          deadline.assertNotPassed();
        },
      };
    },
  };
}

/**
 * Wraps every mutation field's resolver so that it refuses to start once the request's deadline has
 * passed, and marks the request as writing when it does start. A wrapper on the Mutation fields, not a
 * plugin's willResolveField: a plugin with that hook makes Apollo wrap every resolver of the schema, for
 * good, from the first mutation on, and every later query would pay for it on every field.
 */
export function guardMutationStarts(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: DeadlineContext, info) => {
      context.deadline?.beginWrite();
      return resolve(source, args, context, info);
    };
  }
}
