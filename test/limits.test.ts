import { getIntrospectionQuery, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/lib/global-id.js';
import { loadPersistedOperations, sha256Hex } from '../src/server/persisted-queries.js';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

interface HttpAnswer {
  status: number;
  headers: Headers;
  body: any;
}

/** Sends a raw request to the GraphQL route: `body` is JSON-encoded unless it is already a string. The admin key is sent unless `credential` is null. */
async function send(server: TestServer, body: unknown, options: { credential?: string | null; method?: 'GET' | 'POST'; search?: string } = {}): Promise<HttpAnswer> {
  const credential = options.credential === undefined ? server.adminKey : options.credential;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (credential) headers.authorization = `Bearer ${credential}`;
  const method = options.method ?? 'POST';
  if (method === 'GET') delete headers['content-type'];
  const response = await fetch(`${server.url}${options.search ?? ''}`, { method, headers, body: method === 'GET' ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
}

/** The one error of a refused request. */
function refusal(answer: HttpAnswer): { message: string; extensions: Record<string, unknown> } {
  expect(answer.body.data ?? undefined).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  return answer.body.errors[0];
}

/** `{ organization { parent { parent ... { code } } } }`, `depth` levels deep. */
function queryOfDepth(depth: number): string {
  return `{ organization(code: "C1") { ${'parent { '.repeat(depth - 2)}code${' }'.repeat(depth - 2)} } }`;
}

function queryWithAliases(count: number): string {
  return `{ ${Array.from({ length: count }, (_, index) => `a${index + 1}: organization(code: "C1") { code }`).join(' ')} }`;
}

const OPERATIONS = loadPersistedOperations();
const ORGANIZATION_TREE = OPERATIONS.find((operation) => operation.name === 'OrganizationTree')!;

/** Variables that make each example operation do real work on the small district. */
async function exampleVariables(server: TestServer): Promise<Record<string, Record<string, unknown>>> {
  const idOf = async (table: 'organizations' | 'people', code: string) => Number((await server.database.db.manager.query(`SELECT id FROM ${table} WHERE code = '${code}'`))[0].id);
  return {
    AppointPerson: { input: { code: 'POST-LIMITS-1', personId: toGlobalId('Person', await idOf('people', 'P3')), organizationId: toGlobalId('Organization', await idOf('organizations', 'RC1')), role: 'MEMBER', startDate: '2025-01-01' } },
    BuildingCellAncestors: { code: 'B1' },
    GridsOfCommunity: { code: 'C1' },
    Node: { id: toGlobalId('Organization', await idOf('organizations', 'C1')) },
    OrganizationByCode: { code: 'C1' },
    OrganizationLinks: { code: 'C1' },
    OrganizationTree: { code: 'C1' },
    OrganizationsByFilter: {},
    PersonPosts: { id: toGlobalId('Person', await idOf('people', 'P1')) },
    SubdistrictDescendants: { code: 'S1' },
    Neighborhood: { of: 'C1' },
    ShortestPath: { from: 'E1', to: 'D' },
    PathAcrossDistrict: { from: 'B1', to: 'G3' },
    Subgraph: { root: 'C1' },
    GovernanceIndicators: {},
    IndicatorTrend: {},
    LinksBySector: {},
    CaseRatesByCommunity: { scope: 'D' },
    WorstReturnPaths: { scope: 'D' },
    WhistleReportTimes: { scope: 'D' },
    SummonedUnits: { scope: 'D' },
    CasesByMonth: {},
    VolunteerHoursPanel: { scope: 'S1', from: '2026-03-01', to: '2026-04-01' },
    WorkforcePanel: { scope: 'D', community: toGlobalId('Organization', await idOf('organizations', 'C1')) },
    ResourcesPanel: { community: toGlobalId('Organization', await idOf('organizations', 'C1')) },
    RotationAndVacancy: { scope: 'D' },
  };
}

async function organizationCodes(server: TestServer): Promise<string[]> {
  const answer = await server.graphql<{ organizations: { nodes: { code: string }[] } }>('{ organizations(first: 500) { nodes { code } } }');
  return answer.data!.organizations.nodes.map((node) => node.code).sort();
}

const CREATE_ORGANIZATION = 'mutation Create($input: CreateOrganizationInput!) { createOrganization(input: $input) { code } }';

describe.each(DIALECTS)('cost limits with their defaults on %s', (dialect) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('runs every example operation of operations/', async () => {
    const variables = await exampleVariables(server);
    for (const operation of OPERATIONS) {
      const answer = await send(server, { query: operation.body, variables: variables[operation.name] });
      expect({ operation: operation.name, status: answer.status, errors: answer.body.errors }).toEqual({ operation: operation.name, status: 200, errors: undefined });
    }
  });

  it("lets GraphiQL fetch the schema (introspection, 15 levels deep, is not counted against the depth limit)", async () => {
    const query = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, schemaDescription: true, specifiedByUrl: true, directiveIsRepeatable: true });
    const answer = await send(server, { query, operationName: 'IntrospectionQuery' });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.__schema.types.map((type: { name: string }) => type.name)).toContain('Organization');
  });

  it('refuses a query one level deeper than MAX_QUERY_DEPTH (12), before it runs', async () => {
    const atLimit = await send(server, { query: queryOfDepth(12) });
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.errors).toBeUndefined();
    expect(atLimit.body.data.organization.parent.parent.parent).toBeNull();

    const over = await send(server, { query: queryOfDepth(13) });
    expect(over.status).toBe(400);
    expect(refusal(over)).toEqual({
      message: 'Query depth limit of 12 exceeded, found 13. The limit is set by MAX_QUERY_DEPTH.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_QUERY_DEPTH', maximum: 12 },
    });
  });

  it('counts depth through fragments, and holds mutations to it: a refused mutation writes nothing', async () => {
    const throughFragments = `{ organization(code: "C1") { ...Up } } fragment Up on Organization { parent { parent { ...Up2 } } } fragment Up2 on Organization { ${'parent { '.repeat(9)}code${' }'.repeat(9)} }`;
    expect(refusal(await send(server, { query: throughFragments })).extensions.limit).toBe('MAX_QUERY_DEPTH');

    const before = await organizationCodes(server);
    const deepMutation = `mutation { createOrganization(input: { code: "DEEP1", name: "Deep", kind: ENTERPRISE }) { ${'parent { '.repeat(11)}code${' }'.repeat(11)} } }`;
    const answer = await send(server, { query: deepMutation });
    expect(answer.status).toBe(400);
    expect(refusal(answer).message).toBe('Query depth limit of 12 exceeded, found 13. The limit is set by MAX_QUERY_DEPTH.');
    expect(await organizationCodes(server)).toEqual(before);
  });

  it('refuses a query with one alias more than MAX_ALIASES (30)', async () => {
    const atLimit = await send(server, { query: queryWithAliases(30) });
    expect(atLimit.status).toBe(200);
    expect(Object.keys(atLimit.body.data)).toHaveLength(30);

    const over = await send(server, { query: queryWithAliases(31) });
    expect(over.status).toBe(400);
    expect(refusal(over)).toEqual({
      message: 'Aliases limit of 30 exceeded, found 31. The limit is set by MAX_ALIASES.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_ALIASES', maximum: 30 },
    });
  });

  it('refuses a query that costs one more than MAX_QUERY_COMPLEXITY (500,000), counting `first` from the variables', async () => {
    // 1 (__typename) + 1 + 499 × (1 + [1 + 500 × (1 + 1)]) = 500,000
    const atLimit = await send(server, { query: '{ __typename organizations(first: 499) { nodes { children(first: 500) { nodes { code } } } } }' });
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.errors).toBeUndefined();

    // 1 + 500 × (1 + [1 + 499 × (1 + 1)]) = 500,001
    const over = await send(server, { query: 'query Over($first: Int) { organizations(first: 500) { nodes { children(first: $first) { nodes { code } } } } }', variables: { first: 499 } });
    expect(over.status).toBe(400);
    const error = refusal(over);
    expect(error.message).toMatch(/^Query complexity limit of 500000 exceeded, found 500001: .* The limit is set by MAX_QUERY_COMPLEXITY\.$/);
    expect(error.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_QUERY_COMPLEXITY', maximum: 500000 });

    // Without `first`, a list counts 50 items: 1 + 50 × (1 + [1 + 50 × (1 + [1 + 50 × (1 + 1)])]) = 255,101; one level more, 12,755,101.
    const defaults = await send(server, { query: '{ organizations { nodes { children { nodes { children { nodes { code } } } } } } }' });
    expect(defaults.body.errors).toBeUndefined();
    const deeper = await send(server, { query: '{ organizations { nodes { children { nodes { children { nodes { children { nodes { code } } } } } } } } }' });
    expect(refusal(deeper).message).toMatch(/found 12755101:/);
  });

  it('measures the cost of each set of variables of a document, however often it comes again', async () => {
    // Costs are remembered per document, operation and variables (query-limits.ts, measureOnce).
    const query = 'query Pages($first: Int) { organizations(first: 500) { nodes { children(first: $first) { nodes { code } } } } }';
    for (const [first, accepted] of [[10, true], [499, false], [10, true], [498, true], [499, false]] as const) {
      const answer = await send(server, { query, variables: { first } });
      expect(answer.status, `first: ${first}`).toBe(accepted ? 200 : 400);
      if (!accepted) expect(refusal(answer).message).toMatch(/found 500001:/);
    }
  });

  it('counts the representations of _entities against the complexity budget', async () => {
    const query = 'query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on Organization { children(first: 500) { nodes { code } } } } }';
    const representations = (count: number) => Array.from({ length: count }, () => ({ __typename: 'Organization', code: 'C1' }));
    // 1 + 499 × (1 + 500 × 2) = 499,500
    const atLimit = await send(server, { query, variables: { representations: representations(499) } });
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.errors).toBeUndefined();
    expect(atLimit.body.data._entities).toHaveLength(499);
    // 1 + 500 × (1 + 500 × 2) = 500,501
    const over = await send(server, { query, variables: { representations: representations(500) } });
    expect(over.status).toBe(400);
    expect(refusal(over).message).toMatch(/^Query complexity limit of 500000 exceeded, found 500501/);
  });

  it('refuses a fragment bomb as over the complexity budget without expanding it', async () => {
    const fragments = Array.from({ length: 20 }, (_, level) => `fragment F${level} on Query { ...F${level + 1} ...F${level + 1} }`).join(' ');
    const answer = await send(server, { query: `{ ...F0 } ${fragments} fragment F20 on Query { __typename }` });
    expect(answer.status).toBe(400);
    expect(refusal(answer)).toMatchObject({ message: expect.stringMatching(/more than 10000 selections/), extensions: { limit: 'MAX_QUERY_COMPLEXITY' } });
  });

  it('runs a batch of MAX_BATCH_SIZE (10) operations, and refuses a longer one before any of it runs', async () => {
    const ten = Array.from({ length: 10 }, (_, index) => ({ query: `{ organization(code: "C1") { code n${index}: name } }` }));
    const answer = await send(server, ten);
    expect(answer.status).toBe(200);
    expect(answer.body).toHaveLength(10);
    expect(answer.body.map((result: { data: { organization: { code: string } } }) => result.data.organization.code)).toEqual(Array(10).fill('C1'));

    const before = await organizationCodes(server);
    const eleven = [...ten, { query: CREATE_ORGANIZATION, variables: { input: { code: 'BATCH11', name: 'Batched', kind: 'ENTERPRISE' } } }];
    const over = await send(server, eleven);
    expect(over.status).toBe(400);
    expect(over.body).toEqual({
      errors: [
        {
          message: 'Batch size limit of 10 operations exceeded, found 11; nothing was run. The limit is set by MAX_BATCH_SIZE.',
          extensions: { code: 'BAD_REQUEST', limit: 'MAX_BATCH_SIZE', maximum: 10 },
        },
      ],
    });
    expect(await organizationCodes(server)).toEqual(before);
  });

  it('runs automatic persisted queries: a hash alone is unknown until it was sent with its query', async () => {
    const query = '{ organization(code: "S1") { code name } }';
    const persistedQuery = { version: 1, sha256Hash: sha256Hex(query) };
    const unknown = await send(server, { extensions: { persistedQuery } });
    expect(unknown.status).toBe(200);
    expect(refusal(unknown)).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });

    const expected = { data: { organization: { code: 'S1', name: 'Qinghe Subdistrict Party Working Committee' } } };
    const registered = await send(server, { query, extensions: { persistedQuery } });
    expect(registered.body).toMatchObject(expected);
    const byHash = await send(server, { extensions: { persistedQuery } });
    expect(byHash.status).toBe(200);
    expect(byHash.body).toMatchObject(expected);
  });
});

describe('request bodies', () => {
  let server: TestServer;
  const MAX_BODY_BYTES = 5 * 1024 * 1024;

  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await server?.close();
  });

  /** A JSON body of exactly `bytes` bytes: a small query padded with an unused variable. */
  function bodyOfSize(bytes: number): string {
    const empty = JSON.stringify({ query: '{ __typename }', variables: { padding: '' } });
    return JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(bytes - empty.length) } });
  }

  it('reads a body of MAX_BODY_BYTES (5 MiB) and answers a larger one 413 in JSON', async () => {
    const atLimit = await send(server, bodyOfSize(MAX_BODY_BYTES));
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.data).toEqual({ __typename: 'Query' });

    const over = await send(server, bodyOfSize(MAX_BODY_BYTES + 1));
    expect(over.status).toBe(413);
    expect(over.headers.get('content-type')).toMatch(/^application\/json/);
    expect(over.body).toEqual({
      errors: [
        {
          message: `Request body size limit of ${MAX_BODY_BYTES} bytes exceeded, found ${MAX_BODY_BYTES + 1}. The limit is set by MAX_BODY_BYTES.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 'MAX_BODY_BYTES', maximum: MAX_BODY_BYTES },
        },
      ],
    });
  });

  it('answers malformed JSON 400 in JSON, not with an HTML page', async () => {
    const answer = await send(server, '{"query": "{ __typename }",');
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(refusal(answer)).toEqual({ message: expect.stringMatching(/^The request body is not valid JSON: /), extensions: { code: 'BAD_REQUEST' } });

    const healthy = await send(server, { query: '{ __typename }' });
    expect(healthy.body.data).toEqual({ __typename: 'Query' });
  });
});

describe('the rate limit', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { env: { RATE_LIMIT_PER_MINUTE: '5' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers the 6th operation of a credential within a minute 429 with Retry-After, and leaves other callers and /healthz alone', async () => {
    for (let request = 1; request <= 5; request += 1) {
      expect((await send(server, { query: '{ __typename }' })).status).toBe(200);
    }
    const sixth = await send(server, { query: '{ __typename }' });
    expect(sixth.status).toBe(429);
    const retryAfter = Number(sixth.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    expect(sixth.body).toEqual({
      errors: [
        {
          message: `Rate limit of 5 operations per minute exceeded; retry in ${retryAfter} s. The limit is set by RATE_LIMIT_PER_MINUTE.`,
          extensions: { code: 'RATE_LIMITED', limit: 'RATE_LIMIT_PER_MINUTE', maximum: 5, retryAfterSeconds: retryAfter },
        },
      ],
    });

    // Another credential, and a caller without one (counted by address), have their own allowance.
    const otherKey = await server.createKey({ role: 'viewer' });
    expect((await send(server, { query: '{ __typename }' }, { credential: otherKey })).status).toBe(200);
    expect((await send(server, { query: '{ __typename }' }, { credential: null })).status).toBe(200);
    const health = await Promise.all(Array.from({ length: 10 }, () => fetch(server.url.replace(/\/graphql$/, '/healthz'))));
    expect(health.map((response) => response.status)).toEqual(Array(10).fill(200));
  });

  it('counts each operation of a batch', async () => {
    const key = await server.createKey({ role: 'viewer' });
    const batch = Array.from({ length: 5 }, () => ({ query: '{ __typename }' }));
    expect((await send(server, batch, { credential: key })).status).toBe(200);
    expect((await send(server, { query: '{ __typename }' }, { credential: key })).status).toBe(429);
  });
});

describe.each(DIALECTS)('the request time limit on %s', (dialect) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT, env: { REQUEST_TIMEOUT_MS: '1' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers 503 TIMEOUT to a query still running after REQUEST_TIMEOUT_MS, and keeps serving', async () => {
    const answer = await send(server, { query: ORGANIZATION_TREE.body, variables: { code: 'C1' } });
    expect(answer.status).toBe(503);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    // Answered by the timer, or by Apollo when the clock had passed the deadline before the timer ran: the same error.
    expect(refusal(answer)).toEqual({
      message: 'Request time limit of 1 ms exceeded before the response was ready; nothing was changed. The limit is set by REQUEST_TIMEOUT_MS.',
      extensions: { code: 'TIMEOUT', limit: 'REQUEST_TIMEOUT_MS', maximum: 1 },
    });
    expect((await fetch(server.url.replace(/\/graphql$/, '/healthz'))).status).toBe(200);
    expect((await send(server, { query: ORGANIZATION_TREE.body, variables: { code: 'C1' } })).status).toBe(503);
  });

  it('starts no write once the deadline has passed', async () => {
    // A 1 MB variable makes sure that the deadline passes before the mutation could start (reading and parsing it takes longer than 1 ms).
    const answer = await send(server, { query: CREATE_ORGANIZATION, variables: { input: { code: 'LATE1', name: 'Too late', kind: 'ENTERPRISE' }, padding: 'x'.repeat(1_000_000) } });
    expect(answer.status).toBe(503);
    expect(refusal(answer).extensions.code).toBe('TIMEOUT');
    expect(await server.database.db.manager.query("SELECT code FROM organizations WHERE code = 'LATE1'")).toEqual([]);
  });
});

describe.each(DIALECTS)('a write under way when the time is up, on %s', (dialect) => {
  let server: TestServer;
  /** An import that outlasts REQUEST_TIMEOUT_MS (about 0.4 s on SQLite, 1.2 s on PostgreSQL, on 2 cores), started well before it. */
  const LARGE_IMPORT = { organizations: Array.from({ length: 3000 }, (_, index) => ({ code: `SLOW-${index}`, name: `Enterprise ${index}`, kind: 'ENTERPRISE', foundedOn: '2020-01-01' })) };

  beforeAll(async () => {
    server = await startTestServer(dialect, { env: { REQUEST_TIMEOUT_MS: '150' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lets it finish and answers with what happened; the next mutation of the request is refused and not made', async () => {
    const query = `mutation Late($dataset: JSONObject!) {
      importDataset(dataset: $dataset) { organizations { created } }
      second: createOrganization(input: { code: "AFTER1", name: "After the deadline", kind: ENTERPRISE }) { code }
    }`;
    const startedAt = performance.now();
    const answer = await send(server, { query, variables: { dataset: LARGE_IMPORT } });
    expect(performance.now() - startedAt).toBeGreaterThan(150);
    // Not 503: the import had started. createOrganization is non-null, so its error nulls `data`, as any
    // error of a later mutation field would; the error's path says which change was not made.
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toEqual([
      {
        message: 'Request time limit of 150 ms exceeded before this change started; it was not made. The limit is set by REQUEST_TIMEOUT_MS.',
        locations: [{ line: 3, column: 7 }],
        path: ['second'],
        extensions: { code: 'TIMEOUT', limit: 'REQUEST_TIMEOUT_MS', maximum: 150 },
      },
    ]);
    const imported = await server.database.db.manager.query("SELECT COUNT(*) AS n FROM organizations WHERE code LIKE 'SLOW-%'");
    expect(Number(imported[0].n)).toBe(3000);
    expect(await server.database.db.manager.query("SELECT code FROM organizations WHERE code = 'AFTER1'")).toEqual([]);
  });
});

describe.each(DIALECTS)('PERSISTED_QUERIES=only on %s', (dialect) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT, env: { PERSISTED_QUERIES: 'only' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('runs an operation of operations/ by its hash alone, as its exact text, and as graphql-js prints it', async () => {
    const expected = { organization: { code: 'C1', children: { totalCount: 4 } } };
    const byHash = await send(server, { variables: { code: 'C1' }, extensions: { persistedQuery: { version: 1, sha256Hash: ORGANIZATION_TREE.sha256Hash } } });
    expect(byHash.status).toBe(200);
    expect(byHash.body.errors).toBeUndefined();
    expect(byHash.body.data).toMatchObject(expected);

    const byText = await send(server, { query: ORGANIZATION_TREE.body, variables: { code: 'C1' } });
    expect(byText.body.data).toMatchObject(expected);

    const printed = print(parse(ORGANIZATION_TREE.body));
    const byPrintedHash = await send(server, { variables: { code: 'C1' }, extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(printed) } } });
    expect(byPrintedHash.body.data).toMatchObject(expected);
  });

  it('runs every operation of operations/ by its hash alone', async () => {
    const variables = await exampleVariables(server);
    for (const operation of OPERATIONS) {
      const answer = await send(server, { variables: variables[operation.name], extensions: { persistedQuery: { version: 1, sha256Hash: operation.sha256Hash } } });
      expect({ operation: operation.name, status: answer.status, errors: answer.body.errors }).toEqual({ operation: operation.name, status: 200, errors: undefined });
    }
  });

  it('refuses anything else before it runs: other documents, unknown hashes, edited copies, mutations, GET, batches, introspection', async () => {
    const notAllowed = { code: 'PERSISTED_QUERY_NOT_ALLOWED' };
    const other = await send(server, { query: '{ organization(code: "C1") { name } }' });
    expect(other.status).toBe(400);
    expect(refusal(other)).toEqual({ message: expect.stringMatching(/^This server runs only the operations of its allow-list \(PERSISTED_QUERIES=only\)/), extensions: notAllowed });

    const hash = 'ab'.repeat(32);
    const unknownHash = await send(server, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(unknownHash.status).toBe(400);
    expect(refusal(unknownHash)).toEqual({ message: expect.stringContaining(`none has the sha256 hash "${hash}"`), extensions: notAllowed });

    expect(refusal(await send(server, { query: `${ORGANIZATION_TREE.body}\n` })).extensions).toEqual(notAllowed);
    expect(refusal(await send(server, { query: getIntrospectionQuery() })).extensions).toEqual(notAllowed);

    // An APQ registration (hash with its query) teaches the server nothing.
    const query = '{ organization(code: "C1") { code } }';
    const persistedQuery = { version: 1, sha256Hash: sha256Hex(query) };
    expect(refusal(await send(server, { query, extensions: { persistedQuery } })).extensions).toEqual(notAllowed);
    expect(refusal(await send(server, { extensions: { persistedQuery } })).extensions).toEqual(notAllowed);

    const viaGet = await send(server, null, { method: 'GET', search: `?query=${encodeURIComponent(query)}` });
    expect(viaGet.status).toBe(400);
    expect(refusal(viaGet).extensions).toEqual(notAllowed);

    const before = await server.database.db.manager.query("SELECT code FROM organizations WHERE code = 'NOPE1'");
    expect(before).toEqual([]);
    const batch = [{ query: ORGANIZATION_TREE.body, variables: { code: 'C1' } }, { query: CREATE_ORGANIZATION, variables: { input: { code: 'NOPE1', name: 'Not allowed', kind: 'ENTERPRISE' } } }];
    const batchAnswer = await send(server, batch);
    expect(batchAnswer.status).toBe(400);
    expect(refusal(batchAnswer).extensions).toEqual(notAllowed);
    expect(await server.database.db.manager.query("SELECT code FROM organizations WHERE code = 'NOPE1'")).toEqual([]);
  });
});
