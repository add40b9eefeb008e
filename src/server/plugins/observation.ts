import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { attributeErrors } from '../request-observation.js';

/**
 * Tells the request's log line and metrics (`context.observation`, absent outside HTTP) what ran and
 * what went wrong. Only names resolved from a document that parsed and validated count; a request
 * refused before that is logged without one.
 */
export function observationPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const observation = contextValue.observation;
      if (!observation) return;
      return {
        /** Fires once the operation to run is known, before execution; once per operation of a batch. */
        async didResolveOperation({ operationName }) {
          observation.noteOperation(operationName);
        },
        /**
         * Fires with every error of the operation (parsing, validation, a refused limit, resolvers),
         * just before Apollo hands each to formatError, which has no context: formatError finds the
         * request of each error by it (requestOfError), to note its code and detail and to quote the id.
         */
        async didEncounterErrors({ errors }) {
          attributeErrors(observation, errors);
        },
      };
    },
    /**
     * Fires when processing the request failed outside the operation (a plugin's hook threw). Apollo
     * answers with an error of its own, which formatError masks unattributed; the log line gets the
     * cause.
     */
    async unexpectedErrorProcessingRequest({ requestContext, error }) {
      requestContext.contextValue.observation?.noteInternalError(error);
    },
  };
}
