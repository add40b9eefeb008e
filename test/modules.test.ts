import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES } from '../src/db/entities.js';
import { decodeGlobalId } from '../src/lib/global-id.js';
import { MODULES } from '../src/modules/index.js';
import { nodeTypes } from '../src/modules/node/node-types.js';
import { createLoaders, createServices } from '../src/server/context.js';
import { serviceNames } from '../src/modules/wiring.js';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { KEY_LOOKUP, startTestServer, type TestServer } from './helpers/server.js';

/**
 * The module contract (src/modules/contract.ts): every module's descriptor is complete, and what is
 * built from MODULES (node(id), _entities, visibility, services, loaders, tables) covers every module.
 * A new entity that forgets a part of its descriptor fails here, by name.
 */

/** The small district, plus things outside subdistrict S1 of every node type. */
const DATASET = {
  ...SMALL_DISTRICT,
  organizations: [...SMALL_DISTRICT.organizations!, { code: 'C3', name: 'Donghu Community Party Committee', kind: 'COMMUNITY_PARTY_COMMITTEE', parentCode: 'S2', foundedOn: '2000-01-01' }],
  grids: [...SMALL_DISTRICT.grids!, { code: 'C3-G1', name: 'Donghu Grid 1', communityCode: 'C3', households: 200, population: 500, buildings: 1 }],
  people: [...SMALL_DISTRICT.people!, { code: 'P9', name: '赵敏' }],
  posts: [...SMALL_DISTRICT.posts!, { code: 'POST9', personCode: 'P9', organizationCode: 'S2', role: 'STAFF', startDate: '2022-01-01' }],
  links: [...SMALL_DISTRICT.links!, { code: 'L9', kind: 'CO_BUILDING', sourceCode: 'C3', targetCode: 'U1', since: '2021-01-01' }],
  serviceCategories: [{ code: 'NOISE', name: 'Noise', kind: 'COMPLAINT' }],
  serviceCases: [
    { code: 'KIN', categoryCode: 'NOISE', channel: 'HOTLINE', receivedAt: '2026-01-05T08:00:00Z', gridCode: 'C1-G1', events: [{ kind: 'DISPATCH', at: '2026-01-05T09:00:00Z', toCode: 'G1' }, { kind: 'SIGN', at: '2026-01-05T10:00:00Z' }] },
    { code: 'KOUT', categoryCode: 'NOISE', channel: 'HOTLINE', receivedAt: '2026-01-05T08:00:00Z', gridCode: 'C3-G1', events: [{ kind: 'DISPATCH', at: '2026-01-05T09:00:00Z', toCode: 'S2' }, { kind: 'SIGN', at: '2026-01-05T10:00:00Z' }] },
  ],
};

/**
 * For each node type, by code: one entity inside S1's subtree and one outside it (null for a type public to
 * every credential, the category catalogue). A new node type needs a row here (the first test says so),
 * which makes its visibility rule tested from the start.
 */
const SCOPE_CASES: Record<string, { inside: string; outside: string | null }> = {
  Organization: { inside: 'C1', outside: 'C3' },
  Link: { inside: 'L1', outside: 'L9' },
  Person: { inside: 'P1', outside: 'P9' },
  Post: { inside: 'POST1', outside: 'POST9' },
  Grid: { inside: 'C1-G1', outside: 'C3-G1' },
  ServiceCategory: { inside: 'NOISE', outside: null },
  ServiceCase: { inside: 'KIN', outside: 'KOUT' },
  Whistle: { inside: 'W-IN', outside: 'W-OUT' },
  Resource: { inside: 'R-IN', outside: 'R-OUT' },
  ResourceUse: { inside: 'R-IN-U1', outside: 'R-OUT-U1' },
  Need: { inside: 'N-IN', outside: 'N-OUT' },
  Activity: { inside: 'A-IN', outside: 'A-OUT' },
  Participation: { inside: 'A-IN-P1', outside: 'A-OUT-P1' },
  MemberReport: { inside: 'MR-IN', outside: 'MR-OUT' },
  WorkerProfile: { inside: 'WP-IN', outside: 'WP-OUT' },
  TrainingCourse: { inside: 'TC-IN', outside: 'TC-OUT' },
  TrainingAttendance: { inside: 'TC-IN-P1', outside: 'TC-OUT-P9' },
};

/**
 * How to list the entities of a node type with their ids and codes, as an admin: every object in the
 * answer that has an id and a code counts. A type the import format does not carry is created first by
 * the mutations of SETUP (which may use the ids of the types listed before it).
 */
const SETUP: Record<string, (idOf: (type: string, code: string) => string) => string[]> = {
  Whistle: (idOf) =>
    [
      ['W-IN', 'C1', 'KIN', 'G1'],
      ['W-OUT', 'C3', 'KOUT', 'S2'],
    ].map(
      ([code, caller, serviceCase, unit]) =>
        `mutation { blowWhistle(input: { code: "${code}", callerId: "${idOf('Organization', caller)}", reason: BEYOND_CAPACITY, blownAt: "2026-02-01T00:00:00Z", cases: [{ id: "${idOf('ServiceCase', serviceCase)}" }], unitIds: ["${idOf('Organization', unit)}"] }) { id } }`,
    ),
  Resource: (idOf) =>
    [
      ['R-IN', 'C1'],
      ['R-OUT', 'C3'],
    ].map(([code, owner]) => `mutation { createResource(input: { code: "${code}", ownerId: "${idOf('Organization', owner)}", communityId: "${idOf('Organization', owner)}", kind: SPACE, name: "Hall", unit: "m²", maximum: 100 }) { id } }`),
  ResourceUse: (idOf) =>
    [
      ['R-IN', 'C1'],
      ['R-OUT', 'C3'],
    ].map(([resource, user]) => `mutation { requestResourceUse(input: { resourceId: "${idOf('Resource', resource)}", userId: "${idOf('Organization', user)}", from: "2026-03-01T09:00:00Z", to: "2026-03-01T11:00:00Z", quantity: 50 }) { id } }`),
  Need: (idOf) =>
    [
      ['N-IN', 'C1'],
      ['N-OUT', 'C3'],
    ].map(([code, community]) => `mutation { raiseNeed(input: { code: "${code}", kind: MICRO_WISH, title: "A school bag", communityId: "${idOf('Organization', community)}" }) { id } }`),
  Activity: (idOf) =>
    ['C1', 'C3'].map((community) => `mutation { createActivity(input: { code: "${community === 'C1' ? 'A-IN' : 'A-OUT'}", title: "Tea", kind: CHARITY, organiserId: "${idOf('Organization', community)}", communityId: "${idOf('Organization', community)}", startsAt: "2026-03-01T09:00:00Z", endsAt: "2026-03-01T11:00:00Z" }) { id } }`),
  Participation: (idOf) =>
    [
      ['A-IN', 'P1'],
      ['A-OUT', 'P9'],
    ].map(([activity, person]) => `mutation { recordParticipation(input: { activityId: "${idOf('Activity', activity)}", personId: "${idOf('Person', person)}", role: RESIDENT_VOLUNTEER, hours: 1 }) { id } }`),
  MemberReport: (idOf) =>
    [
      ['MR-IN', 'U1', 'C1', 'P1'],
      ['MR-OUT', 'S2', 'C3', 'P2'],
    ].map(([code, unit, community, person]) => `mutation { registerMemberReport(input: { code: "${code}", personId: "${idOf('Person', person!)}", homeUnitId: "${idOf('Organization', unit)}", communityId: "${idOf('Organization', community)}", since: "2026-01-01" }) { id } }`),
  WorkerProfile: (idOf) =>
    [
      ['WP-IN', 'P1', 'S1', 'C1'],
      ['WP-OUT', 'P9', 'S2', 'C3'],
    ].map(([code, person, employer, community]) => `mutation { hireWorker(input: { code: "${code}", personId: "${idOf('Person', person)}", employerId: "${idOf('Organization', employer)}", communityId: "${idOf('Organization', community)}", postCategory: GENERAL, hiredOn: "2025-01-01", grade: 3 }) { id } }`),
  TrainingCourse: (idOf) =>
    [
      ['TC-IN', 'S1'],
      ['TC-OUT', 'S2'],
    ].map(([code, provider]) => `mutation { createTrainingCourse(input: { code: "${code}", title: "Casework", providerId: "${idOf('Organization', provider)}", level: SUBDISTRICT, topic: "casework", hours: 8, startsOn: "2026-03-01", endsOn: "2026-03-01" }) { id } }`),
  TrainingAttendance: (idOf) =>
    [
      ['TC-IN', 'P1'],
      ['TC-OUT', 'P9'],
    ].map(([course, person]) => `mutation { recordAttendance(input: { courseId: "${idOf('TrainingCourse', course)}", personId: "${idOf('Person', person)}" }) { id } }`),
};
const LISTS: Record<string, string> = {
  Organization: '{ list: organizations(first: 100) { nodes { id code } } }',
  Link: '{ list: links(first: 100) { nodes { id code } } }',
  Person: '{ list: people(first: 100) { nodes { id code } } }',
  Post: '{ people(first: 100) { nodes { posts(first: 100) { nodes { id code } } } } }',
  Grid: '{ list: grids(first: 100) { nodes { id code } } }',
  ServiceCategory: '{ list: serviceCategories(first: 100) { nodes { id code } } }',
  ServiceCase: '{ list: serviceCases(first: 100) { nodes { id code } } }',
  Whistle: '{ list: whistles(first: 100) { nodes { id code } } }',
  Resource: '{ list: resources(first: 100) { nodes { id code } } }',
  ResourceUse: '{ list: resourceUses(first: 100) { nodes { id code } } }',
  Need: '{ list: needs(first: 100) { nodes { id code } } }',
  Activity: '{ list: activities(first: 100) { nodes { id code } } }',
  Participation: '{ list: activities(first: 100) { nodes { participations(first: 100) { nodes { id code } } } } }',
  MemberReport: '{ list: memberReports(first: 100) { nodes { id code } } }',
  WorkerProfile: '{ list: workerProfiles(first: 100) { nodes { id code } } }',
  TrainingCourse: '{ list: trainingCourses(first: 100) { nodes { id code } } }',
  TrainingAttendance: '{ list: trainingCourses(first: 100) { nodes { attendances(first: 100) { nodes { id code } } } } }',
};

type Entry = { id: string; code: string };

/** Every object with an id and a code in an answer, in document order. */
function entriesIn(value: unknown): Entry[] {
  if (Array.isArray(value)) return value.flatMap(entriesIn);
  if (!value || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  const own = typeof object.id === 'string' && typeof object.code === 'string' ? [{ id: object.id, code: object.code }] : [];
  return [...own, ...Object.values(object).flatMap(entriesIn)];
}

describe('the module descriptors', () => {
  it('name each module once, each entity, resolver, service and loader in one module only', () => {
    const names = MODULES.map((module) => module.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(ENTITIES).size).toBe(ENTITIES.length);
    const resolvers = MODULES.flatMap((module) => module.resolvers ?? []);
    expect(new Set(resolvers).size).toBe(resolvers.length);
    const services = MODULES.flatMap((module) => Object.keys(module.services ?? {}));
    expect(new Set(services).size).toBe(services.length);
    const loaders = MODULES.flatMap((module) => Object.keys(module.loaders ?? {}));
    expect(new Set(loaders).size).toBe(loaders.length);
  });

  it("give every node type an entity class of the module that carries the type's name, and a scope case here", () => {
    for (const module of MODULES) {
      for (const type of module.nodeTypes ?? []) {
        const entityNames = (module.entities ?? []).map((entity) => entity.name);
        expect(entityNames, `module ${module.name}: node type ${type.name} has an entity class of that name`).toContain(type.name);
        expect(SCOPE_CASES[type.name], `node type ${type.name} has a row in SCOPE_CASES`).toBeDefined();
        expect(LISTS[type.name], `node type ${type.name} has a row in LISTS`).toBeDefined();
      }
    }
    expect(Object.keys(SCOPE_CASES).sort()).toEqual([...nodeTypes().keys()].sort());
  });
});

describe.each(DIALECTS)('what is built from the modules on %s', (dialect) => {
  let server: TestServer;
  let scopedPartner: string;
  const entries: Record<string, Entry[]> = {};
  const idOf = (type: string, code: string) => entries[type].find((entry) => entry.code === code)!.id;

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: DATASET });
    for (const [type, query] of Object.entries(LISTS)) {
      for (const mutation of SETUP[type]?.(idOf) ?? []) expect((await server.graphql(mutation)).errors, `${type} setup`).toBeUndefined();
      const response = await server.graphql(query);
      expect(response.errors).toBeUndefined();
      entries[type] = entriesIn(response.data);
    }
    scopedPartner = await server.createKey({ role: 'partner', scopeCode: 'S1', pii: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves a node type for every type that implements Node, and nothing else as one', async () => {
    const response = await server.graphql('{ __type(name: "Node") { possibleTypes { name } } }');
    const implementing = response.data!.__type.possibleTypes.map((type: { name: string }) => type.name).sort();
    expect(implementing).toEqual([...nodeTypes().keys()].sort());
  });

  it("finds every entity of every type by node(id), with ids that decode to the type's name", async () => {
    for (const type of nodeTypes().keys()) {
      expect(entries[type].length, `the dataset has ${type}s`).toBeGreaterThan(0);
      for (const entry of entries[type]) expect(decodeGlobalId(entry.id)?.type).toBe(type);
      const aliases = entries[type].map((entry, index) => `n${index}: node(id: "${entry.id}") { __typename id }`).join('\n');
      const response = await server.graphql(`{ ${aliases} }`);
      expect(response.errors).toBeUndefined();
      expect(Object.values(response.data!)).toEqual(entries[type].map((entry) => ({ __typename: type, id: entry.id })));
    }
  });

  it('resolves the _entities of each type by id, and by every other key, in one statement per type', async () => {
    const ENTITIES_QUERY = 'query E($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Node { id } } }';
    for (const type of nodeTypes().values()) {
      const byId = await server.graphql(ENTITIES_QUERY, { representations: entries[type.name].map((entry) => ({ __typename: type.name, id: entry.id })) });
      expect(byId.errors).toBeUndefined();
      expect(byId.data!._entities).toEqual(entries[type.name].map((entry) => ({ __typename: type.name, id: entry.id })));
      expect(byId.extensions?.diagnostics?.sqlStatements, `${type.name} by id`).toBe(KEY_LOOKUP + 1);
      for (const key of Object.keys(type.keys ?? {})) {
        expect(key).toBe('code');
        const byKey = await server.graphql(ENTITIES_QUERY, { representations: entries[type.name].map((entry) => ({ __typename: type.name, code: entry.code })) });
        expect(byKey.data!._entities).toEqual(entries[type.name].map((entry) => ({ __typename: type.name, id: entry.id })));
        expect(byKey.extensions?.diagnostics?.sqlStatements, `${type.name} by ${key}`).toBe(KEY_LOOKUP + 1);
      }
    }
  });

  it("applies each type's visibility rule to a scoped credential, through node(id) and _entities alike", async () => {
    for (const [type, { inside, outside }] of Object.entries(SCOPE_CASES)) {
      if (outside === null) {
        // Public to every credential: seen through node(id) and _entities by the scoped partner too.
        const insideId = idOf(type, inside);
        const node = await server.graphql(`{ node(id: "${insideId}") { id } }`, undefined, scopedPartner);
        expect(node.data, type).toEqual({ node: { id: insideId } });
        continue;
      }
      const [insideId, outsideId] = [idOf(type, inside), idOf(type, outside)];
      const nodes = await server.graphql(`{ inside: node(id: "${insideId}") { id } outside: node(id: "${outsideId}") { id } }`, undefined, scopedPartner);
      expect(nodes.errors, type).toBeUndefined();
      expect(nodes.data, type).toEqual({ inside: { id: insideId }, outside: null });
      const entities = await server.graphql(
        'query E($representations: [_Any!]!) { _entities(representations: $representations) { ... on Node { id } } }',
        { representations: [{ __typename: type, id: insideId }, { __typename: type, id: outsideId }] },
        scopedPartner,
      );
      expect(entities.data!._entities, type).toEqual([{ id: insideId }, null]);
      // Unscoped, both are there.
      const admin = await server.graphql(`{ inside: node(id: "${insideId}") { id } outside: node(id: "${outsideId}") { id } }`);
      expect(admin.data, type).toEqual({ inside: { id: insideId }, outside: { id: outsideId } });
    }
  });

  it("builds every module's services and loaders once per request, on first use, anew for each request", () => {
    const db = server.database.db;
    const declared = MODULES.flatMap((module) => Object.keys(module.services ?? {}));
    expect([...serviceNames()].sort()).toEqual([...declared].sort());
    // createServices runs for every request (over the request's view of the database): it builds nothing until asked.
    const services = createServices(db) as unknown as Record<string, unknown>;
    const another = createServices(db) as unknown as Record<string, unknown>;
    expect(Object.keys(services)).toEqual([]);
    for (const name of declared) {
      expect(services[name], `service ${name}`).toBeTruthy();
      expect(services[name], `service ${name} is built once per request`).toBe(services[name]);
      expect(another[name], `service ${name} is the request's own`).not.toBe(services[name]);
    }
    expect(Object.keys(services).sort()).toEqual([...declared].sort());
    const first = createLoaders(db, null) as unknown as Record<string, unknown>;
    const second = createLoaders(db, null) as unknown as Record<string, unknown>;
    const loaders = MODULES.flatMap((module) => Object.keys(module.loaders ?? {}));
    // createLoaders runs for every request too: no DataLoader is made until a resolver asks for its set.
    expect(Object.keys(first)).toEqual([]);
    for (const name of loaders) {
      expect(first[name], `loaders ${name}`).toBeTruthy();
      expect(first[name], `loaders ${name} are made once per request`).toBe(first[name]);
      expect(first[name], `loaders ${name} are per request`).not.toBe(second[name]);
    }
    expect(Object.keys(first).sort()).toEqual([...loaders].sort());
  });

  it("counts every module's aggregate by each of its dimensions, and by all of them at once, to the same total", async () => {
    const services = createServices(server.database.db);
    const definitions = MODULES.flatMap((module) => Object.entries(module.aggregates ?? {}));
    expect(definitions.map(([name]) => name).sort()).toEqual(['links', 'organizations', 'posts']);
    for (const [name, definition] of definitions) {
      const dimensions = Object.keys(definition.dimensions);
      const everything = await services.aggregates.count(definition, [], {});
      expect(everything.totalCount, `${name}: the dataset has some`).toBeGreaterThan(0);
      expect(everything.groups, name).toEqual([{ values: {}, count: everything.totalCount }]);
      for (const chosen of [...dimensions.map((dimension) => [dimension]), dimensions]) {
        const grouped = await services.aggregates.count(definition, chosen, {});
        expect(grouped.totalCount, `${name} by ${chosen.join(', ')}`).toBe(everything.totalCount);
      }
    }
  });

  it("has a migrated table for every module's entities", async () => {
    const db = server.database.db;
    for (const entity of ENTITIES) {
      const table = db.manager.connection.getMetadata(entity).tableName;
      const rows = await db.manager.query(`SELECT COUNT(*) AS n FROM ${table}`);
      expect(Number(rows[0].n), `table ${table} of ${entity.name}`).toBeGreaterThanOrEqual(0);
    }
  });
});
