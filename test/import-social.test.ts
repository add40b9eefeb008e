import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetInput } from '../src/modules/import/dataset.js';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * The importer's sections for resources and the social forces (README, "Importing and seeding"), through
 * importDataset on every database: created by code, unchanged the second time, moved on along the lifecycle
 * tables, and refused, naming the record and what was wrong, with nothing changed, under the mutations' rules.
 */

const IMPORT = `mutation Import($dataset: JSONObject!) {
  importDataset(dataset: $dataset) {
    links { created updated unchanged }
    resources { created updated unchanged }
    resourceUses { created updated unchanged }
    needs { created updated unchanged }
    activities { created updated unchanged }
    participations { created updated unchanged }
    memberReports { created updated unchanged }
  }
}`;

const COUNTS = `{
  resources(first: 0) { totalCount }
  resourceUses(first: 0) { totalCount }
  needs(first: 0) { totalCount }
  activities(first: 0) { totalCount }
  memberReports(first: 0) { totalCount }
  a1: activity(code: "A1") { participations(first: 0) { totalCount } }
  links(first: 0) { totalCount }
}`;

/** U1 (the school) shares with C1 from 2024; E1 (the firm) shared with C2 but the link is suspended. */
const SOCIAL: DatasetInput = {
  links: [
    { code: 'RS1', kind: 'RESOURCE_SHARING', sourceCode: 'U1', targetCode: 'C1', since: '2024-01-01' },
    { code: 'RS2', kind: 'RESOURCE_SHARING', sourceCode: 'E1', targetCode: 'C2', since: '2024-01-01', status: 'SUSPENDED' },
  ],
  resources: [
    { code: 'R-HALL', ownerCode: 'U1', kind: 'SPACE', name: 'School hall', unit: 'm²', maximum: 100, communityCode: 'C1', openingHours: 'Mo-Fr 08:00-18:00' },
    { code: 'R-FUND', ownerCode: 'E1', kind: 'FUNDS', name: 'Community fund', unit: 'CNY', maximum: 1000, gridCode: 'C1-G1', available: 400, availableUpdatedAt: '2025-03-02T00:00:00Z' },
    { code: 'R-TENT', ownerCode: 'RC1', kind: 'EQUIPMENT', name: 'Tents', unit: 'item', maximum: 5, communityCode: 'C1' },
    { code: 'R-SHUT', ownerCode: 'RC1', kind: 'SPACE', name: 'Old station', unit: 'm²', maximum: 40, communityCode: 'C1', status: 'DEFUNCT' },
  ],
  resourceUses: [
    { code: 'U-1', resourceCode: 'R-HALL', userCode: 'C1', from: '2025-03-03T01:00:00Z', to: '2025-03-03T03:00:00Z', quantity: 100, status: 'USED', requestedAt: '2025-02-20T02:00:00Z', personCode: 'P1' },
    { code: 'U-2', resourceCode: 'R-HALL', userCode: 'U1', from: '2025-03-03T03:00:00Z', to: '2025-03-03T05:00:00Z', quantity: 100, status: 'APPROVED', requestedAt: '2025-02-21T02:00:00Z' },
    { code: 'U-3', resourceCode: 'R-FUND', userCode: 'E1', date: '2025-03-01', quantity: 600, status: 'USED', requestedAt: '2025-02-25T02:00:00Z', purpose: 'Lift repair' },
    { code: 'U-4', resourceCode: 'R-TENT', userCode: 'RC1', from: '2025-03-08T00:00:00Z', to: '2025-03-08T10:00:00Z', quantity: 2 },
  ],
  needs: [
    { code: 'N1', kind: 'MICRO_WISH', title: 'A school bag', gridCode: 'C1-G1', raisedAt: '2025-03-01T02:00:00Z', householdRef: 'HH-C1-0007' },
    { code: 'N2', kind: 'SERVICE', title: 'Fix a door', communityCode: 'C1', raisedAt: '2025-03-01T02:00:00Z', status: 'CLAIMED', claimedByOrganizationCode: 'U1', claimedAt: '2025-03-02T02:00:00Z' },
    { code: 'N3', kind: 'PROJECT', title: 'A ramp', communityCode: 'C1', raisedAt: '2025-02-01T02:00:00Z', status: 'FULFILLED', claimedByPersonCode: 'P3', claimedAt: '2025-02-03T02:00:00Z', fulfilledAt: '2025-03-08T04:00:00Z' },
    { code: 'N4', kind: 'GOODS', title: 'Winter coats', communityCode: 'C2', raisedAt: '2025-01-01T02:00:00Z', status: 'EXPIRED', expiredAt: '2025-03-01T00:00:00Z' },
  ],
  activities: [
    { code: 'A1', title: 'Building the ramp', kind: 'CO_BUILDING_PROJECT', organiserCode: 'C1', partnerCodes: ['U1', 'E1'], communityCode: 'C1', startsAt: '2025-03-08T01:00:00Z', endsAt: '2025-03-08T04:00:00Z', beneficiaries: 40, needCode: 'N3' },
  ],
  participations: [
    { code: 'A1-P1', activityCode: 'A1', personCode: 'P1', role: 'IN_SERVICE_MEMBER', hours: 3, onBehalfOfCode: 'EP1', verifiedByCode: 'C1' },
    { code: 'A1-P2', activityCode: 'A1', personCode: 'P3', role: 'RESIDENT_VOLUNTEER', hours: 2 },
  ],
  memberReports: [{ code: 'MR1', personCode: 'P2', homeUnitCode: 'U1', communityCode: 'C1', since: '2024-01-01' }],
};

const clone = <T>(value: T): T => structuredClone(value);
const zero = { created: 0, updated: 0, unchanged: 0 };

describe.each(DIALECTS)('importing resources and social forces on %s', (dialect) => {
  let server: TestServer;
  /** What the database holds after the tests so far: the refusals start from it. */
  let current: DatasetInput = SOCIAL;
  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT, diagnostics: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('creates every section by code, and importing it again changes nothing', async () => {
    const first = await server.graphql(IMPORT, { dataset: SOCIAL });
    expect(first.errors).toBeUndefined();
    expect(first.data!.importDataset).toEqual({
      links: { created: 2, updated: 0, unchanged: 0 },
      resources: { created: 4, updated: 0, unchanged: 0 },
      resourceUses: { created: 4, updated: 0, unchanged: 0 },
      needs: { created: 4, updated: 0, unchanged: 0 },
      activities: { created: 1, updated: 0, unchanged: 0 },
      participations: { created: 2, updated: 0, unchanged: 0 },
      memberReports: { created: 1, updated: 0, unchanged: 0 },
    });
    const before = await server.graphql(COUNTS);
    const second = await server.graphql(IMPORT, { dataset: SOCIAL });
    expect(second.data!.importDataset).toEqual({
      links: { ...zero, unchanged: 2 },
      resources: { ...zero, unchanged: 4 },
      resourceUses: { ...zero, unchanged: 4 },
      needs: { ...zero, unchanged: 4 },
      activities: { ...zero, unchanged: 1 },
      participations: { ...zero, unchanged: 2 },
      memberReports: { ...zero, unchanged: 1 },
    });
    expect(await server.graphql(COUNTS)).toEqual(before);
    const check = await server.graphql(`{
      hall: resource(code: "R-HALL") { kind unit maximum weeklyOpenHours status owner { code } community { code } grid { code }
        uses { nodes { code status quantity startsAt endsAt requestedAt statusChangedAt user { code } person { code } viaLink { code } } } }
      fund: resource(code: "R-FUND") { available availableUpdatedAt community { code } grid { code } uses { nodes { code date purpose viaLink { code } } } }
      needs { nodes { code status community { code } grid { code } claimedAt fulfilledAt expiredAt claimedByOrganization { code } claimedByPerson { code } } }
      activity(code: "A1") { organiser { code } partners { code } need { code status } lengthHours beneficiaries
        participations { nodes { code role hours day person { code } onBehalfOf { code } verifiedBy { code } } } }
      memberReports { nodes { code since until person { code } homeUnit { code } community { code } } }
    }`);
    expect(check.errors).toBeUndefined();
    expect(check.data).toEqual({
      hall: {
        kind: 'SPACE',
        unit: 'm²',
        maximum: 100,
        weeklyOpenHours: 50,
        status: 'ACTIVE',
        owner: { code: 'U1' },
        community: { code: 'C1' },
        grid: null,
        uses: {
          nodes: [
            { code: 'U-1', status: 'USED', quantity: 100, startsAt: '2025-03-03T01:00:00.000Z', endsAt: '2025-03-03T03:00:00.000Z', requestedAt: '2025-02-20T02:00:00.000Z', statusChangedAt: '2025-02-20T02:00:00.000Z', user: { code: 'C1' }, person: { code: 'P1' }, viaLink: { code: 'RS1' } },
            { code: 'U-2', status: 'APPROVED', quantity: 100, startsAt: '2025-03-03T03:00:00.000Z', endsAt: '2025-03-03T05:00:00.000Z', requestedAt: '2025-02-21T02:00:00.000Z', statusChangedAt: '2025-02-21T02:00:00.000Z', user: { code: 'U1' }, person: null, viaLink: null },
          ],
        },
      },
      fund: { available: 400, availableUpdatedAt: '2025-03-02T00:00:00.000Z', community: { code: 'C1' }, grid: { code: 'C1-G1' }, uses: { nodes: [{ code: 'U-3', date: '2025-03-01', purpose: 'Lift repair', viaLink: null }] } },
      needs: {
        nodes: [
          { code: 'N4', status: 'EXPIRED', community: { code: 'C2' }, grid: null, claimedAt: null, fulfilledAt: null, expiredAt: '2025-03-01T00:00:00.000Z', claimedByOrganization: null, claimedByPerson: null },
          { code: 'N3', status: 'FULFILLED', community: { code: 'C1' }, grid: null, claimedAt: '2025-02-03T02:00:00.000Z', fulfilledAt: '2025-03-08T04:00:00.000Z', expiredAt: null, claimedByOrganization: null, claimedByPerson: { code: 'P3' } },
          { code: 'N1', status: 'OPEN', community: { code: 'C1' }, grid: { code: 'C1-G1' }, claimedAt: null, fulfilledAt: null, expiredAt: null, claimedByOrganization: null, claimedByPerson: null },
          { code: 'N2', status: 'CLAIMED', community: { code: 'C1' }, grid: null, claimedAt: '2025-03-02T02:00:00.000Z', fulfilledAt: null, expiredAt: null, claimedByOrganization: { code: 'U1' }, claimedByPerson: null },
        ],
      },
      activity: {
        organiser: { code: 'C1' },
        partners: [{ code: 'E1' }, { code: 'U1' }],
        need: { code: 'N3', status: 'FULFILLED' },
        lengthHours: 3,
        beneficiaries: 40,
        participations: {
          nodes: [
            { code: 'A1-P1', role: 'IN_SERVICE_MEMBER', hours: 3, day: '2025-03-08', person: { code: 'P1' }, onBehalfOf: { code: 'EP1' }, verifiedBy: { code: 'C1' } },
            { code: 'A1-P2', role: 'RESIDENT_VOLUNTEER', hours: 2, day: '2025-03-08', person: { code: 'P3' }, onBehalfOf: null, verifiedBy: null },
          ],
        },
      },
      memberReports: { nodes: [{ code: 'MR1', since: '2024-01-01', until: null, person: { code: 'P2' }, homeUnit: { code: 'U1' }, community: { code: 'C1' } }] },
    });
  });

  it('moves uses and needs on along their lifecycles, updates resources and ends member reports', async () => {
    const moved = clone(SOCIAL);
    moved.resourceUses!.find((use) => use.code === 'U-2')!.status = 'USED';
    moved.resourceUses!.find((use) => use.code === 'U-2')!.statusChangedAt = '2025-03-03T05:00:00Z';
    Object.assign(moved.needs!.find((need) => need.code === 'N1')!, { status: 'CLAIMED', claimedByOrganizationCode: 'RC1', claimedAt: '2025-03-04T02:00:00Z' });
    Object.assign(moved.resources!.find((resource) => resource.code === 'R-TENT')!, { maximum: 8, status: 'TEMPORARILY_CLOSED' });
    moved.memberReports![0]!.until = '2025-06-01';
    const response = await server.graphql(IMPORT, { dataset: moved });
    expect(response.errors).toBeUndefined();
    current = moved;
    expect(response.data!.importDataset).toMatchObject({ resources: { updated: 1, unchanged: 3 }, resourceUses: { updated: 1, unchanged: 3 }, needs: { updated: 1, unchanged: 3 }, memberReports: { updated: 1 } });
    const check = await server.graphql(`{ use: resourceUse(code: "U-2") { status statusChangedAt version } need(code: "N1") { status claimedAt claimedByOrganization { code } version }
      resource(code: "R-TENT") { maximum status version } memberReports { nodes { until } } }`);
    expect(check.data).toEqual({
      use: { status: 'USED', statusChangedAt: '2025-03-03T05:00:00.000Z', version: 2 },
      need: { status: 'CLAIMED', claimedAt: '2025-03-04T02:00:00.000Z', claimedByOrganization: { code: 'RC1' }, version: 2 },
      resource: { maximum: 8, status: 'TEMPORARILY_CLOSED', version: 2 },
      memberReports: { nodes: [{ until: '2025-06-01' }] },
    });
  });

  type Spoil = (dataset: DatasetInput) => void;
  const use = (fields: Record<string, unknown>) => (dataset: DatasetInput) => dataset.resourceUses!.push({ code: 'X-U', resourceCode: 'R-HALL', userCode: 'U1', quantity: 10, ...fields } as never);
  it.each<[string, Spoil, RegExp]>([
    ['a use by an organization with no sharing link', use({ userCode: 'C2', from: '2025-04-01T01:00:00Z', to: '2025-04-01T02:00:00Z' }), /resourceUses record X-U: resource R-HALL belongs to U1: C2 may use it only through a RESOURCE_SHARING link U1 → C2 in force on 2025-04-01.*\(missing link U1 → C2, 2025-04-01\)/],
    ['a use before the sharing link was in force', use({ userCode: 'C1', from: '2023-12-31T01:00:00Z', to: '2024-01-01T02:00:00Z' }), /resourceUses record X-U: .*missing link U1 → C1, 2023-12-31/],
    ['a use through a suspended link', (d) => d.resourceUses!.push({ code: 'X-U', resourceCode: 'R-FUND', userCode: 'C2', date: '2025-04-01', quantity: 10 }), /resourceUses record X-U: .*missing link E1 → C2, 2025-04-01/],
    ['an overlapping booking beyond capacity', use({ from: '2025-03-03T02:00:00Z', to: '2025-03-03T04:00:00Z' }), /resourceUses record X-U: 10 m² from 2025-03-03T02:00:00.000Z to 2025-03-03T04:00:00.000Z does not fit the capacity of R-HALL, 100 m²: 100 m² are booked at once by U-1/],
    ['two document uses that together exceed capacity', (d) => {
      use({ code: 'X-U', from: '2025-05-05T01:00:00Z', to: '2025-05-05T03:00:00Z', quantity: 60 })(d);
      use({ code: 'X-V', from: '2025-05-05T02:00:00Z', to: '2025-05-05T04:00:00Z', quantity: 50 })(d);
    }, /resourceUses record X-V: 50 m² .* does not fit the capacity of R-HALL, 100 m²: 60 m² are booked at once by X-U/],
    ['a disbursement beyond the budget', (d) => d.resourceUses!.push({ code: 'X-U', resourceCode: 'R-FUND', userCode: 'E1', date: '2025-04-01', quantity: 500 }), /resourceUses record X-U: 500 CNY is more than what remains of the budget of R-FUND, 400 of 1000 CNY \(held by U-3\)/],
    ['a use of a resource that is not ACTIVE', (d) => d.resourceUses!.push({ code: 'X-U', resourceCode: 'R-SHUT', userCode: 'RC1', from: '2025-04-01T01:00:00Z', to: '2025-04-01T02:00:00Z', quantity: 10 }), /resourceUses record X-U: resource R-SHUT is DEFUNCT: only ACTIVE resources take requests/],
    ['a timed use given a date', use({ date: '2025-04-01' }), /resourceUses record X-U: Resource R-HALL is SPACE: give "from" and "to", not a "date"/],
    ['a use whose status moves backwards', (d) => (d.resourceUses!.find((u) => u.code === 'U-1')!.status = 'REQUESTED'), /resourceUses record U-1: it is USED in the database: no step of the lifecycle leads from USED to REQUESTED/],
    ['a resource moved to another owner', (d) => (d.resources!.find((r) => r.code === 'R-HALL')!.ownerCode = 'E1'), /resources record R-HALL: a stored resource keeps its owner, kind and place/],
    ['bad opening hours', (d) => d.resources!.push({ code: 'X-R', ownerCode: 'U1', kind: 'SPACE', name: 'Gym', unit: 'm²', maximum: 10, communityCode: 'C1', openingHours: 'Mo-Fr 18:00-08:00' }), /resources record X-R: .*18:00-08:00 is not a time range within one day/],
    ['a resource placed in a grid branch instead of a community', (d) => d.resources!.push({ code: 'X-R', ownerCode: 'U1', kind: 'SPACE', name: 'Gym', unit: 'm²', maximum: 10, communityCode: 'G1' }), /resources record X-R: communityCode G1 is a GRID_PARTY_BRANCH, not a COMMUNITY_PARTY_COMMITTEE/],
    ['a fulfilled need without a claim', (d) => d.needs!.push({ code: 'X-N', kind: 'GOODS', title: 'Shoes', communityCode: 'C1', raisedAt: '2025-03-01T00:00:00Z', status: 'FULFILLED', fulfilledAt: '2025-03-05T00:00:00Z' }), /needs record X-N: a FULFILLED need names its claimer and claimedAt/],
    ['a need claimed before it was raised', (d) => d.needs!.push({ code: 'X-N', kind: 'GOODS', title: 'Shoes', communityCode: 'C1', raisedAt: '2025-03-01T00:00:00Z', status: 'CLAIMED', claimedByOrganizationCode: 'U1', claimedAt: '2025-02-01T00:00:00Z' }), /needs record X-N: CLAIM at 2025-02-01T00:00:00.000Z is before it was raised/],
    ['a stored claim replaced', (d) => (d.needs!.find((n) => n.code === 'N2')!.claimedByOrganizationCode = 'E1'), /needs record N2: .*(no step|never changes)/],
    ['an activity ending before it starts', (d) => d.activities!.push({ code: 'X-A', title: 'Patrol', kind: 'PATROL', organiserCode: 'C1', communityCode: 'C1', startsAt: '2025-03-08T04:00:00Z', endsAt: '2025-03-08T01:00:00Z' }), /activities record X-A: it must end after it starts/],
    ['an organiser among its partners', (d) => d.activities!.push({ code: 'X-A', title: 'Patrol', kind: 'PATROL', organiserCode: 'C1', partnerCodes: ['C1'], communityCode: 'C1', startsAt: '2025-03-08T01:00:00Z', endsAt: '2025-03-08T04:00:00Z' }), /activities record X-A: the organiser C1 cannot also be a partner/],
    ['a changed activity', (d) => (d.activities![0]!.beneficiaries = 41), /activities record A1: a stored activity never changes/],
    ['more hours than the activity lasts', (d) => d.participations!.push({ code: 'X-P', activityCode: 'A1', personCode: 'P2', role: 'WORKER', hours: 3.5 }), /participations record X-P: activity A1 lasts 3 h: 3.5 h is more than that/],
    ['a second participation of the same person', (d) => d.participations!.push({ code: 'X-P', activityCode: 'A1', personCode: 'P1', role: 'WORKER', hours: 1 }), /participations record X-P: activity A1: the participation of P1 is already recorded \(A1-P1\)/],
    ['hours not more than 0', (d) => d.participations!.push({ code: 'X-P', activityCode: 'A1', personCode: 'P2', role: 'WORKER', hours: 0 }), /participations\[2\] \(code X-P\), field hours: must be more than 0/],
    ['a member report by someone not in the Party', (d) => d.memberReports!.push({ code: 'X-M', personCode: 'P3', homeUnitCode: 'U1', communityCode: 'C1', since: '2025-01-01' }), /memberReports record X-M: P3 is not a Party member/],
    ['an overlapping member report', (d) => d.memberReports!.push({ code: 'X-M', personCode: 'P2', homeUnitCode: 'E1', communityCode: 'C1', since: '2025-01-01' }), /memberReports record X-M: P2 already reports to C1 over that period \(MR1\)/],
  ])('refuses %s, naming the record, and changes nothing', async (_label, spoil, message) => {
    const before = await server.graphql(COUNTS);
    const dataset = clone(current);
    // Fresh records in every section that would be written if the import went through.
    dataset.needs!.push({ code: 'NEW-N', kind: 'GOODS', title: 'Would be raised', communityCode: 'C2', raisedAt: '2025-03-01T00:00:00Z' });
    dataset.resources!.push({ code: 'NEW-R', ownerCode: 'U1', kind: 'EQUIPMENT', name: 'Would be created', unit: 'item', maximum: 1, communityCode: 'C1' });
    spoil(dataset);
    const response = await server.graphql(IMPORT, { dataset });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/^Import refused, nothing was changed: /);
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(await server.graphql(COUNTS)).toEqual(before);
    expect((await server.graphql('{ need(code: "NEW-N") { id } resource(code: "NEW-R") { id } }')).data).toEqual({ need: null, resource: null });
  });

  it('keeps a scoped import inside its jurisdiction', async () => {
    const c2Key = await server.createKey({ role: 'editor', scopeCode: 'C2', pii: true });
    const outside = await server.graphql(IMPORT, { dataset: { needs: [{ code: 'X-S', kind: 'GOODS', title: 'Shoes', communityCode: 'C1', raisedAt: '2025-03-01T00:00:00Z' }] } }, c2Key);
    expect(outside.errors?.[0]?.message).toMatch(/needs record X-S: its community C1 lies outside your scope/);
    const participation = await server.graphql(IMPORT, { dataset: { participations: [{ code: 'X-S', activityCode: 'A1', personCode: 'P2', role: 'WORKER', hours: 1 }] } }, c2Key);
    expect(participation.errors?.[0]?.message).toMatch(/participations record X-S: the community C1 of its activity lies outside your scope/);
    const inside = await server.graphql(IMPORT, { dataset: { needs: [{ code: 'C2-N1', kind: 'GOODS', title: 'Shoes', communityCode: 'C2', raisedAt: '2025-03-01T00:00:00Z' }] } }, c2Key);
    expect(inside.errors).toBeUndefined();
    expect(inside.data!.importDataset.needs).toEqual({ created: 1, updated: 0, unchanged: 0 });
  });

  it('reads the resources panel (operations/resources-panel.graphql) in as many statements for many resources and uses as for few', async () => {
    const panel = fs.readFileSync(new URL('../operations/resources-panel.graphql', import.meta.url), 'utf8');
    const { data: ids } = await server.graphql<{ organization: { id: string } }>('{ organization(code: "C1") { id } }');
    const variables = { community: ids!.organization.id };
    await server.graphql(panel, variables);
    const before = await server.graphql<{ resources: { totalCount: number } }>(panel, variables);
    expect(before.errors).toBeUndefined();
    const more: DatasetInput = {
      resources: Array.from({ length: 6 }, (_, index) => ({ code: `MORE${index}`, ownerCode: index % 2 ? 'RC1' : 'U1', kind: 'SPACE' as const, name: `Room ${index}`, unit: 'm²', maximum: 20, communityCode: 'C1' })),
      resourceUses: Array.from({ length: 18 }, (_, index) => ({ code: `MORE-U${index}`, resourceCode: `MORE${index % 6}`, userCode: index % 6 === 0 && index > 0 ? 'C1' : index % 2 ? 'RC1' : 'U1', from: `2025-12-${String(2 + index).padStart(2, '0')}T01:00:00Z`, to: `2025-12-${String(2 + index).padStart(2, '0')}T03:00:00Z`, quantity: 20, status: 'USED' as const })).filter((use) => use.userCode !== 'C1' || use.resourceCode === 'MORE0' || use.resourceCode === 'MORE2' || use.resourceCode === 'MORE4'),
    };
    expect((await server.graphql(IMPORT, { dataset: more })).errors).toBeUndefined();
    const after = await server.graphql<{ resources: { totalCount: number } }>(panel, variables);
    expect(after.errors).toBeUndefined();
    expect(after.data!.resources.totalCount).toBe(before.data!.resources.totalCount + 6);
    expect(after.extensions?.diagnostics?.sqlStatements).toBeLessThanOrEqual(before.extensions!.diagnostics!.sqlStatements);
  });
});
