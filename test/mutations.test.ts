import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

describe.each(DIALECTS)('changing the graph on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT });
    const response = await server.graphql('{ organizations(first: 100) { nodes { id code } } people(first: 10) { nodes { id code } } }');
    for (const node of [...response.data!.organizations.nodes, ...response.data!.people.nodes]) ids[node.code] = node.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  /** A fingerprint of every table, to prove that a refused request changed nothing. */
  async function snapshot() {
    const response = await server.graphql(`{
      organizations(first: 500) { totalCount nodes { code version parent { code } status } }
      links(first: 500) { totalCount nodes { code version status until } }
      people(first: 500) { totalCount }
    }`);
    return response.data;
  }

  async function expectRefused(query: string, variables: Record<string, unknown>, code: string, messagePattern: RegExp) {
    const before = await snapshot();
    const response = await server.graphql(query, variables);
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.errors?.[0]?.message).toMatch(messagePattern);
    expect(await snapshot()).toEqual(before);
    return response;
  }

  const CREATE = `mutation Create($input: CreateOrganizationInput!) { createOrganization(input: $input) { id code kind sector depth version parent { code } ancestors { code } } }`;
  const MOVE = `mutation Move($input: MoveOrganizationInput!) { moveOrganization(input: $input) { code depth version parent { code } ancestors { code } } }`;

  it('creates an organization under a parent its kind may sit under', async () => {
    const response = await server.graphql(CREATE, { input: { code: 'G4', name: 'Grid 4 Party Branch', kind: 'GRID_PARTY_BRANCH', parentId: ids.C2, foundedOn: '2024-01-01' } });
    expect(response.errors).toBeUndefined();
    expect(response.data!.createOrganization).toMatchObject({ code: 'G4', kind: 'GRID_PARTY_BRANCH', sector: 'PARTY', depth: 3, version: 1, parent: { code: 'C2' }, ancestors: [{ code: 'D' }, { code: 'S1' }, { code: 'C2' }] });
    ids.G4 = response.data!.createOrganization.id;
  });

  it('refuses a kind that may not sit under the parent, naming the rule', async () => {
    const response = await expectRefused(CREATE, { input: { code: 'BX', name: 'Cell', kind: 'BUILDING_PARTY_CELL', parentId: ids.E1 } }, 'BAD_USER_INPUT', /BUILDING_PARTY_CELL cannot sit under E1 \(a ENTERPRISE\).*GRID_PARTY_BRANCH/);
    expect(response.errors![0].extensions!.field).toBe('parentId');
  });

  it('refuses a duplicate code, a malformed code and a foreign id, changing nothing', async () => {
    await expectRefused(CREATE, { input: { code: 'C1', name: 'Again', kind: 'ENTERPRISE' } }, 'CONFLICT', /code "C1" already exists/);
    await expectRefused(CREATE, { input: { code: 'bad code!', name: 'X', kind: 'ENTERPRISE' } }, 'BAD_USER_INPUT', /"input.code" may contain only/);
    await expectRefused(CREATE, { input: { code: 'OK1', name: 'X', kind: 'GRID_PARTY_BRANCH', parentId: ids.P1 } }, 'BAD_USER_INPUT', /"input.parentId" is not a valid Organization id/);
    await expectRefused(CREATE, { input: { code: 'OK2', name: 'X', kind: 'NOT_A_KIND' } }, 'BAD_USER_INPUT', /NOT_A_KIND/);
  });

  it('moves a subtree, keeping its descendants below it and refusing cycles', async () => {
    await expectRefused(MOVE, { input: { id: ids.C1, newParentId: ids.G1 } }, 'BAD_USER_INPUT', /cannot sit under G1|cycle/);
    await expectRefused(MOVE, { input: { id: ids.S1, newParentId: ids.B1 } }, 'BAD_USER_INPUT', /cannot sit under B1/);
    const moved = await server.graphql(MOVE, { input: { id: ids.C2, newParentId: ids.S2, effectiveOn: '2025-01-01' } });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.moveOrganization).toMatchObject({ code: 'C2', depth: 2, parent: { code: 'S2' }, ancestors: [{ code: 'D' }, { code: 'S2' }] });
    const below = await server.graphql('{ organization(code: "S2") { descendants { totalCount nodes { code depth } } } g4: organization(code: "G4") { ancestors { code } } s1: organization(code: "S1") { descendants { nodes { code } } } }');
    expect(below.data!.organization.descendants).toEqual({ totalCount: 3, nodes: [{ code: 'C2', depth: 2 }, { code: 'G3', depth: 3 }, { code: 'G4', depth: 3 }] });
    expect(below.data!.g4.ancestors.map((a: { code: string }) => a.code)).toEqual(['D', 'S2', 'C2']);
    expect(below.data!.s1.descendants.nodes.map((n: { code: string }) => n.code)).not.toContain('C2');
  });

  it('answers CONFLICT when the version the client last saw has changed', async () => {
    const UPDATE = `mutation Update($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name version } }`;
    const current = await server.graphql('{ organization(code: "U1") { version } }');
    const version = current.data!.organization.version;
    const first = await server.graphql(UPDATE, { input: { id: ids.U1, expectedVersion: version, name: 'Anyuan Primary School No. 1' } });
    expect(first.data!.updateOrganization).toEqual({ name: 'Anyuan Primary School No. 1', version: version + 1 });
    await expectRefused(UPDATE, { input: { id: ids.U1, expectedVersion: version, name: 'Lost update' } }, 'CONFLICT', /changed by someone else/);
  });

  it('archives an organization, which activeAt still finds before its archive date', async () => {
    const ARCHIVE = `mutation Archive($input: ArchiveOrganizationInput!) { archiveOrganization(input: $input) { status archivedOn } }`;
    await expectRefused(ARCHIVE, { input: { id: ids.C1, archivedOn: '2025-06-01' } }, 'BAD_USER_INPUT', /still has \d+ active child/);
    const archived = await server.graphql(ARCHIVE, { input: { id: ids.G4, archivedOn: '2025-06-01' } });
    expect(archived.data!.archiveOrganization).toEqual({ status: 'ARCHIVED', archivedOn: '2025-06-01' });
    const asOf = await server.graphql(`{
      before: organizations(filter: { kinds: [GRID_PARTY_BRANCH], activeAt: "2025-05-31" }) { nodes { code } }
      after: organizations(filter: { kinds: [GRID_PARTY_BRANCH], activeAt: "2025-06-01" }) { nodes { code } }
    }`);
    expect(asOf.data!.before.nodes.map((n: { code: string }) => n.code)).toEqual(['G1', 'G2', 'G3', 'G4']);
    expect(asOf.data!.after.nodes.map((n: { code: string }) => n.code)).toEqual(['G1', 'G2', 'G3']);
  });

  it('creates and ends links, refusing derived kinds and self-links', async () => {
    const CREATE_LINK = `mutation CreateLink($input: CreateLinkInput!) { createLink(input: $input) { id code kind since until status weight source { code } target { code } } }`;
    await expectRefused(CREATE_LINK, { input: { code: 'LX', kind: 'CROSS_APPOINTMENT', sourceId: ids.C1, targetId: ids.RC1 } }, 'BAD_USER_INPUT', /derived from people's concurrent posts/);
    await expectRefused(CREATE_LINK, { input: { code: 'LX', kind: 'GUIDANCE', sourceId: ids.C1, targetId: ids.C1 } }, 'BAD_USER_INPUT', /two different organizations/);
    await expectRefused(CREATE_LINK, { input: { code: 'LX', kind: 'GUIDANCE', sourceId: ids.C1, targetId: ids.E1, since: '2024-01-01', until: '2023-01-01' } }, 'BAD_USER_INPUT', /until \(2023-01-01\) must be after since/);
    const created = await server.graphql(CREATE_LINK, { input: { code: 'L3', kind: 'RESOURCE_SHARING', sourceId: ids.U1, targetId: ids.C1, since: '2024-03-01', weight: 2.5, description: 'Sports ground open on weekends' } });
    expect(created.data!.createLink).toMatchObject({ code: 'L3', kind: 'RESOURCE_SHARING', since: '2024-03-01', until: null, status: 'ACTIVE', weight: 2.5, source: { code: 'U1' }, target: { code: 'C1' } });
    const END = `mutation End($input: EndLinkInput!) { endLink(input: $input) { status until } }`;
    const ended = await server.graphql(END, { input: { id: created.data!.createLink.id, until: '2025-03-01' } });
    expect(ended.data!.endLink).toEqual({ status: 'ENDED', until: '2025-03-01' });
    await expectRefused(END, { input: { id: created.data!.createLink.id } }, 'BAD_USER_INPUT', /already ended/);
    const links = await server.graphql(`{ organization(code: "C1") {
      during: links(kinds: [RESOURCE_SHARING], activeAt: "2024-06-01") { totalCount }
      afterwards: links(kinds: [RESOURCE_SHARING], activeAt: "2025-06-01") { totalCount }
      incoming: links(direction: IN, kinds: [RESOURCE_SHARING]) { nodes { code } }
      outgoing: links(direction: OUT, kinds: [RESOURCE_SHARING]) { nodes { code } }
    } }`);
    expect(links.data!.organization).toEqual({ during: { totalCount: 1 }, afterwards: { totalCount: 0 }, incoming: { nodes: [{ code: 'L3' }] }, outgoing: { nodes: [] } });
  });

  it('keeps cross-appointment links in step with concurrent posts', async () => {
    const crossLinks = async () =>
      (await server.graphql(`{ links(filter: { kinds: [CROSS_APPOINTMENT] }) { nodes { code since until status weight derived source { code } target { code } } } }`)).data!.links.nodes;
    // From the fixture: P1 is secretary of C1 since 2020 and director of RC1 since 2021.
    expect(await crossLinks()).toEqual([expect.objectContaining({ since: '2021-01-01', until: null, status: 'ACTIVE', weight: 1, derived: true, source: { code: 'C1' }, target: { code: 'RC1' } })]);
    const person = await server.graphql(`mutation { createPerson(input: { code: "P9", name: "赵敏", phone: "10000000009", partyMember: true }) { id code name partyMember } }`);
    expect(person.data!.createPerson).toMatchObject({ code: 'P9', name: '赵敏', partyMember: true });
    const APPOINT = `mutation Appoint($input: AppointPersonInput!) { appointPerson(input: $input) { id code role startDate endDate organization { code } person { code } } }`;
    const first = await server.graphql(APPOINT, { input: { code: 'POST9A', personId: person.data!.createPerson.id, organizationId: ids.C1, role: 'COMMITTEE_MEMBER', startDate: '2022-01-01' } });
    expect(first.errors).toBeUndefined();
    const second = await server.graphql(APPOINT, { input: { code: 'POST9B', personId: person.data!.createPerson.id, organizationId: ids.RC1, role: 'MEMBER', startDate: '2022-01-01' } });
    expect(second.data!.appointPerson).toMatchObject({ role: 'MEMBER', organization: { code: 'RC1' }, person: { code: 'P9' } });
    expect(await crossLinks()).toEqual([expect.objectContaining({ since: '2021-01-01', until: null, weight: 2 })]);
    const END_POST = `mutation EndPost($input: EndPostInput!) { endPost(input: $input) { endDate } }`;
    await expectRefused(END_POST, { input: { id: second.data!.appointPerson.id, endDate: '2021-01-01' } }, 'BAD_USER_INPUT', /endDate \(2021-01-01\) must be after/);
    const ended = await server.graphql(END_POST, { input: { id: second.data!.appointPerson.id, endDate: '2024-01-01' } });
    expect(ended.data!.endPost).toEqual({ endDate: '2024-01-01' });
    // P1 keeps the pair cross-appointed, so the period stays open; its weight counts everyone who held
    // both posts during the period, P9 included.
    expect(await crossLinks()).toEqual([expect.objectContaining({ since: '2021-01-01', until: null, weight: 2 })]);
    // Ending P1's director post too closes the period on the last day anyone held both posts.
    const p1Director = await server.graphql('{ organization(code: "RC1") { posts { nodes { id code } } } }');
    const post2 = p1Director.data!.organization.posts.nodes.find((post: { code: string }) => post.code === 'POST2');
    await server.graphql(END_POST, { input: { id: post2.id, endDate: '2025-01-01' } });
    expect(await crossLinks()).toEqual([expect.objectContaining({ since: '2021-01-01', until: '2025-01-01', status: 'ENDED', weight: 2 })]);
    const history = await server.graphql(`{ person(id: "${person.data!.createPerson.id}") { now: posts(activeAt: "2025-01-01") { totalCount } all: posts { totalCount nodes { code endDate } } } }`);
    expect(history.data!.person).toEqual({ now: { totalCount: 1 }, all: { totalCount: 2, nodes: [{ code: 'POST9B', endDate: '2024-01-01' }, { code: 'POST9A', endDate: null }] } });
  });

  it('derives no cross-appointment from posts in a Party organization and one above it', async () => {
    const people = await server.graphql(`mutation { createPerson(input: { code: "P10", name: "孙丽" }) { id } }`);
    const personId = people.data!.createPerson.id;
    const APPOINT = `mutation Appoint($input: AppointPersonInput!) { appointPerson(input: $input) { code } }`;
    await server.graphql(APPOINT, { input: { code: 'POST10A', personId, organizationId: ids.G1, role: 'GRID_WORKER', startDate: '2023-01-01' } });
    await server.graphql(APPOINT, { input: { code: 'POST10B', personId, organizationId: ids.B1, role: 'BUILDING_HEAD', startDate: '2023-01-01' } });
    const links = await server.graphql(`{ organization(code: "B1") { links(kinds: [CROSS_APPOINTMENT]) { totalCount } } }`);
    expect(links.data!.organization.links.totalCount).toBe(0);
  });

  it('finds any object by its global id through node', async () => {
    const response = await server.graphql(`query N($id: ID!) { node(id: $id) { id __typename ... on Organization { code } } }`, { id: ids.C1 });
    expect(response.data!.node).toEqual({ id: ids.C1, __typename: 'Organization', code: 'C1' });
    const missing = await server.graphql(`{ node(id: "T3JnYW5pemF0aW9uOjk5OTk5") { id } }`);
    expect(missing.data!.node).toBeNull();
    const bad = await server.graphql(`{ node(id: "not-an-id") { id } }`);
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
