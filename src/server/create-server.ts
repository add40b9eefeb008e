import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Database } from '../db/database.js';
import { runWithDiagnostics } from '../db/statement-counter.js';
import { authenticate } from '../auth/authenticate.js';
import { createTokenVerifier } from '../auth/jwt.js';
import { buildFederatedSchema } from '../federation/build-subgraph-schema.js';
import type { Config } from './config.js';
import { createContext, createServices, type Context } from './context.js';
import { formatError } from './format-error.js';
import { GRAPHIQL_ASSETS_PATH, graphiqlAssets, graphiqlLandingPage } from './graphiql.js';
import { diagnosticsPlugin } from './plugins/diagnostics.js';

export interface GrassrootsServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

/**
 * Composes the HTTP server: Express, Apollo Server on the federated schema, GraphiQL from the
 * installed packages. It does not listen; main.ts and the tests do.
 */
export async function createServer(config: Config, db: Database): Promise<GrassrootsServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const schema = await buildFederatedSchema();
  const services = createServices(db);
  const verifyToken = createTokenVerifier(config.auth);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // GraphiQL's docs and partners' tooling read the schema; it holds nothing secret.
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Federated traces for a gateway that asks for them (ftv1).
      ApolloServerPluginInlineTrace(),
      // Apollo's default landing page loads from a CDN; ours is served from node_modules.
      ApolloServerPluginLandingPageDisabled(),
      // No @cacheControl hints here; the default plugin would wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      graphiqlLandingPage(),
      ...(config.diagnostics ? [diagnosticsPlugin()] : []),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.use(GRAPHIQL_ASSETS_PATH, graphiqlAssets());
  app.use(
    '/graphql',
    express.json({ limit: '10mb' }),
    authenticate({ db, keys: services.apiKeys, verifyToken, requireCredentials: config.nodeEnv === 'production' }),
    // After body parsing, so that everything Apollo does for this request runs inside this async context.
    // Only with diagnostics on: tracking async context costs every promise a little.
    (_request, _response, next) => (config.diagnostics ? runWithDiagnostics({ sqlStatements: 0 }, next) : next()),
    expressMiddleware(apollo, { context: async ({ res }) => createContext(db, services, res.locals.principal) }),
  );
  return { app, httpServer, apollo };
}
