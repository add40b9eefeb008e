import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/**
 * Adds `extensions.diagnostics.sqlStatements` to every response: the number of SQL statements the
 * request ran, its authentication's included, counted by the request's view of the database into its
 * observation (`context.observation`; none outside HTTP). Enabled with DIAGNOSTICS=1.
 */
export function diagnosticsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const observation = contextValue.observation;
          if (!observation || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            diagnostics: { sqlStatements: observation.sqlStatements },
          };
        },
      };
    },
  };
}
