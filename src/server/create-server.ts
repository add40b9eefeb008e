import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import express from 'express';
import type { Database } from '../db/database.js';
import type { SharedState } from '../db/shared-state.js';
import { authenticate } from '../auth/authenticate.js';
import { CredentialCache } from '../auth/credential-cache.js';
import { createTokenVerifier } from '../auth/jwt.js';
import { buildFederatedSchema } from '../federation/build-subgraph-schema.js';
import { exportGraph, type ExportElsewhere } from '../graph/export.js';
import type { ExportWarming } from './export.worker.js';
import { useIndicatorWorkers } from '../modules/indicators/indicator-pool.js';
import type { Config } from './config.js';
import { checkServices, createContext, type Context } from './context.js';
import { answerDatabaseFaults, databaseFaultsPlugin } from './database-faults.js';
import { formatError } from './format-error.js';
import { sendRequestError } from './request-error.js';
import { ErrorCode } from '../errors/index.js';
import { GRAPHIQL_ASSETS_PATH, graphiqlAssets, graphiqlLandingPage } from './graphiql.js';
import { livenessCheck, readinessCheck } from './health.js';
import { attachRequestDeadline, createRequestLimits, guardMutationStarts } from './limits.js';
import { createLogger, type Logger } from './logger.js';
import { ServerMetrics } from './metrics.js';
import { open311Router } from '../open311/open311.router.js';
import { diagnosticsPlugin } from './plugins/diagnostics.js';
import { observationPlugin } from './plugins/observation.js';
import { apolloHandler } from './apollo-http.js';
import { compiledExecution } from './compiled-execution.js';
import { observeGraphqlRequests, observationOf } from './request-observation.js';
import { createSubscriptionServer, type SubscriptionServer } from './subscriptions.js';

/** The graph export's handler in the worker threads. */
export const EXPORT_WORKER = fileURLToPath(new URL('./export.worker.ts', import.meta.url));

export interface GrassrootsServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** graphql-ws on /graphql; stopping Apollo closes its connections. */
  subscriptions: SubscriptionServer;
}

export interface ServerOptions {
  /** Where request logs go; by default a logger on standard output at `config.logLevel`. */
  logger?: Logger;
  /** Redis (REDIS_URL): rate limits and persisted queries shared with the other replicas. The database's PubSub carries the subscriptions. */
  shared?: SharedState | null;
}

/** Answers 503 SERVICE_UNAVAILABLE (Retry-After, the connection closed) while `stopping()` holds: the server is shutting down. */
function refuseWhen(stopping: () => boolean): express.RequestHandler {
  return (_request, response, next) => {
    if (!stopping()) return next();
    response.set({ 'Retry-After': '1', Connection: 'close' });
    sendRequestError(response, 503, 'The server is stopping; nothing was run. Retry the request.', { code: ErrorCode.SERVICE_UNAVAILABLE });
  };
}

/** The error handler's version of refuseWhen: while `stopping()` holds, an error is answered 503 SERVICE_UNAVAILABLE instead of passed on. */
function refuseErrorsWhen(stopping: () => boolean): express.ErrorRequestHandler {
  const refuse = refuseWhen(stopping);
  return (error, request, response, next) => {
    if (!stopping() || response.headersSent) return next(error);
    refuse(request, response, next);
  };
}

/**
 * Node's HTTP server made to build its requests and responses on Express's prototypes from the start.
 * Express otherwise swaps the prototype of every request and response it is handed (`Object.setPrototypeOf`
 * in app.handle), which V8 makes costly: the objects change shape after they are built, and the code
 * that reads them afterwards (Node's HTTP internals, the middlewares) meets more shapes than one. Express
 * still calls setPrototypeOf, with the prototype the object already has, which V8 answers at once.
 */
function expressMessages(app: express.Express): http.ServerOptions {
  function Request(this: http.IncomingMessage, socket: import('node:net').Socket) {
    http.IncomingMessage.call(this, socket);
  }
  Request.prototype = app.request;
  function Response(this: http.ServerResponse, request: http.IncomingMessage, options?: unknown) {
    (http.ServerResponse as unknown as (this: http.ServerResponse, request: http.IncomingMessage, options?: unknown) => void).call(this, request, options);
  }
  Response.prototype = app.response;
  return { IncomingMessage: Request as unknown as typeof http.IncomingMessage, ServerResponse: Response as unknown as typeof http.ServerResponse };
}

/**
 * Composes the HTTP server: Express, Apollo Server on the federated schema, GraphiQL from the
 * installed packages. It does not listen; main.ts and the tests do.
 */
export async function createServer(config: Config, db: Database, options: ServerOptions = {}): Promise<GrassrootsServer> {
  const logger = options.logger ?? createLogger(config);
  const shared = options.shared ?? null;
  const metrics = new ServerMetrics(shared);
  const app = express();
  // Express hashes every response body sent with res.send into an ETag (SHA-1 over the whole answer, 100 KB
  // and more for a tree), for conditional GETs nobody makes of GraphQL answers; Apollo's own server sets none.
  // The GraphiQL assets set and check their own ETags (graphiql.ts).
  app.set('etag', false);
  const httpServer = http.createServer(expressMessages(app), app);
  const schema = await buildFederatedSchema();
  guardMutationStarts(schema);
  checkServices(db);
  // Governance indicators and their trends in worker threads (INDICATOR_WORKERS), off the thread that answers requests.
  const workers = useIndicatorWorkers(db, config.indicatorWorkers, config.indicatorWorkerNice);
  metrics.observeIndicatorTasks(workers.counts);
  metrics.observeGraphExportTasks(workers.otherCounts);
  // The graph export's file written in the same worker threads (export.worker.ts); without workers, in the request's thread.
  const exportElsewhere: ExportElsewhere | null =
    config.indicatorWorkers > 0
      ? (task) =>
          workers.runIn<Uint8Array | null>(EXPORT_WORKER, task).catch((error: unknown) => {
            logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'the graph export failed in a worker thread; it is answered in the request thread');
            return null;
          })
      : null;
  // Production starts the threads now and builds the export's schema in each, so that no download waits for it (README, "Heavy work off the request thread").
  if (config.indicatorWorkers > 0 && config.indicatorWorkersWarm) {
    workers.warm(EXPORT_WORKER, { warm: true } satisfies ExportWarming).catch((error: unknown) => {
      logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'the worker threads could not be warmed; they start on their first task');
    });
  }
  const exportsWritten = { worker: 0, request: 0 };
  metrics.observeGraphExports(exportsWritten);
  const verifyToken = createTokenVerifier(config.auth);
  // API keys found valid, and the organizations scopes name, kept CREDENTIAL_CACHE_SECONDS; a revocation is heard at once.
  const credentialCache = new CredentialCache(config.credentialCacheSeconds);
  await credentialCache.listen(db.pubSub);
  const credentials = { cache: credentialCache, verifyToken, requireCredentials: config.nodeEnv === 'production' };
  // On /graphql the credential is checked through the request's view of the database, so its statements count for the request.
  const authenticateRequest = authenticate({ database: (response) => observationOf(response)?.database ?? db, ...credentials });
  // Depth, aliases, complexity, batch length, body size, time, rate and persisted queries (README, "Limits").
  const limits = createRequestLimits<Context>(config, shared);
  // Subscriptions (graphql-ws) on the same path, the same credentials, limits and masking.
  const subscriptions = createSubscriptionServer(httpServer, { schema, db, config, logger, credentials, allowList: limits.allowList });
  const shutdown = { draining: false, stopped: false };
  const apollo = new ApolloServer<Context>({
    // Apollo parses, validates and answers; graphql-jit executes (compiled-execution.ts).
    gateway: compiledExecution(schema),
    formatError,
    // Apollo pretty-prints responses by default (two-space indents): a third more bytes to write and send
    // for the same answer. Clients parse JSON; GraphiQL formats it itself.
    stringifyResult: (result) => JSON.stringify(result),
    includeStacktraceInErrorResponses: false,
    logger,
    // main.ts owns SIGTERM and SIGINT: it stops this server, then closes the database and exits 0.
    // Apollo's own handlers would re-raise the signal once stopped and kill the process before that.
    stopOnTerminationSignals: false,
    // GraphiQL's docs and partners' tooling read the schema; it holds nothing secret.
    introspection: true,
    ...limits.apollo,
    plugins: [
      // Listed before the drain: from its start, /graphql answers 503 to requests that still arrive (refuseWhen).
      {
        async serverWillStart() {
          return {
            async drainServer() {
              shutdown.draining = true;
            },
            async serverWillStop() {
              shutdown.stopped = true;
              await credentialCache.close();
            },
          };
        },
      },
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      // Closes the WebSocket connections (1001 Going away), which ends their subscriptions.
      subscriptions.plugin,
      // Federated traces for a gateway that asks for them (ftv1).
      ApolloServerPluginInlineTrace(),
      // Apollo's default landing page loads from a CDN; ours is served from node_modules.
      ApolloServerPluginLandingPageDisabled(),
      // No @cacheControl hints here; the default plugin would wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      graphiqlLandingPage(),
      observationPlugin(),
      // 503 with Retry-After while the database is down, 507 when its disk is full.
      databaseFaultsPlugin(),
      ...(config.diagnostics ? [diagnosticsPlugin()] : []),
      ...limits.plugins,
    ],
  });
  await apollo.start();

  app.get('/healthz', livenessCheck());
  app.get('/readyz', readinessCheck(db, logger));
  app.get('/metrics', metrics.endpoint());
  app.use(GRAPHIQL_ASSETS_PATH, graphiqlAssets());
  const observation = observeGraphqlRequests(logger, metrics, db);
  // First on /graphql, so that requests refused before GraphQL (body size, credentials, rate) are logged too.
  app.use('/graphql', observation.start);
  // A request that reaches a stopping server on a connection kept alive, once the requests in flight are being
  // drained: 503 with Retry-After, the connection closed, so that the client retries (on another replica).
  app.use('/graphql', refuseWhen(() => shutdown.draining));
  app.use(
    '/graphql',
    ...limits.receive,
    authenticateRequest,
    // After authentication: the rate limit counts per credential.
    ...limits.admit,
    // A request read before the stop but still on its way here when Apollo has stopped: 503 as well, rather than
    // Apollo's "Cannot execute GraphQL operations after the server has stopped" as a 500.
    refuseWhen(() => shutdown.stopped),
    apolloHandler(apollo, async ({ res }) => attachRequestDeadline(createContext(db, res.locals.principal, observationOf(res)), res)),
    limits.answerErrors,
  );
  app.use('/graphql', observation.answerUnexpectedError);
  // A read-only Open311 GeoReport v2 view of the service cases, under the same credentials, scope and masking.
  app.use('/open311/v2', open311Router({ db, credentials }));
  // The subgraph query as a download for Gephi and Cytoscape, under the same credentials and scope.
  app.get(
    '/export/graph',
    refuseWhen(() => shutdown.draining),
    authenticateRequest,
    exportGraph(apollo, (response) => createContext(db, response.locals.principal), exportElsewhere, exportsWritten),
    answerDatabaseFaults(),
    // A download still running when the grace ends meets Apollo stopped ("Cannot execute GraphQL operations after the
    // server has stopped"): 503 as for /graphql, rather than Express's default page and a stack on standard error.
    refuseErrorsWhen(() => shutdown.draining || shutdown.stopped),
  );
  return { app, httpServer, apollo, subscriptions };
}
