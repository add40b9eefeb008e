import { z } from 'zod';
import { BadUserInputError } from '../../errors/index.js';
import { businessCodeSchema, nameSchema } from '../../lib/parse-input.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { GradeChangeReason, QualificationLevel, WorkerPostCategory } from './workforce.kinds.js';

/*
 * The rules of the community workforce, pure: the field schemas the mutations and the import format share,
 * and the checks the service applies to a worker's history (operations.md §1.4).
 */

export const workerCodeSchema = businessCodeSchema(64);
export const courseCodeSchema = businessCodeSchema(64);
export const attendanceCodeSchema = businessCodeSchema(140);
export const courseTitleSchema = nameSchema(200);
export const courseTopicSchema = nameSchema(64);
/** Why a course was cancelled or an attendance withdrawn. */
export const changeReasonSchema = nameSchema(200);
/** A course's length in hours: more than 0, at most 2,000. */
export const courseHoursSchema = z.number().finite('must be a number').positive('must be more than 0').max(2000, 'must be at most 2000');
/** Hours credited for an attendance: 0 or more (at most the course's hours, checked by the service). */
export const creditedHoursSchema = z.number().finite('must be a number').nonnegative('must not be negative');
export const gradeSchema = z.number().int('must be a whole number').min(1, 'must be from 1 to 18').max(18, 'must be from 1 to 18');

/** The grades each post spans (three posts, 18 grades: heads 7–18, deputies 4–15, other staff 1–12). */
export const GRADE_RANGES: Record<WorkerPostCategory, readonly [number, number]> = {
  [WorkerPostCategory.HEAD]: [7, 18],
  [WorkerPostCategory.DEPUTY]: [4, 15],
  [WorkerPostCategory.GENERAL]: [1, 12],
};

/** Continuing education per 3-year registration: at least 72 h for assistants, 90 h for the two higher levels. */
export const CONTINUING_EDUCATION_HOURS: Record<QualificationLevel, number> = {
  [QualificationLevel.ASSISTANT]: 72,
  [QualificationLevel.INTERMEDIATE]: 90,
  [QualificationLevel.SENIOR]: 90,
};

/** The target: 18 community workers per 10,000 urban residents. */
export const WORKERS_PER_10K_TARGET = 18;

/** One grade step about every 3 years (operations.md §1.4): gradeStall counts workers whose last grade is older than that. */
export const GRADE_STEP_YEARS = 3;

/** Who may employ community workers: the subdistrict (usually), the community's committees, the service centre. */
export const EMPLOYER_KINDS: readonly OrganizationKind[] = [
  OrganizationKind.SUBDISTRICT_PARTY_WORKING_COMMITTEE,
  OrganizationKind.COMMUNITY_PARTY_COMMITTEE,
  OrganizationKind.RESIDENTS_COMMITTEE,
  OrganizationKind.PARTY_SERVICE_CENTRE,
  OrganizationKind.GOVERNMENT_AGENCY,
];

/** `grade` lies within the range of `category`; else BAD_USER_INPUT naming the worker, the grade and the range. */
export function checkGradeInRange(label: string, category: WorkerPostCategory, grade: number, field: string): void {
  const [low, high] = GRADE_RANGES[category];
  if (grade < low || grade > high) throw new BadUserInputError(`${label}: grade ${grade} is outside the ${category} post's grades (${low}\u2013${high}).`, { field, record: label.replace(/^Worker /, '') });
}

/** The employer is of a kind that employs community workers. */
export function checkEmployer(label: string, employer: { code: string; kind: OrganizationKind }, field: string): void {
  if (!EMPLOYER_KINDS.includes(employer.kind)) {
    throw new BadUserInputError(`${label}: employer ${employer.code} is a ${employer.kind}; community workers are employed by a ${EMPLOYER_KINDS.join(', ')}.`, { field, record: label.replace(/^Worker /, '') });
  }
}

/** The assigned community is a community Party committee. */
export function checkAssignedCommunity(label: string, community: { code: string; kind: OrganizationKind }, field: string): void {
  if (community.kind !== OrganizationKind.COMMUNITY_PARTY_COMMITTEE) {
    throw new BadUserInputError(`${label}: community ${community.code} is a ${community.kind}, not a ${OrganizationKind.COMMUNITY_PARTY_COMMITTEE}.`, { field, record: label.replace(/^Worker /, '') });
  }
}

/** A worker's employment as the history checks need it. */
export interface EmploymentDates {
  code: string;
  hiredOn: string;
  exitedOn: string | null;
  /** The effective date of the last grade change. */
  lastGradeOn: string | null;
}

/** A grade change or qualification dated `on`: not before the hiring (grades), not after the exit, not before the last grade change. */
export function checkGradeDate(worker: EmploymentDates, on: string, field: string): void {
  if (on < worker.hiredOn) throw new BadUserInputError(`Worker ${worker.code}: a grade change on ${on} is before the hiring (${worker.hiredOn}).`, { field, record: worker.code });
  if (worker.exitedOn !== null && on >= worker.exitedOn) throw new BadUserInputError(`Worker ${worker.code}: a grade change on ${on} is not before the exit (${worker.exitedOn}).`, { field, record: worker.code });
  if (worker.lastGradeOn !== null && on < worker.lastGradeOn) throw new BadUserInputError(`Worker ${worker.code}: a grade change on ${on} is before the last one (${worker.lastGradeOn}); grades are recorded in order.`, { field, record: worker.code });
}

/** An exit: once, after the hiring and on or after the last grade change. */
export function checkExit(worker: EmploymentDates, exitedOn: string, field: string): void {
  if (worker.exitedOn !== null) throw new BadUserInputError(`Worker ${worker.code} already left on ${worker.exitedOn}.`, { field: 'input.id', record: worker.code });
  if (exitedOn <= worker.hiredOn) throw new BadUserInputError(`Worker ${worker.code}: the exit on ${exitedOn} is not after the hiring (${worker.hiredOn}).`, { field, record: worker.code });
  if (worker.lastGradeOn !== null && exitedOn <= worker.lastGradeOn) throw new BadUserInputError(`Worker ${worker.code}: the exit on ${exitedOn} is not after the last grade change (${worker.lastGradeOn}).`, { field, record: worker.code });
}

/** A qualification: its registration valid until a day after it was obtained. */
export function checkQualification(code: string, qualification: { level: QualificationLevel; obtainedOn: string; registrationValidUntil: string | null }, field: string): void {
  if (qualification.registrationValidUntil !== null && qualification.registrationValidUntil <= qualification.obtainedOn) {
    throw new BadUserInputError(`Worker ${code}: the ${qualification.level} registration valid until ${qualification.registrationValidUntil} must end after it was obtained (${qualification.obtainedOn}).`, { field, record: code });
  }
}

/** A course's period: it ends on or after it starts. */
export function checkCoursePeriod(code: string, startsOn: string, endsOn: string, field: string): void {
  if (endsOn < startsOn) throw new BadUserInputError(`Training course ${code}: it ends (${endsOn}) before it starts (${startsOn}).`, { field, record: code });
}

/** Hours credited: at most the course's hours. */
export function checkCreditedHours(course: { code: string; hours: number }, hours: number, field: string, record: string): void {
  if (hours > course.hours) throw new BadUserInputError(`Training course ${course.code} lasts ${course.hours} h: ${hours} h credited is more than that.`, { field, record });
}

/** The grade-change reason of a promotion changes the post; no other reason may. */
export function checkPostChange(code: string, from: WorkerPostCategory, to: WorkerPostCategory, reason: GradeChangeReason, field: string): void {
  if (from !== to && reason !== GradeChangeReason.PROMOTION) throw new BadUserInputError(`Worker ${code}: the post changes (${from} \u2192 ${to}) only with reason PROMOTION, not ${reason}.`, { field, record: code });
}
