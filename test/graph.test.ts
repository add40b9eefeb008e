import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphService } from '../src/graph/graph.service.js';
import { decodeGlobalId } from '../src/lib/global-id.js';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { KEY_LOOKUP, startTestServer, type TestServer } from './helpers/server.js';

const NEIGHBORHOOD = `query N($of: ID!, $hops: Int!, $activeAt: Date, $includeVertical: Boolean) {
  neighborhood(of: $of, hops: $hops, activeAt: $activeAt, includeVertical: $includeVertical) { truncated nodes { code } edges { kind source { code } target { code } } }
}`;
const PATH = `query P($from: ID!, $to: ID!, $activeAt: Date, $includeVertical: Boolean, $maxHops: Int) {
  shortestPath(from: $from, to: $to, activeAt: $activeAt, includeVertical: $includeVertical, maxHops: $maxHops) { length steps { organization { code } via { kind source { code } target { code } } } }
}`;

/** A plain breadth-first search, written here independently of the server's. */
function distances(edges: { source: string; target: string }[], start: string, maxHops: number): Map<string, number> {
  const found = new Map([[start, 0]]);
  let frontier = [start];
  for (let hop = 1; hop <= maxHops && frontier.length; hop += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const edge of edges) {
        const other = edge.source === node ? edge.target : edge.target === node ? edge.source : null;
        if (other !== null && !found.has(other)) {
          found.set(other, hop);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return found;
}

describe.each(DIALECTS)('graph queries on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  const remember = async () => {
    const all = await server.graphql('{ organizations(first: 500) { nodes { id code } } }');
    for (const node of all.data!.organizations.nodes) ids[node.code] = node.id;
  };
  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT });
    await remember();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('explains how an enterprise reaches the district committee, step by step, in one statement per hop', async () => {
    const response = await server.graphql(PATH, { from: ids.E1, to: ids.D });
    expect(response.data!.shortestPath).toEqual({
      length: 4,
      steps: [
        { organization: { code: 'E1' }, via: null },
        { organization: { code: 'EP1' }, via: { kind: 'PARTY_PRESENCE', source: { code: 'EP1' }, target: { code: 'E1' } } },
        { organization: { code: 'C1' }, via: { kind: 'VERTICAL', source: { code: 'C1' }, target: { code: 'EP1' } } },
        { organization: { code: 'S1' }, via: { kind: 'VERTICAL', source: { code: 'S1' }, target: { code: 'C1' } } },
        { organization: { code: 'D' }, via: { kind: 'VERTICAL', source: { code: 'D' }, target: { code: 'S1' } } },
      ],
    });
    // Four hops, then the organizations of the path in one statement; edges' ends come from the same loader.
    expect(response.extensions?.diagnostics?.sqlStatements).toBe(KEY_LOOKUP + 4 + 2);
    expect((await server.graphql(PATH, { from: ids.E1, to: ids.D, includeVertical: false })).data!.shortestPath).toBeNull();
  });

  it('reads the edges around a frontier too large for one statement, in several', async () => {
    // Ids that name no organization widen the frontier past one statement's share (8,000) and past the
    // 8,192 that SQLite's variable limit allowed when the frontier was read 10,000 at a time.
    const known = Object.values(ids).map((id) => decodeGlobalId(id)!.databaseId);
    const graph = new GraphService(server.database.db);
    const options = { linkKinds: null, includeVertical: true, activeAt: '2024-06-01' };
    const edges = await graph.edgesAround(known, options);
    expect(edges.length).toBeGreaterThan(0);
    const wide = [...known, ...Array.from({ length: 20_000 }, (_, index) => 10_000_000 + index)];
    // Read in three statements, an edge between two parts comes once from each: the same edges, some twice.
    const key = (edge: { kind: string; linkId: number | null; sourceId: number; targetId: number }) => `${edge.kind}:${edge.linkId}:${edge.sourceId}>${edge.targetId}`;
    expect([...new Set((await graph.edgesAround(wide, options)).map(key))].sort()).toEqual([...new Set(edges.map(key))].sort());
  });

  it('refuses bad arguments with clear errors', async () => {
    expect((await server.graphql(NEIGHBORHOOD, { of: ids.C1, hops: 5 })).errors?.[0]).toMatchObject({ message: 'Argument "hops" must be between 1 and 4; got 5.', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await server.graphql(PATH, { from: ids.C1, to: ids.C1 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await server.graphql(PATH, { from: ids.C1, to: 'T3JnYW5pemF0aW9uOjk5OTk5' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const scoped = await server.createKey({ role: 'viewer', scopeCode: 'C2' });
    expect((await server.graphql(NEIGHBORHOOD, { of: ids.C1, hops: 1 }, scoped)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('draws a subtree with the links among its members and to outside partners', async () => {
    const response = await server.graphql(`{ subgraph(root: "${ids.C1}", depth: 1) { truncated nodes { code } edges { kind source { code } target { code } } } }`);
    const subgraph = response.data!.subgraph;
    expect(subgraph.truncated).toBe(false);
    // Members nearest first, then the outside partners.
    const codes = subgraph.nodes.map((node: { code: string }) => node.code);
    expect(codes.slice(0, 5)).toEqual(['C1', 'EP1', 'G1', 'G2', 'RC1']);
    expect(codes.slice(5).sort()).toEqual(['E1', 'U1']);
    const edges = subgraph.edges.map((edge: { kind: string; source: { code: string }; target: { code: string } }) => `${edge.kind} ${edge.source.code}>${edge.target.code}`).sort();
    expect(edges).toEqual(['CO_BUILDING C1>U1', 'CROSS_APPOINTMENT C1>RC1', 'PARTY_PRESENCE EP1>E1', 'VERTICAL C1>EP1', 'VERTICAL C1>G1', 'VERTICAL C1>G2', 'VERTICAL C1>RC1']);
    expect(response.extensions?.diagnostics?.sqlStatements).toBe(KEY_LOOKUP + 4);
    const cut = await server.graphql(`{ subgraph(root: "${ids.C1}", depth: 2, limit: 3) { truncated nodes { code } } }`);
    expect(cut.data!.subgraph.truncated).toBe(true);
  });

  it('serves the subgraph as a JSON or GraphML download under the same credentials and scope', async () => {
    const base = server.url.replace('/graphql', '/export/graph');
    const headers = { authorization: `Bearer ${server.adminKey}` };
    const json = await fetch(`${base}?root=C1&depth=1&format=json&activeAt=2024-01-01`, { headers });
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toContain('grassroots-graph-C1.json');
    const document = (await json.json()) as { root: string; nodes: { code: string }[]; edges: { kind: string }[] };
    expect(document.root).toBe('C1');
    expect(document.edges.map((edge) => edge.kind).sort()).toEqual(['CROSS_APPOINTMENT', 'PARTY_PRESENCE', 'VERTICAL', 'VERTICAL', 'VERTICAL', 'VERTICAL']);
    const graphml = await fetch(`${base}?root=C1&depth=1&format=graphml`, { headers });
    expect(graphml.headers.get('content-type')).toContain('application/graphml+xml');
    const xml = await graphml.text();
    expect(xml).toContain('<node id="C1"><data key="name">Anyuan Community Party Committee</data><data key="kind">COMMUNITY_PARTY_COMMITTEE</data></node>');
    expect(xml).toContain('<data key="edgeKind">CO_BUILDING</data>');
    const scoped = await server.createKey({ role: 'viewer', scopeCode: 'C2' });
    expect((await fetch(`${base}?root=C1`, { headers: { authorization: `Bearer ${scoped}` } })).status).toBe(404);
    expect((await fetch(`${base}?root=C1&format=pdf`, { headers })).status).toBe(400);
    expect((await fetch(`${base}?root=C1`, { headers: { authorization: 'Bearer nonsense' } })).status).toBe(401);
  });

  it('agrees with a plain breadth-first search on random graphs and dates', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 9 }),
        fc.array(fc.tuple(fc.nat(8), fc.nat(8), fc.integer({ min: 2000, max: 2020 }), fc.option(fc.integer({ min: 1, max: 10 }), { nil: null })), { maxLength: 16 }),
        fc.integer({ min: 1995, max: 2030 }),
        fc.integer({ min: 1, max: 4 }),
        async (size, rawLinks, year, hops) => {
          run += 1;
          const prefix = `R${run}X`;
          const codes = Array.from({ length: size }, (_, index) => `${prefix}${index}`);
          const links = rawLinks
            .map(([a, b, since, years], index) => ({ code: `${prefix}L${index}`, source: codes[a % size], target: codes[b % size], since: `${since}-01-01`, until: years === null ? null : `${since + years}-01-01` }))
            .filter((link) => link.source !== link.target);
          const imported = await server.graphql('mutation I($dataset: JSONObject!) { importDataset(dataset: $dataset) { links { created } } }', {
            dataset: {
              organizations: codes.map((code) => ({ code, name: `Enterprise ${code}`, kind: 'ENTERPRISE', foundedOn: '1990-01-01' })),
              links: links.map((link) => ({ code: link.code, kind: 'RESOURCE_SHARING', sourceCode: link.source, targetCode: link.target, since: link.since, until: link.until })),
            },
          });
          expect(imported.errors).toBeUndefined();
          await remember();
          const activeAt = `${year}-06-01`;
          const active = links.filter((link) => link.since <= activeAt && (link.until === null || link.until > activeAt));
          const expected = distances(active, codes[0], hops);
          const response = await server.graphql(NEIGHBORHOOD, { of: ids[codes[0]], hops, activeAt, includeVertical: false });
          expect(response.errors).toBeUndefined();
          expect(response.data!.neighborhood.nodes.map((node: { code: string }) => node.code).sort()).toEqual([...expected.keys()].sort());
          const target = codes[size - 1];
          const path = await server.graphql(PATH, { from: ids[codes[0]], to: ids[target], activeAt, includeVertical: false, maxHops: 10 });
          const distance = distances(active, codes[0], 10).get(target);
          expect(path.data!.shortestPath?.length ?? null).toBe(distance ?? null);
        },
      ),
      { seed: 20261128, numRuns: 25 },
    );
  });
});
