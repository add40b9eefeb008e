import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ability } from '../../auth/principal.js';
import { requireOrganizationInScope, visible } from '../../auth/scope.js';
import { BadUserInputError, NotFoundError } from '../../errors/index.js';
import { organizationOf } from '../../graph/arguments.js';
import { parseGlobalId } from '../../lib/global-id.js';
import { parseInput } from '../../lib/parse-input.js';
import { PageArgs, pageWindow, toConnection } from '../../schema/pagination.js';
import { DateScalar } from '../../schema/scalars/date.js';
import type { Context } from '../contract.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { WorkerGradeChange, WorkerProfile, WorkerProfileConnection, WorkerQualification } from './worker-profile.entity.js';
import { ChangeWorkerGradeInput, ExitWorkerInput, HireWorkerInput, RecordQualificationInput, WorkerProfileFilterInput } from './workforce.inputs.js';
import { WorkerExitReason } from './workforce.kinds.js';
import { WorkerProfileNode } from './workforce.node.js';
import { gradeSchema, workerCodeSchema } from './workforce.rules.js';

export function optionalId(id: string | null | undefined, type: string, field: string): number | null {
  return id == null ? null : parseGlobalId(id, type, field);
}

/** The profile a mutation changes: it must exist within the caller's jurisdiction (else NOT_FOUND, as if absent). */
async function requireProfile(context: Context, id: string): Promise<number> {
  const databaseId = parseGlobalId(id, 'WorkerProfile', 'input.id');
  if (!(await visible(context, WorkerProfileNode, await context.loaders.workforce.profileById.load(databaseId)))) throw new NotFoundError('No worker profile has the id given in "input.id".', { field: 'input.id' });
  return databaseId;
}

/** GraphQL for worker profiles: the root reads, the fields (personal data masked without the pii right) and the mutations. */
@Resolver(() => WorkerProfile)
export class WorkerProfileResolver {
  @Query(() => WorkerProfile, { nullable: true, description: 'One worker profile by id or by code (give exactly one); null when there is none or it is outside your jurisdiction.' })
  async workerProfile(@Ctx() context: Context, @Arg('id', () => ID, { nullable: true, description: 'Global id.' }) id?: string | null, @Arg('code', () => String, { nullable: true, description: 'Business key.' }) code?: string | null): Promise<WorkerProfile | null> {
    if ((id == null) === (code == null)) throw new BadUserInputError('Give exactly one of "id" and "code".', { field: id == null ? 'id' : 'code' });
    const profile = id != null ? await context.loaders.workforce.profileById.load(parseGlobalId(id, 'WorkerProfile', 'id')) : await context.loaders.workforce.profileByCode.load(code!);
    return visible(context, WorkerProfileNode, profile);
  }

  @Query(() => WorkerProfileConnection, { description: 'Worker profiles matching a filter, by code, a page at a time: within a jurisdiction, those assigned to or employed by its organizations. totalCount needs no pii right.' })
  async workerProfiles(@Ctx() context: Context, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => WorkerProfileFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: WorkerProfileFilterInput | null) {
    const window = pageWindow('workerProfiles', page);
    const result = await context.services.workforce.listProfiles(
      {
        underId: optionalId(filter?.under, 'Organization', 'filter.under'),
        employerId: optionalId(filter?.employer, 'Organization', 'filter.employer'),
        communityId: optionalId(filter?.community, 'Organization', 'filter.community'),
        personId: optionalId(filter?.person, 'Person', 'filter.person'),
        postCategories: filter?.postCategories,
        activeAt: filter?.activeAt,
        scopeRootId: context.scope.rootId,
      },
      window,
    );
    return toConnection(window, result);
  }

  @FieldResolver(() => Person, { description: 'The worker. Personal data: without the pii right the name is masked (王**) and the phone hidden.' })
  async person(@Root() profile: WorkerProfile, @Ctx() context: Context): Promise<Person> {
    // The profile's own visibility grants its person's: a worker need not hold a post in the subtree.
    return (await context.loaders.people.personById.load(profile.personId))!;
  }

  @FieldResolver(() => Organization, { description: 'The employer (usually the subdistrict). Outside your scope, only its id, code, name and kind are shown.' })
  employer(@Root() profile: WorkerProfile, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, profile.employerId);
  }

  @FieldResolver(() => Organization, { description: 'The community (its Party committee) the worker is assigned to.' })
  community(@Root() profile: WorkerProfile, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, profile.communityId);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'The grade now (1–18). Personal data: null without the pii right.' })
  grade(@Root() profile: WorkerProfile, @Ctx() context: Context): number | null {
    return context.principal.pii ? profile.grade : null;
  }

  @FieldResolver(() => WorkerExitReason, { nullable: true, description: 'Why the worker left; null while employed. Personal data: null without the pii right.' })
  exitReason(@Root() profile: WorkerProfile, @Ctx() context: Context): WorkerExitReason | null {
    return context.principal.pii ? profile.exitReason : null;
  }

  @FieldResolver(() => [WorkerGradeChange], { nullable: true, description: 'The grade history, oldest first (the first is the grade on hiring). Personal data: null without the pii right.' })
  async grades(@Root() profile: WorkerProfile, @Ctx() context: Context): Promise<WorkerGradeChange[] | null> {
    return context.principal.pii ? context.loaders.workforce.gradesOf.load(profile.databaseId) : null;
  }

  @FieldResolver(() => [WorkerQualification], { nullable: true, description: 'The social-work qualifications, by the day obtained. Personal data: null without the pii right.' })
  async qualifications(@Root() profile: WorkerProfile, @Ctx() context: Context): Promise<WorkerQualification[] | null> {
    return context.principal.pii ? context.loaders.workforce.qualificationsOf.load(profile.databaseId) : null;
  }

  @Authorized<Ability>('write')
  @Mutation(() => WorkerProfile, { description: 'Hires a person as a community worker assigned to a community of your jurisdiction: a grade within the post’s range, no overlapping employment; the first grade is recorded on hiredOn.' })
  async hireWorker(@Ctx() context: Context, @Arg('input', () => HireWorkerInput, { description: 'The hiring.' }) input: HireWorkerInput): Promise<WorkerProfile> {
    const communityId = parseGlobalId(input.communityId, 'Organization', 'input.communityId');
    await requireOrganizationInScope(context, communityId, 'input.communityId');
    const personId = parseGlobalId(input.personId, 'Person', 'input.personId');
    return context.services.workforce.hireWorker({
      code: input.code == null ? null : parseInput(workerCodeSchema, input.code, 'input.code'),
      personId,
      employerId: parseGlobalId(input.employerId, 'Organization', 'input.employerId'),
      communityId,
      postCategory: input.postCategory,
      hiredOn: input.hiredOn,
      grade: parseInput(gradeSchema, input.grade, 'input.grade'),
      gradeReason: input.gradeReason ?? null,
    });
  }

  @Authorized<Ability>('write')
  @Mutation(() => WorkerProfile, { description: 'Records a new grade of a worker of your jurisdiction, from a date not before the last change and within the employment; only a PROMOTION changes the post.' })
  async changeWorkerGrade(@Ctx() context: Context, @Arg('input', () => ChangeWorkerGradeInput, { description: 'The change.' }) input: ChangeWorkerGradeInput): Promise<WorkerProfile> {
    const id = await requireProfile(context, input.id);
    return context.services.workforce.changeGrade(id, input.expectedVersion, { grade: parseInput(gradeSchema, input.grade, 'input.grade'), effectiveOn: input.effectiveOn, reason: input.reason, postCategory: input.postCategory ?? null });
  }

  @Authorized<Ability>('write')
  @Mutation(() => WorkerProfile, { description: 'Records a social-work qualification of a worker of your jurisdiction.' })
  async recordQualification(@Ctx() context: Context, @Arg('input', () => RecordQualificationInput, { description: 'The qualification.' }) input: RecordQualificationInput): Promise<WorkerProfile> {
    const id = await requireProfile(context, input.id);
    return context.services.workforce.recordQualification(id, input.expectedVersion, { level: input.level, obtainedOn: input.obtainedOn, registrationValidUntil: input.registrationValidUntil ?? null });
  }

  @Authorized<Ability>('write')
  @Mutation(() => WorkerProfile, { description: 'Records that a worker of your jurisdiction left: once, after the hiring and the last grade change.' })
  async exitWorker(@Ctx() context: Context, @Arg('input', () => ExitWorkerInput, { description: 'The exit.' }) input: ExitWorkerInput): Promise<WorkerProfile> {
    const id = await requireProfile(context, input.id);
    return context.services.workforce.exitWorker(id, input.expectedVersion, { exitedOn: input.exitedOn, reason: input.reason });
  }
}

/** The workers of Organization. */
@Resolver(() => Organization)
export class OrganizationWorkersResolver {
  @FieldResolver(() => WorkerProfileConnection, { description: 'The community workers it employs or who are assigned to it, by code (within your jurisdiction).' })
  async workers(
    @Root() organization: Organization,
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('activeAt', () => DateScalar, { nullable: true, description: 'Only those employed on this day.' }) activeAt?: string | null,
  ) {
    const window = pageWindow('workers', page);
    return toConnection(window, await context.loaders.workforce.workersOfOrganization({ window, activeAt: activeAt ?? null }).load(organization.databaseId));
  }
}

/** The worker profile of Person. */
@Resolver(() => Person)
export class PersonWorkerProfileResolver {
  @FieldResolver(() => WorkerProfile, { nullable: true, description: "The person's latest employment as a community worker (by hiring); null when none, or outside your jurisdiction." })
  async workerProfile(@Root() person: Person, @Ctx() context: Context): Promise<WorkerProfile | null> {
    return visible(context, WorkerProfileNode, await context.loaders.workforce.latestProfileOfPerson.load(person.databaseId));
  }
}
