import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROTATION_DISTRICT } from './fixtures/rotation-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * Rotation and vacancy (README, "Rotation and vacancy") through the public interface on every database:
 * end reasons on posts, derived transitions, vacancies and the two indicators against the hand-worked
 * figures of test/fixtures/rotation-district.ts, jurisdiction and masking on every read path, and flat
 * statement counts.
 */
describe.each(DIALECTS)('rotation and vacancy on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  let s1NoPii: string;
  let s2Key: string;
  let editor: string;

  async function ok<T = any>(query: string, variables?: Record<string, unknown>, credential?: string): Promise<T> {
    const response = await server.graphql(query, variables, credential);
    expect(response.errors, query).toBeUndefined();
    return response.data as T;
  }

  const TRANSITIONS = `query T($scope: ID!, $kinds: [PostTransitionKind!], $first: Int, $after: String) {
    postTransitions(scope: $scope, from: "2024-01-01", to: "2025-01-01", kinds: $kinds, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { kind leftOn daysBetween endReason fromPost { code } toPost { code } toOrganization { code } person { name phone } }
    }
  }`;

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: ROTATION_DISTRICT });
    const all = await ok('{ organizations(first: 100) { nodes { id code } } people(first: 100) { nodes { id code } } }');
    for (const list of Object.values(all) as { nodes: { id: string; code: string }[] }[]) for (const node of list.nodes) ids[node.code] = node.id;
    s1NoPii = await server.createKey({ role: 'editor', scopeCode: 'S1', pii: false });
    s2Key = await server.createKey({ role: 'editor', scopeCode: 'S2', pii: true });
    editor = await server.createKey({ role: 'editor' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('derives the transitions of 2024 by hand: two exchanges, a promotion, a move, an exit', async () => {
    const data = await ok(TRANSITIONS, { scope: 'D' });
    expect(data.postTransitions.totalCount).toBe(5);
    expect(data.postTransitions.nodes.map((node: any) => [node.fromPost.code, node.kind, node.leftOn, node.daysBetween, node.endReason, node.toPost?.code ?? null, node.toOrganization?.code ?? null])).toEqual([
      ['A1', 'EXCHANGE', '2024-03-01', 0, 'ROTATION', 'A2', 'RC1'],
      ['B1', 'EXCHANGE', '2024-03-01', 0, 'ROTATION', 'B2', 'C1'],
      ['F1', 'PROMOTION', '2024-05-01', 0, 'ELECTION', 'F2', 'S1'],
      ['D1', 'MOVE_ACROSS_COMMUNITIES', '2024-07-01', 10, 'ROTATION', 'D2', 'C3'],
      ['E1', 'EXIT', '2024-10-01', null, 'RESIGNATION', null, null],
    ]);
    expect(data.postTransitions.nodes[0].person).toEqual({ name: '王秀兰', phone: '10000000001' });
    // G left C1 in 2023: outside the period.
    const earlier = await ok(`{ postTransitions(scope: "D", from: "2023-01-01", to: "2024-01-01") { totalCount nodes { kind fromPost { code } } } }`);
    expect(earlier.postTransitions).toEqual({ totalCount: 1, nodes: [{ kind: 'EXIT', fromPost: { code: 'G1' } }] });
  });

  it('filters transitions by kind and pages them', async () => {
    const exchanges = await ok(TRANSITIONS, { scope: 'D', kinds: ['EXCHANGE', 'EXIT'], first: 2 });
    expect(exchanges.postTransitions.totalCount).toBe(3);
    expect(exchanges.postTransitions.pageInfo.hasNextPage).toBe(true);
    expect(exchanges.postTransitions.nodes.map((node: any) => node.fromPost.code)).toEqual(['A1', 'B1']);
    const next = await ok(TRANSITIONS, { scope: 'D', kinds: ['EXCHANGE', 'EXIT'], first: 2, after: exchanges.postTransitions.pageInfo.endCursor });
    expect(next.postTransitions.nodes.map((node: any) => node.fromPost.code)).toEqual(['E1']);
    expect(next.postTransitions.totalCount).toBe(3);
    const bad = await server.graphql(`{ postTransitions(scope: "D", from: "2024-01-01", to: "2024-01-01") { totalCount } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('lists vacancies on a date, with the seats of each committee', async () => {
    const VACANCIES = `query V($on: Date) { vacancies(scope: "D", on: $on) { on totalCount seats vacantSeats nodes { organization { code } seats filled vacant } } }`;
    const june = await ok(VACANCIES, { on: '2024-06-01' });
    expect(june.vacancies).toEqual({
      on: '2024-06-01',
      totalCount: 4,
      seats: 10,
      vacantSeats: 4,
      nodes: [
        { organization: { code: 'C1' }, seats: 3, filled: 2, vacant: 1 },
        { organization: { code: 'C2' }, seats: 2, filled: 1, vacant: 1 },
        { organization: { code: 'C3' }, seats: 2, filled: 1, vacant: 1 },
        { organization: { code: 'RC1' }, seats: 3, filled: 2, vacant: 1 },
      ],
    });
    const year = await ok(VACANCIES, { on: '2025-01-01' });
    expect(year.vacancies.nodes.map((node: any) => [node.organization.code, node.vacant])).toEqual([['C1', 1], ['C2', 2], ['RC1', 2]]);
    expect(year.vacancies).toMatchObject({ totalCount: 3, seats: 10, vacantSeats: 5 });
    const fields = await ok(`{ organizations(first: 20) { nodes { code seats vacantSeats(on: "2025-01-01") } } }`);
    const byCode = Object.fromEntries(fields.organizations.nodes.map((node: any) => [node.code, [node.seats, node.vacantSeats]]));
    expect(byCode).toMatchObject({ C1: [3, 1], RC1: [3, 2], C2: [2, 2], C3: [2, 0], S1: [null, null], D: [null, null] });
  });

  it('computes rotation rate and vacancy days of 2024 by hand, whole, by community and by subdistrict', async () => {
    const whole = await ok(`{ rotationIndicators(scope: "D", from: "2024-01-01", to: "2025-01-01") { groupBy groups { organization { code } rotationRate { numerator denominator value } vacancyDays { numerator denominator } } } }`);
    expect(whole.rotationIndicators.groups).toEqual([{ organization: null, rotationRate: { numerator: 4, denominator: 6, value: 4 / 6 }, vacancyDays: { numerator: 1476, denominator: 3660 } }]);
    const shape = (data: any) => data.rotationIndicators.groups.map((group: any) => [group.organization.code, group.rotationRate.numerator, group.rotationRate.denominator, group.vacancyDays.numerator, group.vacancyDays.denominator]);
    const communities = await ok(`{ rotationIndicators(scope: "D", from: "2024-01-01", to: "2025-01-01", groupBy: COMMUNITY) { groups { organization { code } rotationRate { numerator denominator } vacancyDays { numerator denominator } } } }`);
    expect(shape(communities)).toEqual([
      ['C1', 2, 4, 824, 2196],
      ['C2', 2, 2, 429, 732],
      ['C3', 0, 0, 223, 732],
    ]);
    const subdistricts = await ok(`{ rotationIndicators(scope: "D", from: "2024-01-01", to: "2025-01-01", groupBy: SUBDISTRICT) { groups { organization { code } rotationRate { numerator denominator } vacancyDays { numerator denominator } } } }`);
    expect(shape(subdistricts)).toEqual([
      ['S1', 4, 6, 1253, 2928],
      ['S2', 0, 0, 223, 732],
    ]);
  });

  it('trends rotation rate by quarter and vacancy days by year', async () => {
    const rotation = await ok(`{ indicatorTrend(indicator: ROTATION_RATE, scope: "D", from: "2024-01-01", to: "2024-12-31", interval: QUARTER) { points { date numerator denominator } } }`);
    expect(rotation.indicatorTrend.points).toEqual([
      { date: '2024-03-31', numerator: 2, denominator: 6 },
      { date: '2024-06-30', numerator: 1, denominator: 7 },
      { date: '2024-09-30', numerator: 0, denominator: 5 },
      { date: '2024-12-31', numerator: 0, denominator: 5 },
    ]);
    const vacancy = await ok(`{ indicatorTrend(indicator: VACANCY_DAYS, scope: "D", from: "2024-01-01", to: "2024-12-31", interval: YEAR) { points { date numerator denominator } } }`);
    expect(vacancy.indicatorTrend.points).toEqual([{ date: '2024-12-31', numerator: 1476, denominator: 3660 }]);
  });

  it('keeps every read path inside the jurisdiction and masks personal data without the pii right', async () => {
    const s1 = await ok(TRANSITIONS, { scope: 'S1' }, s1NoPii);
    const move = s1.postTransitions.nodes.find((node: any) => node.fromPost.code === 'D1');
    // The next post lies in S2: not shown; where it went, only in short.
    expect(move).toMatchObject({ kind: 'MOVE_ACROSS_COMMUNITIES', toPost: null, toOrganization: { code: 'C3' } });
    expect(s1.postTransitions.nodes[0].person).toEqual({ name: '王**', phone: null });
    for (const query of [
      `{ postTransitions(scope: "S1", from: "2024-01-01", to: "2025-01-01") { totalCount } }`,
      `{ vacancies(scope: "D", on: "2024-06-01") { totalCount } }`,
      `{ rotationIndicators(scope: "S1", from: "2024-01-01", to: "2025-01-01") { groups { vacancyDays { value } } } }`,
      `{ indicatorTrend(indicator: VACANCY_DAYS, scope: "S1", from: "2024-01-01", to: "2024-12-31", interval: YEAR) { points { value } } }`,
    ]) {
      expect((await server.graphql(query, undefined, s2Key)).errors?.[0]?.extensions?.code, query).toBe('NOT_FOUND');
    }
    const own = await ok(`{ vacancies(scope: "S2", on: "2024-06-01") { totalCount seats nodes { organization { code } } } postTransitions(scope: "S2", from: "2024-01-01", to: "2025-01-01") { totalCount } }`, undefined, s2Key);
    expect(own).toEqual({ vacancies: { totalCount: 1, seats: 2, nodes: [{ organization: { code: 'C3' } }] }, postTransitions: { totalCount: 0 } });
    // Seats and vacant seats: on the organizations of the jurisdiction; outside it (a transition's next organization) refused.
    const seats = await ok(`{ organizations(first: 50) { nodes { code seats vacantSeats(on: "2025-01-01") } } }`, undefined, s2Key);
    expect(seats.organizations.nodes).toEqual([
      { code: 'C3', seats: 2, vacantSeats: 0 },
      { code: 'S2', seats: null, vacantSeats: null },
    ]);
    const beyond = await server.graphql(`{ postTransitions(scope: "S1", from: "2024-07-01", to: "2024-07-02") { nodes { toOrganization { code vacantSeats(on: "2025-01-01") } } } }`, undefined, s1NoPii);
    expect(beyond.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(beyond.data?.postTransitions.nodes).toEqual([{ toOrganization: { code: 'C3', vacantSeats: null } }]);
    const ratios = await ok(`{ rotationIndicators(scope: "S2", from: "2024-01-01", to: "2025-01-01") { groups { rotationRate { denominator } vacancyDays { numerator denominator } } } }`, undefined, s2Key);
    expect(ratios.rotationIndicators.groups).toEqual([{ rotationRate: { denominator: 0 }, vacancyDays: { numerator: 223, denominator: 732 } }]);
  });

  it('ends posts with a reason, refusing a reason without an end, and records it in the audit log', async () => {
    const refused = await server.graphql(
      `mutation A($input: AppointPersonInput!) { appointPerson(input: $input) { code } }`,
      { input: { code: 'X1', personId: ids.PE, organizationId: ids.C2, role: 'MEMBER', startDate: '2025-01-01', endReason: 'ROTATION' } },
      editor,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endReason' });
    const unknown = await server.graphql(`mutation E($input: EndPostInput!) { endPost(input: $input) { code } }`, { input: { id: ids.PE, endReason: 'RETIRED' } }, editor);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const appointed = await ok(`mutation A($input: AppointPersonInput!) { appointPerson(input: $input) { id code version endReason } }`, { input: { code: 'E2', personId: ids.PE, organizationId: ids.C2, role: 'MEMBER', startDate: '2025-01-01' } }, editor);
    expect(appointed.appointPerson.endReason).toBeNull();
    const ended = await ok(
      `mutation E($input: EndPostInput!) { endPost(input: $input) { code endDate endReason version } }`,
      { input: { id: appointed.appointPerson.id, endDate: '2025-06-01', endReason: 'DISMISSAL', expectedVersion: appointed.appointPerson.version } },
      editor,
    );
    expect(ended.endPost).toEqual({ code: 'E2', endDate: '2025-06-01', endReason: 'DISMISSAL', version: 2 });
    const log = await ok(`query L($filter: AuditFilter) { auditLog(filter: $filter, first: 5) { nodes { operation before after } } }`, { filter: { entity: appointed.appointPerson.id } });
    expect(log.auditLog.nodes[0]).toMatchObject({ operation: 'endPost', before: expect.objectContaining({ endReason: null }), after: expect.objectContaining({ endReason: 'DISMISSAL' }) });
    const transitions = await ok(`{ postTransitions(scope: "C2", from: "2025-01-01", to: "2026-01-01") { nodes { kind endReason fromPost { code } } } }`);
    expect(transitions.postTransitions.nodes).toEqual([{ kind: 'EXIT', endReason: 'DISMISSAL', fromPost: { code: 'E2' } }]);
  });

  it('records committee seats, versioned and audited, refusing what is not a committee or not a number of seats', async () => {
    const SET = `mutation S($input: SetCommitteeSeatsInput!) { setCommitteeSeats(input: $input) { code seats version } }`;
    const notCommittee = await server.graphql(SET, { input: { organizationId: ids.S1, seats: 3 } }, editor);
    expect(notCommittee.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organizationId' });
    const zero = await server.graphql(SET, { input: { organizationId: ids.C3, seats: 0 } }, editor);
    expect(zero.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.seats' });
    const stale = await server.graphql(SET, { input: { organizationId: ids.C3, seats: 4, expectedVersion: 99 } }, editor);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const outside = await server.graphql(SET, { input: { organizationId: ids.C1, seats: 4 } }, s2Key);
    expect(outside.errors?.[0]?.extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
    const set = await ok(SET, { input: { organizationId: ids.C3, seats: 4 } }, editor);
    expect(set.setCommitteeSeats.seats).toBe(4);
    const log = await ok(`query L($filter: AuditFilter) { auditLog(filter: $filter, first: 5) { nodes { operation after } } }`, { filter: { entity: ids.C3 } });
    expect(log.auditLog.nodes[0]).toMatchObject({ operation: 'setCommitteeSeats', after: expect.objectContaining({ seats: 4 }) });
    const reset = await ok(SET, { input: { organizationId: ids.C3, seats: null } }, editor);
    expect(reset.setCommitteeSeats.seats).toBe(5);
    await ok(SET, { input: { organizationId: ids.C3, seats: 2 } }, editor);
  });

  it('imports end reasons and seats, refusing a reason without an end and seats outside a committee', async () => {
    const IMPORT = `mutation I($dataset: JSONObject!) { importDataset(dataset: $dataset) { posts { created } } }`;
    const withoutEnd = await server.graphql(IMPORT, { dataset: { posts: [{ code: 'Y1', personCode: 'PE', organizationCode: 'C2', role: 'MEMBER', startDate: '2025-01-01', endReason: 'ROTATION' }] } });
    expect(withoutEnd.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(withoutEnd.errors?.[0]?.message).toMatch(/Y1/);
    const badReason = await server.graphql(IMPORT, { dataset: { posts: [{ code: 'Y2', personCode: 'PE', organizationCode: 'C2', role: 'MEMBER', startDate: '2025-01-01', endDate: '2025-02-01', endReason: 'RETIRED' }] } });
    expect(badReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const seats = await server.graphql(IMPORT, { dataset: { organizations: [{ code: 'S9', name: 'X', kind: 'SUBDISTRICT_PARTY_WORKING_COMMITTEE', parentCode: 'D', foundedOn: '2000-01-01', seats: 3 }] } });
    expect(seats.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(seats.errors?.[0]?.message).toMatch(/seats/);
    expect((await ok(`{ post: node(id: "${ids.PE}") { id } organization(code: "S9") { id } }`)).organization).toBeNull();
  });

  it('reads transitions, vacancies and indicators in as many statements for many as for few', async () => {
    const page = `{ postTransitions(scope: "D", from: "2020-01-01", to: "2030-01-01", first: 100) { totalCount nodes { kind endReason fromPost { code organization { code } } toPost { code } toOrganization { code } person { name } } }
      vacancies(scope: "D", on: "2027-06-01") { totalCount nodes { organization { code seats vacantSeats(on: "2027-06-01") } } }
      organizations(first: 50) { nodes { seats vacantSeats(on: "2027-06-01") } }
      rotationIndicators(scope: "D", from: "2027-01-01", to: "2028-01-01", groupBy: COMMUNITY) { groups { organization { code } rotationRate { value } vacancyDays { value } } }
      indicatorTrend(indicator: VACANCY_DAYS, scope: "D", from: "2026-01-01", to: "2028-12-31", interval: MONTH) { points { value } } }`;
    await ok(page);
    const before = await server.graphql(page);
    // Twelve more people who leave one committee for another (more transitions, posts and vacancies).
    for (let index = 0; index < 12; index += 1) {
      const person = await ok(`mutation { createPerson(input: { code: "M${index}", name: "周${index}" }) { id } }`, undefined, editor);
      const [from, to] = index % 2 ? [ids.C1, ids.RC1] : [ids.C2, ids.C3];
      const first = await ok(`mutation { appointPerson(input: { code: "M${index}A", personId: "${person.createPerson.id}", organizationId: "${from}", role: MEMBER, startDate: "2026-01-01" }) { id } }`, undefined, editor);
      await ok(`mutation { endPost(input: { id: "${first.appointPerson.id}", endDate: "2027-0${1 + (index % 9)}-01", endReason: ROTATION }) { id } }`, undefined, editor);
      if (index % 3) await ok(`mutation { appointPerson(input: { code: "M${index}B", personId: "${person.createPerson.id}", organizationId: "${to}", role: MEMBER, startDate: "2027-0${1 + (index % 9)}-15" }) { id } }`, undefined, editor);
    }
    const after = await server.graphql(page);
    expect(after.errors).toBeUndefined();
    expect(after.data!.postTransitions.totalCount).toBeGreaterThan(before.data!.postTransitions.totalCount + 10);
    // Not more with more posts (15 on both databases with few; on SQLite one batch sometimes joins another, 14).
    expect(after.extensions?.diagnostics?.sqlStatements).toBeLessThanOrEqual(before.extensions!.diagnostics!.sqlStatements);
    expect(after.extensions?.diagnostics?.sqlStatements).toBeLessThanOrEqual(15);
  });
});
