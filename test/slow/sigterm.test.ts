import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/modules/import/import-dataset.js';
import { SMALL_DISTRICT } from '../fixtures/small-district.js';
import { COUNTY_CODE, SAMPLE_SCALE } from '../../seeds/generate/constants.js';
import { generateDistrict } from '../../seeds/generate.js';
import { freePort, spawnServer } from '../helpers/child-server.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../helpers/databases.js';
import { eventually } from '../helpers/eventually.js';

/** The server in a child process stopped with SIGTERM (moved here from observability.test.ts). */

/** A JSON log line of the server, as far as this test reads it. */
interface LogLine {
  msg: string;
  requestId?: string;
  operationName?: string | null;
  outcome?: string;
  status?: number;
}

/** C1's four children (RC1, G1, G2, EP1) and their posts: the same request as in observability.test.ts. */
const TREE = 'query CommunityTree { organization(code: "C1") { children(first: 50) { nodes { code posts(first: 10) { totalCount } } } } }';

/** Resolves with the error code of a TCP connection attempt, or 'connected'. */
function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

/**
 * The server in a child process on `database`, with `env` on top of the settings both suites share; resolves once
 * it is ready. Its `exited` resolves once all it printed has been read.
 */
async function startServer(database: TestDatabase, env: Record<string, string> = {}) {
  const port = await freePort();
  const server = spawnServer({
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    PORT: String(port),
    DATABASE_URL: database.databaseUrl ?? '',
    SQLITE_PATH: database.sqlitePath,
    SEED_ON_START: 'false',
    DIAGNOSTICS: 'false',
    ...env,
  });
  await server.ready;
  return { ...server, port };
}

describe.each(DIALECTS)('SIGTERM on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await importDataset(database.db, SMALL_DISTRICT);
    await database.db.close();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('refuses new connections, finishes the request in flight, closes the database and exits 0', async () => {
    const started = await startServer(database);
    const { port, child, exited } = started;
    // A request in flight: its body arrives in two parts, with the signal in between.
    const body = Buffer.from(JSON.stringify({ query: TREE }));
    const request = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': body.length, 'x-request-id': 'in-flight' } });
    let completed = false;
    const response = new Promise<{ status: number; json: any }>((resolve, reject) => {
      request.on('response', (incoming) => {
        let text = '';
        incoming.on('data', (chunk: Buffer) => (text += chunk.toString()));
        incoming.on('end', () => {
          completed = true;
          resolve({ status: incoming.statusCode!, json: JSON.parse(text) });
        });
      });
      request.on('error', reject);
    });
    request.write(body.subarray(0, 20));
    await new Promise((resolve) => setTimeout(resolve, 200));

    child.kill('SIGTERM');
    await eventually(() => (started.output().includes('shutting down') ? true : undefined), 'the shutdown line');
    await eventually(async () => ((await tryConnect(port)) === 'ECONNREFUSED' ? true : undefined), 'a refused connection');
    expect(completed).toBe(false);

    request.end(body.subarray(20));
    const { status, json } = await response;
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(json.data.organization.children.nodes.map((node: { code: string }) => node.code)).toEqual(['EP1', 'G1', 'G2', 'RC1']);

    const { code, output } = await exited;
    expect(code).toBe(0);
    const lines = output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as LogLine);
    expect(lines.find((line) => line.requestId === 'in-flight')).toMatchObject({ operationName: 'CommunityTree', outcome: 'ok', status: 200 });
    // The request's own log line is written when its response closes, which may come just after the stop.
    const messages = lines.map((line) => line.msg);
    expect(messages.indexOf('stopped: requests finished, database closed')).toBeGreaterThan(messages.findIndex((msg) => msg?.startsWith('shutting down')));
    expect(messages.filter((msg) => msg !== 'graphql request').at(-1)).toBe('stopped: requests finished, database closed');
    // SQLite folds its write-ahead log back into the file and deletes it when the last connection closes.
    if (dialect === 'sqlite') expect(fs.existsSync(`${database.sqlitePath}-wal`)).toBe(false);
  });

  it('answers 503 SERVICE_UNAVAILABLE, closing the connection, to a request that comes after the stop on a connection kept alive', async () => {
    const started = await startServer(database);
    const { port, child, exited } = started;
    // Two requests pipelined on one connection: the first is in flight (its body in two parts, the signal in
    // between); the second is read only after the first's answer, once the server has stopped taking operations.
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    const body = JSON.stringify({ query: TREE });
    const head = (length: number, id: string) => `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nX-Request-Id: ${id}\r\n\r\n`;
    socket.write(head(Buffer.byteLength(body), 'first') + body.slice(0, 20));
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill('SIGTERM');
    await eventually(() => (started.output().includes('shutting down') ? true : undefined), 'the shutdown line');
    await eventually(async () => ((await tryConnect(port)) === 'ECONNREFUSED' ? true : undefined), 'a refused connection');
    socket.write(body.slice(20) + head(Buffer.byteLength(body), 'second') + body);
    await closed;
    const responses = received.split(/(?=HTTP\/1\.1 )/);
    expect(responses.map((response) => response.split('\r\n')[0])).toEqual(['HTTP/1.1 200 OK', 'HTTP/1.1 503 Service Unavailable']);
    expect(responses[1]).toMatch(/\r\nretry-after: 1\r\n/i);
    expect(responses[1]).toMatch(/\r\nconnection: close\r\n/i);
    expect(responses[1]).toContain('"code":"SERVICE_UNAVAILABLE"');
    expect((await exited).code).toBe(0);
  });
});

describe.each(DIALECTS)('SIGTERM during graph downloads written in the request thread on %s', (dialect) => {
  // The sample district's organizations and links (about 800 organizations): a download of the whole district takes
  // tenths of a second in the request thread, long enough to be under way when the signal comes.
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await importDataset(database.db, generateDistrict({ scale: SAMPLE_SCALE }));
    await database.db.close();
  });
  afterAll(async () => {
    await database?.drop();
  });

  /** Written in the request thread (a worker thread's task is waited for by the pool's close). */
  const inRequestThread = { INDICATOR_WORKERS: '0' };

  /** Starts `count` downloads of the whole district at once; each resolves with its status, or the error that ended it. */
  function downloads(port: number, count: number) {
    return Array.from({ length: count }, () =>
      fetch(`http://127.0.0.1:${port}/export/graph?root=${COUNTY_CODE}000000&depth=6&format=graphml`)
        .then(async (response) => ({ status: response.status, bytes: (await response.arrayBuffer()).byteLength }))
        .catch((error: Error) => ({ status: 0, bytes: 0, error: error.message })),
    );
  }

  /** What a stop must leave in the output: JSON lines only, none of them an error, and `stopped` last. */
  function expectOrderlyStop(output: string) {
    const lines = output.split('\n').filter((line) => line.trim() && !line.startsWith('grassroots-graph ready'));
    // Nothing outside the JSON log (node-sqlite3's SQLITE_MISUSE for statements sent on closed connections, an "Unexpected error").
    expect(lines.filter((line) => !line.startsWith('{'))).toEqual([]);
    expect(output).not.toMatch(/SQLITE_MISUSE|Database handle is closed|Connection terminated|Unexpected error/);
    const parsed = lines.map((line) => JSON.parse(line) as LogLine & { level: number });
    expect(parsed.filter((line) => line.level >= 50)).toEqual([]);
    expect(parsed.at(-1)?.msg).toBe('stopped: requests finished, database closed');
  }

  it('downloads cut by the end of the grace stop sending statements before the database closes: no driver error, exit 0', async () => {
    const server = await startServer(database, { ...inRequestThread, SHUTDOWN_GRACE_SECONDS: '0' });
    // Warm: the first download in a new process is slower (the schema's first execution).
    expect((await Promise.all(downloads(server.port, 1)))[0]!.status).toBe(200);
    const started = downloads(server.port, 4);
    await new Promise((resolve) => setTimeout(resolve, 60));
    server.child.kill('SIGTERM');
    const answers = await Promise.all(started);
    const { code, output } = await server.exited;
    expect(code).toBe(0);
    // The grace of 0 s cut the downloads under way: the case this test is about.
    expect(answers.filter((answer) => answer.status !== 200).length).toBeGreaterThan(0);
    expectOrderlyStop(output);
  });

  it('a download under way within the grace is answered in full before the database closes', async () => {
    const server = await startServer(database, inRequestThread);
    const whole = (await Promise.all(downloads(server.port, 1)))[0]!;
    expect(whole.status).toBe(200);
    const started = downloads(server.port, 2);
    await new Promise((resolve) => setTimeout(resolve, 60));
    server.child.kill('SIGTERM');
    expect(await Promise.all(started)).toEqual([whole, whole]);
    const { code, output } = await server.exited;
    expect(code).toBe(0);
    expectOrderlyStop(output);
  });
});
