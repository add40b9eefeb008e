import type { ApolloServerPlugin } from '@apollo/server';
import { currentRequest } from '../request-observation.js';

/**
 * Tells the request's log line and metrics which operation ran. Only names resolved from a document
 * that parsed and validated count; a request refused before that is logged without one.
 */
export function operationNamePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        /** Fires once the operation to run is known, before execution; once per operation of a batch. */
        async didResolveOperation({ operationName }) {
          currentRequest()?.noteOperation(operationName);
        },
      };
    },
  };
}
