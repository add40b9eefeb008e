import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * The social forces (README, "Social forces"), through the public interface on every database: the needs
 * list's validation, its lifecycle table and version checks, jurisdiction and personal data on every read
 * path, and flat statement counts.
 */
describe.each(DIALECTS)('social forces on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  let s1NoPii: string;
  let s2Key: string;
  let c2Key: string;

  async function ok<T = any>(query: string, variables?: Record<string, unknown>, credential?: string): Promise<T> {
    const response = await server.graphql(query, variables, credential);
    expect(response.errors, query).toBeUndefined();
    return response.data as T;
  }

  async function raise(fields: string, credential?: string) {
    const response = await server.graphql(`mutation { raiseNeed(input: { ${fields} }) { id code status version community { code } grid { code } } }`, undefined, credential);
    if (!response.errors) ids[response.data!.raiseNeed.code] = response.data!.raiseNeed.id;
    return response;
  }

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT });
    const organizations = await ok('{ organizations(first: 100) { nodes { id code } } grids(first: 100) { nodes { id code } } people(first: 100) { nodes { id code } } }');
    for (const list of Object.values(organizations) as { nodes: { id: string; code: string }[] }[]) for (const node of list.nodes) ids[node.code] = node.id;
    s1NoPii = await server.createKey({ role: 'editor', scopeCode: 'S1', pii: false });
    s2Key = await server.createKey({ role: 'editor', scopeCode: 'S2', pii: true });
    c2Key = await server.createKey({ role: 'editor', scopeCode: 'C2', pii: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses malformed needs with BAD_USER_INPUT naming the field, and needs outside the jurisdiction', async () => {
    const cases: [string, string][] = [
      [`code: "X1", kind: GOODS, title: "Wheelchair", gridId: "${ids['C1-G1']}", householdRef: "13800138000"`, 'input.householdRef'],
      [`code: "X2", kind: GOODS, title: "Wheelchair", gridId: "${ids['C1-G1']}", householdRef: "王秀兰"`, 'input.householdRef'],
      [`code: "X3", kind: GOODS, title: "Wheelchair", communityId: "${ids.S1}"`, 'input.communityId'],
      [`code: "X4", kind: GOODS, title: "Wheelchair"`, 'input.communityId'],
      [`code: "X5", kind: GOODS, title: "  ", communityId: "${ids.C1}"`, 'input.title'],
      [`code: "X6", kind: GOODS, title: "Wheelchair", gridId: "${ids['C1-G1']}", communityId: "${ids.C2}"`, 'input.communityId'],
      [`code: "X 7", kind: GOODS, title: "Wheelchair", communityId: "${ids.C1}"`, 'input.code'],
    ];
    for (const [fields, field] of cases) {
      const response = await raise(fields);
      expect(response.errors?.[0]?.extensions?.code, fields).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.field, fields).toBe(field);
    }
    const outside = await raise(`code: "X8", kind: GOODS, title: "Wheelchair", communityId: "${ids.C1}"`, s2Key);
    expect(outside.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await ok('{ needs { totalCount } }')).needs.totalCount).toBe(0);
  });

  it('follows the lifecycle table, checks versions and times, and audits every change', async () => {
    const n1 = await raise(`code: "N1", kind: MICRO_WISH, title: "School bag for a child", category: "children", gridId: "${ids['C1-G1']}", raisedAt: "2026-03-02T08:00:00Z", householdRef: "H-0001"`);
    expect(n1.errors).toBeUndefined();
    expect(n1.data!.raiseNeed).toMatchObject({ status: 'OPEN', version: 1, community: { code: 'C1' }, grid: { code: 'C1-G1' } });
    const step = (name: string, fields: string) => server.graphql(`mutation { ${name}(input: { ${fields} }) { status version claimedAt fulfilledAt expiredAt claimedByOrganization { code } } }`);
    expect((await step('fulfilNeed', `id: "${ids.N1}"`)).errors?.[0]?.message).toBe('Need N1 is OPEN: FULFIL is not allowed from OPEN (only from CLAIMED). Allowed from OPEN: CLAIM, EXPIRE.');
    const both = await step('claimNeed', `id: "${ids.N1}", organizationId: "${ids.E1}", personId: "${ids.P1}"`);
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organizationId' });
    expect((await step('claimNeed', `id: "${ids.N1}"`)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organizationId' });
    expect((await step('claimNeed', `id: "${ids.N1}", expectedVersion: 7, organizationId: "${ids.E1}", at: "2026-03-02T20:00:00Z"`)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const early = await step('claimNeed', `id: "${ids.N1}", organizationId: "${ids.E1}", at: "2026-03-01T20:00:00Z"`);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.at' });
    expect(early.errors?.[0]?.message).toContain('before it was raised');
    const claimed = await step('claimNeed', `id: "${ids.N1}", expectedVersion: 1, organizationId: "${ids.E1}", at: "2026-03-02T20:00:00Z"`);
    expect(claimed.data!.claimNeed).toEqual({ status: 'CLAIMED', version: 2, claimedAt: '2026-03-02T20:00:00.000Z', fulfilledAt: null, expiredAt: null, claimedByOrganization: { code: 'E1' } });
    expect((await step('claimNeed', `id: "${ids.N1}", organizationId: "${ids.U1}", at: "2026-03-03T20:00:00Z"`)).errors?.[0]?.message).toBe(
      'Need N1 is CLAIMED: CLAIM is not allowed from CLAIMED (only from OPEN). Allowed from CLAIMED: FULFIL, EXPIRE.',
    );
    const fulfilled = await step('fulfilNeed', `id: "${ids.N1}", expectedVersion: 2, at: "2026-03-05T10:00:00Z"`);
    expect(fulfilled.data!.fulfilNeed).toMatchObject({ status: 'FULFILLED', version: 3, fulfilledAt: '2026-03-05T10:00:00.000Z' });
    expect((await step('expireNeed', `id: "${ids.N1}"`)).errors?.[0]?.message).toBe('Need N1 is FULFILLED: EXPIRE is not allowed from FULFILLED (only from OPEN, CLAIMED). Allowed from FULFILLED: nothing (final).');

    await raise(`code: "N2", kind: SERVICE, title: "Fix a leaking tap", communityId: "${ids.C1}", raisedAt: "2026-03-03T08:00:00Z"`);
    expect((await step('claimNeed', `id: "${ids.N2}", personId: "${ids.P1}", at: "2026-03-04T08:00:00Z"`)).data!.claimNeed).toMatchObject({ status: 'CLAIMED', claimedByOrganization: null });
    expect((await step('expireNeed', `id: "${ids.N2}", at: "2026-03-03T09:00:00Z"`)).errors?.[0]?.message).toContain('before it was claimed');
    expect((await step('expireNeed', `id: "${ids.N2}", at: "2026-04-01T00:00:00Z"`)).data!.expireNeed).toMatchObject({ status: 'EXPIRED', version: 3 });
    const audit = await ok('{ auditLog(first: 100, filter: { entityType: "Need" }) { totalCount } }');
    expect(audit.auditLog.totalCount).toBe(6);
  });

  it('shows each credential only its jurisdiction on every read path, and masks personal data', async () => {
    await raise(`code: "N3", kind: PROJECT, title: "A ramp at building 3", communityId: "${ids.C2}", raisedAt: "2026-03-10T08:00:00Z"`);
    const list = '{ needs(first: 50) { totalCount nodes { code householdRef claimedByPerson { name } } } }';
    const s2 = await ok(list, undefined, s2Key);
    expect(s2.needs).toEqual({ totalCount: 0, nodes: [] });
    expect(await ok(`{ need(code: "N1") { id } n: node(id: "${ids.N1}") { id } }`, undefined, s2Key)).toEqual({ need: null, n: null });
    expect((await server.graphql(`mutation { expireNeed(input: { id: "${ids.N3}" }) { status } }`, undefined, s2Key)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const c2 = await ok(list, undefined, c2Key);
    expect(c2.needs.nodes.map((node: { code: string }) => node.code)).toEqual(['N3']);
    expect(await ok(`{ need(code: "N2") { id } n: node(id: "${ids.N2}") { id } }`, undefined, c2Key)).toEqual({ need: null, n: null });
    // Without the pii right: no household, the claiming person's name masked.
    const s1 = await ok(list, undefined, s1NoPii);
    expect(s1.needs).toEqual({
      totalCount: 3,
      nodes: [
        { code: 'N1', householdRef: null, claimedByPerson: null },
        { code: 'N2', householdRef: null, claimedByPerson: { name: '王**' } },
        { code: 'N3', householdRef: null, claimedByPerson: null },
      ],
    });
    const admin = await ok(list);
    expect(admin.needs.nodes.slice(0, 2)).toEqual([
      { code: 'N1', householdRef: 'H-0001', claimedByPerson: null },
      { code: 'N2', householdRef: null, claimedByPerson: { name: '王秀兰' } },
    ]);
    const codes = (data: { nodes: { code: string }[] }) => data.nodes.map((node) => node.code);
    const filtered = await ok(`{
      a: needs(filter: { under: "${ids.C1}" }) { nodes { code } }
      b: needs(filter: { grid: "${ids['C1-G1']}" }) { nodes { code } }
      c: needs(filter: { claimedBy: "${ids.E1}" }) { nodes { code } }
      d: needs(filter: { statuses: [OPEN, EXPIRED] }) { nodes { code } }
      e: needs(filter: { kinds: [PROJECT, SERVICE] }) { nodes { code } }
      f: needs(filter: { raisedFrom: "2026-03-03", raisedTo: "2026-03-10" }) { nodes { code } }
      g: needs(first: 1, filter: { under: "${ids.S1}" }) { totalCount nodes { code } pageInfo { hasNextPage } } }`);
    expect([filtered.a, filtered.b, filtered.c, filtered.d, filtered.e, filtered.f].map(codes)).toEqual([['N1', 'N2'], ['N1'], ['N1'], ['N2', 'N3'], ['N2', 'N3'], ['N2']]);
    expect(filtered.g).toEqual({ totalCount: 3, nodes: [{ code: 'N1' }], pageInfo: { hasNextPage: true } });
  });

  it('reads needs in as many statements for many as for few', async () => {
    const page = '{ needs(first: 50) { totalCount nodes { code community { code } grid { code } claimedByOrganization { code } claimedByPerson { name } } } }';
    const raiseAndClaim = async (index: number) => {
      const made = await raise(`code: "M${index}", kind: GOODS, title: "Winter coat ${index}", ${index % 2 ? `gridId: "${ids['C1-G2']}"` : `communityId: "${ids.C2}"`}, raisedAt: "2026-03-1${index}T08:00:00Z"`);
      const claimer = index % 3 === 0 ? `personId: "${ids[`P${1 + (index % 3)}`]}"` : `organizationId: "${ids[index % 3 === 1 ? 'U1' : 'EP1']}"`;
      expect((await server.graphql(`mutation { claimNeed(input: { id: "${made.data!.raiseNeed.id}", ${claimer}, at: "2026-03-2${index}T08:00:00Z" }) { status } }`)).errors).toBeUndefined();
    };
    // The few already hold every kind of relation the page reads (a person's claim among them), so that
    // the many differ from them in number only: a kind of row seen for the first time is one more batch.
    for (const index of [0, 1, 2]) await raiseAndClaim(index);
    await server.graphql(page, undefined, s1NoPii);
    const before = await server.graphql(page, undefined, s1NoPii);
    expect(before.errors).toBeUndefined();
    for (const index of [3, 4, 5, 6, 7, 8]) await raiseAndClaim(index);
    const after = await server.graphql(page, undefined, s1NoPii);
    expect(after.errors).toBeUndefined();
    expect(after.data!.needs.totalCount).toBe(before.data!.needs.totalCount + 6);
    // Exactly as many: the loaders' batches go in waves, one per level of the query (db/loader-family.ts), so that a
    // relation never splits over two batches however the database orders its answers.
    expect(after.extensions?.diagnostics?.sqlStatements).toBe(before.extensions!.diagnostics!.sqlStatements);
  });
  it('records activities, participations and member reports, refusing what does not fit', async () => {
    const create = (fields: string, credential?: string) => server.graphql(`mutation { createActivity(input: { ${fields} }) { id code lengthHours organiser { code } partners { code } community { code } grid { code } need { code } } }`, undefined, credential);
    const bad: [string, string][] = [
      [`code: "AX1", title: "Tea", kind: CHARITY, organiserId: "${ids.C1}", communityId: "${ids.C1}", startsAt: "2026-03-07T12:00:00Z", endsAt: "2026-03-07T09:00:00Z"`, 'input.endsAt'],
      [`code: "AX2", title: "Tea", kind: CHARITY, organiserId: "${ids.C1}", partnerIds: ["${ids.C1}"], communityId: "${ids.C1}", startsAt: "2026-03-07T09:00:00Z", endsAt: "2026-03-07T12:00:00Z"`, 'input.partnerIds'],
      [`code: "AX3", title: "Tea", kind: CHARITY, organiserId: "${ids.C1}", communityId: "${ids.S1}", startsAt: "2026-03-07T09:00:00Z", endsAt: "2026-03-07T12:00:00Z"`, 'input.communityId'],
      [`code: "AX4", title: "Tea", kind: CHARITY, organiserId: "${ids.C1}", communityId: "${ids.C1}", startsAt: "2026-03-07T09:00:00Z", endsAt: "2026-03-07T12:00:00Z", beneficiaries: -1`, 'input.beneficiaries'],
    ];
    for (const [fields, field] of bad) expect((await create(fields)).errors?.[0]?.extensions, fields).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const a1 = await create(`code: "A1", title: "Fix bikes", kind: VOLUNTEER_SERVICE, organiserId: "${ids.C1}", partnerIds: ["${ids.U1}", "${ids.E1}"], gridId: "${ids['C1-G1']}", startsAt: "2026-03-07T09:00:00Z", endsAt: "2026-03-07T12:00:00Z", beneficiaries: 40, needId: "${ids.N1}"`);
    expect(a1.errors).toBeUndefined();
    ids.A1 = a1.data!.createActivity.id;
    expect(a1.data!.createActivity).toMatchObject({ lengthHours: 3, organiser: { code: 'C1' }, community: { code: 'C1' }, grid: { code: 'C1-G1' }, need: { code: 'N1' } });
    expect(a1.data!.createActivity.partners.map((p: { code: string }) => p.code).sort()).toEqual(['E1', 'U1']);
    const a2 = await create(`code: "A2", title: "Patrol", kind: PATROL, organiserId: "${ids.C2}", communityId: "${ids.C2}", startsAt: "2026-03-08T19:00:00Z", endsAt: "2026-03-08T21:00:00Z"`);
    ids.A2 = a2.data!.createActivity.id;
    expect((await create(`code: "A3", title: "Patrol", kind: PATROL, organiserId: "${ids.C1}", communityId: "${ids.C1}", startsAt: "2026-03-08T19:00:00Z", endsAt: "2026-03-08T21:00:00Z"`, c2Key)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const take = (fields: string) => server.graphql(`mutation { recordParticipation(input: { ${fields} }) { id code hours day role onBehalfOf { code } verifiedBy { code } } }`);
    expect((await take(`activityId: "${ids.A1}", personId: "${ids.P1}", role: IN_SERVICE_MEMBER, hours: 0`)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.hours' });
    const long = await take(`activityId: "${ids.A1}", personId: "${ids.P1}", role: IN_SERVICE_MEMBER, hours: 3.5`);
    expect(long.errors?.[0]?.message).toBe('Activity A1 lasts 3 h: 3.5 h is more than that.');
    const p1 = await take(`activityId: "${ids.A1}", personId: "${ids.P1}", role: IN_SERVICE_MEMBER, hours: 3, onBehalfOfId: "${ids.U1}", verifiedById: "${ids.C1}"`);
    expect(p1.data!.recordParticipation).toMatchObject({ code: 'A1-P1', hours: 3, day: '2026-03-07', onBehalfOf: { code: 'U1' }, verifiedBy: { code: 'C1' } });
    ids['A1-P1'] = p1.data!.recordParticipation.id;
    expect((await take(`activityId: "${ids.A1}", personId: "${ids.P1}", role: IN_SERVICE_MEMBER, hours: 1`)).errors?.[0]?.message).toContain('already recorded (A1-P1)');
    expect((await take(`activityId: "${ids.A1}", personId: "${ids.P2}", role: RESIDENT_VOLUNTEER, hours: 2.5`)).errors).toBeUndefined();
    expect((await take(`activityId: "${ids.A2}", personId: "${ids.P3}", role: WORKER, hours: 2`)).errors).toBeUndefined();

    const report = (fields: string) => server.graphql(`mutation { registerMemberReport(input: { ${fields} }) { id code since until homeUnit { code } community { code } } }`);
    expect((await report(`code: "MRX", personId: "${ids.P3}", homeUnitId: "${ids.U1}", communityId: "${ids.C1}", since: "2026-01-01"`)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.personId' });
    expect((await report(`code: "MRX", personId: "${ids.P1}", homeUnitId: "${ids.U1}", communityId: "${ids.S1}", since: "2026-01-01"`)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.communityId' });
    expect((await report(`code: "MRX", personId: "${ids.P1}", homeUnitId: "${ids.U1}", communityId: "${ids.C1}", since: "2026-01-01", until: "2025-01-01"`)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.until' });
    expect((await report(`code: "MR1", personId: "${ids.P1}", homeUnitId: "${ids.U1}", communityId: "${ids.C1}", since: "2026-01-01"`)).errors).toBeUndefined();
    expect((await report(`code: "MR2", personId: "${ids.P2}", homeUnitId: "${ids.E1}", communityId: "${ids.C2}", since: "2026-01-01", until: "2027-01-01"`)).errors).toBeUndefined();
    const overlap = await report(`code: "MRX", personId: "${ids.P1}", homeUnitId: "${ids.E1}", communityId: "${ids.C1}", since: "2026-06-01"`);
    expect(overlap.errors?.[0]?.message).toBe('Member report MRX: the person already reports to C1 over that period (MR1, 2026-01-01 – open); a member reports to one community at a time.');
    const audit = await ok('{ a: auditLog(first: 1, filter: { entityType: "Activity" }) { totalCount } p: auditLog(first: 1, filter: { entityType: "Participation" }) { totalCount } m: auditLog(first: 1, filter: { entityType: "MemberReport" }) { totalCount } }');
    expect([audit.a.totalCount, audit.p.totalCount, audit.m.totalCount]).toEqual([2, 3, 2]);
  });

  it('shows activities, participations and member reports only within the jurisdiction, with people masked', async () => {
    const reads = `{ activities(first: 20) { totalCount nodes { code } } memberReports(first: 20) { totalCount nodes { code person { name } } }
      a1: activity(code: "A1") { code participations(first: 10) { totalCount nodes { code hours person { name } } } } n: node(id: "${ids['A1-P1']}") { id } }`;
    const c2 = await ok(reads, undefined, c2Key);
    expect(c2.activities.nodes).toEqual([{ code: 'A2' }]);
    expect(c2.memberReports.nodes.map((node: { code: string }) => node.code)).toEqual(['MR2']);
    expect([c2.a1, c2.n]).toEqual([null, null]);
    const s2 = await ok(reads, undefined, s2Key);
    expect([s2.activities.totalCount, s2.memberReports.totalCount, s2.a1, s2.n]).toEqual([0, 0, null, null]);
    const s1 = await ok(reads, undefined, s1NoPii);
    expect(s1.activities.totalCount).toBe(2);
    expect(s1.a1.participations).toEqual({ totalCount: 2, nodes: [{ code: 'A1-P1', hours: 3, person: { name: '王**' } }, { code: 'A1-P2', hours: 2.5, person: { name: '李**' } }] });
    expect(s1.memberReports.nodes[0]).toEqual({ code: 'MR1', person: { name: '王**' } });
    const admin = await ok(reads);
    expect(admin.a1.participations.nodes[0].person).toEqual({ name: '王秀兰' });
    // U1 (a root) sees the participation it was on behalf of, not the activity in C1.
    const u1Key = await server.createKey({ role: 'editor', scopeCode: 'U1', pii: true });
    const u1 = await ok(`{ n: node(id: "${ids['A1-P1']}") { id ... on Participation { activity { code } onBehalfOf { code } } } a: node(id: "${ids.A1}") { id } activities { totalCount } }`, undefined, u1Key);
    expect(u1).toEqual({ n: { id: ids['A1-P1'], activity: null, onBehalfOf: { code: 'U1' } }, a: null, activities: { totalCount: 0 } });
    const organizations = await ok('{ organizations(first: 50) { nodes { code activities(first: 10) { nodes { code } } } } }');
    const of = (code: string) => organizations.organizations.nodes.find((node: { code: string }) => node.code === code).activities.nodes.map((node: { code: string }) => node.code);
    expect([of('C1'), of('U1'), of('E1'), of('C2'), of('S1')]).toEqual([['A1'], ['A1'], ['A1'], ['A2'], []]);
    const people = await ok('{ people(first: 10) { nodes { code participations(first: 10) { nodes { code } } } } }');
    expect(people.people.nodes.map((node: { code: string; participations: { nodes: { code: string }[] } }) => [node.code, node.participations.nodes.map((n) => n.code)])).toEqual([
      ['P1', ['A1-P1']],
      ['P2', ['A1-P2']],
      ['P3', ['A2-P1']],
    ]);
    // C2 sees P3's participation in its activity; P1's in C1 is outside it.
    const c2People = await ok(`{ a: node(id: "${ids.A2}") { ... on Activity { participations { nodes { code person { code } } } } } }`, undefined, c2Key);
    expect(c2People.a.participations.nodes).toEqual([{ code: 'A2-P1', person: null }]);
    const filtered = await ok(`{ a: activities(filter: { organization: "${ids.E1}" }) { nodes { code } } b: activities(filter: { kinds: [PATROL] }) { nodes { code } } c: activities(filter: { need: "${ids.N1}" }) { nodes { code } } d: activities(filter: { from: "2026-03-08" }) { nodes { code } }
      e: memberReports(filter: { activeAt: "2027-06-01" }) { nodes { code } } f: memberReports(filter: { homeUnit: "${ids.E1}" }) { nodes { code } } }`);
    expect(Object.values(filtered).map((list: any) => list.nodes.map((node: { code: string }) => node.code))).toEqual([['A1'], ['A2'], ['A1'], ['A2'], ['MR1'], ['MR2']]);
  });

  it('reads activities, participations and member reports in as many statements for many as for few, path by path', async () => {
    // Each read path alone, and all of them in one document (the last): 17 against 20 statements before the loaders'
    // batches went in waves (db/loader-family.ts).
    const PATHS = [
      '{ activities(first: 50) { totalCount nodes { code organiser { code } partners { code } } } }',
      '{ activities(first: 50) { nodes { code community { code } grid { code } need { code } } } }',
      '{ activities(first: 50) { nodes { participations(first: 5) { totalCount nodes { code person { name } } } } } }',
      '{ activities(first: 50) { nodes { participations(first: 5) { nodes { code onBehalfOf { code } verifiedBy { code } activity { code } } } } } }',
      '{ memberReports(first: 50) { totalCount nodes { code person { name } homeUnit { code } community { code } } } }',
      '{ organizations(first: 50) { nodes { code activities(first: 3) { nodes { code } } } } }',
      '{ people(first: 50) { nodes { code participations(first: 3) { nodes { code hours } } } } }',
    ];
    PATHS.push(`{ ${PATHS.map((path, index) => path.slice(1, -1).replace(/^\s*(\w+)/, `p${index}: $1`)).join(' ')} }`);
    const measure = async () => {
      const counts: number[] = [];
      for (const path of PATHS) {
        const response = await server.graphql(path, undefined, s1NoPii);
        expect(response.errors, path).toBeUndefined();
        counts.push(response.extensions!.diagnostics!.sqlStatements as number);
      }
      return counts;
    };
    // Every shape of row (partners, participations on behalf of a unit outside the scope, reports) is there before the
    // first count; then three times as many rows of those shapes.
    const add = async (from: number, count: number) => {
      for (let index = from; index < from + count; index += 1) {
        const made = await ok(`mutation { createActivity(input: { code: "MA${index}", title: "Clean-up ${index}", kind: CO_BUILDING_PROJECT, organiserId: "${ids[index % 2 ? 'C1' : 'C2']}", partnerIds: ["${ids.EP1}"], communityId: "${ids[index % 2 ? 'C1' : 'C2']}", startsAt: "2026-04-0${index + 1}T09:00:00Z", endsAt: "2026-04-0${index + 1}T11:00:00Z" }) { id } }`);
        for (const person of ['P1', 'P2']) await ok(`mutation { recordParticipation(input: { activityId: "${made.createActivity.id}", personId: "${ids[person]}", role: RESIDENT_VOLUNTEER, hours: 1.5, onBehalfOfId: "${ids.E1}", verifiedById: "${ids.C1}" }) { id } }`);
        await ok(`mutation { registerMemberReport(input: { code: "MR-M${index}", personId: "${ids.P2}", homeUnitId: "${ids.EP1}", communityId: "${ids.C2}", since: "2027-0${index + 1}-01", until: "2027-0${index + 1}-02" }) { id } }`);
      }
    };
    await add(0, 3);
    await measure();
    const before = await measure();
    await add(3, 6);
    const after = await measure();
    expect(after).toEqual(before);
    expect((await ok('{ activities { totalCount } }', undefined, s1NoPii)).activities.totalCount).toBe(11);
  });
});
