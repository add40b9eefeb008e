import 'reflect-metadata';
import { generateDistrict, SAMPLE_SCALE } from '../seeds/generate.js';
import { Database } from './db/database.js';
import { queryRows } from './db/rows.js';
import { importDataset } from './modules/import/importer.js';
import { loadConfig, type Config } from './server/config.js';
import { createServer } from './server/create-server.js';

/** The only file that listens: configuration → database → server → listen. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const db = await Database.open({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath, migrate: true });
  const where = config.databaseUrl ? 'PostgreSQL' : `SQLite file ${config.sqlitePath}`;
  if (config.seedOnStart) {
    const [{ count }] = await queryRows(db.manager, 'SELECT COUNT(*) AS count FROM organizations');
    if (Number(count) === 0) {
      const started = Date.now();
      const summary = await importDataset(db, generateDistrict({ scale: SAMPLE_SCALE }));
      console.log(`Empty database: loaded the sample district (${summary.organizations.created} organizations, ${summary.people.created} people) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
  }
  const server = await createServer(config, db);
  await new Promise<void>((resolve) => server.httpServer.listen(config.port, config.host, resolve));
  console.log(`grassroots-graph ready at http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}/graphql on ${where}${config.diagnostics ? ' (diagnostics on)' : ''}`);

  const shutdown = async (signal: string) => {
    console.log(`${signal}: finishing requests in flight, then closing.`);
    await server.apollo.stop();
    await db.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

await main();
