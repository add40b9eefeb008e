import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { databaseFaultOf, wasFailedWhileCommitting, type DatabaseFault } from '../db/faults.js';
import { UnreachableCaseError } from '../lib/invariant.js';
import { ErrorCode } from '../errors/index.js';

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
 * The answer to an error that is a database fault (db/faults.ts), or null when it is not one. The message
 * names no host, file or statement (those go to the log); it says whether anything was changed.
 */
export function answerDatabaseFault(error: unknown): DatabaseFaultAnswer | null {
  const fault: DatabaseFault | null = databaseFaultOf(error);
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
 * Gives a GraphQL response the HTTP status of the database fault among its errors (503 with Retry-After
 * for an outage, 507 for a full disk), so that proxies, gateways and clients that only look at the status
 * know to retry. formatError gives the errors their codes and messages (answerDatabaseFault); Apollo reads
 * a status from errors' `extensions.http` only for errors thrown as GraphQLErrors, which driver errors are
 * not, so the status is set here, on the response, before Apollo writes it.
 */
export function databaseFaultsPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        /** Fires with every error of the operation, before formatError and before the response is written. */
        async didEncounterErrors({ errors, response }) {
          for (const error of errors) {
            const answer = answerDatabaseFault(error);
            if (!answer) continue;
            response.http.status = answer.status;
            if (answer.retryAfterSeconds) response.http.headers.set('retry-after', String(answer.retryAfterSeconds));
            return;
          }
        },
      };
    },
  };
}
