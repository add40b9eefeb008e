import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { Trace } from '@apollo/usage-reporting-protobuf';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { Kind, parse, print, type ConstValueNode, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/lib/global-id.js';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { KEY_LOOKUP, startTestServer, type GraphqlResponse, type TestServer } from './helpers/server.js';

/**
 * Federation end to end: our subgraph's SDL, composed with a second subgraph that extends
 * Organization by its code key, served through an @apollo/gateway over real HTTP (127.0.0.1 only,
 * static supergraph, no managed federation), and `_entities` batching checked by statement count.
 */

/** The fictional "volunteer hours" service: a deterministic number from an organization's code. */
function serviceHoursOf(code: string): number {
  return [...code].reduce((sum, character, index) => sum + character.charCodeAt(0) * (index + 1), 0);
}

/** The organizations the volunteer service ranks first, in its order; it only knows their codes. */
const TOP_VOLUNTEER_CODES = ['C1', 'E1', 'B3', 'S2'];

const VOLUNTEER_TYPE_DEFS = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Organization @key(fields: "code") {
    code: String!
    "Volunteer service hours logged for the organization (computed from its code)."
    serviceHours: Int!
  }

  type Query {
    "Organizations with the most volunteer hours, as entity references."
    topVolunteerOrganizations: [Organization!]!
  }
`);

const VOLUNTEER_RESOLVERS = {
  Query: {
    topVolunteerOrganizations: () => TOP_VOLUNTEER_CODES.map((code) => ({ __typename: 'Organization', code })),
  },
  Organization: {
    __resolveReference: (reference: { code: string }) => ({ code: reference.code }),
    serviceHours: (organization: { code: string }) => serviceHoursOf(organization.code),
  },
};

/** Maps each object type of an SDL to the `fields` of its @key directives. */
function keysByType(sdl: DocumentNode): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const definition of sdl.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const fields = (definition.directives ?? [])
      .filter((directive) => directive.name.value === 'key')
      .map((directive) => {
        const argument = directive.arguments?.find((candidate) => candidate.name.value === 'fields');
        const value: ConstValueNode | undefined = argument?.value;
        return value?.kind === Kind.STRING ? value.value : print(value!);
      });
    keys.set(definition.name.value, [...(keys.get(definition.name.value) ?? []), ...fields]);
  }
  return keys;
}

async function post<Data = Record<string, any>>(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<Data>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, ...((await response.json()) as Omit<GraphqlResponse<Data>, 'status'>) };
}

const ENTITIES_QUERY = `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Organization { id code name }
      ... on Person { id code name }
      ... on Grid { id code name }
      ... on Link { id code kind }
    }
  }
`;

interface EntityResult {
  __typename: string;
  id: string;
  code: string;
  name?: string;
  kind?: string;
}

describe.each(DIALECTS)('federation on %s', (dialect) => {
  let server: TestServer;
  let volunteers: ApolloServer | undefined;
  let volunteersUrl: string;
  let gateway: ApolloServer | undefined;
  let gatewayUrl: string;
  let sdl: string;
  /** Every organization of the dataset, by code, with its global id. */
  const organizations = new Map<string, { id: string; code: string; name: string }>();

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT });

    const service = await server.graphql<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(service.errors).toBeUndefined();
    sdl = service.data!._service.sdl;

    volunteers = new ApolloServer({
      schema: buildSubgraphSchema({ typeDefs: VOLUNTEER_TYPE_DEFS, resolvers: VOLUNTEER_RESOLVERS }),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    ({ url: volunteersUrl } = await startStandaloneServer(volunteers, { listen: { port: 0, host: '127.0.0.1' } }));

    const listed = await server.graphql<{ organizations: { totalCount: number; nodes: { id: string; code: string; name: string }[] } }>(
      '{ organizations(first: 15) { totalCount nodes { id code name } } }',
    );
    expect(listed.errors).toBeUndefined();
    for (const organization of listed.data!.organizations.nodes) organizations.set(organization.code, organization);
  });

  afterAll(async () => {
    // Stopping the gateway's server stops the gateway too; then the subgraphs it called.
    await gateway?.stop();
    await volunteers?.stop();
    await server?.close();
  });

  it('serves a Federation 2 SDL with the documented entity keys', () => {
    expect(sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+"/);
    const keys = keysByType(parse(sdl));
    expect(keys.get('Organization')).toEqual(expect.arrayContaining(['id', 'code']));
    expect(keys.get('Person')).toEqual(expect.arrayContaining(['id']));
    expect(keys.get('Link')).toEqual(expect.arrayContaining(['id']));
    expect(keys.get('Grid')).toEqual(expect.arrayContaining(['id', 'code']));
    // And in the literal form partners read.
    expect(sdl).toMatch(/type Organization implements Node\s+@key\(fields: "id"\)\s+@key\(fields: "code"\)/);
    expect(sdl).toMatch(/type Grid implements Node\s+@key\(fields: "id"\)\s+@key\(fields: "code"\)/);
    expect(sdl).toMatch(/type Person implements Node\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Link implements Node\s+@key\(fields: "id"\)/);
  });

  it('composes with another subgraph and answers queries through a gateway', async () => {
    const composition = composeServices([
      { name: 'grassroots', typeDefs: parse(sdl), url: server.url },
      { name: 'volunteers', typeDefs: VOLUNTEER_TYPE_DEFS, url: volunteersUrl },
    ]);
    const errors = composition.errors ?? [];
    if (errors.length > 0) console.error(`Composition errors:\n${errors.map((error) => `- ${error.message}`).join('\n')}`);
    expect(errors.map((error) => error.message)).toEqual([]);
    const supergraphSdl = composition.supergraphSdl!;
    expect(supergraphSdl).toContain(server.url);

    // A static supergraph: no managed federation, no polling, only the two subgraphs on 127.0.0.1.
    // The gateway calls our subgraph (and its _entities) with a partner's key, as a partner's gateway would.
    const partnerKey = await server.createKey({ role: 'partner' });
    const ourUrl = server.url;
    gateway = new ApolloServer({
      gateway: new ApolloGateway({
        supergraphSdl,
        buildService: ({ url }) =>
          new RemoteGraphQLDataSource({
            url,
            willSendRequest({ request }) {
              if (url === ourUrl) request.http?.headers.set('authorization', `Bearer ${partnerKey}`);
            },
          }),
      }),
    });
    ({ url: gatewayUrl } = await startStandaloneServer(gateway, { listen: { port: 0, host: '127.0.0.1' } }));

    // (a) Starts in our subgraph; serviceHours comes from the volunteers' _entities, by code.
    const fromOurs = await post(gatewayUrl, '{ organization(code: "C1") { name serviceHours children { nodes { code serviceHours } } } }');
    expect(fromOurs.errors).toBeUndefined();
    expect(fromOurs.data).toEqual({
      organization: {
        name: 'Anyuan Community Party Committee',
        serviceHours: 165,
        children: {
          nodes: [
            { code: 'EP1', serviceHours: 376 },
            { code: 'G1', serviceHours: 169 },
            { code: 'G2', serviceHours: 171 },
            { code: 'RC1', serviceHours: 363 },
          ],
        },
      },
    });
    expect([165, 376, 169, 171, 363]).toEqual(['C1', 'EP1', 'G1', 'G2', 'RC1'].map(serviceHoursOf));

    // (b) Starts in the volunteers' subgraph; name and parent come from our _entities, by code.
    const fromTheirs = await post(gatewayUrl, '{ topVolunteerOrganizations { code name parent { code } serviceHours } }');
    expect(fromTheirs.errors).toBeUndefined();
    expect(fromTheirs.data).toEqual({
      topVolunteerOrganizations: [
        { code: 'C1', name: 'Anyuan Community Party Committee', parent: { code: 'S1' }, serviceHours: 165 },
        { code: 'E1', name: 'Hengda Property Services Co.', parent: null, serviceHours: serviceHoursOf('E1') },
        { code: 'B3', name: 'Building 3 Party Cell', parent: { code: 'G2' }, serviceHours: serviceHoursOf('B3') },
        { code: 'S2', name: 'Donghu Subdistrict Party Working Committee', parent: { code: 'D' }, serviceHours: serviceHoursOf('S2') },
      ],
    });
  });

  // Queries run compiled (graphql-jit), which knows nothing of Apollo's per-field hooks: a request whose
  // trace a gateway asks for runs on graphql-js, so that the trace has every field it resolved.
  it('sends a gateway that asks for it a federated trace of every field resolved', async () => {
    const query = '{ organization(code: "B1") { code parent { code name } } }';
    // Asked untraced first, so that the query is compiled before Apollo wraps any resolver for a trace.
    const untraced = await server.graphql(query);
    const traced = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminKey}`, 'apollo-federation-include-trace': 'ftv1' },
      body: JSON.stringify({ query }),
    });
    const body = (await traced.json()) as GraphqlResponse<unknown> & { extensions?: { ftv1?: string } };
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual(untraced.data);
    const trace = Trace.decode(Buffer.from(body.extensions!.ftv1!, 'base64'));
    const fields: string[] = [];
    const walk = (node: Trace.INode | null | undefined, path: string[]) => {
      for (const child of node?.child ?? []) {
        const next = child.responseName ? [...path, child.responseName] : path;
        if (child.responseName) fields.push(`${next.join('.')}: ${child.type}`);
        walk(child, next);
      }
    };
    walk(trace.root, []);
    expect(fields.sort()).toEqual(['organization.code: String!', 'organization.parent.code: String!', 'organization.parent.name: String!', 'organization.parent: Organization', 'organization: Organization'].sort());
  });

  it('resolves a thousand Organization representations by id in one statement', async () => {
    expect(organizations.size).toBe(SMALL_DISTRICT.organizations!.length);
    const known = [...organizations.values()];
    const byId = new Map(known.map((organization) => [organization.id, organization]));
    const personId = toGlobalId('Person', 1);
    const representations: { __typename: string; id: string }[] = [];
    for (let index = 0; index < 1000; index += 1) {
      let id: string;
      if (index % 4 === 3) id = toGlobalId('Organization', 1_000_000 + index); // validly encoded, unknown (250 distinct)
      else if (index === 500) id = personId; // a real id of another type
      else if (index === 998) id = 'not-a-global-id';
      else id = known[(index * 7) % known.length].id; // every known one, repeated, out of order
      representations.push({ __typename: 'Organization', id });
    }

    const response = await server.graphql<{ _entities: (EntityResult | null)[] }>(ENTITIES_QUERY, { representations });
    expect(response.errors).toBeUndefined();
    const entities = response.data!._entities;
    expect(entities).toHaveLength(1000);
    const expected = representations.map(({ id }) => {
      const organization = byId.get(id);
      return organization ? { __typename: 'Organization', ...organization } : null;
    });
    expect(entities).toEqual(expected);
    expect(entities.filter((entity) => entity === null)).toHaveLength(252);
    expect(new Set(entities.filter((entity) => entity !== null).map((entity) => entity!.code)).size).toBe(known.length);
    expect(response.extensions?.diagnostics?.sqlStatements).toBe(KEY_LOOKUP + 1);
  });

  it('resolves Organization representations by code in one statement', async () => {
    const codes = [...organizations.keys()];
    const representations = Array.from({ length: 600 }, (_, index) => ({
      __typename: 'Organization',
      code: index % 5 === 4 ? `NOPE-${index}` : codes[(index * 11) % codes.length],
    }));

    const response = await server.graphql<{ _entities: (EntityResult | null)[] }>(ENTITIES_QUERY, { representations });
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toEqual(
      representations.map(({ code }) => {
        const organization = organizations.get(code);
        return organization ? { __typename: 'Organization', ...organization } : null;
      }),
    );
    expect(response.extensions?.diagnostics?.sqlStatements).toBe(KEY_LOOKUP + 1);
  });

  it('resolves a mix of Organization, Person, Grid and Link representations in one statement per type', async () => {
    const lists = await server.graphql<{
      people: { nodes: Omit<EntityResult, '__typename'>[] };
      grids: { nodes: Omit<EntityResult, '__typename'>[] };
      links: { nodes: Omit<EntityResult, '__typename'>[] };
    }>('{ people { nodes { id code name } } grids { nodes { id code name } } links { nodes { id code kind } } }');
    expect(lists.errors).toBeUndefined();
    const { people, grids, links } = lists.data!;
    expect(people.nodes.map((person) => person.code)).toEqual(['P1', 'P2', 'P3']);
    expect(grids.nodes.map((grid) => grid.code)).toEqual(['C1-G1', 'C1-G2']);
    expect(links.nodes.length).toBeGreaterThanOrEqual(2);

    const pools: Record<string, EntityResult[]> = {
      Organization: [...organizations.values()].map((organization) => ({ __typename: 'Organization', ...organization })),
      Person: people.nodes.map((person) => ({ __typename: 'Person', ...person })),
      Grid: grids.nodes.map((grid) => ({ __typename: 'Grid', ...grid })),
      Link: links.nodes.map((link) => ({ __typename: 'Link', ...link })),
    };
    const typeNames = Object.keys(pools) as ('Organization' | 'Person' | 'Grid' | 'Link')[];
    const representations: { __typename: string; id: string }[] = [];
    const expected: (EntityResult | null)[] = [];
    for (let index = 0; index < 800; index += 1) {
      const typeName = typeNames[index % typeNames.length];
      const pool = pools[typeName];
      if (index % 9 === 8) {
        representations.push({ __typename: typeName, id: toGlobalId(typeName, 2_000_000 + index) });
        expected.push(null);
      } else {
        const entity = pool[Math.floor(index / typeNames.length) % pool.length];
        representations.push({ __typename: typeName, id: entity.id });
        expected.push(entity);
      }
    }

    const response = await server.graphql<{ _entities: (EntityResult | null)[] }>(ENTITIES_QUERY, { representations });
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toEqual(expected);
    expect(response.extensions?.diagnostics?.sqlStatements).toBe(KEY_LOOKUP + typeNames.length);
  });
});
