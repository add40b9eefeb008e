import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { freePort, spawnServer, type ChildServer } from '../helpers/child-server.js';

/**
 * Issue 12, 3: two server processes on one SQLite file, and a database the server cannot open at start (the
 * full disk and the read-only file under a running server: test/storage-faults.test.ts; PostgreSQL going
 * away under load: database-outage.test.ts).
 */

const CREATE = 'mutation Create($input: CreateOrganizationInput!) { createOrganization(input: $input) { code } }';

async function post(port: number, key: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] }) };
}

/** Starts src/main.ts with `env` (as `nobody` when asked) and resolves with how it exited and what it printed. */
async function startFailing(env: Record<string, string>, asNobody = false): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, DATABASE_URL: '', PORT: String(await freePort()), NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(asNobody && { uid: 65534, gid: 65534 }),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
  return { code, stdout, stderr };
}

describe('two server processes on one SQLite file', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gg-sqlite-two-'));
  const sqlitePath = path.join(folder, 'shared.sqlite');
  const servers: { server: ChildServer; port: number }[] = [];
  let key: string;

  beforeAll(async () => {
    const env = { ...process.env, DATABASE_URL: '', SQLITE_PATH: sqlitePath, NODE_ENV: 'development' };
    key = (await runCli('src/cli/keys.ts', ['create', '--role', 'admin'], env)).stdout.trim().split('\n').at(-1)!;
    for (let index = 0; index < 2; index++) {
      const port = await freePort();
      servers.push({ server: spawnServer({ SQLITE_PATH: sqlitePath, NODE_ENV: 'development', PORT: String(port), SEED_ON_START: 'false', LOG_LEVEL: 'warn', DIAGNOSTICS: 'false' }), port });
    }
    await Promise.all(servers.map(({ server }) => server.ready));
  });

  afterAll(async () => {
    for (const { server } of servers) if (server.running()) server.child.kill('SIGKILL');
    await Promise.all(servers.map(({ server }) => server.exited));
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('serves from both, and every write sent to either succeeds (waiting for the other) and is kept once', async () => {
    const WRITERS_PER_SERVER = 3;
    const WRITES_PER_WRITER = 30;
    const results = await Promise.all(
      servers.flatMap(({ port }, server) =>
        Array.from({ length: WRITERS_PER_SERVER }, async (_, writer) => {
          const answers: { code: string; status: number; errors?: unknown }[] = [];
          for (let n = 0; n < WRITES_PER_WRITER; n++) {
            const code = `S${server}-${writer}-${n}`;
            const answer = await post(port, key, CREATE, { input: { code, name: `Organization ${code}`, kind: 'DISTRICT_PARTY_COMMITTEE' } });
            answers.push({ code, status: answer.status, errors: answer.errors });
          }
          return answers;
        }),
      ),
    );
    const answers = results.flat();
    expect(answers.filter((answer) => answer.status !== 200 || answer.errors)).toEqual([]);
    // Each server reads what both wrote.
    for (const { port } of servers) {
      const read = await post(port, key, '{ organizations(first: 1) { totalCount } }');
      expect(read).toMatchObject({ status: 200, data: { organizations: { totalCount: 2 * WRITERS_PER_SERVER * WRITES_PER_WRITER } } });
    }
    const other = await post(servers[1]!.port, key, 'query One($code: String!) { organization(code: $code) { code } }', { code: 'S0-0-0' });
    expect(other.data).toEqual({ organization: { code: 'S0-0-0' } });
  });
});

describe('an SQLite file that cannot be written at start', () => {
  /** Root writes anywhere: the server runs as `nobody` for the folder's permissions to bite. */
  const asRoot = process.getuid?.() === 0;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gg-sqlite-ro-'));
  afterAll(() => {
    fs.chmodSync(folder, 0o755);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  async function start(sqlitePath: string) {
    return startFailing({ SQLITE_PATH: sqlitePath }, asRoot);
  }

  it('prints one line naming the file and the cause, and exits 1', async () => {
    const readOnly = path.join(folder, 'read-only');
    fs.mkdirSync(readOnly);
    fs.chmodSync(folder, 0o755);
    fs.chmodSync(readOnly, 0o555);
    const file = path.join(readOnly, 'grassroots.sqlite');
    const { code, stdout, stderr } = await start(file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`Cannot open the SQLite database ${file} (SQLITE_PATH): its folder ${readOnly} is not writable (read-only or not this user's) (SQLITE_CANTOPEN: unable to open database file).\n`);
  });
});

describe('a PostgreSQL server that does not answer at start', () => {
  it('prints one line naming the server and the cause, and exits 1', async () => {
    const port = await freePort();
    const { code, stdout, stderr } = await startFailing({ DATABASE_URL: `postgres://grassroots:secret@127.0.0.1:${port}/grassroots` });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`Cannot open the PostgreSQL database 127.0.0.1:${port}/grassroots (DATABASE_URL): the server does not answer (connect ECONNREFUSED 127.0.0.1:${port}).\n`);
  });
});
