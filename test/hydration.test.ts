import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hydrate, queryEntitiesUnordered, queryRows } from '../src/db/rows.js';
import { importDataset } from '../src/modules/import/import-dataset.js';
import { generateSample } from '../seeds/generate.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from './helpers/databases.js';

/**
 * Rows read packed (queryEntitiesUnordered and the pages) are put on entities by setters decided once per
 * column (rows.ts, columnSetters); TypeORM's own conversion (`hydrate`) is the reference. Every entity,
 * every stored row of the sample district the server loads on its first start, which holds every kind of
 * record: the same objects, value for value, on both databases.
 */
describe.each(DIALECTS)('entities read packed on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await importDataset(database.db, generateSample(), { actor: { principal: 'test:hydration', operation: 'load' } });
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  it('are the objects TypeORM makes of the same rows, for every entity', async () => {
    const manager = database.db.manager;
    const checked: string[] = [];
    for (const metadata of manager.connection.entityMetadatas) {
      const sql = `SELECT t.* FROM ${metadata.tableName} t`;
      const reference = (await queryRows(manager, sql)).map((row) => hydrate(manager, metadata.target, row));
      const packed = await queryEntitiesUnordered(manager, metadata.target, sql);
      const key = (entity: Record<string, unknown>) => JSON.stringify(metadata.primaryColumns.map((column) => column.getEntityValue(entity)));
      const byKey = (entities: Record<string, unknown>[]) => [...entities].sort((a, b) => key(a).localeCompare(key(b)));
      expect(byKey(packed), metadata.tableName).toEqual(byKey(reference));
      for (const entity of packed) expect(Object.getPrototypeOf(entity), metadata.tableName).toBe((metadata.target as { prototype: object }).prototype);
      if (reference.length > 0) checked.push(metadata.tableName);
    }
    // The sample district fills the tables that matter for reads: organizations, people, posts, links, cases...
    expect(checked).toEqual(expect.arrayContaining(['organizations', 'people', 'posts', 'links', 'grids', 'service_cases', 'case_events', 'resources', 'activities', 'worker_profiles']));
  });
});
