import type { ApolloServerPlugin } from '@apollo/server';
import { currentDiagnostics } from '../../db/statement-counter.js';

/**
 * Adds `extensions.diagnostics.sqlStatements` to every response: the number of SQL statements the
 * request ran, counted by the TypeORM logger in the request's async context. Enabled with DIAGNOSTICS=1.
 */
export function diagnosticsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const diagnostics = currentDiagnostics();
          if (!diagnostics || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            diagnostics: { sqlStatements: diagnostics.sqlStatements },
          };
        },
      };
    },
  };
}
