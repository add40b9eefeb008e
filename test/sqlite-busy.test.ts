import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/** Runs a statement on a raw sqlite3 connection. */
function run(connection: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => connection.run(sql, (error) => (error ? reject(error) : resolve())));
}

describe('another process writing to the same SQLite file', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { dataset: SMALL_DISTRICT });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('makes a mutation wait for its write lock instead of failing', async () => {
    const ids = Object.fromEntries((await server.graphql('{ organizations(first: 100) { nodes { id code } } }')).data!.organizations.nodes.map((node: { id: string; code: string }) => [node.code, node.id]));
    const other = new sqlite3.Database(server.database.sqlitePath);
    await run(other, 'PRAGMA busy_timeout = 5000');
    await run(other, 'BEGIN IMMEDIATE');
    const started = Date.now();
    const pending = server.graphql('mutation C($input: CreateLinkInput!) { createLink(input: $input) { code } }', {
      input: { code: 'WAITED', kind: 'GUIDANCE', sourceId: ids.C1, targetId: ids.E1, since: '2024-01-01' },
    });
    await new Promise((resolve) => setTimeout(resolve, 700));
    await run(other, 'COMMIT');
    const response = await pending;
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ createLink: { code: 'WAITED' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
    await new Promise<void>((resolve) => other.close(() => resolve()));
  });
});
