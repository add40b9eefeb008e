import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
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

/**
 * A fresh, empty database: a new SQLite file in a temporary folder (not yet created), or a new PostgreSQL
 * database created on the test server (dropped again by `remove`).
 */
export async function createEmptyTestDatabase(dialect: Dialect): Promise<EmptyTestDatabase> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gg-test-'));
  const sqlitePath = path.join(folder, 'test.sqlite');
  if (dialect === 'sqlite') return { databaseUrl: null, sqlitePath, remove: async () => fs.rmSync(folder, { recursive: true, force: true }) };
  if (!POSTGRES_URL) throw new Error('PostgreSQL tests need TEST_DATABASE_URL');
  const name = `gg_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    sqlitePath,
    remove: async () => {
      const cleanup = new pg.Client({ connectionString: POSTGRES_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh, migrated database: a new SQLite file in a temporary folder, or a new PostgreSQL database
 * created on the test server (dropped again by `drop`). Real files and a real server, never memory.
 */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const empty = await createEmptyTestDatabase(dialect);
  const db = await Database.open({ databaseUrl: empty.databaseUrl, sqlitePath: empty.sqlitePath, migrate: true });
  return {
    db,
    databaseUrl: empty.databaseUrl,
    sqlitePath: empty.sqlitePath,
    drop: async () => {
      await db.close();
      await empty.remove();
    },
  };
}
