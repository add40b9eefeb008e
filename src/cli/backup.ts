/**
 * npm run backup -- FILE: a consistent copy of the configured database, taken while servers keep running.
 *
 * SQLite: `VACUUM INTO`, on a read-only connection of its own. It reads one snapshot (WAL: writers go on
 * meanwhile, and are not in the copy) and writes a compact, self-contained database file, with no -wal
 * beside it; restoring is putting that file where SQLITE_PATH points. The copy is written beside FILE under
 * another name, checked (`PRAGMA quick_check`) and only then linked to FILE, so FILE is never a half-written
 * copy, and an existing FILE is never replaced.
 *
 * PostgreSQL: pg_dump's custom format when pg_dump is on the PATH, else the commands to run (and exit 1:
 * nothing was written). The dump is PostgreSQL's own consistent snapshot, and pg_restore restores it into
 * an empty database.
 *
 * Exit code 0 when the copy is made, 1 when it cannot be (the message says why), 2 on wrong usage.
 */
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Command } from 'commander';
import sqlite3 from 'sqlite3';
import { loadConfig } from '../server/config.js';

const execFileAsync = promisify(execFile);

/** How long the backup's connection waits for a lock (a checkpoint by a server) before it gives up. */
const BUSY_TIMEOUT_MS = 10_000;

const program = new Command()
  .name('npm run backup --')
  .description('Copy the configured database (SQLITE_PATH, or DATABASE_URL) to FILE while the server keeps running.')
  .argument('<file>', 'where to write the copy; must not exist yet')
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))
  .parse();

class BackupError extends Error {}

function runSqlite(connection: sqlite3.Database, sql: string, parameters: unknown[] = []): Promise<void> {
  return new Promise((resolve, reject) => connection.run(sql, parameters, (error) => (error ? reject(error) : resolve())));
}

function allSqlite<T>(connection: sqlite3.Database, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) => connection.all(sql, (error, rows) => (error ? reject(error) : resolve(rows as T[]))));
}

function openSqlite(file: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const connection = new sqlite3.Database(file, mode, (error) => (error ? reject(error) : resolve(connection)));
  });
}

function closeSqlite(connection: sqlite3.Database): Promise<void> {
  return new Promise((resolve) => connection.close(() => resolve()));
}

/** Refuses a target that exists, or whose folder does not: said before any work starts. */
function checkTarget(target: string): void {
  if (fs.existsSync(target)) throw new BackupError(`${target} already exists; a backup never replaces a file. Name a new one.`);
  const folder = path.dirname(target);
  if (!fs.existsSync(folder)) throw new BackupError(`The folder ${folder} does not exist.`);
}

async function backUpSqlite(source: string, target: string): Promise<string> {
  if (!fs.existsSync(source)) throw new BackupError(`There is no SQLite database at ${source} (SQLITE_PATH).`);
  checkTarget(target);
  const partial = path.join(path.dirname(target), `.${path.basename(target)}.partial-${process.pid}`);
  const started = Date.now();
  const connection = await openSqlite(source, sqlite3.OPEN_READONLY);
  try {
    await runSqlite(connection, `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    await runSqlite(connection, 'VACUUM INTO ?', [partial]);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new BackupError(`Cannot copy ${source} to ${target}: ${(error as Error).message}.`);
  } finally {
    await closeSqlite(connection);
  }
  try {
    const copy = await openSqlite(partial, sqlite3.OPEN_READONLY);
    const [check] = await allSqlite<{ quick_check: string }>(copy, 'PRAGMA quick_check').finally(() => closeSqlite(copy));
    if (check?.quick_check !== 'ok') throw new BackupError(`The copy of ${source} failed its check (${check?.quick_check}); nothing was written to ${target}.`);
    // link() fails when the target exists: a file made there meanwhile is not replaced either.
    fs.linkSync(partial, target);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`Cannot write ${target}: ${(error as Error).message}.`);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  const megabytes = (fs.statSync(target).size / 1024 / 1024).toFixed(1);
  return (
    `Backed up ${source} to ${target} (${megabytes} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s.\n` +
    `To restore: stop the servers, then put the copy in place (cp ${target} ${source}, removing ${source}-wal and ${source}-shm if any) or start them with SQLITE_PATH=${target}.`
  );
}

function hasPgDump(): boolean {
  return spawnSync('pg_dump', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** The URL without its password (it goes to pg_dump through PGPASSWORD, not its command line, which `ps` shows). */
function withoutPassword(databaseUrl: string): { url: string; password: string | null } {
  const url = new URL(databaseUrl);
  const password = url.password ? decodeURIComponent(url.password) : null;
  url.password = '';
  return { url: url.toString(), password };
}

async function backUpPostgres(databaseUrl: string, target: string): Promise<string> {
  checkTarget(target);
  const { url, password } = withoutPassword(databaseUrl);
  const restore = `createdb NEW_DATABASE && pg_restore --no-owner --dbname=postgres://HOST/NEW_DATABASE ${target}`;
  // Exit 1 all the same: a scheduled backup that wrote nothing must not look like one that did.
  if (!hasPgDump())
    throw new BackupError(
      `pg_dump is not on the PATH: nothing was written. Take the backup with PostgreSQL's own tools, from any machine that reaches the server:\n` +
        `  pg_dump --format=custom --file=${target} --dbname=${url}\n` +
        `To restore into an empty database: ${restore}\n` +
        `(pg_dump must be the server's major version or newer.)`,
    );
  const started = Date.now();
  const partial = path.join(path.dirname(target), `.${path.basename(target)}.partial-${process.pid}`);
  try {
    await execFileAsync('pg_dump', ['--format=custom', `--file=${partial}`, `--dbname=${url}`], { env: { ...process.env, ...(password && { PGPASSWORD: password }) } });
    fs.linkSync(partial, target);
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new BackupError(`pg_dump could not back up ${url}: ${stderr || (error as Error).message}`);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  const megabytes = (fs.statSync(target).size / 1024 / 1024).toFixed(1);
  return `Backed up ${url} to ${target} (pg_dump custom format, ${megabytes} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s.\nTo restore into an empty database: ${restore}`;
}

const target = path.resolve(program.args[0]!);
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
try {
  console.log(config.databaseUrl ? await backUpPostgres(config.databaseUrl, target) : await backUpSqlite(config.sqlitePath, target));
} catch (error) {
  console.error(error instanceof BackupError ? error.message : `Backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
