import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { after, CASE_INDICATOR_DISTRICT, manySummonedUnits, moreCases } from './fixtures/case-indicator-district.js';
import { DIALECTS } from './helpers/databases.js';
import { expectDerivedMatchEvents } from './helpers/derived-cases.js';
import { KEY_LOOKUP, startTestServer, type TestServer } from './helpers/server.js';

const RATIO = 'numerator denominator value';
/** Units summoned by one whistle in the statement-count test: more than the 5,000 keys a loader's batch held. */
const MANY_UNITS = 5_001;
const STATS = 'count mean median p90';

/** Every figure of a group. */
const GROUP = `
  organization { code } grid { code } category { code } channel urgency
  cases belowMinimumSample rank
  responseRate { ${RATIO} } resolutionRate { ${RATIO} } handlerResolutionRate { ${RATIO} }
  satisfactionRate { ${RATIO} } callbackRate { ${RATIO} } onTimeClosureRate { ${RATIO} }
  reopenRate { ${RATIO} } escalationRate { ${RATIO} } returnRate { ${RATIO} }
  returnPaths { from { code } to { code } returns }
  timeToFirstResponse { ${STATS} } timeToReply { ${STATS} } timeToClose { ${STATS} } hopStats { ${STATS} }
  unitReportMinutes { ${STATS} } unitReportOnTime { ${RATIO} }
  slaBreaches { count stages { stage cases hours } }
  population casesPer1000Residents`;

const INDICATORS = `query Indicators($scope: ID!, $groupBy: CaseIndicatorGroupBy!, $minSample: Int, $countBasically: Boolean, $rankBy: CaseIndicatorRanking) {
  caseIndicators(scope: $scope, from: "2026-01-01", to: "2026-02-01", groupBy: $groupBy, minSample: $minSample, countBasically: $countBasically, rankBy: $rankBy) {
    scope { code } from to groupBy minSample rankBy
    groups { ${GROUP} }
  }
}`;

function r(numerator: number, denominator: number) {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

/** Checks DurationStats to 9 places (the databases compute hours from julianday / epoch seconds). */
function expectStats(actual: { count: number; mean: number | null; median: number | null; p90: number | null }, expected: [number, number, number, number]) {
  expect(actual.count).toBe(expected[0]);
  expect(actual.mean).toBeCloseTo(expected[1], 6);
  expect(actual.median).toBeCloseTo(expected[2], 6);
  expect(actual.p90).toBeCloseTo(expected[3], 6);
}

/** A9's tail, after its imported CONTACT: a whistle by C1 with two summons, and the reply, revisit and closure. */
async function whistleAndClose(server: TestServer, ids: Record<string, string>) {
  const base = '2026-01-21T00:00:00.000Z';
  const caseId = (await server.graphql('{ serviceCase(code: "A9") { id } }')).data!.serviceCase.id;
  const blown = await server.graphql(
    `mutation W($input: BlowWhistleInput!) { blowWhistle(input: $input) { summons { id unit { code } } } }`,
    { input: { code: 'W-A9', callerId: ids.C1, reason: 'BEYOND_CAPACITY', blownAt: after(base, 2), cases: [{ id: caseId }], unitIds: [ids.S1, ids.E1] } },
  );
  expect(blown.errors).toBeUndefined();
  const summons = Object.fromEntries(blown.data!.blowWhistle.summons.map((s: { id: string; unit: { code: string } }) => [s.unit.code, s.id]));
  for (const [unit, hours] of [['S1', 2 + 20 / 60], ['E1', 3]] as const) {
    const reported = await server.graphql(`mutation R($input: ReportToWhistleInput!) { reportToWhistle(input: $input) { reportedAt } }`, { input: { summonsId: summons[unit], at: after(base, hours) } });
    expect(reported.errors).toBeUndefined();
  }
  for (const [mutation, hours, extra] of [
    ['replyCase', 10, 'resolved: YES'],
    ['revisitCase', 12, 'resolved: YES, satisfaction: SATISFIED'],
    ['closeCase', 20, ''],
  ] as const) {
    const step = await server.graphql(`mutation { ${mutation}(input: { id: "${caseId}", at: "${after(base, hours)}"${extra ? `, ${extra}` : ''} }) { serviceCase { status } } }`);
    expect(step.errors).toBeUndefined();
  }
}

async function setUp(server: TestServer): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const organizations = await server.graphql('{ organizations(first: 100) { nodes { id code } } }');
  for (const node of organizations.data!.organizations.nodes) ids[node.code] = node.id;
  await whistleAndClose(server, ids);
  return ids;
}

describe.each(DIALECTS)('case indicators on %s', (dialect) => {
  let server: TestServer;
  let large: TestServer;

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: CASE_INDICATOR_DISTRICT, diagnostics: true });
    large = await startTestServer(dialect, { dataset: { ...CASE_INDICATOR_DISTRICT, serviceCases: [...CASE_INDICATOR_DISTRICT.serviceCases!, ...moreCases(90)] }, diagnostics: true });
    await setUp(server);
    await setUp(large);
  });
  afterAll(async () => {
    await Promise.all([server?.close(), large?.close()]);
  });

  async function indicators(variables: Record<string, unknown>, credential?: string, target = server) {
    const response = await target.graphql(INDICATORS, { scope: 'S1', groupBy: 'COMMUNITY', ...variables }, credential);
    return response;
  }

  it('keeps the columns derived from the events (the steps and the import) equal to a replay of the events', async () => {
    expect(await expectDerivedMatchEvents(server.database.db)).toBeGreaterThan(10);
    expect(await expectDerivedMatchEvents(large.database.db)).toBeGreaterThan(100);
  });

  it('computes every indicator of the hand-built fixture by community, as worked out by hand', async () => {
    const response = await indicators({ minSample: 5 });
    expect(response.errors).toBeUndefined();
    const answer = response.data!.caseIndicators;
    expect(answer).toMatchObject({ scope: { code: 'S1' }, from: '2026-01-01', to: '2026-02-01', groupBy: 'COMMUNITY', minSample: 5, rankBy: 'SATISFACTION_RATE' });
    const [c1, c2] = answer.groups;

    // C1: A1–A9 received in January (A10 in December, B3 in February and C2's cases elsewhere).
    expect(c1.organization.code).toBe('C1');
    expect(c1.cases).toBe(9);
    expect(c1.belowMinimumSample).toBe(false);
    expect(c1.rank).toBe(1);
    // Dispatched, less WITHDRAWN A6 (A7 was answered at intake): A1 A2 A3 A4 A5 A8 A9 = 7. Contacted within the
    // limit from receipt: A1 (10 h ≤ 72), A3 (7), A4 (3), A5 (3, its first contact), A9 (1.5 ≤ 2 for EMERGENCY HEAT) = 5;
    // A2 contacted at 80 h, A8 never.
    expect(c1.responseRate).toEqual(r(5, 7));
    // Last revisits: A1 YES, A2 PARTLY, A3 NO, A5 YES, A9 YES: 3 of 5 resolved.
    expect(c1.resolutionRate).toEqual(r(3, 5));
    // Last replies' claims: A1 A2 A3 A5 A9 YES, A4 NO: 5 of 6.
    expect(c1.handlerResolutionRate).toEqual(r(5, 6));
    // SATISFIED: A1 A5 A9; A2 BASICALLY; A3 DISSATISFIED.
    expect(c1.satisfactionRate).toEqual(r(3, 5));
    // Revisited A1 A2 A3 A5 A9 of the replied A1–A5 and A9.
    expect(c1.callbackRate).toEqual(r(5, 6));
    // Due in January (A6 WITHDRAWN left out): A1–A5, A7, A8, A9, and A10 (received in December, due 01-04) = 9.
    // Closed by dueAt: A1 (72 h ≤ 168), A2 (120), A4 (31), A5 (48), A7 (1), A9 (20 ≤ 24) = 6; A3 (220), A8 (open), A10 (200) not.
    expect(c1.onTimeClosureRate).toEqual(r(6, 9));
    // Reopened: A5, of the cases closed once: A1 A2 A3 A4 A5 A7 A9.
    expect(c1.reopenRate).toEqual(r(1, 7));
    expect(c1.escalationRate).toEqual(r(1, 9));
    // RETURN events: A2 1, A3 2; DISPATCH events: A1 1, A2 2, A3 3, A4 1, A5 1, A6 1, A8 1, A9 1 = 11.
    expect(c1.returnRate).toEqual(r(3, 11));
    expect(c1.returnPaths).toEqual([{ from: { code: 'G1' }, to: { code: 'C1' }, returns: 3 }]);
    // Hours to the first contact: 1.5 3 3 7 10 80 → mean 104.5/6; median at 2.5: 3 + ½·4 = 5; p90 at 4.5: 10 + ½·70 = 45.
    expectStats(c1.timeToFirstResponse, [6, 104.5 / 6, 5, 45]);
    // Hours to the last reply: 10 30 40 48 100 200 → mean 428/6; median 40 + ½·8 = 44; p90 100 + ½·100 = 150.
    expectStats(c1.timeToReply, [6, 428 / 6, 44, 150]);
    // Hours to the closure: 1 20 31 48 72 120 220 → mean 512/7; median (at 3) 48; p90 at 5.4: 120 + 0.4·100 = 160.
    expectStats(c1.timeToClose, [7, 512 / 7, 48, 160]);
    // Dispatches per dispatched case: A1 A4 A5 A6 A8 A9 1, A2 2, A3 3 → mean 11/8; median at 3.5: 1; p90 at 6.3: 2 + 0.3·1.
    expectStats(c1.hopStats, [8, 11 / 8, 1, 2.3]);
    // The whistle on A9: S1 reported after 20 minutes (by the 30 allowed), E1 after 60.
    expectStats(c1.unitReportMinutes, [2, 40, 40, 56]);
    expect(c1.unitReportOnTime).toEqual(r(1, 2));
    // Breached: A3 (closed at 220 h, due at 168), its longest gap CONTACT (7 h) → REPLY (200 h) = 193 h IN_PROGRESS;
    // A8 (open past 01-27), its longest gap from SIGN to now, SIGNED.
    expect(c1.slaBreaches.count).toBe(2);
    expect(c1.slaBreaches.stages).toHaveLength(2);
    const inProgress = c1.slaBreaches.stages.find((stage: { stage: string }) => stage.stage === 'IN_PROGRESS');
    expect(inProgress.cases).toBe(1);
    expect(inProgress.hours).toBeCloseTo(193, 6);
    expect(c1.slaBreaches.stages.find((stage: { stage: string }) => stage.stage === 'SIGNED').cases).toBe(1);
    // C1-G1 and C1-G2: 1,040 + 910 residents.
    expect(c1.population).toBe(1950);
    expect(c1.casesPer1000Residents).toBeCloseTo(9000 / 1950, 9);

    // C2: B1 and B2 (B3 is February's).
    expect(c2.organization.code).toBe('C2');
    expect(c2.cases).toBe(2);
    expect(c2.belowMinimumSample).toBe(true);
    expect(c2.rank).toBeNull();
    expect(c2.responseRate).toEqual(r(2, 2));
    expect(c2.resolutionRate).toEqual(r(2, 2));
    expect(c2.handlerResolutionRate).toEqual(r(2, 2));
    expect(c2.satisfactionRate).toEqual(r(1, 2));
    expect(c2.callbackRate).toEqual(r(2, 2));
    expect(c2.onTimeClosureRate).toEqual(r(2, 2));
    expect(c2.reopenRate).toEqual(r(0, 2));
    expect(c2.escalationRate).toEqual(r(0, 2));
    expect(c2.returnRate).toEqual(r(1, 3));
    expect(c2.returnPaths).toEqual([{ from: { code: 'G3' }, to: { code: 'C2' }, returns: 1 }]);
    // 4 and 5 h; 24 and 30; 36 and 50: p90 at 0.9 between the two.
    expectStats(c2.timeToFirstResponse, [2, 4.5, 4.5, 4.9]);
    expectStats(c2.timeToReply, [2, 27, 27, 29.4]);
    expectStats(c2.timeToClose, [2, 43, 43, 48.6]);
    expectStats(c2.hopStats, [2, 1.5, 1.5, 1.9]);
    expect(c2.unitReportMinutes).toEqual({ count: 0, mean: null, median: null, p90: null });
    expect(c2.unitReportOnTime).toEqual(r(0, 0));
    expect(c2.slaBreaches).toEqual({ count: 0, stages: [] });
    // C2 has no grid rows.
    expect(c2.population).toBeNull();
    expect(c2.casesPer1000Residents).toBeNull();
  });

  it('counts BASICALLY as satisfied only when asked, and ranks by it', async () => {
    const response = await indicators({ minSample: 1, countBasically: true });
    expect(response.errors).toBeUndefined();
    const [first, second] = response.data!.caseIndicators.groups;
    // C2: B1 SATISFIED and B2 BASICALLY = 2/2; C1: A1 A5 A9 and A2 = 4/5.
    expect(first).toMatchObject({ organization: { code: 'C2' }, rank: 1, satisfactionRate: r(2, 2) });
    expect(second).toMatchObject({ organization: { code: 'C1' }, rank: 2, satisfactionRate: r(4, 5) });
  });

  it('flags every group under the minimum sample (30 by default) and ranks none of them', async () => {
    const response = await indicators({});
    expect(response.errors).toBeUndefined();
    const groups = response.data!.caseIndicators.groups;
    expect(response.data!.caseIndicators.minSample).toBe(30);
    expect(groups.map((group: { organization: { code: string }; belowMinimumSample: boolean; rank: number | null }) => [group.organization.code, group.belowMinimumSample, group.rank])).toEqual([
      ['C1', true, null],
      ['C2', true, null],
    ]);
  });

  it('groups by grid, subdistrict, category, handler, channel and urgency', async () => {
    const by = async (groupBy: string, scope = 'S1') => {
      const response = await indicators({ groupBy, scope, minSample: 0 });
      expect(response.errors).toBeUndefined();
      return response.data!.caseIndicators.groups;
    };
    // Grids: C1-G1 A1–A8 (8), C1-G2 A9, and C2's cases without a grid (B1, B2).
    const grids = await by('GRID');
    expect(grids.map((group: { grid: { code: string } | null; cases: number; population: number | null }) => [group.grid?.code ?? null, group.cases, group.population])).toEqual(
      expect.arrayContaining([
        ['C1-G1', 8, 1040],
        ['C1-G2', 1, 910],
        [null, 2, null],
      ]),
    );
    const [subdistrict] = await by('SUBDISTRICT', 'D');
    expect(subdistrict).toMatchObject({ organization: { code: 'S1' }, cases: 11, population: 1950, responseRate: r(7, 9), returnRate: r(4, 14) });
    const categories = await by('CATEGORY');
    expect(Object.fromEntries(categories.map((group: { category: { code: string }; cases: number }) => [group.category.code, group.cases]))).toEqual({ PARK: 9, HEAT: 1, CONSULT: 1 });
    const handlers = await by('HANDLER');
    // Handlers now: G1 (A1 A4 A5 A6 A8), G2 (A2 A3 A9), C1 (A7), G3 (B1 B2).
    expect(Object.fromEntries(handlers.map((group: { organization: { code: string }; cases: number }) => [group.organization.code, group.cases]))).toEqual({ G1: 5, G2: 3, C1: 1, G3: 2 });
    const [channel] = await by('CHANNEL');
    expect(channel).toMatchObject({ channel: 'HOTLINE', cases: 11 });
    const urgencies = await by('URGENCY');
    expect(Object.fromEntries(urgencies.map((group: { urgency: string; cases: number }) => [group.urgency, group.cases]))).toEqual({ NORMAL: 10, EMERGENCY: 1 });
  });

  it('gives a scoped credential its subtree only', async () => {
    const c2Key = await server.createKey({ role: 'viewer', scopeCode: 'C2' });
    const s2Key = await server.createKey({ role: 'viewer', scopeCode: 'S2' });
    // Outside the jurisdiction: the scope is not found.
    for (const [key, scope] of [[c2Key, 'S1'], [c2Key, 'C1'], [s2Key, 'S1'], [s2Key, 'D']] as const) {
      const response = await indicators({ scope }, key);
      expect(response.errors?.[0]?.extensions?.code, `${scope}`).toBe('NOT_FOUND');
      expect(response.data?.caseIndicators ?? null).toBeNull();
    }
    const inside = await indicators({ scope: 'C2', minSample: 0 }, c2Key);
    expect(inside.errors).toBeUndefined();
    expect(inside.data!.caseIndicators.groups.map((group: { organization: { code: string }; cases: number }) => [group.organization.code, group.cases])).toEqual([['C2', 2]]);
    // S2 has no cases of its own.
    const empty = await indicators({ scope: 'S2' }, s2Key);
    expect(empty.data!.caseIndicators.groups).toEqual([]);
    // caseAggregate counts within the jurisdiction too.
    const aggregate = await server.graphql('{ caseAggregate(groupBy: [COMMUNITY]) { totalCount groups { key { community { code } } count } } }', undefined, c2Key);
    expect(aggregate.data!.caseAggregate).toEqual({ totalCount: 3, groups: [{ key: { community: { code: 'C2' } }, count: 3 }] });
    const trend = await server.graphql('{ indicatorTrend(indicator: CASE_RESPONSE_RATE, scope: "S1", from: "2026-01-01", to: "2026-01-31", interval: MONTH) { points { numerator } } }', undefined, c2Key);
    expect(trend.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('counts cases in one statement by category, status, channel, month, week, grid and community', async () => {
    const query = `query A($groupBy: [CaseGroupBy!]!, $filter: ServiceCaseFilter) {
      caseAggregate(groupBy: $groupBy, filter: $filter) { totalCount groups { count key { category { code } status channel urgency month week grid { code } community { code } } } }
    }`;
    const count = async (groupBy: string[], filter?: Record<string, unknown>) => {
      const response = await server.graphql(query, { groupBy, filter });
      expect(response.errors).toBeUndefined();
      return response.data!.caseAggregate;
    };
    const months = await count(['MONTH']);
    expect(months.totalCount).toBe(13);
    expect(months.groups.map((group: { key: { month: string }; count: number }) => [group.key.month, group.count])).toEqual([
      ['2026-01', 11],
      ['2025-12', 1],
      ['2026-02', 1],
    ]);
    // ISO weeks (Mondays): 2025-12-22 (A10), 2026-01-05 (A1–A5, A6 on Saturday 10th, A7 on Sunday 11th), 2026-01-12 (B1, B2),
    // 2026-01-19 (A8, A9), 2026-01-26: none, 2026-02-02 (B3).
    const weeks = await count(['WEEK']);
    expect(Object.fromEntries(weeks.groups.map((group: { key: { week: string }; count: number }) => [group.key.week, group.count]))).toEqual({
      '2025-12-22': 1,
      '2026-01-05': 7,
      '2026-01-12': 2,
      '2026-01-19': 2,
      '2026-02-02': 1,
    });
    const byCommunityAndStatus = await count(['COMMUNITY', 'STATUS'], { receivedFrom: '2026-01-01T00:00:00Z', receivedTo: '2026-02-01T00:00:00Z' });
    expect(byCommunityAndStatus.totalCount).toBe(11);
    expect(byCommunityAndStatus.groups[0]).toEqual({ count: 7, key: { category: null, status: 'CLOSED', channel: null, urgency: null, month: null, week: null, grid: null, community: { code: 'C1' } } });
    const categories = await count(['CATEGORY', 'CHANNEL', 'URGENCY', 'GRID']);
    expect(categories.groups[0]).toMatchObject({ count: 8, key: { category: { code: 'PARK' }, channel: 'HOTLINE', urgency: 'NORMAL', grid: { code: 'C1-G1' } } });
  });

  it('follows the case rates by month, quarter and year', async () => {
    const trend = async (indicator: string, interval: string, from: string, to: string) => {
      const response = await server.graphql(`{ indicatorTrend(indicator: ${indicator}, scope: "S1", from: "${from}", to: "${to}", interval: ${interval}) { indicator points { date numerator denominator value } } }`);
      expect(response.errors).toBeUndefined();
      return response.data!.indicatorTrend.points.map((point: { date: string; numerator: number; denominator: number }) => [point.date, point.numerator, point.denominator]);
    };
    // December: A10 contacted at 3 h; January: C1's 5/7 and C2's 2/2; February: B3, not dispatched.
    expect(await trend('CASE_RESPONSE_RATE', 'MONTH', '2025-12-01', '2026-02-28')).toEqual([
      ['2025-12-31', 1, 1],
      ['2026-01-31', 7, 9],
      ['2026-02-28', 0, 0],
    ]);
    // By dueAt: January 9 + 2 due, 6 + 2 on time; February B3 (due 02-09, open).
    expect(await trend('CASE_ON_TIME_CLOSURE_RATE', 'MONTH', '2026-01-01', '2026-02-15')).toEqual([
      ['2026-01-31', 8, 11],
      ['2026-02-15', 0, 1],
    ]);
    // Q4 2025: A10's one dispatch; Q1 2026: 3 + 1 returns of 11 + 3 dispatches.
    expect(await trend('CASE_RETURN_RATE', 'QUARTER', '2025-10-01', '2026-03-31')).toEqual([
      ['2025-12-31', 0, 1],
      ['2026-03-31', 4, 14],
    ]);
    expect(await trend('CASE_SATISFACTION_RATE', 'YEAR', '2025-06-01', '2026-06-30')).toEqual([
      ['2025-12-31', 0, 0],
      ['2026-06-30', 4, 7],
    ]);
    expect(await trend('CASE_ESCALATION_RATE', 'YEAR', '2026-01-01', '2026-12-31')).toEqual([['2026-12-31', 1, 12]]);
  });

  it('answers a district over more than a quarter (read straight through the indicators index) as over a quarter', async () => {
    // Every case (2025-12-28 to 2026-02-02) is received and due in both periods: 152 days (wide: the cases read
    // through idx_service_cases_indicators) and 92 (through the received and due indexes).
    const query = `query Year($from: Date!, $groupBy: CaseIndicatorGroupBy!) { caseIndicators(scope: "D", from: $from, to: "2026-03-01", groupBy: $groupBy, minSample: 0) { groups { ${GROUP} } } }`;
    for (const groupBy of ['COMMUNITY', 'GRID', 'SUBDISTRICT', 'HANDLER', 'CHANNEL']) {
      const [long, short] = await Promise.all(['2025-10-01', '2025-12-01'].map((from) => server.graphql(query, { from, groupBy })));
      expect(long.errors).toBeUndefined();
      // An open case's last gap runs to now: its hours move between the two requests.
      const withoutOpenHours = (response: typeof long) =>
        response.data!.caseIndicators.groups.map((group: { slaBreaches: { stages: { hours: number }[] } }) => ({ ...group, slaBreaches: { ...group.slaBreaches, stages: group.slaBreaches.stages.map((stage) => ({ ...stage, hours: Math.round(stage.hours) })) } }));
      expect(withoutOpenHours(long), groupBy).toEqual(withoutOpenHours(short));
      expect(long.data!.caseIndicators.groups.length).toBeGreaterThan(0);
    }
  });

  it('runs the same number of statements for 13 cases as for 103', async () => {
    const counts = [];
    for (const target of [server, large]) {
      const response = await indicators({ scope: 'D', groupBy: 'COMMUNITY' }, undefined, target);
      expect(response.errors).toBeUndefined();
      counts.push(response.extensions?.diagnostics?.sqlStatements);
    }
    // The key; the scope; counts; durations and summons; returns; breach stages; the groups' organizations with
    // the return paths' organizations (one batch: the returns, started beside the counts, are there when the
    // groups resolve).
    expect(counts[0]).toBe(KEY_LOOKUP + 6);
    expect(counts[1]).toBe(counts[0]);
    // The three rates alone: the counts statement only (and the key, the scope and the communities).
    const rates = `{ caseIndicators(scope: "D", from: "2026-01-01", to: "2026-02-01", groupBy: COMMUNITY) { groups { organization { code } responseRate { value } resolutionRate { value } satisfactionRate { value } } } }`;
    for (const target of [server, large]) expect((await target.graphql(rates)).extensions?.diagnostics?.sqlStatements).toBe(KEY_LOOKUP + 3);
    // One duration asked: the durations statement computes that measure only, still one statement.
    const closing = await server.graphql(`{ caseIndicators(scope: "D", from: "2026-01-01", to: "2026-02-01", groupBy: COMMUNITY, minSample: 0) { groups { cases timeToClose { count median } } } }`);
    expect(closing.extensions?.diagnostics?.sqlStatements).toBe(KEY_LOOKUP + 3);
    const [c1, c2] = closing.data!.caseIndicators.groups.map((group: { timeToClose: { count: number; median: number } }) => group.timeToClose);
    expect([c1.count, c2.count]).toEqual([7, 2]);
    expect(c1.median).toBeCloseTo(48, 6);
    expect(c2.median).toBeCloseTo(43, 6);
    const aggregate = [];
    for (const target of [server, large]) {
      const response = await target.graphql('{ caseAggregate(groupBy: [COMMUNITY, MONTH]) { totalCount groups { count key { month community { code } } } } }');
      aggregate.push(response.extensions?.diagnostics?.sqlStatements);
    }
    expect(aggregate[0]).toBe(KEY_LOOKUP + 2);
    expect(aggregate[1]).toBe(aggregate[0]);
    const trends = [];
    for (const target of [server, large]) {
      const response = await target.graphql('{ indicatorTrend(indicator: CASE_RESPONSE_RATE, scope: "D", from: "2025-01-01", to: "2026-12-31", interval: MONTH) { points { value } } }');
      trends.push(response.extensions?.diagnostics?.sqlStatements);
    }
    expect(trends[0]).toBe(KEY_LOOKUP + 2);
    expect(trends[1]).toBe(trends[0]);
  });
  describe('summoned units', () => {
    let whistles: TestServer;
    const UNITS = `query Units($scope: ID!, $minSummons: Int, $rankBy: CaseSummonedUnitRanking) {
      caseIndicators(scope: $scope, from: "2026-01-01", to: "2026-02-01", groupBy: COMMUNITY, minSample: 0) {
        summonedUnits(minSummons: $minSummons, rankBy: $rankBy) { organization { code } summons unitReportMinutes { ${STATS} } unitReportOnTime { ${RATIO} } belowMinimumSample rank }
      }
    }`;
    const units = async (variables: Record<string, unknown>, credential?: string) => {
      const response = await whistles.graphql(UNITS, { scope: 'S1', ...variables }, credential);
      expect(response.errors).toBeUndefined();
      return response.data!.caseIndicators.summonedUnits;
    };

    beforeAll(async () => {
      whistles = await startTestServer(dialect, { dataset: CASE_INDICATOR_DISTRICT, diagnostics: true });
      const ids = await setUp(whistles);
      // A second whistle by C1, on A8 (received 01-20, SIGNED at 2 h), at 3 h: S1 reports after 40 minutes (30 allowed), E1 never.
      const base = '2026-01-20T00:00:00.000Z';
      const caseId = (await whistles.graphql('{ serviceCase(code: "A8") { id } }')).data!.serviceCase.id;
      const blown = await whistles.graphql(`mutation W($input: BlowWhistleInput!) { blowWhistle(input: $input) { summons { id unit { code } } } }`, {
        input: { code: 'W-A8', callerId: ids.C1, reason: 'ENFORCEMENT', blownAt: after(base, 3), cases: [{ id: caseId }], unitIds: [ids.S1, ids.E1] },
      });
      expect(blown.errors).toBeUndefined();
      const s1 = blown.data!.blowWhistle.summons.find((summons: { unit: { code: string } }) => summons.unit.code === 'S1').id;
      const reported = await whistles.graphql(`mutation R($input: ReportToWhistleInput!) { reportToWhistle(input: $input) { reportedAt } }`, { input: { summonsId: s1, at: after(base, 3 + 40 / 60) } });
      expect(reported.errors).toBeUndefined();
    });
    afterAll(async () => {
      await whistles?.close();
    });

    it('gives each summoned unit its report times, ranked by the median, as worked out by hand', async () => {
      const [s1, e1] = await units({ minSummons: 2 });
      // S1: summoned by W-A9 (reported after 20 minutes, by the 30 allowed) and W-A8 (40, late): median 30, p90 20 + 0.9·20 = 38.
      expect(s1).toMatchObject({ organization: { code: 'S1' }, summons: 2, unitReportOnTime: r(1, 2), belowMinimumSample: false, rank: 1 });
      expectStats(s1.unitReportMinutes, [2, 30, 30, 38]);
      // E1: W-A9 after 60 minutes (late), W-A8 not reported.
      expect(e1).toMatchObject({ organization: { code: 'E1' }, summons: 2, unitReportOnTime: r(0, 2), belowMinimumSample: false, rank: 2 });
      expectStats(e1.unitReportMinutes, [1, 60, 60, 60]);
      // The same summons per community: C1's four, three reported (20, 60, 40), one on time.
      const groups = (await whistles.graphql(`{ caseIndicators(scope: "S1", from: "2026-01-01", to: "2026-02-01", groupBy: COMMUNITY, minSample: 0) { groups { organization { code } unitReportMinutes { ${STATS} } unitReportOnTime { ${RATIO} } } } }`)).data!.caseIndicators.groups;
      const c1 = groups.find((group: { organization: { code: string } }) => group.organization.code === 'C1');
      expectStats(c1.unitReportMinutes, [3, 40, 40, 56]);
      expect(c1.unitReportOnTime).toEqual(r(1, 4));
    });

    it('ranks the units by their share on time, and flags those under the minimum number of summons (10 by default)', async () => {
      expect((await units({ minSummons: 1, rankBy: 'ON_TIME_RATE' })).map((unit: { organization: { code: string }; rank: number | null }) => [unit.organization.code, unit.rank])).toEqual([
        ['S1', 1],
        ['E1', 2],
      ]);
      const flagged = await units({});
      expect(flagged.map((unit: { organization: { code: string }; belowMinimumSample: boolean; rank: number | null }) => [unit.organization.code, unit.belowMinimumSample, unit.rank]).sort()).toEqual([
        ['E1', true, null],
        ['S1', true, null],
      ]);
      // Nothing summoned in C2, nor in January 2025.
      expect(await units({ scope: 'C2' })).toEqual([]);
      const lastYear = await whistles.graphql('{ caseIndicators(scope: "S1", from: "2025-01-01", to: "2025-02-01", groupBy: COMMUNITY) { summonedUnits { summons } } }');
      expect(lastYear.data!.caseIndicators.summonedUnits).toEqual([]);
    });

    it('gives a scoped credential the units summoned on its subtree\'s cases only', async () => {
      const c2Key = await whistles.createKey({ role: 'viewer', scopeCode: 'C2' });
      expect(await units({ scope: 'C2' }, c2Key)).toEqual([]);
      const outside = await whistles.graphql(UNITS, { scope: 'C1' }, c2Key);
      expect(outside.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      // A credential of C1 sees the units its cases summoned, E1 (outside its subtree) by code.
      const c1Key = await whistles.createKey({ role: 'viewer', scopeCode: 'C1' });
      expect((await units({ scope: 'C1', minSummons: 2 }, c1Key)).map((unit: { organization: { code: string } }) => unit.organization.code)).toEqual(['S1', 'E1']);
    });

    it('runs one statement for the units, whatever their number', async () => {
      const query = '{ caseIndicators(scope: "D", from: "2026-01-01", to: "2026-02-01", groupBy: COMMUNITY) { summonedUnits { organization { code } summons rank } } }';
      // More units than a loader's batch held when batches were cut at 5,000: their organizations took two statements.
      const many = await startTestServer(dialect, { dataset: manySummonedUnits(MANY_UNITS), diagnostics: true });
      try {
        const counts = [];
        // One whistle and two summons on `server`, two whistles and four on `whistles`, one whistle summoning MANY_UNITS
        // units on `many` (none of the others': its whistles come from its dataset only).
        for (const target of [server, whistles, many]) {
          const response = await target.graphql(query);
          expect(response.errors).toBeUndefined();
          counts.push(response.extensions?.diagnostics?.sqlStatements);
          if (target === many) {
            const units = response.data!.caseIndicators.summonedUnits as { organization: { code: string }; summons: number }[];
            expect(units).toHaveLength(MANY_UNITS);
            expect(new Set(units.map((unit) => unit.organization.code)).size).toBe(MANY_UNITS);
            expect(units.every((unit) => unit.summons === 1 && unit.organization.code.startsWith('GX'))).toBe(true);
          }
        }
        // The key; the scope; the units; their organizations (one batch). No counts: no groups were asked for.
        expect(counts[0]).toBe(KEY_LOOKUP + 3);
        expect(counts[1]).toBe(counts[0]);
        expect(counts[2]).toBe(counts[0]);
      } finally {
        await many.close();
      }
    });
  });
});
