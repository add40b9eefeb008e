import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_DISTRICT } from './fixtures/indicator-district.js';
import { scaledDistrict } from './fixtures/scaled-district.js';
import { DIALECTS } from './helpers/databases.js';
import { KEY_LOOKUP, startTestServer, type TestServer } from './helpers/server.js';

const ALL = `query All($scope: ID, $activeAt: Date) {
  governanceIndicators(scope: $scope, activeAt: $activeAt) {
    scope { code } activeAt organizations
    partyPresenceCoverage { numerator denominator value }
    partyPresenceCoverageByKind { kind ratio { numerator denominator value } }
    crossAppointmentRate { numerator denominator value }
    gridFunctionIntegration { numerator denominator value }
    spanOfControl { kind children { count min mean max } }
    managementLoad {
      householdsPerGridWorker { count min mean max } householdsPerGridWorkerOverall gridsWithoutWorkers
      heaviestGrids { grid { code } households gridWorkers householdsPerWorker }
      residentsPerCommunityWorker { count min mean max } residentsPerCommunityWorkerOverall communitiesWithoutWorkers
    }
    socialForceParticipation { organizations byKind { kind count } locatedShare { numerator denominator value } }
    isolatedOrganizations(first: 3) { totalCount nodes { code } pageInfo { hasNextPage } }
    collaboration { organizations links componentCount largestComponentSize exact sampledSources brokers { organization { code } betweenness degree } }
  }
}`;

const TREND = `query Trend($indicator: Indicator!, $from: Date!, $to: Date!, $interval: TrendInterval!, $scope: ID) {
  indicatorTrend(indicator: $indicator, from: $from, to: $to, interval: $interval, scope: $scope) { indicator interval scope { code } points { date numerator denominator value } }
}`;

const ratio = (numerator: number, denominator: number) => ({ numerator, denominator, value: denominator === 0 ? null : numerator / denominator });
const spread = (count: number, min: number, mean: number, max: number) => ({ count, min, mean, max });

describe.each(DIALECTS)('governance indicators on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: INDICATOR_DISTRICT });
    const response = await server.graphql('{ organizations(first: 100) { nodes { id code } } }');
    for (const node of response.data!.organizations.nodes) ids[node.code] = node.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('measures the hand-built district on 2024-06-01 as worked out by hand', async () => {
    const response = await server.graphql(ALL, { scope: ids.D, activeAt: '2024-06-01' });
    expect(response.errors).toBeUndefined();
    const indicators = response.data!.governanceIndicators;
    expect(indicators.scope).toEqual({ code: 'D' });
    expect(indicators.activeAt).toBe('2024-06-01');
    // D, S1, S2, C1, C2, C3, RC1, RC2, RC3, PSC1, EP1, G1, G2, G3, B1, B2, B3.
    expect(indicators.organizations).toBe(17);
    // Hosts operating and located in the area: E1, E2 (C1), SO1 (C3); E3 was archived. Present in E1 (L1) and SO1 (L3).
    expect(indicators.partyPresenceCoverage).toEqual(ratio(2, 3));
    expect(indicators.partyPresenceCoverageByKind).toEqual([
      { kind: 'ENTERPRISE', ratio: ratio(1, 2) },
      { kind: 'SOCIAL_ORGANIZATION', ratio: ratio(1, 1) },
    ]);
    // C1 (P1 in C1 and RC1) of C1, C2, C3 (P8 left RC3 on 2024-01-01).
    expect(indicators.crossAppointmentRate).toEqual(ratio(1, 3));
    // C1-G1 and C2-G3 integrate all three functions; C1-G2 lacks social relief.
    expect(indicators.gridFunctionIntegration).toEqual(ratio(2, 3));
    expect(indicators.spanOfControl).toEqual([
      // C1 has RC1, PSC1, EP1, G1, G2; C2 has RC2, G3; C3 has RC3.
      { kind: 'COMMUNITY_PARTY_COMMITTEE', children: spread(3, 1, 8 / 3, 5) },
      { kind: 'DISTRICT_PARTY_COMMITTEE', children: spread(1, 2, 2, 2) },
      // G1 has B1, B2; G2 has B3; G3 has none.
      { kind: 'GRID_PARTY_BRANCH', children: spread(3, 0, 1, 2) },
      { kind: 'SUBDISTRICT_PARTY_WORKING_COMMITTEE', children: spread(2, 1, 1.5, 2) },
    ]);
    expect(indicators.managementLoad).toEqual({
      // C1-G1 400 ÷ 4 = 100, C1-G2 600 ÷ 2 = 300; C2-G3 has no worker.
      householdsPerGridWorker: spread(2, 100, 200, 300),
      householdsPerGridWorkerOverall: 1000 / 6,
      gridsWithoutWorkers: 1,
      heaviestGrids: [
        { grid: { code: 'C1-G2' }, households: 600, gridWorkers: 2, householdsPerWorker: 300 },
        { grid: { code: 'C1-G1' }, households: 400, gridWorkers: 4, householdsPerWorker: 100 },
      ],
      // C1: 2,500 residents, workers P1, P5, P7 (P2 left, P6 volunteers); C2: 800 residents, P3 and P4; C3 has no grid.
      residentsPerCommunityWorker: spread(2, 400, (2500 / 3 + 400) / 2, 2500 / 3),
      residentsPerCommunityWorkerOverall: 3300 / 5,
      communitiesWithoutWorkers: 1,
    });
    // In force: L1, L3, L5, L6, L7 and C1–RC1. Outside partners: E1, SO1, PSO1, CH1.
    expect(indicators.socialForceParticipation).toEqual({
      organizations: 4,
      byKind: [
        { kind: 'CHARITY', count: 1 },
        { kind: 'ENTERPRISE', count: 1 },
        { kind: 'PROFESSIONAL_SERVICE_ORGANIZATION', count: 1 },
        { kind: 'SOCIAL_ORGANIZATION', count: 1 },
      ],
      // Located in the area and operating: E1, E2, SO1, U1, PSO1; E1, SO1 and PSO1 take part.
      locatedShare: ratio(3, 5),
    });
    // Linked: C1, RC1, RC2, EP1. The other 13, by code: B1, B2, B3, C2, C3, D, G1, G2, G3, PSC1, RC3, S1, S2.
    expect(indicators.isolatedOrganizations).toEqual({ totalCount: 13, nodes: [{ code: 'B1' }, { code: 'B2' }, { code: 'B3' }], pageInfo: { hasNextPage: true } });
    // E1 – EP1 – SO1 and C1 – RC1 – PSO1 – RC2 – CH1: 8 organizations, 6 links, 2 components.
    // Betweenness over (8 − 1)(8 − 2) = 42 ordered pairs: PSO1 4 pairs (8/42), RC1 and RC2 3 (6/42), EP1 1 (2/42).
    expect(indicators.collaboration).toEqual({
      organizations: 8,
      links: 6,
      componentCount: 2,
      largestComponentSize: 5,
      exact: true,
      sampledSources: 8,
      brokers: [
        { organization: { code: 'PSO1' }, betweenness: 8 / 42, degree: 2 },
        { organization: { code: 'RC1' }, betweenness: 6 / 42, degree: 2 },
        { organization: { code: 'RC2' }, betweenness: 6 / 42, degree: 2 },
        { organization: { code: 'EP1' }, betweenness: 2 / 42, degree: 2 },
      ],
    });
  });

  it('answers as of other dates from the validity periods', async () => {
    const query = `query Q($scope: ID, $activeAt: Date) { governanceIndicators(scope: $scope, activeAt: $activeAt) {
      organizations partyPresenceCoverage { numerator denominator } crossAppointmentRate { numerator denominator }
      isolatedOrganizations(kinds: [COMMUNITY_PARTY_COMMITTEE]) { totalCount nodes { code } } } }`;
    // Before C3 and RC3 were founded: 15 organizations. P1 not yet director of RC1; L2 and L4 in force.
    const early = await server.graphql(query, { scope: ids.D, activeAt: '2020-06-01' });
    expect(early.data!.governanceIndicators).toEqual({
      organizations: 15,
      partyPresenceCoverage: { numerator: 2, denominator: 3 },
      crossAppointmentRate: { numerator: 0, denominator: 2 },
      isolatedOrganizations: { totalCount: 1, nodes: [{ code: 'C2' }] },
    });
    const middle = await server.graphql(query, { scope: ids.D, activeAt: '2023-06-01' });
    expect(middle.data!.governanceIndicators).toEqual({
      organizations: 17,
      // E1, E2, E3 (until 2023-06-30) and SO1; present in E1 and E3.
      partyPresenceCoverage: { numerator: 2, denominator: 4 },
      // C1 (P1) and C3 (P8) of three.
      crossAppointmentRate: { numerator: 2, denominator: 3 },
      isolatedOrganizations: { totalCount: 1, nodes: [{ code: 'C2' }] },
    });
  });

  it('narrows to a subtree, and to the caller’s jurisdiction by default', async () => {
    const query = '{ governanceIndicators(scope: "SCOPE", activeAt: "2024-06-01") { scope { code } organizations partyPresenceCoverage { numerator denominator } gridFunctionIntegration { numerator denominator } } }';
    const community = await server.graphql(query.replace('SCOPE', ids.C1));
    // C1, RC1, PSC1, EP1, G1, G2, B1, B2, B3; hosts E1 and E2, present in E1; grids C1-G1 and C1-G2.
    expect(community.data!.governanceIndicators).toEqual({ scope: { code: 'C1' }, organizations: 9, partyPresenceCoverage: { numerator: 1, denominator: 2 }, gridFunctionIntegration: { numerator: 1, denominator: 2 } });

    const scoped = await server.createKey({ role: 'viewer', scopeCode: 'C2' });
    const own = await server.graphql('{ governanceIndicators(activeAt: "2024-06-01") { scope { code } organizations collaboration { brokers { organization { code name kind households } } } } }', undefined, scoped);
    expect(own.errors).toBeUndefined();
    expect(own.data!.governanceIndicators.scope).toEqual({ code: 'C2' });
    expect(own.data!.governanceIndicators.organizations).toBe(3);
    // RC2 joins PSO1 and CH1; the partners outside the scope are not brokers here, RC2 is.
    expect(own.data!.governanceIndicators.collaboration.brokers).toEqual([{ organization: { code: 'RC2', name: "Taoyuan Residents' Committee", kind: 'RESIDENTS_COMMITTEE', households: null } }]);
    const outside = await server.graphql(query.replace('SCOPE', ids.D), undefined, scoped);
    expect(outside.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(outside.errors?.[0]?.message).toContain('"scope"');

    // Without a scope and without a jurisdiction, the only district.
    const unscoped = await server.graphql('{ governanceIndicators(activeAt: "2024-06-01") { scope { code } organizations } }');
    expect(unscoped.data!.governanceIndicators).toEqual({ scope: { code: 'D' }, organizations: 17 });
  });

  it('follows an indicator over time from the validity periods, reading no more for more points', async () => {
    const yearly = await server.graphql(TREND, { indicator: 'PARTY_PRESENCE_COVERAGE', from: '2019-01-01', to: '2024-12-31', interval: 'YEAR', scope: ids.D });
    expect(yearly.errors).toBeUndefined();
    expect(yearly.data!.indicatorTrend).toEqual({
      indicator: 'PARTY_PRESENCE_COVERAGE',
      interval: 'YEAR',
      scope: { code: 'D' },
      points: [
        // E1, E2, E3 located in C1 and C2 (C3 not yet founded): present in E1 and E3.
        { date: '2019-12-31', ...ratio(2, 3) },
        { date: '2020-12-31', ...ratio(2, 3) },
        { date: '2021-12-31', ...ratio(2, 3) },
        // C3 founded: SO1 counts, without a Party presence yet.
        { date: '2022-12-31', ...ratio(2, 4) },
        // E3 archived; SO1's Party presence starts in 2024.
        { date: '2023-12-31', ...ratio(1, 3) },
        { date: '2024-12-31', ...ratio(2, 3) },
      ],
    });
    const statements = yearly.extensions!.diagnostics!.sqlStatements;

    const monthly = await server.graphql(TREND, { indicator: 'PARTY_PRESENCE_COVERAGE', from: '2019-01-15', to: '2024-12-10', interval: 'MONTH', scope: ids.D });
    expect(monthly.data!.indicatorTrend.points).toHaveLength(72);
    expect(monthly.data!.indicatorTrend.points[0]).toEqual({ date: '2019-01-31', ...ratio(2, 3) });
    expect(monthly.data!.indicatorTrend.points.at(-1)).toEqual({ date: '2024-12-10', ...ratio(2, 3) });
    expect(monthly.extensions!.diagnostics!.sqlStatements).toBe(statements);

    const quarters = await server.graphql(TREND, { indicator: 'CROSS_APPOINTMENT_RATE', from: '2020-11-20', to: '2021-05-05', interval: 'QUARTER', scope: ids.D });
    expect(quarters.data!.indicatorTrend.points).toEqual([
      { date: '2020-12-31', ...ratio(0, 2) },
      { date: '2021-03-31', ...ratio(1, 2) },
      { date: '2021-05-05', ...ratio(1, 2) },
    ]);
    const others = await Promise.all(
      ['ISOLATED_ORGANIZATIONS', 'SOCIAL_FORCE_PARTICIPATION', 'LARGEST_COMPONENT_SHARE'].map((indicator) =>
        server.graphql(TREND, { indicator, from: '2024-06-01', to: '2024-06-01', interval: 'YEAR', scope: ids.D }),
      ),
    );
    // The same figures as governanceIndicators on that date: 13 of 17 isolated, 3 of 5 located partners, 5 of 8 in the largest component.
    for (const response of others) expect(response.errors).toBeUndefined();
    expect(others.map((response) => response.data!.indicatorTrend.points)).toEqual([[{ date: '2024-06-01', ...ratio(13, 17) }], [{ date: '2024-06-01', ...ratio(3, 5) }], [{ date: '2024-06-01', ...ratio(5, 8) }]]);
  });

  it('keeps the chain history: a branch moved to another community counts under the old one before the move', async () => {
    const version = await server.graphql('query V($id: ID!) { node(id: $id) { ... on Organization { version } } }', { id: ids.G2 });
    const moved = await server.graphql('mutation M($input: MoveOrganizationInput!) { moveOrganization(input: $input) { parent { code } } }', {
      input: { id: ids.G2, newParentId: ids.C2, expectedVersion: version.data!.node.version, effectiveOn: '2024-03-01' },
    });
    expect(moved.errors).toBeUndefined();
    const span = '{ governanceIndicators(scope: "SCOPE", activeAt: "DATE") { organizations spanOfControl { kind children { count min mean max } } } }';
    const before = await server.graphql(span.replace('SCOPE', ids.C2).replace('DATE', '2024-01-01'));
    // C2, RC2, G3.
    expect(before.data!.governanceIndicators.organizations).toBe(3);
    const after = await server.graphql(span.replace('SCOPE', ids.C2).replace('DATE', '2024-06-01'));
    // C2, RC2, G3, G2 and its cell B3; C2 now has three children, G2 one and G3 none.
    expect(after.data!.governanceIndicators).toEqual({
      organizations: 5,
      spanOfControl: [
        { kind: 'COMMUNITY_PARTY_COMMITTEE', children: spread(1, 3, 3, 3) },
        { kind: 'GRID_PARTY_BRANCH', children: spread(2, 0, 0.5, 1) },
      ],
    });
  });

  it('refuses bad arguments with errors that name them', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [TREND, { indicator: 'CROSS_APPOINTMENT_RATE', from: '2024-01-01', to: '2023-01-01', interval: 'YEAR' }, '"from"'],
      [TREND, { indicator: 'CROSS_APPOINTMENT_RATE', from: '1990-01-01', to: '2024-01-01', interval: 'MONTH' }, 'more than 240 points'],
      [TREND, { indicator: 'NOT_AN_INDICATOR', from: '2023-01-01', to: '2024-01-01', interval: 'YEAR' }, 'NOT_AN_INDICATOR'],
      [TREND, { indicator: 'CROSS_APPOINTMENT_RATE', from: '2023-02-30', to: '2024-01-01', interval: 'YEAR' }, '2023-02-30'],
      ['query Q($scope: ID) { governanceIndicators(scope: $scope) { organizations } }', { scope: 'T3JnYW5pemF0aW9uOjk5OTk5' }, '"scope"'],
      ['query Q($scope: ID) { governanceIndicators(scope: $scope) { organizations } }', { scope: 'not-an-id' }, '"scope"'],
      ['{ governanceIndicators { managementLoad(heaviest: 101) { gridsWithoutWorkers } } }', {}, '"heaviest"'],
      ['{ governanceIndicators { collaboration(brokers: -1) { componentCount } } }', {}, '"brokers"'],
      ['{ governanceIndicators { isolatedOrganizations(first: 501) { totalCount } } }', {}, '"first"'],
    ];
    for (const [query, variables, mentions] of cases) {
      const response = await server.graphql(query, variables);
      expect(response.errors, `${JSON.stringify(variables)} should fail`).toBeDefined();
      expect(response.errors![0]!.message).toContain(mentions);
    }
  });

  it('answers the same, with the same statements, in a worker thread (the default) and in the request thread (INDICATOR_WORKERS=0)', async () => {
    // Two new servers on the same dataset (the tests above change this file's server's data).
    const [worker, inThread] = await Promise.all([startTestServer(dialect, { dataset: INDICATOR_DISTRICT }), startTestServer(dialect, { dataset: INDICATOR_DISTRICT, env: { INDICATOR_WORKERS: '0' } })]);
    try {
      const scopeOf = async (target: TestServer) => (await target.graphql('{ organization(code: "D") { id } }')).data!.organization.id;
      for (const activeAt of ['2024-06-01', '2019-01-01']) {
        const [inWorker, local] = await Promise.all([worker.graphql(ALL, { scope: await scopeOf(worker), activeAt }), inThread.graphql(ALL, { scope: await scopeOf(inThread), activeAt })]);
        expect(inWorker.errors).toBeUndefined();
        expect(inWorker.data).toEqual(local.data);
        expect(inWorker.extensions!.diagnostics!.sqlStatements).toBe(local.extensions!.diagnostics!.sqlStatements);
      }
      const trend = { indicator: 'LARGEST_COMPONENT_SHARE', from: '2020-01-01', to: '2024-06-01', interval: 'YEAR' };
      const [workerTrend, localTrend] = await Promise.all([worker.graphql(TREND, trend), inThread.graphql(TREND, trend)]);
      expect(workerTrend.errors).toBeUndefined();
      expect(workerTrend.data).toEqual(localTrend.data);
    } finally {
      await Promise.all([worker.close(), inThread.close()]);
    }
  });

  it('lowers the worker threads\' priority by INDICATOR_WORKER_NICE, and answers the same', async () => {
    // Linux keeps a nice value per thread (the 19th field of /proc/self/task/TID/stat); the test server runs in this process.
    const niceOfThreads = () =>
      fs.readdirSync('/proc/self/task').map((tid) => {
        const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      });
    const own = niceOfThreads()[0]!;
    const lowered = Math.min(19, own + 1);
    const before = niceOfThreads().filter((nice) => nice === lowered).length;
    // New servers on the same dataset (the tests above change this file's server's data).
    const [niced, inThread] = await Promise.all([
      startTestServer(dialect, { dataset: INDICATOR_DISTRICT, env: { INDICATOR_WORKER_NICE: '1' } }),
      startTestServer(dialect, { dataset: INDICATOR_DISTRICT, env: { INDICATOR_WORKERS: '0' } }),
    ]);
    try {
      const scopeOf = async (target: TestServer) => (await target.graphql('{ organization(code: "D") { id } }')).data!.organization.id;
      const [fromNiced, local] = await Promise.all([niced.graphql(ALL, { scope: await scopeOf(niced), activeAt: '2024-06-01' }), inThread.graphql(ALL, { scope: await scopeOf(inThread), activeAt: '2024-06-01' })]);
      expect(fromNiced.errors).toBeUndefined();
      expect(fromNiced.data).toEqual(local.data);
      // The worker thread that computed it, and only it, runs 1 below this thread (1, not more: a test on a loaded machine waits for it).
      expect(niceOfThreads().filter((nice) => nice === lowered).length).toBe(before + 1);
    } finally {
      await Promise.all([niced.close(), inThread.close()]);
    }
  });

  it('computes identical requests in flight at the same time once (indicator_tasks_total)', async () => {
    const tasks = async () => {
      const text = await (await fetch(server.url.replace('/graphql', '/metrics'))).text();
      const count = (outcome: string) => Number(new RegExp(`^indicator_tasks_total\\{outcome="${outcome}"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
      return { computed: count('computed'), joined: count('joined') };
    };
    const before = await tasks();
    // A batch: Apollo runs its operations side by side, so the three tasks are in flight together.
    const operation = { query: ALL, variables: { scope: ids.D, activeAt: '2023-03-01' } };
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminKey}` }, body: JSON.stringify([operation, operation, operation]) });
    const answers = (await response.json()) as { data: unknown; errors?: unknown }[];
    expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined, undefined]);
    expect(answers[1]!.data).toEqual(answers[0]!.data);
    expect(answers[2]!.data).toEqual(answers[0]!.data);
    const after = await tasks();
    expect({ computed: after.computed - before.computed, joined: after.joined - before.joined }).toEqual({ computed: 1, joined: 2 });
  });

  it('reads a fixed number of statements, whatever the size of the district', async () => {
    const small = await server.graphql(ALL, { scope: ids.D, activeAt: '2024-06-01' });
    const statements = small.extensions!.diagnostics!.sqlStatements;
    // Scope, chain, located, links, posts, grids; then the organizations and grids shown, one statement each.
    expect(statements).toBe(KEY_LOOKUP + 8);
    // The README's number is the GovernanceIndicators operation's, as written (the whole district, today): 8 statements, at any size (and the key's lookup).
    const EXAMPLE = fs.readFileSync('operations/governance-indicators.graphql', 'utf8');
    const example = await server.graphql(EXAMPLE);
    expect(example.errors).toBeUndefined();
    expect(example.extensions!.diagnostics!.sqlStatements).toBe(KEY_LOOKUP + 8);
    const large = await startTestServer(dialect, { dataset: scaledDistrict({ communities: 12, grids: 6, cells: 5, peoplePerGrid: 3, peoplePerCell: 2 }) });
    try {
      const district = await large.graphql('{ organization(code: "D") { id } }');
      const response = await large.graphql(ALL, { scope: district.data!.organization.id, activeAt: '2024-06-01' });
      expect(response.errors).toBeUndefined();
      expect(response.data!.governanceIndicators.organizations).toBe(2 + 12 * (1 + 6 * (1 + 5)));
      expect(response.extensions!.diagnostics!.sqlStatements).toBe(statements);
      const largeExample = await large.graphql(EXAMPLE);
      expect(largeExample.errors).toBeUndefined();
      expect(largeExample.extensions!.diagnostics!.sqlStatements).toBe(KEY_LOOKUP + 8);
    } finally {
      await large.close();
    }
  });
});

describe.each(DIALECTS)('collaboration components on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Connected components of an undirected graph by plain breadth-first search. */
  function components(nodes: Set<string>, edges: [string, string][]): number[] {
    const neighbours = new Map<string, string[]>([...nodes].map((node) => [node, []]));
    for (const [a, b] of edges) {
      neighbours.get(a)!.push(b);
      neighbours.get(b)!.push(a);
    }
    const seen = new Set<string>();
    const sizes: number[] = [];
    for (const start of nodes) {
      if (seen.has(start)) continue;
      seen.add(start);
      const queue = [start];
      for (let index = 0; index < queue.length; index += 1) {
        for (const next of neighbours.get(queue[index]!)!) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      sizes.push(queue.length);
    }
    return sizes;
  }

  it('estimates betweenness from a sample of sources on a large graph, and still finds the brokers', async () => {
    // The district links to its 10 subdistricts, each to its 110 communities: 1,111 organizations, more
    // than the exact computation's budget allows. Every path between two subdistricts' groups passes D:
    // 45 pairs of groups × 111² pairs each, normalized by (n − 1)(n − 2) ÷ 2 = 1110 × 1109 ÷ 2.
    const organizations: Record<string, string>[] = [{ code: 'BIG-D', name: 'Large District', kind: 'DISTRICT_PARTY_COMMITTEE', foundedOn: '1990-01-01' }];
    const links = [];
    for (let hub = 1; hub <= 10; hub += 1) {
      organizations.push({ code: `BIG-H${hub}`, name: `Subdistrict ${hub}`, kind: 'SUBDISTRICT_PARTY_WORKING_COMMITTEE', parentCode: 'BIG-D', foundedOn: '1990-01-01' });
      links.push({ code: `BIG-L${hub}`, kind: 'JOINT_MEETING', sourceCode: 'BIG-D', targetCode: `BIG-H${hub}`, since: '2000-01-01' });
      for (let leaf = 1; leaf <= 110; leaf += 1) {
        organizations.push({ code: `BIG-H${hub}-${leaf}`, name: `Community ${hub}-${leaf}`, kind: 'COMMUNITY_PARTY_COMMITTEE', parentCode: `BIG-H${hub}`, foundedOn: '1990-01-01' });
        links.push({ code: `BIG-L${hub}-${leaf}`, kind: 'JOINT_MEETING', sourceCode: `BIG-H${hub}`, targetCode: `BIG-H${hub}-${leaf}`, since: '2000-01-01' });
      }
    }
    const imported = await server.graphql('mutation I($dataset: JSONObject!) { importDataset(dataset: $dataset) { links { created } } }', { dataset: { organizations, links } });
    expect(imported.errors).toBeUndefined();
    const response = await server.graphql('{ governanceIndicators(scope: "BIG-D", activeAt: "2024-01-01") { collaboration(brokers: 11) { organizations componentCount exact sampledSources brokers { organization { code } betweenness } } } }');
    expect(response.errors).toBeUndefined();
    const collaboration = response.data!.governanceIndicators.collaboration;
    expect(collaboration).toMatchObject({ organizations: 1111, componentCount: 1, exact: false, sampledSources: Math.floor(1_000_000 / 1111) });
    const [first, ...hubs] = collaboration.brokers;
    expect(first.organization.code).toBe('BIG-D');
    expect(first.betweenness).toBeCloseTo((2 * 45 * 111 * 111) / (1110 * 1109), 1);
    expect(hubs.map((broker: { organization: { code: string } }) => broker.organization.code).sort()).toEqual(Array.from({ length: 10 }, (_, index) => `BIG-H${index + 1}`).sort());
  });

  it('agrees with a plain breadth-first search on random graphs, periods and dates', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc.array(fc.tuple(fc.nat(10), fc.nat(10), fc.integer({ min: 2000, max: 2020 }), fc.option(fc.integer({ min: 1, max: 10 }), { nil: null })), { maxLength: 18 }),
        fc.integer({ min: 1998, max: 2030 }),
        async (communities, outsiders, rawLinks, year) => {
          run += 1;
          const prefix = `K${run}X`;
          const district = `${prefix}D`;
          const members = [district, ...Array.from({ length: communities }, (_, index) => `${prefix}C${index}`)];
          const partners = Array.from({ length: outsiders }, (_, index) => `${prefix}E${index}`);
          const everyone = [...members, ...partners];
          const links = rawLinks
            .map(([a, b, since, years], index) => ({ code: `${prefix}L${index}`, source: everyone[a % everyone.length]!, target: everyone[b % everyone.length]!, since: `${since}-01-01`, until: years === null ? null : `${since + years}-01-01` }))
            .filter((link) => link.source !== link.target);
          const imported = await server.graphql('mutation I($dataset: JSONObject!) { importDataset(dataset: $dataset) { links { created } } }', {
            dataset: {
              organizations: [
                { code: district, name: `District ${district}`, kind: 'DISTRICT_PARTY_COMMITTEE', foundedOn: '1990-01-01' },
                ...members.slice(1).map((code) => ({ code, name: `Subdistrict ${code}`, kind: 'SUBDISTRICT_PARTY_WORKING_COMMITTEE', parentCode: district, foundedOn: '1990-01-01' })),
                ...partners.map((code) => ({ code, name: `Enterprise ${code}`, kind: 'ENTERPRISE', foundedOn: '1990-01-01' })),
              ],
              links: links.map((link) => ({ code: link.code, kind: 'RESOURCE_SHARING', sourceCode: link.source, targetCode: link.target, since: link.since, until: link.until })),
            },
          });
          expect(imported.errors).toBeUndefined();
          const activeAt = `${year}-06-01`;
          const inside = new Set(members);
          const active = links.filter((link) => link.since <= activeAt && (link.until === null || link.until > activeAt) && (inside.has(link.source) || inside.has(link.target)));
          const nodes = new Set(active.flatMap((link) => [link.source, link.target]));
          const sizes = components(nodes, active.map((link) => [link.source, link.target]));
          const pairs = new Set(active.map((link) => [link.source, link.target].sort().join('|')));

          const scope = await server.graphql('query C($code: String!) { organization(code: $code) { id } }', { code: district });
          const response = await server.graphql(
            'query Q($scope: ID, $activeAt: Date) { governanceIndicators(scope: $scope, activeAt: $activeAt) { isolatedOrganizations { totalCount } collaboration { organizations links componentCount largestComponentSize } } }',
            { scope: scope.data!.organization.id, activeAt },
          );
          expect(response.errors).toBeUndefined();
          expect(response.data!.governanceIndicators).toEqual({
            isolatedOrganizations: { totalCount: members.filter((code) => !nodes.has(code)).length },
            collaboration: { organizations: nodes.size, links: pairs.size, componentCount: sizes.length, largestComponentSize: Math.max(0, ...sizes) },
          });
          // A trend counts components another way (one graph of every period, filtered by date): the same figures.
          const trend = await server.graphql(TREND, { indicator: 'LARGEST_COMPONENT_SHARE', from: activeAt, to: activeAt, interval: 'YEAR', scope: scope.data!.organization.id });
          expect(trend.data!.indicatorTrend.points).toEqual([{ date: activeAt, ...ratio(Math.max(0, ...sizes), nodes.size) }]);
        },
      ),
      { seed: 20261129, numRuns: 25 },
    );
  });
});
