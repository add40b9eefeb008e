import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { Database } from '../../src/db/database.js';
import { adminQuery, POSTGRES_URL, type MigratedTemplates } from './databases.js';

declare module 'vitest' {
  export interface ProvidedContext {
    migratedTemplates: MigratedTemplates;
  }
}

/**
 * Runs once per test run, before any test file: migrates one SQLite file and (with TEST_DATABASE_URL)
 * one PostgreSQL database, which `createTestDatabase` then copies (a file copy, `CREATE DATABASE …
 * TEMPLATE`) instead of running every migration again for each suite. Both go when the run ends.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  // Every project inherits the root config's globalSetup, and the root's provided values: once is enough.
  if (!project.isRootProject()) return;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gg-template-'));
  const sqlitePath = path.join(folder, 'template.sqlite');
  let postgresName: string | null = null;
  const teardown = async () => {
    if (postgresName) await adminQuery(`DROP DATABASE IF EXISTS ${postgresName} WITH (FORCE)`);
    fs.rmSync(folder, { recursive: true, force: true });
  };
  try {
    // Closing the last connection folds SQLite's write-ahead log into the file: one file to copy.
    await (await Database.open({ databaseUrl: null, sqlitePath, migrate: true })).close();
    if (POSTGRES_URL) {
      const name = `gg_template_${randomBytes(6).toString('hex')}`;
      await adminQuery(`CREATE DATABASE ${name}`);
      postgresName = name;
      const url = new URL(POSTGRES_URL);
      url.pathname = `/${name}`;
      // No connection may stay open on a template while it is copied.
      await (await Database.open({ databaseUrl: url.toString(), sqlitePath, migrate: true })).close();
    }
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('migratedTemplates', { sqlitePath, postgresName });
  return teardown;
}
