import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * Issue 12, 3: an SQLite file that cannot take a write. A full disk is produced for real, with
 * `PRAGMA max_page_count` on the server's writing connection (SQLite then answers SQLITE_FULL exactly as
 * on a full disk); a read-only file with `PRAGMA query_only` (SQLITE_READONLY, as for a file or folder
 * made read-only under a running server). The write is refused with its own documented code and
 * nothing is changed; reads go on; writes resume once the cause is gone. And another process holding the
 * write lock past the busy timeout makes a write SERVICE_UNAVAILABLE, to retry. SQLite only: PostgreSQL's
 * counterparts (53100 disk_full, 25006 read_only_sql_transaction) map to the same codes (db/faults.ts)
 * but cannot be produced from a test.
 */

const CREATE = 'mutation Create($input: CreateOrganizationInput!) { createOrganization(input: $input) { code } }';
const COUNT = '{ organizations(first: 1) { totalCount } }';

function create(server: TestServer, code: string) {
  return server.graphql(CREATE, { input: { code, name: `Organization ${code}`, kind: 'DISTRICT_PARTY_COMMITTEE' } });
}

describe('an SQLite file that cannot take a write', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers STORAGE_FULL (HTTP 507) when the disk is full, changes nothing, goes on reading, and writes again once there is space', async () => {
    expect((await create(server, 'BEFORE')).errors).toBeUndefined();
    const writer = server.database.db.writer;
    const [{ page_count: pages }] = await writer.query('PRAGMA page_count');
    await writer.query(`PRAGMA max_page_count = ${pages}`);
    let created = 0;
    try {
      // The file's free pages take a few more rows; the write after them finds no room.
      let full = await create(server, 'FULL-0');
      while (full.status === 200 && created < 500) full = await create(server, `FULL-${++created}`);
      expect(created).toBeLessThan(500);
      expect(full.status).toBe(507);
      expect(full.data).toBeNull();
      expect(full.errors).toEqual([
        { message: "The database's storage is full: the change was not made. Reads still work; writes resume once an operator frees space.", path: ['createOrganization'], extensions: { code: 'STORAGE_FULL' } },
      ]);
      expect(await server.graphql(COUNT)).toMatchObject({ status: 200, data: { organizations: { totalCount: 1 + created } } });
    } finally {
      await writer.query('PRAGMA max_page_count = 4294967294');
    }
    expect(await create(server, 'AFTER')).toMatchObject({ status: 200, data: { createOrganization: { code: 'AFTER' } } });
    expect(await server.graphql(COUNT)).toMatchObject({ data: { organizations: { totalCount: 2 + created } } });
  });

  it('answers STORAGE_READ_ONLY (HTTP 503) when the file cannot be written, changes nothing, and goes on reading', async () => {
    const writer = server.database.db.writer;
    const before = (await server.graphql(COUNT)).data!.organizations.totalCount;
    await writer.query('PRAGMA query_only = 1');
    try {
      const refused = await create(server, 'READ-ONLY');
      expect(refused.status).toBe(503);
      expect(refused.errors).toEqual([
        { message: 'The database cannot be written (its file or folder is read-only): the change was not made. Reads still work.', path: ['createOrganization'], extensions: { code: 'STORAGE_READ_ONLY' } },
      ]);
      expect(await server.graphql(COUNT)).toMatchObject({ status: 200, data: { organizations: { totalCount: before } } });
    } finally {
      await writer.query('PRAGMA query_only = 0');
    }
    expect(await create(server, 'WRITABLE')).toMatchObject({ status: 200, data: { createOrganization: { code: 'WRITABLE' } } });
  });

  it('answers SERVICE_UNAVAILABLE (HTTP 503, Retry-After) when another process holds the write lock past the busy timeout', async () => {
    const writer = server.database.db.writer;
    const other = new sqlite3.Database(server.database.sqlitePath);
    const run = (sql: string) => new Promise<void>((resolve, reject) => other.run(sql, (error) => (error ? reject(error) : resolve())));
    // The server waits 10 s (busy timeout); a test waits 0.3 s.
    await writer.query('PRAGMA busy_timeout = 300');
    await run('BEGIN IMMEDIATE');
    try {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminKey}` },
        body: JSON.stringify({ query: CREATE, variables: { input: { code: 'LOCKED', name: 'Locked', kind: 'DISTRICT_PARTY_COMMITTEE' } } }),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('3');
      expect(((await response.json()) as { errors: unknown[] }).errors).toEqual([
        {
          message: 'The database is unavailable (restarting or out of reach); nothing was changed by this step. Try again in 3 seconds.',
          path: ['createOrganization'],
          extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 3 },
        },
      ]);
    } finally {
      await run('ROLLBACK');
      await new Promise<void>((resolve) => other.close(() => resolve()));
      await writer.query('PRAGMA busy_timeout = 10000');
    }
    expect(await create(server, 'LOCKED')).toMatchObject({ status: 200, data: { createOrganization: { code: 'LOCKED' } } });
  });
});
