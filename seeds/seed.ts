/**
 * Fills the configured database with the generated sample district and a year of its service cases.
 * Usage: npm run seed -- --scale N [--seed S] [--no-cases]
 * The database comes from the environment (DATABASE_URL, or SQLITE_PATH for the embedded SQLite file).
 * Importing is idempotent: running it again with the same scale and seed changes nothing.
 */
import 'reflect-metadata';
import { Command, InvalidArgumentError } from 'commander';
import { Database } from '../src/db/database.js';
import { importDataset } from '../src/modules/import/import-dataset.js';
import { loadConfig } from '../src/server/config.js';
import { DEFAULT_SEED, MAX_SCALE, generateDistrict } from './generate.js';
import { generateCases } from './generate/cases.js';

const number = new Intl.NumberFormat('en-US');
const seconds = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(1)} s`;

function parseScale(value: string): number {
  const scale = Number(value);
  if (value.trim() === '' || !Number.isFinite(scale) || scale <= 0) {
    throw new InvalidArgumentError('The scale must be a positive number, such as 1 for a full district or 0.05 for a small one.');
  }
  if (scale > MAX_SCALE) throw new InvalidArgumentError(`The scale must be at most ${MAX_SCALE}.`);
  return scale;
}

function parseSeed(value: string): number {
  const seed = Number(value);
  if (value.trim() === '' || !Number.isSafeInteger(seed)) throw new InvalidArgumentError('The seed must be an integer.');
  return seed;
}

const program = new Command()
  .name('npm run seed --')
  .description('Generate the sample district and import it into the configured database.')
  .requiredOption('--scale <number>', 'size of the district: 1 is about 12 subdistricts, 150 communities and 2,000 grids', parseScale)
  .option('--seed <integer>', 'seed of the generator; the same scale and seed give the same district', parseSeed, DEFAULT_SEED)
  .option('--no-cases', 'leave out the year of service cases (about 200,000 at scale 1, with their events and whistles)')
  // Usage errors exit with 2, as the other command-line tools here do; help still exits with 0.
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

program.parse();
const { scale, seed, cases: withCases } = program.opts<{ scale: number; seed: number; cases: boolean }>();

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  console.error(
    config.databaseUrl ? 'seeding the PostgreSQL database from DATABASE_URL' : `seeding the SQLite database at ${config.sqlitePath}`,
  );
  const db = await Database.open({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath, migrate: true });
  try {
    const generating = performance.now();
    const dataset = generateDistrict({ scale, seed });
    const size = (list: readonly unknown[] | undefined): string => number.format(list?.length ?? 0);
    console.error(
      `generated ${size(dataset.organizations)} organizations, ${size(dataset.grids)} grids, ${size(dataset.people)} people, ` +
        `${size(dataset.posts)} posts, ${size(dataset.links)} links in ${seconds(performance.now() - generating)} (scale ${scale}, seed ${seed})`,
    );
    const summary = await importDataset(db, dataset, { onProgress: (message) => console.error(message), actor: { principal: 'cli:seed', operation: 'seed' } });
    const totals = { serviceCategories: summary.serviceCategories, serviceCases: { created: 0, updated: 0, unchanged: 0 }, whistles: { created: 0, updated: 0, unchanged: 0 } };
    if (withCases) {
      const generatingCases = performance.now();
      const cases = generateCases(dataset, { scale, seed });
      const eventCount = cases.serviceCases.reduce((sum, record) => sum + 1 + (record.events?.length ?? 0), 0);
      console.error(`generated ${size(cases.serviceCases)} service cases with ${number.format(eventCount)} events and ${size(cases.whistles)} whistles in ${seconds(performance.now() - generatingCases)}`);
      // Month by month, one import (one transaction) each: the progress shows, and each document stays small.
      const months = new Map<string, typeof cases.serviceCases>();
      for (const record of cases.serviceCases) {
        const month = record.receivedAt.slice(0, 7);
        const list = months.get(month) ?? [];
        list.push(record);
        months.set(month, list);
      }
      const whistlesOf = new Map(cases.whistles.map((whistle) => [whistle.caseCodes[0], whistle]));
      let first = true;
      for (const [month, records] of months) {
        const importing = performance.now();
        const whistles = records.flatMap((record) => (whistlesOf.has(record.code) ? [whistlesOf.get(record.code)!] : []));
        const part = await importDataset(db, { serviceCategories: first ? cases.serviceCategories : [], serviceCases: records, whistles }, { actor: { principal: 'cli:seed', operation: 'seed' } });
        if (first) totals.serviceCategories = part.serviceCategories;
        first = false;
        for (const section of ['serviceCases', 'whistles'] as const) for (const key of ['created', 'updated', 'unchanged'] as const) totals[section][key] += part[section][key];
        // PostgreSQL plans the next month's lookups by code from its statistics: without fresh ones it takes
        // the tables for empty and scans them, and each month took longer than the one before.
        if (config.databaseUrl) await db.manager.query('ANALYZE service_cases, case_events, whistles, whistle_summons');
        const events = records.reduce((sum, record) => sum + 1 + (record.events?.length ?? 0), 0);
        console.error(`cases received in ${month}: ${number.format(records.length)} cases, ${number.format(events)} events, ${whistles.length} whistles imported in ${seconds(performance.now() - importing)}`);
      }
    }
    const entities = ['organizations', 'grids', 'people', 'posts', 'links'] as const;
    const width = Math.max(...entities.map((entity) => entity.length));
    for (const entity of entities) {
      const { created, updated, unchanged } = summary[entity];
      console.log(`${entity.padEnd(width)}  created ${number.format(created)}, updated ${number.format(updated)}, unchanged ${number.format(unchanged)}`);
    }
    const derived = summary.crossAppointments;
    console.log(`${'cross-appointment links (derived)'}  created ${number.format(derived.created)}, updated ${number.format(derived.updated)}`);
    for (const section of ['serviceCategories', 'serviceCases', 'whistles'] as const) {
      const { created, updated, unchanged } = totals[section];
      console.log(`${section}  created ${number.format(created)}, updated ${number.format(updated)}, unchanged ${number.format(unchanged)}`);
    }
    console.log(`done in ${seconds(performance.now() - started)}`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
