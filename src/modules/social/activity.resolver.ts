import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ability } from '../../auth/principal.js';
import { requireOrganizationInScope, visible } from '../../auth/scope.js';
import { BadUserInputError, NotFoundError } from '../../errors/index.js';
import { organizationOf, organizationsOf } from '../../graph/arguments.js';
import { parseGlobalId } from '../../lib/global-id.js';
import { countSchema, parseInput } from '../../lib/parse-input.js';
import { PageArgs, pageWindow, toConnection } from '../../schema/pagination.js';
import { DateScalar } from '../../schema/scalars/date.js';
import { ServiceCaseNode } from '../cases/case.node.js';
import { ServiceCase } from '../cases/service-case.entity.js';
import type { Context } from '../contract.js';
import type { ActivityChanges } from './social.service.js';
import { Grid } from '../grids/grid.entity.js';
import { GridNode } from '../grids/grid.node.js';
import { Organization } from '../organizations/organization.entity.js';
import { PersonNode } from '../people/people.node.js';
import { Person } from '../people/person.entity.js';
import { Activity, ActivityConnection } from './activity.entity.js';
import { MemberReport, MemberReportConnection } from './member-report.entity.js';
import { Need } from './need.entity.js';
import { optionalId } from './need.resolver.js';
import { Participation, ParticipationConnection } from './participation.entity.js';
import {
  ActivityFilterInput,
  CreateActivityInput,
  EndActivityInput,
  EndMemberReportInput,
  MemberReportFilterInput,
  RecordParticipationInput,
  RegisterMemberReportInput,
  UpdateActivityInput,
  UpdateParticipationInput,
  VerifyParticipationInput,
} from './social.inputs.js';
import { ActivityKind, ParticipationRole } from './social.kinds.js';
import { ActivityNode, MemberReportNode, NeedNode, ParticipationNode } from './social.node.js';
import { nowTimestamp } from '../../lib/clock.js';
import { activityCodeSchema, activityTitleSchema, hoursSchema, memberReportCodeSchema, participationCodeSchema } from './social.rules.js';

/** GraphQL for activities: the root reads, the fields, createActivity. */
@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => Activity, { nullable: true, description: 'One activity by id or by code (give exactly one); null when there is none or it is outside your jurisdiction.' })
  async activity(@Ctx() context: Context, @Arg('id', () => ID, { nullable: true, description: 'Global id.' }) id?: string | null, @Arg('code', () => String, { nullable: true, description: 'Business key.' }) code?: string | null): Promise<Activity | null> {
    if ((id == null) === (code == null)) throw new BadUserInputError('Give exactly one of "id" and "code".', { field: id == null ? 'id' : 'code' });
    const activity = id != null ? await context.loaders.social.activityById.load(parseGlobalId(id, 'Activity', 'id')) : await context.loaders.social.activityByCode.load(code!);
    return visible(context, ActivityNode, activity);
  }

  @Query(() => ActivityConnection, { description: 'Activities matching a filter, by start, a page at a time: within a jurisdiction, those in its communities or organised by its organizations.' })
  async activities(@Ctx() context: Context, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => ActivityFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: ActivityFilterInput | null) {
    const window = pageWindow('activities', page);
    const result = await context.services.social.listActivities(
      {
        kinds: filter?.kinds,
        underId: optionalId(filter?.under, 'Organization', 'filter.under'),
        gridId: optionalId(filter?.grid, 'Grid', 'filter.grid'),
        organiserId: optionalId(filter?.organiser, 'Organization', 'filter.organiser'),
        organizationId: optionalId(filter?.organization, 'Organization', 'filter.organization'),
        needId: optionalId(filter?.need, 'Need', 'filter.need'),
        from: filter?.from,
        to: filter?.to,
        scopeRootId: context.scope.rootId,
      },
      window,
    );
    return toConnection(window, result);
  }

  @FieldResolver(() => Organization, { description: 'The organization that organised it. Outside your scope, only its id, code, name and kind are shown.' })
  organiser(@Root() activity: Activity, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, activity.organiserId);
  }

  @FieldResolver(() => [Organization], { description: 'Its partner organizations, by id. Outside your scope, only their id, code, name and kind are shown.' })
  async partners(@Root() activity: Activity, @Ctx() context: Context): Promise<Organization[]> {
    return organizationsOf(context, await context.loaders.social.partnersOf.load(activity.databaseId));
  }

  @FieldResolver(() => Organization, { description: 'The community (its Party committee) it took place in.' })
  community(@Root() activity: Activity, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, activity.communityId);
  }

  @FieldResolver(() => Grid, { nullable: true, description: 'The grid it took place in; null when placed in a community only.' })
  async grid(@Root() activity: Activity, @Ctx() context: Context): Promise<Grid | null> {
    return activity.gridId === null ? null : visible(context, GridNode, await context.loaders.grids.byId.load(activity.gridId));
  }

  @FieldResolver(() => Float, { description: 'Its length in hours.' })
  lengthHours(@Root() activity: Activity): number {
    return (Date.parse(activity.endsAt) - Date.parse(activity.startsAt)) / 3_600_000;
  }

  @FieldResolver(() => Need, { nullable: true, description: 'The need it answers, if any (and within your jurisdiction).' })
  async need(@Root() activity: Activity, @Ctx() context: Context): Promise<Need | null> {
    return activity.needId === null ? null : visible(context, NeedNode, await context.loaders.social.needById.load(activity.needId));
  }

  @FieldResolver(() => ServiceCase, { nullable: true, description: 'The service case it answers, if any (and within your jurisdiction).' })
  async serviceCase(@Root() activity: Activity, @Ctx() context: Context): Promise<ServiceCase | null> {
    return activity.caseId === null ? null : visible(context, ServiceCaseNode, await context.loaders.cases.caseById.load(activity.caseId));
  }

  @FieldResolver(() => ParticipationConnection, { description: 'Who took part, by code.' })
  async participations(@Root() activity: Activity, @Ctx() context: Context, @Args(() => PageArgs) page: PageArgs, @Arg('roles', () => [ParticipationRole], { nullable: true, description: 'Only these roles.' }) roles?: ParticipationRole[] | null) {
    const window = pageWindow('participations', page);
    return toConnection(window, await context.loaders.social.participationsOfActivity({ window, roles: roles ?? null, from: null, to: null }).load(activity.databaseId));
  }

  @Authorized<Ability>('write')
  @Mutation(() => Activity, { description: 'Records an activity organised by an organization of your jurisdiction, in a community or grid of it.' })
  async createActivity(@Ctx() context: Context, @Arg('input', () => CreateActivityInput, { description: 'The activity.' }) input: CreateActivityInput): Promise<Activity> {
    const organiserId = parseGlobalId(input.organiserId, 'Organization', 'input.organiserId');
    await requireOrganizationInScope(context, organiserId, 'input.organiserId');
    const gridId = optionalId(input.gridId, 'Grid', 'input.gridId');
    if (gridId !== null && !(await visible(context, GridNode, await context.loaders.grids.byId.load(gridId)))) throw new NotFoundError('No grid has the id given in "input.gridId".', { field: 'input.gridId' });
    const communityId = optionalId(input.communityId, 'Organization', 'input.communityId');
    if (communityId !== null) await requireOrganizationInScope(context, communityId, 'input.communityId');
    const needId = optionalId(input.needId, 'Need', 'input.needId');
    if (needId !== null && !(await visible(context, NeedNode, await context.loaders.social.needById.load(needId)))) throw new NotFoundError('No need has the id given in "input.needId".', { field: 'input.needId' });
    const caseId = optionalId(input.serviceCaseId, 'ServiceCase', 'input.serviceCaseId');
    if (caseId !== null && !(await visible(context, ServiceCaseNode, await context.loaders.cases.caseById.load(caseId)))) throw new NotFoundError('No case has the id given in "input.serviceCaseId".', { field: 'input.serviceCaseId' });
    return context.services.social.createActivity({
      code: parseInput(activityCodeSchema, input.code, 'input.code'),
      title: parseInput(activityTitleSchema, input.title, 'input.title'),
      kind: input.kind,
      organiserId,
      partnerIds: (input.partnerIds ?? []).map((id, index) => parseGlobalId(id, 'Organization', `input.partnerIds[${index}]`)),
      gridId,
      communityId,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      beneficiaries: parseInput(countSchema, input.beneficiaries ?? 0, 'input.beneficiaries'),
      needId,
      caseId,
    });
  }

  @Authorized<Ability>('write')
  @Mutation(() => Activity, {
    description:
      "Changes an activity of your jurisdiction: title, kind, period, beneficiaries, partners (only the fields given). Refused (BAD_USER_INPUT) when it would end before it starts, hold a participation longer than itself, or have its organiser as a partner.",
  })
  async updateActivity(@Ctx() context: Context, @Arg('input', () => UpdateActivityInput, { description: 'The changes.' }) input: UpdateActivityInput): Promise<Activity> {
    return this.change(context, input.id, input.expectedVersion, {
      title: input.title == null ? null : parseInput(activityTitleSchema, input.title, 'input.title'),
      kind: input.kind,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      beneficiaries: input.beneficiaries == null ? null : parseInput(countSchema, input.beneficiaries, 'input.beneficiaries'),
      partnerIds: input.partnerIds == null ? null : input.partnerIds.map((id, index) => parseGlobalId(id, 'Organization', `input.partnerIds[${index}]`)),
    });
  }

  @Authorized<Ability>('write')
  @Mutation(() => Activity, { description: 'Ends an activity of your jurisdiction early, at `at` (default now): after it started, before its planned end, no participation longer than what is left.' })
  async endActivity(@Ctx() context: Context, @Arg('input', () => EndActivityInput, { description: 'The end.' }) input: EndActivityInput): Promise<Activity> {
    return this.change(context, input.id, input.expectedVersion, { endsAt: input.at ?? nowTimestamp(), endActivity: true });
  }

  private async change(context: Context, globalId: string, expectedVersion: number | null | undefined, changes: ActivityChanges): Promise<Activity> {
    const id = parseGlobalId(globalId, 'Activity', 'input.id');
    if (!(await visible(context, ActivityNode, await context.loaders.social.activityById.load(id)))) throw new NotFoundError('No activity has the id given in "input.id".', { field: 'input.id' });
    const after = await context.services.social.updateActivity(id, expectedVersion, changes);
    context.loaders.social.activityById.clear(id).prime(id, after);
    return after;
  }
}

/** GraphQL for participations: the fields and recordParticipation. */
@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Activity, { nullable: true, description: 'The activity; null outside your jurisdiction.' })
  async activity(@Root() participation: Participation, @Ctx() context: Context): Promise<Activity | null> {
    return visible(context, ActivityNode, await context.loaders.social.activityById.load(participation.activityId));
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who took part. Personal data: null outside your jurisdiction; without the pii right the name is masked (王**) and the phone hidden." })
  async person(@Root() participation: Participation, @Ctx() context: Context): Promise<Person | null> {
    return visible(context, PersonNode, await context.loaders.people.personById.load(participation.personId));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The reporting unit the hours count for (Popolo on_behalf_of).' })
  async onBehalfOf(@Root() participation: Participation, @Ctx() context: Context): Promise<Organization | null> {
    return participation.onBehalfOfId === null ? null : organizationOf(context, participation.onBehalfOfId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization that verified the hours.' })
  async verifiedBy(@Root() participation: Participation, @Ctx() context: Context): Promise<Organization | null> {
    return participation.verifiedById === null ? null : organizationOf(context, participation.verifiedById);
  }

  @Authorized<Ability>('write')
  @Mutation(() => Participation, { description: "Records a person's part in an activity of your jurisdiction: hours more than 0 and at most the activity's length, once per person." })
  async recordParticipation(@Ctx() context: Context, @Arg('input', () => RecordParticipationInput, { description: 'The participation.' }) input: RecordParticipationInput): Promise<Participation> {
    const activityId = parseGlobalId(input.activityId, 'Activity', 'input.activityId');
    if (!(await visible(context, ActivityNode, await context.loaders.social.activityById.load(activityId)))) throw new NotFoundError('No activity has the id given in "input.activityId".', { field: 'input.activityId' });
    const personId = parseGlobalId(input.personId, 'Person', 'input.personId');
    if (!(await context.loaders.people.personById.load(personId))) throw new NotFoundError('No person has the id given in "input.personId".', { field: 'input.personId' });
    return context.services.social.recordParticipation({
      code: input.code == null ? null : parseInput(participationCodeSchema, input.code, 'input.code'),
      activityId,
      personId,
      role: input.role,
      hours: parseInput(hoursSchema, input.hours, 'input.hours'),
      onBehalfOfId: optionalId(input.onBehalfOfId, 'Organization', 'input.onBehalfOfId'),
      verifiedById: optionalId(input.verifiedById, 'Organization', 'input.verifiedById'),
    });
  }

  @Authorized<Ability>('write')
  @Mutation(() => Participation, { description: "Changes a participation of your jurisdiction: hours (more than 0, at most the activity's length), role, the reporting unit (null clears it)." })
  async updateParticipation(@Ctx() context: Context, @Arg('input', () => UpdateParticipationInput, { description: 'The changes.' }) input: UpdateParticipationInput): Promise<Participation> {
    const id = await this.visibleParticipation(context, input.id);
    const after = await context.services.social.updateParticipation(id, input.expectedVersion, {
      hours: input.hours == null ? null : parseInput(hoursSchema, input.hours, 'input.hours'),
      role: input.role,
      onBehalfOfId: input.onBehalfOfId === undefined ? undefined : optionalId(input.onBehalfOfId, 'Organization', 'input.onBehalfOfId'),
    });
    context.loaders.social.participationById.clear(id).prime(id, after);
    return after;
  }

  @Authorized<Ability>('write')
  @Mutation(() => Participation, { description: 'Records that an organization verified the hours of a participation of your jurisdiction.' })
  async verifyParticipation(@Ctx() context: Context, @Arg('input', () => VerifyParticipationInput, { description: 'The verification.' }) input: VerifyParticipationInput): Promise<Participation> {
    const id = await this.visibleParticipation(context, input.id);
    const after = await context.services.social.verifyParticipation(id, input.expectedVersion, parseGlobalId(input.verifiedById, 'Organization', 'input.verifiedById'));
    context.loaders.social.participationById.clear(id).prime(id, after);
    return after;
  }

  private async visibleParticipation(context: Context, globalId: string): Promise<number> {
    const id = parseGlobalId(globalId, 'Participation', 'input.id');
    if (!(await visible(context, ParticipationNode, await context.loaders.social.participationById.load(id)))) throw new NotFoundError('No participation has the id given in "input.id".', { field: 'input.id' });
    return id;
  }
}

/** GraphQL for member reports. */
@Resolver(() => MemberReport)
export class MemberReportResolver {
  @Query(() => MemberReportConnection, { description: "Party members' individual double reporting, by start, a page at a time: within a jurisdiction, the reports to its communities or by members of its units." })
  async memberReports(@Ctx() context: Context, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => MemberReportFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: MemberReportFilterInput | null) {
    const window = pageWindow('memberReports', page);
    const result = await context.services.social.listMemberReports(
      { underId: optionalId(filter?.under, 'Organization', 'filter.under'), homeUnitId: optionalId(filter?.homeUnit, 'Organization', 'filter.homeUnit'), activeAt: filter?.activeAt, scopeRootId: context.scope.rootId },
      window,
    );
    return toConnection(window, result);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The member. Personal data: null outside your jurisdiction; without the pii right the name is masked.' })
  async person(@Root() report: MemberReport, @Ctx() context: Context): Promise<Person | null> {
    return visible(context, PersonNode, await context.loaders.people.personById.load(report.personId));
  }

  @FieldResolver(() => Organization, { description: 'The unit the member works in (the home unit).' })
  homeUnit(@Root() report: MemberReport, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, report.homeUnitId);
  }

  @FieldResolver(() => Organization, { description: 'The community reported to.' })
  community(@Root() report: MemberReport, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, report.communityId);
  }

  @Authorized<Ability>('write')
  @Mutation(() => MemberReport, { description: "Registers a Party member's individual double reporting to a community of your jurisdiction." })
  async registerMemberReport(@Ctx() context: Context, @Arg('input', () => RegisterMemberReportInput, { description: 'The report.' }) input: RegisterMemberReportInput): Promise<MemberReport> {
    const communityId = parseGlobalId(input.communityId, 'Organization', 'input.communityId');
    await requireOrganizationInScope(context, communityId, 'input.communityId');
    return context.services.social.registerMemberReport({
      code: parseInput(memberReportCodeSchema, input.code, 'input.code'),
      personId: parseGlobalId(input.personId, 'Person', 'input.personId'),
      homeUnitId: parseGlobalId(input.homeUnitId, 'Organization', 'input.homeUnitId'),
      communityId,
      since: input.since,
      until: input.until ?? null,
    });
  }

  @Authorized<Ability>('write')
  @Mutation(() => MemberReport, {
    description: "Ends a Party member's double reporting to a community of your jurisdiction on `until` (exclusive), after it started; a later end may not overlap another report of the member.",
  })
  async endMemberReport(@Ctx() context: Context, @Arg('input', () => EndMemberReportInput, { description: 'The end.' }) input: EndMemberReportInput): Promise<MemberReport> {
    const id = parseGlobalId(input.id, 'MemberReport', 'input.id');
    if (!(await visible(context, MemberReportNode, await context.loaders.social.memberReportById.load(id)))) throw new NotFoundError('No member report has the id given in "input.id".', { field: 'input.id' });
    const after = await context.services.social.endMemberReport(id, input.expectedVersion, input.until);
    context.loaders.social.memberReportById.clear(id).prime(id, after);
    return after;
  }
}

/** The activities of Organization. */
@Resolver(() => Organization)
export class OrganizationActivitiesResolver {
  @FieldResolver(() => ActivityConnection, { description: 'The activities it organised or was a partner in, by start (within your jurisdiction).' })
  async activities(
    @Root() organization: Organization,
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kinds', () => [ActivityKind], { nullable: true, description: 'Only these kinds.' }) kinds?: ActivityKind[] | null,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Only activities ending after the start of this day.' }) from?: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Only activities starting before the start of this day.' }) to?: string | null,
  ) {
    const window = pageWindow('activities', page);
    return toConnection(window, await context.loaders.social.activitiesOfOrganization({ window, kinds: kinds ?? null, from: from ?? null, to: to ?? null }).load(organization.databaseId));
  }
}

/** The participations of Person. */
@Resolver(() => Person)
export class PersonParticipationsResolver {
  @FieldResolver(() => ParticipationConnection, { description: "The person's participations, by day (within your jurisdiction: in its activities or for its organizations)." })
  async participations(
    @Root() person: Person,
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Only from this day.' }) from?: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Only before this day.' }) to?: string | null,
  ) {
    const window = pageWindow('participations', page);
    return toConnection(window, await context.loaders.social.participationsOfPerson({ window, roles: null, from: from ?? null, to: to ?? null }).load(person.databaseId));
  }
}
