import 'reflect-metadata';
import { generateSample } from '../seeds/generate.js';
import { createTokenVerifier } from './auth/jwt.js';
import { Database, exclusively } from './db/database.js';
import { explainOpenFailure } from './db/faults.js';
import { queryRows } from './db/rows.js';
import { RedisPubSub, SharedState } from './db/shared-state.js';
import { importDataset } from './modules/import/import-dataset.js';
import { loadConfig, type Config } from './server/config.js';
import { createServer } from './server/create-server.js';
import { createLogger, describeError } from './server/logger.js';

/** The only file that listens: configuration → database → server → listen. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
    // Checks the JWT settings now (a weak secret stops the start) rather than after migrating.
    createTokenVerifier(config.auth);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const logger = createLogger(config);
  // Redis, when set, carries what replicas share: rate limits, persisted queries, and committed changes to every replica's subscribers.
  const shared = config.redisUrl ? SharedState.connect(config.redisUrl, logger, config.redisKeyPrefix) : null;
  let db: Database;
  try {
    db = await Database.open({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath, migrate: true, log: logger, ...(shared && { pubSub: new RedisPubSub(shared) }) });
  } catch (error) {
    // An operator's problem (a read-only folder, a full disk, PostgreSQL down): one line saying what and where, not a stack.
    console.error(explainOpenFailure(error, config));
    process.exit(1);
  }
  const where = config.databaseUrl ? 'PostgreSQL' : `SQLite file ${config.sqlitePath}`;
  // Replicas starting together on one empty PostgreSQL database load it one after the other: the second finds it full.
  if (config.seedOnStart) await exclusively(db, async () => {
    const [{ count }] = await queryRows(db.manager, 'SELECT COUNT(*) AS count FROM organizations');
    if (Number(count) === 0) {
      const started = Date.now();
      const summary = await importDataset(db, generateSample(), { actor: { principal: 'system:start', operation: 'loadSampleDistrict' } });
      console.log(
        `Empty database: loaded the sample district (${summary.organizations.created} organizations, ${summary.people.created} people, ${summary.serviceCases.created} service cases, ${summary.whistles.created} whistles) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
    }
  });
  const server = await createServer(config, db, { logger, shared });
  // The handlers are in place before the port opens: a process manager may stop the server as soon as it answers.
  // Stopping Apollo closes the listening socket (new connections are refused), lets requests in flight
  // finish (its drain plugin cuts those still running after 10 s) and closes idle keep-alive connections.
  // Only then is the database closed. A second signal of the same kind meanwhile ends the process at once.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: refusing new connections, finishing requests in flight');
    try {
      await server.apollo.stop();
      await db.close();
      await shared?.close();
    } catch (error) {
      logger.error({ signal, error: describeError(error) }, 'shutdown failed');
      process.exit(1);
    }
    logger.info({ signal }, 'stopped: requests finished, database closed');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await new Promise<void>((resolve) => server.httpServer.listen(config.port, config.host, resolve));
  const access =
    config.nodeEnv === 'production'
      ? 'requests need credentials'
      : 'requests without credentials read as a viewer of everything (set NODE_ENV=production to require credentials)';
  console.log(`grassroots-graph ready at http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}/graphql on ${where}${shared ? ', sharing state through Redis' : ''}${config.diagnostics ? ' (diagnostics on)' : ''}; ${access}`);
}

await main();
