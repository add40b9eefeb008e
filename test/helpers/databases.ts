import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { Database, type Dialect } from '../../src/db/database.js';

/** The databases every suite runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL (or DATABASE_URL) names a server. */
export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? null;
export const DIALECTS: Dialect[] = POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase {
  db: Database;
  /** postgres:// URL of the fresh database, or null for SQLite. */
  databaseUrl: string | null;
  sqlitePath: string;
  drop(): Promise<void>;
}

/** Where an empty database lives: a new SQLite file's path, or a new PostgreSQL database's URL, and how to remove it. */
export interface EmptyTestDatabase {
  /** postgres:// URL of the fresh database, or null for SQLite. */
  databaseUrl: string | null;
  sqlitePath: string;
  remove(): Promise<void>;
}

/** The migrated SQLite file and PostgreSQL database that test/helpers/global-setup.ts made for this run. */
export interface MigratedTemplates {
  sqlitePath: string | null;
  postgresName: string | null;
}

/** This run's templates, or none (a file run outside the configured projects): then every database is migrated. */
function migratedTemplates(): MigratedTemplates {
  return inject('migratedTemplates') ?? { sqlitePath: null, postgresName: null };
}

/** Runs one statement on the test server's maintenance connection (CREATE and DROP DATABASE). */
export async function adminQuery(sql: string): Promise<void> {
  if (!POSTGRES_URL) throw new Error('PostgreSQL tests need TEST_DATABASE_URL');
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * A new temporary folder for the SQLite file (not yet created), or a new PostgreSQL database, a copy of
 * `template` when one is named. Nothing is left behind when the creation fails.
 */
async function newTestDatabase(dialect: Dialect, template: string | null): Promise<EmptyTestDatabase> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gg-test-'));
  const sqlitePath = path.join(folder, 'test.sqlite');
  const removeFolder = () => fs.rmSync(folder, { recursive: true, force: true });
  if (dialect === 'sqlite') return { databaseUrl: null, sqlitePath, remove: async () => removeFolder() };
  const name = `gg_test_${randomBytes(6).toString('hex')}`;
  try {
    await adminQuery(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  } catch (error) {
    removeFolder();
    throw error;
  }
  const url = new URL(POSTGRES_URL!);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    sqlitePath,
    remove: async () => {
      try {
        await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        removeFolder();
      }
    },
  };
}

/**
 * A fresh, empty database: a new SQLite file in a temporary folder (not yet created), or a new PostgreSQL
 * database created on the test server (dropped again by `remove`).
 */
export async function createEmptyTestDatabase(dialect: Dialect): Promise<EmptyTestDatabase> {
  return newTestDatabase(dialect, null);
}

/**
 * A fresh, migrated database: a new SQLite file in a temporary folder, or a new PostgreSQL database
 * created on the test server (dropped again by `drop`). Real files and a real server, never memory.
 * It starts as a copy of this run's migrated template (a copied file, `CREATE DATABASE … TEMPLATE`);
 * opening it still runs the migrations, which finds none pending (or runs them all without a template).
 * When opening fails, the database is removed again.
 */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const templates = migratedTemplates();
  const empty = await newTestDatabase(dialect, dialect === 'postgres' ? templates.postgresName : null);
  let db: Database;
  try {
    if (dialect === 'sqlite' && templates.sqlitePath) fs.copyFileSync(templates.sqlitePath, empty.sqlitePath);
    db = await Database.open({ databaseUrl: empty.databaseUrl, sqlitePath: empty.sqlitePath, migrate: true });
  } catch (error) {
    await empty.remove();
    throw error;
  }
  return {
    db,
    databaseUrl: empty.databaseUrl,
    sqlitePath: empty.sqlitePath,
    drop: async () => {
      try {
        await db.close();
      } finally {
        await empty.remove();
      }
    },
  };
}
