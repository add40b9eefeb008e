import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const IMPORT = `mutation Import($dataset: JSONObject!) {
  importDataset(dataset: $dataset) {
    organizations { created updated unchanged }
    grids { created updated unchanged }
    people { created updated unchanged }
    posts { created updated unchanged }
    links { created updated unchanged }
    crossAppointments { created updated }
  }
}`;

const COUNTS = `{
  organizations(first: 0) { totalCount }
  links(first: 0) { totalCount }
  people(first: 0) { totalCount }
  grids(first: 0) { totalCount }
  crossAppointments: links(first: 0, filter: { kinds: [CROSS_APPOINTMENT] }) { totalCount }
}`;

const clone = <T>(value: T): T => structuredClone(value);

describe.each(DIALECTS)('importing datasets on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('imports a district, and importing it again changes nothing', async () => {
    const first = await server.graphql(IMPORT, { dataset: SMALL_DISTRICT });
    expect(first.errors).toBeUndefined();
    expect(first.data!.importDataset).toEqual({
      organizations: { created: 15, updated: 0, unchanged: 0 },
      grids: { created: 2, updated: 0, unchanged: 0 },
      people: { created: 3, updated: 0, unchanged: 0 },
      posts: { created: 4, updated: 0, unchanged: 0 },
      links: { created: 2, updated: 0, unchanged: 0 },
      crossAppointments: { created: 1, updated: 0 },
    });
    const before = await server.graphql(COUNTS);
    const second = await server.graphql(IMPORT, { dataset: SMALL_DISTRICT });
    expect(second.data!.importDataset).toEqual({
      organizations: { created: 0, updated: 0, unchanged: 15 },
      grids: { created: 0, updated: 0, unchanged: 2 },
      people: { created: 0, updated: 0, unchanged: 3 },
      posts: { created: 0, updated: 0, unchanged: 4 },
      links: { created: 0, updated: 0, unchanged: 2 },
      crossAppointments: { created: 0, updated: 0 },
    });
    expect(await server.graphql(COUNTS)).toEqual(before);
  });

  it('updates records by code, moving organizations and ending posts', async () => {
    const changed = clone(SMALL_DISTRICT);
    changed.organizations!.find((o) => o.code === 'C2')!.parentCode = 'S2';
    changed.organizations!.find((o) => o.code === 'U1')!.name = 'Anyuan Experimental Primary School';
    changed.posts!.find((p) => p.code === 'POST2')!.endDate = '2024-12-31';
    const response = await server.graphql(IMPORT, { dataset: changed });
    expect(response.data!.importDataset).toMatchObject({ organizations: { created: 0, updated: 2, unchanged: 13 }, posts: { updated: 1, unchanged: 3 }, crossAppointments: { created: 0, updated: 1 } });
    const check = await server.graphql(`{
      c2: organization(code: "C2") { ancestors { code } }
      u1: organization(code: "U1") { name }
      links(filter: { kinds: [CROSS_APPOINTMENT] }) { nodes { until status } }
    }`);
    expect(check.data).toEqual({ c2: { ancestors: [{ code: 'D' }, { code: 'S2' }] }, u1: { name: 'Anyuan Experimental Primary School' }, links: { nodes: [{ until: '2024-12-31', status: 'ENDED' }] } });
  });

  it.each([
    ['an unknown parent code', (d: typeof SMALL_DISTRICT) => d.organizations!.push({ code: 'X1', name: 'Orphan', kind: 'GRID_PARTY_BRANCH', parentCode: 'NOPE', foundedOn: '2020-01-01' }), /organizations record X1: parentCode NOPE is neither in the document nor in the database/],
    ['a kind under the wrong parent', (d: typeof SMALL_DISTRICT) => d.organizations!.push({ code: 'X2', name: 'Cell', kind: 'BUILDING_PARTY_CELL', parentCode: 'E1', foundedOn: '2020-01-01' }), /organizations record X2: A BUILDING_PARTY_CELL cannot sit under E1/],
    ['an invalid enum value', (d: typeof SMALL_DISTRICT) => d.links!.push({ code: 'X3', kind: 'FRIENDSHIP' as never, sourceCode: 'C1', targetCode: 'E1', since: '2020-01-01' }), /links\[2\] \(code X3\), field kind/],
    ['an impossible date', (d: typeof SMALL_DISTRICT) => d.posts!.push({ code: 'X4', personCode: 'P1', organizationCode: 'C2', role: 'MEMBER', startDate: '2024-02-30' }), /posts\[4\] \(code X4\), field startDate: must be a calendar date/],
    ['a post of an unknown person', (d: typeof SMALL_DISTRICT) => d.posts!.push({ code: 'X5', personCode: 'P404', organizationCode: 'C2', role: 'MEMBER', startDate: '2024-01-01' }), /posts record X5: personCode P404/],
    ['a derived link kind', (d: typeof SMALL_DISTRICT) => d.links!.push({ code: 'X6', kind: 'CROSS_APPOINTMENT', sourceCode: 'C1', targetCode: 'RC1', since: '2020-01-01' }), /X6.*CROSS_APPOINTMENT links are derived/],
    ['a duplicated code', (d: typeof SMALL_DISTRICT) => d.people!.push({ code: 'P1', name: 'Twin' }), /people record P1: the code appears more than once/],
    ['an unknown field', (d: typeof SMALL_DISTRICT) => ((d.people![0] as Record<string, unknown>).idNumber = '000'), /people\[0\] \(code P1\).*idNumber/],
  ])('refuses %s, naming the record, and changes nothing', async (_label, spoil, message) => {
    const before = await server.graphql(COUNTS);
    const dataset = clone(SMALL_DISTRICT);
    dataset.organizations!.push({ code: 'NEW1', name: 'Would be created', kind: 'CHARITY', foundedOn: '2020-01-01' });
    spoil(dataset);
    const response = await server.graphql(IMPORT, { dataset });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(await server.graphql(COUNTS)).toEqual(before);
    expect((await server.graphql('{ organization(code: "NEW1") { id } }')).data!.organization).toBeNull();
  });
});
