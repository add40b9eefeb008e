import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ValidationRule } from 'graphql';
import type { SharedState } from '../db/shared-state.js';
import type { Config } from './config.js';
import { allowListPlugin, loadPersistedOperations, OperationAllowList, persistedQueryOptions, refuseOperationsOutsideAllowList } from './persisted-queries.js';
import { queryComplexityPlugin, queryShapeRules } from './plugins/query-limits.js';
import { limitRequestRate } from './rate-limit.js';
import { answerRequestErrorsAsJson, parseJsonBody, refuseLongBatches, refuseNulCharacters } from './request-body.js';
import { limitRequestTime, requestDeadlinePlugin, skipRequestsAnsweredWithTimeout } from './request-deadline.js';

export { attachRequestDeadline, guardMutationStarts } from './request-deadline.js';

export interface RequestLimits<TContext extends BaseContext> {
  /** Options for the ApolloServer constructor. */
  apollo: {
    validationRules: ValidationRule[];
    allowBatchedHttpRequests: true;
    persistedQueries: ReturnType<typeof persistedQueryOptions>;
  };
  /** For the ApolloServer's plugins. */
  plugins: ApolloServerPlugin<TContext>[];
  /** First on the GraphQL route: start the request's clock (REQUEST_TIMEOUT_MS), then read its JSON body (MAX_BODY_BYTES). */
  receive: RequestHandler[];
  /** After authentication, before Apollo: batch length (MAX_BATCH_SIZE), rate (RATE_LIMIT_PER_MINUTE), allow-list (PERSISTED_QUERIES=only). */
  admit: RequestHandler[];
  /** Last on the GraphQL route, before any catch-all error handler: unreadable bodies answered in JSON. */
  answerErrors: ErrorRequestHandler;
  /** PERSISTED_QUERIES=only: the operations that may run (subscriptions check it too); null otherwise. */
  allowList: OperationAllowList | null;
}

/**
 * Every cost limit of the GraphQL route, built from the configuration. All of them refuse before anything
 * runs, and apply to every operation: queries, mutations, `_entities`, each operation of a batch. The
 * GraphQL context must carry the request's deadline (`attachRequestDeadline`).
 */
export function createRequestLimits<TContext extends BaseContext>(config: Config, shared: SharedState | null = null): RequestLimits<TContext> {
  const { limits } = config;
  const allowList = config.persistedQueries === 'only' ? new OperationAllowList(loadPersistedOperations()) : null;
  return {
    apollo: {
      validationRules: queryShapeRules(limits),
      allowBatchedHttpRequests: true,
      persistedQueries: persistedQueryOptions(allowList, shared),
    },
    plugins: [...(allowList ? [allowListPlugin<TContext>(allowList)] : []), requestDeadlinePlugin<TContext>(), queryComplexityPlugin<TContext>(limits.maxComplexity)],
    receive: [limitRequestTime(limits.requestTimeoutMs), parseJsonBody(limits.maxBodyBytes), refuseNulCharacters()],
    admit: [
      skipRequestsAnsweredWithTimeout,
      refuseLongBatches(limits.maxBatchSize),
      limitRequestRate(limits.rateLimitPerMinute, shared),
      ...(allowList ? [refuseOperationsOutsideAllowList(allowList)] : []),
    ],
    answerErrors: answerRequestErrorsAsJson(limits.maxBodyBytes),
    allowList,
  };
}
