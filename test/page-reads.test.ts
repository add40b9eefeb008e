import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateDistrict } from '../seeds/generate.js';
import { OrganizationKind } from '../src/modules/organizations/organization.kinds.js';
import { OrganizationOrder } from '../src/modules/organizations/organization.service.js';
import { createServices } from '../src/modules/wiring.js';
import { importDataset } from '../src/modules/import/import-dataset.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from './helpers/databases.js';

/**
 * A root list's page reads its page, not every row that matches, when an index gives its order: the
 * database walks the index and stops at the LIMIT. (With COUNT(*) OVER () in the page's statement it read
 * and sorted all of them first.) The total is then a statement of its own: on SQLite sent after the page, and only
 * when the page is full; on PostgreSQL sent beside it, on another connection. Without such an index, the count stays in the page's statement (src/db/rows.ts, queryPage).
 */

type PlanNode = { 'Node Type': string; 'Actual Rows'?: number; 'Actual Loops'?: number; Plans?: PlanNode[] };

/** A statement's text: on PostgreSQL, rows.ts sends a prepared statement's config ({ name, text }). */
function textOf(query: unknown): string {
  return typeof query === 'string' ? query : (query as { text: string }).text;
}

function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

describe.each(DIALECTS)('a root list on %s', (dialect) => {
  let database: TestDatabase;
  let cells: number;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await importDataset(database.db, generateDistrict({ scale: 0.1 }));
    if (dialect === 'postgres') await database.db.manager.query('ANALYZE');
    const [count] = await database.db.manager.query("SELECT COUNT(*) AS n FROM organizations WHERE kind = 'BUILDING_PARTY_CELL'");
    cells = Number(count.n);
  });
  afterAll(async () => {
    await database?.drop();
  });

  /** The statements (with their values) that listing the first `limit` building cells by code sends. */
  async function listCells(limit: number, offset = 0) {
    const { organizations } = createServices(database.db);
    const query = vi.spyOn(database.db.manager, 'query');
    try {
      const page = await organizations.list({ kinds: [OrganizationKind.BUILDING_PARTY_CELL] }, OrganizationOrder.CODE_ASC, { offset, limit, list: 'organizations' });
      return { page, statements: query.mock.calls.map(([sql, values]) => ({ sql: textOf(sql), values: values as unknown[] })) };
    } finally {
      query.mockRestore();
    }
  }

  it('pages 100 building cells by code with their total in two statements, the page reading about 100 rows', async () => {
    expect(cells).toBeGreaterThan(1000);
    const { page, statements } = await listCells(100);
    expect(page.rows).toHaveLength(100);
    expect(page.totalCount).toBe(cells);
    expect(page.rows.map((row) => row.code)).toEqual([...page.rows.map((row) => row.code)].sort());
    expect(statements).toHaveLength(2);
    // On PostgreSQL the count is sent first, beside the page on another connection; on SQLite after it.
    const pageStatement = statements.find((statement) => /LIMIT/.test(statement.sql))!;
    const countStatement = statements.find((statement) => statement !== pageStatement)!;
    expect(pageStatement.sql).toMatch(/LIMIT/);
    expect(pageStatement.sql).not.toMatch(/OVER/);
    expect(countStatement.sql).toMatch(/COUNT\(\*\)/);

    if (dialect === 'postgres') {
      const [{ 'QUERY PLAN': [explained] }] = await database.db.manager.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${pageStatement.sql}`, pageStatement.values);
      // The page's rows are read through an outer SELECT (rows.ts, queryPackedRows), which orders its hundred
      // rows again: a Sort above the LIMIT, none below it.
      const limit = nodesOf(explained.Plan).find((node) => node['Node Type'] === 'Limit');
      expect(limit, JSON.stringify(explained.Plan)).toBeDefined();
      const nodes = nodesOf(limit!);
      // Every node below the LIMIT produced a page's worth of rows (and a few it filtered), never all the cells.
      const scans = nodes.filter((node) => /Scan/.test(node['Node Type']));
      expect(scans.length).toBeGreaterThan(0);
      for (const scan of scans) expect(scan['Actual Rows']! * (scan['Actual Loops'] ?? 1), JSON.stringify(explained.Plan)).toBeLessThan(cells / 2);
      expect(nodes.map((node) => node['Node Type'])).not.toContain('Sort');
    } else {
      const plan: { detail: string }[] = await database.db.manager.query(`EXPLAIN QUERY PLAN ${pageStatement.sql}`, pageStatement.values);
      const details = plan.map((step) => step.detail).join('; ');
      // Walks the unique index of code in order; no temporary B-tree sorting every matching row.
      expect(details).toMatch(/USING INDEX/);
      expect(details).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    }
  });

  it('takes the total of the last page from its offset and its length (PostgreSQL has counted beside it anyway)', async () => {
    const { page, statements } = await listCells(100, cells - 30);
    expect(page.rows).toHaveLength(30);
    expect(page.totalCount).toBe(cells);
    // SQLite counts after the page, and only a full page; PostgreSQL counts beside the page, before it knows.
    expect(statements).toHaveLength(dialect === 'postgres' ? 2 : 1);
  });

  it('counts in the page\'s own statement when no index gives the order: the database sorts every match for the page anyway', async () => {
    const { organizations } = createServices(database.db);
    const query = vi.spyOn(database.db.manager, 'query');
    try {
      const page = await organizations.list({ kinds: [OrganizationKind.BUILDING_PARTY_CELL] }, OrganizationOrder.NAME_ASC, { offset: 0, limit: 20, list: 'organizations' });
      expect(page.rows).toHaveLength(20);
      expect(page.totalCount).toBe(cells);
      expect(query.mock.calls).toHaveLength(1);
      expect(textOf(query.mock.calls[0][0])).toMatch(/COUNT\(\*\) OVER \(\)/);
    } finally {
      query.mockRestore();
    }
  });

  it('still counts when the page starts past the end', async () => {
    const { page, statements } = await listCells(10, cells + 5);
    expect(page.rows).toEqual([]);
    expect(page.totalCount).toBe(cells);
    expect(statements).toHaveLength(2);
  });

  it('sends a list of keys as one array on PostgreSQL, so the statement is the same whatever its length, and prepared once', async () => {
    const { organizations } = createServices(database.db);
    const query = vi.spyOn(database.db.manager, 'query');
    try {
      const kinds = [OrganizationKind.BUILDING_PARTY_CELL, OrganizationKind.GRID_PARTY_BRANCH, OrganizationKind.COMMUNITY_PARTY_COMMITTEE];
      const one = await organizations.list({ kinds: kinds.slice(0, 1) }, OrganizationOrder.CODE_ASC, { offset: 0, limit: 5, list: 'organizations' });
      const two = await organizations.list({ kinds: kinds.slice(0, 2) }, OrganizationOrder.CODE_ASC, { offset: 0, limit: 5, list: 'organizations' });
      const three = await organizations.list({ kinds }, OrganizationOrder.CODE_ASC, { offset: 0, limit: 5, list: 'organizations' });
      expect(one.totalCount).toBe(cells);
      expect(two.totalCount).toBeGreaterThan(one.totalCount);
      expect(three.totalCount).toBeGreaterThan(two.totalCount);
      // Each list sends its page, then its count.
      const [ofOne, , ofTwo, , ofThree] = query.mock.calls.map(([sql, values]) => ({ sql, values: values as unknown[] }));
      if (dialect === 'postgres') {
        // One kind is an equality, so that the (kind, code) index gives the page (above); more are an array.
        expect(textOf(ofOne.sql)).toContain('t.kind = $1');
        expect(ofTwo.sql).toEqual(ofThree.sql);
        expect(ofTwo.sql).toMatchObject({ name: expect.stringMatching(/^gg_\d+$/), text: expect.stringContaining('t.kind = ANY(CAST($1 AS text[]))') });
        expect(ofThree.values[0]).toEqual(kinds);
      } else {
        expect(textOf(ofTwo.sql)).toContain('t.kind IN (?, ?)');
        expect(textOf(ofThree.sql)).toContain('t.kind IN (?, ?, ?)');
      }
    } finally {
      query.mockRestore();
    }
  });
});
