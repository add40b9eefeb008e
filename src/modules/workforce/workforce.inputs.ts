import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../schema/scalars/date.js';
import { GradeChangeReason, QualificationLevel, TrainingLevel, WorkerExitReason, WorkerPostCategory } from './workforce.kinds.js';

@InputType('WorkerProfileFilter', { description: 'Conditions a worker profile must all meet to be listed.' })
export class WorkerProfileFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only workers assigned to a community of this subtree.' })
  under?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only workers of this employer.' })
  employer?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only workers assigned to this community.' })
  community?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the profiles of this person.' })
  person?: string | null;

  @Field(() => [WorkerPostCategory], { nullable: true, description: 'Only these posts (now).' })
  postCategories?: WorkerPostCategory[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only workers employed on this day (hiredOn ≤ day < exitedOn).' })
  activeAt?: string | null;
}

@InputType('HireWorkerInput', { description: 'A person hired as a community worker: employer, assigned community, post and first grade.' })
export class HireWorkerInput {
  @Field(() => String, { nullable: true, description: "A business key, at most 64 characters; default the person's code and the next number (P1-W1)." })
  code?: string | null;

  @Field(() => ID, { description: 'The person hired.' })
  personId!: string;

  @Field(() => ID, { description: 'The employer: a subdistrict (usually), a community Party committee, a residents’ committee, a service centre or a government agency.' })
  employerId!: string;

  @Field(() => ID, { description: 'The community (Party committee) the worker is assigned to; within your jurisdiction.' })
  communityId!: string;

  @Field(() => WorkerPostCategory, { description: 'The post.' })
  postCategory!: WorkerPostCategory;

  @Field(() => DateScalar, { description: 'First day employed.' })
  hiredOn!: string;

  @Field(() => Int, { description: 'The grade on hiring, within the post’s range (HEAD 7–18, DEPUTY 4–15, GENERAL 1–12).' })
  grade!: number;

  @Field(() => GradeChangeReason, { nullable: true, description: 'Why this grade (a degree counts as EDUCATION); default SENIORITY.' })
  gradeReason?: GradeChangeReason | null;
}

@InputType('ChangeWorkerGradeInput', { description: 'A new grade for a worker, from a date after the last change; a PROMOTION may change the post.' })
export class ChangeWorkerGradeInput {
  @Field(() => ID, { description: 'The worker profile.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT if it changed since.' })
  expectedVersion?: number | null;

  @Field(() => Int, { description: 'The new grade, within the post’s range.' })
  grade!: number;

  @Field(() => DateScalar, { description: 'From when: not before the last grade change, within the employment.' })
  effectiveOn!: string;

  @Field(() => GradeChangeReason, { description: 'Why.' })
  reason!: GradeChangeReason;

  @Field(() => WorkerPostCategory, { nullable: true, description: 'The post from this date (only with PROMOTION); default unchanged.' })
  postCategory?: WorkerPostCategory | null;
}

@InputType('RecordQualificationInput', { description: 'A social-work qualification a worker obtained.' })
export class RecordQualificationInput {
  @Field(() => ID, { description: 'The worker profile.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT if it changed since.' })
  expectedVersion?: number | null;

  @Field(() => QualificationLevel, { description: 'The level.' })
  level!: QualificationLevel;

  @Field(() => DateScalar, { description: 'When it was obtained (before the exit).' })
  obtainedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day its registration is valid; after obtainedOn. Usually 3 years on.' })
  registrationValidUntil?: string | null;
}

@InputType('ExitWorkerInput', { description: 'A worker leaves.' })
export class ExitWorkerInput {
  @Field(() => ID, { description: 'The worker profile.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT if it changed since.' })
  expectedVersion?: number | null;

  @Field(() => DateScalar, { description: 'First day no longer employed: after the hiring and the last grade change.' })
  exitedOn!: string;

  @Field(() => WorkerExitReason, { description: 'Why.' })
  reason!: WorkerExitReason;
}

@InputType('TrainingCourseFilter', { description: 'Conditions a training course must all meet to be listed.' })
export class TrainingCourseFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only courses of this provider.' })
  provider?: string | null;

  @Field(() => [TrainingLevel], { nullable: true, description: 'Only these levels.' })
  levels?: TrainingLevel[] | null;

  @Field(() => String, { nullable: true, description: 'Only this topic.' })
  topic?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only courses starting on or after this day.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only courses starting before this day.' })
  to?: string | null;
}

@InputType('CreateTrainingCourseInput', { description: 'A new training course.' })
export class CreateTrainingCourseInput {
  @Field(() => String, { description: 'Stable business key, unique, at most 64 characters.' })
  code!: string;

  @Field(() => String, { description: 'What it is, in a line (at most 200 characters).' })
  title!: string;

  @Field(() => ID, { description: 'The provider: an organization of your jurisdiction, or one with a SERVICE_PARTNERSHIP link in force with one of them (a professional service organisation).' })
  providerId!: string;

  @Field(() => TrainingLevel, { description: 'At what level.' })
  level!: TrainingLevel;

  @Field(() => String, { description: 'Its topic, at most 64 characters.' })
  topic!: string;

  @Field(() => Float, { description: 'Its length in hours: more than 0.' })
  hours!: number;

  @Field(() => DateScalar, { description: 'First day.' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Last day (inclusive), not before the first.' })
  endsOn!: string;
}

@InputType('RecordAttendanceInput', { description: "A person's attendance at a training course." })
export class RecordAttendanceInput {
  @Field(() => ID, { description: 'The course.' })
  courseId!: string;

  @Field(() => ID, { description: 'The person. Personal data.' })
  personId!: string;

  @Field(() => String, { nullable: true, description: "A business key; default the course's code and the person's (TC1-P1)." })
  code?: string | null;

  @Field(() => Float, { nullable: true, description: "Hours credited, 0 to the course's hours; default the course's hours when completed, else 0." })
  hoursCredited?: number | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Whether the course was completed; default true.' })
  completed?: boolean;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Whether the hours count as continuing education; default true.' })
  continuingEducation?: boolean;
}

@InputType('UpdateTrainingCourseInput', { description: 'Changes to a recorded training course: give at least one field.' })
export class UpdateTrainingCourseInput {
  @Field(() => ID, { description: 'The course.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version last read; CONFLICT when it changed since.' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'A new title (at most 200 characters).' })
  title?: string | null;

  @Field(() => TrainingLevel, { nullable: true, description: 'A new level.' })
  level?: TrainingLevel | null;

  @Field(() => String, { nullable: true, description: 'A new topic (at most 64 characters).' })
  topic?: string | null;

  @Field(() => Float, { nullable: true, description: "New hours: more than 0, and at least every attendance's credited hours." })
  hours?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'A new first day, not after the last.' })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'A new last day (inclusive), not before the first.' })
  endsOn?: string | null;
}

@InputType('CancelTrainingCourseInput', { description: 'The cancellation of a training course.' })
export class CancelTrainingCourseInput {
  @Field(() => ID, { description: 'The course.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version last read; CONFLICT when it changed since.' })
  expectedVersion?: number | null;

  @Field(() => String, { description: 'Why (at most 200 characters).' })
  reason!: string;
}

@InputType('UpdateTrainingAttendanceInput', { description: 'Changes to a recorded attendance: give at least one field.' })
export class UpdateTrainingAttendanceInput {
  @Field(() => ID, { description: 'The attendance.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version last read; CONFLICT when it changed since.' })
  expectedVersion?: number | null;

  @Field(() => Float, { nullable: true, description: "Hours credited, 0 to the course's hours." })
  hoursCredited?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the course was completed.' })
  completed?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the hours count as continuing education.' })
  continuingEducation?: boolean | null;
}

@InputType('WithdrawTrainingAttendanceInput', { description: 'The withdrawal of an attendance.' })
export class WithdrawTrainingAttendanceInput {
  @Field(() => ID, { description: 'The attendance.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version last read; CONFLICT when it changed since.' })
  expectedVersion?: number | null;

  @Field(() => String, { description: 'Why (at most 200 characters). Personal data: shown only with the pii right.' })
  reason!: string;
}
