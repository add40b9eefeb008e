import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialect } from '../../src/db/database.js';
import { importDataset } from '../../src/modules/import/import-dataset.js';
import { SMALL_DISTRICT } from '../fixtures/small-district.js';
import { runCli } from '../helpers/cli.js';
import { freePort, spawnServer, type ChildServer } from '../helpers/child-server.js';
import { createEmptyTestDatabase, createTestDatabase, DIALECTS, type EmptyTestDatabase, type TestDatabase } from '../helpers/databases.js';

const execFileAsync = promisify(execFile);

/**
 * Issue 12, 3: `npm run backup -- FILE` while the server runs on the database, then a restore: a server
 * started on the copy reads the same data. On SQLite the copy is the file itself; on PostgreSQL it is
 * pg_dump's, restored with pg_restore into an empty database, as the command's output says.
 */

const READ = `{
  organizations(first: 100) { totalCount nodes { code name kind parent { code } } }
  people(first: 100) { totalCount nodes { name } }
  links(first: 100) { totalCount nodes { code kind } }
}`;

async function read(port: number): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: READ }) });
  return { status: response.status, ...((await response.json()) as object) };
}

/** The server on a database, on a free port; SEED_ON_START off so that an empty copy would show. */
async function startServer(database: { databaseUrl: string | null; sqlitePath: string }): Promise<{ server: ChildServer; port: number }> {
  const port = await freePort();
  const server = spawnServer({ DATABASE_URL: database.databaseUrl ?? '', SQLITE_PATH: database.sqlitePath, PORT: String(port), NODE_ENV: 'development', SEED_ON_START: 'false', LOG_LEVEL: 'warn', DIAGNOSTICS: 'false' });
  await server.ready;
  return { server, port };
}

describe.each(DIALECTS)('npm run backup on %s', (dialect: Dialect) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gg-backup-'));
  const target = path.join(folder, dialect === 'sqlite' ? 'copy.sqlite' : 'copy.dump');
  let original: TestDatabase;
  let restored: EmptyTestDatabase | undefined;
  const servers: ChildServer[] = [];

  beforeAll(async () => {
    original = await createTestDatabase(dialect);
    await importDataset(original.db, SMALL_DISTRICT);
    await original.db.close();
  });

  afterAll(async () => {
    for (const server of servers) if (server.running()) server.child.kill('SIGKILL');
    await Promise.all(servers.map((server) => server.exited));
    await restored?.remove();
    await original?.drop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('copies the database while a server runs on it, and a server on the restored copy reads the same data', async () => {
    const running = await startServer(original);
    servers.push(running.server);
    const env = { ...process.env, DATABASE_URL: original.databaseUrl ?? '', SQLITE_PATH: original.sqlitePath };
    const { stdout } = await runCli('src/cli/backup.ts', [target], env);
    expect(stdout).toMatch(/^Backed up .* to .* in [\d.]+ s\.\nTo restore/);
    expect(fs.existsSync(target)).toBe(true);
    expect(fs.readdirSync(folder)).toEqual([path.basename(target)]);

    if (dialect === 'sqlite') {
      restored = { databaseUrl: null, sqlitePath: target, remove: async () => undefined };
    } else {
      // As the command's output says: pg_restore into an empty database.
      restored = await createEmptyTestDatabase('postgres');
      await execFileAsync('pg_restore', ['--no-owner', `--dbname=${restored.databaseUrl}`, target]);
    }
    const copy = await startServer(restored);
    servers.push(copy.server);
    const fromOriginal = await read(running.port);
    expect(fromOriginal).toMatchObject({ status: 200, data: { organizations: { totalCount: 15 } } });
    expect(await read(copy.port)).toEqual(fromOriginal);
  });

  it('refuses to replace an existing file or to write into a missing folder; without pg_dump it prints the commands and exits 1', async () => {
    const existing = path.join(folder, 'existing');
    fs.writeFileSync(existing, 'keep me');
    const env = { ...process.env, DATABASE_URL: original.databaseUrl ?? '', SQLITE_PATH: original.sqlitePath };
    const refused = await runCli('src/cli/backup.ts', [existing], env).catch((error) => error);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`${existing} already exists; a backup never replaces a file. Name a new one.\n`);
    expect(fs.readFileSync(existing, 'utf8')).toBe('keep me');
    const nowhere = await runCli('src/cli/backup.ts', [path.join(folder, 'missing', 'copy')], env).catch((error) => error);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toBe(`The folder ${path.join(folder, 'missing')} does not exist.\n`);
    if (dialect === 'postgres') {
      // Without pg_dump: the commands to run, and exit 1, since nothing was written.
      const guidance = await runCli('src/cli/backup.ts', [path.join(folder, 'guided.dump')], { ...env, PATH: '/nonexistent' }).catch((error) => error);
      expect(guidance.code).toBe(1);
      expect(guidance.stderr).toContain(`pg_dump is not on the PATH: nothing was written.`);
      expect(guidance.stderr).toContain(`pg_dump --format=custom --file=${path.join(folder, 'guided.dump')} --dbname=${original.databaseUrl}`);
      expect(fs.existsSync(path.join(folder, 'guided.dump'))).toBe(false);
    }
  });
});

describe('npm run backup without a database', () => {
  it('names the SQLite file that is not there', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gg-backup-none-'));
    const missing = path.join(folder, 'none.sqlite');
    const refused = await runCli('src/cli/backup.ts', [path.join(folder, 'copy.sqlite')], { ...process.env, DATABASE_URL: '', SQLITE_PATH: missing }).catch((error) => error);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`There is no SQLite database at ${missing} (SQLITE_PATH).\n`);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});

