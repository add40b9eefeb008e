import DataLoader from 'dataloader';
import { loaderFamily, loaderOptions, observedBatch } from '../../db/loader-family.js';
import { Conditions } from '../../db/conditions.js';
import { emptyPage, hydrate, queryEntities, queryEntitiesUnordered, queryPartitionedPages, queryRows } from '../../db/rows.js';
import { byKey, groupByKey } from '../../lib/group-by.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import type { LoaderScope } from '../contract.js';
import { TrainingAttendance, TrainingCourse } from './training.entity.js';
import { WorkerGradeChange, WorkerProfile, WorkerQualification } from './worker-profile.entity.js';
import { scopeOfAttendances, scopeOfCourses, scopeOfProfiles } from './workforce.conditions.js';
import { TrainingCourseStatus } from './workforce.kinds.js';

export interface WorkersArgs {
  window: PageWindow;
  activeAt: string | null;
}

/** Per-request loaders for the workforce: one statement per batch each. */
export function createWorkforceLoaders(scope: LoaderScope) {
  const { manager } = scope;
  const root = scope.scopeRootId;
  const byIds = <T extends { databaseId: number }>(name: string, entity: new () => T, table: string) =>
    new DataLoader<number, T | null>(observedBatch(scope, name, async (ids) => byKey(ids, await queryEntitiesUnordered(manager, entity, `SELECT t.* FROM ${table} t WHERE t.id IN (:...ids)`, { ids }), (row) => row.databaseId)), loaderOptions(manager));
  const byCodes = <T extends { code: string }>(name: string, entity: new () => T, table: string) =>
    new DataLoader<string, T | null>(observedBatch(scope, name, async (codes) => byKey(codes, await queryEntitiesUnordered(manager, entity, `SELECT t.* FROM ${table} t WHERE t.code IN (:...codes)`, { codes }), (row) => row.code)), loaderOptions(manager));

  const profileById = byIds('workforce.profileById', WorkerProfile, 'worker_profiles');
  const profileByCode = byCodes('workforce.profileByCode', WorkerProfile, 'worker_profiles');
  const courseById = byIds('workforce.courseById', TrainingCourse, 'training_courses');
  const courseByCode = byCodes('workforce.courseByCode', TrainingCourse, 'training_courses');
  const attendanceById = byIds('workforce.attendanceById', TrainingAttendance, 'training_attendances');

  /** Each profile's grade history, oldest first. */
  const gradesOf = new DataLoader<number, WorkerGradeChange[]>(
    observedBatch(scope, 'workforce.gradesOf', async (ids) => groupByKey(ids, await queryEntities(manager, WorkerGradeChange, 'SELECT t.* FROM worker_grade_changes t WHERE t.profile_id IN (:...ids) ORDER BY t.effective_on, t.id', { ids }), (row) => row.profileId)),
    loaderOptions(manager),
  );
  /** Each profile's qualifications, by the day obtained. */
  const qualificationsOf = new DataLoader<number, WorkerQualification[]>(
    observedBatch(scope, 'workforce.qualificationsOf', async (ids) => groupByKey(ids, await queryEntities(manager, WorkerQualification, 'SELECT t.* FROM worker_qualifications t WHERE t.profile_id IN (:...ids) ORDER BY t.obtained_on, t.id', { ids }), (row) => row.profileId)),
    loaderOptions(manager),
  );
  /** Each person's latest worker profile (by hiring), whatever the jurisdiction (the node type checks it). */
  const latestProfileOfPerson = new DataLoader<number, WorkerProfile | null>(
    observedBatch(scope, 'workforce.latestProfileOfPerson', async (personIds) => {
      const rows = await queryEntities(manager, WorkerProfile, 'SELECT t.* FROM worker_profiles t WHERE t.person_id IN (:...personIds) ORDER BY t.hired_on DESC, t.id DESC', { personIds });
      return groupByKey(personIds, rows, (row) => row.personId).map((list) => list[0] ?? null);
    }),
    loaderOptions(manager),
  );
  /** Whether each course is within the jurisdiction (provided in it, or attended by its workers); all true unscoped. */
  const courseInScope = new DataLoader<number, boolean>(
    observedBatch(scope, 'workforce.courseInScope', async (ids) => {
      if (root === null) return ids.map(() => true);
      const rows = await queryRows(manager, `SELECT t.id FROM training_courses t WHERE t.id IN (:...ids) AND ${scopeOfCourses('t', ':root')}`, { ids, root });
      const inside = new Set(rows.map((row) => Number(row.id)));
      return ids.map((id) => inside.has(id));
    }),
    loaderOptions(manager),
  );
  /** Whether each attendance is within the jurisdiction (by its workers, or at a course it provides). */
  const attendanceInScope = new DataLoader<number, boolean>(
    observedBatch(scope, 'workforce.attendanceInScope', async (ids) => {
      if (root === null) return ids.map(() => true);
      const rows = await queryRows(manager, `SELECT t.id FROM training_attendances t WHERE t.id IN (:...ids) AND ${scopeOfAttendances('t', ':root')}`, { ids, root });
      const inside = new Set(rows.map((row) => Number(row.id)));
      return ids.map((id) => inside.has(id));
    }),
    loaderOptions(manager),
  );

  /** A page of the workers each organization employs or has assigned to it, by code (within the jurisdiction). */
  const workersOfOrganization = loaderFamily((args: WorkersArgs) =>
    new DataLoader<number, Page<WorkerProfile>>(observedBatch(scope, 'workforce.workersOfOrganization', async (organizationIds) => {
      const where = new Conditions().activeAt('t.hired_on', 't.exited_on', args.activeAt);
      if (root !== null) where.add((parameter) => scopeOfProfiles('t', parameter(root)));
      const pages = await queryPartitionedPages(manager, WorkerProfile, args.window, {
        from: `(SELECT w.*, w.employer_id AS member__ FROM worker_profiles w WHERE w.employer_id IN (:...organizationIds)
                UNION ALL SELECT w.*, w.community_id AS member__ FROM worker_profiles w WHERE w.community_id IN (:...organizationIds) AND w.community_id <> w.employer_id) t`,
        partitionBy: 't.member__',
        where,
        orderBy: 't.code, t.id',
        parameters: { organizationIds },
      });
      return organizationIds.map((id) => pages.get(String(id)) ?? emptyPage(args.window));
    }), loaderOptions(manager)),
  );

  /** A page of each course's attendances, by code (within the jurisdiction). */
  const attendancesOfCourse = loaderFamily((args: { window: PageWindow }) =>
    new DataLoader<number, Page<TrainingAttendance>>(observedBatch(scope, 'workforce.attendancesOfCourse', async (courseIds) => {
      const where = new Conditions().in('t.course_id', courseIds);
      if (root !== null) where.add((parameter) => scopeOfAttendances('t', parameter(root)));
      const pages = await queryPartitionedPages(manager, TrainingAttendance, args.window, { from: 'training_attendances t', partitionBy: 't.course_id', where, orderBy: 't.code, t.id' });
      return courseIds.map((id) => pages.get(String(id)) ?? emptyPage(args.window));
    }), loaderOptions(manager)),
  );

  /**
   * Each person's attendances at courses starting in [from, to) (either bound optional), by the course's start, within the
   * jurisdiction (the attendances of its workers and at the courses it provides): one statement per batch of people. A
   * person has a few attendances a year (4–8 for a worker), so the whole list, not a page.
   */
  const attendancesOfPerson = loaderFamily((args: { from: string | null; to: string | null }) =>
    new DataLoader<number, { attendance: TrainingAttendance; courseCancelled: boolean }[]>(observedBatch(scope, 'workforce.attendancesOfPerson', async (personIds) => {
      const where = new Conditions().in('t.person_id', personIds);
      if (args.from) where.add((parameter) => `c.starts_on >= ${parameter(args.from)}`);
      if (args.to) where.add((parameter) => `c.starts_on < ${parameter(args.to)}`);
      if (root !== null) where.add((parameter) => scopeOfAttendances('t', parameter(root)));
      const rows = await queryRows(manager, `SELECT t.*, c.status AS course_status__ FROM training_attendances t JOIN training_courses c ON c.id = t.course_id WHERE ${where.where} ORDER BY c.starts_on, t.id`, where.parameters);
      const attendances = rows.map((row) => ({ attendance: hydrate(manager, TrainingAttendance, row), courseCancelled: row.course_status__ === TrainingCourseStatus.CANCELLED }));
      return groupByKey(personIds, attendances, (row) => row.attendance.personId);
    }), loaderOptions(manager)),
  );

  return { profileById, profileByCode, courseById, courseByCode, attendanceById, gradesOf, qualificationsOf, latestProfileOfPerson, courseInScope, attendanceInScope, workersOfOrganization, attendancesOfCourse, attendancesOfPerson };
}

export type WorkforceLoaders = ReturnType<typeof createWorkforceLoaders>;
