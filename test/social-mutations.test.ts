import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * Changing and ending what the social forces recorded (README, "Social forces"): activities, participations
 * (hours, verification) and member reports, each one transaction, audited, version-checked, refused with
 * BAD_USER_INPUT naming what was wrong and changing nothing; member reports never overlap, also under
 * concurrent requests; within the jurisdiction only. On every database.
 */
describe.each(DIALECTS)('social changes on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  let c2Key: string;

  async function ok<T = any>(query: string, credential?: string): Promise<T> {
    const response = await server.graphql(query, undefined, credential);
    expect(response.errors, query).toBeUndefined();
    return response.data as T;
  }

  async function refused(query: string, code = 'BAD_USER_INPUT', credential?: string) {
    const response = await server.graphql(query, undefined, credential);
    expect(response.errors?.[0]?.extensions?.code, query).toBe(code);
    return response.errors![0]!;
  }

  const audits = async (entityType: string) => (await ok(`{ auditLog(first: 1, filter: { entityType: "${entityType}" }) { totalCount } }`)).auditLog.totalCount as number;

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: { ...SMALL_DISTRICT, people: [...SMALL_DISTRICT.people!, { code: 'P4', name: '赵敏', partyMember: true }] } });
    const all = await ok('{ organizations(first: 100) { nodes { id code } } grids(first: 100) { nodes { id code } } people(first: 100) { nodes { id code } } }');
    for (const list of Object.values(all) as { nodes: { id: string; code: string }[] }[]) for (const node of list.nodes) ids[node.code] = node.id;
    c2Key = await server.createKey({ role: 'editor', scopeCode: 'C2', pii: true });
    const a1 = await ok(`mutation { createActivity(input: { code: "A1", title: "Fix bikes", kind: VOLUNTEER_SERVICE, organiserId: "${ids.C1}", partnerIds: ["${ids.U1}"], communityId: "${ids.C1}", startsAt: "2026-03-07T09:00:00Z", endsAt: "2026-03-07T13:00:00Z" }) { id } }`);
    ids.A1 = a1.createActivity.id;
    for (const [person, hours] of [['P1', 4], ['P2', 2]] as const) {
      const made = await ok(`mutation { recordParticipation(input: { activityId: "${ids.A1}", personId: "${ids[person]}", role: IN_SERVICE_MEMBER, hours: ${hours} }) { id code } }`);
      ids[made.recordParticipation.code] = made.recordParticipation.id;
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  it('changes and ends an activity, refusing what does not fit and writing nothing then', async () => {
    const update = (fields: string, credential?: string) => `mutation { updateActivity(input: { id: "${ids.A1}", ${fields} }) { title kind startsAt endsAt lengthHours beneficiaries version partners { code } } }`;
    const before = await audits('Activity');
    expect((await refused(update('expectedVersion: 9, title: "x"'), 'CONFLICT')).message).toContain('Activity A1 was changed by someone else');
    const backwards = await refused(update('endsAt: "2026-03-07T08:00:00Z"'));
    expect(backwards.extensions).toMatchObject({ field: 'input.endsAt' });
    expect(backwards.message).toBe('Activity A1 must end after it starts: "endsAt" (2026-03-07T08:00:00.000Z) is not after "startsAt" (2026-03-07T09:00:00.000Z).');
    const short = await refused(update('endsAt: "2026-03-07T12:00:00Z"'));
    expect(short.message).toBe('Activity A1 would last 3 h: participation A1-P1 has 4 h, more than that; change its hours first.');
    expect((await refused(update(`partnerIds: ["${ids.C1}"]`))).extensions).toMatchObject({ field: 'input.partnerIds' });
    expect((await refused(update('title: "  "'))).extensions).toMatchObject({ field: 'input.title' });
    expect((await refused(update('beneficiaries: -3'))).extensions).toMatchObject({ field: 'input.beneficiaries' });
    expect(await audits('Activity')).toBe(before);
    expect((await ok(`{ activity(code: "A1") { version endsAt } }`)).activity).toEqual({ version: 1, endsAt: '2026-03-07T13:00:00.000Z' });

    // A new first day moves the participations' day with it.
    const moved = await ok(update(`expectedVersion: 1, title: "Fix bikes and prams", beneficiaries: 30, startsAt: "2026-03-08T09:00:00Z", endsAt: "2026-03-08T14:00:00Z", partnerIds: ["${ids.E1}", "${ids.U1}"]`));
    expect(moved.updateActivity).toMatchObject({ title: 'Fix bikes and prams', kind: 'VOLUNTEER_SERVICE', lengthHours: 5, beneficiaries: 30, version: 2 });
    expect(moved.updateActivity.partners.map((partner: { code: string }) => partner.code).sort()).toEqual(['E1', 'U1']);
    const days = await ok(`{ activity(code: "A1") { participations { nodes { code day version } } } }`);
    expect(days.activity.participations.nodes).toEqual([
      { code: 'A1-P1', day: '2026-03-08', version: 2 },
      { code: 'A1-P2', day: '2026-03-08', version: 2 },
    ]);
    expect(await audits('Activity')).toBe(before + 1);

    const end = (fields: string) => `mutation { endActivity(input: { id: "${ids.A1}", ${fields} }) { endsAt lengthHours version } }`;
    expect((await refused(end('at: "2026-03-08T16:00:00Z"'))).message).toBe('Activity A1 already ends at 2026-03-08T14:00:00.000Z: ending it at 2026-03-08T16:00:00.000Z would not cut it short.');
    expect((await refused(end('at: "2026-03-08T08:00:00Z"'))).extensions).toMatchObject({ field: 'input.at' });
    expect((await refused(end('at: "2026-03-08T12:00:00Z"'))).message).toBe('Activity A1 would last 3 h: participation A1-P1 has 4 h, more than that; change its hours first.');
    expect((await ok(end('expectedVersion: 2, at: "2026-03-08T13:00:00Z"'))).endActivity).toEqual({ endsAt: '2026-03-08T13:00:00.000Z', lengthHours: 4, version: 3 });
    expect(await audits('Activity')).toBe(before + 2);
    // Outside the jurisdiction it is not there.
    await refused(update('title: "Mine"'), 'NOT_FOUND', c2Key);
  });

  it('changes and verifies participations', async () => {
    const update = (fields: string, credential?: string) => `mutation { updateParticipation(input: { id: "${ids['A1-P1']}", ${fields} }) { hours role version onBehalfOf { code } verifiedBy { code } } }`;
    const before = await audits('Participation');
    expect((await refused(update('hours: 4.5'))).message).toBe('Activity A1 lasts 4 h: 4.5 h is more than that (participation A1-P1).');
    expect((await refused(update('hours: 0'))).extensions).toMatchObject({ field: 'input.hours' });
    expect((await refused(update('expectedVersion: 1, hours: 3'), 'CONFLICT')).extensions).toMatchObject({ field: 'expectedVersion' });
    expect((await refused(update(''))).message).toBe('Participation A1-P1: nothing to change; give "hours", "role" or "onBehalfOfId".');
    expect(await audits('Participation')).toBe(before);
    expect((await ok(update(`expectedVersion: 2, hours: 3.5, role: PROFESSIONAL, onBehalfOfId: "${ids.U1}"`))).updateParticipation).toEqual({ hours: 3.5, role: 'PROFESSIONAL', version: 3, onBehalfOf: { code: 'U1' }, verifiedBy: null });
    expect((await ok(update('onBehalfOfId: null'))).updateParticipation).toMatchObject({ onBehalfOf: null, version: 4 });

    const verify = (organization: string, fields = '') => `mutation { verifyParticipation(input: { id: "${ids['A1-P1']}", verifiedById: "${ids[organization]}"${fields} }) { version verifiedBy { code } } }`;
    expect((await ok(verify('C1', ', expectedVersion: 4'))).verifyParticipation).toEqual({ version: 5, verifiedBy: { code: 'C1' } });
    expect((await refused(verify('C1'))).message).toBe('Participation A1-P1 is already verified by C1.');
    expect(await audits('Participation')).toBe(before + 3);
    await refused(verify('C2'), 'NOT_FOUND', c2Key);
  });

  it('ends member reports, and refuses a member reporting to two communities over the same days', async () => {
    const register = (code: string, person: string, community: string, since: string, until?: string) =>
      `mutation { registerMemberReport(input: { code: "${code}", personId: "${ids[person]}", homeUnitId: "${ids.U1}", communityId: "${ids[community]}", since: "${since}"${until ? `, until: "${until}"` : ''} }) { id code since until version } }`;
    const mr1 = (await ok(register('MR1', 'P1', 'C1', '2026-01-01'))).registerMemberReport;
    // Another community over the same days: refused, naming the report in force.
    expect((await refused(register('MR2', 'P1', 'C2', '2026-06-01'))).message).toBe(
      'Member report MR2: the person already reports to C1 over that period (MR1, 2026-01-01 – open); a member reports to one community at a time.',
    );
    const end = (fields: string) => `mutation { endMemberReport(input: { id: "${mr1.id}", ${fields} }) { until version } }`;
    expect((await refused(end('until: "2026-01-01"'))).message).toBe('Member report MR1 started on 2026-01-01: it cannot end on 2026-01-01, which is not after that.');
    expect((await refused(end('expectedVersion: 3, until: "2026-06-01"'), 'CONFLICT')).extensions).toMatchObject({ field: 'expectedVersion' });
    expect((await ok(end('expectedVersion: 1, until: "2026-06-01"'))).endMemberReport).toEqual({ until: '2026-06-01', version: 2 });
    expect((await refused(end('until: "2026-06-01"'))).message).toBe('Member report MR1 already ends on 2026-06-01.');
    // The double reporting moves to C2 from the day the first ended.
    const mr2 = (await ok(register('MR2', 'P1', 'C2', '2026-06-01'))).registerMemberReport;
    expect(mr2.code).toBe('MR2');
    // A later end of MR1 would overlap MR2: refused.
    expect((await refused(end('until: "2026-07-01"'))).message).toBe(
      'Member report MR1: the person already reports to C2 over that period (MR2, 2026-06-01 – open); a member reports to one community at a time.',
    );
    expect((await ok(end('until: "2026-05-01"'))).endMemberReport).toEqual({ until: '2026-05-01', version: 3 });
    expect(await audits('MemberReport')).toBe(4);
    // C2's editor sees MR2 (to its community), not MR1.
    await refused(end('until: "2026-04-01"'), 'NOT_FOUND', c2Key);
    expect((await ok(`mutation { endMemberReport(input: { id: "${mr2.id}", until: "2027-01-01" }) { until } }`, c2Key)).endMemberReport.until).toBe('2027-01-01');
  });

  it('lets exactly one of many concurrent overlapping reports of a member through', async () => {
    // 24 requests: without the lock on the person's row, PostgreSQL let two of them through (README, "Social forces").
    const responses = await Promise.all(
      Array.from({ length: 24 }, (_, index) =>
        server.graphql(
          `mutation { registerMemberReport(input: { code: "MC${index}", personId: "${ids.P4}", homeUnitId: "${ids.E1}", communityId: "${ids[index % 2 ? 'C1' : 'C2']}", since: "2026-0${1 + (index % 6)}-01", until: "2026-12-01" }) { code } }`,
        ),
      ),
    );
    const granted = responses.filter((response) => !response.errors);
    expect(granted).toHaveLength(1);
    for (const response of responses.filter((item) => item.errors)) {
      expect(response.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.message).toContain('a member reports to one community at a time');
    }
    const reports = await ok(`{ memberReports(first: 50) { nodes { code person { code } } } }`);
    expect(reports.memberReports.nodes.filter((node: { person: { code: string } }) => node.person.code === 'P4')).toHaveLength(1);
  });
});
