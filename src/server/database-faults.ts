import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ErrorRequestHandler } from 'express';
import { answerDatabaseFault } from '../db/faults.js';

/**
 * Gives a GraphQL response the HTTP status of the database fault among its errors (503 with Retry-After
 * for an outage, 507 for a full disk), so that proxies, gateways and clients that only look at the status
 * know to retry. formatError gives the errors their codes and messages (answerDatabaseFault, db/faults.ts).
 * Apollo reads a status from errors' `extensions.http` only for errors thrown as GraphQLErrors, which
 * driver errors are not, so the status is set here, on the response, before Apollo writes it.
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

/**
 * Express error handler for routes outside /graphql that check a credential in the database (the graph
 * export): a database fault there is answered as GraphQL answers it, 503 with Retry-After and
 * SERVICE_UNAVAILABLE, rather than by Express's default 500 page. Other errors pass on.
 */
export function answerDatabaseFaults(): ErrorRequestHandler {
  return (error, _request, response, next) => {
    const fault = answerDatabaseFault(error);
    if (!fault || response.headersSent) return next(error);
    if (fault.retryAfterSeconds) response.set('Retry-After', String(fault.retryAfterSeconds));
    response.status(fault.status).json({ errors: [{ message: fault.message, extensions: fault.extensions }] });
  };
}
