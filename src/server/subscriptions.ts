import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode, type Context as ConnectionContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { principalOf, type CredentialCheck } from '../auth/authenticate.js';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/database.js';
import { ErrorCode } from '../errors/index.js';
import type { Config } from './config.js';
import { createContext, type Context } from './context.js';
import { formatError } from './format-error.js';
import type { Logger } from './logger.js';
import { sha256Hex, type OperationAllowList } from './persisted-queries.js';
import { measureQueryCost, MAX_SELECTIONS_MEASURED, queryShapeRules } from './plugins/query-limits.js';

/** The close code for a connection whose credentials are refused (graphql-ws's own "Unauthorized"). */
export const REFUSED_CREDENTIALS_CLOSE_CODE = CloseCode.Unauthorized;

export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  db: Database;
  config: Config;
  logger: Logger;
  credentials: Omit<CredentialCheck, 'database'>;
  /** PERSISTED_QUERIES=only: the operations that may run. */
  allowList: OperationAllowList | null;
}

export interface SubscriptionServer {
  /** For Apollo's plugins: closes every WebSocket (1001 Going away) when the server drains. */
  plugin: ApolloServerPlugin<Context>;
  /** Open WebSocket connections now. */
  connections(): number;
}

/** A WebSocket close reason is at most 123 bytes. */
function closeReason(message: string): string {
  let reason = message;
  while (Buffer.byteLength(reason) > 123) reason = `${reason.slice(0, -2)}…`;
  return reason;
}

function refusal(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol, `graphql-transport-ws`) on the HTTP
 * server's /graphql path, beside Apollo's HTTP handling of queries and mutations there. What holds on
 * HTTP holds here:
 * - credentials: `connectionParams: { authorization: 'Bearer …' }` (or the upgrade request's own
 *   Authorization header), checked by the same principalOf as HTTP; a refused credential, or none when
 *   NODE_ENV=production, closes the connection at connection_init with 4401 and the reason;
 * - jurisdiction and masking: every operation runs with a context built for the connection's principal
 *   (createContext), and each event is executed in a fresh one, so loaders never serve a stale read;
 * - limits: depth and aliases (the same validation rules), complexity (the same measure and budget) and,
 *   with PERSISTED_QUERIES=only, the allow-list, refused before anything runs;
 * - errors: masked by the same formatError.
 * Queries and mutations are refused here (send them over HTTP, where the deadline and rate limits apply).
 */
export function createSubscriptionServer(httpServer: http.Server, options: SubscriptionServerOptions): SubscriptionServer {
  const { schema, db, config, logger } = options;
  const rules = [...specifiedRules, ...queryShapeRules(config.limits)];
  const principals = new WeakMap<WebSocket, Principal>();
  const webSocketServer = new WebSocketServer({ server: httpServer, path: '/graphql' });

  const principalOfConnection = (connection: ConnectionContext<Record<string, unknown>, { socket: WebSocket; request: http.IncomingMessage }>) => {
    const principal = principals.get(connection.extra.socket);
    if (!principal) throw new Error('a subscription runs only on an acknowledged connection');
    return principal;
  };

  const cleanup = useServer<Record<string, unknown>, { socket: WebSocket; request: http.IncomingMessage }>(
    {
      schema,
      async onConnect(connection) {
        const params = connection.connectionParams ?? {};
        const given = params.authorization ?? params.Authorization;
        const header = typeof given === 'string' ? given : connection.extra.request.headers.authorization;
        const principal = await principalOf(header, { ...options.credentials, database: db });
        if ('refused' in principal) {
          const reason = header ? principal.refused : 'Authentication required: connectionParams { authorization: "Bearer <API key or token>" }.';
          logger.info({ event: 'subscription-refused', reason }, 'WebSocket connection refused');
          // Closed here with our reason; graphql-ws's own close (4403 Forbidden) that follows is then ignored.
          connection.extra.socket.close(REFUSED_CREDENTIALS_CLOSE_CODE, closeReason(reason));
          return false;
        }
        principals.set(connection.extra.socket, principal);
        return true;
      },
      async onSubscribe(connection, _id, payload) {
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : refusal(String(error), ErrorCode.GRAPHQL_VALIDATION_FAILED)];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors.map((error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED, ...error.extensions } }));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [refusal('Unable to identify the operation: give operationName when the document has several.', ErrorCode.BAD_USER_INPUT)];
        if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
          return [refusal(`Only subscriptions run over WebSocket; send ${operation.operation === OperationTypeNode.QUERY ? 'queries' : 'mutations'} over HTTP (POST /graphql).`, ErrorCode.BAD_USER_INPUT)];
        }
        if (options.allowList && !options.allowList.allows(sha256Hex(payload.query))) {
          return [refusal('This server runs only the operations of its allow-list (PERSISTED_QUERIES=only), and this document is not one of them.', ErrorCode.PERSISTED_QUERY_NOT_ALLOWED)];
        }
        const variables = (payload.variables ?? {}) as Record<string, unknown>;
        let cost: number;
        try {
          cost = measureQueryCost(schema, document, payload.operationName ?? undefined, variables);
        } catch {
          cost = Number.POSITIVE_INFINITY;
        }
        if (cost > config.limits.maxComplexity) {
          const found = Number.isFinite(cost) ? `found ${cost}` : `more than ${MAX_SELECTIONS_MEASURED} selections`;
          return [refusal(`Query complexity limit of ${config.limits.maxComplexity} exceeded, ${found}. The limit is set by MAX_QUERY_COMPLEXITY.`, ErrorCode.GRAPHQL_VALIDATION_FAILED)];
        }
        return { schema, document, operationName: payload.operationName, variableValues: variables, contextValue: createContext(db, principalOfConnection(connection)) };
      },
      // Each event executes in a context of its own, for the connection's principal.
      subscribe: (args) => subscribeWithFreshContexts(args, () => createContext(db, (args.contextValue as Context).principal)),
      onNext(_connection, _id, _payload, _args, result) {
        if (!result.errors) return;
        return { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) };
      },
      onError(_connection, _id, _payload, errors) {
        return errors.map((error) => formatError(error.toJSON(), error));
      },
    },
    webSocketServer,
  );

  return {
    plugin: {
      async serverWillStart() {
        return {
          async drainServer() {
            await cleanup.dispose();
          },
        };
      },
    },
    connections: () => webSocketServer.clients.size,
  };
}

/**
 * graphql-js's `subscribe`, but each event executed with a context of its own: the connection's context
 * lives as long as the subscription, and its loaders (which cache per request) would go on answering
 * with what they read first. An iterator rather than an async generator: `return()` must end the source
 * at once, even while it waits for its next event (an async generator would wait for that event first).
 */
async function subscribeWithFreshContexts(args: ExecutionArgs, freshContext: () => Context): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
  const events = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  const stop = async () => {
    await events.return?.();
    return { value: undefined, done: true } as const;
  };
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      let event: IteratorResult<unknown>;
      try {
        event = await events.next();
      } catch (error) {
        // The source failed (a subscriber that fell behind): one last result with the error, then the end.
        await stop();
        throw error;
      }
      if (event.done) return { value: undefined, done: true };
      const result = await execute({ ...args, rootValue: event.value, contextValue: freshContext() });
      return { value: result as ExecutionResult, done: false };
    },
    return: stop,
    async throw(error: unknown) {
      await stop();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
