import { DataSource } from 'typeorm';
import { afterEach, describe, expect, it } from 'vitest';
import { Database, type Dialect } from '../src/db/database.js';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from '../src/db/migrations/index.js';
import { importDataset } from '../src/modules/import/import-dataset.js';
import { createEmptyTestDatabase, DIALECTS, type EmptyTestDatabase } from './helpers/databases.js';

/** Every table that refers to organizations, with its rows in a stable order. */
const TABLES: Record<string, string> = {
  organizations: 'SELECT * FROM organizations ORDER BY id',
  organization_closure: 'SELECT * FROM organization_closure ORDER BY ancestor_id, descendant_id',
  organization_memberships: 'SELECT * FROM organization_memberships ORDER BY id',
  grids: 'SELECT * FROM grids ORDER BY id',
  people: 'SELECT * FROM people ORDER BY id',
  posts: 'SELECT * FROM posts ORDER BY id',
  links: 'SELECT * FROM links ORDER BY id',
};

type Rows = Record<string, Record<string, unknown>[]>;

async function readTables(query: (sql: string) => Promise<Record<string, unknown>[]>): Promise<Rows> {
  const rows: Rows = {};
  for (const [table, sql] of Object.entries(TABLES)) rows[table] = await query(sql);
  return rows;
}

/**
 * A database as it was before the LocatedIn migration, with a little of everything in it: a chain
 * D ⊃ S1 ⊃ C1 ⊃ G1, an enterprise E1, a grid, a person with a post, a link. Written in plain SQL, as
 * the application of that time would have left it.
 */
async function databaseBeforeLocatedIn(dialect: Dialect, empty: EmptyTestDatabase): Promise<Rows> {
  const migrations = dialect === 'sqlite' ? SQLITE_MIGRATIONS : POSTGRES_MIGRATIONS;
  const index = migrations.findIndex((migration) => migration.name.startsWith('LocatedIn'));
  expect(index).toBeGreaterThan(0);
  const common = { migrations: migrations.slice(0, index), migrationsTransactionMode: 'each' as const };
  const old = new DataSource(dialect === 'sqlite' ? { type: 'sqlite', database: empty.sqlitePath, ...common } : { type: 'postgres', url: empty.databaseUrl!, ...common });
  await old.initialize();
  try {
    await old.runMigrations();
    const stamp = "'2026-01-01T00:00:00.000Z'";
    const id = async (table: string, code: string): Promise<number> => Number((await old.query(`SELECT id FROM ${table} WHERE code = '${code}'`))[0].id);
    const organization = async (code: string, kind: string, parentCode: string | null, depth: number) => {
      const parent = parentCode === null ? 'NULL' : String(await id('organizations', parentCode));
      await old.query(
        `INSERT INTO organizations (code, name, kind, sector, parent_id, depth, status, founded_on, households, address, version, created_at, updated_at)
         VALUES ('${code}', 'Organization ${code}', '${kind}', '${kind === 'ENTERPRISE' ? 'MARKET' : 'PARTY'}', ${parent}, ${depth}, 'ACTIVE', '2000-01-01', 100, 'Road 1', 1, ${stamp}, ${stamp})`,
      );
      const self = await id('organizations', code);
      await old.query(`INSERT INTO organization_closure (ancestor_id, descendant_id, depth) VALUES (${self}, ${self}, 0)`);
      if (parentCode !== null) {
        await old.query(`INSERT INTO organization_closure (ancestor_id, descendant_id, depth) SELECT ancestor_id, ${self}, depth + 1 FROM organization_closure WHERE descendant_id = ${parent}`);
        await old.query(`INSERT INTO organization_memberships (organization_id, parent_id, since, until) VALUES (${self}, ${parent}, '2000-01-01', NULL)`);
      }
    };
    await organization('D', 'DISTRICT_PARTY_COMMITTEE', null, 0);
    await organization('S1', 'SUBDISTRICT_PARTY_WORKING_COMMITTEE', 'D', 1);
    await organization('C1', 'COMMUNITY_PARTY_COMMITTEE', 'S1', 2);
    await organization('G1', 'GRID_PARTY_BRANCH', 'C1', 3);
    await organization('E1', 'ENTERPRISE', null, 0);
    await old.query(
      `INSERT INTO grids (code, name, community_id, branch_id, households, population, buildings, grid_workers, functions, version, created_at, updated_at)
       VALUES ('C1-G1', 'Grid 1', ${await id('organizations', 'C1')}, ${await id('organizations', 'G1')}, 400, 1000, 2, 3, 'PARTY_BUILDING', 1, ${stamp}, ${stamp})`,
    );
    await old.query(`INSERT INTO people (code, name, phone, version, created_at, updated_at) VALUES ('P1', '王秀兰', '10000000001', 1, ${stamp}, ${stamp})`);
    await old.query(
      `INSERT INTO posts (code, person_id, organization_id, role, title, start_date, end_date, version, created_at, updated_at)
       VALUES ('POST1', ${await id('people', 'P1')}, ${await id('organizations', 'C1')}, 'SECRETARY', 'Secretary', '2020-01-01', NULL, 1, ${stamp}, ${stamp})`,
    );
    await old.query(
      `INSERT INTO links (code, kind, source_id, target_id, since, until, status, weight, description, version, created_at, updated_at)
       VALUES ('L1', 'CO_BUILDING', ${await id('organizations', 'C1')}, ${await id('organizations', 'E1')}, '2020-01-01', NULL, 'ACTIVE', 1, NULL, 1, ${stamp}, ${stamp})`,
    );
    return await readTables((sql) => old.query(sql));
  } finally {
    await old.destroy();
  }
}

describe.each(DIALECTS)('the LocatedIn migration on %s', (dialect) => {
  let empty: EmptyTestDatabase | null = null;
  let db: Database | null = null;
  afterEach(async () => {
    await db?.close();
    await empty?.remove();
    db = null;
    empty = null;
  });

  it('keeps every row of a database migrated before it, and leaves every organization without an area', async () => {
    empty = await createEmptyTestDatabase(dialect);
    const before = await databaseBeforeLocatedIn(dialect, empty);
    expect(before.organizations).toHaveLength(5);
    expect(before.organization_closure).toHaveLength(11);

    db = await Database.open({ databaseUrl: empty.databaseUrl, sqlitePath: empty.sqlitePath, migrate: true });
    const after = await readTables((sql) => db!.manager.query(sql));
    expect(after.organizations.map((row) => row.located_in_id)).toEqual([null, null, null, null, null]);
    expect(after.organizations.map(({ located_in_id: _added, seats: _seats, ...row }) => row)).toEqual(before.organizations);
    // Columns added by later migrations (PostEndReasonSeats: posts.end_reason) are null on the old rows.
    const withoutLater = (rows: Record<string, unknown>[]) => rows.map(({ end_reason: endReason, ...row }) => (expect(endReason ?? null).toBeNull(), row));
    for (const table of Object.keys(TABLES).filter((name) => name !== 'organizations')) expect(withoutLater(after[table]!), table).toEqual(before[table]);
    if (dialect === 'sqlite') {
      expect(await db.manager.query('PRAGMA foreign_key_check')).toEqual([]);
      expect(await db.manager.query('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    }
  });

  it('leaves a database the application works on: areas set by import, new ids after the old ones, the foreign key enforced', async () => {
    empty = await createEmptyTestDatabase(dialect);
    const before = await databaseBeforeLocatedIn(dialect, empty);
    db = await Database.open({ databaseUrl: empty.databaseUrl, sqlitePath: empty.sqlitePath, migrate: true });
    const summary = await importDataset(db, {
      organizations: [
        { code: 'E1', name: 'Organization E1', kind: 'ENTERPRISE', locatedInCode: 'C1', foundedOn: '2000-01-01', households: 100, address: 'Road 1' },
        { code: 'E2', name: 'Organization E2', kind: 'ENTERPRISE', locatedInCode: 'S1', foundedOn: '2020-01-01' },
      ],
    });
    expect(summary.organizations).toEqual({ created: 1, updated: 1, unchanged: 0 });
    const rows = await db.manager.query("SELECT o.code, o.id, a.code AS area FROM organizations o LEFT JOIN organizations a ON a.id = o.located_in_id WHERE o.code IN ('E1', 'E2') ORDER BY o.code");
    const maxBefore = Math.max(...before.organizations.map((row) => Number(row.id)));
    expect(rows.map((row: { code: string; area: string }) => [row.code, row.area])).toEqual([['E1', 'C1'], ['E2', 'S1']]);
    expect(Number(rows[1].id)).toBeGreaterThan(maxBefore);
    await expect(db.transaction((manager) => manager.query("UPDATE organizations SET located_in_id = 999999 WHERE code = 'E1'"))).rejects.toThrow(/FOREIGN KEY|foreign key/);
  });
});
