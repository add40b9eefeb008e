import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, REFERENCE_DATE, generateDistrict, generateWorkforce } from '../seeds/generate.js';
import { datasetSchema } from '../src/modules/import/dataset.js';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * The community workforce (README, "Workforce"), through the public interface on every database: the
 * mutations' rules, versions and audit; jurisdiction and personal data on every read path; flat statement
 * counts; and every indicator of workforceIndicators against figures worked by hand (below).
 */

/** The small district, with a third community outside S1, grids with residents, workers and a professional organisation. */
const DATASET = {
  ...SMALL_DISTRICT,
  organizations: [
    ...SMALL_DISTRICT.organizations!,
    { code: 'C3', name: 'Donghu Community Party Committee', kind: 'COMMUNITY_PARTY_COMMITTEE', parentCode: 'S2', foundedOn: '2000-01-01' },
    { code: 'PSO', name: 'Anyuan Social Work Centre', kind: 'PROFESSIONAL_SERVICE_ORGANIZATION', locatedInCode: 'C1', foundedOn: '2015-01-01' },
  ],
  grids: [
    ...SMALL_DISTRICT.grids!,
    { code: 'C2-G1', name: 'Beiyuan Grid 1', communityCode: 'C2', branchCode: 'G3', households: 380, population: 1000, buildings: 2 },
    { code: 'C3-G1', name: 'Donghu Grid 1', communityCode: 'C3', households: 200, population: 500, buildings: 1 },
  ],
  people: [
    ...SMALL_DISTRICT.people!,
    ...['刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周杰', '吴芳', '徐涛'].map((name, index) => ({ code: `Q${index + 1}`, name })),
  ],
  links: [...SMALL_DISTRICT.links!, { code: 'SP1', kind: 'SERVICE_PARTNERSHIP', sourceCode: 'PSO', targetCode: 'C1', since: '2020-01-01' }],
};

describe.each(DIALECTS)('the community workforce on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  let s1NoPii: string;
  let s1Key: string;
  let s2Key: string;
  let c2Key: string;

  async function ok<T = any>(query: string, variables?: Record<string, unknown>, credential?: string): Promise<T> {
    const response = await server.graphql(query, variables, credential);
    expect(response.errors, query).toBeUndefined();
    return response.data as T;
  }

  const hire = (fields: string, credential?: string) => server.graphql(`mutation { hireWorker(input: { ${fields} }) { id code version postCategory grade hiredOn community { code } employer { code } } }`, undefined, credential);
  const worker = (code: string, person: string, community: string, category: string, hiredOn: string, grade: number, employer = 'S1') =>
    `code: "${code}", personId: "${ids[person]}", employerId: "${ids[employer]}", communityId: "${ids[community]}", postCategory: ${category}, hiredOn: "${hiredOn}", grade: ${grade}`;
  async function hired(code: string, person: string, community: string, category: string, hiredOn: string, grade: number, employer = 'S1'): Promise<string> {
    const response = await hire(worker(code, person, community, category, hiredOn, grade, employer));
    expect(response.errors, code).toBeUndefined();
    ids[code] = response.data!.hireWorker.id;
    return ids[code]!;
  }
  const SELECTIONS: Record<string, string> = { createTrainingCourse: 'id code', recordAttendance: 'id code hoursCredited completed continuingEducation' };
  const mutate = (name: string, fields: string, credential?: string) =>
    server.graphql(`mutation { ${name}(input: { ${fields} }) { ${SELECTIONS[name] ?? 'id version grade postCategory exitedOn exitReason'} } }`, undefined, credential);
  const must = async (name: string, fields: string) => {
    const response = await mutate(name, fields);
    expect(response.errors, `${name} ${fields}`).toBeUndefined();
    return response.data![name];
  };

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: DATASET });
    const all = await ok('{ organizations(first: 100) { nodes { id code } } people(first: 100) { nodes { id code } } }');
    for (const list of Object.values(all) as { nodes: { id: string; code: string }[] }[]) for (const node of list.nodes) ids[node.code] = node.id;
    s1NoPii = await server.createKey({ role: 'editor', scopeCode: 'S1', pii: false });
    s1Key = await server.createKey({ role: 'editor', scopeCode: 'S1', pii: true });
    s2Key = await server.createKey({ role: 'editor', scopeCode: 'S2', pii: true });
    c2Key = await server.createKey({ role: 'editor', scopeCode: 'C2', pii: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses malformed hirings with BAD_USER_INPUT naming the field, and hirings outside the jurisdiction, changing nothing', async () => {
    const bad: [string, string][] = [
      [worker('X1', 'Q1', 'C1', 'GENERAL', '2020-01-01', 13), 'input.grade'],
      [worker('X2', 'Q1', 'C1', 'HEAD', '2020-01-01', 6), 'input.grade'],
      [worker('X3', 'Q1', 'C1', 'GENERAL', '2020-01-01', 19), 'input.grade'],
      [worker('X4', 'Q1', 'S1', 'GENERAL', '2020-01-01', 3), 'input.communityId'],
      [worker('X5', 'Q1', 'C1', 'GENERAL', '2020-01-01', 3, 'E1'), 'input.employerId'],
      [worker('X 6', 'Q1', 'C1', 'GENERAL', '2020-01-01', 3), 'input.code'],
    ];
    for (const [fields, field] of bad) expect((await hire(fields)).errors?.[0]?.extensions, fields).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await hire(worker('X7', 'Q1', 'C1', 'GENERAL', '2020-01-01', 13))).errors?.[0]?.message).toBe("Worker X7: grade 13 is outside the GENERAL post's grades (1\u201312).");
    expect((await hire(worker('X8', 'Q1', 'C1', 'GENERAL', '2020-01-01', 3), c2Key)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await ok('{ workerProfiles { totalCount } }')).workerProfiles.totalCount).toBe(0);
  });

  it('keeps grade and qualification histories in order, checks versions, and audits every change', async () => {
    // The fixture of the indicators (worked by hand in the last test): Q1–Q5 in C1, Q6 in C2 (S1), Q7 in C3 (S2).
    await hired('W1', 'Q1', 'C1', 'GENERAL', '2020-01-01', 3);
    await hired('W2', 'Q2', 'C1', 'DEPUTY', '2021-05-01', 5);
    await hired('W3', 'Q3', 'C1', 'HEAD', '2026-03-01', 9);
    await hired('W4', 'Q4', 'C1', 'GENERAL', '2019-01-01', 4);
    await hired('W5', 'Q5', 'C1', 'GENERAL', '2022-01-01', 2);
    await hired('W6', 'Q6', 'C2', 'GENERAL', '2025-06-01', 1);
    await hired('W7', 'Q7', 'C3', 'GENERAL', '2024-01-01', 2, 'S2');
    const overlap = await hire(worker('W1B', 'Q1', 'C2', 'GENERAL', '2024-01-01', 3));
    expect(overlap.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.personId' });
    expect(overlap.errors?.[0]?.message).toContain('already employed as worker W1 (from 2020-01-01, still employed)');

    const early = await mutate('changeWorkerGrade', `id: "${ids.W1}", grade: 4, effectiveOn: "2019-06-01", reason: SENIORITY`);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.effectiveOn' });
    expect((await mutate('changeWorkerGrade', `id: "${ids.W1}", grade: 8, effectiveOn: "2023-01-01", reason: SENIORITY, postCategory: DEPUTY`)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.postCategory' });
    expect((await mutate('changeWorkerGrade', `id: "${ids.W1}", expectedVersion: 5, grade: 4, effectiveOn: "2023-01-01", reason: SENIORITY`)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await must('changeWorkerGrade', `id: "${ids.W1}", expectedVersion: 1, grade: 4, effectiveOn: "2023-01-01", reason: SENIORITY`)).toMatchObject({ version: 2, grade: 4, postCategory: 'GENERAL' });
    expect((await mutate('changeWorkerGrade', `id: "${ids.W1}", grade: 5, effectiveOn: "2022-01-01", reason: EDUCATION`)).errors?.[0]?.message).toBe('Worker W1: a grade change on 2022-01-01 is before the last one (2023-01-01); grades are recorded in order.');
    expect(await must('changeWorkerGrade', `id: "${ids.W1}", grade: 6, effectiveOn: "2026-02-01", reason: PROMOTION, postCategory: DEPUTY`)).toMatchObject({ version: 3, grade: 6, postCategory: 'DEPUTY' });

    const backwards = await mutate('recordQualification', `id: "${ids.W1}", level: ASSISTANT, obtainedOn: "2023-06-01", registrationValidUntil: "2023-01-01"`);
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.registrationValidUntil' });
    await must('recordQualification', `id: "${ids.W1}", level: ASSISTANT, obtainedOn: "2023-06-01", registrationValidUntil: "2026-05-31"`);
    await must('recordQualification', `id: "${ids.W1}", level: INTERMEDIATE, obtainedOn: "2026-03-01", registrationValidUntil: "2029-02-28"`);
    expect((await mutate('recordQualification', `id: "${ids.W1}", level: INTERMEDIATE, obtainedOn: "2026-03-01"`)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.obtainedOn' });
    await must('recordQualification', `id: "${ids.W3}", level: SENIOR, obtainedOn: "2025-01-01", registrationValidUntil: "2027-12-31"`);
    await must('recordQualification', `id: "${ids.W5}", level: ASSISTANT, obtainedOn: "2024-01-01", registrationValidUntil: "2026-12-31"`);

    expect((await mutate('exitWorker', `id: "${ids.W2}", exitedOn: "2021-05-01", reason: RESIGNED`)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.exitedOn' });
    expect(await must('exitWorker', `id: "${ids.W2}", exitedOn: "2026-07-01", reason: RESIGNED`)).toMatchObject({ exitedOn: '2026-07-01', exitReason: 'RESIGNED', version: 2 });
    expect((await mutate('exitWorker', `id: "${ids.W2}", exitedOn: "2026-08-01", reason: RESIGNED`)).errors?.[0]?.message).toBe('Worker W2 already left on 2026-07-01.');
    expect((await mutate('changeWorkerGrade', `id: "${ids.W2}", grade: 6, effectiveOn: "2026-07-01", reason: SENIORITY`)).errors?.[0]?.message).toBe('Worker W2: a grade change on 2026-07-01 is not before the exit (2026-07-01).');
    await must('exitWorker', `id: "${ids.W4}", exitedOn: "2026-01-01", reason: RETIRED`);
    await must('exitWorker', `id: "${ids.W5}", exitedOn: "2027-01-01", reason: CIVIL_SERVICE`);

    const history = await ok(`{ workerProfile(code: "W1") { grade postCategory grades { grade postCategory effectiveOn reason } qualifications { level obtainedOn registrationValidUntil } } }`);
    expect(history.workerProfile).toEqual({
      grade: 6,
      postCategory: 'DEPUTY',
      grades: [
        { grade: 3, postCategory: 'GENERAL', effectiveOn: '2020-01-01', reason: 'SENIORITY' },
        { grade: 4, postCategory: 'GENERAL', effectiveOn: '2023-01-01', reason: 'SENIORITY' },
        { grade: 6, postCategory: 'DEPUTY', effectiveOn: '2026-02-01', reason: 'PROMOTION' },
      ],
      qualifications: [
        { level: 'ASSISTANT', obtainedOn: '2023-06-01', registrationValidUntil: '2026-05-31' },
        { level: 'INTERMEDIATE', obtainedOn: '2026-03-01', registrationValidUntil: '2029-02-28' },
      ],
    });
    // 7 hirings, 2 grade changes, 4 qualifications, 3 exits; nothing for the refusals.
    expect((await ok('{ auditLog(first: 1, filter: { entityType: "WorkerProfile" }) { totalCount } }')).auditLog.totalCount).toBe(16);
  });

  it('records courses by providers reached through a SERVICE_PARTNERSHIP, and attendances, refusing what does not fit', async () => {
    const course = (code: string, provider: string, startsOn: string, hours: number, extra = '') =>
      `code: "${code}", title: "Course ${code}", providerId: "${ids[provider]}", level: DISTRICT, topic: "casework", hours: ${hours}, startsOn: "${startsOn}", endsOn: "${startsOn}"${extra}`;
    expect((await mutate('createTrainingCourse', `${course('TCX', 'PSO', '2026-04-10', 24)}`.replace('endsOn: "2026-04-10"', 'endsOn: "2026-04-01"'))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsOn' });
    expect((await mutate('createTrainingCourse', course('TCX', 'PSO', '2026-04-10', 0))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.hours' });
    // S1 reaches PSO (outside its subtree) through SP1; it does not reach E1.
    expect((await mutate('createTrainingCourse', course('TCX', 'E1', '2026-04-10', 24), s1Key)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const tc1 = await server.graphql(`mutation { createTrainingCourse(input: { ${course('TC1', 'PSO', '2026-04-10', 24)} }) { id code provider { code } } }`, undefined, s1Key);
    expect(tc1.data!.createTrainingCourse).toMatchObject({ code: 'TC1', provider: { code: 'PSO' } });
    ids.TC1 = tc1.data!.createTrainingCourse.id;
    ids.TC2 = (await must('createTrainingCourse', course('TC2', 'S1', '2025-02-01', 60))).id;
    ids.TC3 = (await must('createTrainingCourse', course('TC3', 'D', '2023-06-01', 40))).id;
    ids.TC4 = (await must('createTrainingCourse', course('TC4', 'S1', '2026-09-01', 16))).id;

    const attend = (course: string, person: string, extra = '') => mutate('recordAttendance', `courseId: "${ids[course]}", personId: "${ids[person]}"${extra}`);
    const long = await attend('TC1', 'Q1', ', hoursCredited: 25');
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.hoursCredited' });
    expect(long.errors?.[0]?.message).toBe('Training course TC1 lasts 24 h: 25 h credited is more than that.');
    expect((await attend('TC1', 'Q1')).data!.recordAttendance).toMatchObject({ code: 'TC1-Q1', hoursCredited: 24, completed: true, continuingEducation: true });
    expect((await attend('TC1', 'Q1')).errors?.[0]?.message).toContain('already recorded (TC1-Q1)');
    for (const [courseCode, person, extra] of [
      ['TC2', 'Q1', ''],
      ['TC4', 'Q1', ', continuingEducation: false'],
      ['TC1', 'Q3', ''],
      ['TC2', 'Q3', ''],
      ['TC4', 'Q3', ''],
      ['TC1', 'Q5', ', completed: false'],
      ['TC2', 'Q5', ''],
      ['TC3', 'Q5', ''],
      ['TC4', 'Q5', ''],
      ['TC1', 'Q2', ''],
      ['TC3', 'Q7', ''],
    ] as const) {
      expect((await attend(courseCode, person, extra)).errors, `${courseCode} ${person}`).toBeUndefined();
    }
    const unfinished = await ok('{ trainingCourse(code: "TC1") { attendances(first: 10) { totalCount nodes { code hoursCredited completed } } } }');
    expect(unfinished.trainingCourse.attendances.nodes.find((node: { code: string }) => node.code === 'TC1-Q5')).toEqual({ code: 'TC1-Q5', hoursCredited: 0, completed: false });
    const audit = await ok('{ c: auditLog(first: 1, filter: { entityType: "TrainingCourse" }) { totalCount } a: auditLog(first: 1, filter: { entityType: "TrainingAttendance" }) { totalCount } }');
    expect([audit.c.totalCount, audit.a.totalCount]).toEqual([4, 12]);
  });

  it('shows each credential only its jurisdiction on every read path, and masks personal data while counts stay', async () => {
    const list = '{ workerProfiles(first: 20) { totalCount nodes { code grade exitReason grades { grade } qualifications { level } person { name } } } }';
    const c2 = await ok(list, undefined, c2Key);
    expect(c2.workerProfiles).toEqual({ totalCount: 1, nodes: [{ code: 'W6', grade: 1, exitReason: null, grades: [{ grade: 1 }], qualifications: [], person: { name: '周杰' } }] });
    const s2 = await ok(list, undefined, s2Key);
    expect(s2.workerProfiles.nodes.map((node: { code: string }) => node.code)).toEqual(['W7']);
    expect(await ok(`{ workerProfile(code: "W1") { code } n: node(id: "${ids.W1}") { id } }`, undefined, s2Key)).toEqual({ workerProfile: null, n: null });
    expect((await mutate('exitWorker', `id: "${ids.W1}", exitedOn: "2027-06-01", reason: RESIGNED`, s2Key)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Without the pii right: the person masked, grades, qualifications and exit reasons null; the total the same.
    const noPii = await ok(list, undefined, s1NoPii);
    expect(noPii.workerProfiles.totalCount).toBe(6);
    expect(noPii.workerProfiles.nodes[1]).toEqual({ code: 'W2', grade: null, exitReason: null, grades: null, qualifications: null, person: { name: '陈*' } });
    const admin = await ok(list);
    expect(admin.workerProfiles.totalCount).toBe(7);
    expect(admin.workerProfiles.nodes[1]).toMatchObject({ code: 'W2', grade: 5, exitReason: 'RESIGNED', person: { name: '陈静' } });

    const filtered = await ok(`{
      a: workerProfiles(filter: { under: "${ids.S1}", activeAt: "2026-12-31" }) { nodes { code } }
      b: workerProfiles(filter: { community: "${ids.C2}" }) { nodes { code } }
      c: workerProfiles(filter: { postCategories: [HEAD, DEPUTY] }) { nodes { code } }
      d: workerProfiles(filter: { employer: "${ids.S2}" }) { nodes { code } }
      e: workerProfiles(filter: { person: "${ids.Q3}" }) { nodes { code } } }`);
    expect(Object.values(filtered).map((list: any) => list.nodes.map((node: { code: string }) => node.code))).toEqual([['W1', 'W3', 'W5', 'W6'], ['W6'], ['W1', 'W2', 'W3'], ['W7'], ['W3']]);

    const organizations = await ok('{ organizations(first: 50) { nodes { code workers(first: 10) { totalCount nodes { code } } current: workers(activeAt: "2026-12-31") { totalCount } } } }', undefined, s1Key);
    const of = (code: string) => organizations.organizations.nodes.find((node: { code: string }) => node.code === code);
    expect([of('C1').workers.totalCount, of('C2').workers.nodes, of('S1').workers.totalCount, of('S1').current.totalCount, of('G1').workers.totalCount]).toEqual([5, [{ code: 'W6' }], 6, 4, 0]);
    const people = await ok('{ people(first: 20) { nodes { code workerProfile { code } } } }');
    expect(people.people.nodes.filter((node: { workerProfile: unknown }) => node.workerProfile).map((node: { code: string; workerProfile: { code: string } }) => [node.code, node.workerProfile.code])).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((index) => [`Q${index}`, `W${index}`]),
    );
    // Scoped to C2: Q6's profile, not Q1's (in C1).
    expect(await ok(`{ a: node(id: "${ids.Q6}") { ... on Person { workerProfile { code } } } }`, undefined, c2Key)).toEqual({ a: null });

    // Courses: S2 sees the one its worker attended, and only its worker's attendance there.
    const courses = '{ trainingCourses(first: 10) { totalCount nodes { code provider { code } attendances(first: 10) { totalCount nodes { code person { name } } } } } }';
    const s2Courses = await ok(courses, undefined, s2Key);
    expect(s2Courses.trainingCourses).toEqual({ totalCount: 1, nodes: [{ code: 'TC3', provider: { code: 'D' }, attendances: { totalCount: 1, nodes: [{ code: 'TC3-Q7', person: { name: '吴芳' } }] } }] });
    const s1Courses = await ok(courses, undefined, s1NoPii);
    expect(s1Courses.trainingCourses.nodes.map((node: { code: string }) => node.code)).toEqual(['TC3', 'TC2', 'TC1', 'TC4']);
    expect(s1Courses.trainingCourses.nodes[0].attendances).toEqual({ totalCount: 1, nodes: [{ code: 'TC3-Q5', person: { name: '黄*' } }] });
    const tc1Attendance = (await ok('{ trainingCourse(code: "TC1") { attendances { nodes { id code } } } }')).trainingCourse.attendances.nodes[0];
    expect(await ok(`{ n: node(id: "${tc1Attendance.id}") { id } c: trainingCourse(code: "TC1") { code } }`, undefined, s2Key)).toEqual({ n: null, c: null });
    const filteredCourses = await ok(`{ a: trainingCourses(filter: { provider: "${ids.S1}" }) { nodes { code } } b: trainingCourses(filter: { from: "2026-01-01", to: "2027-01-01" }) { nodes { code } } }`);
    expect([filteredCourses.a.nodes, filteredCourses.b.nodes]).toEqual([[{ code: 'TC2' }, { code: 'TC4' }], [{ code: 'TC1' }, { code: 'TC4' }]]);
  });

  it("lists a person's trainings within the jurisdiction, the list only with the pii right and the counts always", async () => {
    const fields = `all: trainings { count completed attendances { code completed course { code } } } y2026: trainings(from: "2026-01-01", to: "2027-01-01") { count completed attendances { code } }`;
    const of = async (worker: string, credential?: string) => (await ok(`{ workerProfile(code: "${worker}") { person { ${fields} } } }`, undefined, credential)).workerProfile.person;
    // Q5 (W5): TC3 (2023-06-01), TC2 (2025-02-01), TC1 (2026-04-10, not completed), TC4 (2026-09-01); in 2026 TC1 and TC4.
    expect(await of('W5')).toEqual({
      all: {
        count: 4,
        completed: 3,
        attendances: [
          { code: 'TC3-Q5', completed: true, course: { code: 'TC3' } },
          { code: 'TC2-Q5', completed: true, course: { code: 'TC2' } },
          { code: 'TC1-Q5', completed: false, course: { code: 'TC1' } },
          { code: 'TC4-Q5', completed: true, course: { code: 'TC4' } },
        ],
      },
      y2026: { count: 2, completed: 1, attendances: [{ code: 'TC1-Q5' }, { code: 'TC4-Q5' }] },
    });
    // Without the pii right: the same counts, no list.
    expect(await of('W5', s1NoPii)).toEqual({ all: { count: 4, completed: 3, attendances: null }, y2026: { count: 2, completed: 1, attendances: null } });
    // S2's worker W7 (Q7): TC3 only.
    expect((await of('W7', s2Key)).all).toEqual({ count: 1, completed: 1, attendances: [{ code: 'TC3-Q7', completed: true, course: { code: 'TC3' } }] });
    // P1 holds posts in C1 but is no worker: S1 sees the attendance at its own course TC2, not the one at the district's TC3.
    for (const course of ['TC2', 'TC3']) await must('recordAttendance', `courseId: "${ids[course]}", personId: "${ids.P1}"`);
    const p1 = `{ node(id: "${ids.P1}") { ... on Person { trainings { count attendances { code } } } } }`;
    expect((await ok(p1)).node.trainings).toEqual({ count: 2, attendances: [{ code: 'TC3-P1' }, { code: 'TC2-P1' }] });
    expect((await ok(p1, undefined, s1Key)).node.trainings).toEqual({ count: 1, attendances: [{ code: 'TC2-P1' }] });
    expect((await ok(p1, undefined, s1NoPii)).node.trainings).toEqual({ count: 1, attendances: null });
    const backwards = await server.graphql(`{ node(id: "${ids.P1}") { ... on Person { trainings(from: "2026-01-01", to: "2025-01-01") { count } } } }`);
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  /** indicatorTrend's points, by default of S1 with S1's key without the pii right; no error. */
  async function points(indicator: string, interval: string, from: string, to: string, scope = ', scope: "S1"', credential = s1NoPii) {
    const response = await server.graphql(`{ indicatorTrend(indicator: ${indicator}, from: "${from}", to: "${to}", interval: ${interval}${scope}) { points { date numerator denominator value } } }`, undefined, credential);
    expect(response.errors).toBeUndefined();
    return response.data!.indicatorTrend.points as { date: string; numerator: number; denominator: number; value: number | null }[];
  }

  /**
   * A trend of S1 by year (2024–2026) and by quarter (2026): its (numerator, denominator) pairs as worked by hand,
   * each value the ratio (× `scale`), and each point equal to workforceIndicators' `field` for its period.
   */
  /** The credential's jurisdiction is the default scope, another jurisdiction's scope is not found, and twenty-four months cost the statements of one year. */
  async function expectScopedAndFlat(indicator: string) {
    expect(await points(indicator, 'YEAR', '2024-01-01', '2026-12-31', '')).toEqual(await points(indicator, 'YEAR', '2024-01-01', '2026-12-31'));
    const outside = await server.graphql(`{ indicatorTrend(indicator: ${indicator}, from: "2026-01-01", to: "2026-12-31", interval: YEAR, scope: "S1") { points { value } } }`, undefined, s2Key);
    expect(outside.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const count = async (from: string, interval: string) =>
      (await server.graphql(`{ indicatorTrend(indicator: ${indicator}, from: "${from}", to: "2026-12-31", interval: ${interval}, scope: "S1") { points { value } } }`, undefined, s1NoPii)).extensions!.diagnostics!.sqlStatements;
    expect(await count('2025-01-01', 'MONTH'), indicator).toBe(await count('2026-01-01', 'YEAR'));
  }

  async function expectYearsAndQuarters(indicator: string, field: string, yearly: readonly (readonly number[])[], quarterly: readonly (readonly number[])[], scale = 1) {
    for (const [interval, expected, from, to, starts] of [
      ['YEAR', yearly, '2024-01-01', '2026-12-31', ['2024-01-01', '2025-01-01', '2026-01-01', '2027-01-01']],
      ['QUARTER', quarterly, '2026-01-01', '2026-12-31', ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01', '2027-01-01']],
    ] as const) {
      const trend = await points(indicator, interval, from, to);
      expect(trend.map((point) => [point.numerator, point.denominator]), `${indicator} ${interval}`).toEqual(expected);
      for (const [index, point] of trend.entries()) {
        expect(point.value).toBe(point.denominator === 0 ? null : (point.numerator / point.denominator) * scale);
        const whole = await ok(`{ workforceIndicators(scope: "S1", from: "${starts[index]}", to: "${starts[index + 1]}") { groups { ${field} { numerator denominator value } } } }`, undefined, s1NoPii);
        expect({ numerator: point.numerator, denominator: point.denominator, value: point.value }, `${indicator} ${point.date}`).toEqual(whole.workforceIndicators.groups[0][field]);
      }
    }
  }

  it('follows retention, certification and continuing education by period in one statement, each point the workforceIndicators of its period', async () => {
    const trend = (indicator: string, interval: string, from: string, to: string) =>
      server.graphql(`{ indicatorTrend(indicator: ${indicator}, from: "${from}", to: "${to}", interval: ${interval}, scope: "S1") { points { date numerator denominator value } } }`, undefined, s1NoPii);
    const fields = { WORKFORCE_RETENTION_12M: 'retention12m', WORKFORCE_CERTIFICATION_SHARE: 'certificationShare', WORKFORCE_CONTINUING_EDUCATION_COMPLIANCE: 'continuingEducationCompliance' };
    for (const [indicator, field] of Object.entries(fields)) {
      const yearly = await trend(indicator, 'YEAR', '2024-01-01', '2026-12-31');
      expect(yearly.errors).toBeUndefined();
      const points = yearly.data!.indicatorTrend.points as { date: string; numerator: number; denominator: number; value: number | null }[];
      expect(points.map((point) => point.date)).toEqual(['2024-12-31', '2025-12-31', '2026-12-31']);
      for (const point of points) {
        const year = point.date.slice(0, 4);
        const whole = await server.graphql(`{ workforceIndicators(scope: "S1", from: "${year}-01-01", to: "${Number(year) + 1}-01-01") { groups { ${field} { numerator denominator value } } } }`, undefined, s1NoPii);
        expect({ numerator: point.numerator, denominator: point.denominator, value: point.value }).toEqual(whole.data!.workforceIndicators.groups[0][field]);
      }
    }
    // 2026 as worked by hand below for C1 (3 ÷ 3 certified, 2 ÷ 3 compliant) with C2's W6 (employed, no qualification). Retention has
    // its own fixture (the describe '12-month retention of a hiring cohort' below).
    const certified = await trend('WORKFORCE_CERTIFICATION_SHARE', 'YEAR', '2026-01-01', '2026-12-31');
    expect(certified.data!.indicatorTrend.points[0]).toMatchObject({ numerator: 3, denominator: 4 });
    // Monthly over two years, still one statement for the figures (the scope's lookup and the credential's besides).
    const monthly = await trend('WORKFORCE_RETENTION_12M', 'MONTH', '2025-01-01', '2026-12-31');
    const yearlyAgain = await trend('WORKFORCE_RETENTION_12M', 'YEAR', '2026-01-01', '2026-12-31');
    expect(monthly.data!.indicatorTrend.points).toHaveLength(24);
    expect(monthly.extensions!.diagnostics!.sqlStatements).toBe(yearlyAgain.extensions!.diagnostics!.sqlStatements);
      await expectScopedAndFlat('WORKFORCE_RETENTION_12M');
  });

  it('follows turnover, with its mean headcount that may be a half, and training hours per worker by year and quarter, each point as worked by hand and the workforceIndicators of its period', async () => {
    // S1's workers: W1 (2020–), W2 (2021-05-01 – exitedOn 2026-07-01), W3 (2026-03-01–), W4 (2019 – exitedOn 2026-01-01),
    // W5 (2022 – exitedOn 2027-01-01), W6 (C2, 2025-06-01–).
    //   2024: 4 at the start (W1, W2, W4, W5), 4 at the end, no exit                              → 0 ÷ 4
    //   2025: 4 at the start, 5 at the end (W6 hired), W4's last day 2025-12-31                    → 1 ÷ 4.5
    //   2026: 4 at the start (W4 gone), 4 at the end (W3 in, W2 out), W2 and W5 leave               → 2 ÷ 4
    // Training hours (completed, courses starting in the period, to those employed on its last day):
    //   2024 none → 0 ÷ 4; 2025 TC2 (60 h) to W1 and W5 (W3 not yet employed) → 120 ÷ 5; 2026 96 ÷ 4 (worked by hand below).
    const yearly = { WORKFORCE_TURNOVER_RATE: [[0, 4], [1, 4.5], [2, 4]], WORKFORCE_TRAINING_HOURS_PER_WORKER: [[0, 4], [120, 5], [96, 4]] };
    // 2026 by quarter: Q1 4 → 5 (W3 hired), no exit; Q2 5 → 5, W2 leaves (exitedOn 07-01); Q3 4 → 4; Q4 4 → 4, W5 leaves.
    // Training: Q2 TC1 (04-10, 24 h) to W1, W2 (employed on 06-30), W3, not W5 (not completed) → 72 ÷ 5; Q3 TC4 (09-01, 16 h) to W1, W3, W5 → 48 ÷ 4.
    const quarterly = { WORKFORCE_TURNOVER_RATE: [[0, 4.5], [1, 5], [0, 4], [1, 4]], WORKFORCE_TRAINING_HOURS_PER_WORKER: [[0, 5], [72, 5], [48, 4], [0, 4]] };
    const fields = { WORKFORCE_TURNOVER_RATE: 'turnoverRate', WORKFORCE_TRAINING_HOURS_PER_WORKER: 'trainingHoursPerWorker' } as const;
    for (const [indicator, field] of Object.entries(fields) as [keyof typeof fields, string][]) await expectYearsAndQuarters(indicator, field, yearly[indicator], quarterly[indicator]);
    // Twenty-four months cost the statements of one year.
    const monthly = await server.graphql('{ indicatorTrend(indicator: WORKFORCE_TURNOVER_RATE, from: "2025-01-01", to: "2026-12-31", interval: MONTH, scope: "S1") { points { numerator denominator } } }', undefined, s1NoPii);
    const year = await server.graphql('{ indicatorTrend(indicator: WORKFORCE_TURNOVER_RATE, from: "2026-01-01", to: "2026-12-31", interval: YEAR, scope: "S1") { points { numerator denominator } } }', undefined, s1NoPii);
    expect(monthly.data!.indicatorTrend.points).toHaveLength(24);
    expect(monthly.extensions!.diagnostics!.sqlStatements).toBe(year.extensions!.diagnostics!.sqlStatements);
  });

  it('follows workers per 10,000 residents, voluntary turnover and training coverage by year and quarter, each point as worked by hand and the workforceIndicators of its period', async () => {
    // S1's workers as in the test above (W1 2020–; W2 2021-05-01 – 2026-07-01, RESIGNED; W3 2026-03-01–; W4 2019 – 2026-01-01, RETIRED;
    // W5 2022 – 2027-01-01, CIVIL_SERVICE; W6 in C2 2025-06-01–); residents of S1's grids 1,040 + 910 + 1,000 = 2,950 (today's, every point).
    //   employed on the last day: 2024 4, 2025 5, 2026 4; 2026's quarters 5, 5, 4, 4                  → workers ÷ 2,950 (× 10,000)
    //   voluntary exits: 2025 W4 retired → 0 ÷ 4.5; 2026 W2 resigned (Q2), W5 to the civil service (Q4) → 1 ÷ 4, Q2 1 ÷ 5
    //   trained (completed, a course starting in the period, employed on its last day): 2025 TC2 W1, W5 → 2 ÷ 5; 2026 W1, W3, W5 → 3 ÷ 4;
    //   Q2 TC1 W1, W2, W3 (W5 did not complete it) → 3 ÷ 5; Q3 TC4 W1, W3, W5 → 3 ÷ 4
    const yearly = {
      WORKFORCE_WORKERS_PER_10K_RESIDENTS: [[4, 2950], [5, 2950], [4, 2950]],
      WORKFORCE_VOLUNTARY_TURNOVER_RATE: [[0, 4], [0, 4.5], [1, 4]],
      WORKFORCE_TRAINING_COVERAGE: [[0, 4], [2, 5], [3, 4]],
    };
    const quarterly = {
      WORKFORCE_WORKERS_PER_10K_RESIDENTS: [[5, 2950], [5, 2950], [4, 2950], [4, 2950]],
      WORKFORCE_VOLUNTARY_TURNOVER_RATE: [[0, 4.5], [1, 5], [0, 4], [0, 4]],
      WORKFORCE_TRAINING_COVERAGE: [[0, 5], [3, 5], [3, 4], [0, 4]],
    };
    const fields = { WORKFORCE_WORKERS_PER_10K_RESIDENTS: 'workersPer10kResidents', WORKFORCE_VOLUNTARY_TURNOVER_RATE: 'voluntaryTurnoverRate', WORKFORCE_TRAINING_COVERAGE: 'trainingCoverage' } as const;
    for (const [indicator, field] of Object.entries(fields) as [keyof typeof fields, string][]) {
      await expectYearsAndQuarters(indicator, field, yearly[indicator], quarterly[indicator], indicator === 'WORKFORCE_WORKERS_PER_10K_RESIDENTS' ? 10_000 : 1);
      await expectScopedAndFlat(indicator);
    }
  });

  it('follows grade stall and households per worker by year and quarter, each point as worked by hand and the workforceIndicators of its period', async () => {
    // S1's workers as above; their last grade change on or before the period's last day (the hiring's when none): W1 2020-01-01,
    // 2023-01-01, 2026-02-01; W2 2021-05-01; W3 2026-03-01; W4 2019-01-01; W5 2022-01-01; W6 2025-06-01. Stalled: older than the
    // last day 3 years earlier.
    //   2024 (before 2021-12-31): W2, W4 of W1, W2, W4, W5 → 2 ÷ 4; 2025 (2022-12-31): W2, W4, W5 of 5 (W6 hired) → 3 ÷ 5;
    //   2026 (2023-12-31): W5 of W1, W3, W5, W6 → 1 ÷ 4. 2026's quarters: Q1 (2023-03-31) W2, W5 of W1, W2, W3, W5, W6 → 2 ÷ 5;
    //   Q2 (2023-06-30) W2 (employed on 06-30), W5 → 2 ÷ 5; Q3, Q4 W5 of W1, W3, W5, W6 → 1 ÷ 4.
    // Households of S1's grids 400 + 350 + 380 = 1,130 (today's, every point) ÷ the workers employed on the last day.
    const yearly = { WORKFORCE_GRADE_STALL: [[2, 4], [3, 5], [1, 4]], WORKFORCE_HOUSEHOLDS_PER_WORKER: [[1130, 4], [1130, 5], [1130, 4]] };
    const quarterly = { WORKFORCE_GRADE_STALL: [[2, 5], [2, 5], [1, 4], [1, 4]], WORKFORCE_HOUSEHOLDS_PER_WORKER: [[1130, 5], [1130, 5], [1130, 4], [1130, 4]] };
    const fields = { WORKFORCE_GRADE_STALL: 'gradeStall', WORKFORCE_HOUSEHOLDS_PER_WORKER: 'householdsPerWorker' } as const;
    for (const [indicator, field] of Object.entries(fields) as [keyof typeof fields, string][]) {
      await expectYearsAndQuarters(indicator, field, yearly[indicator], quarterly[indicator]);
      await expectScopedAndFlat(indicator);
    }
  });

  it('computes every indicator as worked by hand, per community, per subdistrict and for the whole scope, without the pii right', async () => {
    const fields = `{ from to groupBy minSample groups { organization { code } workersAtStart workersAtEnd exits belowMinimumSample
      turnoverRate { numerator denominator value } retention12m { numerator denominator value }
      workersPer10kResidents { numerator denominator value target meetsTarget } certificationShare { numerator denominator value }
      trainingHoursPerWorker { numerator denominator value } continuingEducationCompliance { numerator denominator value }
      voluntaryExits voluntaryTurnoverRate { numerator denominator value } trainingCoverage { numerator denominator value }
      gradeStall { numerator denominator value } householdsPerWorker { numerator denominator value } } }`;
    const answer = await server.graphql(`{ workforceIndicators(scope: "S1", from: "2026-01-01", to: "2027-01-01", groupBy: COMMUNITY, minSample: 3) ${fields} }`, undefined, s1NoPii);
    expect(answer.errors).toBeUndefined();
    // C1 over 2026 (last day 2026-12-31; the 12 months start 2026-01-01; continuing education from 2024-01-01):
    //   employed on 2026-01-01: W1, W2, W5 (W3 hired later; W4's exitedOn is that very day)       → 3
    //   employed on 2026-12-31: W1, W3, W5 (W2 left; W5's exitedOn 2027-01-01 is the day after)     → 3
    //   exits, from < exitedOn ≤ to: W2 (2026-07-01), W5 (2027-01-01); not W4 (2026-01-01)          → 2; turnover 2 ÷ 3
    //   retention, the hiring cohort of (2025-01-01, 2026-01-01]: none of C1's (W3 hired 2026-03-01)  → 0 ÷ 0, null
    //   per 10,000 residents: 3 ÷ (1,040 + 910) × 10,000 = 15.38, below 18
    //   certified on 2026-12-31: W1 (INTERMEDIATE; ASSISTANT expired), W3 (SENIOR), W5 (ASSISTANT, valid to that day) → 3 ÷ 3
    //   training hours at courses starting in 2026, completed: W1 24 + 16, W3 24 + 16, W5 16 (TC1 not completed); W2 left → 96 ÷ 3
    //   continuing education since 2024-01-01: W1 24 + 60 = 84 < 90 (TC4 not counted as such); W3 24 + 60 + 16 = 100 ≥ 90;
    //   W5 60 + 16 = 76 ≥ 72 (TC3 of 2023 outside the window)                                           → 2 ÷ 3
    //   voluntary exits: W2 (RESIGNED); W5 left for the civil service                                  → 1 ÷ 3
    //   trained: W1 (TC1, TC4), W3 (TC1, TC4), W5 (TC4; TC1 not completed)                              → 3 ÷ 3
    //   grade stall, last grade before 2023-12-31: W1 2026-02-01, W3 hired 2026-03-01, W5 hired 2022-01-01 at grade 2, no change since → 1 ÷ 3
    //   households per worker: (400 + 350) ÷ 3 = 250
    // C2: W6 only (hired 2025-06-01, in the hiring cohort, still employed: retained), 1,000 residents and 380 households, no qualification, no training.
    expect(answer.data!.workforceIndicators).toEqual({
      from: '2026-01-01',
      to: '2027-01-01',
      groupBy: 'COMMUNITY',
      minSample: 3,
      groups: [
        {
          organization: { code: 'C1' },
          workersAtStart: 3,
          workersAtEnd: 3,
          exits: 2,
          belowMinimumSample: false,
          turnoverRate: { numerator: 2, denominator: 3, value: 2 / 3 },
          retention12m: { numerator: 0, denominator: 0, value: null },
          workersPer10kResidents: { numerator: 3, denominator: 1950, value: (3 / 1950) * 10_000, target: 18, meetsTarget: false },
          certificationShare: { numerator: 3, denominator: 3, value: 1 },
          trainingHoursPerWorker: { numerator: 96, denominator: 3, value: 32 },
          continuingEducationCompliance: { numerator: 2, denominator: 3, value: 2 / 3 },
          voluntaryExits: 1,
          voluntaryTurnoverRate: { numerator: 1, denominator: 3, value: 1 / 3 },
          trainingCoverage: { numerator: 3, denominator: 3, value: 1 },
          gradeStall: { numerator: 1, denominator: 3, value: 1 / 3 },
          householdsPerWorker: { numerator: 750, denominator: 3, value: 250 },
        },
        {
          organization: { code: 'C2' },
          workersAtStart: 1,
          workersAtEnd: 1,
          exits: 0,
          belowMinimumSample: true,
          turnoverRate: { numerator: 0, denominator: 1, value: 0 },
          retention12m: { numerator: 1, denominator: 1, value: 1 },
          workersPer10kResidents: { numerator: 1, denominator: 1000, value: 10, target: 18, meetsTarget: false },
          certificationShare: { numerator: 0, denominator: 1, value: 0 },
          trainingHoursPerWorker: { numerator: 0, denominator: 1, value: 0 },
          continuingEducationCompliance: { numerator: 0, denominator: 0, value: null },
          voluntaryExits: 0,
          voluntaryTurnoverRate: { numerator: 0, denominator: 1, value: 0 },
          trainingCoverage: { numerator: 0, denominator: 1, value: 0 },
          gradeStall: { numerator: 0, denominator: 1, value: 0 },
          householdsPerWorker: { numerator: 380, denominator: 1, value: 380 },
        },
      ],
    });
    const bySubdistrict = await ok(`{ workforceIndicators(scope: "D", from: "2026-01-01", to: "2027-01-01", groupBy: SUBDISTRICT) ${fields} }`);
    const [s1, s2] = bySubdistrict.workforceIndicators.groups;
    expect(s1).toMatchObject({ organization: { code: 'S1' }, workersAtStart: 4, workersAtEnd: 4, exits: 2, belowMinimumSample: true, turnoverRate: { value: 0.5 }, retention12m: { numerator: 1, denominator: 1 } });
    expect(s1.workersPer10kResidents).toMatchObject({ numerator: 4, denominator: 2950 });
    expect([s1.certificationShare, s1.trainingHoursPerWorker, s1.continuingEducationCompliance]).toEqual([
      { numerator: 3, denominator: 4, value: 0.75 },
      { numerator: 96, denominator: 4, value: 24 },
      { numerator: 2, denominator: 3, value: 2 / 3 },
    ]);
    expect([s1.voluntaryTurnoverRate, s1.trainingCoverage, s1.gradeStall, s1.householdsPerWorker]).toEqual([
      { numerator: 1, denominator: 4, value: 0.25 },
      { numerator: 3, denominator: 4, value: 0.75 },
      { numerator: 1, denominator: 4, value: 0.25 },
      { numerator: 1130, denominator: 4, value: 282.5 },
    ]);
    // S2: W7 hired 2024-01-01, not before 2023-12-31: not stalled; 200 households.
    expect([s2.gradeStall, s2.householdsPerWorker, s2.trainingCoverage]).toEqual([
      { numerator: 0, denominator: 1, value: 0 },
      { numerator: 200, denominator: 1, value: 200 },
      { numerator: 0, denominator: 1, value: 0 },
    ]);
    // S2: W7 in C3 since 2024; TC3 (2023) is neither in the period nor in the continuing-education window.
    expect(s2).toMatchObject({ organization: { code: 'S2' }, workersAtStart: 1, workersAtEnd: 1, exits: 0, workersPer10kResidents: { numerator: 1, denominator: 500, value: 20, meetsTarget: true }, trainingHoursPerWorker: { numerator: 0, value: 0 } });
    const whole = await ok(`{ workforceIndicators(scope: "S1", from: "2026-01-01", to: "2027-01-01") ${fields} }`);
    expect(whole.workforceIndicators.groups).toHaveLength(1);
    expect(whole.workforceIndicators.groups[0]).toEqual({ ...s1, organization: null });
    // A half year [2026-01-01, 2026-07-01): the last day is 2026-06-30, W2's last day employed (exitedOn 2026-07-01),
    // so W2 counts at the end and as an exit; 12-month retention's hiring cohort is (2024-07-01, 2025-07-01]: none of C1's.
    const half = await ok(`{ workforceIndicators(scope: "C1", from: "2026-01-01", to: "2026-07-01") { groups { workersAtStart workersAtEnd exits retention12m { numerator denominator } certificationShare { numerator denominator } } } }`);
    // Employed on 2026-06-30: W1, W2, W3, W5. Certified on 2026-06-30: W1 (INTERMEDIATE since 2026-03-01), W3, W5.
    expect(half.workforceIndicators.groups).toEqual([{ workersAtStart: 3, workersAtEnd: 4, exits: 1, retention12m: { numerator: 0, denominator: 0 }, certificationShare: { numerator: 3, denominator: 4 } }]);
    // The half year's variants: W2's exit is voluntary; of W1, W2, W3, W5 only TC1 (04-10) counts and W5 did not complete it;
    // grades older than 2023-06-30: W2 (hired 2021-05-01 at grade 5, no change) and W5 (2022-01-01).
    const halfVariants = await ok(
      `{ workforceIndicators(scope: "C1", from: "2026-01-01", to: "2026-07-01") { groups { voluntaryExits voluntaryTurnoverRate { numerator denominator } trainingCoverage { numerator denominator } gradeStall { numerator denominator } householdsPerWorker { numerator denominator value } } } }`,
    );
    expect(halfVariants.workforceIndicators.groups).toEqual([
      {
        voluntaryExits: 1,
        voluntaryTurnoverRate: { numerator: 1, denominator: 3.5 },
        trainingCoverage: { numerator: 3, denominator: 4 },
        gradeStall: { numerator: 2, denominator: 4 },
        householdsPerWorker: { numerator: 750, denominator: 4, value: 187.5 },
      },
    ]);
    // Refusals: a period backwards, a scope outside the jurisdiction.
    expect((await server.graphql('{ workforceIndicators(scope: "S1", from: "2027-01-01", to: "2026-01-01") { from } }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await server.graphql('{ workforceIndicators(scope: "S1", from: "2026-01-01", to: "2027-01-01") { from } }', undefined, s2Key)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('changes, cancels and withdraws recorded courses and attendances, version-checked and audited, keeping them as history', async () => {
    const audits = async () => {
      const counts = await ok('{ c: auditLog(first: 1, filter: { entityType: "TrainingCourse" }) { totalCount } a: auditLog(first: 1, filter: { entityType: "TrainingAttendance" }) { totalCount } }');
      return [counts.c.totalCount, counts.a.totalCount];
    };
    const hours = async () => {
      const groups = (await ok('{ workforceIndicators(scope: "C1", from: "2026-01-01", to: "2027-01-01") { groups { trainingHoursPerWorker { numerator denominator } trainingCoverage { numerator denominator } } } }')).workforceIndicators.groups;
      return groups[0];
    };
    const refusal = async (query: string, credential?: string) => {
      const response = await server.graphql(query, undefined, credential);
      expect(response.errors, query).toBeDefined();
      return { code: response.errors![0]!.extensions!.code, field: response.errors![0]!.extensions!.field, message: response.errors![0]!.message };
    };
    const course = (await ok(`mutation { createTrainingCourse(input: { code: "TC9", title: "Casework", providerId: "${ids.S1}", level: SUBDISTRICT, topic: "casework", hours: 10, startsOn: "2026-10-01", endsOn: "2026-10-02" }) { id version } }`)).createTrainingCourse;
    const q1 = (await must('recordAttendance', `courseId: "${course.id}", personId: "${ids.Q1}"`)).id;
    const q3 = (await must('recordAttendance', `courseId: "${course.id}", personId: "${ids.Q3}", hoursCredited: 6`)).id;
    // C1 in 2026: 96 h before (worked by hand above), + TC9's 10 h (W1) and 6 h (W3).
    expect(await hours()).toEqual({ trainingHoursPerWorker: { numerator: 112, denominator: 3 }, trainingCoverage: { numerator: 3, denominator: 3 } });
    const before = await audits();

    const updateCourse = (fields: string) => `mutation { updateTrainingCourse(input: { id: "${course.id}", ${fields} }) { code title hours startsOn endsOn status cancelReason version } }`;
    expect(await refusal(updateCourse('hours: 8'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.hours', message: 'Training course TC9: 8 h is less than the 10 h credited to attendance TC9-Q1; change that attendance first.' });
    expect(await refusal(updateCourse('endsOn: "2026-09-30"'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsOn' });
    expect(await refusal(updateCourse('hours: 0'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.hours' });
    expect(await refusal(`mutation { updateTrainingCourse(input: { id: "${course.id}" }) { code } }`)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input', message: expect.stringContaining('gives nothing to change') });
    expect(await refusal(updateCourse('expectedVersion: 7, title: "Casework II"'))).toMatchObject({ code: 'CONFLICT' });
    // S2 neither holds nor partners the provider S1.
    expect(await refusal(updateCourse('title: "Casework II"'), s2Key)).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    expect((await ok(updateCourse('expectedVersion: 1, title: "Casework II", hours: 12'), undefined, s1Key)).updateTrainingCourse).toEqual({
      code: 'TC9',
      title: 'Casework II',
      hours: 12,
      startsOn: '2026-10-01',
      endsOn: '2026-10-02',
      status: 'SCHEDULED',
      cancelReason: null,
      version: 2,
    });

    const updateAttendance = (id: string, fields: string) => `mutation { updateTrainingAttendance(input: { id: "${id}", ${fields} }) { code hoursCredited completed withdrawn withdrawReason version } }`;
    expect(await refusal(updateAttendance(q3, 'hoursCredited: 13'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.hoursCredited', message: 'Training course TC9 lasts 12 h: 13 h credited is more than that.' });
    expect(await refusal(updateAttendance(q3, 'hoursCredited: -1'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.hoursCredited' });
    expect(await refusal(`mutation { updateTrainingAttendance(input: { id: "${q3}" }) { code } }`)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(await refusal(updateAttendance(q3, 'expectedVersion: 3, hoursCredited: 12'))).toMatchObject({ code: 'CONFLICT' });
    // S2 sees neither W3's attendance nor S1's course.
    expect(await refusal(updateAttendance(q3, 'hoursCredited: 12'), s2Key)).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    expect((await ok(updateAttendance(q3, 'expectedVersion: 1, hoursCredited: 12'))).updateTrainingAttendance).toEqual({ code: 'TC9-Q3', hoursCredited: 12, completed: true, withdrawn: false, withdrawReason: null, version: 2 });

    const withdraw = (id: string, credential?: string) => server.graphql(`mutation { withdrawTrainingAttendance(input: { id: "${id}", reason: "Fell ill" }) { code withdrawn withdrawReason version } }`, undefined, credential);
    expect((await withdraw(q1, s1NoPii)).data!.withdrawTrainingAttendance).toEqual({ code: 'TC9-Q1', withdrawn: true, withdrawReason: null, version: 2 });
    expect(await refusal(`mutation { withdrawTrainingAttendance(input: { id: "${q1}", reason: "again" }) { code } }`)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.id', message: 'Training attendance TC9-Q1 is withdrawn; it can no longer change.' });
    expect(await refusal(updateAttendance(q1, 'hoursCredited: 5'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    // W1's 10 h no longer count; W3's are 12: 96 + 12.
    expect(await hours()).toEqual({ trainingHoursPerWorker: { numerator: 108, denominator: 3 }, trainingCoverage: { numerator: 3, denominator: 3 } });

    const cancel = `mutation { cancelTrainingCourse(input: { id: "${course.id}", expectedVersion: 2, reason: "Trainer unavailable" }) { status cancelReason version } }`;
    expect((await ok(cancel)).cancelTrainingCourse).toEqual({ status: 'CANCELLED', cancelReason: 'Trainer unavailable', version: 3 });
    expect(await refusal(cancel.replace('expectedVersion: 2', 'expectedVersion: 3'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.id', message: 'Training course TC9 is cancelled (Trainer unavailable); it can no longer change.' });
    expect(await refusal(updateCourse('title: "Casework III"'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    expect(await refusal(updateAttendance(q3, 'completed: false'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.id', message: 'Training attendance TC9-Q3: course TC9 is cancelled; its attendances can no longer change.' });
    expect(await refusal(`mutation { recordAttendance(input: { courseId: "${course.id}", personId: "${ids.Q5}" }) { code } }`)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.courseId' });
    expect(await hours()).toEqual({ trainingHoursPerWorker: { numerator: 96, denominator: 3 }, trainingCoverage: { numerator: 3, denominator: 3 } });

    // Nothing deleted: the course and both attendances stay; the person's list keeps them, the count of completed ones does not.
    const kept = await ok('{ trainingCourse(code: "TC9") { status cancelReason attendances { totalCount nodes { code withdrawn withdrawReason hoursCredited } } } }');
    expect(kept.trainingCourse).toEqual({
      status: 'CANCELLED',
      cancelReason: 'Trainer unavailable',
      attendances: { totalCount: 2, nodes: [{ code: 'TC9-Q1', withdrawn: true, withdrawReason: 'Fell ill', hoursCredited: 10 }, { code: 'TC9-Q3', withdrawn: false, withdrawReason: null, hoursCredited: 12 }] },
    });
    expect((await ok('{ workerProfile(code: "W1") { person { trainings(from: "2026-01-01") { count completed attendances { code } } } } }')).workerProfile.person.trainings).toEqual({
      count: 3,
      completed: 2,
      attendances: [{ code: 'TC1-Q1' }, { code: 'TC4-Q1' }, { code: 'TC9-Q1' }],
    });
    // Audited: the course's change and cancellation; the attendance's change and withdrawal. The refusals wrote nothing.
    expect(await audits()).toEqual([before[0]! + 2, before[1]! + 2]);
  });

  it('reads every path, and the indicators, in as many statements for many as for few', async () => {
    const PATHS = [
      '{ workerProfiles(first: 50) { totalCount nodes { code person { name } employer { code } community { code } } } }',
      '{ workerProfiles(first: 50) { nodes { code grades { grade } qualifications { level } } } }',
      '{ organizations(first: 50) { nodes { code workers(first: 3) { totalCount nodes { code } } } } }',
      '{ people(first: 50) { nodes { code workerProfile { code community { code } } } } }',
      '{ people(first: 50) { nodes { code trainings { count completed attendances { code course { code } } } y: trainings(from: "2026-01-01") { count } } } }',
      '{ trainingCourses(first: 50) { nodes { code provider { code } attendances(first: 5) { totalCount nodes { code person { name } course { code } } } } } }',
      '{ workforceIndicators(scope: "S1", from: "2026-01-01", to: "2027-01-01", groupBy: COMMUNITY) { groups { organization { code } turnoverRate { value } retention12m { value } workersPer10kResidents { value } certificationShare { value } trainingHoursPerWorker { value } continuingEducationCompliance { value } voluntaryTurnoverRate { value } trainingCoverage { value } gradeStall { value } householdsPerWorker { value } } } }',
    ];
    const measure = async (credential: string) => {
      const counts: number[] = [];
      for (const path of PATHS) {
        const response = await server.graphql(path, undefined, credential);
        expect(response.errors, path).toBeUndefined();
        counts.push(response.extensions!.diagnostics!.sqlStatements as number);
      }
      return counts;
    };
    await measure(s1Key);
    const before = [await measure(s1Key), await measure(server.adminKey)];
    // Twice as many workers of every shape (grades, qualifications, exits, attendances), in both communities.
    for (let index = 0; index < 8; index += 1) {
      const person = await ok(`mutation { createPerson(input: { code: "M${index}", name: "马${index}" }) { id } }`);
      ids[`M${index}`] = person.createPerson.id;
      const code = `WM${index}`;
      await hired(code, `M${index}`, index % 2 ? 'C1' : 'C2', 'GENERAL', '2024-01-01', 2);
      await must('changeWorkerGrade', `id: "${ids[code]}", grade: 3, effectiveOn: "2025-01-01", reason: CERTIFICATE`);
      await must('recordQualification', `id: "${ids[code]}", level: ASSISTANT, obtainedOn: "2024-06-01", registrationValidUntil: "2027-05-31"`);
      if (index % 3 === 0) await must('exitWorker', `id: "${ids[code]}", exitedOn: "2026-05-01", reason: RESIGNED`);
      await must('recordAttendance', `courseId: "${ids[index % 2 ? 'TC1' : 'TC4']}", personId: "${ids[`M${index}`]}"`);
    }
    const after = [await measure(s1Key), await measure(server.adminKey)];
    after.forEach((counts, credential) => counts.forEach((count, index) => expect(count, `${PATHS[index]} (${credential ? 'admin' : 'scoped'})`).toBeLessThanOrEqual(before[credential]![index]!)));
    // The indicators, as admin: the credential's and the scope's look-ups, the two statements, the groups' organizations.
    expect(after[1]![6]).toBe(5);
    expect((await ok('{ workerProfiles { totalCount } }')).workerProfiles.totalCount).toBe(15);
  });

  it('hires a person once when eight hirings of them arrive at the same time', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, (_, index) => hire(worker(`WC${index}`, 'Q8', 'C2', 'GENERAL', '2025-01-01', 2))));
    const hired = answers.filter((answer) => !answer.errors);
    expect(hired).toHaveLength(1);
    for (const answer of answers.filter((other) => other.errors)) expect(answer.errors![0]!.message).toContain('already employed as worker');
    const profile = hired[0]!.data!.hireWorker;
    expect((await ok(`{ workerProfiles(filter: { person: "${ids.Q8}" }) { totalCount } }`)).workerProfiles.totalCount).toBe(1);
    expect(profile.code).toMatch(/^WC\d$/);
  });
});

/** The fixture of the indicators above, as an import document (the same rules as the mutations). */
const WORKFORCE_SECTIONS = {
  workerProfiles: [
    { code: 'W1', personCode: 'Q1', employerCode: 'S1', communityCode: 'C1', postCategory: 'GENERAL', hiredOn: '2020-01-01', grades: [{ grade: 3, effectiveOn: '2020-01-01' }, { grade: 4, effectiveOn: '2023-01-01' }, { grade: 6, effectiveOn: '2026-02-01', reason: 'PROMOTION', postCategory: 'DEPUTY' }], qualifications: [{ level: 'ASSISTANT', obtainedOn: '2023-06-01', registrationValidUntil: '2026-05-31' }, { level: 'INTERMEDIATE', obtainedOn: '2026-03-01', registrationValidUntil: '2029-02-28' }] },
    { code: 'W2', personCode: 'Q2', employerCode: 'S1', communityCode: 'C1', postCategory: 'DEPUTY', hiredOn: '2021-05-01', exitedOn: '2026-07-01', exitReason: 'RESIGNED', grades: [{ grade: 5, effectiveOn: '2021-05-01' }] },
    { code: 'W3', personCode: 'Q3', employerCode: 'S1', communityCode: 'C1', postCategory: 'HEAD', hiredOn: '2026-03-01', grades: [{ grade: 9, effectiveOn: '2026-03-01' }], qualifications: [{ level: 'SENIOR', obtainedOn: '2025-01-01', registrationValidUntil: '2027-12-31' }] },
    { code: 'W4', personCode: 'Q4', employerCode: 'S1', communityCode: 'C1', postCategory: 'GENERAL', hiredOn: '2019-01-01', exitedOn: '2026-01-01', exitReason: 'RETIRED', grades: [{ grade: 4, effectiveOn: '2019-01-01' }] },
    { code: 'W5', personCode: 'Q5', employerCode: 'S1', communityCode: 'C1', postCategory: 'GENERAL', hiredOn: '2022-01-01', exitedOn: '2027-01-01', exitReason: 'CIVIL_SERVICE', grades: [{ grade: 2, effectiveOn: '2022-01-01' }], qualifications: [{ level: 'ASSISTANT', obtainedOn: '2024-01-01', registrationValidUntil: '2026-12-31' }] },
    { code: 'W6', personCode: 'Q6', employerCode: 'S1', communityCode: 'C2', postCategory: 'GENERAL', hiredOn: '2025-06-01', grades: [{ grade: 1, effectiveOn: '2025-06-01' }] },
    { code: 'W7', personCode: 'Q7', employerCode: 'S2', communityCode: 'C3', postCategory: 'GENERAL', hiredOn: '2024-01-01', grades: [{ grade: 2, effectiveOn: '2024-01-01' }] },
  ],
  trainingCourses: [
    ['TC1', 'PSO', '2026-04-10', 24],
    ['TC2', 'S1', '2025-02-01', 60],
    ['TC3', 'D', '2023-06-01', 40],
    ['TC4', 'S1', '2026-09-01', 16],
  ].map(([code, providerCode, startsOn, hours]) => ({ code, title: `Course ${code}`, providerCode, level: 'DISTRICT', topic: 'casework', hours, startsOn, endsOn: startsOn })),
  trainingAttendances: [
    ['TC1', 'Q1', {}],
    ['TC2', 'Q1', {}],
    ['TC4', 'Q1', { continuingEducation: false }],
    ['TC1', 'Q3', {}],
    ['TC2', 'Q3', {}],
    ['TC4', 'Q3', {}],
    ['TC1', 'Q5', { completed: false }],
    ['TC2', 'Q5', {}],
    ['TC3', 'Q5', {}],
    ['TC4', 'Q5', {}],
    ['TC1', 'Q2', {}],
    ['TC3', 'Q7', {}],
  ].map(([courseCode, personCode, extra]) => ({ code: `${courseCode}-${personCode}`, courseCode, personCode, ...(extra as object) })),
};

describe.each(DIALECTS)('importing the workforce on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: DATASET });
  });
  afterAll(async () => {
    await server?.close();
  });
  const importing = (dataset: unknown, credential?: string) =>
    server.graphql('mutation I($dataset: JSONObject!) { importDataset(dataset: $dataset) { workerProfiles { created updated unchanged } trainingCourses { created updated unchanged } trainingAttendances { created updated unchanged } } }', { dataset }, credential);

  it('imports profiles with their histories, courses and attendances by code, idempotently, to the same indicators as the mutations', async () => {
    const first = await importing(WORKFORCE_SECTIONS);
    expect(first.errors).toBeUndefined();
    expect(first.data!.importDataset).toEqual({ workerProfiles: { created: 7, updated: 0, unchanged: 0 }, trainingCourses: { created: 4, updated: 0, unchanged: 0 }, trainingAttendances: { created: 12, updated: 0, unchanged: 0 } });
    const again = await importing(WORKFORCE_SECTIONS);
    expect(again.data!.importDataset).toEqual({ workerProfiles: { created: 0, updated: 0, unchanged: 7 }, trainingCourses: { created: 0, updated: 0, unchanged: 4 }, trainingAttendances: { created: 0, updated: 0, unchanged: 12 } });
    const history = await server.graphql('{ workerProfile(code: "W1") { version grade postCategory grades { grade postCategory effectiveOn reason } qualifications { level } } }');
    expect(history.data!.workerProfile).toMatchObject({ version: 1, grade: 6, postCategory: 'DEPUTY', qualifications: [{ level: 'ASSISTANT' }, { level: 'INTERMEDIATE' }] });
    expect(history.data!.workerProfile.grades.map((grade: { reason: string }) => grade.reason)).toEqual(['SENIORITY', 'SENIORITY', 'PROMOTION']);
    const indicators = await server.graphql('{ workforceIndicators(scope: "S1", from: "2026-01-01", to: "2027-01-01", groupBy: COMMUNITY) { groups { organization { code } workersAtStart workersAtEnd exits retention12m { numerator denominator } workersPer10kResidents { numerator denominator } certificationShare { numerator denominator } trainingHoursPerWorker { numerator denominator } continuingEducationCompliance { numerator denominator } } } }');
    expect(indicators.data!.workforceIndicators.groups[0]).toEqual({
      organization: { code: 'C1' },
      workersAtStart: 3,
      workersAtEnd: 3,
      exits: 2,
      retention12m: { numerator: 0, denominator: 0 },
      workersPer10kResidents: { numerator: 3, denominator: 1950 },
      certificationShare: { numerator: 3, denominator: 3 },
      trainingHoursPerWorker: { numerator: 96, denominator: 3 },
      continuingEducationCompliance: { numerator: 2, denominator: 3 },
    });
    // Later: a grade at the end of W6's history, and W6 leaves; one attendance's hours corrected.
    const [w6] = WORKFORCE_SECTIONS.workerProfiles.filter((record) => record.code === 'W6');
    const later = { workerProfiles: [{ ...w6, exitedOn: '2026-11-01', exitReason: 'RESIGNED', grades: [...w6!.grades, { grade: 2, effectiveOn: '2026-06-01' }] }], trainingAttendances: [{ code: 'TC3-Q7', courseCode: 'TC3', personCode: 'Q7', hoursCredited: 30 }] };
    expect((await importing(later)).data!.importDataset).toEqual({ workerProfiles: { created: 0, updated: 1, unchanged: 0 }, trainingCourses: { created: 0, updated: 0, unchanged: 0 }, trainingAttendances: { created: 0, updated: 1, unchanged: 0 } });
    expect((await server.graphql('{ workerProfile(code: "W6") { version grade exitedOn grades { grade } } }')).data!.workerProfile).toEqual({ version: 2, grade: 2, exitedOn: '2026-11-01', grades: [{ grade: 1 }, { grade: 2 }] });
  });

  it('refuses a document that breaks the rules or rewrites history, naming the record, and changes nothing', async () => {
    const w7 = WORKFORCE_SECTIONS.workerProfiles.find((record) => record.code === 'W7')!;
    const cases: [unknown, string][] = [
      [{ workerProfiles: [{ ...w7, code: 'WX1', personCode: 'Q8', grades: [{ grade: 13, effectiveOn: '2024-01-01' }] }] }, "workerProfiles record WX1: Worker WX1: grade 13 is outside the GENERAL post's grades (1\u201312)"],
      [{ workerProfiles: [{ ...w7, code: 'WX2', personCode: 'Q8', grades: [{ grade: 2, effectiveOn: '2024-02-01' }] }] }, 'workerProfiles record WX2: Worker WX2: the first grade must be given on hiring (2024-01-01), not on 2024-02-01'],
      [{ workerProfiles: [{ ...w7, code: 'WX3', hiredOn: '2025-01-01', grades: [{ grade: 2, effectiveOn: '2025-01-01' }] }] }, 'workerProfiles record WX3: Worker WX3: the person is also employed as worker W7 (from 2024-01-01, still employed)'],
      [{ workerProfiles: [{ ...w7, grades: [{ grade: 3, effectiveOn: '2024-01-01' }] }] }, 'workerProfiles record W7: its grades differ from the stored history; grades may only be added at the end'],
      [{ workerProfiles: [{ ...w7, code: 'WX4', personCode: 'Q8', exitedOn: '2025-01-01' }] }, 'workerProfiles record WX4: Worker WX4: give exitedOn and exitReason together'],
      [{ trainingAttendances: [{ code: 'TCX', courseCode: 'TC1', personCode: 'Q8', hoursCredited: 30 }] }, 'trainingAttendances record TCX: Training course TC1 lasts 24 h: 30 h credited is more than that'],
      [{ trainingAttendances: [{ code: 'TCY', courseCode: 'TC1', personCode: 'Q1' }] }, "trainingAttendances record TCY: this person's attendance at TC1 is already recorded (TC1-Q1)"],
    ];
    for (const [dataset, message] of cases) {
      const response = await importing(dataset);
      expect(response.errors?.[0]?.extensions?.code, message).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toBe(`Import refused, nothing was changed: ${message}.`);
    }
    // Scoped to S2: a profile in C1, a course by PSO (linked to C1, not to S2).
    const s2Key = await server.createKey({ role: 'editor', scopeCode: 'S2', pii: true });
    const w1 = WORKFORCE_SECTIONS.workerProfiles[0]!;
    expect((await importing({ workerProfiles: [{ ...w1, code: 'WX5', personCode: 'Q8' }] }, s2Key)).errors?.[0]?.message).toContain('communityCode C1 lies outside your scope');
    expect((await importing({ trainingCourses: [{ ...WORKFORCE_SECTIONS.trainingCourses[0]!, code: 'TCZ' }] }, s2Key)).errors?.[0]?.message).toContain('is not reached from it by a SERVICE_PARTNERSHIP link in force');
    expect((await server.graphql('{ workerProfiles { totalCount } trainingCourses { totalCount } }')).data).toEqual({ workerProfiles: { totalCount: 7 }, trainingCourses: { totalCount: 4 } });
  });
});

/**
 * 12-month retention, a hiring cohort's (operations.md §4.2; README, "Workforce"), on a fixture of its own: for a period ending
 * `to`, the workers hired in (to − 24 months, to − 12 months], retained when exitedOn is null or on or after the first
 * anniversary of hiredOn (employed for their first 12 months; a 29 February's anniversary is 1 March).
 * [code, community, hiredOn, exitedOn]: R1–R6 in C1 and R7, R9, R10 in C2 (S1); R8 and R11 in C3 (S2).
 */
const RETENTION_WORKERS: readonly (readonly [string, string, string, string | null])[] = [
  ['R1', 'C1', '2025-01-01', null],
  ['R2', 'C1', '2025-01-02', '2026-01-02'],
  ['R3', 'C1', '2025-03-01', '2025-09-01'],
  ['R4', 'C1', '2025-06-01', '2026-05-31'],
  ['R5', 'C1', '2026-01-01', null],
  ['R6', 'C1', '2026-01-02', null],
  ['R7', 'C2', '2025-08-01', '2026-09-01'],
  ['R8', 'C3', '2025-05-01', '2025-12-01'],
  ['R9', 'C2', '2024-02-29', '2025-02-28'],
  ['R10', 'C2', '2023-06-01', null],
  ['R11', 'C3', '2024-06-01', null],
];
const retentionProfile = ([code, community, hiredOn, exitedOn]: readonly [string, string, string, string | null]) => ({
  code,
  personCode: `P-${code}`,
  employerCode: community === 'C3' ? 'S2' : 'S1',
  communityCode: community,
  postCategory: 'GENERAL',
  hiredOn,
  grades: [{ grade: 2, effectiveOn: hiredOn }],
  ...(exitedOn ? { exitedOn, exitReason: 'RESIGNED' } : {}),
});

describe.each(DIALECTS)('12-month retention of a hiring cohort on %s', (dialect) => {
  let server: TestServer;
  let s1NoPii: string;
  let s2Key: string;
  const RATIO = 'retention12m { numerator denominator value }';
  const ratio = (numerator: number, denominator: number) => ({ numerator, denominator, value: denominator === 0 ? null : numerator / denominator });

  beforeAll(async () => {
    const extra = ['R12', 'R13', 'R14', 'R15', 'R16', 'R17'];
    const people = [...RETENTION_WORKERS.map(([code]) => code), ...extra].map((code, index) => ({ code: `P-${code}`, name: `${'孙钱郑冯褚卫蒋沈韩秦尤许何吕施张'[index]}${'丽伟红刚雪亮兰平梅松柳桥'[index % 12]}` }));
    server = await startTestServer(dialect, { dataset: { ...DATASET, people: [...DATASET.people, ...people], workerProfiles: RETENTION_WORKERS.map(retentionProfile) } });
    s1NoPii = await server.createKey({ role: 'viewer', scopeCode: 'S1', pii: false });
    s2Key = await server.createKey({ role: 'viewer', scopeCode: 'S2', pii: false });
  });
  afterAll(async () => {
    await server?.close();
  });

  async function ok<T = any>(query: string, credential?: string): Promise<T> {
    const response = await server.graphql(query, undefined, credential);
    expect(response.errors, query).toBeUndefined();
    return response.data as T;
  }
  const panel = async (scope: string, from: string, to: string, groupBy = '', credential = s1NoPii) =>
    (await ok(`{ workforceIndicators(scope: "${scope}", from: "${from}", to: "${to}"${groupBy}) { groups { organization { code } ${RATIO} } } }`, credential)).workforceIndicators.groups;
  const trend = async (interval: string, from: string, to: string, scope = ', scope: "S1"', credential = s1NoPii) => {
    const response = await server.graphql(`{ indicatorTrend(indicator: WORKFORCE_RETENTION_12M, from: "${from}", to: "${to}", interval: ${interval}${scope}) { points { date numerator denominator value } } }`, undefined, credential);
    expect(response.errors).toBeUndefined();
    return { points: response.data!.indicatorTrend.points as { date: string; numerator: number; denominator: number; value: number | null }[], statements: response.extensions!.diagnostics!.sqlStatements as number };
  };

  it('counts the cohort hired in (to − 24 months, to − 12 months] and those of it employed for their first 12 months, per community, per subdistrict and for the whole scope', async () => {
    // 2026, to = 2027-01-01: the cohort was hired in (2025-01-01, 2026-01-01].
    //   C1: R1 hired 2025-01-01, the lower bound, is not in it; R6 hired 2026-01-02, a day after the upper bound, is not either.
    //       R2 (2025-01-02, just inside) left with exitedOn 2026-01-02, its anniversary: last day 2026-01-01, 12 months served, retained;
    //       R3 (2025-03-01) left on 2025-09-01, before the period began: in the cohort, not retained;
    //       R4 (2025-06-01) exitedOn 2026-05-31, a day before its anniversary: not retained;
    //       R5 (2026-01-01, the upper bound) still employed: retained                                             → 2 ÷ 4
    //   C2: R7 (2025-08-01) left on 2026-09-01, after its anniversary: retained; R9 (2024) and R10 (2023) hired before → 1 ÷ 1
    //   S2: R8 (C3, 2025-05-01) left on 2025-12-01: not retained; R11 hired 2024-06-01, before                      → 0 ÷ 1
    expect(await panel('S1', '2026-01-01', '2027-01-01', ', groupBy: COMMUNITY')).toEqual([
      { organization: { code: 'C1' }, retention12m: ratio(2, 4) },
      { organization: { code: 'C2' }, retention12m: ratio(1, 1) },
    ]);
    expect(await panel('S1', '2026-01-01', '2027-01-01')).toEqual([{ organization: null, retention12m: ratio(3, 5) }]);
    expect(await panel('D', '2026-01-01', '2027-01-01', ', groupBy: SUBDISTRICT', server.adminKey)).toEqual([
      { organization: { code: 'S1' }, retention12m: ratio(3, 5) },
      { organization: { code: 'S2' }, retention12m: ratio(0, 1) },
    ]);
    expect(await panel('D', '2026-01-01', '2027-01-01', ', groupBy: COMMUNITY', server.adminKey)).toEqual([
      { organization: { code: 'C1' }, retention12m: ratio(2, 4) },
      { organization: { code: 'C2' }, retention12m: ratio(1, 1) },
      { organization: { code: 'C3' }, retention12m: ratio(0, 1) },
    ]);
    // A cohort of none is 0 ÷ 0, null: S2 in 2027 (hired in 2026: nobody).
    expect(await panel('S2', '2027-01-01', '2028-01-01', '', s2Key)).toEqual([{ organization: null, retention12m: ratio(0, 0) }]);
    // 2025, to = 2026-01-01, cohort (2024-01-01, 2025-01-01]: in C2 R9, hired 2024-02-29, whose anniversary is 2025-03-01: exitedOn
    // 2025-02-28 is before it, not retained; in C1 R1 (2025-01-01, the upper bound), still employed.
    expect(await panel('S1', '2025-01-01', '2026-01-01', ', groupBy: COMMUNITY')).toEqual([
      { organization: { code: 'C1' }, retention12m: ratio(1, 1) },
      { organization: { code: 'C2' }, retention12m: ratio(0, 1) },
    ]);
  });

  it('trends the whole scope by year and quarter, each point as worked by hand and the panel of the period ending on the same day, whatever its start', async () => {
    // S1 (R8 and R11 are S2's, never counted):
    //   2024, to 2025-01-01, cohort (2023-01-01, 2024-01-01]: R10, employed                                        → 1 ÷ 1
    //   2025, to 2026-01-01, (2024-01-01, 2025-01-01]: R9 not retained, R1 retained                              → 1 ÷ 2
    //   2026, to 2027-01-01, as above                                                                             → 3 ÷ 5
    //   2026 Q1, to 2026-04-01, (2024-04-01, 2025-04-01]: R1 and R2 retained, R3 not                               → 2 ÷ 3
    //        Q2, to 2026-07-01, (2024-07-01, 2025-07-01]: R1, R2 retained; R3, R4 not                              → 2 ÷ 4
    //        Q3, to 2026-10-01, (2024-10-01, 2025-10-01]: R1, R2, R7 retained; R3, R4 not                          → 3 ÷ 5
    //        Q4, to 2027-01-01, as the year                                                                        → 3 ÷ 5
    for (const [interval, from, to, expected, starts] of [
      ['YEAR', '2024-01-01', '2026-12-31', [ratio(1, 1), ratio(1, 2), ratio(3, 5)], ['2024-01-01', '2025-01-01', '2026-01-01', '2027-01-01']],
      ['QUARTER', '2026-01-01', '2026-12-31', [ratio(2, 3), ratio(2, 4), ratio(3, 5), ratio(3, 5)], ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01', '2027-01-01']],
    ] as const) {
      const { points } = await trend(interval, from, to);
      expect(points.map(({ numerator, denominator, value }) => ({ numerator, denominator, value })), interval).toEqual(expected);
      for (const [index, point] of points.entries()) {
        expect(point.date).toBe(new Date(Date.parse(`${starts[index + 1]}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10));
        // The panel of the same period, and of a period of another length ending on the same day: the cohort depends on `to` only.
        expect(await panel('S1', starts[index]!, starts[index + 1]!), point.date).toEqual([{ organization: null, retention12m: expected[index] }]);
        expect(await panel('S1', `${Number(starts[index + 1]!.slice(0, 4)) - 3}${starts[index + 1]!.slice(4)}`, starts[index + 1]!), point.date).toEqual([{ organization: null, retention12m: expected[index] }]);
      }
    }
    // The month ending with a quarter has the quarter's figure: June 2026 as Q2.
    const monthly = await trend('MONTH', '2026-01-01', '2026-12-31');
    expect(monthly.points).toHaveLength(12);
    expect(monthly.points.filter((point) => ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31'].includes(point.date)).map(({ numerator, denominator }) => [numerator, denominator])).toEqual([
      [2, 3],
      [2, 4],
      [3, 5],
      [3, 5],
    ]);
  });

  it("keeps to the credential's jurisdiction, and takes as many statements for 24 months as for a year and for more workers as for fewer", async () => {
    // The credential's jurisdiction is the default scope; S2's sees its own cohort and not S1's.
    expect((await trend('YEAR', '2024-01-01', '2026-12-31', '')).points).toEqual((await trend('YEAR', '2024-01-01', '2026-12-31')).points);
    expect((await trend('YEAR', '2026-01-01', '2026-12-31', '', s2Key)).points.map(({ numerator, denominator }) => [numerator, denominator])).toEqual([[0, 1]]);
    const outside = await server.graphql('{ indicatorTrend(indicator: WORKFORCE_RETENTION_12M, from: "2026-01-01", to: "2026-12-31", interval: YEAR, scope: "S1") { points { value } } }', undefined, s2Key);
    expect(outside.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await server.graphql('{ workforceIndicators(scope: "S1", from: "2026-01-01", to: "2027-01-01") { groups { retention12m { value } } } }', undefined, s2Key)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const statements = async () => {
      const panelAnswer = await server.graphql('{ workforceIndicators(scope: "S1", from: "2026-01-01", to: "2027-01-01", groupBy: COMMUNITY) { groups { organization { code } retention12m { value } } } }', undefined, s1NoPii);
      return [panelAnswer.extensions!.diagnostics!.sqlStatements as number, (await trend('MONTH', '2025-01-01', '2026-12-31')).statements, (await trend('YEAR', '2026-01-01', '2026-12-31')).statements];
    };
    const before = await statements();
    expect(before[1]).toBe(before[2]);
    // Six more of the 2026 cohort, in turn in C1 and C2: R15 (C2) leaves on its anniversary (retained), R16 (C1) and R17 (C2) before
    // theirs: C1 2 ÷ 4 → 4 ÷ 7, C2 1 ÷ 1 → 3 ÷ 4.
    const more = (['R12', 'R13', 'R14', 'R15', 'R16', 'R17'] as const).map((code, index) =>
      retentionProfile([code, index % 2 ? 'C2' : 'C1', `2025-0${index + 2}-15`, index === 4 ? '2025-12-15' : index === 5 ? '2026-07-14' : index === 3 ? '2026-05-15' : null]),
    );
    const imported = await server.graphql('mutation I($dataset: JSONObject!) { importDataset(dataset: $dataset) { workerProfiles { created } } }', { dataset: { workerProfiles: more } });
    expect(imported.errors).toBeUndefined();
    expect(await panel('S1', '2026-01-01', '2027-01-01', ', groupBy: COMMUNITY')).toEqual([
      { organization: { code: 'C1' }, retention12m: ratio(4, 7) },
      { organization: { code: 'C2' }, retention12m: ratio(3, 4) },
    ]);
    expect(await statements()).toEqual(before);
  });
});

describe('the workforce generator', () => {
  const district = generateDistrict({ scale: 1 });
  const workforce = generateWorkforce(district, { scale: 1, seed: DEFAULT_SEED });
  const employed = (record: { hiredOn: string; exitedOn?: string | null }, day: string) => record.hiredOn <= day && (record.exitedOn == null || record.exitedOn > day);

  it('is deterministic, leaves the district as it was, and writes records the import format accepts', () => {
    expect(JSON.stringify(generateWorkforce(district, { scale: 1, seed: DEFAULT_SEED }))).toBe(JSON.stringify(workforce));
    expect(JSON.stringify(generateWorkforce(district, { scale: 1, seed: 7 }))).not.toBe(JSON.stringify(workforce));
    const parsed = datasetSchema.parse({ ...district, ...workforce });
    expect(parsed.workerProfiles.length).toBe(workforce.workerProfiles.length);
    // Every worker is a person of the district, employed once.
    const people = new Set(district.people!.map((person) => person.code));
    expect(workforce.workerProfiles.every((record) => people.has(record.personCode))).toBe(true);
    expect(new Set(workforce.workerProfiles.map((record) => record.personCode)).size).toBe(workforce.workerProfiles.length);
  });

  it('sizes a full district as operations.md does: about 1,100 workers, 8–20 % leaving a year, about 200 courses, 5–9 thousand attendances', () => {
    const lastYear = workforce.workerProfiles.filter((record) => record.exitedOn && record.exitedOn > '2025-01-01' && record.exitedOn <= REFERENCE_DATE).length;
    const atEnd = workforce.workerProfiles.filter((record) => employed(record, '2025-12-31')).length;
    const atStart = workforce.workerProfiles.filter((record) => employed(record, '2025-01-01')).length;
    expect(atEnd).toBeGreaterThanOrEqual(1000);
    expect(atEnd).toBeLessThanOrEqual(1250);
    expect(lastYear / ((atStart + atEnd) / 2)).toBeGreaterThanOrEqual(0.08);
    expect(lastYear / ((atStart + atEnd) / 2)).toBeLessThanOrEqual(0.2);
    const certified = workforce.workerProfiles.filter((record) => employed(record, '2025-12-31') && (record.qualifications ?? []).some((q) => q.obtainedOn <= '2025-12-31' && (!q.registrationValidUntil || q.registrationValidUntil >= '2025-12-31'))).length;
    expect(certified / atEnd).toBeGreaterThanOrEqual(0.35);
    expect(certified / atEnd).toBeLessThanOrEqual(0.65);
    expect(workforce.workerProfiles.filter((record) => record.grades.length > 1).length / workforce.workerProfiles.length).toBeGreaterThan(0.5);
    expect(workforce.workerProfiles.some((record) => record.grades.some((grade) => grade.reason === 'PROMOTION'))).toBe(true);
    expect(workforce.trainingCourses.length).toBeGreaterThanOrEqual(150);
    expect(workforce.trainingCourses.length).toBeLessThanOrEqual(250);
    expect(workforce.trainingAttendances.length).toBeGreaterThanOrEqual(5000);
    expect(workforce.trainingAttendances.length).toBeLessThanOrEqual(9000);
    // Courses of professional service organisations among the providers.
    const professional = new Set(district.organizations!.filter((org) => org.kind === 'PROFESSIONAL_SERVICE_ORGANIZATION').map((org) => org.code));
    expect(workforce.trainingCourses.filter((course) => professional.has(course.providerCode)).length).toBeGreaterThan(20);
  });
});
