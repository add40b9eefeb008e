import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CASE_DISTRICT } from './fixtures/case-district.js';
import { DIALECTS } from './helpers/databases.js';
import { eventually } from './helpers/eventually.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const EVENT_FIELDS = 'kind seq statusAfter note actingPerson actingOrganization { code } serviceCase { code status community { code } currentHandler { code } description }';

interface Received {
  kind: string;
  seq: number;
  statusAfter: string;
  note: string | null;
  actingPerson: string | null;
  actingOrganization: { code: string };
  serviceCase: { code: string; status: string; community: { code: string }; currentHandler: { code: string }; description: string | null };
}

/** A subscription over a real WebSocket (graphql-ws's own client), collecting what it receives. */
interface Subscriber {
  client: Client;
  events: Received[];
  errors: unknown[];
  completed: boolean;
  /** Waits until an event of case `code` with `kind` has come. */
  waitFor(code: string, kind: string): Promise<Received>;
  stop(): Promise<void>;
}

function wsUrl(server: TestServer): string {
  return server.url.replace(/^http/, 'ws');
}

async function subscribe(server: TestServer, credential: string | null, filter: Record<string, unknown> = {}, fields = EVENT_FIELDS): Promise<Subscriber> {
  const client = createClient({ url: wsUrl(server), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, connectionParams: credential ? { authorization: `Bearer ${credential}` } : {} });
  const subscriber: Subscriber = {
    client,
    events: [],
    errors: [],
    completed: false,
    waitFor: (code, kind) => eventually(() => subscriber.events.find((event) => event.serviceCase.code === code && event.kind === kind), `${kind} of ${code}`, 5_000),
    stop: () => client.dispose() as Promise<void>,
  };
  await new Promise<void>((resolve, reject) => {
    client.on('connected', () => resolve());
    client.on('closed', (event) => reject(new Error(`closed: ${(event as { code: number; reason: string }).code} ${(event as { reason: string }).reason}`)));
  });
  client.subscribe<{ caseEvents: Received }>(
    { query: `subscription Live($filter: CaseEventSubscriptionFilter) { caseEvents(filter: $filter) { ${fields} } }`, variables: { filter } },
    {
      next: (result) => {
        if (result.errors) subscriber.errors.push(...result.errors);
        if (result.data) subscriber.events.push(result.data.caseEvents);
      },
      error: (error) => subscriber.errors.push(error),
      complete: () => {
        subscriber.completed = true;
      },
    },
  );
  return subscriber;
}

/** Opens a raw graphql-transport-ws connection, sends connection_init with `payload`, and reports how it ends. */
function connectRaw(server: TestServer, payload: Record<string, unknown>, headers: Record<string, string> = {}): Promise<{ acknowledged: boolean; code?: number; reason?: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl(server), 'graphql-transport-ws', { headers });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') {
        socket.close(1000);
        resolve({ acknowledged: true });
      }
    });
    socket.on('close', (code, reason) => resolve({ acknowledged: false, code, reason: String(reason) }));
    socket.on('error', reject);
  });
}

describe.each(DIALECTS)('caseEvents subscription on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  let heat: string;
  let park: string;
  let c1Viewer: string;
  let counter = 0;

  async function listeners(count: number): Promise<void> {
    const { caseEventFeed } = await import('../src/modules/cases/case.feed.js');
    await eventually(() => (caseEventFeed(server.database.db).size >= count ? true : undefined), `${count} subscribers`, 5_000);
  }

  /** Receives a new case in `community` over HTTP; returns its code. */
  async function receive(community: string, options: { category?: string; note?: string; public?: boolean; code?: string } = {}): Promise<string> {
    const code = options.code ?? `L${(counter += 1)}`;
    const response = await server.graphql(
      `mutation R($input: ReceiveCaseInput!) { receiveCase(input: $input) { serviceCase { code } } }`,
      { input: { code, categoryId: options.category ?? heat, channel: 'HOTLINE', communityId: ids[community], description: 'Water from the ceiling', actingPerson: '王秀兰', note: options.note ?? null, public: options.public ?? false } },
    );
    expect(response.errors).toBeUndefined();
    return code;
  }

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: CASE_DISTRICT });
    const organizations = await server.graphql('{ organizations(first: 100) { nodes { id code } } }');
    for (const node of organizations.data!.organizations.nodes) ids[node.code] = node.id;
    heat = (await server.graphql('{ serviceCategory(code: "HEAT") { id } }')).data!.serviceCategory.id;
    park = (await server.graphql('{ serviceCategory(code: "PARK") { id } }')).data!.serviceCategory.id;
    c1Viewer = await server.createKey({ role: 'viewer', scopeCode: 'C1', pii: false });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('delivers an event written by a mutation on another connection, the case as it stands after it', async () => {
    const subscriber = await subscribe(server, server.adminKey);
    await listeners(1);
    const code = await receive('C1');
    const received = await subscriber.waitFor(code, 'RECEIVE');
    expect(received).toMatchObject({ seq: 1, statusAfter: 'RECEIVED', actingPerson: '王秀兰', actingOrganization: { code: 'C1' }, serviceCase: { code, status: 'RECEIVED', community: { code: 'C1' }, currentHandler: { code: 'C1' }, description: 'Water from the ceiling' } });
    const id = (await server.graphql(`{ serviceCase(code: "${code}") { id } }`)).data!.serviceCase.id;
    const dispatched = await server.graphql(`mutation { dispatchCase(input: { id: "${id}", toOrganizationId: "${ids.G1}" }) { event { seq } } }`);
    expect(dispatched.errors).toBeUndefined();
    expect(await subscriber.waitFor(code, 'DISPATCH')).toMatchObject({ seq: 2, statusAfter: 'DISPATCHED', serviceCase: { status: 'DISPATCHED', currentHandler: { code: 'G1' } } });
    await subscriber.stop();
    await listeners(0).catch(() => undefined);
  });

  it('gives a scoped subscriber only the events of cases in its jurisdiction, masked without the pii right', async () => {
    const scoped = await subscribe(server, c1Viewer);
    const everything = await subscribe(server, server.adminKey);
    await listeners(2);
    const outside = await receive('C2', { note: 'private note' });
    const inside = await receive('C1', { note: 'private note' });
    const publicNote = await receive('C1', { note: 'public note', public: true });
    await everything.waitFor(outside, 'RECEIVE');
    await everything.waitFor(publicNote, 'RECEIVE');
    const seen = await scoped.waitFor(publicNote, 'RECEIVE');
    expect(seen.note).toBe('public note');
    expect(scoped.events.map((event) => event.serviceCase.code)).not.toContain(outside);
    const masked = scoped.events.find((event) => event.serviceCase.code === inside)!;
    expect(masked).toMatchObject({ note: null, actingPerson: '王**', serviceCase: { description: null } });
    expect(everything.events.find((event) => event.serviceCase.code === inside)).toMatchObject({ note: 'private note', actingPerson: '王秀兰' });
    expect(scoped.errors).toEqual([]);
    await Promise.all([scoped.stop(), everything.stop()]);
  });

  it('filters by status, kind, subtree, handler and category', async () => {
    const byKind = await subscribe(server, server.adminKey, { kinds: ['DISPATCH'] });
    const byStatus = await subscribe(server, server.adminKey, { statuses: ['RECEIVED'] });
    const byUnder = await subscribe(server, server.adminKey, { under: ids.C2 });
    const byHandler = await subscribe(server, server.adminKey, { handler: ids.G1 });
    const byCategory = await subscribe(server, server.adminKey, { categories: [park] });
    const all = await subscribe(server, server.adminKey);
    await listeners(6);
    const c1 = await receive('C1');
    const c2 = await receive('C2');
    const parking = await receive('C1', { category: (await server.graphql('{ serviceCategory(code: "PARK-ILLEGAL") { id } }')).data!.serviceCategory.id });
    const id = (await server.graphql(`{ serviceCase(code: "${c1}") { id } }`)).data!.serviceCase.id;
    expect((await server.graphql(`mutation { dispatchCase(input: { id: "${id}", toOrganizationId: "${ids.G1}" }) { event { seq } } }`)).errors).toBeUndefined();
    await all.waitFor(c1, 'DISPATCH');
    await all.waitFor(parking, 'RECEIVE');
    await all.waitFor(c2, 'RECEIVE');
    // Each subscriber reads and filters on its own: wait for the last event each should get (events come in commit order).
    await Promise.all([byKind.waitFor(c1, 'DISPATCH'), byStatus.waitFor(parking, 'RECEIVE'), byUnder.waitFor(c2, 'RECEIVE'), byHandler.waitFor(c1, 'DISPATCH'), byCategory.waitFor(parking, 'RECEIVE')]);
    const seen = (subscriber: Subscriber) => subscriber.events.map((event) => `${event.serviceCase.code}:${event.kind}`);
    expect(seen(byKind)).toEqual([`${c1}:DISPATCH`]);
    expect(seen(byStatus)).toEqual([`${c1}:RECEIVE`, `${c2}:RECEIVE`, `${parking}:RECEIVE`]);
    expect(seen(byUnder)).toEqual([`${c2}:RECEIVE`]);
    expect(seen(byHandler)).toEqual([`${c1}:DISPATCH`]);
    expect(seen(byCategory)).toEqual([`${parking}:RECEIVE`]);
    await Promise.all([byKind, byStatus, byUnder, byHandler, byCategory, all].map((subscriber) => subscriber.stop()));
  });

  it('never delivers the events of a write that rolled back', async () => {
    // The audit entry is written after the event, in the same transaction: failing it rolls the event back.
    if (dialect === 'sqlite') {
      await server.database.db.writer.query(`CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log WHEN NEW.entity_code = 'L-FAIL' BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    } else {
      await server.database.db.writer.query(`CREATE FUNCTION fail_audit() RETURNS trigger AS $$ BEGIN IF NEW.entity_code = 'L-FAIL' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
      await server.database.db.writer.query('CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION fail_audit()');
    }
    const subscriber = await subscribe(server, server.adminKey);
    await listeners(1);
    const failed = await server.graphql(`mutation { receiveCase(input: { code: "L-FAIL", categoryId: "${heat}", channel: HOTLINE, communityId: "${ids.C1}" }) { serviceCase { code } } }`);
    expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect((await server.graphql('{ serviceCase(code: "L-FAIL") { id } }')).data!.serviceCase).toBeNull();
    // Events arrive in commit order: once a later write's event is here, the failed one would have been too.
    const later = await receive('C1');
    await subscriber.waitFor(later, 'RECEIVE');
    expect(subscriber.events.map((event) => event.serviceCase.code)).toEqual([later]);
    await subscriber.stop();
  });

  it('refuses bad credentials at connection_init with 4401 and the reason, and none when credentials are required', async () => {
    expect(await connectRaw(server, { authorization: 'Bearer gg_not_a_real_key' })).toEqual({ acknowledged: false, code: 4401, reason: 'The credential is not valid: unknown, revoked, expired or badly signed.' });
    expect(await connectRaw(server, { authorization: 'Basic abc' })).toMatchObject({ acknowledged: false, code: 4401, reason: 'The Authorization header must be "Bearer <API key or token>".' });
    expect(await connectRaw(server, { authorization: `Bearer ${c1Viewer}` })).toEqual({ acknowledged: true });
    expect(await connectRaw(server, {}, { authorization: `Bearer ${c1Viewer}` })).toEqual({ acknowledged: true });
    const production = await startTestServer(dialect, { env: { NODE_ENV: 'production' } });
    try {
      expect(await connectRaw(production, {})).toMatchObject({ acknowledged: false, code: 4401, reason: expect.stringContaining('Authentication required') });
      expect(await connectRaw(production, { authorization: `Bearer ${production.adminKey}` })).toEqual({ acknowledged: true });
    } finally {
      await production.close();
    }
  });

  it('applies the depth and complexity limits to subscription documents, and runs only subscriptions', async () => {
    const client = createClient({ url: wsUrl(server), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${server.adminKey}` } });
    const errorsOf = (query: string) =>
      new Promise<{ message: string; extensions?: Record<string, unknown> }[]>((resolve) => {
        client.subscribe({ query }, { next: () => undefined, error: (errors) => resolve(errors as never), complete: () => resolve([]) });
      });
    const deep = `subscription { caseEvents { serviceCase { community { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } } } } } }`;
    const [tooDeep] = await errorsOf(deep);
    expect(tooDeep.message).toContain('Query depth limit of 12 exceeded');
    expect(tooDeep.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const costly = `subscription { caseEvents { serviceCase { community { children(first: 500) { nodes { children(first: 500) { nodes { children(first: 500) { nodes { code } } } } } } } } } }`;
    const [tooCostly] = await errorsOf(costly);
    expect(tooCostly.message).toContain('Query complexity limit of 500000 exceeded');
    const [query] = await errorsOf('{ serviceCategories { totalCount } }');
    expect(query.message).toContain('Only subscriptions run over WebSocket');
    await client.dispose();
  });

  it('closes its connections when the server stops', async () => {
    const other = await startTestServer(dialect, { dataset: { serviceCategories: CASE_DISTRICT.serviceCategories } });
    const client = createClient({ url: wsUrl(other), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${other.adminKey}` } });
    const ended = new Promise<string>((resolve) => {
      client.on('closed', (event) => resolve(`${(event as { code: number }).code}`));
      client.subscribe({ query: 'subscription { caseEvents { seq } }' }, { next: () => undefined, error: (error) => resolve(`error ${String(error)}`), complete: () => undefined });
    });
    const { caseEventFeed } = await import('../src/modules/cases/case.feed.js');
    await eventually(() => (caseEventFeed(other.database.db).size === 1 ? true : undefined), 'the subscriber', 5_000);
    await other.close();
    expect(await ended).toBe('1001');
    expect(caseEventFeed(other.database.db).size).toBe(0);
  });
});
