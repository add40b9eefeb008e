import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/** Inside S1's subtree, from the fixture; everything else (D, S2, E1, U1) is outside. */
const INSIDE = ['B1', 'B2', 'B3', 'C1', 'C2', 'EP1', 'G1', 'G2', 'G3', 'RC1', 'S1'];

describe.each(DIALECTS)('a credential scoped to a subdistrict on %s', (dialect) => {
  let server: TestServer;
  let scoped: string;
  let scopedEditor: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT });
    const all = await server.graphql('{ organizations(first: 100) { nodes { id code } } }');
    for (const node of all.data!.organizations.nodes) ids[node.code] = node.id;
    // P5 holds a post inside (C2) and one outside (S2); P6 only outside.
    const created = await server.graphql(`mutation {
      p5: createPerson(input: { code: "P5", name: "刘洋" }) { id }
      p6: createPerson(input: { code: "P6", name: "陈静" }) { id }
    }`);
    ids.P5 = created.data!.p5.id;
    ids.P6 = created.data!.p6.id;
    const APPOINT = 'mutation A($input: AppointPersonInput!) { appointPerson(input: $input) { id } }';
    await server.graphql(APPOINT, { input: { code: 'POST5A', personId: ids.P5, organizationId: ids.C2, role: 'MEMBER', startDate: '2022-01-01' } });
    await server.graphql(APPOINT, { input: { code: 'POST5B', personId: ids.P5, organizationId: ids.S2, role: 'STAFF', startDate: '2022-01-01' } });
    ids.POST6 = (await server.graphql(APPOINT, { input: { code: 'POST6', personId: ids.P6, organizationId: ids.S2, role: 'STAFF', startDate: '2022-01-01' } })).data!.appointPerson.id;
    scoped = await server.createKey({ role: 'partner', scopeCode: 'S1', pii: true });
    scopedEditor = await server.createKey({ role: 'editor', scopeCode: 'S1' });
  });
  afterAll(async () => {
    await server?.close();
  });

  const codes = (nodes: { code: string }[]) => nodes.map((node) => node.code).sort();

  it('lists only its subtree, with totals that count only its subtree', async () => {
    const response = await server.graphql(`{
      organizations(first: 100) { totalCount nodes { code } }
      filtered: organizations(filter: { kinds: [SUBDISTRICT_PARTY_WORKING_COMMITTEE, DISTRICT_PARTY_COMMITTEE] }) { totalCount }
      under: organizations(filter: { under: "${ids.S2}" }) { totalCount }
    }`, undefined, scoped);
    expect(response.data!.organizations.totalCount).toBe(INSIDE.length);
    expect(codes(response.data!.organizations.nodes)).toEqual(INSIDE);
    expect(response.data!.filtered.totalCount).toBe(1);
    expect(response.data!.under.totalCount).toBe(0);
  });

  it('does not find what lies outside, by code, by id, through node or _entities', async () => {
    const response = await server.graphql(`{
      outside: organization(code: "S2") { code }
      district: organization(id: "${ids.D}") { code }
      node(id: "${ids.E1}") { id }
      inside: organization(code: "C1") { code }
      _entities(representations: [{ __typename: "Organization", code: "D" }, { __typename: "Organization", id: "${ids.G1}" }, { __typename: "Person", id: "${ids.P6}" }]) { ... on Organization { code } ... on Person { code } }
    }`, undefined, scoped);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ outside: null, district: null, node: null, inside: { code: 'C1' }, _entities: [null, { code: 'G1' }, null] });
  });

  it('hides the chain above its scope root', async () => {
    const response = await server.graphql(`{
      s1: organization(code: "S1") { parent { code } ancestors { code } }
      b1: organization(code: "B1") { ancestors { code } parent { code } }
      s1tree: organization(code: "S1") { descendants { totalCount } }
    }`, undefined, scoped);
    expect(response.data).toEqual({ s1: { parent: null, ancestors: [] }, b1: { ancestors: [{ code: 'S1' }, { code: 'C1' }, { code: 'G1' }], parent: { code: 'G1' } }, s1tree: { descendants: { totalCount: INSIDE.length - 1 } } });
  });

  it('shows links with one end inside, and of the other end only id, code, name and kind', async () => {
    const response = await server.graphql('{ links { totalCount nodes { code kind source { code } target { code name kind } } } }', undefined, scoped);
    // L1, L2, C1–RC1 from the fixture, and C2–S2 from P5's posts on both sides of the boundary.
    expect(response.data!.links.totalCount).toBe(4);
    expect(response.data!.links.nodes.map((link: { kind: string }) => link.kind).sort()).toEqual(['CO_BUILDING', 'CROSS_APPOINTMENT', 'CROSS_APPOINTMENT', 'PARTY_PRESENCE']);
    expect(response.data!.links.nodes).toContainEqual({ code: 'L1', kind: 'PARTY_PRESENCE', source: { code: 'EP1' }, target: { code: 'E1', name: 'Hengda Property Services Co.', kind: 'ENTERPRISE' } });
    const beyond = await server.graphql('{ organization(code: "EP1") { links { nodes { target { code sector links { totalCount } } } } } }', undefined, scoped);
    // Both refused fields are non-null, so the refusal nulls the whole answer; each is reported (graphql-jit
    // reports every refused sibling, graphql-js only the first to fail).
    expect(beyond.data).toEqual({ organization: null });
    expect(beyond.errors?.map((error) => error.path?.at(-1)).sort()).toEqual(['links', 'sector']);
    for (const error of beyond.errors ?? []) {
      expect(error.extensions?.code).toBe('FORBIDDEN');
      expect(error.message).toBe('Organization E1 is outside your scope: only its id, code, name and kind are shown.');
    }
  });

  it('lists only the people holding posts inside, and only their posts inside', async () => {
    const response = await server.graphql(`{
      people(first: 50) { totalCount nodes { code } }
      outsider: person(id: "${ids.P6}") { code }
      outsidersPost: node(id: "${ids.POST6}") { id }
      both: person(id: "${ids.P5}") { posts { totalCount nodes { organization { code } } } }
    }`, undefined, scoped);
    expect(codes(response.data!.people.nodes)).toEqual(['P1', 'P2', 'P3', 'P5']);
    expect(response.data!.people.totalCount).toBe(4);
    expect(response.data!.outsider).toBeNull();
    expect(response.data!.outsidersPost).toBeNull();
    expect(response.data!.both).toEqual({ posts: { totalCount: 1, nodes: [{ organization: { code: 'C2' } }] } });
  });

  it('lists only the grids of its communities', async () => {
    const inside = await server.graphql('{ grids { totalCount } }', undefined, scoped);
    expect(inside.data!.grids.totalCount).toBe(2);
    const otherScope = await server.createKey({ role: 'viewer', scopeCode: 'C2' });
    const none = await server.graphql('{ grids { totalCount } grid(code: "C1-G1") { code } }', undefined, otherScope);
    expect(none.data).toEqual({ grids: { totalCount: 0 }, grid: null });
  });

  it('changes only what lies inside, and moves nothing out', async () => {
    const refusals: [string, Record<string, unknown>, string][] = [
      ['mutation M($input: CreateOrganizationInput!) { createOrganization(input: $input) { code } }', { input: { code: 'NEWC', name: 'New community', kind: 'COMMUNITY_PARTY_COMMITTEE', parentId: ids.S2 } }, 'NOT_FOUND'],
      ['mutation M($input: CreateOrganizationInput!) { createOrganization(input: $input) { code } }', { input: { code: 'NEWE', name: 'New enterprise', kind: 'ENTERPRISE' } }, 'FORBIDDEN'],
      ['mutation M($input: MoveOrganizationInput!) { moveOrganization(input: $input) { code } }', { input: { id: ids.C2, newParentId: ids.S2 } }, 'NOT_FOUND'],
      ['mutation M($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { code } }', { input: { id: ids.D, name: 'Renamed' } }, 'NOT_FOUND'],
      ['mutation M($input: ArchiveOrganizationInput!) { archiveOrganization(input: $input) { code } }', { input: { id: ids.U1 } }, 'NOT_FOUND'],
      ['mutation M($input: CreateLinkInput!) { createLink(input: $input) { code } }', { input: { code: 'LOUT', kind: 'GUIDANCE', sourceId: ids.U1, targetId: ids.E1 } }, 'NOT_FOUND'],
      ['mutation M($input: AppointPersonInput!) { appointPerson(input: $input) { code } }', { input: { code: 'POSTX', personId: ids.P6, organizationId: ids.S2, role: 'STAFF' } }, 'NOT_FOUND'],
      ['mutation M($input: EndPostInput!) { endPost(input: $input) { code } }', { input: { id: ids.POST6 } }, 'NOT_FOUND'],
    ];
    const before = await server.graphql('{ organizations(first: 500) { nodes { code version parent { code } } } links(first: 500) { totalCount } }');
    for (const [query, variables, code] of refusals) {
      const response = await server.graphql(query, variables, scopedEditor);
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
    }
    expect(await server.graphql('{ organizations(first: 500) { nodes { code version parent { code } } } links(first: 500) { totalCount } }')).toEqual(before);
    const allowed = await server.graphql('mutation M($input: CreateLinkInput!) { createLink(input: $input) { code target { code } } }', { input: { code: 'LIN', kind: 'RESOURCE_SHARING', sourceId: ids.C2, targetId: ids.E1 } }, scopedEditor);
    expect(allowed.data).toEqual({ createLink: { code: 'LIN', target: { code: 'E1' } } });
    const moved = await server.graphql('mutation M($input: MoveOrganizationInput!) { moveOrganization(input: $input) { parent { code } } }', { input: { id: ids.G3, newParentId: ids.C1 } }, scopedEditor);
    expect(moved.data).toEqual({ moveOrganization: { parent: { code: 'C1' } } });
  });

  const IMPORT = 'mutation I($dataset: JSONObject!) { importDataset(dataset: $dataset) { organizations { created updated unchanged } links { created } } }';

  it('imports records inside its scope, and refuses any record that would reach outside, changing nothing', async () => {
    const refused: [Record<string, unknown>, RegExp][] = [
      [{ organizations: [{ code: 'NEW-G', name: 'New grid branch', kind: 'GRID_PARTY_BRANCH', parentCode: 'S2', foundedOn: '2024-01-01' }] }, /organizations record NEW-G: .* lies outside your scope/],
      [{ organizations: [{ code: 'NEW-E', name: 'New enterprise', kind: 'ENTERPRISE', foundedOn: '2024-01-01' }] }, /organizations record NEW-E/],
      [{ organizations: [{ code: 'C2', name: 'Beiyuan Community Party Committee', kind: 'COMMUNITY_PARTY_COMMITTEE', parentCode: 'S2', foundedOn: '2000-01-01' }] }, /organizations record C2/],
      [{ organizations: [{ code: 'U1', name: 'Renamed school', kind: 'PUBLIC_INSTITUTION', foundedOn: '1980-01-01' }] }, /organizations record U1/],
      [{ links: [{ code: 'LX', kind: 'GUIDANCE', sourceCode: 'U1', targetCode: 'E1', since: '2024-01-01' }] }, /links record LX: each of its ends lies outside your scope/],
      [{ posts: [{ code: 'PX', personCode: 'P1', organizationCode: 'S2', role: 'STAFF', startDate: '2024-01-01' }] }, /posts record PX: its organization S2 lies outside your scope/],
      [{ people: [{ code: 'P6', name: 'Renamed' }] }, /people record P6: the person lies outside your scope/],
    ];
    const before = await server.graphql('{ organizations(first: 500) { nodes { code version parent { code } } } links(first: 500) { totalCount } people(first: 500) { nodes { code version } } }');
    for (const [dataset, message] of refused) {
      const response = await server.graphql(IMPORT, { dataset }, scopedEditor);
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(dataset)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(message);
    }
    expect(await server.graphql('{ organizations(first: 500) { nodes { code version parent { code } } } links(first: 500) { totalCount } people(first: 500) { nodes { code version } } }')).toEqual(before);
    const inside = await server.graphql(IMPORT, {
      dataset: {
        organizations: [
          { code: 'C3', name: 'Xiyuan Community Party Committee', kind: 'COMMUNITY_PARTY_COMMITTEE', parentCode: 'S1', foundedOn: '2024-01-01' },
          { code: 'C3-G1', name: 'Grid 1 Party Branch of Xiyuan', kind: 'GRID_PARTY_BRANCH', parentCode: 'C3', foundedOn: '2024-01-01' },
        ],
        links: [{ code: 'L-C3-E1', kind: 'CO_BUILDING', sourceCode: 'C3', targetCode: 'E1', since: '2024-01-01' }],
      },
    }, scopedEditor);
    expect(inside.errors).toBeUndefined();
    expect(inside.data!.importDataset).toEqual({ organizations: { created: 2, updated: 0, unchanged: 0 }, links: { created: 1 } });
  });
});
