import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId } from '../../src/lib/global-id.js';
import { deriveCrossAppointments, pairKey, type PostPeriod } from '../../src/modules/links/cross-appointments.js';
import { SMALL_DISTRICT } from '../fixtures/small-district.js';
import { DIALECTS } from '../helpers/databases.js';
import { startTestServer, type GraphqlResponse, type TestServer } from '../helpers/server.js';

/**
 * Issue 3, 7(c): many clients create and end links, appoint people and end posts at once, for a
 * bounded time, against a real server over HTTP; every request and its outcome is recorded, and
 * afterwards the database must hold exactly the acknowledged writes, the derived cross-appointments
 * the posts imply, and one audit entry per acknowledged write.
 *
 * Each client loop draws its actions from its own seeded generator. Most links and posts are claimed
 * by one client before it ends them, which makes the outcome of each such request certain. Contention
 * comes from the deliberate races, where two requests for the same code or the same (link or post,
 * expectedVersion) are sent at once and exactly one must win, and from shared links and posts that
 * any client may end with the version they were created with: the first end wins, later ones are
 * told CONFLICT.
 */

const CLIENTS = 12;
/** The run lasts this long, unless the machine is so slow that fewer than MIN_REQUESTS were sent by then. */
const DURATION_MS = 4_000;
const MIN_REQUESTS = 300;
const MAX_REQUESTS = 1_500;
const SEED = 20261128;

const PEOPLE = Array.from({ length: 9 }, (_, index) => ({ code: `SP${index + 1}`, name: `测试${index + 1}`, partyMember: index % 2 === 0 }));
/** The fixture district, with more people to appoint. */
const DATASET = { ...SMALL_DISTRICT, people: [...SMALL_DISTRICT.people!, ...PEOPLE] };
/** Where people are appointed: Party-chain pairs (C1 above G1, B1, EP1; C2 above G3) and horizontal ones (C1 and RC1, EP1 and E1, G1 and G2). */
const POST_ORGANIZATIONS = ['C1', 'C2', 'RC1', 'G1', 'G2', 'G3', 'B1', 'EP1', 'E1', 'U1'];
const LINK_ORGANIZATIONS = ['D', 'S1', 'S2', 'C1', 'C2', 'RC1', 'G1', 'G2', 'G3', 'B1', 'B2', 'B3', 'E1', 'EP1', 'U1'];
const ENTERED_LINK_KINDS = ['PARTY_PRESENCE', 'CO_BUILDING', 'UNIT_REPORTING', 'SERVICE_PARTNERSHIP', 'GUIDANCE', 'RESOURCE_SHARING', 'JOINT_MEETING'];
const ROLES = ['SECRETARY', 'COMMITTEE_MEMBER', 'DIRECTOR', 'MEMBER', 'GRID_WORKER', 'STAFF', 'VOLUNTEER'];

const CREATE_LINK = 'mutation CreateLink($input: CreateLinkInput!) { createLink(input: $input) { id code kind since until status weight description derived version source { id } target { id } } }';
const END_LINK = 'mutation EndLink($input: EndLinkInput!) { endLink(input: $input) { id code until status version } }';
const APPOINT = 'mutation Appoint($input: AppointPersonInput!) { appointPerson(input: $input) { id code role startDate endDate version person { id } organization { id } } }';
const END_POST = 'mutation EndPost($input: EndPostInput!) { endPost(input: $input) { id code endDate version } }';
const READ = 'query Read($code: String!) { organization(code: $code) { links(first: 20) { totalCount nodes { code until } } posts(first: 20) { totalCount nodes { code endDate } } } }';

type Operation = 'createLink' | 'endLink' | 'appointPerson' | 'endPost' | 'read';
/** An outcome: OK, the error's extensions.code, or what went wrong below GraphQL. */
type Outcome = string;

interface RequestRecord {
  client: number;
  /** What the client meant to do, in words; the report groups outcomes by it. */
  kind: string;
  operation: Operation;
  variables: Record<string, any>;
  /** The outcomes this request may have; anything else fails the test. */
  expected: Outcome[];
  /** Both requests of a deliberate race share an id. */
  race?: number;
  outcome: Outcome;
  status: number;
  /** The mutation's result when it was acknowledged. */
  data: any;
  message?: string;
  milliseconds: number;
}

/** A link or post created in the run, as the clients know it. */
interface LinkState {
  id: string;
  code: string;
  since: string;
  version: number;
}
interface PostState {
  id: string;
  code: string;
  startDate: string;
  version: number;
}

/** mulberry32: a small seeded generator, so each client's choices repeat from run to run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The first of a month, counted from January 2020. */
function monthDate(month: number): string {
  const year = 2020 + Math.floor(month / 12);
  return `${year}-${String((month % 12) + 1).padStart(2, '0')}-01`;
}
function monthOf(date: string): number {
  return (Number(date.slice(0, 4)) - 2020) * 12 + Number(date.slice(5, 7)) - 1;
}

function databaseId(globalId: string): number {
  const decoded = decodeGlobalId(globalId);
  if (!decoded) throw new Error(`not a global id: ${globalId}`);
  return decoded.databaseId;
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]) : 0;
}

describe.each(DIALECTS)('many clients writing at once for a while on %s', (dialect) => {
  let server: TestServer;
  const organizationIds: Record<string, string> = {};
  const personIds: string[] = [];
  const records: RequestRecord[] = [];
  let runMilliseconds = 0;

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: DATASET, diagnostics: false, env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    const response = await server.graphql('{ organizations(first: 100) { nodes { id code } } people(first: 100) { nodes { id code } } }');
    for (const node of response.data!.organizations.nodes) organizationIds[node.code] = node.id;
    for (const node of response.data!.people.nodes) personIds.push(node.id);
    expect(personIds).toHaveLength(DATASET.people.length);

    const openLinks: LinkState[] = [];
    const endedLinks: LinkState[] = [];
    const openPosts: PostState[] = [];
    const endedPosts: PostState[] = [];
    // Open links and posts that nobody claims: any client may try to end them, with the version they
    // were created with, so the first end wins and every later one is told CONFLICT.
    const sharedLinks: LinkState[] = [];
    const sharedPosts: PostState[] = [];
    const linkCodes: string[] = [];
    const postCodes: string[] = [];
    let requests = 0;
    let races = 0;
    const deadline = Date.now() + DURATION_MS;

    async function send(client: number, kind: string, operation: Operation, query: string, variables: Record<string, any>, expected: Outcome[], race?: number): Promise<RequestRecord> {
      requests += 1;
      const started = performance.now();
      let response: GraphqlResponse;
      try {
        response = await server.graphql(query, variables);
      } catch (error) {
        response = { status: 0, errors: [{ message: (error as Error).message, extensions: { code: 'NETWORK_ERROR' } }] };
      }
      const error = response.errors?.[0];
      const record: RequestRecord = {
        client,
        kind,
        operation,
        variables,
        expected,
        race,
        outcome: error ? String(error.extensions?.code ?? 'NO_CODE') : 'OK',
        status: response.status,
        data: response.data?.[operation === 'read' ? 'organization' : operation] ?? null,
        message: error?.message,
        milliseconds: performance.now() - started,
      };
      records.push(record);
      return record;
    }

    function take<T>(pool: T[], random: () => number): T | undefined {
      if (pool.length === 0) return undefined;
      const index = Math.floor(random() * pool.length);
      const [item] = pool.splice(index, 1);
      return item;
    }

    async function runClient(client: number): Promise<void> {
      const random = seededRandom(SEED + client);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
      const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
      let serial = 0;
      const newLinkInput = (code: string) => {
        const source = pick(LINK_ORGANIZATIONS);
        const target = pick(LINK_ORGANIZATIONS.filter((candidate) => candidate !== source));
        const since = between(0, 59);
        return {
          code,
          kind: pick(ENTERED_LINK_KINDS),
          sourceId: organizationIds[source],
          targetId: organizationIds[target],
          since: monthDate(since),
          until: random() < 0.25 ? monthDate(since + between(1, 24)) : null,
          weight: between(1, 4) / 2,
          description: `soak client ${client}`,
        };
      };
      const newPostInput = (code: string) => {
        const start = between(0, 71);
        return {
          code,
          personId: pick(personIds),
          organizationId: organizationIds[pick(POST_ORGANIZATIONS)],
          role: pick(ROLES),
          startDate: monthDate(start),
          endDate: random() < 0.25 ? monthDate(start + between(1, 36)) : null,
        };
      };
      const remember = (record: RequestRecord) => {
        if (record.outcome !== 'OK') return;
        if (record.operation === 'createLink') {
          linkCodes.push(record.data.code);
          (record.data.until ? endedLinks : random() < 0.25 ? sharedLinks : openLinks).push({ id: record.data.id, code: record.data.code, since: record.data.since, version: record.data.version });
        } else if (record.operation === 'appointPerson') {
          postCodes.push(record.data.code);
          (record.data.endDate ? endedPosts : random() < 0.25 ? sharedPosts : openPosts).push({ id: record.data.id, code: record.data.code, startDate: record.data.startDate, version: record.data.version });
        }
      };

      while (requests < MAX_REQUESTS && (Date.now() < deadline || requests < MIN_REQUESTS)) {
        serial += 1;
        const roll = random() * 100;
        if (roll < 18) {
          remember(await send(client, 'create link', 'createLink', CREATE_LINK, { input: newLinkInput(`SOAK-L-${client}-${serial}`) }, ['OK']));
        } else if (roll < 36) {
          remember(await send(client, 'appoint person', 'appointPerson', APPOINT, { input: newPostInput(`SOAK-P-${client}-${serial}`) }, ['OK']));
        } else if (roll < 44) {
          const link = take(openLinks, random);
          if (!link) continue;
          const record = await send(client, 'end link', 'endLink', END_LINK, { input: { id: link.id, until: monthDate(monthOf(link.since) + between(1, 36)), expectedVersion: link.version } }, ['OK']);
          endedLinks.push({ ...link, version: record.data?.version ?? link.version });
        } else if (roll < 52) {
          const post = take(openPosts, random);
          if (!post) continue;
          const record = await send(client, 'end post', 'endPost', END_POST, { input: { id: post.id, endDate: monthDate(monthOf(post.startDate) + between(1, 36)), expectedVersion: post.version } }, ['OK']);
          endedPosts.push({ ...post, version: record.data?.version ?? post.version });
        } else if (roll < 58) {
          // Unclaimed: whoever comes first ends it; everyone after holds a stale version.
          if (random() < 0.5) {
            if (!sharedLinks.length) continue;
            const link = pick(sharedLinks);
            await send(client, 'end a shared link', 'endLink', END_LINK, { input: { id: link.id, until: monthDate(monthOf(link.since) + between(1, 36)), expectedVersion: link.version } }, ['OK', 'CONFLICT']);
          } else {
            if (!sharedPosts.length) continue;
            const post = pick(sharedPosts);
            await send(client, 'end a shared post', 'endPost', END_POST, { input: { id: post.id, endDate: monthDate(monthOf(post.startDate) + between(1, 36)), expectedVersion: post.version } }, ['OK', 'CONFLICT']);
          }
        } else if (roll < 62) {
          // Two clients create the same code at once, with different ends: one wins, the other is told CONFLICT.
          const race = (races += 1);
          const first = newLinkInput(`SOAK-LR-${client}-${serial}`);
          const second = { ...first, targetId: first.sourceId === organizationIds.U1 ? organizationIds.E1 : organizationIds.U1, description: 'the other racer' };
          const both = await Promise.all([first, second].map((input) => send(client, 'create link, racing for its code', 'createLink', CREATE_LINK, { input }, ['OK', 'CONFLICT'], race)));
          both.forEach(remember);
        } else if (roll < 66) {
          const race = (races += 1);
          const first = newPostInput(`SOAK-PR-${client}-${serial}`);
          const second = { ...first, personId: personIds[(personIds.indexOf(first.personId) + 1) % personIds.length], role: 'VOLUNTEER' };
          const both = await Promise.all([first, second].map((input) => send(client, 'appoint person, racing for the code', 'appointPerson', APPOINT, { input }, ['OK', 'CONFLICT'], race)));
          both.forEach(remember);
        } else if (roll < 70) {
          // Two clients end the same link, both having read the same version, on different days.
          const link = take(openLinks, random);
          if (!link) continue;
          const race = (races += 1);
          const untils = [monthDate(monthOf(link.since) + 1), monthDate(monthOf(link.since) + 2)];
          const both = await Promise.all(untils.map((until) => send(client, 'end link, racing with the same expectedVersion', 'endLink', END_LINK, { input: { id: link.id, until, expectedVersion: link.version } }, ['OK', 'CONFLICT'], race)));
          endedLinks.push({ ...link, version: both.find((record) => record.outcome === 'OK')?.data.version ?? link.version });
        } else if (roll < 74) {
          const post = take(openPosts, random);
          if (!post) continue;
          const race = (races += 1);
          const endDates = [monthDate(monthOf(post.startDate) + 1), monthDate(monthOf(post.startDate) + 2)];
          const both = await Promise.all(endDates.map((endDate) => send(client, 'end post, racing with the same expectedVersion', 'endPost', END_POST, { input: { id: post.id, endDate, expectedVersion: post.version } }, ['OK', 'CONFLICT'], race)));
          endedPosts.push({ ...post, version: both.find((record) => record.outcome === 'OK')?.data.version ?? post.version });
        } else if (roll < 78) {
          // A code that an acknowledged create already holds.
          if (random() < 0.5 && linkCodes.length) {
            await send(client, 'create link with a taken code', 'createLink', CREATE_LINK, { input: { ...newLinkInput(pick(linkCodes)), description: 'taken code' } }, ['CONFLICT']);
          } else if (postCodes.length) {
            await send(client, 'appoint person with a taken code', 'appointPerson', APPOINT, { input: { ...newPostInput(pick(postCodes)), role: 'STAFF' } }, ['CONFLICT']);
          }
        } else if (roll < 82) {
          // An end with the version read before someone else's end: CONFLICT, checked before anything else.
          if (random() < 0.5 && endedLinks.length) {
            const link = pick(endedLinks);
            await send(client, 'end link with a stale version', 'endLink', END_LINK, { input: { id: link.id, until: monthDate(monthOf(link.since) + 3), expectedVersion: link.version - 1 } }, ['CONFLICT']);
          } else if (endedPosts.length) {
            const post = pick(endedPosts);
            await send(client, 'end post with a stale version', 'endPost', END_POST, { input: { id: post.id, endDate: monthDate(monthOf(post.startDate) + 3), expectedVersion: post.version - 1 } }, ['CONFLICT']);
          }
        } else if (roll < 86) {
          // Deliberately invalid: ending what has ended (without expectedVersion).
          if (random() < 0.5 && endedLinks.length) {
            const link = pick(endedLinks);
            await send(client, 'end an ended link', 'endLink', END_LINK, { input: { id: link.id, until: monthDate(monthOf(link.since) + 4) } }, ['BAD_USER_INPUT']);
          } else if (endedPosts.length) {
            const post = pick(endedPosts);
            await send(client, 'end an ended post', 'endPost', END_POST, { input: { id: post.id, endDate: monthDate(monthOf(post.startDate) + 4) } }, ['BAD_USER_INPUT']);
          }
        } else if (roll < 90) {
          // Deliberately invalid: an end on the start date. The item is claimed meanwhile, then given back unchanged.
          if (random() < 0.5) {
            const link = take(openLinks, random);
            if (!link) continue;
            await send(client, 'end link on its since date', 'endLink', END_LINK, { input: { id: link.id, until: link.since, expectedVersion: link.version } }, ['BAD_USER_INPUT']);
            openLinks.push(link);
          } else {
            const post = take(openPosts, random);
            if (!post) continue;
            await send(client, 'end post on its start date', 'endPost', END_POST, { input: { id: post.id, endDate: post.startDate, expectedVersion: post.version } }, ['BAD_USER_INPUT']);
            openPosts.push(post);
          }
        } else if (roll < 92) {
          await send(client, 'create a CROSS_APPOINTMENT link by hand', 'createLink', CREATE_LINK, { input: { ...newLinkInput(`SOAK-X-${client}-${serial}`), kind: 'CROSS_APPOINTMENT' } }, ['BAD_USER_INPUT']);
        } else {
          await send(client, 'read links and posts', 'read', READ, { code: pick(POST_ORGANIZATIONS) }, ['OK']);
        }
      }
    }

    const started = Date.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, client) => runClient(client + 1)));
    runMilliseconds = Date.now() - started;
    report(dialect, records, runMilliseconds);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  it('answered every request as expected: only CONFLICT for races and stale versions, BAD_USER_INPUT only for the invalid ones', () => {
    expect(records.length).toBeGreaterThanOrEqual(MIN_REQUESTS);
    const unexpected = records.filter((record) => record.status !== 200 || !record.expected.includes(record.outcome));
    expect(unexpected.map(({ kind, variables, outcome, status, message }) => ({ kind, variables, outcome, status, message }))).toEqual([]);
    const kindsSeen = new Set(records.map((record) => record.kind));
    for (const kind of ['create link', 'appoint person', 'end link', 'end post', 'create link, racing for its code', 'appoint person, racing for the code', 'end link, racing with the same expectedVersion', 'end post, racing with the same expectedVersion']) {
      expect(kindsSeen, `no "${kind}" request was sent`).toContain(kind);
    }
    expect(kindsSeen.has('end a shared link') || kindsSeen.has('end a shared post'), 'no shared link or post was ended').toBe(true);
  });

  it('let exactly one request of each race win, and told the other CONFLICT', () => {
    const races = new Map<number, RequestRecord[]>();
    for (const record of records) if (record.race !== undefined) races.set(record.race, [...(races.get(record.race) ?? []), record]);
    expect(races.size).toBeGreaterThan(0);
    for (const pair of races.values()) expect(pair.map((record) => record.outcome).sort()).toEqual(['CONFLICT', 'OK']);
  });

  it('let the first end of a shared link or post win, and refused every later one', () => {
    const endsById = new Map<string, RequestRecord[]>();
    for (const record of records.filter((candidate) => candidate.kind === 'end a shared link' || candidate.kind === 'end a shared post')) {
      endsById.set(record.variables.input.id, [...(endsById.get(record.variables.input.id) ?? []), record]);
    }
    expect(endsById.size).toBeGreaterThan(0);
    for (const ends of endsById.values()) expect(ends.filter((record) => record.outcome === 'OK')).toHaveLength(1);
  });

  it('acknowledged writes with the fields that were sent', () => {
    for (const record of records.filter((candidate) => candidate.outcome === 'OK')) {
      const input = record.variables.input;
      if (record.operation === 'createLink') {
        expect(record.data).toMatchObject({ code: input.code, kind: input.kind, since: input.since, until: input.until, weight: input.weight, description: input.description, derived: false, version: 1, source: { id: input.sourceId }, target: { id: input.targetId }, status: input.until ? 'ENDED' : 'ACTIVE' });
      } else if (record.operation === 'appointPerson') {
        expect(record.data).toMatchObject({ code: input.code, role: input.role, startDate: input.startDate, endDate: input.endDate, version: 1, person: { id: input.personId }, organization: { id: input.organizationId } });
      } else if (record.operation === 'endLink') {
        expect(record.data).toMatchObject({ id: input.id, until: input.until, status: 'ENDED', version: input.expectedVersion + 1 });
      } else if (record.operation === 'endPost') {
        expect(record.data).toMatchObject({ id: input.id, endDate: input.endDate, version: input.expectedVersion + 1 });
      }
    }
  });

  describe('afterwards', () => {
    let links: any[];
    let posts: any[];
    let organizations: { id: string; code: string; sector: string; ancestors: { id: string }[] }[];

    beforeAll(async () => {
      links = [];
      for (let after: string | null = null; ; ) {
        const response: GraphqlResponse = await server.graphql(
          'query Links($after: String) { links(first: 500, after: $after) { pageInfo { hasNextPage endCursor } nodes { id code kind since until status weight description derived version source { id } target { id } } } }',
          { after },
        );
        expect(response.errors).toBeUndefined();
        links.push(...response.data!.links.nodes);
        if (!response.data!.links.pageInfo.hasNextPage) break;
        after = response.data!.links.pageInfo.endCursor;
      }
      const people = await server.graphql('{ people(first: 20) { totalCount nodes { id posts(first: 500) { totalCount nodes { id code role startDate endDate version person { id } organization { id } } } } } }');
      expect(people.errors).toBeUndefined();
      posts = people.data!.people.nodes.flatMap((person: any) => {
        expect(person.posts.nodes).toHaveLength(person.posts.totalCount);
        return person.posts.nodes;
      });
      organizations = (await server.graphql('{ organizations(first: 100) { nodes { id code sector ancestors { id } } } }')).data!.organizations.nodes;
    });

    /** The state each acknowledged create and end implies, by code; refused writes imply nothing. */
    function acknowledgedState(operations: { create: Operation; end: Operation }, describeCreate: (input: any, data: any) => Record<string, unknown>, applyEnd: (state: Record<string, unknown>, data: any) => void) {
      const byCode = new Map<string, Record<string, unknown>>();
      const codeOfId = new Map<string, string>();
      for (const record of records.filter((candidate) => candidate.outcome === 'OK' && candidate.operation === operations.create)) {
        expect(byCode.has(record.data.code), `${record.data.code} acknowledged twice`).toBe(false);
        byCode.set(record.data.code, describeCreate(record.variables.input, record.data));
        codeOfId.set(record.data.id, record.data.code);
      }
      const ended = new Set<string>();
      for (const record of records.filter((candidate) => candidate.outcome === 'OK' && candidate.operation === operations.end)) {
        expect(ended.has(record.data.id), `${record.data.code} acknowledged as ended twice`).toBe(false);
        ended.add(record.data.id);
        applyEnd(byCode.get(codeOfId.get(record.data.id)!)!, record.data);
      }
      return byCode;
    }

    it('holds every acknowledged link once, as acknowledged, and no refused one', () => {
      const expected = acknowledgedState(
        { create: 'createLink', end: 'endLink' },
        (input, data) => ({ id: data.id, code: input.code, kind: input.kind, since: input.since, until: input.until, status: input.until ? 'ENDED' : 'ACTIVE', weight: input.weight, description: input.description, derived: false, version: 1, source: { id: input.sourceId }, target: { id: input.targetId } }),
        (state, data) => Object.assign(state, { until: data.until, status: 'ENDED', version: (state.version as number) + 1 }),
      );
      const written = links.filter((link) => link.code.startsWith('SOAK-'));
      const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : 1);
      expect(written.sort(byCode)).toEqual([...expected.values()].sort(byCode as any));
      // The links of the fixture were never touched.
      for (const code of ['L1', 'L2']) expect(links.find((link) => link.code === code)).toMatchObject({ version: 1 });
      // A refused create left nothing: race losers and taken codes show the winner's fields only.
      const refusedCodes = records.filter((record) => record.operation === 'createLink' && record.outcome !== 'OK').map((record) => record.variables.input.code);
      for (const code of refusedCodes) expect(written.filter((link) => link.code === code).length).toBe(expected.has(code) ? 1 : 0);
    });

    it('holds every acknowledged post once, as acknowledged, and no refused one', () => {
      const expected = acknowledgedState(
        { create: 'appointPerson', end: 'endPost' },
        (input, data) => ({ id: data.id, code: input.code, role: input.role, startDate: input.startDate, endDate: input.endDate, version: 1, person: { id: input.personId }, organization: { id: input.organizationId } }),
        (state, data) => Object.assign(state, { endDate: data.endDate, version: (state.version as number) + 1 }),
      );
      const written = posts.filter((post) => post.code.startsWith('SOAK-'));
      const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : 1);
      expect(written.sort(byCode)).toEqual([...expected.values()].sort(byCode as any));
      for (const code of ['POST1', 'POST2', 'POST3', 'POST4']) expect(posts.find((post) => post.code === code)).toMatchObject({ version: 1 });
    });

    it('derives exactly the CROSS_APPOINTMENT links that the posts imply, outside the Party chain', () => {
      const sectors = new Map(organizations.map((organization) => [databaseId(organization.id), organization.sector]));
      const vertical = new Set<string>();
      for (const organization of organizations) {
        const descendant = databaseId(organization.id);
        for (const ancestor of organization.ancestors.map((item) => databaseId(item.id))) {
          if (sectors.get(ancestor) === 'PARTY' && sectors.get(descendant) === 'PARTY') vertical.add(pairKey(ancestor, descendant));
        }
      }
      const periods: PostPeriod[] = posts.map((post) => ({ personId: databaseId(post.person.id), organizationId: databaseId(post.organization.id), startDate: post.startDate, endDate: post.endDate }));
      const implied = deriveCrossAppointments(periods)
        .filter((item) => !vertical.has(pairKey(item.sourceId, item.targetId)))
        .map((item) => `${item.sourceId}:${item.targetId} ${item.since}..${item.until ?? ''} weight ${item.people}`)
        .sort();
      const derived = links.filter((link) => link.derived);
      expect(derived.every((link) => link.kind === 'CROSS_APPOINTMENT')).toBe(true);
      expect(links.filter((link) => link.kind === 'CROSS_APPOINTMENT').every((link) => link.derived)).toBe(true);
      // A period that no longer exists is closed at its start, with weight 0, rather than deleted.
      const [closed, live] = [derived.filter((link) => link.until === link.since), derived.filter((link) => link.until !== link.since)];
      for (const link of closed) expect(link).toMatchObject({ status: 'ENDED', weight: 0 });
      const stored = live.map((link) => `${databaseId(link.source.id)}:${databaseId(link.target.id)} ${link.since}..${link.until ?? ''} weight ${link.weight}`).sort();
      expect(stored).toEqual(implied);
      expect(live.every((link) => link.status === (link.until ? 'ENDED' : 'ACTIVE'))).toBe(true);
      console.log(`[soak ${dialect}] ${posts.length} posts imply ${implied.length} cross-appointment periods; ${closed.length} earlier periods closed at their start`);
    });

    it('has exactly one audit entry per acknowledged write, with what it wrote, and none for refused ones', async () => {
      const principal = `key:${server.adminKey.split('_')[1]}`;
      const entries: any[] = [];
      for (let after: string | null = null; ; ) {
        const response: GraphqlResponse = await server.graphql(
          'query Audit($after: String, $principal: String) { auditLog(first: 500, after: $after, filter: { principal: $principal }) { pageInfo { hasNextPage endCursor } nodes { operation entityType entityCode entityId after } } }',
          { after, principal },
        );
        expect(response.errors).toBeUndefined();
        entries.push(...response.data!.auditLog.nodes);
        if (!response.data!.auditLog.pageInfo.hasNextPage) break;
        after = response.data!.auditLog.pageInfo.endCursor;
      }
      const describeEntry = (operation: string, entityType: string, entityId: string, code: string, end: unknown, version: number) => `${operation} ${entityType} ${entityId} ${code} end=${end ?? ''} version=${version}`;
      const logged = entries
        .map((entry) => describeEntry(entry.operation, entry.entityType, entry.entityId, entry.entityCode, entry.entityType === 'Link' ? entry.after.until : entry.after.endDate, entry.after.version))
        .sort();
      const acknowledged = records
        .filter((record) => record.outcome === 'OK' && record.operation !== 'read')
        .map((record) => {
          const isLink = record.operation === 'createLink' || record.operation === 'endLink';
          return describeEntry(record.operation, isLink ? 'Link' : 'Post', record.data.id, record.data.code, isLink ? record.data.until : record.data.endDate, record.data.version);
        })
        .sort();
      expect(logged).toEqual(acknowledged);
    });
  });
});

/** Prints what was sent and how it went: requests and outcomes per kind, latencies, throughput. */
function report(dialect: string, records: RequestRecord[], runMilliseconds: number): void {
  const byKind = new Map<string, RequestRecord[]>();
  for (const record of records) byKind.set(record.kind, [...(byKind.get(record.kind) ?? []), record]);
  const lines = [...byKind].map(([kind, group]) => {
    const outcomes = new Map<string, number>();
    for (const record of group) outcomes.set(record.outcome, (outcomes.get(record.outcome) ?? 0) + 1);
    const latencies = group.map((record) => record.milliseconds);
    return `  ${kind}: ${group.length} (${[...outcomes].map(([outcome, count]) => `${outcome} ${count}`).join(', ')}); p50 ${percentile(latencies, 0.5)} ms, p95 ${percentile(latencies, 0.95)} ms, max ${percentile(latencies, 1)} ms`;
  });
  console.log(`[soak ${dialect}] ${records.length} requests from ${CLIENTS} clients in ${runMilliseconds} ms (${Math.round((records.length / runMilliseconds) * 1000)}/s):\n${lines.join('\n')}`);
}
