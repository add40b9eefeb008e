import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database.js';
import { queryEntities, queryPage, queryRows } from '../../db/rows.js';
import { lockVersioned, writeVersioned } from '../../db/versioned-update.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors/index.js';
import { nowTimestamp, today } from '../../lib/clock.js';
import { inForceOnSql } from '../../lib/period.js';
import { LinkKind } from '../links/link.kinds.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import { recordChange } from '../audit/audit.js';
import type { OrganizationKind } from '../organizations/organization.kinds.js';
import { TrainingAttendance, TrainingCourse } from './training.entity.js';
import { WorkerGradeChange, WorkerProfile, WorkerQualification } from './worker-profile.entity.js';
import { courseConditions, profileConditions, type TrainingCourseFilter, type WorkerProfileFilter } from './workforce.conditions.js';
import { computeWorkforceFigures, computeWorkforceIndicators, type WorkforceGroupFigures, type WorkforceIndicatorQuery } from './workforce.indicators.js';
import { ratio, type RatioValue } from '../indicators/indicators.js';

/** The workforce ratios indicatorTrend follows. */
export type WorkforceTrendMeasure =
  | 'WORKFORCE_RETENTION_12M'
  | 'WORKFORCE_CERTIFICATION_SHARE'
  | 'WORKFORCE_CONTINUING_EDUCATION_COMPLIANCE'
  | 'WORKFORCE_TURNOVER_RATE'
  | 'WORKFORCE_TRAINING_HOURS_PER_WORKER'
  | 'WORKFORCE_WORKERS_PER_10K_RESIDENTS'
  | 'WORKFORCE_VOLUNTARY_TURNOVER_RATE'
  | 'WORKFORCE_TRAINING_COVERAGE'
  | 'WORKFORCE_GRADE_STALL'
  | 'WORKFORCE_HOUSEHOLDS_PER_WORKER';
import { GradeChangeReason, type QualificationLevel, TrainingCourseStatus, type TrainingLevel, type WorkerExitReason, type WorkerPostCategory } from './workforce.kinds.js';
import { checkAssignedCommunity, checkCoursePeriod, checkCreditedHours, checkEmployer, checkExit, checkGradeDate, checkGradeInRange, checkPostChange, checkQualification, type EmploymentDates } from './workforce.rules.js';

export interface NewWorker {
  code?: string | null;
  personId: number;
  employerId: number;
  communityId: number;
  postCategory: WorkerPostCategory;
  hiredOn: string;
  grade: number;
  gradeReason?: GradeChangeReason | null;
}

export interface GradeChangeInput {
  grade: number;
  effectiveOn: string;
  reason: GradeChangeReason;
  /** The post from this date; default unchanged. Only a PROMOTION changes it. */
  postCategory?: WorkerPostCategory | null;
}

export interface QualificationInput {
  level: QualificationLevel;
  obtainedOn: string;
  registrationValidUntil: string | null;
}

export interface ExitInput {
  exitedOn: string;
  reason: WorkerExitReason;
}

export interface NewCourse {
  code: string;
  title: string;
  providerId: number;
  level: TrainingLevel;
  topic: string;
  hours: number;
  startsOn: string;
  endsOn: string;
}

/**
 * The changes actually given (the fields not undefined); BAD_USER_INPUT naming the record and what may change
 * when there are none.
 */
function givenChanges<T extends object>(changes: T, what: string, code: string, fields: string): Partial<T> {
  const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
  if (Object.keys(given).length === 0) throw new BadUserInputError(`${what} ${code}: the input gives nothing to change (${fields}).`, { field: 'input', record: code });
  return given;
}

/** The fields of a course that may change (each optional; at least one). */
export interface CourseChanges {
  title?: string;
  level?: TrainingLevel;
  topic?: string;
  hours?: number;
  startsOn?: string;
  endsOn?: string;
}

/** The fields of an attendance that may change (each optional; at least one). */
export interface AttendanceChanges {
  hoursCredited?: number;
  completed?: boolean;
  continuingEducation?: boolean;
}

export interface NewAttendance {
  code?: string | null;
  courseId: number;
  personId: number;
  /** Default: the course's hours when completed, else 0. */
  hoursCredited?: number | null;
  completed: boolean;
  continuingEducation: boolean;
}

/** A worker's dates as the history checks need them, with the last grade change's date. */
async function employmentOf(manager: EntityManager, profile: WorkerProfile): Promise<EmploymentDates> {
  const [last] = await queryRows(manager, 'SELECT MAX(effective_on) AS last FROM worker_grade_changes WHERE profile_id = :id', { id: profile.databaseId });
  return { code: profile.code, hiredOn: profile.hiredOn, exitedOn: profile.exitedOn, lastGradeOn: last?.last == null ? null : String(last.last) };
}

/**
 * The community workforce (README, "Workforce"): worker profiles with their grade and qualification
 * histories, training courses and attendances. Every change is one transaction, audited; a change to a
 * profile locks its row and checks the version the client last read.
 */
export class WorkforceService {
  constructor(private readonly db: Database) {}

  listProfiles(filter: WorkerProfileFilter, window: PageWindow): Promise<Page<WorkerProfile>> {
    return queryPage(this.db.manager, WorkerProfile, window, { from: 'worker_profiles t', where: profileConditions(filter), orderBy: 't.code', orderIndexed: true });
  }

  listCourses(filter: TrainingCourseFilter, window: PageWindow): Promise<Page<TrainingCourse>> {
    return queryPage(this.db.manager, TrainingCourse, window, { from: 'training_courses t', where: courseConditions(filter), orderBy: 't.starts_on, t.id', orderIndexed: false });
  }

  indicators(query: WorkforceIndicatorQuery): Promise<WorkforceGroupFigures[]> {
    return computeWorkforceIndicators(this.db.analytics, query);
  }

  /**
   * A workforce ratio of the whole scope for each period [from, to): one statement however many periods, and for
   * WORKFORCE_WORKERS_PER_10K_RESIDENTS and WORKFORCE_HOUSEHOLDS_PER_WORKER one more for the residents and households
   * (today's: grids keep no history).
   */
  async trend(measure: WorkforceTrendMeasure, scopeId: number, periods: readonly { from: string; to: string }[]): Promise<RatioValue[]> {
    const residents = measure === 'WORKFORCE_WORKERS_PER_10K_RESIDENTS' || measure === 'WORKFORCE_HOUSEHOLDS_PER_WORKER';
    const figures = await computeWorkforceFigures(this.db.analytics, { scopeId, groupBy: null, periods, residents });
    return figures.map((figure) => {
      switch (measure) {
        case 'WORKFORCE_RETENTION_12M':
          return ratio(figure.retained, figure.cohort);
        case 'WORKFORCE_CERTIFICATION_SHARE':
          return ratio(figure.certified, figure.atEnd);
        case 'WORKFORCE_CONTINUING_EDUCATION_COMPLIANCE':
          return ratio(figure.compliant, figure.certified);
        case 'WORKFORCE_TURNOVER_RATE':
          // The mean headcount, as workforceIndicators.turnoverRate: a half when the two ends differ by an odd number.
          return ratio(figure.exits, (figure.atStart + figure.atEnd) / 2);
        case 'WORKFORCE_TRAINING_HOURS_PER_WORKER':
          return ratio(figure.trainingHours, figure.atEnd);
        case 'WORKFORCE_WORKERS_PER_10K_RESIDENTS':
          // As workforceIndicators.workersPer10kResidents: the value is per 10,000 residents.
          return { numerator: figure.atEnd, denominator: figure.residents, value: figure.residents === 0 ? null : (figure.atEnd / figure.residents) * 10_000 };
        case 'WORKFORCE_VOLUNTARY_TURNOVER_RATE':
          return ratio(figure.voluntaryExits, (figure.atStart + figure.atEnd) / 2);
        case 'WORKFORCE_TRAINING_COVERAGE':
          return ratio(figure.trained, figure.atEnd);
        case 'WORKFORCE_GRADE_STALL':
          return ratio(figure.stalled, figure.atEnd);
        case 'WORKFORCE_HOUSEHOLDS_PER_WORKER':
          // As workforceIndicators.householdsPerWorker: the households of the scope's grids (today's) ÷ the workers employed on the last day.
          return ratio(figure.households, figure.atEnd);
      }
    });
  }

  /** Hires a person as a community worker: no overlapping employment, a grade within the post's range, the first grade recorded. */
  async hireWorker(input: NewWorker): Promise<WorkerProfile> {
    return this.db.transaction(async (manager) => {
      // The person's row is locked until the transaction ends (PostgreSQL; SQLite runs one write transaction at a
      // time), so two concurrent hirings of the same person are checked for overlap one after the other.
      const lock = manager.connection.driver.options.type === 'postgres' ? ' FOR NO KEY UPDATE' : '';
      const [person] = await queryRows(manager, `SELECT id, code FROM people WHERE id = :id${lock}`, { id: input.personId });
      if (!person) throw new NotFoundError('No person has the id given in "input.personId".', { field: 'input.personId' });
      let code = input.code ?? null;
      if (code === null) {
        const [count] = await queryRows(manager, 'SELECT COUNT(*) AS n FROM worker_profiles WHERE person_id = :id', { id: input.personId });
        code = `${String(person.code)}-W${Number(count.n) + 1}`;
      }
      const [taken] = await queryRows(manager, 'SELECT id FROM worker_profiles WHERE code = :code', { code });
      if (taken) throw new ConflictError(`A worker profile with code "${code}" already exists.`, { field: 'input.code' });
      const label = `Worker ${code}`;
      await this.checkPlaces(manager, label, input.employerId, input.communityId);
      checkGradeInRange(label, input.postCategory, input.grade, 'input.grade');
      const [overlap] = await queryRows(manager, 'SELECT code, hired_on, exited_on FROM worker_profiles WHERE person_id = :person AND (exited_on IS NULL OR exited_on > :hiredOn)', { person: input.personId, hiredOn: input.hiredOn });
      if (overlap) {
        throw new BadUserInputError(`${label}: the person is already employed as worker ${String(overlap.code)} (from ${String(overlap.hired_on)}${overlap.exited_on ? ` until ${String(overlap.exited_on)}` : ', still employed'}); record that exit first.`, { field: 'input.personId', record: code });
      }
      const stamp = nowTimestamp();
      await manager
        .createQueryBuilder()
        .insert()
        .into(WorkerProfile)
        .values({ code, personId: input.personId, employerId: input.employerId, communityId: input.communityId, postCategory: input.postCategory, grade: input.grade, hiredOn: input.hiredOn, exitedOn: null, exitReason: null, version: 1, createdAt: stamp, updatedAt: stamp })
        .updateEntity(false)
        .execute();
      const [created] = await queryEntities(manager, WorkerProfile, 'SELECT t.* FROM worker_profiles t WHERE t.code = :code', { code });
      await manager.createQueryBuilder().insert().into(WorkerGradeChange).values({ profileId: created!.databaseId, grade: input.grade, postCategory: input.postCategory, effectiveOn: input.hiredOn, reason: input.gradeReason ?? GradeChangeReason.SENIORITY }).updateEntity(false).execute();
      await recordChange(manager, { entityType: 'WorkerProfile', entityId: created!.databaseId, entityCode: created!.code, after: created });
      return created!;
    });
  }

  /** A new grade (and, on a PROMOTION, a new post), from a date after the last change, within the worker's employment. */
  async changeGrade(id: number, expectedVersion: number | null | undefined, change: GradeChangeInput): Promise<WorkerProfile> {
    return this.db.transaction(async (manager) => {
      const before = await lockVersioned(manager, WorkerProfile, id, { field: 'input.id', expectedVersion });
      const category = change.postCategory ?? before.postCategory;
      checkPostChange(before.code, before.postCategory, category, change.reason, 'input.postCategory');
      checkGradeInRange(`Worker ${before.code}`, category, change.grade, 'input.grade');
      checkGradeDate(await employmentOf(manager, before), change.effectiveOn, 'input.effectiveOn');
      if (change.grade === before.grade && category === before.postCategory) throw new BadUserInputError(`Worker ${before.code} is already at grade ${change.grade} as ${category}.`, { field: 'input.grade', record: before.code });
      await manager.createQueryBuilder().insert().into(WorkerGradeChange).values({ profileId: before.databaseId, grade: change.grade, postCategory: category, effectiveOn: change.effectiveOn, reason: change.reason }).updateEntity(false).execute();
      const after = await writeVersioned(manager, WorkerProfile, before, { grade: change.grade, postCategory: category });
      await recordChange(manager, { entityType: 'WorkerProfile', entityId: after.databaseId, entityCode: after.code, before, after: { ...after, gradeEffectiveOn: change.effectiveOn, gradeReason: change.reason } });
      return after;
    });
  }

  /** A qualification obtained: its registration valid until a later day; the same level and day not twice. */
  async recordQualification(id: number, expectedVersion: number | null | undefined, qualification: QualificationInput): Promise<WorkerProfile> {
    return this.db.transaction(async (manager) => {
      const before = await lockVersioned(manager, WorkerProfile, id, { field: 'input.id', expectedVersion });
      checkQualification(before.code, qualification, 'input.registrationValidUntil');
      if (before.exitedOn !== null && qualification.obtainedOn >= before.exitedOn) throw new BadUserInputError(`Worker ${before.code}: a qualification obtained on ${qualification.obtainedOn} is not before the exit (${before.exitedOn}).`, { field: 'input.obtainedOn', record: before.code });
      const [twice] = await queryRows(manager, 'SELECT id FROM worker_qualifications WHERE profile_id = :id AND level = :level AND obtained_on = :on', { id, level: qualification.level, on: qualification.obtainedOn });
      if (twice) throw new BadUserInputError(`Worker ${before.code}: the ${qualification.level} qualification obtained on ${qualification.obtainedOn} is already recorded.`, { field: 'input.obtainedOn', record: before.code });
      await manager.createQueryBuilder().insert().into(WorkerQualification).values({ profileId: before.databaseId, ...qualification }).updateEntity(false).execute();
      const after = await writeVersioned(manager, WorkerProfile, before, {});
      await recordChange(manager, { entityType: 'WorkerProfile', entityId: after.databaseId, entityCode: after.code, before, after: { ...after, qualification: qualification.level, obtainedOn: qualification.obtainedOn, registrationValidUntil: qualification.registrationValidUntil } });
      return after;
    });
  }

  /** The worker leaves: once, after the hiring and the last grade change. */
  async exitWorker(id: number, expectedVersion: number | null | undefined, exit: ExitInput): Promise<WorkerProfile> {
    return this.db.transaction(async (manager) => {
      const before = await lockVersioned(manager, WorkerProfile, id, { field: 'input.id', expectedVersion });
      checkExit(await employmentOf(manager, before), exit.exitedOn, 'input.exitedOn');
      const after = await writeVersioned(manager, WorkerProfile, before, { exitedOn: exit.exitedOn, exitReason: exit.reason });
      await recordChange(manager, { entityType: 'WorkerProfile', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  /**
   * A new course. Within a jurisdiction (`scopeRootId`), the provider is one of its organizations or is reached
   * through a SERVICE_PARTNERSHIP link in force today (not suspended) with one of them: a professional service
   * organisation that assists the subtree's workers; any other is reported as not found.
   */
  async createCourse(input: NewCourse, scopeRootId: number | null = null): Promise<TrainingCourse> {
    return this.db.transaction(async (manager) => {
      const [taken] = await queryRows(manager, 'SELECT id FROM training_courses WHERE code = :code', { code: input.code });
      if (taken) throw new ConflictError(`A training course with code "${input.code}" already exists.`, { field: 'input.code' });
      checkCoursePeriod(input.code, input.startsOn, input.endsOn, 'input.endsOn');
      const [provider] = await queryRows(manager, 'SELECT id FROM organizations WHERE id = :id', { id: input.providerId });
      if (!provider) throw new NotFoundError('No organization has the id given in "input.providerId".', { field: 'input.providerId' });
      if (!(await this.providerReached(manager, input.providerId, scopeRootId))) {
        throw new NotFoundError('No organization has the id given in "input.providerId" within your jurisdiction or reached from it by a SERVICE_PARTNERSHIP link in force.', { field: 'input.providerId' });
      }
      const stamp = nowTimestamp();
      await manager.createQueryBuilder().insert().into(TrainingCourse).values({ ...input, version: 1, createdAt: stamp, updatedAt: stamp }).updateEntity(false).execute();
      const [created] = await queryEntities(manager, TrainingCourse, 'SELECT t.* FROM training_courses t WHERE t.code = :code', { code: input.code });
      await recordChange(manager, { entityType: 'TrainingCourse', entityId: created!.databaseId, entityCode: created!.code, after: created });
      return created!;
    });
  }

  /** A person's attendance at a course: once per person and course, hours credited at most the course's. */
  async recordAttendance(input: NewAttendance): Promise<TrainingAttendance> {
    return this.db.transaction(async (manager) => {
      const course = await lockVersioned(manager, TrainingCourse, input.courseId, { field: 'input.courseId' });
      if (course.status === TrainingCourseStatus.CANCELLED) throw new BadUserInputError(`Training course ${course.code} is cancelled (${course.cancelReason ?? 'no reason given'}); no attendance can be recorded.`, { field: 'input.courseId', record: course.code });
      const [person] = await queryRows(manager, 'SELECT id, code FROM people WHERE id = :id', { id: input.personId });
      if (!person) throw new NotFoundError('No person has the id given in "input.personId".', { field: 'input.personId' });
      const code = input.code ?? `${course.code}-${String(person.code)}`;
      const hours = input.hoursCredited ?? (input.completed ? course.hours : 0);
      checkCreditedHours(course, hours, 'input.hoursCredited', code);
      const [twice] = await queryRows(manager, 'SELECT code FROM training_attendances WHERE course_id = :course AND person_id = :person', { course: course.databaseId, person: input.personId });
      if (twice) throw new BadUserInputError(`Training course ${course.code}: this person's attendance is already recorded (${String(twice.code)}).`, { field: 'input.personId', record: course.code });
      const [taken] = await queryRows(manager, 'SELECT id FROM training_attendances WHERE code = :code', { code });
      if (taken) throw new ConflictError(`A training attendance with code "${code}" already exists.`, { field: 'input.code' });
      const stamp = nowTimestamp();
      await manager
        .createQueryBuilder()
        .insert()
        .into(TrainingAttendance)
        .values({ code, courseId: course.databaseId, personId: input.personId, hoursCredited: hours, completed: input.completed, continuingEducation: input.continuingEducation, version: 1, createdAt: stamp, updatedAt: stamp })
        .updateEntity(false)
        .execute();
      const [created] = await queryEntities(manager, TrainingAttendance, 'SELECT t.* FROM training_attendances t WHERE t.code = :code', { code });
      await recordChange(manager, { entityType: 'TrainingAttendance', entityId: created!.databaseId, entityCode: created!.code, after: created });
      return created!;
    });
  }

  /** Unscoped, or the provider is one of the jurisdiction's organizations or reached from one by a SERVICE_PARTNERSHIP link in force today (not suspended). */
  private async providerReached(manager: EntityManager, providerId: number, scopeRootId: number | null): Promise<boolean> {
    if (scopeRootId === null) return true;
    const inside = 'SELECT u.descendant_id FROM organization_closure u WHERE u.ancestor_id = :root';
    const [reached] = await queryRows(
      manager,
      `SELECT 1 AS ok WHERE :provider IN (${inside}) OR EXISTS (SELECT 1 FROM links l WHERE l.kind = :partnership AND l.status <> 'SUSPENDED' AND ${inForceOnSql('l.since', 'l.until', ':today')}
         AND ((l.source_id = :provider AND l.target_id IN (${inside})) OR (l.target_id = :provider AND l.source_id IN (${inside}))))`,
      { provider: providerId, root: scopeRootId, partnership: LinkKind.SERVICE_PARTNERSHIP, today: today() },
    );
    return reached !== undefined;
  }

  /** A course the jurisdiction may change: its provider is one of its organizations or a partner (as createTrainingCourse); else NOT_FOUND. */
  private async lockCourse(manager: EntityManager, id: number, expectedVersion: number | null | undefined, scopeRootId: number | null): Promise<TrainingCourse> {
    const course = await lockVersioned(manager, TrainingCourse, id, { field: 'input.id', expectedVersion: null });
    if (!(await this.providerReached(manager, course.providerId, scopeRootId))) {
      throw new NotFoundError('No training course has the id given in "input.id" provided within your jurisdiction or by a partner of it.', { field: 'input.id' });
    }
    if (expectedVersion != null && expectedVersion !== course.version) await lockVersioned(manager, TrainingCourse, id, { field: 'input.id', expectedVersion });
    if (course.status === TrainingCourseStatus.CANCELLED) {
      throw new BadUserInputError(`Training course ${course.code} is cancelled (${course.cancelReason ?? 'no reason given'}); it can no longer change.`, { field: 'input.id', record: course.code });
    }
    return course;
  }

  /** Changes a course: its period still in order, its hours still at least every attendance's credited hours. */
  async updateCourse(id: number, expectedVersion: number | null | undefined, changes: CourseChanges, scopeRootId: number | null = null): Promise<TrainingCourse> {
    return this.db.transaction(async (manager) => {
      const before = await this.lockCourse(manager, id, expectedVersion, scopeRootId);
      const given = givenChanges(changes, 'Training course', before.code, 'title, level, topic, hours, startsOn or endsOn');
      const startsOn = given.startsOn ?? before.startsOn;
      const endsOn = given.endsOn ?? before.endsOn;
      checkCoursePeriod(before.code, startsOn, endsOn, given.endsOn !== undefined ? 'input.endsOn' : 'input.startsOn');
      if (given.hours !== undefined) {
        const [most] = await queryRows(manager, 'SELECT code, hours_credited FROM training_attendances WHERE course_id = :id AND withdrawn = FALSE AND hours_credited > :hours ORDER BY hours_credited DESC, code LIMIT 1', { id, hours: given.hours });
        if (most) {
          throw new BadUserInputError(`Training course ${before.code}: ${given.hours} h is less than the ${Number(most.hours_credited)} h credited to attendance ${String(most.code)}; change that attendance first.`, { field: 'input.hours', record: before.code });
        }
      }
      const after = await writeVersioned(manager, TrainingCourse, before, given);
      await recordChange(manager, { entityType: 'TrainingCourse', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  /** Cancels a course: kept, with its attendances, which the indicators no longer count. */
  async cancelCourse(id: number, expectedVersion: number | null | undefined, reason: string, scopeRootId: number | null = null): Promise<TrainingCourse> {
    return this.db.transaction(async (manager) => {
      const before = await this.lockCourse(manager, id, expectedVersion, scopeRootId);
      const after = await writeVersioned(manager, TrainingCourse, before, { status: TrainingCourseStatus.CANCELLED, cancelReason: reason });
      await recordChange(manager, { entityType: 'TrainingCourse', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  /** An attendance that may change: not withdrawn, at a course not cancelled. */
  private async lockAttendance(manager: EntityManager, id: number, expectedVersion: number | null | undefined): Promise<{ attendance: TrainingAttendance; course: TrainingCourse }> {
    const attendance = await lockVersioned(manager, TrainingAttendance, id, { field: 'input.id', expectedVersion });
    if (attendance.withdrawn) throw new BadUserInputError(`Training attendance ${attendance.code} is withdrawn; it can no longer change.`, { field: 'input.id', record: attendance.code });
    const [course] = await queryEntities(manager, TrainingCourse, 'SELECT t.* FROM training_courses t WHERE t.id = :id', { id: attendance.courseId });
    if (course!.status === TrainingCourseStatus.CANCELLED) {
      throw new BadUserInputError(`Training attendance ${attendance.code}: course ${course!.code} is cancelled; its attendances can no longer change.`, { field: 'input.id', record: attendance.code });
    }
    return { attendance, course: course! };
  }

  /** Changes an attendance: hours credited at most the course's. */
  async updateAttendance(id: number, expectedVersion: number | null | undefined, changes: AttendanceChanges): Promise<TrainingAttendance> {
    return this.db.transaction(async (manager) => {
      const { attendance: before, course } = await this.lockAttendance(manager, id, expectedVersion);
      const given = givenChanges(changes, 'Training attendance', before.code, 'hoursCredited, completed or continuingEducation');
      if (given.hoursCredited !== undefined) checkCreditedHours(course, given.hoursCredited, 'input.hoursCredited', before.code);
      const after = await writeVersioned(manager, TrainingAttendance, before, given);
      await recordChange(manager, { entityType: 'TrainingAttendance', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  /** Withdraws an attendance: kept, no longer counted. */
  async withdrawAttendance(id: number, expectedVersion: number | null | undefined, reason: string): Promise<TrainingAttendance> {
    return this.db.transaction(async (manager) => {
      const { attendance: before } = await this.lockAttendance(manager, id, expectedVersion);
      const after = await writeVersioned(manager, TrainingAttendance, before, { withdrawn: true, withdrawReason: reason });
      await recordChange(manager, { entityType: 'TrainingAttendance', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  /** The employer and the assigned community exist and are of the kinds that fit. */
  private async checkPlaces(manager: EntityManager, label: string, employerId: number, communityId: number): Promise<void> {
    const rows = await queryRows(manager, 'SELECT id, code, kind FROM organizations WHERE id IN (:...ids)', { ids: [employerId, communityId] });
    const employer = rows.find((row) => Number(row.id) === employerId);
    if (!employer) throw new NotFoundError('No organization has the id given in "input.employerId".', { field: 'input.employerId' });
    const community = rows.find((row) => Number(row.id) === communityId);
    if (!community) throw new NotFoundError('No organization has the id given in "input.communityId".', { field: 'input.communityId' });
    checkEmployer(label, { code: String(employer.code), kind: employer.kind as OrganizationKind }, 'input.employerId');
    checkAssignedCommunity(label, { code: String(community.code), kind: community.kind as OrganizationKind }, 'input.communityId');
  }
}
