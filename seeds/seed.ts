/**
 * Fills the configured database with the generated sample district, a year of its service cases, its
 * resources and social forces with a year of their uses and activities, and its community workforce.
 * Usage: npm run seed -- --scale N [--seed S] [--no-cases] [--no-social] [--no-workforce]
 * The database comes from the environment (DATABASE_URL, or SQLITE_PATH for the embedded SQLite file).
 * Importing is idempotent: running it again with the same scale and seed changes nothing.
 */
import 'reflect-metadata';
import { Command, InvalidArgumentError } from 'commander';
import { Database } from '../src/db/database.js';
import { importDataset } from '../src/modules/import/import-dataset.js';
import { loadConfig } from '../src/server/config.js';
import { DEFAULT_SEED, MAX_SCALE, generateDistrict, generateWorkforce } from './generate.js';
import { loadCases } from './load-cases.js';
import { SOCIAL_SECTIONS, loadSocial } from './load-social.js';
import { withIndexesDeferred } from './deferred-indexes.js';

const CASE_TABLES = ['service_cases', 'case_events'];
const SOCIAL_TABLES = ['resource_uses', 'needs', 'activities', 'activity_partners', 'participations', 'member_reports'];

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
  .option('--no-social', 'leave out the resources and social forces (about 2,000 resources, 200,000 uses, 30,000 needs, 40,000 activities, 500,000 participations, 20,000 member reports at scale 1)')
  .option('--no-workforce', 'leave out the community workforce (about 1,100 workers at scale 1 with their histories, 200 trainings, 7,000 attendances)')
  // Usage errors exit with 2, as the other command-line tools here do; help still exits with 0.
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

program.parse();
const { scale, seed, cases: withCases, social: withSocial, workforce: withWorkforce } = program.opts<{ scale: number; seed: number; cases: boolean; social: boolean; workforce: boolean }>();

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  console.error(
    config.databaseUrl ? 'seeding the PostgreSQL database from DATABASE_URL' : `seeding the SQLite database at ${config.sqlitePath}`,
  );
  const db = await Database.open({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath, migrate: true });
  try {
    // The writer's page cache up to 1 GiB (SQLite's default is 2 MB) for this process only: a month of cases is a
    // transaction of some 100 MB of pages, which otherwise spills to the WAL and is read back page by page.
    if (db.dialect === 'sqlite') await db.writer.query('PRAGMA cache_size = -1048576');
    const generating = performance.now();
    const dataset = generateDistrict({ scale, seed });
    const size = (list: readonly unknown[] | undefined): string => number.format(list?.length ?? 0);
    console.error(
      `generated ${size(dataset.organizations)} organizations, ${size(dataset.grids)} grids, ${size(dataset.people)} people, ` +
        `${size(dataset.posts)} posts, ${size(dataset.links)} links in ${seconds(performance.now() - generating)} (scale ${scale}, seed ${seed})`,
    );
    const summary = await importDataset(db, dataset, { onProgress: (message) => console.error(message), actor: { principal: 'cli:seed', operation: 'seed' } });
    const zero = { created: 0, updated: 0, unchanged: 0 };
    let workforce: Pick<typeof summary, 'workerProfiles' | 'trainingCourses' | 'trainingAttendances'> | null = null;
    if (withWorkforce) {
      const loading = performance.now();
      workforce = await importDataset(db, generateWorkforce(dataset, { scale, seed }), { onProgress: (message) => console.error(message), actor: { principal: 'cli:seed', operation: 'seed' } });
      console.error(`workforce generated and loaded in ${seconds(performance.now() - loading)}`);
    }
    const totals = withCases
      ? await withIndexesDeferred(db, CASE_TABLES, () => loadCases(db, dataset, { scale, seed, onProgress: (message) => console.error(message), actor: { principal: 'cli:seed', operation: 'seed' } }), (message) => console.error(message))
      : { serviceCategories: summary.serviceCategories, serviceCases: zero, whistles: zero };
    const social = withSocial ? await withIndexesDeferred(db, SOCIAL_TABLES, () => loadSocial(db, dataset, { scale, seed, onProgress: (message) => console.error(message), actor: { principal: 'cli:seed', operation: 'seed' } }), (message) => console.error(message)) : null;
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
    for (const section of social ? SOCIAL_SECTIONS : []) {
      const { created, updated, unchanged } = social![section];
      console.log(`${section}  created ${number.format(created)}, updated ${number.format(updated)}, unchanged ${number.format(unchanged)}`);
    }
    for (const section of workforce ? (['workerProfiles', 'trainingCourses', 'trainingAttendances'] as const) : []) {
      const { created, updated, unchanged } = workforce![section];
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
