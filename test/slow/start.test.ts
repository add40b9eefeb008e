import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LinkKind } from '../../src/modules/links/link.kinds.js';
import { OrganizationKind } from '../../src/modules/organizations/organization.kinds.js';
import { freePort, spawnServer as start } from '../helpers/child-server.js';
import { createEmptyTestDatabase, POSTGRES_URL } from '../helpers/databases.js';

describe('npm start', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gg-start-'));
  const sqlitePath = path.join(folder, 'data', 'grassroots.sqlite');
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('migrates a new SQLite file, loads a complete sample district, serves it, and stops on SIGTERM', async () => {
    const port = await freePort();
    const started = Date.now();
    const server = start({ PORT: String(port), SQLITE_PATH: sqlitePath });
    const output = await server.ready;
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(output).toMatch(/loaded the sample district/);
    expect(output).toContain(`ready at http://localhost:${port}/graphql`);
    expect(output).toContain('requests without credentials read as a viewer of everything');
    expect(fs.existsSync(sqlitePath)).toBe(true);

    const kindCounts = Object.values(OrganizationKind).map((kind) => `${kind}: organizations(first: 0, filter: { kinds: [${kind}] }) { totalCount }`);
    const linkCounts = Object.values(LinkKind).map((kind) => `${kind}: links(first: 0, filter: { kinds: [${kind}] }) { totalCount }`);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ ${kindCounts.join('\n')} ${linkCounts.join('\n')} }` }),
    });
    const { data, errors } = (await response.json()) as { data: Record<string, { totalCount: number }>; errors?: unknown };
    expect(errors).toBeUndefined();
    for (const kind of [...Object.values(OrganizationKind), ...Object.values(LinkKind)]) {
      expect(data[kind].totalCount, `${kind} present in the sample district`).toBeGreaterThan(0);
    }
    expect(data.SUBDISTRICT_PARTY_WORKING_COMMITTEE.totalCount).toBeGreaterThanOrEqual(3);

    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);

    // A second start finds the data and does not load the sample again.
    const again = start({ PORT: String(port), SQLITE_PATH: sqlitePath });
    expect(await again.ready).not.toMatch(/loaded the sample district/);
    again.child.kill('SIGTERM');
    await again.exited;
  });

  it('refuses to start on a bad setting, naming the variable', async () => {
    const server = start({ PORT: 'eighty', SQLITE_PATH: sqlitePath });
    const { code, output } = await server.exited;
    expect(code).toBe(1);
    expect(output).toMatch(/PORT is invalid/);
    const weakSecret = start({ JWT_SECRET: 'changeme', SQLITE_PATH: sqlitePath });
    const weak = await weakSecret.exited;
    expect(weak.code).toBe(1);
    expect(weak.output).toMatch(/JWT_SECRET is too weak/);
    const database = start({ DATABASE_URL: 'mysql://somewhere', SQLITE_PATH: sqlitePath });
    const result = await database.exited;
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/DATABASE_URL is invalid: must be a postgres/);
  });
  it.runIf(POSTGRES_URL)('starts two replicas together on one empty PostgreSQL database: migrated and loaded once, both serving', async () => {
    const empty = await createEmptyTestDatabase('postgres');
    try {
      const ports = [await freePort(), await freePort()];
      const replicas = ports.map((port) => start({ PORT: String(port), DATABASE_URL: empty.databaseUrl!, NODE_ENV: 'development' }));
      const outputs = await Promise.all(replicas.map((replica) => replica.ready));
      // One loaded the sample district; the other waited for it and found it there.
      expect(outputs.filter((output) => /loaded the sample district/.test(output))).toHaveLength(1);
      const counts = await Promise.all(
        ports.map(async (port) => {
          const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ organizations(first: 0) { totalCount } serviceCases(first: 0) { totalCount } }' }) });
          return ((await response.json()) as { data: unknown }).data;
        }),
      );
      expect(counts[0]).toEqual(counts[1]);
      expect((counts[0] as { organizations: { totalCount: number } }).organizations.totalCount).toBeGreaterThan(500);
      for (const replica of replicas) replica.child.kill('SIGTERM');
      expect((await Promise.all(replicas.map((replica) => replica.exited))).map((exit) => exit.code)).toEqual([0, 0]);
    } finally {
      await empty.remove();
    }
  });

  it('loads no sample district in production unless SEED_ON_START says so', async () => {
    const emptyFile = path.join(folder, 'production', 'grassroots.sqlite');
    const port = await freePort();
    const server = start({ PORT: String(port), SQLITE_PATH: emptyFile, NODE_ENV: 'production' });
    expect(await server.ready).not.toMatch(/loaded the sample district/);
    // It serves (and is ready: its database answers), holding nothing.
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
  });
});
