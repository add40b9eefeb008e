import type { EntityManager } from 'typeorm';
import { insertRowsBulk } from '../../db/bulk-insert.js';
import { entitiesByCode, queryEntities, queryRows } from '../../db/rows.js';
import { differs, updateRowsVersioned } from '../../db/versioned-update.js';
import { BadUserInputError } from '../../errors/index.js';
import { nowTimestamp, today } from '../../lib/clock.js';
import { chunk } from '../../lib/group-by.js';
import { inForceOnSql } from '../../lib/period.js';
import type { DatasetTrainingAttendance, DatasetTrainingCourse, DatasetWorkerProfile } from '../import/dataset.js';
import { LinkKind } from '../links/link.kinds.js';
import type { OrganizationKind } from '../organizations/organization.kinds.js';
import { TrainingAttendance, TrainingCourse } from './training.entity.js';
import { WorkerGradeChange, WorkerProfile, WorkerQualification } from './worker-profile.entity.js';
import { GradeChangeReason, TrainingCourseStatus, type WorkerPostCategory } from './workforce.kinds.js';
import { checkAssignedCommunity, checkCoursePeriod, checkCreditedHours, checkEmployer, checkExit, checkGradeDate, checkGradeInRange, checkPostChange, checkQualification } from './workforce.rules.js';
import { noImportCounts, refuseRecord, type ImportCounts } from '../import/sections.js';

/*
 * The importer's sections for the workforce: worker profiles (with their grade and qualification histories),
 * training courses and attendances, by code, under the same rules as the mutations (workforce.rules.ts).
 * Set-based: a few statements per section whatever its length. Idempotent: a profile already stored is left
 * alone when the record says what is stored; grades added at the end of its history, qualifications not yet
 * stored and an exit are added; a record that disagrees with the stored history (a grade changed or missing,
 * another person or hiring day, another exit) refuses the import, naming the profile.
 */


export interface WorkforceImportCounts {
  workerProfiles: ImportCounts;
  trainingCourses: ImportCounts;
  trainingAttendances: ImportCounts;
}


/** Runs the rules' check for one record; its refusal becomes the import's, naming the section and the record. */
function inRecord(section: string, code: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    if (error instanceof BadUserInputError) throw refuseRecord(section, code, error.message.replace(/\.$/, ''));
    throw error;
  }
}

async function rowsByCode(manager: EntityManager, table: string, columns: string, codes: Iterable<string>): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  for (const part of chunk([...new Set(codes)], 500)) for (const row of await queryRows(manager, `SELECT ${columns} FROM ${table} WHERE code IN (:...codes)`, { codes: part })) found.set(String(row.code), row);
  return found;
}


const sameGrade = (stored: WorkerGradeChange, record: { grade: number; effectiveOn: string; reason: GradeChangeReason }, post: WorkerPostCategory) =>
  stored.grade === record.grade && stored.effectiveOn === record.effectiveOn && stored.reason === record.reason && stored.postCategory === post;

/** The three sections, in order: profiles, courses, attendances. `scopeRootId` limits every record to a jurisdiction. */
export async function importWorkforce(
  manager: EntityManager,
  records: { workerProfiles: readonly DatasetWorkerProfile[]; trainingCourses: readonly DatasetTrainingCourse[]; trainingAttendances: readonly DatasetTrainingAttendance[] },
  scopeRootId: number | null,
  progress: (message: string) => void,
): Promise<WorkforceImportCounts> {
  const counts: WorkforceImportCounts = { workerProfiles: noImportCounts(), trainingCourses: noImportCounts(), trainingAttendances: noImportCounts() };
  if (records.workerProfiles.length + records.trainingCourses.length + records.trainingAttendances.length === 0) return counts;
  const organizationCodes = [...records.workerProfiles.flatMap((record) => [record.employerCode, record.communityCode]), ...records.trainingCourses.map((record) => record.providerCode)];
  const organizations = await rowsByCode(manager, 'organizations', 'id, code, kind', organizationCodes);
  const people = await rowsByCode(manager, 'people', 'id, code', [...records.workerProfiles.map((record) => record.personCode), ...records.trainingAttendances.map((record) => record.personCode)]);
  const inside = new Set<number>();
  if (scopeRootId !== null) for (const row of await queryRows(manager, 'SELECT descendant_id FROM organization_closure WHERE ancestor_id = :root', { root: scopeRootId })) inside.add(Number(row.descendant_id));
  const organization = (section: string, code: string, field: string, organizationCode: string) => {
    const row = organizations.get(organizationCode);
    if (!row) throw refuseRecord(section, code, `${field} ${organizationCode} is neither in the document nor in the database`);
    return { id: Number(row.id), code: String(row.code), kind: row.kind as OrganizationKind };
  };
  const person = (section: string, code: string, personCode: string) => {
    const row = people.get(personCode);
    if (!row) throw refuseRecord(section, code, `personCode ${personCode} is neither in the document nor in the database`);
    return Number(row.id);
  };
  const stamp = nowTimestamp();

  // Worker profiles.
  const stored = await entitiesByCode(manager, WorkerProfile, 'worker_profiles', records.workerProfiles.map((record) => record.code));
  const storedGrades = new Map<number, WorkerGradeChange[]>();
  const storedQualifications = new Map<number, WorkerQualification[]>();
  for (const part of chunk([...stored.values()].map((profile) => profile.databaseId), 500)) {
    for (const row of await queryEntities(manager, WorkerGradeChange, 'SELECT t.* FROM worker_grade_changes t WHERE t.profile_id IN (:...ids) ORDER BY t.effective_on, t.id', { ids: part })) storedGrades.set(row.profileId, [...(storedGrades.get(row.profileId) ?? []), row]);
    for (const row of await queryEntities(manager, WorkerQualification, 'SELECT t.* FROM worker_qualifications t WHERE t.profile_id IN (:...ids)', { ids: part })) storedQualifications.set(row.profileId, [...(storedQualifications.get(row.profileId) ?? []), row]);
  }
  // Every employment of the people named, stored or in the document, to refuse overlaps.
  const employments = new Map<number, { code: string; hiredOn: string; exitedOn: string | null }[]>();
  const personIds = [...new Set(records.workerProfiles.map((record) => person('workerProfiles', record.code, record.personCode)))];
  for (const part of chunk(personIds, 500)) {
    for (const row of await queryRows(manager, 'SELECT code, person_id, hired_on, exited_on FROM worker_profiles WHERE person_id IN (:...ids)', { ids: part })) {
      const list = employments.get(Number(row.person_id)) ?? [];
      list.push({ code: String(row.code), hiredOn: String(row.hired_on), exitedOn: row.exited_on == null ? null : String(row.exited_on) });
      employments.set(Number(row.person_id), list);
    }
  }
  const newProfiles: Partial<WorkerProfile>[] = [];
  const histories: { code: string; grades: Omit<WorkerGradeChange, 'id' | 'profileId'>[]; qualifications: Omit<WorkerQualification, 'id' | 'profileId'>[] }[] = [];
  const changes: { id: number; changes: Partial<WorkerProfile> }[] = [];
  for (const record of records.workerProfiles) {
    const section = 'workerProfiles';
    const personId = person(section, record.code, record.personCode);
    const employer = organization(section, record.code, 'employerCode', record.employerCode);
    const community = organization(section, record.code, 'communityCode', record.communityCode);
    if (scopeRootId !== null && !inside.has(community.id)) throw refuseRecord(section, record.code, `communityCode ${record.communityCode} lies outside your scope`);
    const label = `Worker ${record.code}`;
    // The history as the mutations would have written it: the first grade on hiring, then in order, each within its post.
    let post = record.postCategory;
    const grades = record.grades.map((grade, index) => {
      const next = grade.postCategory ?? post;
      inRecord(section, record.code, () => {
        if (index === 0 && grade.effectiveOn !== record.hiredOn) throw new BadUserInputError(`${label}: the first grade must be given on hiring (${record.hiredOn}), not on ${grade.effectiveOn}`);
        if (index === 0 && next !== record.postCategory) throw new BadUserInputError(`${label}: the first grade's post ${next} is not the post on hiring (${record.postCategory})`);
        if (index > 0) {
          checkPostChange(record.code, post, next, grade.reason, 'postCategory');
          checkGradeDate({ code: record.code, hiredOn: record.hiredOn, exitedOn: record.exitedOn, lastGradeOn: record.grades[index - 1]!.effectiveOn }, grade.effectiveOn, 'effectiveOn');
        }
        checkGradeInRange(label, next, grade.grade, 'grade');
      });
      post = next;
      return { grade: grade.grade, postCategory: next, effectiveOn: grade.effectiveOn, reason: grade.reason };
    });
    inRecord(section, record.code, () => {
      checkEmployer(label, employer, 'employerCode');
      checkAssignedCommunity(label, community, 'communityCode');
      if ((record.exitedOn === null) !== (record.exitReason === null)) throw new BadUserInputError(`${label}: give exitedOn and exitReason together`);
      if (record.exitedOn !== null) checkExit({ code: record.code, hiredOn: record.hiredOn, exitedOn: null, lastGradeOn: grades.at(-1)!.effectiveOn }, record.exitedOn, 'exitedOn');
      const seen = new Set<string>();
      for (const qualification of record.qualifications) {
        checkQualification(record.code, qualification, 'registrationValidUntil');
        if (record.exitedOn !== null && qualification.obtainedOn >= record.exitedOn) throw new BadUserInputError(`${label}: a qualification obtained on ${qualification.obtainedOn} is not before the exit (${record.exitedOn})`);
        const key = `${qualification.level}@${qualification.obtainedOn}`;
        if (seen.has(key)) throw new BadUserInputError(`${label}: the ${qualification.level} qualification obtained on ${qualification.obtainedOn} is given twice`);
        seen.add(key);
      }
      for (const other of employments.get(personId) ?? []) {
        if (other.code === record.code) continue;
        if (other.hiredOn < (record.exitedOn ?? '9999-12-31') && record.hiredOn < (other.exitedOn ?? '9999-12-31')) {
          throw new BadUserInputError(`${label}: the person is also employed as worker ${other.code} (from ${other.hiredOn}${other.exitedOn ? ` until ${other.exitedOn}` : ', still employed'})`);
        }
      }
    });
    employments.set(personId, [...(employments.get(personId) ?? []).filter((other) => other.code !== record.code), { code: record.code, hiredOn: record.hiredOn, exitedOn: record.exitedOn }]);
    const current = stored.get(record.code);
    const last = grades.at(-1)!;
    const values = { employerId: employer.id, communityId: community.id, postCategory: last.postCategory, grade: last.grade };
    if (!current) {
      newProfiles.push({ code: record.code, personId, ...values, hiredOn: record.hiredOn, exitedOn: record.exitedOn, exitReason: record.exitReason, version: 1, createdAt: stamp, updatedAt: stamp });
      histories.push({ code: record.code, grades, qualifications: record.qualifications });
      continue;
    }
    if (current.personId !== personId || current.hiredOn !== record.hiredOn) throw refuseRecord(section, record.code, `it is stored for another person or hiring day (${current.hiredOn}); a worker's person and hiring day do not change`);
    if (current.exitedOn !== null && (current.exitedOn !== record.exitedOn || current.exitReason !== record.exitReason)) throw refuseRecord(section, record.code, `it is stored as left on ${current.exitedOn} (${current.exitReason}); an exit does not change`);
    const before = storedGrades.get(current.databaseId) ?? [];
    if (before.length > grades.length || before.some((grade, index) => !sameGrade(grade, grades[index]!, grades[index]!.postCategory))) {
      throw refuseRecord(section, record.code, 'its grades differ from the stored history; grades may only be added at the end');
    }
    const known = new Set((storedQualifications.get(current.databaseId) ?? []).map((qualification) => `${qualification.level}@${qualification.obtainedOn}`));
    const added = { code: record.code, grades: grades.slice(before.length), qualifications: record.qualifications.filter((qualification) => !known.has(`${qualification.level}@${qualification.obtainedOn}`)) };
    const set = { ...values, exitedOn: record.exitedOn, exitReason: record.exitReason };
    if (added.grades.length > 0 || added.qualifications.length > 0 || differs(current, set)) {
      histories.push(added);
      changes.push({ id: current.databaseId, changes: set });
    }
  }
  await insertRowsBulk(manager, WorkerProfile, newProfiles);
  await updateRowsVersioned(manager, WorkerProfile, changes);
  const profileIds = new Map<string, number>();
  for (const [code, row] of await rowsByCode(manager, 'worker_profiles', 'id, code', histories.map((history) => history.code))) profileIds.set(code, Number(row.id));
  await insertRowsBulk(manager, WorkerGradeChange, histories.flatMap((history) => history.grades.map((grade) => ({ ...grade, profileId: profileIds.get(history.code)! }))));
  await insertRowsBulk(manager, WorkerQualification, histories.flatMap((history) => history.qualifications.map((qualification) => ({ ...qualification, profileId: profileIds.get(history.code)! }))));
  counts.workerProfiles = { created: newProfiles.length, updated: changes.length, unchanged: records.workerProfiles.length - newProfiles.length - changes.length };
  progress(`worker profiles: ${counts.workerProfiles.created} created, ${counts.workerProfiles.updated} updated, ${counts.workerProfiles.unchanged} unchanged`);

  // Training courses: a provider of the jurisdiction, or reached from it through a SERVICE_PARTNERSHIP in force.
  let partnered = new Set<number>();
  if (scopeRootId !== null && records.trainingCourses.length > 0) {
    const rows = await queryRows(
      manager,
      `SELECT l.source_id AS a, l.target_id AS b FROM links l WHERE l.kind = :partnership AND l.status <> 'SUSPENDED' AND ${inForceOnSql('l.since', 'l.until', ':today')}
         AND (l.source_id IN (SELECT descendant_id FROM organization_closure WHERE ancestor_id = :root) OR l.target_id IN (SELECT descendant_id FROM organization_closure WHERE ancestor_id = :root))`,
      { partnership: LinkKind.SERVICE_PARTNERSHIP, today: today(), root: scopeRootId },
    );
    partnered = new Set(rows.flatMap((row) => [Number(row.a), Number(row.b)]));
  }
  const storedCourses = await entitiesByCode(manager, TrainingCourse, 'training_courses', [...records.trainingCourses.map((record) => record.code), ...records.trainingAttendances.map((record) => record.courseCode)]);
  const newCourses: Partial<TrainingCourse>[] = [];
  const courseChanges: { id: number; changes: Partial<TrainingCourse> }[] = [];
  const courseHours = new Map<string, { code: string; hours: number; providerId: number }>();
  for (const course of storedCourses.values()) courseHours.set(course.code, { code: course.code, hours: course.hours, providerId: course.providerId });
  for (const record of records.trainingCourses) {
    const provider = organization('trainingCourses', record.code, 'providerCode', record.providerCode);
    if (scopeRootId !== null && !inside.has(provider.id) && !partnered.has(provider.id)) throw refuseRecord('trainingCourses', record.code, `providerCode ${record.providerCode} lies outside your scope and is not reached from it by a SERVICE_PARTNERSHIP link in force`);
    inRecord('trainingCourses', record.code, () => checkCoursePeriod(record.code, record.startsOn, record.endsOn, 'endsOn'));
    const values = { title: record.title, providerId: provider.id, level: record.level, topic: record.topic, hours: record.hours, startsOn: record.startsOn, endsOn: record.endsOn };
    courseHours.set(record.code, { code: record.code, hours: record.hours, providerId: provider.id });
    const current = storedCourses.get(record.code);
    if (!current) newCourses.push({ code: record.code, ...values, status: TrainingCourseStatus.SCHEDULED, cancelReason: null, version: 1, createdAt: stamp, updatedAt: stamp });
    else if (differs(current, values)) {
      if (current.status === TrainingCourseStatus.CANCELLED) throw refuseRecord('trainingCourses', record.code, 'the course is cancelled and can no longer change');
      courseChanges.push({ id: current.databaseId, changes: values });
    }
  }
  await insertRowsBulk(manager, TrainingCourse, newCourses);
  await updateRowsVersioned(manager, TrainingCourse, courseChanges);
  counts.trainingCourses = { created: newCourses.length, updated: courseChanges.length, unchanged: records.trainingCourses.length - newCourses.length - courseChanges.length };
  progress(`training courses: ${counts.trainingCourses.created} created, ${counts.trainingCourses.updated} updated, ${counts.trainingCourses.unchanged} unchanged`);

  // Attendances: once per person and course, hours credited at most the course's.
  if (records.trainingAttendances.length > 0) {
    const courseIds = new Map<string, number>();
    for (const [code, row] of await rowsByCode(manager, 'training_courses', 'id, code', records.trainingAttendances.map((record) => record.courseCode))) courseIds.set(code, Number(row.id));
    const storedAttendances = await entitiesByCode(manager, TrainingAttendance, 'training_attendances', records.trainingAttendances.map((record) => record.code));
    const pairs = new Map<string, string>();
    for (const part of chunk([...courseIds.values()], 500)) for (const row of await queryRows(manager, 'SELECT code, course_id, person_id FROM training_attendances WHERE course_id IN (:...ids)', { ids: part })) pairs.set(`${String(row.course_id)}:${String(row.person_id)}`, String(row.code));
    // Within a jurisdiction: at a course it provides, or by a person it employs or has assigned (stored or in the document).
    const workersInScope = new Set<number>();
    if (scopeRootId !== null) {
      for (const row of await queryRows(manager, 'SELECT person_id, community_id, employer_id FROM worker_profiles')) if (inside.has(Number(row.community_id)) || inside.has(Number(row.employer_id))) workersInScope.add(Number(row.person_id));
    }
    const newAttendances: Partial<TrainingAttendance>[] = [];
    const attendanceChanges: { id: number; changes: Partial<TrainingAttendance> }[] = [];
    for (const record of records.trainingAttendances) {
      const section = 'trainingAttendances';
      const course = courseHours.get(record.courseCode);
      const courseId = courseIds.get(record.courseCode);
      if (!course || courseId === undefined) throw refuseRecord(section, record.code, `courseCode ${record.courseCode} is neither in the document nor in the database`);
      const personId = person(section, record.code, record.personCode);
      if (scopeRootId !== null && !inside.has(course.providerId) && !workersInScope.has(personId)) throw refuseRecord(section, record.code, 'neither the course nor the person lies within your scope');
      if (storedCourses.get(record.courseCode)?.status === TrainingCourseStatus.CANCELLED && !storedAttendances.has(record.code)) throw refuseRecord(section, record.code, `course ${record.courseCode} is cancelled`);
      const hours = record.hoursCredited ?? (record.completed ? course.hours : 0);
      inRecord(section, record.code, () => checkCreditedHours(course, hours, 'hoursCredited', record.code));
      const pair = `${courseId}:${personId}`;
      const taken = pairs.get(pair);
      if (taken !== undefined && taken !== record.code) throw refuseRecord(section, record.code, `this person's attendance at ${record.courseCode} is already recorded (${taken})`);
      pairs.set(pair, record.code);
      const values = { hoursCredited: hours, completed: record.completed, continuingEducation: record.continuingEducation };
      const current = storedAttendances.get(record.code);
      if (!current) newAttendances.push({ code: record.code, courseId, personId, ...values, withdrawn: false, withdrawReason: null, version: 1, createdAt: stamp, updatedAt: stamp });
      else if (current.courseId !== courseId || current.personId !== personId) throw refuseRecord(section, record.code, 'it is stored for another course or person');
      else if (differs(current, values)) {
        if (current.withdrawn) throw refuseRecord(section, record.code, 'the attendance is withdrawn and can no longer change');
        attendanceChanges.push({ id: current.databaseId, changes: values });
      }
    }
    await insertRowsBulk(manager, TrainingAttendance, newAttendances);
    await updateRowsVersioned(manager, TrainingAttendance, attendanceChanges);
    counts.trainingAttendances = { created: newAttendances.length, updated: attendanceChanges.length, unchanged: records.trainingAttendances.length - newAttendances.length - attendanceChanges.length };
    progress(`training attendances: ${counts.trainingAttendances.created} created, ${counts.trainingAttendances.updated} updated, ${counts.trainingAttendances.unchanged} unchanged`);
  }
  return counts;
}
