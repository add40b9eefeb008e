import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

describe.each(DIALECTS)('organizations on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('finds an organization by code with its parent, children and ancestors', async () => {
    const response = await server.graphql(`{
      organization(code: "G1") {
        code name kind sector depth
        parent { code }
        ancestors { code }
        children { totalCount nodes { code } }
        grid { code households functions }
      }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      organization: {
        code: 'G1',
        name: 'Grid 1 Party Branch',
        kind: 'GRID_PARTY_BRANCH',
        sector: 'PARTY',
        depth: 3,
        parent: { code: 'C1' },
        ancestors: [{ code: 'D' }, { code: 'S1' }, { code: 'C1' }],
        children: { totalCount: 2, nodes: [{ code: 'B1' }, { code: 'B2' }] },
        grid: { code: 'C1-G1', households: 400, functions: ['PARTY_BUILDING', 'SOCIAL_GOVERNANCE', 'SOCIAL_RELIEF'] },
      },
    });
  });

  const codes = (connection: { nodes: { code: string }[] }) => connection.nodes.map((node) => node.code);

  it('filters organizations by kind, sector, name, subtree and date', async () => {
    const response = await server.graphql(`{
      cells: organizations(filter: { kinds: [BUILDING_PARTY_CELL] }) { totalCount nodes { code } }
      social: organizations(filter: { sectors: [MARKET, GOVERNMENT] }) { nodes { code } }
      named: organizations(filter: { nameContains: "ANYUAN" }, orderBy: NAME_ASC) { nodes { code } }
      underC1: organizations(filter: { under: "${await idOf('C1')}", kinds: [GRID_PARTY_BRANCH, BUILDING_PARTY_CELL] }) { nodes { code } }
      in2014: organizations(filter: { activeAt: "2014-12-31", under: "${await idOf('C1')}" }) { nodes { code } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.cells.totalCount).toBe(3);
    expect(codes(response.data!.social)).toEqual(['E1', 'U1']);
    expect(codes(response.data!.named)).toEqual(['C1', 'U1', 'RC1']);
    expect(codes(response.data!.underC1)).toEqual(['B1', 'B2', 'B3', 'G1', 'G2']);
    expect(codes(response.data!.in2014)).toEqual(['C1', 'RC1']);
  });

  it('pages through a list with cursors, and the total stays the same on every page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const response: any = await server.graphql('query P($after: String) { organizations(first: 4, after: $after) { totalCount edges { cursor node { code } } pageInfo { hasNextPage hasPreviousPage endCursor } } }', { after });
      const connection = response.data.organizations;
      expect(connection.totalCount).toBe(15);
      expect(connection.pageInfo.hasPreviousPage).toBe(page > 0);
      seen.push(...connection.edges.map((edge: { node: { code: string } }) => edge.node.code));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(15);
    expect(new Set(seen).size).toBe(15);
  });

  it('refuses a page size above 500, a negative one, and a cursor of another list', async () => {
    const tooMany = await server.graphql('{ organizations(first: 501) { totalCount } }');
    expect(tooMany.errors?.[0]).toMatchObject({ message: 'Argument "first" must be between 0 and 500; got 501.', extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    const nested = await server.graphql('{ organization(code: "C1") { children(first: 1000) { totalCount } } }');
    expect(nested.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const negative = await server.graphql('{ links(first: -1) { totalCount } }');
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const peopleCursor = (await server.graphql('{ people(first: 1) { pageInfo { endCursor } } }')).data!.people.pageInfo.endCursor;
    const foreign = await server.graphql('query F($after: String) { organizations(after: $after) { totalCount } }', { after: peopleCursor });
    expect(foreign.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    expect(foreign.errors?.[0]?.message).toMatch(/not a cursor of this list/);
    const garbage = await server.graphql('{ grids(after: "%%%") { totalCount } }');
    expect(garbage.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('asks for exactly one of id and code', async () => {
    const both = await server.graphql(`{ organization(id: "${await idOf('C1')}", code: "C1") { code } }`);
    expect(both.errors?.[0]).toMatchObject({ message: 'Give exactly one of "id" and "code".', extensions: { code: 'BAD_USER_INPUT' } });
    const unknown = await server.graphql('{ organization(code: "NOPE") { code } grid(code: "NOPE") { code } }');
    expect(unknown.data).toEqual({ organization: null, grid: null });
  });

  it('answers links, posts, people and grids as of a date', async () => {
    const response = await server.graphql(`{
      c1: organization(code: "C1") {
        links2021: links(activeAt: "2021-06-01") { nodes { kind target { code } } }
        links2024: links(activeAt: "2024-06-01") { nodes { kind } }
        posts2021: posts(activeAt: "2021-06-01") { nodes { role person { code } } }
        posts2024: posts(activeAt: "2024-06-01") { nodes { role person { code name phone partyMember } } }
      }
      people(filter: { under: "${await idOf('S1')}", activeAt: "2023-01-01" }) { nodes { code } }
      members: people(filter: { partyMember: true }) { totalCount }
      grids(filter: { functions: [SOCIAL_RELIEF] }) { nodes { code branch { code } community { code } } }
      partyPresence: links(filter: { kinds: [PARTY_PRESENCE] }) { nodes { code source { code } target { code } status } }
    }`);
    expect(response.errors).toBeUndefined();
    const c1 = response.data!.c1;
    expect(c1.links2021.nodes).toEqual([{ kind: 'CO_BUILDING', target: { code: 'U1' } }, { kind: 'CROSS_APPOINTMENT', target: { code: 'RC1' } }]);
    expect(c1.links2024.nodes).toEqual([{ kind: 'CROSS_APPOINTMENT' }]);
    expect(c1.posts2021.nodes).toEqual([{ role: 'SECRETARY', person: { code: 'P1' } }, { role: 'COMMITTEE_MEMBER', person: { code: 'P2' } }]);
    expect(c1.posts2024.nodes).toEqual([{ role: 'SECRETARY', person: { code: 'P1', name: '王秀兰', phone: '10000000001', partyMember: true } }]);
    expect(codes(response.data!.people)).toEqual(['P1', 'P3']);
    expect(response.data!.members.totalCount).toBe(2);
    expect(response.data!.grids.nodes).toEqual([{ code: 'C1-G1', branch: { code: 'G1' }, community: { code: 'C1' } }]);
    expect(response.data!.partyPresence.nodes).toEqual([{ code: 'L1', source: { code: 'EP1' }, target: { code: 'E1' }, status: 'ACTIVE' }]);
  });

  async function idOf(code: string): Promise<string> {
    return (await server.graphql(`{ organization(code: "${code}") { id } }`)).data!.organization.id;
  }
});
