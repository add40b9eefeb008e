/**
 * npm run import -- FILE: imports a dataset (JSON) into the configured database, in one transaction,
 * with the same importer as the importDataset mutation. Exit code 0 on success, 1 when the data is
 * refused (the message names the record and the problem), 2 on wrong usage, 3 on any other failure.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { Command } from 'commander';
import { Database } from '../db/database.js';
import { isClientError } from '../errors/index.js';
import { importDataset } from '../modules/import/import-dataset.js';
import { loadConfig } from '../server/config.js';
import { createLogger } from '../server/logger.js';
import { RedisPubSub, SharedState } from '../db/shared-state.js';

const program = new Command()
  .name('npm run import --')
  .description('Import organizations, grids, people, posts and links from a JSON file, keyed by code.')
  .argument('<file>', 'JSON file: { organizations, grids, people, posts, links }')
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))
  .parse();

const [file] = program.args;
let document: unknown;
try {
  document = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}

const config = loadConfig();
// With REDIS_URL, the cases' events reach the subscribers of the servers running beside the import (RedisPubSub).
const shared = config.redisUrl ? SharedState.connect(config.redisUrl, createLogger(config), config.redisKeyPrefix) : null;
if (shared && !(await shared.whenReady(5_000))) console.error(`Redis (REDIS_URL) does not answer: the servers' subscribers will not hear of this import's case events.`);
const db = await Database.open({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath, migrate: true, ...(shared && { pubSub: new RedisPubSub(shared) }) });
const started = Date.now();
try {
  const summary = await importDataset(db, document, { onProgress: (message) => console.error(message), actor: { principal: 'cli:import', operation: 'import' } });
  console.log(JSON.stringify(summary, null, 2));
  console.error(`Imported ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  // 1: the data was refused (the message names the record); 3: anything else, such as a database that stayed busy.
  console.error(isClientError(error) ? error.message : `Import failed, nothing was changed: ${(error as Error).message}`);
  process.exitCode = isClientError(error) ? 1 : 3;
} finally {
  await db.close();
  await shared?.close();
}
