import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * Resources and their uses (README, "Resources"), through the public interface on every database: the
 * sharing-link and capacity refusals (also under concurrent requests), the lifecycle table, jurisdiction
 * and personal data on every read path, a hand-worked indicator fixture and flat statement counts.
 *
 * C1 shares with E1 through a RESOURCE_SHARING link from 2026-01-01; C2 has no link from C1.
 */
const DATASET = {
  ...SMALL_DISTRICT,
  links: [...SMALL_DISTRICT.links!, { code: 'RS1', kind: 'RESOURCE_SHARING', sourceCode: 'C1', targetCode: 'E1', since: '2026-01-01' }],
};

describe.each(DIALECTS)('resources on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  let s1NoPii: string;
  let s2Key: string;
  let e1Key: string;

  async function ok<T = any>(query: string, variables?: Record<string, unknown>, credential?: string): Promise<T> {
    const response = await server.graphql(query, variables, credential);
    expect(response.errors, query).toBeUndefined();
    return response.data as T;
  }

  async function createResource(fields: string): Promise<string> {
    const data = await ok(`mutation { createResource(input: { ${fields} }) { id code } }`);
    ids[data.createResource.code] = data.createResource.id;
    return data.createResource.id;
  }

  async function request(fields: string, credential?: string) {
    return server.graphql(`mutation { requestResourceUse(input: { ${fields} }) { id code status version viaLink { code } } }`, undefined, credential);
  }

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: DATASET });
    const organizations = await ok('{ organizations(first: 100) { nodes { id code } } }');
    for (const node of organizations.organizations.nodes) ids[node.code] = node.id;
    const grids = await ok('{ grids(first: 100) { nodes { id code } } }');
    for (const node of grids.grids.nodes) ids[node.code] = node.id;
    const people = await ok('{ people(first: 100) { nodes { id code } } }');
    for (const node of people.people.nodes) ids[node.code] = node.id;
    await createResource(`code: "HALL", ownerId: "${ids.C1}", gridId: "${ids['C1-G1']}", kind: SPACE, name: "Community hall", unit: "m²", maximum: 100, available: 80, openingHours: "Mo-Fr 09:00-17:00"`);
    await createResource(`code: "FUND", ownerId: "${ids.C1}", communityId: "${ids.C1}", kind: FUNDS, name: "Micro-project fund", unit: "CNY", maximum: 1000`);
    await createResource(`code: "ROOM2", ownerId: "${ids.U1}", communityId: "${ids.C1}", kind: SPACE, name: "School reading room", unit: "m²", maximum: 50`);
    s1NoPii = await server.createKey({ role: 'editor', scopeCode: 'S1', pii: false });
    s2Key = await server.createKey({ role: 'editor', scopeCode: 'S2', pii: true });
    e1Key = await server.createKey({ role: 'editor', scopeCode: 'E1', pii: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses malformed resources with BAD_USER_INPUT naming the field', async () => {
    const cases: [string, string][] = [
      [`code: "X1", ownerId: "${ids.C1}", communityId: "${ids.C1}", kind: SPACE, name: "x", unit: "m²", maximum: 0`, 'input.maximum'],
      [`code: "X2", ownerId: "${ids.C1}", communityId: "${ids.C1}", kind: SPACE, name: "x", unit: "m²", maximum: 10, openingHours: "Mo-Fr 9-17"`, 'input.openingHours'],
      [`code: "X3", ownerId: "${ids.C1}", communityId: "${ids.C1}", kind: SPACE, name: "x", unit: "m²", maximum: 10, openingHours: "Mo 09:00-12:00,11:00-13:00"`, 'input.openingHours'],
      [`code: "X4", ownerId: "${ids.C1}", communityId: "${ids.S1}", kind: SPACE, name: "x", unit: "m²", maximum: 10`, 'input.communityId'],
      [`code: "X5", ownerId: "${ids.C1}", kind: SPACE, name: "x", unit: "m²", maximum: 10`, 'input.communityId'],
      [`code: "X6", ownerId: "${ids.C1}", communityId: "${ids.C1}", kind: SPACE, name: "x", unit: "m²", maximum: 10, available: 20`, 'input.available'],
    ];
    for (const [fields, field] of cases) {
      const response = await server.graphql(`mutation { createResource(input: { ${fields} }) { id } }`);
      expect(response.errors?.[0]?.extensions?.code, fields).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.field, fields).toBe(field);
    }
    const hall = await ok(`{ resource(code: "HALL") { weeklyOpenHours openingHours available availableUpdatedAt community { code } grid { code } status } }`);
    expect(hall.resource).toMatchObject({ weeklyOpenHours: 40, openingHours: 'Mo-Fr 09:00-17:00', available: 80, community: { code: 'C1' }, grid: { code: 'C1-G1' }, status: 'ACTIVE' });
    expect(hall.resource.availableUpdatedAt).toMatch(/Z$/);
    const period = await server.graphql(`mutation { requestResourceUse(input: { resourceId: "${ids.HALL}", userId: "${ids.C1}", from: "2026-03-02T11:00:00Z", to: "2026-03-02T10:00:00Z", quantity: 1 }) { id } }`);
    expect(period.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.to' });
    const funds = await server.graphql(`mutation { requestResourceUse(input: { resourceId: "${ids.FUND}", userId: "${ids.C1}", from: "2026-03-02T11:00:00Z", to: "2026-03-02T12:00:00Z", quantity: 1 }) { id } }`);
    expect(funds.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
  });

  it('refuses a use by an organization without a sharing link in force, naming the missing link', async () => {
    const c2 = await request(`resourceId: "${ids.HALL}", userId: "${ids.C2}", from: "2026-03-02T09:00:00Z", to: "2026-03-02T10:00:00Z", quantity: 1`);
    expect(c2.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(c2.errors?.[0]?.message).toContain('missing link C1 → C2, 2026-03-02');
    const early = await request(`resourceId: "${ids.HALL}", userId: "${ids.E1}", from: "2025-12-31T09:00:00Z", to: "2025-12-31T10:00:00Z", quantity: 1`);
    expect(early.errors?.[0]?.message).toContain('missing link C1 → E1, 2025-12-31');
    const none = await ok('{ resourceUses(first: 10) { totalCount } }');
    expect(none.resourceUses.totalCount).toBe(0);
  });

  it('books within capacity, refuses overlapping bookings beyond it naming them, and follows the lifecycle table', async () => {
    const a = await request(`code: "UA", resourceId: "${ids.HALL}", userId: "${ids.C1}", personId: "${ids.P1}", from: "2026-03-02T09:00:00Z", to: "2026-03-02T11:00:00Z", quantity: 60, purpose: "Residents meeting"`);
    expect(a.errors).toBeUndefined();
    expect(a.data!.requestResourceUse).toMatchObject({ status: 'REQUESTED', viaLink: null });
    const b = await request(`code: "UB", resourceId: "${ids.HALL}", userId: "${ids.E1}", from: "2026-03-03T10:00:00Z", to: "2026-03-03T13:00:00Z", quantity: 40`, e1Key);
    expect(b.errors).toBeUndefined();
    expect(b.data!.requestResourceUse.viaLink).toEqual({ code: 'RS1' });
    const over = await request(`resourceId: "${ids.HALL}", userId: "${ids.C1}", from: "2026-03-02T10:00:00Z", to: "2026-03-02T12:00:00Z", quantity: 50`);
    expect(over.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(over.errors?.[0]?.message).toContain('60 m² are already booked at once by UA');
    // Back to back is no overlap.
    const after = await request(`code: "UC", resourceId: "${ids.HALL}", userId: "${ids.C1}", from: "2026-03-02T11:00:00Z", to: "2026-03-02T12:00:00Z", quantity: 100`);
    expect(after.errors).toBeUndefined();
    const fund = await server.graphql(`mutation { requestResourceUse(input: { code: "UF", resourceId: "${ids.FUND}", userId: "${ids.E1}", date: "2026-03-04", quantity: 300 }) { id date } }`);
    expect(fund.data!.requestResourceUse.date).toBe('2026-03-04');
    const tooMuch = await server.graphql(`mutation { requestResourceUse(input: { resourceId: "${ids.FUND}", userId: "${ids.C1}", date: "2026-05-01", quantity: 800 }) { id } }`);
    expect(tooMuch.errors?.[0]?.message).toContain('700 of 1000 CNY');
    expect(tooMuch.errors?.[0]?.message).toContain('UF');

    const step = (name: string, id: string, version?: number) => server.graphql(`mutation { ${name}(input: { id: "${id}"${version ? `, expectedVersion: ${version}` : ''} }) { status version } }`);
    const ua = a.data!.requestResourceUse.id;
    expect((await step('markResourceUsed', ua)).errors?.[0]?.message).toBe('Resource use UA is REQUESTED: MARK_USED is not allowed from REQUESTED (only from APPROVED). Allowed from REQUESTED: APPROVE, CANCEL.');
    expect((await step('approveResourceUse', ua, 7)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await step('approveResourceUse', ua, 1)).data!.approveResourceUse).toEqual({ status: 'APPROVED', version: 2 });
    expect((await step('markResourceUsed', ua, 2)).data!.markResourceUsed).toEqual({ status: 'USED', version: 3 });
    expect((await step('cancelResourceUse', ua)).errors?.[0]?.message).toContain('Allowed from USED: nothing (final)');
    const ub = b.data!.requestResourceUse.id;
    // E1 may cancel its own use but not approve it: approval is the owner's.
    expect((await server.graphql(`mutation { approveResourceUse(input: { id: "${ub}" }) { status } }`, undefined, e1Key)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await step('approveResourceUse', ub);
    await step('markResourceUsed', ub);
    await step('cancelResourceUse', after.data!.requestResourceUse.id);
    await step('approveResourceUse', fund.data!.requestResourceUse.id);
    await step('markResourceUsed', fund.data!.requestResourceUse.id);
    const audit = await ok('{ auditLog(first: 100, filter: { entityType: "ResourceUse" }) { totalCount } }').catch(() => null);
    if (audit) expect(audit.auditLog.totalCount).toBeGreaterThanOrEqual(10);
  });

  it('grants exactly the capacity to many concurrent requests, and refuses the rest', async () => {
    const id = await createResource(`code: "TENTS", ownerId: "${ids.C1}", communityId: "${ids.C1}", kind: EQUIPMENT, name: "Tents", unit: "item", maximum: 5`);
    const responses = await Promise.all(
      Array.from({ length: 16 }, (_, index) => request(`resourceId: "${id}", userId: "${index % 2 ? ids.C1 : ids.E1}", from: "2026-04-0${1 + (index % 2)}T08:00:00Z", to: "2026-04-03T08:00:00Z", quantity: 1`)),
    );
    const granted = responses.filter((response) => !response.errors);
    const refused = responses.filter((response) => response.errors);
    expect(granted).toHaveLength(5);
    expect(refused).toHaveLength(11);
    for (const response of refused) {
      expect(response.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.message).toContain('does not fit its capacity of 5 item');
    }
    const uses = await ok(`{ resource(code: "TENTS") { uses(first: 50) { totalCount } } }`);
    expect(uses.resource.uses.totalCount).toBe(5);
    expect(new Set(granted.map((response) => response.data!.requestResourceUse.code)).size).toBe(5);
  });

  it('shows each credential only its jurisdiction on every read path, and masks personal data', async () => {
    const list = '{ resources(first: 50) { totalCount nodes { code } } resourceUses(first: 50) { nodes { code } } }';
    const s2 = await ok(list, undefined, s2Key);
    expect(s2.resources.totalCount).toBe(0);
    expect(s2.resourceUses.nodes).toEqual([]);
    expect((await ok(`{ resource(code: "HALL") { id } n: node(id: "${ids.HALL}") { id } }`, undefined, s2Key))).toEqual({ resource: null, n: null });
    // E1 sees C1's resources, shared into it, not U1's; of the uses, only its own.
    const e1 = await ok(list, undefined, e1Key);
    expect(e1.resources.nodes.map((node: { code: string }) => node.code)).toEqual(['FUND', 'HALL', 'TENTS']);
    expect(e1.resourceUses.nodes.map((node: { code: string }) => node.code).sort()).toEqual(expect.arrayContaining(['UB', 'UF']));
    expect(e1.resourceUses.nodes.map((node: { code: string }) => node.code)).not.toContain('UA');
    const hallUses = await ok(`{ resource(code: "HALL") { uses(first: 10) { nodes { code } } sharedThrough { code } } resourceUse(code: "UA") { id } }`, undefined, e1Key);
    expect(hallUses.resource.uses.nodes).toEqual([{ code: 'UB' }]);
    expect(hallUses.resource.sharedThrough).toEqual([{ code: 'RS1' }]);
    expect(hallUses.resourceUse).toBeNull();
    const shared = await ok(`{ organization(code: "E1") { sharedResources(first: 10) { nodes { code } } } }`, undefined, e1Key);
    expect(shared.organization.sharedResources.nodes.map((node: { code: string }) => node.code)).toEqual(['FUND', 'HALL', 'TENTS']);
    const owned = await ok(`{ organization(code: "C1") { resources(first: 10, kinds: [SPACE]) { nodes { code } } } }`);
    expect(owned.organization.resources.nodes).toEqual([{ code: 'HALL' }]);
    const filtered = await ok(`{ a: resources(filter: { sharedWith: "${ids.E1}" }) { nodes { code } } b: resources(filter: { availableAt: "2026-03-07", kinds: [SPACE] }) { nodes { code } } c: resources(filter: { under: "${ids.S1}", kinds: [SPACE], grid: "${ids['C1-G1']}" }) { nodes { code } } }`);
    expect(filtered.a.nodes.map((node: { code: string }) => node.code)).toEqual(['FUND', 'HALL', 'TENTS']);
    expect(filtered.b.nodes).toEqual([{ code: 'ROOM2' }]);
    expect(filtered.c.nodes).toEqual([{ code: 'HALL' }]);
    const person = '{ resourceUse(code: "UA") { person { name } } }';
    expect((await ok(person, undefined, s1NoPii)).resourceUse.person.name).toBe('王**');
    expect((await ok(person)).resourceUse.person.name).toBe('王秀兰');
  });

  it('computes the indicators of a hand-worked week exactly', async () => {
    // 2026-03-02 (Monday) to 2026-03-09: HALL open 5 × 8 h = 40 h × 100 m² = 4,000; ROOM2 always open 168 h × 50 m² = 8,400.
    // USED: UA 60 m² × 2 h = 120, UB 40 m² × 3 h = 120 → 240 ÷ 12,400. FUND: 300 ÷ 1,000. TENTS (EQUIPMENT, uses in April): 5 × 168 × 1 = 840.
    const data = await ok(`{ resourceIndicators(scope: "C1", from: "2026-03-02", to: "2026-03-09") { groups { resourceUtilisation { numerator denominator value } fundsUtilisation { numerator denominator } resourceSharingRate { numerator denominator } idleResources { totalCount nodes { code } } idleSharedSpaces { numerator denominator value } serviceSpacePer100Households { squareMetres households per100Households meetsStandard } } } }`);
    const [group] = data.resourceIndicators.groups;
    expect(group.resourceUtilisation.numerator).toBeCloseTo(240, 6);
    expect(group.resourceUtilisation.denominator).toBeCloseTo(4000 + 8400 + 840, 6);
    expect(group.fundsUtilisation).toEqual({ numerator: 300, denominator: 1000 });
    expect(group.resourceSharingRate).toEqual({ numerator: 2, denominator: 3 });
    expect(group.idleResources).toEqual({ totalCount: 2, nodes: [{ code: 'ROOM2' }, { code: 'TENTS' }] });
    expect(group.serviceSpacePer100Households).toEqual({ squareMetres: 150, households: 3000, per100Households: 5, meetsStandard: false });
    // Shared spaces: HALL (C1 shares through RS1; ROOM2's owner U1 shares nothing), used that week; idle the week of 03-16.
    expect(group.idleSharedSpaces).toEqual({ numerator: 0, denominator: 1, value: 0 });
    const later = await ok(`{ resourceIndicators(scope: "C1", from: "2026-03-16", to: "2026-03-23") { groups { idleSharedSpaces { numerator denominator value } } } }`);
    expect(later.resourceIndicators.groups[0].idleSharedSpaces).toEqual({ numerator: 1, denominator: 1, value: 1 });
    const byCommunity = await ok(`{ resourceIndicators(scope: "S1", from: "2026-03-02", to: "2026-03-09", groupBy: COMMUNITY) { groups { community { code } resourceSharingRate { numerator denominator } serviceSpacePer100Households { squareMetres households } } } }`);
    expect(byCommunity.resourceIndicators.groups).toEqual([
      { community: { code: 'C1' }, resourceSharingRate: { numerator: 2, denominator: 3 }, serviceSpacePer100Households: { squareMetres: 150, households: 3000 } },
      { community: { code: 'C2' }, resourceSharingRate: { numerator: 0, denominator: 0 }, serviceSpacePer100Households: { squareMetres: 0, households: 2400 } },
    ]);
    const byKind = await ok(`{ resourceIndicators(scope: "C1", from: "2026-03-02", to: "2026-03-09", groupBy: KIND) { groups { kind resourceSharingRate { numerator denominator } } } }`);
    expect(byKind.resourceIndicators.groups.map((group: { kind: string }) => group.kind)).toEqual(['EQUIPMENT', 'FUNDS', 'SPACE']);
    expect((await server.graphql(`{ resourceIndicators(scope: "C1", from: "2026-03-02", to: "2026-03-09") { groups { idleResources { totalCount } } } }`, undefined, s2Key)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('follows utilisation, funds, sharing, idle shared spaces and service space by month and quarter, each point as worked by hand and the resourceIndicators of its period', async () => {
    // C2 shares a 60 m² room (always open) into C1 from 2026-02-10 until 2026-05-20, and uses it in April; U1 uses ROOM2 across April's end;
    // C1 pays 200 CNY out of its own fund in May.
    await ok(`mutation { createLink(input: { code: "RS2", kind: RESOURCE_SHARING, sourceId: "${ids.C2}", targetId: "${ids.C1}", since: "2026-02-10", until: "2026-05-20" }) { id } }`);
    await createResource(`code: "C2ROOM", ownerId: "${ids.C2}", communityId: "${ids.C2}", kind: SPACE, name: "Beiyuan activity room", unit: "m²", maximum: 60`);
    for (const fields of [
      `code: "UD", resourceId: "${ids.C2ROOM}", userId: "${ids.C2}", from: "2026-04-15T09:00:00Z", to: "2026-04-15T11:00:00Z", quantity: 30`,
      `code: "UE", resourceId: "${ids.ROOM2}", userId: "${ids.U1}", from: "2026-04-30T22:00:00Z", to: "2026-05-01T02:00:00Z", quantity: 10`,
      `code: "UG", resourceId: "${ids.FUND}", userId: "${ids.C1}", date: "2026-05-12", quantity: 200`,
    ]) {
      const use = (await ok(`mutation { requestResourceUse(input: { ${fields} }) { id } }`)).requestResourceUse.id;
      await ok(`mutation { approveResourceUse(input: { id: "${use}" }) { status } }`);
      await ok(`mutation { markResourceUsed(input: { id: "${use}" }) { status } }`);
    }
    const trend = async (indicator: string, interval: string, scope: string, credential?: string) => {
      const response = await server.graphql(`{ indicatorTrend(indicator: ${indicator}, from: "2026-01-01", to: "2026-06-30", interval: ${interval}${scope ? `, scope: "${scope}"` : ''}) { points { date numerator denominator value } } }`, undefined, credential);
      expect(response.errors, `${indicator} ${interval}`).toBeUndefined();
      return response.data!.indicatorTrend.points as { date: string; numerator: number; denominator: number; value: number | null }[];
    };
    // Utilisation in C1 (HALL 100 m² × 8 h each weekday; ROOM2 50 m² and TENTS 5 items, always open; the tents' uses only requested):
    //   Jan 31 days, 22 weekdays: 17,600 + 37,200 + 3,720 = 58,520; Feb 28, 20: 16,000 + 33,600 + 3,360 = 52,960; Mar as Jan;
    //   Apr 30, 22: 17,600 + 36,000 + 3,600 = 57,200; May 31, 21: 16,800 + 37,200 + 3,720 = 57,720; Jun as Apr.
    //   Used: March UA 120 + UB 120; UE 10 m² × 2 h in April and 2 h in May. Quarters: 240 ÷ 170,000, 40 ÷ 172,120.
    // Idle shared spaces in S1 (HALL shared through RS1 from Jan; C2ROOM through RS2 on Feb's, March's and April's last days):
    //   Jan 1 ÷ 1; Feb 2 ÷ 2; Mar HALL used → 1 ÷ 2; Apr C2ROOM used (UD) → 1 ÷ 2; May, Jun (RS2 ended 05-20) 1 ÷ 1. Q1 1 ÷ 2; Q2 1 ÷ 1.
    // Service space in C1 (3,000 households): HALL + ROOM2 = 150 m², with C2ROOM shared into C1 on Feb's to April's last days 210 m².
    // Funds in C1 (FUND's budget 1,000 CNY): UF 300 on 03-04 (E1), UG 200 on 05-12 → March 300, May 200, the quarters 300 and 200 ÷ 1,000.
    // Sharing in S1, USED uses by the month they start: March UA (C1's own hall), UB and UF (E1) → 2 ÷ 3; April UD (C2's own room),
    //   UE (U1's own room, starting 04-30) → 0 ÷ 2; May UG (C1's own fund) → 0 ÷ 1; none in January, February, June. Q1 2 ÷ 3, Q2 0 ÷ 3.
    const cases = [
      ['RESOURCE_UTILISATION', 'resourceUtilisation', 'C1', [[0, 58520], [0, 52960], [240, 58520], [20, 57200], [20, 57720], [0, 57200]], [[240, 170000], [40, 172120]]],
      ['RESOURCE_IDLE_SHARED_SPACES', 'idleSharedSpaces', 'S1', [[1, 1], [2, 2], [1, 2], [1, 2], [1, 1], [1, 1]], [[1, 2], [1, 1]]],
      ['RESOURCE_SERVICE_SPACE_PER_100_HOUSEHOLDS', 'serviceSpacePer100Households', 'C1', [[150, 3000], [210, 3000], [210, 3000], [210, 3000], [150, 3000], [150, 3000]], [[210, 3000], [150, 3000]]],
      ['RESOURCE_FUNDS_UTILISATION', 'fundsUtilisation', 'C1', [[0, 1000], [0, 1000], [300, 1000], [0, 1000], [200, 1000], [0, 1000]], [[300, 1000], [200, 1000]]],
      ['RESOURCE_SHARING_RATE', 'resourceSharingRate', 'S1', [[0, 0], [0, 0], [2, 3], [0, 2], [0, 1], [0, 0]], [[2, 3], [0, 3]]],
    ] as const;
    const months = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01'];
    for (const [indicator, field, scope, monthly, quarterly] of cases) {
      const per100 = field === 'serviceSpacePer100Households';
      const selection = per100 ? 'squareMetres households per100Households' : 'numerator denominator value';
      for (const [interval, expected, starts] of [
        ['MONTH', monthly, months],
        ['QUARTER', quarterly, ['2026-01-01', '2026-04-01', '2026-07-01']],
      ] as const) {
        const points = await trend(indicator, interval, scope);
        expect(points.map((point) => [point.numerator, point.denominator]), `${indicator} ${interval}`).toEqual(expected);
        for (const [index, point] of points.entries()) {
          expect(point.value).toBe(point.denominator === 0 ? null : (point.numerator / point.denominator) * (per100 ? 100 : 1));
          const whole = await ok(`{ resourceIndicators(scope: "${scope}", from: "${starts[index]}", to: "${starts[index + 1]}") { groups { ${field} { ${selection} } } } }`);
          const figure = whole.resourceIndicators.groups[0][field];
          expect(per100 ? { numerator: figure.squareMetres, denominator: figure.households, value: figure.per100Households } : figure, `${indicator} ${point.date}`).toEqual({
            numerator: point.numerator,
            denominator: point.denominator,
            value: point.value,
          });
        }
      }
      // The jurisdiction: S1's credential by default (its own subtree), another subdistrict's is refused the scope.
      if (scope === 'S1') expect(await trend(indicator, 'QUARTER', '', s1NoPii)).toEqual(await trend(indicator, 'QUARTER', 'S1'));
      const outside = await server.graphql(`{ indicatorTrend(indicator: ${indicator}, from: "2026-01-01", to: "2026-06-30", interval: MONTH, scope: "${scope}") { points { value } } }`, undefined, s2Key);
      expect(outside.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      // Two years by month cost the statements of one point.
      const count = async (from: string, interval: string) =>
        (await server.graphql(`{ indicatorTrend(indicator: ${indicator}, from: "${from}", to: "2026-12-31", interval: ${interval}, scope: "${scope}") { points { value } } }`)).extensions!.diagnostics!.sqlStatements;
      expect(await count('2025-01-01', 'MONTH'), indicator).toBe(await count('2026-01-01', 'YEAR'));
    }
  });

  it('reads resources, uses and indicators in as many statements for many as for few', async () => {
    const page = `{ resources(first: 50) { nodes { code owner { code } community { code } grid { code } sharedThrough { code } uses(first: 5) { nodes { code user { code } viaLink { code } person { name } resource { code } } } } }
      resourceIndicators(scope: "S1", from: "2026-03-01", to: "2026-05-01", groupBy: COMMUNITY) { groups { community { code } idleResources { nodes { code owner { code } } } } } }`;
    await server.graphql(page);
    const before = await server.graphql(page);
    expect(before.errors).toBeUndefined();
    for (let index = 0; index < 6; index += 1) {
      const id = await createResource(`code: "MORE${index}", ownerId: "${index % 2 ? ids.C1 : ids.U1}", communityId: "${index % 3 ? ids.C1 : ids.C2}", kind: SPACE, name: "Room ${index}", unit: "m²", maximum: 20`);
      if (index % 2) expect((await request(`resourceId: "${id}", userId: "${ids.E1}", from: "2026-03-10T09:00:00Z", to: "2026-03-10T10:00:00Z", quantity: 5, personId: "${ids.P2}"`)).errors).toBeUndefined();
    }
    const after = await server.graphql(page);
    expect(after.errors).toBeUndefined();
    expect(after.data!.resources.nodes.length).toBeGreaterThan(before.data!.resources.nodes.length);
    // Not more with more resources and uses (17 before, 16 after on SQLite: one batch fewer once every page is full, not yet explained).
    expect(after.extensions?.diagnostics?.sqlStatements).toBeLessThanOrEqual(before.extensions!.diagnostics!.sqlStatements);
    expect(after.extensions?.diagnostics?.sqlStatements).toBeLessThanOrEqual(17);
  });
});
