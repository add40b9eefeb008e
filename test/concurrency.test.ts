import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

describe.each(DIALECTS)('concurrent writers on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT });
    const response = await server.graphql('{ organizations(first: 100) { nodes { id code } } }');
    for (const node of response.data!.organizations.nodes) ids[node.code] = node.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('accepts many writes at once while reads go on, and loses none', async () => {
    const writes = Array.from({ length: 30 }, (_, index) =>
      server.graphql('mutation C($input: CreateLinkInput!) { createLink(input: $input) { code } }', {
        input: { code: `CONC-${index}`, kind: 'RESOURCE_SHARING', sourceId: ids.U1, targetId: index % 2 ? ids.C1 : ids.C2, since: '2024-01-01' },
      }),
    );
    const reads = Array.from({ length: 30 }, () => server.graphql('{ organization(code: "C1") { links { totalCount } children { totalCount } } }'));
    const [written, read] = await Promise.all([Promise.all(writes), Promise.all(reads)]);
    expect(written.map((response) => response.errors)).toEqual(Array(30).fill(undefined));
    expect(read.every((response) => response.errors === undefined)).toBe(true);
    const after = await server.graphql('{ links(filter: { kinds: [RESOURCE_SHARING] }) { totalCount } }');
    expect(after.data!.links.totalCount).toBe(30);
  });

  it('lets exactly one of two racing updates with the same expected version win', async () => {
    const UPDATE = 'mutation U($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name version } }';
    const { version } = (await server.graphql('{ organization(code: "E1") { version } }')).data!.organization;
    const racers = await Promise.all(
      ['Hengda Property A', 'Hengda Property B', 'Hengda Property C'].map((name) => server.graphql(UPDATE, { input: { id: ids.E1, expectedVersion: version, name } })),
    );
    const winners = racers.filter((response) => !response.errors);
    const losers = racers.filter((response) => response.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((response) => response.errors![0].extensions!.code)).toEqual(['CONFLICT', 'CONFLICT']);
    const final = (await server.graphql('{ organization(code: "E1") { name version } }')).data!.organization;
    expect(final).toEqual(winners[0].data!.updateOrganization);
  });

  it('refuses one of two racing moves that together would make a cycle', async () => {
    const CREATE = 'mutation C($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }';
    const first = (await server.graphql(CREATE, { input: { code: 'ENT-A', name: 'Enterprise A', kind: 'ENTERPRISE' } })).data!.createOrganization.id;
    const second = (await server.graphql(CREATE, { input: { code: 'ENT-B', name: 'Enterprise B', kind: 'ENTERPRISE' } })).data!.createOrganization.id;
    const MOVE = 'mutation M($input: MoveOrganizationInput!) { moveOrganization(input: $input) { code parent { code } } }';
    const [aUnderB, bUnderA] = await Promise.all([
      server.graphql(MOVE, { input: { id: first, newParentId: second } }),
      server.graphql(MOVE, { input: { id: second, newParentId: first } }),
    ]);
    const outcomes = [aUnderB, bUnderA].map((response) => response.errors?.[0]?.extensions?.code ?? 'MOVED').sort();
    expect(outcomes).toEqual(['BAD_USER_INPUT', 'MOVED']);
    const tree = await server.graphql('{ a: organization(code: "ENT-A") { ancestors { code } } b: organization(code: "ENT-B") { ancestors { code } } }');
    const depths = [tree.data!.a.ancestors.length, tree.data!.b.ancestors.length].sort();
    expect(depths).toEqual([0, 1]);
  });
});
