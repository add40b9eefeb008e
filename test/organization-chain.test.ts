import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphService } from '../src/graph/graph.service.js';
import { parentOnDate, parentsOn, readChainHistory } from '../src/modules/organizations/organization-chain.js';
import { OrganizationKind } from '../src/modules/organizations/organization.kinds.js';
import { OrganizationService } from '../src/modules/organizations/organization.service.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from './helpers/databases.js';

const DATES = ['2019-12-31', '2020-01-01', '2022-12-31', '2023-01-01', '2024-06-01'];

describe.each(DIALECTS)('the chain as of a date on %s', (dialect) => {
  let database: TestDatabase;
  const id: Record<string, number> = {};
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    const organizations = new OrganizationService(database.db.as({ principal: 'test:setup', operation: 'setup' }));
    const create = async (code: string, kind: OrganizationKind, parent: string | null) => {
      id[code] = (await organizations.create({ code, name: code, kind, parentId: parent === null ? null : id[parent], foundedOn: '2020-01-01' })).databaseId;
    };
    await create('D', OrganizationKind.DISTRICT_PARTY_COMMITTEE, null);
    await create('S1', OrganizationKind.SUBDISTRICT_PARTY_WORKING_COMMITTEE, 'D');
    await create('S2', OrganizationKind.SUBDISTRICT_PARTY_WORKING_COMMITTEE, 'D');
    await create('C', OrganizationKind.COMMUNITY_PARTY_COMMITTEE, 'S1');
    await organizations.move({ id: id.C, newParentId: id.S2, effectiveOn: '2023-01-01' });
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('answers the parent of many organizations on a date in one statement, following moves', async () => {
    const ids = [id.D, id.S1, id.C, 999_999];
    const diagnostics = { sqlStatements: 0 };
    const before = await parentsOn(database.db.observedBy(diagnostics).manager, ids, '2022-12-31');
    expect(diagnostics.sqlStatements).toBe(1);
    expect(before).toEqual(new Map([[id.D, null], [id.S1, id.D], [id.C, id.S1], [999_999, null]]));
    // The move takes effect on its day: the period under S1 ends, the one under S2 starts.
    expect((await parentsOn(database.db.manager, ids, '2023-01-01')).get(id.C)).toBe(id.S2);
    expect((await parentsOn(database.db.manager, ids, '2019-12-31')).get(id.C)).toBeNull();
    expect(await parentsOn(database.db.manager, [], '2023-01-01')).toEqual(new Map());
  });

  it('gives the same parents in memory (the indicators) and in the traversals (the graph) as parentsOn', async () => {
    const chain = await readChainHistory(database.db.manager, id.D);
    expect([...chain.keys()].sort()).toEqual([id.D, id.S1, id.S2, id.C].sort());
    const graph = new GraphService(database.db);
    for (const date of DATES) {
      const parents = await parentsOn(database.db.manager, [...chain.keys()], date);
      for (const organization of chain.values()) expect(parentOnDate(organization.parents, date), `${organization.code} on ${date}`).toBe(parents.get(organization.id));
      const steps = await graph.edgesAround([...chain.keys()], { linkKinds: [], includeVertical: true, activeAt: date });
      const stepParents = new Map(steps.map((edge) => [edge.targetId, edge.sourceId]));
      for (const [child, parent] of parents) expect(stepParents.get(child) ?? null, `steps on ${date}`).toBe(parent);
    }
  });
});
