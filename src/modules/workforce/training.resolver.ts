import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Ability } from '../../auth/principal.js';
import { visible } from '../../auth/scope.js';
import { BadUserInputError, NotFoundError } from '../../errors/index.js';
import { organizationOf } from '../../graph/arguments.js';
import { parseGlobalId } from '../../lib/global-id.js';
import { parseInput } from '../../lib/parse-input.js';
import { PageArgs, pageWindow, toConnection } from '../../schema/pagination.js';
import { DateScalar } from '../../schema/scalars/date.js';
import type { Context } from '../contract.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { TrainingAttendance, TrainingAttendanceConnection, TrainingCourse, TrainingCourseConnection } from './training.entity.js';
import { optionalId } from './worker.resolver.js';
import { CancelTrainingCourseInput, CreateTrainingCourseInput, RecordAttendanceInput, TrainingCourseFilterInput, UpdateTrainingAttendanceInput, UpdateTrainingCourseInput, WithdrawTrainingAttendanceInput } from './workforce.inputs.js';
import { TrainingAttendanceNode, TrainingCourseNode, WorkerProfileNode } from './workforce.node.js';
import { attendanceCodeSchema, changeReasonSchema, courseCodeSchema, courseHoursSchema, courseTitleSchema, courseTopicSchema, creditedHoursSchema } from './workforce.rules.js';

/** GraphQL for training courses. */
@Resolver(() => TrainingCourse)
export class TrainingCourseResolver {
  @Query(() => TrainingCourse, { nullable: true, description: 'One training course by id or by code (give exactly one); null when there is none or it is outside your jurisdiction.' })
  async trainingCourse(@Ctx() context: Context, @Arg('id', () => ID, { nullable: true, description: 'Global id.' }) id?: string | null, @Arg('code', () => String, { nullable: true, description: 'Business key.' }) code?: string | null): Promise<TrainingCourse | null> {
    if ((id == null) === (code == null)) throw new BadUserInputError('Give exactly one of "id" and "code".', { field: id == null ? 'id' : 'code' });
    const course = id != null ? await context.loaders.workforce.courseById.load(parseGlobalId(id, 'TrainingCourse', 'id')) : await context.loaders.workforce.courseByCode.load(code!);
    return visible(context, TrainingCourseNode, course);
  }

  @Query(() => TrainingCourseConnection, { description: 'Training courses matching a filter, by start, a page at a time: within a jurisdiction, those its organizations provide or its workers attend.' })
  async trainingCourses(@Ctx() context: Context, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => TrainingCourseFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: TrainingCourseFilterInput | null) {
    const window = pageWindow('trainingCourses', page);
    const result = await context.services.workforce.listCourses(
      { providerId: optionalId(filter?.provider, 'Organization', 'filter.provider'), levels: filter?.levels, topic: filter?.topic, from: filter?.from, to: filter?.to, scopeRootId: context.scope.rootId },
      window,
    );
    return toConnection(window, result);
  }

  @FieldResolver(() => Organization, { description: 'The provider (often a professional service organisation). Outside your scope, only its id, code, name and kind are shown.' })
  provider(@Root() course: TrainingCourse, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, course.providerId);
  }

  @FieldResolver(() => TrainingAttendanceConnection, { description: 'Who attended, by code: within a jurisdiction, its workers, or everyone at a course it provides.' })
  async attendances(@Root() course: TrainingCourse, @Ctx() context: Context, @Args(() => PageArgs) page: PageArgs) {
    const window = pageWindow('attendances', page);
    return toConnection(window, await context.loaders.workforce.attendancesOfCourse({ window }).load(course.databaseId));
  }

  @Authorized<Ability>('write')
  @Mutation(() => TrainingCourse, { description: 'Records a training course by a provider of your jurisdiction or reached from it by a SERVICE_PARTNERSHIP link in force.' })
  async createTrainingCourse(@Ctx() context: Context, @Arg('input', () => CreateTrainingCourseInput, { description: 'The course.' }) input: CreateTrainingCourseInput): Promise<TrainingCourse> {
    return context.services.workforce.createCourse(
      {
        code: parseInput(courseCodeSchema, input.code, 'input.code'),
        title: parseInput(courseTitleSchema, input.title, 'input.title'),
        providerId: parseGlobalId(input.providerId, 'Organization', 'input.providerId'),
        level: input.level,
        topic: parseInput(courseTopicSchema, input.topic, 'input.topic'),
        hours: parseInput(courseHoursSchema, input.hours, 'input.hours'),
        startsOn: input.startsOn,
        endsOn: input.endsOn,
      },
      context.scope.rootId,
    );
  }
}

/** Changing and cancelling recorded courses. */
@Resolver(() => TrainingCourse)
export class TrainingCourseChangeResolver {
  @Authorized<Ability>('write')
  @Mutation(() => TrainingCourse, {
    description:
      'Changes a recorded course provided within your jurisdiction or by a partner of it (as createTrainingCourse): any of title, level, topic, hours, startsOn, endsOn. The period stays in order, the hours at least every attendance’s credited hours; a cancelled course no longer changes. Version-checked, audited.',
  })
  async updateTrainingCourse(@Ctx() context: Context, @Arg('input', () => UpdateTrainingCourseInput, { description: 'What changes.' }) input: UpdateTrainingCourseInput): Promise<TrainingCourse> {
    return context.services.workforce.updateCourse(
      parseGlobalId(input.id, 'TrainingCourse', 'input.id'),
      input.expectedVersion,
      {
        title: input.title == null ? undefined : parseInput(courseTitleSchema, input.title, 'input.title'),
        level: input.level ?? undefined,
        topic: input.topic == null ? undefined : parseInput(courseTopicSchema, input.topic, 'input.topic'),
        hours: input.hours == null ? undefined : parseInput(courseHoursSchema, input.hours, 'input.hours'),
        startsOn: input.startsOn ?? undefined,
        endsOn: input.endsOn ?? undefined,
      },
      context.scope.rootId,
    );
  }

  @Authorized<Ability>('write')
  @Mutation(() => TrainingCourse, { description: 'Cancels a course (status CANCELLED, with the reason): nothing is deleted; its attendances stay, and no indicator counts them. Once. Version-checked, audited.' })
  async cancelTrainingCourse(@Ctx() context: Context, @Arg('input', () => CancelTrainingCourseInput, { description: 'The cancellation.' }) input: CancelTrainingCourseInput): Promise<TrainingCourse> {
    return context.services.workforce.cancelCourse(parseGlobalId(input.id, 'TrainingCourse', 'input.id'), input.expectedVersion, parseInput(changeReasonSchema, input.reason, 'input.reason'), context.scope.rootId);
  }
}

/** GraphQL for attendances. */
@Resolver(() => TrainingAttendance)
export class TrainingAttendanceResolver {
  @FieldResolver(() => TrainingCourse, { nullable: true, description: 'The course; null outside your jurisdiction.' })
  async course(@Root() attendance: TrainingAttendance, @Ctx() context: Context): Promise<TrainingCourse | null> {
    return visible(context, TrainingCourseNode, await context.loaders.workforce.courseById.load(attendance.courseId));
  }

  @FieldResolver(() => Person, { description: 'Who attended. Personal data: without the pii right the name is masked (王**) and the phone hidden.' })
  async person(@Root() attendance: TrainingAttendance, @Ctx() context: Context): Promise<Person> {
    // The attendance's own visibility grants its person's.
    return (await context.loaders.people.personById.load(attendance.personId))!;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why it was withdrawn; null while not. Personal data: null without the pii right.' })
  withdrawReason(@Root() attendance: TrainingAttendance, @Ctx() context: Context): string | null {
    return context.principal.pii ? attendance.withdrawReason : null;
  }

  /** The attendance of `id`, within the jurisdiction (its workers', or at its courses); else NOT_FOUND. */
  private async attendanceFor(context: Context, id: string): Promise<number> {
    const databaseId = parseGlobalId(id, 'TrainingAttendance', 'input.id');
    if (!(await visible(context, TrainingAttendanceNode, await context.loaders.workforce.attendanceById.load(databaseId)))) {
      throw new NotFoundError('No training attendance has the id given in "input.id" within your jurisdiction.', { field: 'input.id' });
    }
    return databaseId;
  }

  @Authorized<Ability>('write')
  @Mutation(() => TrainingAttendance, {
    description: "Changes a recorded attendance within your jurisdiction: any of hoursCredited (at most the course's), completed, continuingEducation. A withdrawn attendance, or one at a cancelled course, no longer changes. Version-checked, audited.",
  })
  async updateTrainingAttendance(@Ctx() context: Context, @Arg('input', () => UpdateTrainingAttendanceInput, { description: 'What changes.' }) input: UpdateTrainingAttendanceInput): Promise<TrainingAttendance> {
    const id = await this.attendanceFor(context, input.id);
    return context.services.workforce.updateAttendance(id, input.expectedVersion, {
      hoursCredited: input.hoursCredited == null ? undefined : parseInput(creditedHoursSchema, input.hoursCredited, 'input.hoursCredited'),
      completed: input.completed ?? undefined,
      continuingEducation: input.continuingEducation ?? undefined,
    });
  }

  @Authorized<Ability>('write')
  @Mutation(() => TrainingAttendance, { description: 'Withdraws an attendance (withdrawn, with the reason): nothing is deleted; no indicator counts it. Once. Version-checked, audited.' })
  async withdrawTrainingAttendance(@Ctx() context: Context, @Arg('input', () => WithdrawTrainingAttendanceInput, { description: 'The withdrawal.' }) input: WithdrawTrainingAttendanceInput): Promise<TrainingAttendance> {
    const id = await this.attendanceFor(context, input.id);
    return context.services.workforce.withdrawAttendance(id, input.expectedVersion, parseInput(changeReasonSchema, input.reason, 'input.reason'));
  }

  @Authorized<Ability>('write')
  @Mutation(() => TrainingAttendance, { description: "Records a person's attendance at a course of your jurisdiction: once per person, hours credited at most the course's." })
  async recordAttendance(@Ctx() context: Context, @Arg('input', () => RecordAttendanceInput, { description: 'The attendance.' }) input: RecordAttendanceInput): Promise<TrainingAttendance> {
    const courseId = parseGlobalId(input.courseId, 'TrainingCourse', 'input.courseId');
    const personId = parseGlobalId(input.personId, 'Person', 'input.personId');
    const course = await context.loaders.workforce.courseById.load(courseId);
    if (!course) throw new NotFoundError('No training course has the id given in "input.courseId".', { field: 'input.courseId' });
    // Within a jurisdiction: a course it provides or its workers attend, or the attendance of one of its workers.
    if (!(await visible(context, TrainingCourseNode, course)) && !(await visible(context, WorkerProfileNode, await context.loaders.workforce.latestProfileOfPerson.load(personId)))) {
      throw new NotFoundError('No training course has the id given in "input.courseId" within your jurisdiction (nor is the person one of its workers).', { field: 'input.courseId' });
    }
    return context.services.workforce.recordAttendance({
      code: input.code == null ? null : parseInput(attendanceCodeSchema, input.code, 'input.code'),
      courseId,
      personId,
      hoursCredited: input.hoursCredited == null ? null : parseInput(creditedHoursSchema, input.hoursCredited, 'input.hoursCredited'),
      completed: input.completed ?? true,
      continuingEducation: input.continuingEducation ?? true,
    });
  }
}

/** A person's training attendances: counts for everyone, the list with the pii right. */
@ObjectType('PersonTrainings', {
  simpleResolvers: true,
  description:
    "A person's training attendances at courses starting in the period asked for, within your jurisdiction (the attendances of its workers, and at the courses it provides). Personal data: without the pii right the list is null; the counts stay.",
})
export class PersonTrainings {
  @Field(() => Int, { description: 'How many attendances, withdrawn ones and those at cancelled courses included (the history).' })
  count!: number;

  @Field(() => Int, { description: 'Of those, how many count: completed, not withdrawn, at a course not cancelled (what the indicators count).' })
  completed!: number;

  @Field(() => [TrainingAttendance], { nullable: true, description: "The attendances, by the course's start. Personal data: null without the pii right." })
  attendances!: TrainingAttendance[] | null;
}

/** The training attendances of Person. */
@Resolver(() => Person)
export class PersonTrainingsResolver {
  @FieldResolver(() => PersonTrainings, { description: "The person's training attendances at courses starting in [from, to) (each bound optional), within your jurisdiction; the list only with the pii right." })
  async trainings(
    @Root() person: Person,
    @Ctx() context: Context,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Courses starting on or after this day.' }) from?: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Courses starting before this day (exclusive).' }) to?: string | null,
  ): Promise<PersonTrainings> {
    if (from != null && to != null && to <= from) throw new BadUserInputError(`Argument "to" (${to}) must be after "from" (${from}).`, { field: 'to' });
    const rows = await context.loaders.workforce.attendancesOfPerson({ from: from ?? null, to: to ?? null }).load(person.databaseId);
    return {
      count: rows.length,
      completed: rows.filter((row) => row.attendance.completed && !row.attendance.withdrawn && !row.courseCancelled).length,
      attendances: context.principal.pii ? rows.map((row) => row.attendance) : null,
    };
  }
}
