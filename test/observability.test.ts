import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { eventually } from './helpers/eventually.js';
import { startTestServer, type TestServer } from './helpers/server.js';

interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  principal?: string;
  operationName?: string | null;
  durationMs?: number;
  sqlStatements?: number;
  outcome?: string;
  status?: number;
  error?: { type: string; message: string; stack?: string };
}

/** A pino destination that keeps every line written, raw and parsed. */
function captureLogs() {
  const raw: string[] = [];
  return {
    raw,
    lines: () => raw.map((line) => JSON.parse(line) as LogLine),
    destination: { write: (line: string) => void raw.push(line) },
  };
}

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, requestId: response.headers.get('x-request-id'), text, json: JSON.parse(text) };
}

/** The samples of a Prometheus text exposition, keyed by name and sorted labels: `name{a="1",b="2"}`. */
function parseMetrics(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) continue;
    const labels = (match[2] ?? '').match(/\w+="(?:[^"\\]|\\.)*"/g) ?? [];
    samples.set(`${match[1]}{${labels.sort().join(',')}}`, Number(match[3]));
  }
  return samples;
}

function sample(samples: Map<string, number>, name: string, labels: Record<string, string> = {}): number {
  const key = `${name}{${Object.entries(labels).map(([label, value]) => `${label}="${value}"`).sort().join(',')}}`;
  return samples.get(key) ?? 0;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** C1's four children (RC1, G1, G2, EP1) and their posts: one batch of four keys for the posts loader. */
const TREE = 'query CommunityTree { organization(code: "C1") { children(first: 50) { nodes { code posts(first: 10) { totalCount } } } } }';

describe.each(DIALECTS)('request logs, errors, health and metrics on %s', (dialect) => {
  const logs = captureLogs();
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT, env: { LOG_LEVEL: 'info' }, logDestination: logs.destination });
    base = server.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await server?.close();
  });

  const logFor = (requestId: string | null) =>
    eventually(() => logs.lines().find((line) => line.requestId === requestId), `the log line of request ${requestId}`);
  const admin = () => ({ authorization: `Bearer ${server.adminKey}` });

  it('logs one JSON line per GraphQL request: id, principal, operation, duration, SQL statements, outcome and status', async () => {
    const response = await post(server.url, JSON.stringify({ query: TREE }), admin());
    expect(response.status).toBe(200);
    expect(response.json.errors).toBeUndefined();
    expect(response.requestId).toMatch(UUID);
    const line = await logFor(response.requestId);
    expect(line).toEqual({
      level: 30,
      time: expect.any(Number),
      pid: process.pid,
      msg: 'graphql request',
      requestId: response.requestId,
      principal: expect.stringMatching(/^key:/),
      operationName: 'CommunityTree',
      durationMs: expect.any(Number),
      sqlStatements: response.json.extensions.diagnostics.sqlStatements,
      outcome: 'ok',
      status: 200,
    });
    expect(line.sqlStatements).toBeGreaterThan(0);
    expect(logs.lines().filter((other) => other.requestId === response.requestId)).toHaveLength(1);
  });

  it('keeps a tame incoming X-Request-Id and replaces one that is too long or carries other characters', async () => {
    const kept = await post(server.url, JSON.stringify({ query: '{ organization(code: "D") { code } }' }), { 'x-request-id': 'edge-7f3a.42:retry=1' });
    expect(kept.requestId).toBe('edge-7f3a.42:retry=1');
    expect((await logFor('edge-7f3a.42:retry=1')).operationName).toBe('(anonymous)');
    for (const unsafe of ['x'.repeat(129), 'two words', 'quote"d', 'semi;colon']) {
      const replaced = await post(server.url, JSON.stringify({ query: '{ organization(code: "D") { code } }' }), { 'x-request-id': unsafe });
      expect(replaced.requestId).toMatch(UUID);
    }
  });

  it('logs the code of a client error as the outcome, and the HTTP status of a request refused before GraphQL', async () => {
    const tooMany = await post(server.url, JSON.stringify({ query: 'query Big { organizations(first: 501) { totalCount } }' }), admin());
    expect(tooMany.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await logFor(tooMany.requestId)).toMatchObject({ operationName: 'Big', outcome: 'BAD_USER_INPUT', status: 200, level: 30 });

    const invalid = await post(server.url, JSON.stringify({ query: 'query Typo { organization(code: "D") { nmae } }' }), admin());
    expect(await logFor(invalid.requestId)).toMatchObject({ operationName: null, outcome: 'GRAPHQL_VALIDATION_FAILED', status: 400 });

    // A malformed body that Apollo refuses itself (a query that is not a string) is refused before any operation: its HTTP status.
    const malformed = await post(server.url, JSON.stringify({ query: 5 }), admin());
    expect([malformed.status, malformed.json.errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
    expect(await logFor(malformed.requestId)).toMatchObject({ operationName: null, outcome: 'HTTP_400', status: 400 });

    const refused = await post(server.url, JSON.stringify({ query: '{ organization(code: "D") { code } }' }), { authorization: 'Bearer not-a-credential' });
    expect(refused.status).toBe(401);
    expect(await logFor(refused.requestId)).toMatchObject({ principal: 'anonymous', operationName: null, outcome: 'HTTP_401', status: 401 });
  });

  it('logs a batched request as one line naming each of its operations', async () => {
    const batch = await post(server.url, JSON.stringify([{ query: 'query First { organization(code: "D") { code } }' }, { query: 'query Second { organization(code: "S1") { code } }' }]), admin());
    expect(batch.json.map((result: { data: unknown }) => result.data)).toEqual([{ organization: { code: 'D' } }, { organization: { code: 'S1' } }]);
    expect(await logFor(batch.requestId)).toMatchObject({ operationName: 'First,Second', outcome: 'ok', status: 200 });
    expect(logs.lines().filter((line) => line.requestId === batch.requestId)).toHaveLength(1);
  });

  it('never logs credentials, variables or response data', async () => {
    const name = '王秀兰';
    const search = JSON.stringify({ query: 'query FindPeople($name: String!) { people(filter: { nameContains: $name }) { nodes { name phone } } }', variables: { name } });
    const found = await post(server.url, search, admin());
    expect(found.json.data.people.nodes).toEqual([{ name, phone: '10000000001' }]);
    const refused = await post(server.url, search, { authorization: 'Bearer secret-token-123' });
    expect(refused.status).toBe(401);
    const created = await post(
      server.url,
      JSON.stringify({ query: 'mutation Add($input: CreatePersonInput!) { createPerson(input: $input) { name } }', variables: { input: { code: 'P1', name: '赵明辉', phone: '10000000009' } } }),
      admin(),
    );
    expect(created.json.errors?.[0].extensions.code).toMatch(/BAD_USER_INPUT|CONFLICT/);
    await Promise.all([found, refused, created].map((response) => logFor(response.requestId)));

    const everything = logs.raw.join('');
    for (const secret of ['secret-token-123', server.adminKey, name, '赵明辉', '10000000001', '10000000009']) {
      expect(everything).not.toContain(secret);
    }
  });

  it('answers /healthz and /readyz while the database answers', async () => {
    const health = await fetch(`${base}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ok' }]);
  });

  it('counts requests, latency, SQL statements and DataLoader batch sizes in /metrics, in the Prometheus format', async () => {
    const scrape = async () => {
      const response = await fetch(`${base}/metrics`);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
      return parseMetrics(await response.text());
    };
    const before = await scrape();
    const response = await post(server.url, JSON.stringify({ query: TREE }), admin());
    const statements: number = response.json.extensions.diagnostics.sqlStatements;
    const after = await eventually(async () => {
      const samples = await scrape();
      return sample(samples, 'graphql_requests_total', { operation: 'CommunityTree', outcome: 'ok' }) > sample(before, 'graphql_requests_total', { operation: 'CommunityTree', outcome: 'ok' }) ? samples : undefined;
    }, 'the request in the metrics');
    const delta = (name: string, labels: Record<string, string> = {}) => sample(after, name, labels) - sample(before, name, labels);

    expect(delta('graphql_requests_total', { operation: 'CommunityTree', outcome: 'ok' })).toBe(1);
    expect(delta('graphql_request_duration_seconds_count', { operation: 'CommunityTree' })).toBe(1);
    expect(delta('graphql_request_duration_seconds_sum', { operation: 'CommunityTree' })).toBeGreaterThan(0);
    expect(delta('graphql_request_sql_statements_count')).toBe(1);
    expect(delta('graphql_request_sql_statements_sum')).toBe(statements);
    expect(delta('graphql_dataloader_batch_size_count', { loader: 'organizations.byCode' })).toBe(1);
    expect(delta('graphql_dataloader_batch_size_sum', { loader: 'organizations.byCode' })).toBe(1);
    expect(delta('graphql_dataloader_batch_size_count', { loader: 'people.postsOfOrganization' })).toBe(1);
    expect(delta('graphql_dataloader_batch_size_sum', { loader: 'people.postsOfOrganization' })).toBe(4);
    expect(delta('graphql_dataloader_batch_size_bucket', { loader: 'people.postsOfOrganization', le: '2' })).toBe(0);
    expect(delta('graphql_dataloader_batch_size_bucket', { loader: 'people.postsOfOrganization', le: '5' })).toBe(1);
    // Earlier tests' refusals are counted too, under their outcome.
    expect(sample(after, 'graphql_requests_total', { operation: 'Big', outcome: 'BAD_USER_INPUT' })).toBe(1);
    expect(sample(after, 'graphql_requests_total', { operation: '(none)', outcome: 'HTTP_401' })).toBeGreaterThanOrEqual(1);
  });

  describe('when the database stops answering', () => {
    const brokenLogs = captureLogs();
    let broken: TestServer;
    beforeAll(async () => {
      broken = await startTestServer(dialect, { dataset: SMALL_DISTRICT, env: { LOG_LEVEL: 'info' }, logDestination: brokenLogs.destination });
      await broken.database.db.reader.destroy();
    });
    afterAll(async () => {
      await broken?.close();
    });

    it('answers INTERNAL_SERVER_ERROR with the request id and no detail, and logs the detail under that id', async () => {
      const response = await post(broken.url, JSON.stringify({ query: 'query Broken { organization(code: "C1") { name } }' }));
      expect(response.status).toBe(200);
      expect(response.requestId).toMatch(UUID);
      expect(response.json.errors).toEqual([{ message: 'Internal server error', path: ['organization'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: response.requestId } }]);
      expect(response.text).not.toMatch(/SELECT|organizations|stack|\bat \w/i);

      const line = await eventually(() => brokenLogs.lines().find((entry) => entry.requestId === response.requestId), 'the log line');
      expect(line).toMatchObject({ level: 50, operationName: 'Broken', outcome: 'INTERNAL_SERVER_ERROR', status: 200 });
      expect(line.error?.message).toBeTruthy();
      expect(line.error?.stack).toMatch(/\n\s+at /);
    });

    it('answers a failure before GraphQL (checking a credential) the same way', async () => {
      const response = await post(broken.url, JSON.stringify({ query: '{ organization(code: "C1") { name } }' }), { authorization: `Bearer ${broken.adminKey}` });
      expect(response.json.errors).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: response.requestId } }]);
      expect(response.text).not.toMatch(/SELECT|api_keys|stack/i);
      const line = await eventually(() => brokenLogs.lines().find((entry) => entry.requestId === response.requestId), 'the log line');
      expect(line).toMatchObject({ level: 50, outcome: 'INTERNAL_SERVER_ERROR', status: response.status });
      expect(line.error?.stack).toMatch(/\n\s+at /);
    });

    it('answers /readyz 503 with a short reason, and /healthz still 200', async () => {
      const base = broken.url.replace(/\/graphql$/, '');
      const ready = await fetch(`${base}/readyz`);
      expect([ready.status, await ready.json()]).toEqual([503, { status: 'unavailable', reason: 'database not answering' }]);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    });
  });
});
