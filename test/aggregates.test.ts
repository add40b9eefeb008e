import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { KEY_LOOKUP, startTestServer, type TestServer } from './helpers/server.js';

describe.each(DIALECTS)('aggregates on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('counts organizations by kind and sector in one statement, largest group first', async () => {
    const response = await server.graphql('{ organizationsAggregate(groupBy: [SECTOR]) { totalCount groups { key { sector kind } count } } }');
    expect(response.data!.organizationsAggregate).toEqual({
      totalCount: 15,
      groups: [
        { key: { sector: 'PARTY', kind: null }, count: 12 },
        { key: { sector: 'GOVERNMENT', kind: null }, count: 1 },
        { key: { sector: 'MARKET', kind: null }, count: 1 },
        { key: { sector: 'SELF_GOVERNANCE', kind: null }, count: 1 },
      ],
    });
    expect(response.extensions?.diagnostics?.sqlStatements).toBe(KEY_LOOKUP + 1);
    const byKind = await server.graphql('{ organizationsAggregate(groupBy: [KIND, DEPTH], filter: { sectors: [PARTY] }) { totalCount groups { key { kind depth } count } } }');
    expect(byKind.data!.organizationsAggregate.groups[0]).toEqual({ key: { kind: 'BUILDING_PARTY_CELL', depth: 4 }, count: 3 });
    expect(byKind.data!.organizationsAggregate.totalCount).toBe(12);
  });

  it('counts children per parent, with the parent resolved in one more statement', async () => {
    const response = await server.graphql('{ organizationsAggregate(groupBy: [PARENT], filter: { kinds: [GRID_PARTY_BRANCH, BUILDING_PARTY_CELL] }) { groups { key { parent { code } } count } } }');
    expect(response.data!.organizationsAggregate.groups).toEqual([
      { key: { parent: { code: 'C1' } }, count: 2 },
      { key: { parent: { code: 'G1' } }, count: 2 },
      { key: { parent: { code: 'C2' } }, count: 1 },
      { key: { parent: { code: 'G2' } }, count: 1 },
    ]);
    expect(response.extensions?.diagnostics?.sqlStatements).toBe(KEY_LOOKUP + 2);
  });

  it('counts links by kind, status and the sectors at either end, as of a date', async () => {
    const all = await server.graphql('{ linksAggregate(groupBy: [KIND, STATUS]) { totalCount groups { key { kind status } count } } }');
    expect(all.data!.linksAggregate).toEqual({
      totalCount: 3,
      groups: [
        { key: { kind: 'CO_BUILDING', status: 'ENDED' }, count: 1 },
        { key: { kind: 'CROSS_APPOINTMENT', status: 'ACTIVE' }, count: 1 },
        { key: { kind: 'PARTY_PRESENCE', status: 'ACTIVE' }, count: 1 },
      ],
    });
    const sectors = await server.graphql('{ linksAggregate(groupBy: [SOURCE_SECTOR, TARGET_SECTOR], filter: { activeAt: "2024-01-01" }) { totalCount groups { key { sourceSector targetSector } count } } }');
    expect(sectors.data!.linksAggregate).toEqual({
      totalCount: 2,
      groups: [
        { key: { sourceSector: 'PARTY', targetSector: 'MARKET' }, count: 1 },
        { key: { sourceSector: 'PARTY', targetSector: 'SELF_GOVERNANCE' }, count: 1 },
      ],
    });
  });

  it('counts posts by role and organization kind for a viewer without personal data', async () => {
    const viewer = await server.createKey({ role: 'viewer' });
    const response = await server.graphql('{ postsAggregate(groupBy: [ORGANIZATION_KIND, ROLE], filter: { activeAt: "2021-06-01" }) { totalCount groups { key { organizationKind role } count } } }', undefined, viewer);
    expect(response.data!.postsAggregate).toEqual({
      totalCount: 4,
      groups: [
        { key: { organizationKind: 'COMMUNITY_PARTY_COMMITTEE', role: 'COMMITTEE_MEMBER' }, count: 1 },
        { key: { organizationKind: 'COMMUNITY_PARTY_COMMITTEE', role: 'SECRETARY' }, count: 1 },
        { key: { organizationKind: 'GRID_PARTY_BRANCH', role: 'SECRETARY' }, count: 1 },
        { key: { organizationKind: 'RESIDENTS_COMMITTEE', role: 'DIRECTOR' }, count: 1 },
      ],
    });
  });

  it('counts only within the caller’s scope', async () => {
    const scoped = await server.createKey({ role: 'viewer', scopeCode: 'C2' });
    const response = await server.graphql(`{
      organizationsAggregate(groupBy: []) { totalCount }
      linksAggregate(groupBy: []) { totalCount }
      postsAggregate(groupBy: []) { totalCount }
      parents: organizationsAggregate(groupBy: [PARENT]) { groups { key { parent { code } } count } }
    }`, undefined, scoped);
    expect(response.data).toEqual({
      organizationsAggregate: { totalCount: 2 },
      linksAggregate: { totalCount: 0 },
      postsAggregate: { totalCount: 0 },
      parents: { groups: [{ key: { parent: null }, count: 1 }, { key: { parent: { code: 'C2' } }, count: 1 }] },
    });
  });
});
