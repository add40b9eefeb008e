import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaledDistrict } from './fixtures/scaled-district.js';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { KEY_LOOKUP, startTestServer, type TestServer } from './helpers/server.js';

/** The shape of the budget: community → children → children → posts → person. */
const TREE = `query Tree($code: String!) {
  organization(code: $code) {
    code
    children(first: 50) {
      totalCount
      nodes {
        code
        children(first: 50) {
          totalCount
          nodes { code posts(first: 10) { totalCount nodes { role person { name } } } }
        }
      }
    }
  }
}`;

/** The same with the posts of the middle level too: one more level of batches, never more per row. */
const TREE_WITH_MIDDLE_POSTS = TREE.replace('code\n        children(first: 50) {', 'code\n        posts(first: 10) { totalCount nodes { role person { name } } }\n        children(first: 50) {');

const DESCENDANTS = `query Descendants($code: String!) {
  organization(code: $code) { descendants(first: 500) { totalCount nodes { code depth } } }
}`;

const ANCESTORS = `query Ancestors($code: String!) {
  organization(code: $code) { ancestors { code } }
}`;

/** Two districts of very different sizes: the statement counts must be the same in both. */
const SIZES = {
  small: scaledDistrict({ communities: 1, grids: 2, cells: 2, peoplePerGrid: 1, peoplePerCell: 1 }),
  large: scaledDistrict({ communities: 3, grids: 30, cells: 12, peoplePerGrid: 6, peoplePerCell: 3 }),
};

describe.each(DIALECTS)('SQL statement budgets on %s', (dialect) => {
  const servers: Record<string, TestServer> = {};
  beforeAll(async () => {
    servers.small = await startTestServer(dialect, { dataset: SIZES.small, diagnostics: true });
    servers.large = await startTestServer(dialect, { dataset: SIZES.large, diagnostics: true });
  });
  afterAll(async () => {
    await Promise.all(Object.values(servers).map((server) => server.close()));
  });

  async function statements(size: 'small' | 'large', query: string, variables: Record<string, unknown>) {
    const response = await servers[size].graphql(query, variables);
    expect(response.errors).toBeUndefined();
    return { data: response.data, count: response.extensions?.diagnostics?.sqlStatements };
  }

  it('runs a community tree down to the people of every post in at most 5 statements, whatever its size', async () => {
    const small = await statements('small', TREE, { code: 'C1' });
    const large = await statements('large', TREE, { code: 'C1' });
    expect(large.data?.organization.children.totalCount).toBe(30);
    expect(large.data?.organization.children.nodes[0].children.totalCount).toBe(12);
    expect(large.data?.organization.children.nodes[29].children.nodes[11].posts.totalCount).toBe(3);
    expect(large.data?.organization.children.nodes[29].children.nodes[11].posts.nodes[2].person.name).toMatch(/^Person \d+$/);
    // The key's lookup; then organization, children, grandchildren, their posts with their people: one statement each.
    expect(large.count).toBe(KEY_LOOKUP + 4);
    expect(large.count).toBeLessThanOrEqual(5);
    expect(small.count).toBe(large.count);
  });

  it('brings the posts\' people with their posts however the query reaches them: a fragment, an inline fragment, edges', async () => {
    const plain = await statements('large', TREE, { code: 'C1' });
    const shapes = [
      TREE.replace('nodes { role person { name } }', 'nodes { role ...Holder }') + '\nfragment Holder on Post { person { name } }',
      TREE.replace('nodes { role person { name } }', 'nodes { role ... on Post { person { name } } }'),
      TREE.replace('nodes { role person { name } }', 'edges { node { role person { name } } }'),
    ];
    for (const query of shapes) {
      const shaped = await statements('large', query, { code: 'C1' });
      expect(shaped.count, query).toBe(plain.count);
      const post = shaped.data?.organization.children.nodes[29].children.nodes[11].posts;
      expect((post.nodes ?? post.edges.map((edge: { node: unknown }) => edge.node))[2].person.name, query).toBe(plain.data?.organization.children.nodes[29].children.nodes[11].posts.nodes[2].person.name);
    }
    // Without a person asked for, none is read.
    const withoutPeople = await statements('large', TREE.replace('nodes { role person { name } }', 'nodes { role }'), { code: 'C1' });
    expect(withoutPeople.count).toBe(plain.count);
  });

  it('adds one level of batches, not statements per row, when the middle level asks for posts too', async () => {
    const small = await statements('small', TREE_WITH_MIDDLE_POSTS, { code: 'C1' });
    const large = await statements('large', TREE_WITH_MIDDLE_POSTS, { code: 'C1' });
    expect(large.data?.organization.children.nodes[0].posts.totalCount).toBe(6);
    expect(large.data?.organization.children.nodes[0].posts.nodes[0].person.name).toMatch(/^Person \d+$/);
    // The middle level's posts (with their people) are one more batch.
    expect(large.count).toBe(KEY_LOOKUP + 5);
    expect(small.count).toBe(large.count);
  });

  it('pages every parent of a level in the same statement, with each parent its own total', async () => {
    const query = `{ organization(code: "C1") { children(first: 3) { nodes { children(first: 2) { totalCount edges { cursor node { code } } pageInfo { hasNextPage } } } } } }`;
    const { data, count } = await statements('large', query, {});
    const grids = data?.organization.children.nodes;
    expect(grids).toHaveLength(3);
    expect(grids[1].children).toMatchObject({ totalCount: 12, pageInfo: { hasNextPage: true } });
    expect(grids[1].children.edges.map((edge: { node: { code: string } }) => edge.node.code)).toEqual(['C1-G10-B1', 'C1-G10-B10']);
    expect(count).toBe(KEY_LOOKUP + 3);
  });

  it('lists the descendants of a subdistrict in a constant number of statements', async () => {
    const small = await statements('small', DESCENDANTS, { code: 'S' });
    const large = await statements('large', DESCENDANTS, { code: 'S' });
    expect(small.data?.organization.descendants.totalCount).toBe(1 + 2 + 4);
    expect(large.data?.organization.descendants.totalCount).toBe(3 + 90 + 1080);
    expect(large.data?.organization.descendants.nodes[0]).toEqual({ code: 'C1', depth: 2 });
    expect(small.count).toBe(KEY_LOOKUP + 2);
    expect(large.count).toBe(KEY_LOOKUP + 2);
  });

  it('finds the ancestors of a building cell in a constant number of statements, whatever its depth', async () => {
    const cell = await statements('large', ANCESTORS, { code: 'C3-G30-B12' });
    const grid = await statements('large', ANCESTORS, { code: 'C3-G30' });
    const smallCell = await statements('small', ANCESTORS, { code: 'C1-G1-B1' });
    expect(cell.data?.organization.ancestors.map((a: { code: string }) => a.code)).toEqual(['D', 'S', 'C3', 'C3-G30']);
    expect(grid.data?.organization.ancestors.map((a: { code: string }) => a.code)).toEqual(['D', 'S', 'C3']);
    expect([cell.count, grid.count, smallCell.count]).toEqual([KEY_LOOKUP + 2, KEY_LOOKUP + 2, KEY_LOOKUP + 2]);
  });

  it('finds an organization by code and its parent in one statement', async () => {
    const withParent = await statements('large', 'query P($code: String!) { organization(code: $code) { code parent { code parent { code } } } }', { code: 'C3-G30' });
    expect(withParent.data?.organization).toEqual({ code: 'C3-G30', parent: { code: 'C3', parent: { code: 'S' } } });
    // The grandparent is one more lookup by id: only the parent comes with the lookup by code.
    expect(withParent.count).toBe(KEY_LOOKUP + 2);
    const root = await statements('large', 'query P($code: String!) { organization(code: $code) { code parent { code } } }', { code: 'D' });
    expect(root.data?.organization).toEqual({ code: 'D', parent: null });
    expect(root.count).toBe(KEY_LOOKUP + 1);
  });

  it('resolves the ancestors of many organizations at once in one statement', async () => {
    const query = `{ organization(code: "C2") { children(first: 30) { nodes { children(first: 12) { nodes { ancestors { code } } } } } } }`;
    const { data, count } = await statements('large', query, {});
    const cells = data?.organization.children.nodes.flatMap((grid: { children: { nodes: unknown[] } }) => grid.children.nodes);
    expect(cells).toHaveLength(360);
    expect(count).toBe(KEY_LOOKUP + 4);
  });

  it("counts the statements of the request's authentication: none without a credential, the key's lookup with a key, and its organization with a scoped key", async () => {
    const query = '{ organization(code: "C1") { code } }';
    const anonymous = await servers.small.graphql(query, {}, null);
    const admin = await servers.small.graphql(query, {});
    const scoped = await servers.small.graphql(query, {}, await servers.small.createKey({ role: 'viewer', scopeCode: 'C1' }));
    for (const response of [anonymous, admin, scoped]) expect(response.data).toEqual({ organization: { code: 'C1' } });
    // The organization by code; with the scoped key, also the scope's organization, and the scope check of the answer.
    expect([anonymous, admin, scoped].map((response) => response.extensions?.diagnostics?.sqlStatements)).toEqual([1, KEY_LOOKUP + 1, KEY_LOOKUP + 1 + 1 + 1]);
  });

  it('counts the statements of each request for it alone, reads and transactions, however many run at once', async () => {
    const alone = await statements('large', TREE, { code: 'C1' });
    const together = await Promise.all(Array.from({ length: 8 }, () => statements('large', TREE, { code: 'C1' })));
    expect(together.map((response) => response.count)).toEqual(together.map(() => alone.count));

    // A mutation's transaction (BEGIN, its reads and writes, the audit entry, COMMIT), as many at once: on
    // SQLite they take turns on the one writer connection, on PostgreSQL each has a connection of its own.
    const createPerson = async (code: string) => {
      const response = await servers.small.graphql('mutation P($input: CreatePersonInput!) { createPerson(input: $input) { code } }', { input: { code, name: `Person ${code}` } });
      expect(response.errors).toBeUndefined();
      return response.extensions?.diagnostics?.sqlStatements;
    };
    const first = await createPerson('COUNTED-0');
    expect(first).toBeGreaterThan(KEY_LOOKUP + 3);
    const concurrent = await Promise.all(Array.from({ length: 6 }, (_, index) => createPerson(`COUNTED-${index + 1}`)));
    expect(concurrent).toEqual(concurrent.map(() => first));
  });
});

describe.each(DIALECTS)('links with their ends on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT, diagnostics: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("reads a page of links and both ends of each in one statement, the ends as they are read on their own", async () => {
    const bare = await server.graphql('{ organizations(first: 100) { nodes { code links(first: 10) { totalCount nodes { code } } } } }');
    const withEnds = await server.graphql('{ organizations(first: 100) { nodes { code links(first: 10) { totalCount nodes { code source { code name kind } target { code name kind } } } } } }');
    const asEdges = await server.graphql('{ organizations(first: 100) { nodes { code links(first: 10) { edges { node { code target { code } } } } } } }');
    for (const response of [bare, withEnds, asEdges]) expect(response.errors).toBeUndefined();
    const statements = (response: typeof bare) => response.extensions?.diagnostics?.sqlStatements;
    expect(statements(withEnds)).toBe(statements(bare));
    expect(statements(asEdges)).toBe(statements(bare));
    const c1 = withEnds.data!.organizations.nodes.find((node: { code: string }) => node.code === 'C1');
    const u1 = (await server.graphql('{ organization(code: "U1") { code name kind } }')).data!.organization;
    expect(c1.links.nodes.find((link: { code: string }) => link.code === 'L2')).toEqual({ code: 'L2', source: { code: 'C1', name: expect.any(String), kind: 'COMMUNITY_PARTY_COMMITTEE' }, target: u1 });
  });
});
