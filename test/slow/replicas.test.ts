import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { parse } from 'graphql';
import { createClient } from 'graphql-ws';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { freePort, spawnServer, type ChildServer } from '../helpers/child-server.js';
import { createEmptyTestDatabase, POSTGRES_URL, type EmptyTestDatabase } from '../helpers/databases.js';
import { eventually } from '../helpers/eventually.js';

/**
 * Replicas: two server processes on one PostgreSQL database, sharing a Redis of the test's own, behind an
 * @apollo/gateway that sends each subgraph request to the next replica in turn (a load balancer's round
 * robin). What one replica learns, the other must honour: the rate limit, the automatic persisted
 * queries, the case events of subscriptions, the writes. Then Redis goes away and comes back.
 */
const JWT_SECRET = 'replicas-test-secret-of-at-least-32-characters';
const LIMIT = 30;
const CREDENTIAL_CACHE_SECONDS = 600;

interface GraphQLResponse {
  data?: any;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

async function token(subject: string, role = 'admin'): Promise<string> {
  return new SignJWT({ role, pii: true }).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(JWT_SECRET));
}

async function post(url: string, credential: string, body: Record<string, unknown>): Promise<{ status: number; body: GraphQLResponse }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${credential}` }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as GraphQLResponse };
}

/** A Redis server of the test's own, on a free port: the test stops and restarts it. */
class TestRedis {
  private process: ChildProcess | null = null;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.process = child;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
    });
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.process = null;
  }
}

describe.runIf(POSTGRES_URL)('replicas on one PostgreSQL database, sharing state through Redis, behind a gateway', () => {
  let database: EmptyTestDatabase;
  let redis: TestRedis;
  const replicas: { server: ChildServer; url: string; port: number }[] = [];
  let gateway: ApolloServer<{ authorization?: string }>;
  let gatewayUrl: string;

  beforeAll(async () => {
    database = await createEmptyTestDatabase('postgres');
    redis = new TestRedis(await freePort());
    await redis.start();
    const ports = [await freePort(), await freePort()];
    for (const port of ports) {
      const server = spawnServer({
        PORT: String(port),
        DATABASE_URL: database.databaseUrl!,
        REDIS_URL: redis.url,
        NODE_ENV: 'production',
        SEED_ON_START: 'true',
        JWT_SECRET,
        RATE_LIMIT_PER_MINUTE: String(LIMIT),
        // Long enough that a key refused after its revocation can only have been forgotten through Redis.
        CREDENTIAL_CACHE_SECONDS: String(CREDENTIAL_CACHE_SECONDS),
        LOG_LEVEL: 'warn',
      });
      replicas.push({ server, port, url: `http://127.0.0.1:${port}/graphql` });
    }
    await Promise.all(replicas.map((replica) => replica.server.ready));

    // A static supergraph of this one subgraph; every subgraph request goes to the next replica, as behind a
    // load balancer. The gateway passes the client's credential on, and uses APQ towards the subgraph.
    const composition = composeServices([{ name: 'grassroots', typeDefs: parse(fs.readFileSync('schema.graphql', 'utf8')), url: replicas[0]!.url }]);
    expect(composition.errors ?? []).toEqual([]);
    let next = 0;
    const sources = replicas.map(
      (replica) =>
        new RemoteGraphQLDataSource<{ authorization?: string }>({
          url: replica.url,
          apq: true,
          willSendRequest({ request, context }) {
            if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          },
        }),
    );
    const roundRobin: GraphQLDataSource<{ authorization?: string }> = { process: (options) => sources[next++ % sources.length]!.process(options) };
    gateway = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composition.supergraphSdl!, buildService: () => roundRobin }) });
    ({ url: gatewayUrl } = await startStandaloneServer(gateway, { listen: { port: 0, host: '127.0.0.1' }, context: async ({ req }) => ({ authorization: req.headers.authorization }) }));
  }, 180_000);

  afterAll(async () => {
    await gateway?.stop();
    for (const replica of replicas) if (replica.server.running()) replica.server.child.kill('SIGTERM');
    await Promise.all(replicas.map((replica) => replica.server.exited));
    await redis?.stop();
    await database?.remove();
  });

  it('loads the sample district once when both start together on the empty database, and both serve it', async () => {
    const admin = await token('loader-check');
    const answers = await Promise.all(replicas.map((replica) => post(replica.url, admin, { query: '{ organizations(first: 0) { totalCount } }' })));
    expect(answers.map((answer) => answer.body.errors)).toEqual([undefined, undefined]);
    expect(answers[0]!.body.data.organizations.totalCount).toBeGreaterThan(500);
    expect(answers[1]!.body.data).toEqual(answers[0]!.body.data);
    const outputs = await Promise.all(replicas.map((replica) => replica.server.ready));
    expect(outputs.filter((output) => /loaded the sample district/.test(output))).toHaveLength(1);
  });

  it(`refuses 10 of 40 requests through the gateway when the limit is ${LIMIT} a minute: the replicas share one allowance`, async () => {
    const credential = await token('rate-limited-partner', 'viewer');
    const query = '{ organization(code: "nowhere") { id } }';
    // The gateway sends its subgraph requests by hash (apq: true): a first request, by another client, registers
    // the document, so that each of the 40 costs one operation rather than two (the hash, then the document).
    expect((await post(gatewayUrl, await token('warming-up', 'viewer'), { query })).body.errors).toBeUndefined();
    let refused = 0;
    let answered = 0;
    for (let index = 0; index < 40; index++) {
      const { body } = await post(gatewayUrl, credential, { query });
      if (body.errors?.some((error) => /429/.test(error.message) || error.extensions?.response?.status === 429)) refused++;
      else if (body.errors === undefined) answered++;
    }
    expect({ answered, refused }).toEqual({ answered: LIMIT, refused: 10 });
    // And each replica, asked directly, agrees that the allowance is spent.
    for (const replica of replicas) {
      const direct = await post(replica.url, credential, { query: '{ __typename }' });
      expect(direct.status).toBe(429);
      expect(direct.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    }
  });

  it('runs a persisted query by its hash on the replica that did not register it', async () => {
    const credential = await token('apq-client', 'viewer');
    const query = `{ organizations(first: 1) { nodes { code } } } # ${Date.now()}`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = await post(replicas[1]!.url, credential, { extensions });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(replicas[0]!.url, credential, { query, extensions });
    expect(registered.body.errors).toBeUndefined();
    const byHash = await eventually(async () => {
      const answer = await post(replicas[1]!.url, credential, { extensions });
      return answer.body.errors ? undefined : answer;
    }, 'the hash known on the other replica');
    expect(byHash.body.data).toEqual(registered.body.data);
    // The gateway sends its subgraph requests by hash first (apq: true), to each replica in turn.
    const throughGateway = await Promise.all([0, 1, 2, 3].map(() => post(gatewayUrl, credential, { query: '{ organizations(first: 2) { totalCount nodes { code } } }' })));
    expect(throughGateway.map((answer) => answer.body.errors)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('delivers a case event written through one replica, or by npm run import, to a subscriber of the other', async () => {
    const admin = await token('subscription-client');
    const setup = await post(replicas[0]!.url, admin, { query: '{ serviceCategories(first: 1) { nodes { id } } organizations(first: 1, filter: { kinds: [COMMUNITY_PARTY_COMMITTEE] }) { nodes { id code } } }' });
    expect(setup.body.errors).toBeUndefined();
    const categoryId = setup.body.data.serviceCategories.nodes[0].id;
    const community = setup.body.data.organizations.nodes[0];
    const events: { kind: string; serviceCase: { code: string } }[] = [];
    const client = createClient({ url: replicas[1]!.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, connectionParams: { authorization: `Bearer ${admin}` } });
    try {
      await new Promise<void>((resolve, reject) => {
        client.on('connected', () => resolve());
        client.on('closed', (event) => reject(new Error(`closed: ${(event as { code: number }).code}`)));
      });
      const started = new Promise<void>((resolve) => {
        client.subscribe<{ caseEvents: { kind: string; serviceCase: { code: string } } }>(
          { query: 'subscription { caseEvents { kind serviceCase { code } } }' },
          { next: (result) => result.data && events.push(result.data.caseEvents), error: () => undefined, complete: () => undefined },
        );
        setTimeout(resolve, 500);
      });
      await started;
      const code = `REPLICA-${Date.now()}`;
      const received = await post(replicas[0]!.url, admin, {
        query: 'mutation R($input: ReceiveCaseInput!) { receiveCase(input: $input) { serviceCase { code } } }',
        variables: { input: { code, categoryId, channel: 'HOTLINE', communityId: community.id } },
      });
      expect(received.body.errors).toBeUndefined();
      const event = await eventually(() => events.find((candidate) => candidate.serviceCase.code === code), 'the event on the other replica', 5_000);
      expect(event.kind).toBe('RECEIVE');

      // And from `npm run import` run beside the servers with the same REDIS_URL.
      const codes = await post(replicas[0]!.url, admin, { query: '{ serviceCategories(first: 1) { nodes { code } } grids(first: 1) { nodes { code } } }' });
      const imported = `IMPORTED-${Date.now()}`;
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gg-replicas-'));
      try {
        const file = path.join(folder, 'cases.json');
        const record = { code: imported, categoryCode: codes.body.data.serviceCategories.nodes[0].code, channel: 'ONLINE', receivedAt: new Date().toISOString(), gridCode: codes.body.data.grids.nodes[0].code, events: [] };
        fs.writeFileSync(file, JSON.stringify({ serviceCases: [record] }));
        const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', file], { env: { ...process.env, DATABASE_URL: database.databaseUrl!, REDIS_URL: redis.url, LOG_LEVEL: 'warn' }, encoding: 'utf8', timeout: 60_000 });
        expect(run.status, run.stderr).toBe(0);
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
      expect((await eventually(() => events.find((candidate) => candidate.serviceCase.code === imported), 'the import\'s event on a replica', 5_000)).kind).toBe('RECEIVE');
    } finally {
      await client.dispose();
    }
  });

  it('keeps every concurrent write through either replica exactly once, and a version race has one winner', async () => {
    const writers = await Promise.all([0, 1, 2, 3].map((index) => token(`writer-${index}`)));
    const setup = await post(replicas[0]!.url, writers[0]!, { query: '{ serviceCategories(first: 1) { nodes { id } } organizations(first: 1, filter: { kinds: [COMMUNITY_PARTY_COMMITTEE] }) { nodes { id } } }' });
    const categoryId = setup.body.data.serviceCategories.nodes[0].id;
    const communityId = setup.body.data.organizations.nodes[0].id;
    const prefix = `W${Date.now()}-`;
    const since = new Date(Date.now() - 60_000).toISOString();
    // 40 distinct cases, and every code sent twice, through different replicas at the same time: one of each pair is refused.
    const attempts = Array.from({ length: 80 }, (_, index) => ({ code: `${prefix}${index % 40}`, replica: replicas[index % 2]!, writer: writers[index % 4]! }));
    const results = await Promise.all(
      attempts.map(async (attempt) => {
        const { body } = await post(attempt.replica.url, attempt.writer, {
          query: 'mutation R($input: ReceiveCaseInput!) { receiveCase(input: $input) { serviceCase { code } } }',
          variables: { input: { code: attempt.code, categoryId, channel: 'HOTLINE', communityId } },
        });
        return { code: attempt.code, ok: !body.errors, errorCode: body.errors?.[0]?.extensions?.code };
      }),
    );
    const acknowledged = results.filter((result) => result.ok).map((result) => result.code);
    expect(results.filter((result) => !result.ok).map((result) => result.errorCode)).toEqual(Array(40).fill(results.find((result) => !result.ok)!.errorCode));
    expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(results.find((result) => !result.ok)!.errorCode);
    expect(new Set(acknowledged).size).toBe(40);
    expect(acknowledged).toHaveLength(40);
    const stored = await post(replicas[1]!.url, await token('reader'), { query: `{ serviceCases(first: 500, filter: { receivedFrom: "${since}" }) { nodes { code } } }` });
    expect(stored.body.errors).toBeUndefined();
    const storedCodes = (stored.body.data.serviceCases.nodes as { code: string }[]).map((node) => node.code).filter((code) => code.startsWith(prefix));
    expect(storedCodes.sort()).toEqual([...acknowledged].sort());

    // Two replicas note the same case from the same version at once: one wins, the other gets CONFLICT.
    const read = await post(replicas[0]!.url, writers[2]!, { query: `{ serviceCase(code: "${prefix}0") { id version } organizations(first: 1, filter: { kinds: [RESIDENTS_COMMITTEE] }) { nodes { id } } }` });
    const { id, version } = read.body.data.serviceCase;
    const race = await Promise.all(
      replicas.map((replica, index) =>
        post(replica.url, writers[index]!, {
          query: `mutation { noteCase(input: { id: "${id}", expectedVersion: ${version}, note: "from replica ${index}" }) { event { seq } } }`,
        }),
      ),
    );
    const codes = race.map((answer) => answer.body.errors?.[0]?.extensions?.code ?? 'ok').sort();
    expect(codes).toEqual(['CONFLICT', 'ok']);
    const after = await post(replicas[1]!.url, writers[3]!, { query: `{ serviceCase(code: "${prefix}0") { version events(first: 10) { nodes { kind note } } } }` });
    expect(after.body.data.serviceCase.version).toBe(version + 1);
  });

  it('refuses an API key on both replicas as soon as npm run keys revokes it beside them, though each had it cached for 10 minutes', async () => {
    const env = { ...process.env, DATABASE_URL: database.databaseUrl!, REDIS_URL: redis.url, LOG_LEVEL: 'warn' };
    const created = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/keys.ts', 'create', '--role', 'viewer', '--label', 'revoked beside the replicas'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(created.status, created.stderr).toBe(0);
    const key = created.stdout.trim().split('\n').at(-1)!;
    // Each replica reads the key once and keeps it (CREDENTIAL_CACHE_SECONDS, 600 s here).
    for (const replica of replicas) for (let round = 0; round < 2; round += 1) expect((await post(replica.url, key, { query: '{ __typename }' })).status).toBe(200);
    const revoked = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/keys.ts', 'revoke', key.split('_')[1]!], { env, encoding: 'utf8', timeout: 60_000 });
    expect(revoked.status, revoked.stderr).toBe(0);
    // Within 5 s, where a replica left alone would keep the key 10 minutes: the revocation was heard through Redis.
    for (const replica of replicas) {
      const refused = await eventually(async () => ((await post(replica.url, key, { query: '{ __typename }' })).status === 401 ? true : undefined), 'the revoked key refused', 5_000);
      expect(refused).toBe(true);
    }
  });

  it('goes on serving without Redis, counting per replica, and shares again once Redis is back', async () => {
    const credential = await token('through-an-outage', 'viewer');
    const admin = await token('writer-through-an-outage');
    const setup = await post(replicas[0]!.url, admin, { query: '{ serviceCategories(first: 1) { nodes { id } } organizations(first: 1, filter: { kinds: [COMMUNITY_PARTY_COMMITTEE] }) { nodes { id } } }' });
    const events: string[] = [];
    const client = createClient({ url: replicas[0]!.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, connectionParams: { authorization: `Bearer ${admin}` } });
    await new Promise<void>((resolve) => client.on('connected', () => resolve()));
    client.subscribe<{ caseEvents: { serviceCase: { code: string } } }>({ query: 'subscription { caseEvents { serviceCase { code } } }' }, { next: (result) => result.data && events.push(result.data.caseEvents.serviceCase.code), error: () => undefined, complete: () => undefined });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await redis.stop();
    for (const replica of replicas) {
      const answer = await post(replica.url, credential, { query: '{ __typename }' });
      expect(answer.status).toBe(200);
      expect(answer.body.data).toEqual({ __typename: 'Query' });
    }
    // A replica's own subscribers still hear of its writes: the notice goes to them directly.
    const code = `OUTAGE-${Date.now()}`;
    const written = await post(replicas[0]!.url, admin, {
      query: 'mutation R($input: ReceiveCaseInput!) { receiveCase(input: $input) { serviceCase { code } } }',
      variables: { input: { code, categoryId: setup.body.data.serviceCategories.nodes[0].id, channel: 'HOTLINE', communityId: setup.body.data.organizations.nodes[0].id } },
    });
    expect(written.body.errors).toBeUndefined();
    await eventually(() => (events.includes(code) ? true : undefined), 'the event on the same replica while Redis is away', 5_000);
    await client.dispose();
    const metrics = await (await fetch(replicas[0]!.url.replace('/graphql', '/metrics'))).text();
    expect(metrics).toMatch(/^shared_state_redis_up 0$/m);
    expect(metrics).toMatch(/^shared_state_fallbacks_total\{use="rate_limit"\} [1-9]/m);
    expect(metrics).toMatch(/^shared_state_fallbacks_total\{use="pubsub"\} [1-9]/m);
    await redis.start();
    await eventually(async () => {
      const text = await (await fetch(replicas[0]!.url.replace('/graphql', '/metrics'))).text();
      return /^shared_state_redis_up 1$/m.test(text) ? true : undefined;
    }, 'Redis answering again', 10_000);
    // Shared again: a new credential's allowance is spent across both replicas.
    const fresh = await token('after-the-outage', 'viewer');
    const statuses: number[] = [];
    for (let index = 0; index < LIMIT + 2; index++) statuses.push((await post(replicas[index % 2]!.url, fresh, { query: '{ __typename }' })).status);
    expect(statuses.filter((status) => status === 429)).toHaveLength(2);
  });
});
