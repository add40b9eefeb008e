import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { visible } from '../../auth/scope.js';
import { BadUserInputError } from '../../errors/index.js';
import { checkRange, organizationOf, requireOrganization } from '../../graph/arguments.js';
import { emptyPage } from '../../db/rows.js';
import { pageWindow, toConnection, type Page, type PageWindow } from '../../schema/pagination.js';
import { DateScalar } from '../../schema/scalars/date.js';
import type { Context } from '../contract.js';
import { DurationStats } from '../cases/case.indicator.types.js';
import { Grid } from '../grids/grid.entity.js';
import { GridNode } from '../grids/grid.node.js';
import { Ratio } from '../indicators/indicator.types.js';
import { ratio } from '../indicators/indicators.js';
import { Link, LinkConnection } from '../links/link.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { QuantityRatio } from '../resources/resource.indicator.resolver.js';
import { MEMBER_HOURS_PER_YEAR } from './social.rules.js';
import { memberHoursRequired, optionalRatio, type SocialCounts, type SocialDurations, type SocialQuery } from './social.indicators.js';
import type { SocialService } from './social.service.js';

export enum SocialGroupBy {
  COMMUNITY = 'COMMUNITY',
  GRID = 'GRID',
}

registerEnumType(SocialGroupBy, {
  name: 'SocialGroupBy',
  description: 'What the social indicators are computed per.',
  valuesConfig: {
    COMMUNITY: { description: "Each community (Party committee) of the scope, with the grids' residents." },
    GRID: { description: 'Each grid of the scope’s communities. Members and reporting units report to communities: those figures are null by grid. A grid’s links are those of its Party branch’s subtree.' },
  },
});

function quantityRatio(numerator: number, denominator: number): QuantityRatio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

/** What the groups of one answer share: the query, and the statements read only when a field asks for them. */
export class SocialIndicatorReport {
  private durationsRead?: Promise<Map<string, SocialDurations>>;
  private dormantRead?: Promise<Map<string, Page<Link>>>;

  constructor(
    private readonly service: SocialService,
    readonly query: SocialQuery,
    readonly dormantWindow: PageWindow,
  ) {}

  durations(): Promise<Map<string, SocialDurations>> {
    return (this.durationsRead ??= this.service.indicatorDurations(this.query));
  }

  dormantLinks(): Promise<Map<string, Page<Link>>> {
    return (this.dormantRead ??= this.service.dormantLinks(this.query, this.dormantWindow));
  }
}

@ObjectType('SocialIndicatorGroup', {
  simpleResolvers: true,
  description: 'The social indicators of one community or grid over the period [from, to). Stocks (member reports, links) are those in force on the period’s last day; see the README, "Social forces", for each definition.',
})
export class SocialIndicatorGroup {
  report!: SocialIndicatorReport;
  counts!: SocialCounts;
  groupBy!: SocialGroupBy;

  @Field(() => Int, { description: 'Residents of the group: its grids’ population.' })
  population!: number;

  @Field(() => Int, { description: 'Needs raised in the group in the period.' })
  needsRaised!: number;

  @Field(() => Int, { description: 'Participations in the activities of the group that started in the period.' })
  participations!: number;

  @Field(() => Boolean, { description: 'True when needsRaised + participations is below minSample: the shares rest on too few records to compare.' })
  belowMinimumSample!: boolean;

  @Field(() => Ratio, { description: 'needFulfilmentRate: needs raised in the period that are FULFILLED (now) ÷ needs raised in the period.' })
  needFulfilmentRate!: Ratio;

  @Field(() => Float, { description: 'Σ hours of the participations in the activities of the group that started in the period.' })
  volunteerHours!: number;

  @Field(() => QuantityRatio, { description: 'volunteerHoursPerResident: volunteerHours ÷ population (value null without residents).' })
  volunteerHoursPerResident!: QuantityRatio;

  @Field(() => Int, { nullable: true, description: 'Member reports (individual double reporting) to the community in force on the period’s last day; null by grid.' })
  reportingMembers!: number | null;

  @Field(() => QuantityRatio, {
    nullable: true,
    description: 'volunteerHoursPerReportingMember: Σ hours those reporting members served in activities of the community they report to, started in the period ÷ reportingMembers; null by grid.',
  })
  volunteerHoursPerReportingMember!: QuantityRatio | null;

  @Field(() => Ratio, {
    nullable: true,
    description: 'memberReportActivation: reporting members (as above) with at least one participation in an activity of that community started in the period ÷ reportingMembers; null by grid.',
  })
  memberReportActivation!: Ratio | null;

  @Field(() => Ratio, {
    nullable: true,
    description:
      'memberHoursCompliance: reporting members (as above) whose hours served in activities of the community they report to, started in the period, reach the minimum of the period (memberHoursRequired: memberHoursPerYear, default 50 h a year, × the period’s days ÷ 365) ÷ reportingMembers; null by grid.',
  })
  memberHoursCompliance!: Ratio | null;

  @Field(() => Ratio, {
    nullable: true,
    description:
      'unitParticipationRate: reporting units (UNIT_REPORTING links to the community, not suspended, in force on the period’s last day) that organised or partnered an activity of the community started in the period, or on whose behalf someone took part in one ÷ those reporting units; null by grid.',
  })
  unitParticipationRate!: Ratio | null;

  @Field(() => Ratio, {
    description:
      'dormantLinkShare (dormant collaboration): RESOURCE_SHARING, CO_BUILDING, UNIT_REPORTING and SERVICE_PARTNERSHIP links with an end in the community’s subtree (by grid, the subtree of the grid’s Party branch; a grid without a branch has none: 0 ÷ 0), not suspended, in force on the period’s last day, with no use in the period ÷ those links, each link once per group. A link is used by an activity started in the period with both ends among its organiser and partners, a participation on behalf of one end in an activity the other organised or partnered, or a USED resource use through it overlapping the period.',
  })
  dormantLinkShare!: Ratio;
}

@ObjectType('SocialIndicators', { simpleResolvers: true, description: 'The social indicators of a scope over a period (README, "Social forces").' })
export class SocialIndicators {
  scopeId!: number;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Day after the period (exclusive).' })
  to!: string;

  @Field(() => SocialGroupBy, { description: 'What the groups are.' })
  groupBy!: SocialGroupBy;

  @Field(() => Int, { description: 'The minimum sample of the groups.' })
  minSample!: number;

  @Field(() => Float, { description: 'memberHoursCompliance’s yearly minimum of hours per reporting member (the memberHoursPerYear argument).' })
  memberHoursPerYear!: number;

  @Field(() => Float, { description: 'The hours a reporting member must serve in the period to count in memberHoursCompliance: memberHoursPerYear × the period’s days ÷ 365 (50 h for a year of 365 days, 4.247 h for 31 days).' })
  memberHoursRequired!: number;

  @Field(() => [SocialIndicatorGroup], { description: 'Every community or grid of the scope, by id.' })
  groups!: SocialIndicatorGroup[];
}

@Resolver(() => SocialIndicators)
export class SocialIndicatorResolver {
  @Query(() => SocialIndicators, {
    description:
      'Indicators of the social forces of a scope over [from, to), per community or grid: needs fulfilled and the days to claim and fulfil them, volunteer hours per resident and per reporting member, reporting members active and meeting the yearly minimum of hours, reporting units participating, dormant collaboration links. Computed in SQL: one statement for every count, one more for the durations and one for the dormant links’ pages when asked for, whatever the size of the scope.',
  })
  async socialIndicators(
    @Ctx() context: Context,
    @Arg('scope', () => ID, { description: 'The organization (id or code) whose subtree to measure; within your jurisdiction.' }) scope: string,
    @Arg('from', () => DateScalar, { description: 'First day of the period (UTC).' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Day after the period (exclusive).' }) to: string,
    @Arg('groupBy', () => SocialGroupBy, { description: 'COMMUNITY or GRID.' }) groupBy: SocialGroupBy,
    @Arg('minSample', () => Int, { defaultValue: 30, description: 'Groups with fewer needs raised and participations together are flagged belowMinimumSample; default 30.' }) minSample: number,
    @Arg('dormantFirst', () => Int, { defaultValue: 10, description: 'How many dormant links dormantLinks lists per group (0–100).' }) dormantFirst: number,
    @Arg('memberHoursPerYear', () => Float, {
      defaultValue: MEMBER_HOURS_PER_YEAR,
      description: 'memberHoursCompliance’s minimum of volunteer hours a year per reporting member (more than 0, at most 8,784); default 50 (operations.md §1.3), pro-rated to the period.',
    })
    memberHoursPerYear: number,
  ): Promise<SocialIndicators> {
    if (to <= from) throw new BadUserInputError(`Argument "to" (${to}) must be after "from" (${from}).`, { field: 'to' });
    if (Date.parse(to) - Date.parse(from) > 10 * 366 * 86_400_000) throw new BadUserInputError('The period may be at most ten years long.', { field: 'to' });
    checkRange(minSample, 0, 1_000_000, 'minSample');
    if (!Number.isFinite(memberHoursPerYear) || memberHoursPerYear <= 0 || memberHoursPerYear > 8784) {
      throw new BadUserInputError(`Argument "memberHoursPerYear" must be more than 0 and at most 8784 (the hours of a year); got ${memberHoursPerYear}.`, { field: 'memberHoursPerYear' });
    }
    const window = pageWindow('dormantLinks', { first: checkRange(dormantFirst, 0, 100, 'dormantFirst') });
    const scopeId = await requireOrganization(context, scope, 'scope');
    const query: SocialQuery = { scopeId, grouping: groupBy, periods: [{ from, to }], memberHoursPerYear };
    const report = new SocialIndicatorReport(context.services.social, query, window);
    const counts = await context.services.social.indicatorCounts(query);
    return {
      scopeId,
      from,
      to,
      groupBy,
      minSample,
      memberHoursPerYear,
      memberHoursRequired: memberHoursRequired({ from, to }, memberHoursPerYear),
      groups: counts.map((group) =>
        Object.assign(new SocialIndicatorGroup(), {
          report,
          counts: group,
          groupBy,
          population: group.population,
          needsRaised: group.needsRaised,
          participations: group.participations,
          belowMinimumSample: group.needsRaised + group.participations < minSample,
          needFulfilmentRate: ratio(group.needsFulfilled, group.needsRaised),
          volunteerHours: group.volunteerHours,
          volunteerHoursPerResident: quantityRatio(group.volunteerHours, group.population),
          reportingMembers: group.reportingMembers,
          volunteerHoursPerReportingMember: group.memberHours === null || group.reportingMembers === null ? null : quantityRatio(group.memberHours, group.reportingMembers),
          memberReportActivation: optionalRatio(group.activeMembers, group.reportingMembers),
          memberHoursCompliance: optionalRatio(group.compliantMembers, group.reportingMembers),
          unitParticipationRate: optionalRatio(group.participatingUnits, group.reportingUnits),
          dormantLinkShare: ratio(group.dormantLinks ?? 0, group.links ?? 0),
        }),
      ),
    };
  }

  @FieldResolver(() => Organization, { description: 'The organization whose subtree was measured.' })
  scope(@Root() indicators: SocialIndicators, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, indicators.scopeId);
  }
}

@Resolver(() => SocialIndicatorGroup)
export class SocialIndicatorGroupResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'COMMUNITY: the community.' })
  async community(@Root() group: SocialIndicatorGroup, @Ctx() context: Context): Promise<Organization | null> {
    return group.groupBy === SocialGroupBy.COMMUNITY ? organizationOf(context, Number(group.counts.key)) : null;
  }

  @FieldResolver(() => Grid, { nullable: true, description: 'GRID: the grid.' })
  async grid(@Root() group: SocialIndicatorGroup, @Ctx() context: Context): Promise<Grid | null> {
    return group.groupBy === SocialGroupBy.GRID ? visible(context, GridNode, await context.loaders.grids.byId.load(Number(group.counts.key))) : null;
  }

  @FieldResolver(() => DurationStats, { description: 'timeToClaim: days from raised to claimed, of the needs raised in the period and claimed (count, mean, median, p90).' })
  async timeToClaim(@Root() group: SocialIndicatorGroup): Promise<DurationStats> {
    return (await group.report.durations()).get(group.counts.key)?.timeToClaim ?? { count: 0, mean: null, median: null, p90: null };
  }

  @FieldResolver(() => DurationStats, { description: 'timeToFulfil: days from raised to fulfilled, of the needs raised in the period and fulfilled (count, mean, median, p90).' })
  async timeToFulfil(@Root() group: SocialIndicatorGroup): Promise<DurationStats> {
    return (await group.report.durations()).get(group.counts.key)?.timeToFulfil ?? { count: 0, mean: null, median: null, p90: null };
  }

  @FieldResolver(() => LinkConnection, { description: 'The dormant links of dormantLinkShare: their count (totalCount) and the first page by code (dormantFirst).' })
  async dormantLinks(@Root() group: SocialIndicatorGroup) {
    const pages = await group.report.dormantLinks();
    return toConnection(group.report.dormantWindow, pages.get(group.counts.key) ?? emptyPage(group.report.dormantWindow));
  }
}
