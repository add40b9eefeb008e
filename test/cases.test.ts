import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_STEPS, CaseEventKind, CaseStatus, nextStatus, replayStatus } from '../src/modules/cases/case.transitions.js';
import { CASE_DISTRICT } from './fixtures/case-district.js';
import { DIALECTS } from './helpers/databases.js';
import { expectDerivedMatchEvents } from './helpers/derived-cases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/** Events that take a case from RECEIVED (received by its community C1) to each status; one hour apart. */
const PATHS: Record<CaseStatus, { kind: string; toCode?: string; resolved?: string; satisfaction?: string; duplicateOfCode?: string }[]> = {
  RECEIVED: [],
  DISPATCHED: [{ kind: 'DISPATCH', toCode: 'G1' }],
  RETURNED: [{ kind: 'DISPATCH', toCode: 'G1' }, { kind: 'RETURN' }],
  SIGNED: [{ kind: 'DISPATCH', toCode: 'G1' }, { kind: 'SIGN' }],
  IN_PROGRESS: [{ kind: 'DISPATCH', toCode: 'G1' }, { kind: 'SIGN' }, { kind: 'CONTACT' }],
  REPLIED: [{ kind: 'DISPATCH', toCode: 'G1' }, { kind: 'SIGN' }, { kind: 'CONTACT' }, { kind: 'REPLY', resolved: 'YES' }],
  REVISITED: [{ kind: 'DISPATCH', toCode: 'G1' }, { kind: 'SIGN' }, { kind: 'CONTACT' }, { kind: 'REPLY' }, { kind: 'REVISIT', resolved: 'YES', satisfaction: 'SATISFIED' }],
  CLOSED: [{ kind: 'DISPATCH', toCode: 'G1' }, { kind: 'SIGN' }, { kind: 'CONTACT' }, { kind: 'REPLY' }, { kind: 'CLOSE' }],
  REOPENED: [{ kind: 'DISPATCH', toCode: 'G1' }, { kind: 'SIGN' }, { kind: 'CONTACT' }, { kind: 'REPLY' }, { kind: 'CLOSE' }, { kind: 'REOPEN' }],
  REJECTED: [{ kind: 'REJECT' }],
  MERGED: [{ kind: 'MERGE', duplicateOfCode: 'K1' }],
  WITHDRAWN: [{ kind: 'WITHDRAW' }],
};

const STEP_TIME = '2026-01-10T12:00:00Z';
/** The mutation of each kind of step, and what it needs besides the common fields. */
const MUTATIONS: Partial<Record<CaseEventKind, { name: string; extra: (ids: Record<string, string>) => string }>> = {
  ANSWER_AT_INTAKE: { name: 'answerAtIntake', extra: () => '' },
  DISPATCH: { name: 'dispatchCase', extra: (ids) => `toOrganizationId: "${ids.G2}"` },
  TRANSFER: { name: 'transferCase', extra: (ids) => `toOrganizationId: "${ids.G2}"` },
  RETURN: { name: 'returnCase', extra: () => 'reason: "NOT_OUR_JURISDICTION"' },
  SIGN: { name: 'signCase', extra: () => '' },
  CONTACT: { name: 'contactCase', extra: () => '' },
  NOTE: { name: 'noteCase', extra: () => 'note: "checked"' },
  REQUEST_EXTENSION: { name: 'requestExtension', extra: () => 'dueAt: "2027-01-01T00:00:00Z"' },
  GRANT_EXTENSION: { name: 'grantExtension', extra: () => '' },
  URGE: { name: 'urgeCase', extra: () => '' },
  REPLY: { name: 'replyCase', extra: () => 'resolved: PARTLY' },
  REVISIT: { name: 'revisitCase', extra: () => 'resolved: NO, satisfaction: DISSATISFIED' },
  CLOSE: { name: 'closeCase', extra: () => '' },
  REOPEN: { name: 'reopenCase', extra: () => '' },
  MERGE: { name: 'mergeCase', extra: (ids) => `duplicateOfId: "${ids.K1}"` },
  REJECT: { name: 'rejectCase', extra: () => 'reason: "OUT_OF_SCOPE"' },
  WITHDRAW: { name: 'withdrawCase', extra: () => '' },
};

function hour(base: string, hours: number): string {
  return new Date(new Date(base).getTime() + hours * 3_600_000).toISOString();
}

/** A case record reaching `status` by PATHS (plus `extra` events), received at `receivedAt`. */
function caseRecord(code: string, status: CaseStatus, extra: { kind: string; dueAt?: string }[] = [], receivedAt = '2026-01-10T00:00:00Z', categoryCode = 'PARK') {
  return {
    code,
    categoryCode,
    channel: 'HOTLINE',
    receivedAt,
    gridCode: 'C1-G1',
    events: [...PATHS[status], ...extra].map((event, index) => ({ ...event, at: hour(receivedAt, index + 1) })),
  };
}

const STEPPED = (Object.keys(MUTATIONS) as CaseEventKind[]).filter((kind) => MUTATIONS[kind]);

describe.each(DIALECTS)('service cases on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  let s1Viewer: string;
  let s2Viewer: string;
  let e1Viewer: string;

  async function caseId(code: string): Promise<string> {
    const response = await server.graphql(`{ serviceCase(code: "${code}") { id } }`);
    return response.data!.serviceCase.id;
  }

  beforeAll(async () => {
    const matrix = Object.values(CaseStatus).flatMap((status) =>
      STEPPED.map((kind) => caseRecord(`T-${status}-${kind}`, status, kind === CaseEventKind.GRANT_EXTENSION && nextStatus(status, CaseEventKind.REQUEST_EXTENSION) ? [{ kind: 'REQUEST_EXTENSION', dueAt: '2026-12-01T00:00:00Z' }] : [])),
    );
    server = await startTestServer(dialect, { dataset: { ...CASE_DISTRICT, serviceCases: [...CASE_DISTRICT.serviceCases!, ...matrix] } });
    const organizations = await server.graphql('{ organizations(first: 100) { nodes { id code } } }');
    for (const node of organizations.data!.organizations.nodes) ids[node.code] = node.id;
    ids.K1 = await caseId('K1');
    s1Viewer = await server.createKey({ role: 'editor', scopeCode: 'S1', pii: false });
    s2Viewer = await server.createKey({ role: 'editor', scopeCode: 'S2', pii: true });
    e1Viewer = await server.createKey({ role: 'editor', scopeCode: 'E1', pii: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('allows every step the lifecycle table allows, leading where it says, and refuses every other one, naming the case, its status and the step', async () => {
    for (const status of Object.values(CaseStatus)) {
      for (const kind of STEPPED) {
        const code = `T-${status}-${kind}`;
        const mutation = MUTATIONS[kind]!;
        const extra = mutation.extra(ids);
        const response = await server.graphql(
          `mutation { result: ${mutation.name}(input: { id: "${await caseId(code)}", at: "${STEP_TIME}"${extra ? `, ${extra}` : ''} }) { serviceCase { status } event { kind seq statusAfter } } }`,
        );
        const expected = nextStatus(status, kind);
        if (expected === undefined) {
          expect(response.errors?.[0]?.extensions?.code, `${code} is refused`).toBe('BAD_USER_INPUT');
          expect(response.errors![0].message).toContain(`Case ${code} is ${status}: ${kind} is not allowed from ${status} (only from ${CASE_STEPS[kind].from.join(', ')})`);
        } else {
          expect(response.errors, code).toBeUndefined();
          expect(response.data!.result.serviceCase.status, code).toBe(expected);
          expect(response.data!.result.event.kind, code).toBe(kind);
          expect(response.data!.result.event.statusAfter, code).toBe(expected);
        }
      }
    }
  });

  it('refuses RECEIVE, WHISTLE and UNIT_REPORT as plain steps in an import, naming the case and the event', async () => {
    for (const kind of ['RECEIVE', 'WHISTLE', 'UNIT_REPORT']) {
      const response = await server.graphql('mutation M($dataset: JSONObject!) { importDataset(dataset: $dataset) { serviceCases { created } } }', {
        dataset: { serviceCases: [caseRecord(`X-${kind}`, CaseStatus.SIGNED, [{ kind }])] },
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toContain(`serviceCases record X-${kind}: events[2] (${kind})`);
    }
  });

  it('receives a case due by its category’s limit for the urgency, handled by its intake', async () => {
    const category = await server.graphql('{ serviceCategory(code: "HEAT") { id } }');
    const response = await server.graphql(
      `mutation { receiveCase(input: { code: "R1", categoryId: "${category.data!.serviceCategory.id}", channel: WALK_IN, urgency: EMERGENCY, receivedAt: "2026-01-07T10:00:00+08:00", communityId: "${ids.C1}", description: "Water from the ceiling", householdRef: "HH-9" }) { serviceCase { code status receivedAt dueAt currentHandler { code } community { code } version } event { seq kind statusAfter } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.receiveCase).toEqual({
      serviceCase: { code: 'R1', status: 'RECEIVED', receivedAt: '2026-01-07T02:00:00.000Z', dueAt: '2026-01-08T02:00:00.000Z', currentHandler: { code: 'C1' }, community: { code: 'C1' }, version: 1 },
      event: { seq: 1, kind: 'RECEIVE', statusAfter: 'RECEIVED' },
    });
    const again = await server.graphql(`mutation { receiveCase(input: { code: "R1", categoryId: "${category.data!.serviceCategory.id}", channel: WALK_IN, communityId: "${ids.C1}" }) { event { seq } } }`);
    expect(again.errors![0].extensions!.code).toBe('CONFLICT');
    const notCommunity = await server.graphql(`mutation { receiveCase(input: { code: "R2", categoryId: "${category.data!.serviceCategory.id}", channel: WALK_IN, communityId: "${ids.S1}" }) { event { seq } } }`);
    expect(notCommunity.errors![0]).toMatchObject({ message: 'Case R2: input.communityId S1 is a SUBDISTRICT_PARTY_WORKING_COMMITTEE, not a COMMUNITY_PARTY_COMMITTEE.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('dispatches within the chain or through a link in force, says which, and refuses anything else with the reason', async () => {
    const targets = [
      ['D', { kind: 'CHAIN', link: null }],
      ['E1', { kind: 'LINK', link: { code: 'L1' } }],
    ] as const;
    for (const [index, [target, eligibility]] of targets.entries()) {
      await server.graphql('mutation M($dataset: JSONObject!) { importDataset(dataset: $dataset) { serviceCases { created } } }', { dataset: { serviceCases: [caseRecord(`D-${index}`, CaseStatus.RECEIVED)] } });
      const response = await server.graphql(`mutation { dispatchCase(input: { id: "${await caseId(`D-${index}`)}", toOrganizationId: "${ids[target]}", at: "${STEP_TIME}" }) { serviceCase { status currentHandler { code } dispatchCount } eligibility { kind link { code } } event { fromOrganization { code } toOrganization { code } eligibility viaLink { code } } } }`);
      expect(response.errors, target).toBeUndefined();
      expect(response.data!.dispatchCase).toEqual({
        serviceCase: { status: 'DISPATCHED', currentHandler: { code: target }, dispatchCount: 1 },
        eligibility,
        event: { fromOrganization: { code: 'C1' }, toOrganization: { code: target }, eligibility: eligibility.kind, viaLink: eligibility.link },
      });
    }
    await server.graphql('mutation M($dataset: JSONObject!) { importDataset(dataset: $dataset) { serviceCases { created } } }', { dataset: { serviceCases: [caseRecord('D-9', CaseStatus.RECEIVED)] } });
    for (const target of ['C2', 'S2', 'U1']) {
      const response = await server.graphql(`mutation { dispatchCase(input: { id: "${await caseId('D-9')}", toOrganizationId: "${ids[target]}", at: "${STEP_TIME}" }) { serviceCase { status } } }`);
      expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.toOrganizationId', record: 'D-9' });
      expect(response.errors![0].message).toBe(
        `Case D-9: DISPATCH to ${target} refused: on 2026-01-10 it is neither in the chain of the case's community (the community, an organization above it or one below it) nor joined to that chain by a link in force of kind CO_BUILDING, UNIT_REPORTING, SERVICE_PARTNERSHIP, GUIDANCE or PARTY_PRESENCE.`,
      );
    }
    // U1 was reachable while its CO_BUILDING link with C1 was in force (2020–2022): the chain and links of the date count.
    const earlier = await server.graphql('mutation M($dataset: JSONObject!) { importDataset(dataset: $dataset) { serviceCases { created } } }', {
      dataset: { serviceCases: [{ ...caseRecord('D-2021', CaseStatus.RECEIVED, [], '2021-06-01T00:00:00Z'), events: [{ kind: 'DISPATCH', at: '2021-06-01T01:00:00Z', toCode: 'U1' }] }] },
    });
    expect(earlier.errors).toBeUndefined();
    const path = await server.graphql('{ serviceCase(code: "D-2021") { path { organization { code } event { kind eligibility viaLink { code } } } } }');
    expect(path.data!.serviceCase.path).toEqual([
      { organization: { code: 'C1' }, event: { kind: 'RECEIVE', eligibility: null, viaLink: null } },
      { organization: { code: 'U1' }, event: { kind: 'DISPATCH', eligibility: 'LINK', viaLink: { code: 'L2' } } },
    ]);
  });

  it('follows a return back to the dispatcher, and the path lists every hop', async () => {
    await server.graphql('mutation M($dataset: JSONObject!) { importDataset(dataset: $dataset) { serviceCases { created } } }', {
      dataset: { serviceCases: [{ ...caseRecord('P-1', CaseStatus.RECEIVED), events: [{ kind: 'DISPATCH', toCode: 'G1', at: '2026-01-10T01:00:00Z' }, { kind: 'RETURN', reason: 'NOT_OUR_FUNCTION', at: '2026-01-10T02:00:00Z' }, { kind: 'DISPATCH', toCode: 'E1', at: '2026-01-10T03:00:00Z' }, { kind: 'SIGN', at: '2026-01-10T04:00:00Z' }] }] },
    });
    const response = await server.graphql('{ serviceCase(code: "P-1") { status returnCount dispatchCount currentHandler { code } path { organization { code } event { seq kind } } } }');
    expect(response.data!.serviceCase).toEqual({
      status: 'SIGNED',
      returnCount: 1,
      dispatchCount: 2,
      currentHandler: { code: 'E1' },
      path: [
        { organization: { code: 'C1' }, event: { seq: 1, kind: 'RECEIVE' } },
        { organization: { code: 'G1' }, event: { seq: 2, kind: 'DISPATCH' } },
        { organization: { code: 'C1' }, event: { seq: 3, kind: 'RETURN' } },
        { organization: { code: 'E1' }, event: { seq: 4, kind: 'DISPATCH' } },
      ],
    });
  });

  it('refuses a step against a version the case has moved on from, changing nothing', async () => {
    const id = await caseId('K1');
    const before = await server.graphql(`{ node(id: "${id}") { ... on ServiceCase { version events { totalCount } } } }`);
    const response = await server.graphql(`mutation { noteCase(input: { id: "${id}", expectedVersion: ${before.data!.node.version - 1}, at: "2026-01-05T08:45:00Z", note: "late" }) { serviceCase { version } } }`);
    expect(response.errors![0].extensions!.code).toBe('CONFLICT');
    expect(response.errors![0].message).toContain('ServiceCase K1 was changed by someone else');
    const after = await server.graphql(`{ node(id: "${id}") { ... on ServiceCase { version events { totalCount } } } }`);
    expect(after.data).toEqual(before.data);
    const ok = await server.graphql(`mutation { noteCase(input: { id: "${id}", expectedVersion: ${before.data!.node.version}, at: "2026-01-05T08:45:00Z", note: "on time" }) { serviceCase { version } event { seq } } }`);
    expect(ok.data!.noteCase).toEqual({ serviceCase: { version: before.data!.node.version + 1 }, event: { seq: before.data!.node.events.totalCount + 1 } });
  });

  it('blows a whistle on a case under the caller, summons reachable units, takes their reports and scores', async () => {
    const k1 = await server.graphql('{ serviceCase(code: "K1") { id version } }');
    const refusedUnit = await server.graphql(
      `mutation { blowWhistle(input: { code: "W0", callerId: "${ids.S1}", reason: ENFORCEMENT, blownAt: "2026-01-05T09:00:00Z", cases: [{ id: "${k1.data!.serviceCase.id}" }], unitIds: ["${ids.S2}"] }) { code } }`,
    );
    expect(refusedUnit.errors![0].message).toBe('Whistle W0: S2 cannot be summoned: on 2026-01-05 it is neither in the chain of the caller S1 nor joined to that chain by a link in force of kind CO_BUILDING, UNIT_REPORTING, SERVICE_PARTNERSHIP, GUIDANCE or PARTY_PRESENCE.');
    const notCaller = await server.graphql(`mutation { blowWhistle(input: { code: "W0", callerId: "${ids.G1}", reason: ENFORCEMENT, cases: [{ id: "${k1.data!.serviceCase.id}" }], unitIds: ["${ids.D}"] }) { code } }`);
    expect(notCaller.errors![0].message).toContain('only a COMMUNITY_PARTY_COMMITTEE or a SUBDISTRICT_PARTY_WORKING_COMMITTEE may blow a whistle');
    const received = await server.graphql(`mutation { blowWhistle(input: { code: "W0", callerId: "${ids.C1}", reason: ENFORCEMENT, blownAt: "2026-01-10T12:00:00Z", cases: [{ id: "${await caseId('T-RECEIVED-NOTE')}" }], unitIds: ["${ids.D}"] }) { code } }`);
    expect(received.errors![0].message).toContain('Case T-RECEIVED-NOTE is RECEIVED: WHISTLE is not allowed from RECEIVED');
    const whistle = await server.graphql(
      `mutation { blowWhistle(input: { code: "W1", callerId: "${ids.S1}", reason: BEYOND_CAPACITY, blownAt: "2026-01-05T09:00:00Z", cases: [{ id: "${k1.data!.serviceCase.id}", expectedVersion: ${k1.data!.serviceCase.version} }], unitIds: ["${ids.D}", "${ids.E1}"] }) { code reportBy caller { code } cases { code whistled } summons { id code eligibility viaLink { code } reportedAt unit { code } } } }`,
    );
    expect(whistle.errors).toBeUndefined();
    expect(whistle.data!.blowWhistle).toMatchObject({
      code: 'W1',
      reportBy: '2026-01-05T09:30:00.000Z',
      caller: { code: 'S1' },
      cases: [{ code: 'K1', whistled: true }],
      summons: [
        { code: 'W1:D', eligibility: 'CHAIN', viaLink: null, reportedAt: null, unit: { code: 'D' } },
        { code: 'W1:E1', eligibility: 'LINK', viaLink: { code: 'L1' }, reportedAt: null, unit: { code: 'E1' } },
      ],
    });
    const [district, enterprise] = whistle.data!.blowWhistle.summons;
    // E1's own credential may report for it, though the whistle is outside its scope.
    const report = await server.graphql(`mutation { reportToWhistle(input: { summonsId: "${enterprise.id}", at: "2026-01-05T09:20:00Z", reportingPerson: "周强" }) { reportedAt reportedOnTime } }`, undefined, e1Viewer);
    expect(report.data!.reportToWhistle).toEqual({ reportedAt: '2026-01-05T09:20:00.000Z', reportedOnTime: true });
    const twice = await server.graphql(`mutation { reportToWhistle(input: { summonsId: "${enterprise.id}" }) { reportedAt } }`);
    expect(twice.errors![0].message).toContain('Summons W1:E1 has already reported');
    const score = await server.graphql(`mutation { scoreWhistleSummons(input: { summonsId: "${district.id}", score: 6 }) { score } }`);
    expect(score.errors![0]).toMatchObject({ message: 'Argument "input.score" must be at most 5.', extensions: { code: 'BAD_USER_INPUT' } });
    const scored = await server.graphql(`mutation { scoreWhistleSummons(input: { summonsId: "${enterprise.id}", score: 4 }) { score } }`);
    expect(scored.data!.scoreWhistleSummons).toEqual({ score: 4 });
    const events = await server.graphql('{ serviceCase(code: "K1") { whistles { code } events(kinds: [WHISTLE, UNIT_REPORT]) { nodes { kind actingOrganization { code } whistle { code } statusAfter } } } }');
    expect(events.data!.serviceCase).toEqual({
      whistles: [{ code: 'W1' }],
      events: { nodes: [{ kind: 'WHISTLE', actingOrganization: { code: 'S1' }, whistle: { code: 'W1' }, statusAfter: 'IN_PROGRESS' }, { kind: 'UNIT_REPORT', actingOrganization: { code: 'E1' }, whistle: { code: 'W1' }, statusAfter: 'IN_PROGRESS' }] },
    });
    const list = await server.graphql(`{ whistles(filter: { unit: "${ids.E1}" }) { totalCount nodes { code } } }`);
    expect(list.data!.whistles).toEqual({ totalCount: 1, nodes: [{ code: 'W1' }] });
  });

  it('shows a scoped credential the cases of its subtree and those its organizations handle, on every read path, and nothing else', async () => {
    const k1 = await caseId('K1');
    const reads = (code: string) => `{
      one: serviceCase(code: "${code}") { code }
      list: serviceCases(first: 500) { totalCount nodes { code } }
      node: node(id: "${k1}") { id }
      entities: _entities(representations: [{ __typename: "ServiceCase", code: "K1" }]) { ... on ServiceCase { code } }
      whistles { totalCount }
      whistle(code: "W1") { code }
    }`;
    const outside = await server.graphql(reads('K1'), undefined, s2Viewer);
    expect(outside.errors).toBeUndefined();
    expect(outside.data).toEqual({ one: null, list: { totalCount: 0, nodes: [] }, node: null, entities: [null], whistles: { totalCount: 0 }, whistle: null });
    const inside = await server.graphql(reads('K1'), undefined, s1Viewer);
    const everything = await server.graphql('{ serviceCases(first: 500) { totalCount } }');
    expect(inside.data!.one).toEqual({ code: 'K1' });
    expect(inside.data!.list.totalCount).toBe(everything.data!.serviceCases.totalCount);
    expect(inside.data!.whistle).toEqual({ code: 'W1' });
    // E1 (an enterprise, a root outside S1) sees the cases it handles now, and of their community only the limited fields.
    const handled = await server.graphql('{ serviceCases(first: 500) { nodes { code community { code } currentHandler { code } } } }', undefined, e1Viewer);
    expect(handled.data!.serviceCases.nodes.map((node: { code: string }) => node.code).sort()).toEqual(['D-1', 'P-1']);
    expect(handled.data!.serviceCases.nodes[0].community).toEqual({ code: 'C1' });
    const limited = await server.graphql('{ serviceCase(code: "P-1") { community { households } } }', undefined, e1Viewer);
    expect(limited.errors![0].extensions!.code).toBe('FORBIDDEN');
    const grid = await server.graphql('{ grid(code: "C1-G1") { serviceCases { totalCount } } organization(code: "C1") { serviceCases(role: LOCATED) { totalCount } } }', undefined, s2Viewer);
    expect(grid.data).toEqual({ grid: null, organization: null });
    const writes = await server.graphql(`mutation { noteCase(input: { id: "${k1}", note: "x" }) { event { seq } } }`, undefined, s2Viewer);
    expect(writes.errors![0]).toMatchObject({ message: 'No case has the id given in "input.id".', extensions: { code: 'NOT_FOUND' } });
  });

  it('masks personal data without the pii right: description, household, acting persons and non-public notes', async () => {
    const query = '{ serviceCase(code: "K1") { description householdRef events(first: 4) { nodes { actingPerson note public } } } other: serviceCase(code: "K2") { events { nodes { note public } } } }';
    const masked = await server.graphql(query, undefined, s1Viewer);
    expect(masked.data!.serviceCase).toEqual({
      description: null,
      householdRef: null,
      events: { nodes: [{ actingPerson: '刘*', note: null, public: false }, { actingPerson: '刘*', note: null, public: false }, { actingPerson: '陈*', note: null, public: false }, { actingPerson: '陈*', note: null, public: false }] },
    });
    expect(masked.data!.other.events.nodes[1]).toEqual({ note: 'Explained the parking permit rules.', public: true });
    const full = await server.graphql(query);
    expect(full.data!.serviceCase.description).toBe('No heating in building 2 since last night.');
    expect(full.data!.serviceCase.householdRef).toBe('HH-0001');
    expect(full.data!.serviceCase.events.nodes[3]).toEqual({ actingPerson: '陈静', note: 'Called the household; a valve is broken.', public: false });
  });

  it('stores the status a plain replay of the events through the table gives, and refuses an import exactly where the replay stops', async () => {
    const kinds = ['DISPATCH', 'RETURN', 'SIGN', 'CONTACT', 'NOTE', 'URGE', 'REPLY', 'REVISIT', 'CLOSE', 'REOPEN', 'REJECT', 'WITHDRAW', 'TRANSFER', 'ANSWER_AT_INTAKE'] as const;
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...kinds), { minLength: 1, maxLength: 9 }), async (sequence) => {
        run += 1;
        const code = `PROP-${run}`;
        let target = 'G1';
        const events = sequence.map((kind, index) => {
          const event: Record<string, unknown> = { kind, at: hour('2026-01-10T00:00:00Z', index + 1) };
          if (kind === 'DISPATCH' || kind === 'TRANSFER') {
            event.toCode = target;
            target = target === 'G1' ? 'G2' : 'G1';
          }
          if (kind === 'REVISIT') Object.assign(event, { resolved: 'YES', satisfaction: 'BASICALLY' });
          return event;
        });
        // The handler dispatches alternately to G1 and G2, so that a dispatch never targets the current handler… unless a return brought it back.
        const replay = replayStatus([CaseEventKind.RECEIVE, ...sequence.map((kind) => kind as CaseEventKind)]);
        const response = await server.graphql('mutation M($dataset: JSONObject!) { importDataset(dataset: $dataset) { serviceCases { created } } }', {
          dataset: { serviceCases: [{ code, categoryCode: 'PARK', channel: 'ONLINE', receivedAt: '2026-01-10T00:00:00Z', gridCode: 'C1-G1', events }] },
        });
        if (replay.refusedAt !== undefined) {
          expect(response.errors?.[0]?.message).toContain(`serviceCases record ${code}: events[${replay.refusedAt - 1}] (${sequence[replay.refusedAt - 1]})`);
          return;
        }
        if (response.errors) {
          // The only refusals beyond the table: a dispatch to the handler itself.
          expect(response.errors[0].message).toContain('which already handles it');
          return;
        }
        const stored = await server.graphql(`{ serviceCase(code: "${code}") { status events(first: 20) { nodes { kind statusAfter } } } }`);
        expect(stored.data!.serviceCase.status).toBe(replay.status);
        const statuses = stored.data!.serviceCase.events.nodes.map((event: { statusAfter: string }) => event.statusAfter);
        const expected = ['RECEIVE', ...sequence].map((_, index, all) => replayStatus(all.slice(0, index + 1) as CaseEventKind[]).status);
        expect(statuses).toEqual(expected);
      }),
      { numRuns: 25, seed: 10 },
    );
    // And the columns derived from the events (hours to contact, reply, close; the longest gap) equal a replay of them.
    expect(await expectDerivedMatchEvents(server.database.db)).toBeGreaterThan(25);
  });

  it('imports the same cases twice without a change the second time, and appends events added at the end', async () => {
    const record = caseRecord('I-1', CaseStatus.SIGNED);
    const importCases = (serviceCases: unknown[]) => server.graphql('mutation M($dataset: JSONObject!) { importDataset(dataset: $dataset) { serviceCases { created updated unchanged } } }', { dataset: { serviceCases } });
    expect((await importCases([record])).data!.importDataset.serviceCases).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect((await importCases([record])).data!.importDataset.serviceCases).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const longer = { ...record, events: [...record.events, { kind: 'CONTACT', at: '2026-01-10T05:00:00Z' }] };
    expect((await importCases([longer])).data!.importDataset.serviceCases).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect((await server.graphql('{ serviceCase(code: "I-1") { status contactedAt } }')).data!.serviceCase).toEqual({ status: 'IN_PROGRESS', contactedAt: '2026-01-10T05:00:00.000Z' });
    const changed = await importCases([{ ...longer, events: [{ ...longer.events[0], at: '2026-01-10T00:30:00Z' }, ...longer.events.slice(1)] }]);
    expect(changed.errors![0].message).toContain('serviceCases record I-1: event 1 is DISPATCH at 2026-01-10T00:30:00.000Z in the document but DISPATCH at 2026-01-10T01:00:00.000Z in the database; stored events never change');
  });

  it('reads a page of cases with their events, path and organizations in as many statements for 3 cases as for 30', async () => {
    const category = await server.graphql('{ serviceCategory(code: "PARK-ILLEGAL") { id } }');
    const query = `{ serviceCases(first: 50, filter: { categories: ["${category.data!.serviceCategory.id}"] }) { totalCount nodes { code status category { code parent { code } } grid { code } community { code } currentHandler { code } outcome { resolved } whistles { code } path { organization { code } event { kind } } events(first: 20) { totalCount nodes { kind actingOrganization { code } toOrganization { code } viaLink { code } } } } } }`;
    const importCount = async (from: number, to: number) => {
      const records = [];
      for (let index = from; index < to; index += 1) records.push(caseRecord(`COST-${index}`, index % 2 ? CaseStatus.REVISITED : CaseStatus.RETURNED, [], '2026-01-10T00:00:00Z', 'PARK-ILLEGAL'));
      expect((await server.graphql('mutation M($dataset: JSONObject!) { importDataset(dataset: $dataset) { serviceCases { created } } }', { dataset: { serviceCases: records } })).errors).toBeUndefined();
    };
    await importCount(0, 3);
    const small = await server.graphql(query);
    expect(small.data!.serviceCases.totalCount).toBe(3);
    await importCount(3, 30);
    const large = await server.graphql(query);
    expect(large.data!.serviceCases.totalCount).toBe(30);
    expect(large.data!.serviceCases.nodes[0].events.totalCount).toBeGreaterThan(1);
    expect(large.extensions!.diagnostics!.sqlStatements).toBe(small.extensions!.diagnostics!.sqlStatements);
    const one = await server.graphql('{ serviceCase(code: "K1") { code events { nodes { kind actingOrganization { code } } } path { organization { code } } } }');
    expect(one.extensions!.diagnostics!.sqlStatements).toBeLessThanOrEqual(6);
  });
});
