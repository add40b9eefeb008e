/**
 * The bench's databases: the generated district loaded into a SQLite file or a PostgreSQL database on
 * the TEST_DATABASE_URL server. Fresh for one run by default (a temporary file, a database of a random
 * name, both removed afterwards); with `reuse`, kept under fixed names keyed by scale (SQLite:
 * os.tmpdir()/gg-bench-s<scale>.sqlite; PostgreSQL: gg_bench_s<scale>) and loaded again only when one is
 * missing, was not loaded to the end, holds another dataset (the generator's output is hashed) or was
 * migrated differently from the code's migrations (their migrations table is compared).
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import sqlite3 from 'sqlite3';
import { DEFAULT_SEED, generateDistrict, generateWorkforce } from '../seeds/generate.js';
import { loadCases } from '../seeds/load-cases.js';
import { loadSocial } from '../seeds/load-social.js';

/**
 * Bumped when the generators of what the district does (cases, workforce, resources and social forces) change
 * what they make, so that a reused database is loaded again.
 */
const ACTIVITY_VERSION = 3;
import { Database } from '../src/db/database.js';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from '../src/db/migrations/index.js';
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.js';
import { importDataset } from '../src/modules/import/import-dataset.js';
import type { DatasetInput } from '../src/modules/import/dataset.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface Counts {
  organizations: number;
  people: number;
  posts: number;
  /** A year of service cases, with their events and whistles (seeds/load-cases.ts). */
  serviceCases: number;
  /** Community workers, resources with a year of their uses, and a year of activities (as `npm run seed` makes them). */
  workers?: number;
  resources?: number;
  resourceUses?: number;
  activities?: number;
}

export interface BenchDatabase {
  kind: DatabaseKind;
  label: 'SQLite' | 'PostgreSQL';
  /** For our server: DATABASE_URL, or SQLITE_PATH with DATABASE_URL emptied (empty reads as unset). */
  env: Record<string, string>;
  /** The PostgreSQL database's URL; null on SQLite. */
  url: string | null;
  /** Where it is, for the log. */
  where: string;
  /** A viewer's API key created for this run (earlier runs' keys are revoked when the database is reused). */
  key: string;
  counts: Counts;
  /** Seconds the load took; null when a loaded database was reused. */
  loadSeconds: number | null;
  /** Removes a fresh database; keeps a reused one. */
  release(): Promise<void>;
}

export interface LoadOptions {
  scale: number;
  reuse: boolean;
}

const log = (message: string) => console.error(message);

/** What a loaded database records about itself (PostgreSQL: the database's comment; SQLite: a file beside it). */
interface Marker {
  bench: 'grassroots-graph';
  scale: number;
  /** sha256 of the generated dataset's JSON. */
  dataset: string;
  counts: Counts;
}

/** The generated dataset and its hash, made once per run however many databases are loaded. */
export class Dataset {
  private dataset: DatasetInput | undefined;
  private hash: string | undefined;

  constructor(readonly scale: number) {}

  get input(): DatasetInput {
    this.dataset ??= generateDistrict({ scale: this.scale });
    return this.dataset;
  }

  get fingerprint(): string {
    // The cases, workforce and social forces are generated from the district and the default seed: their generators' version names them.
    this.hash ??= createHash('sha256').update(JSON.stringify(this.input)).update(`activity:${ACTIVITY_VERSION}`).digest('hex');
    return this.hash;
  }
}

const scaleTag = (scale: number) => `s${String(scale).replace(/[^0-9]/g, '_')}`;

export function reusedSqlitePath(scale: number): string {
  return path.join(os.tmpdir(), `gg-bench-${scaleTag(scale)}.sqlite`);
}

export function reusedPostgresName(scale: number): string {
  // BENCH_POSTGRES_DATABASE: a copy of it (createdb -T gg_bench_s1 NAME, and its COMMENT), measured while another run uses the original.
  return process.env.BENCH_POSTGRES_DATABASE || `gg_bench_${scaleTag(scale)}`;
}

export function adminUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}

function withDatabase(url: string, name: string): string {
  const result = new URL(url);
  result.pathname = `/${name}`;
  return result.toString();
}

const migrationNames = (kind: DatabaseKind) => (kind === 'sqlite' ? SQLITE_MIGRATIONS : POSTGRES_MIGRATIONS).map((migration) => migration.name);

function sameMigrations(kind: DatabaseKind, applied: string[]): boolean {
  const expected = migrationNames(kind);
  return applied.length === expected.length && applied.every((name, index) => name === expected[index]);
}

function markerMatches(text: string | null | undefined, dataset: Dataset): Marker | null {
  if (!text) return null;
  try {
    const marker = JSON.parse(text) as Marker;
    return marker.bench === 'grassroots-graph' && marker.scale === dataset.scale && marker.dataset === dataset.fingerprint ? marker : null;
  } catch {
    return null;
  }
}

/** Loads the dataset into an opened, migrated, empty database. */
async function load(db: Database, dataset: Dataset): Promise<Counts> {
  const actor = { principal: 'cli:bench', operation: 'seed' };
  const summary = await importDataset(db, dataset.input, { actor });
  // What `npm run seed` loads, in its order and from its seed, so that the panels of resources, social forces and
  // the workforce read the data they are made for.
  const workforce = await importDataset(db, generateWorkforce(dataset.input, { scale: dataset.scale, seed: DEFAULT_SEED }), { actor });
  const cases = await loadCases(db, dataset.input, { scale: dataset.scale, seed: DEFAULT_SEED, actor });
  const social = await loadSocial(db, dataset.input, { scale: dataset.scale, seed: DEFAULT_SEED, actor });
  return {
    organizations: summary.organizations.created,
    people: summary.people.created,
    posts: summary.posts.created,
    serviceCases: cases.serviceCases.created,
    workers: workforce.workerProfiles.created,
    resources: social.resources.created,
    resourceUses: social.resourceUses.created,
    activities: social.activities.created,
  };
}

/** The server runs as in production: every request carries a credential. A reused database keeps no live key of an earlier run. */
async function createKey(db: Database, revokeEarlier: boolean): Promise<string> {
  const service = new ApiKeyService(db.as({ principal: 'cli:bench', operation: 'createKey' }));
  if (revokeEarlier) {
    for (const earlier of await service.list()) if (earlier.label === 'benchmark' && !earlier.revokedAt) await service.revoke(earlier.keyId);
  }
  return (await service.create({ role: 'viewer', label: 'benchmark' })).key;
}

export function openBenchDatabase(kind: DatabaseKind, dataset: Dataset, options: LoadOptions): Promise<BenchDatabase> {
  return kind === 'sqlite' ? openSqlite(dataset, options) : openPostgres(dataset, options);
}

async function openSqlite(dataset: Dataset, options: LoadOptions): Promise<BenchDatabase> {
  const started = Date.now();
  const folder = options.reuse ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'gg-bench-'));
  const file = folder ? path.join(folder, 'bench.sqlite') : reusedSqlitePath(dataset.scale);
  const markerFile = `${file}.loaded.json`;
  let counts = options.reuse ? await reusableSqlite(file, markerFile, dataset) : null;
  const reused = counts !== null;
  if (!counts) {
    for (const stale of [markerFile, file, `${file}-wal`, `${file}-shm`]) fs.rmSync(stale, { force: true });
  }
  const db = await Database.open({ databaseUrl: null, sqlitePath: file, migrate: true });
  let key: string;
  try {
    if (!counts) {
      counts = await load(db, dataset);
      if (options.reuse) fs.writeFileSync(markerFile, JSON.stringify({ bench: 'grassroots-graph', scale: dataset.scale, dataset: dataset.fingerprint, counts } satisfies Marker));
    }
    key = await createKey(db, reused);
  } finally {
    await db.close();
  }
  return {
    kind: 'sqlite',
    label: 'SQLite',
    env: { SQLITE_PATH: file, DATABASE_URL: '' },
    url: null,
    where: file,
    key,
    counts,
    loadSeconds: reused ? null : (Date.now() - started) / 1000,
    release: async () => {
      if (folder) fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The counts of a kept SQLite file that can be reused as it is, or null. */
async function reusableSqlite(file: string, markerFile: string, dataset: Dataset): Promise<Counts | null> {
  if (!fs.existsSync(file) || !fs.existsSync(markerFile)) return null;
  const marker = markerMatches(fs.readFileSync(markerFile, 'utf8'), dataset);
  if (!marker) {
    log(`${file} holds another dataset or was not loaded to the end: loading it again`);
    return null;
  }
  const applied = await new Promise<string[] | null>((resolve) => {
    const connection = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (error) => {
      if (error) return resolve(null);
      connection.all<{ name: string }>('SELECT name FROM migrations ORDER BY timestamp', (queryError, rows) => {
        connection.close(() => resolve(queryError ? null : rows.map((row) => row.name)));
      });
    });
  });
  if (!applied || !sameMigrations('sqlite', applied)) {
    log(`${file} was migrated differently from the code's migrations: loading it again`);
    return null;
  }
  return marker.counts;
}

async function openPostgres(dataset: Dataset, options: LoadOptions): Promise<BenchDatabase> {
  const started = Date.now();
  const name = options.reuse ? reusedPostgresName(dataset.scale) : `gg_bench_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(adminUrl(), name);
  let counts = options.reuse ? await reusablePostgres(name, url, dataset) : null;
  const reused = counts !== null;
  if (!counts) {
    const admin = new pg.Client({ connectionString: adminUrl() });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
  }
  const db = await Database.open({ databaseUrl: url, sqlitePath: '', migrate: true });
  let key: string;
  try {
    if (!counts) counts = await load(db, dataset);
    key = await createKey(db, reused);
  } finally {
    await db.close();
  }
  if (!reused) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // Vacuumed and analyzed, as autovacuum leaves a live database (it would get there later, during the
      // runs; on these machines it is off): without statistics PostgreSQL plans the joins of a fresh bulk load
      // blind (PostGraphile's community tree: 125 ms a request before, 30 ms after), and without a vacuum the
      // load's updated rows leave dead versions behind (the enterprises' kind index held 4,374 entries for
      // 1,500 rows) and no visibility map for index-only scans.
      await client.query('VACUUM (ANALYZE)');
      // Written last: a database without it was not loaded to the end and is loaded again.
      if (options.reuse) await client.query(`COMMENT ON DATABASE ${name} IS ${client.escapeLiteral(JSON.stringify({ bench: 'grassroots-graph', scale: dataset.scale, dataset: dataset.fingerprint, counts } satisfies Marker))}`);
    } finally {
      await client.end();
    }
  }
  return {
    kind: 'postgres',
    label: 'PostgreSQL',
    env: { DATABASE_URL: url },
    url,
    where: `database ${name}`,
    key,
    counts,
    loadSeconds: reused ? null : (Date.now() - started) / 1000,
    release: async () => {
      if (options.reuse) return;
      const admin = new pg.Client({ connectionString: adminUrl() });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** The counts of a kept PostgreSQL database that can be reused as it is, or null. */
async function reusablePostgres(name: string, url: string, dataset: Dataset): Promise<Counts | null> {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  let comment: string | null | undefined;
  try {
    const { rows } = await admin.query<{ comment: string | null }>("SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1", [name]);
    if (rows.length === 0) return null;
    comment = rows[0]!.comment;
  } finally {
    await admin.end();
  }
  const marker = markerMatches(comment, dataset);
  if (!marker) {
    log(`database ${name} holds another dataset or was not loaded to the end: loading it again`);
    return null;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY timestamp');
    if (!sameMigrations('postgres', rows.map((row) => row.name))) {
      log(`database ${name} was migrated differently from the code's migrations: loading it again`);
      return null;
    }
  } catch {
    return null;
  } finally {
    await client.end();
  }
  return marker.counts;
}
