import { today } from '../../lib/clock.js';
import type { SocialTrendMeasure } from '../social/social.indicators.js';
import type { WorkforceTrendMeasure } from '../workforce/workforce.service.js';
import type { ResourceTrendMeasure } from '../resources/resource.indicators.js';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '../../errors/index.js';
import { checkRange, organizationOf, organizationsOf, requireOrganization } from '../../graph/arguments.js';
import { pageWindow, toConnection, type ConnectionShape } from '../../schema/pagination.js';
import { DateScalar } from '../../schema/scalars/date.js';
import type { Context } from '../contract.js';
import { Grid } from '../grids/grid.entity.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { Organization } from '../organizations/organization.entity.js';
import {
  Broker,
  CollaborationStructure,
  GovernanceIndicators,
  GridLoad,
  IndicatorName,
  IndicatorTrend,
  IsolatedOrganizationConnection,
  KindRatio,
  ManagementLoad,
  Ratio,
  SocialForceParticipation,
  SpanOfControl,
  TrendInterval,
  TrendPoint,
} from './indicator.types.js';
import type { RatioValue } from './indicators.js';
import type { SnapshotTrendIndicator } from './indicator-questions.js';
import type { CaseTrendMeasure } from '../cases/case.indicators.js';
import { periodEnds } from './periods.js';
import { periodStart } from '../cases/case.indicators.js';

function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

const MAX_TREND_POINTS = 240;
const MAX_LISTED = 100;

/**
 * The scope argument, or the caller's jurisdiction, or, for a caller without one, the only district of
 * the database. Must exist and lie within the jurisdiction.
 */
/** The social forces' ratios that indicatorTrend follows by period (SOCIAL_FORCE_PARTICIPATION is a governance indicator). */
const SOCIAL_TRENDS: Partial<Record<IndicatorName, SocialTrendMeasure>> = {
  [IndicatorName.SOCIAL_NEED_FULFILMENT_RATE]: 'NEED_FULFILMENT_RATE',
  [IndicatorName.SOCIAL_MEMBER_REPORT_ACTIVATION]: 'MEMBER_REPORT_ACTIVATION',
  [IndicatorName.SOCIAL_UNIT_PARTICIPATION_RATE]: 'UNIT_PARTICIPATION_RATE',
  [IndicatorName.SOCIAL_DORMANT_LINK_SHARE]: 'DORMANT_LINK_SHARE',
  [IndicatorName.SOCIAL_VOLUNTEER_HOURS_PER_RESIDENT]: 'VOLUNTEER_HOURS_PER_RESIDENT',
  [IndicatorName.SOCIAL_VOLUNTEER_HOURS_PER_REPORTING_MEMBER]: 'VOLUNTEER_HOURS_PER_REPORTING_MEMBER',
  [IndicatorName.SOCIAL_MEMBER_HOURS_COMPLIANCE]: 'MEMBER_HOURS_COMPLIANCE',
  [IndicatorName.SOCIAL_NEED_MEAN_DAYS_TO_FULFIL]: 'NEED_MEAN_DAYS_TO_FULFIL',
  [IndicatorName.SOCIAL_NEED_MEAN_DAYS_TO_CLAIM]: 'NEED_MEAN_DAYS_TO_CLAIM',
};

/** The resource figures indicatorTrend follows. */
const RESOURCE_TRENDS: Partial<Record<IndicatorName, ResourceTrendMeasure>> = {
  [IndicatorName.RESOURCE_UTILISATION]: 'UTILISATION',
  [IndicatorName.RESOURCE_IDLE_SHARED_SPACES]: 'IDLE_SHARED_SPACES',
  [IndicatorName.RESOURCE_SERVICE_SPACE_PER_100_HOUSEHOLDS]: 'SERVICE_SPACE_PER_100_HOUSEHOLDS',
  [IndicatorName.RESOURCE_FUNDS_UTILISATION]: 'FUNDS_UTILISATION',
  [IndicatorName.RESOURCE_SHARING_RATE]: 'SHARING_RATE',
};

interface PartyPresence {
  overall: RatioValue;
  byKind: KindRatio[];
}

/** The indicators indicatorTrend evaluates snapshot by snapshot: every one that is not a CASE_, SOCIAL_ or rotation measure. */
function snapshotTrendIndicator(indicator: IndicatorName): SnapshotTrendIndicator {
  switch (indicator) {
    case IndicatorName.PARTY_PRESENCE_COVERAGE:
    case IndicatorName.CROSS_APPOINTMENT_RATE:
    case IndicatorName.ISOLATED_ORGANIZATIONS:
    case IndicatorName.SOCIAL_FORCE_PARTICIPATION:
    case IndicatorName.LARGEST_COMPONENT_SHARE:
      return indicator;
    default:
      throw new Error(`${indicator} is not a snapshot indicator`);
  }
}

async function resolveScope(context: Context, scope: string | null | undefined): Promise<number> {
  if (scope != null) return requireOrganization(context, scope, 'scope');
  if (context.scope.rootId !== null) return context.scope.rootId;
  const districts = await context.services.indicators.districtIds(2);
  if (districts.length !== 1) {
    throw new BadUserInputError(`Argument "scope" is needed: this database holds ${districts.length === 0 ? 'no district' : 'more than one district'}, so there is no default scope.`, { field: 'scope' });
  }
  return districts[0]!;
}

/** How well the grassroots network works: indicators of a scope as of a date, and their trends. */
@Resolver(() => GovernanceIndicators)
export class IndicatorResolver {
  @Query(() => GovernanceIndicators, {
    description:
      "Governance indicators for a scope's subtree as of a date. Each part reads the rows it needs once and is computed in memory: at most five reads (chain, located organizations, links, community posts, grids), one to find the default scope, and one per list of organizations or grids shown, whatever the size of the scope.",
  })
  async governanceIndicators(
    @Ctx() context: Context,
    @Arg('scope', () => ID, { nullable: true, description: 'The organization (id or code) whose subtree to measure; your jurisdiction, or the only district, when omitted.' }) scope?: string | null,
    @Arg('activeAt', () => DateScalar, { nullable: true, description: 'As of this date; today when omitted.' }) activeAt?: string | null,
  ): Promise<GovernanceIndicators> {
    const rootId = await resolveScope(context, scope);
    const date = activeAt ?? today();
    return Object.assign(new GovernanceIndicators(), { rootId, ask: context.services.indicators.snapshot(rootId, date), activeAt: date });
  }

  @Query(() => IndicatorTrend, {
    description:
      'An indicator as of the end of each period from `from` to `to`, computed from the validity periods of the chain, links and posts: reads the same rows as one snapshot, however many periods. The CASE_ indicators are the ratios of the cases of each period instead, in one grouped statement; the SOCIAL_ ones those of the social forces of each period, in one statement; ROTATION_RATE and VACANCY_DAYS the ratios of each whole period, in two statements; the WORKFORCE_ ones those of each whole period, in one statement (two for WORKFORCE_WORKERS_PER_10K_RESIDENTS and WORKFORCE_HOUSEHOLDS_PER_WORKER, with the residents and households); the RESOURCE_ ones those of each whole period, in one statement.',
  })
  async indicatorTrend(
    @Ctx() context: Context,
    @Arg('indicator', () => IndicatorName, { description: 'Which indicator.' }) indicator: IndicatorName,
    @Arg('from', () => DateScalar, { description: 'The first period is the one containing this date.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'The last period is the one containing this date; its point is as of this date.' }) to: string,
    @Arg('interval', () => TrendInterval, { description: 'The length of the periods.' }) interval: TrendInterval,
    @Arg('scope', () => ID, { nullable: true, description: 'The organization (id or code) whose subtree to measure; your jurisdiction, or the only district, when omitted.' }) scope?: string | null,
  ): Promise<IndicatorTrend> {
    if (from > to) throw new BadUserInputError(`Argument "from" (${from}) must not be after "to" (${to}).`, { field: 'from' });
    const dates = periodEnds(from, to, interval, MAX_TREND_POINTS);
    if (dates === null) {
      throw new BadUserInputError(`From ${from} to ${to} by ${interval} makes more than ${MAX_TREND_POINTS} points; choose a longer interval or a shorter span.`, { field: 'interval' });
    }
    const scopeId = await resolveScope(context, scope);
    if (indicator.startsWith('CASE_')) {
      // Service cases: the ratio of the cases of each period, one grouped statement (src/modules/cases/case.indicators.ts).
      const ratios = await context.services.caseIndicators.trend(indicator.slice('CASE_'.length) as CaseTrendMeasure, scopeId, context.scope.rootId, from, to, interval, dates);
      return { indicator, interval, scopeId, points: dates.map((date, index) => ({ date, ...ratios[index]! })) };
    }
    if (indicator === IndicatorName.ROTATION_RATE || indicator === IndicatorName.VACANCY_DAYS) {
      // Rotation and vacancy: the ratio of each whole period, two statements (src/modules/rotation/rotation.sql.ts).
      const periods = dates.map((date) => ({ from: periodStart(date, interval), to: dayAfter(date) }));
      const ratios = await context.services.rotation.trend(indicator, scopeId, periods);
      return { indicator, interval, scopeId, points: dates.map((date, index) => ({ date, ...ratios[index]! })) };
    }
    if (indicator.startsWith('WORKFORCE_')) {
      // The workforce: each whole period's figures, one statement for every period (src/modules/workforce/workforce.indicators.ts).
      const periods = dates.map((date) => ({ from: periodStart(date, interval), to: dayAfter(date) }));
      const ratios = await context.services.workforce.trend(indicator as WorkforceTrendMeasure, scopeId, periods);
      return { indicator, interval, scopeId, points: dates.map((date, index) => ({ date, ...ratios[index]! })) };
    }
    const resourceMeasure = RESOURCE_TRENDS[indicator];
    if (resourceMeasure) {
      // Resources: each whole period's figure, one statement for every period (src/modules/resources/resource.indicators.ts).
      const periods = dates.map((date) => ({ from: periodStart(date, interval), to: dayAfter(date) }));
      const figures = await context.services.resources.trend(resourceMeasure, scopeId, periods);
      return { indicator, interval, scopeId, points: dates.map((date, index) => ({ date, ...figures[index]! })) };
    }
    const socialMeasure = SOCIAL_TRENDS[indicator];
    if (socialMeasure) {
      // Social forces: the ratio of each period over the whole scope, one statement for every period (src/modules/social/social.indicators.ts).
      const ratios = await context.services.social.trend(socialMeasure, scopeId, interval, dates);
      return { indicator, interval, scopeId, points: dates.map((date, index) => ({ date, ...ratios[index]! })) };
    }
    const ratios = await context.services.indicators.trend(scopeId, snapshotTrendIndicator(indicator), dates);
    const points: TrendPoint[] = dates.map((date, index) => ({ date, ...ratios[index]! }));
    return { indicator, interval, scopeId, points };
  }

  @FieldResolver(() => Organization, { description: 'The organization whose subtree the indicators are for.' })
  async scope(@Root() indicators: GovernanceIndicators, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, indicators.rootId);
  }

  @FieldResolver(() => Int, { description: 'Organizations in the subtree of the scope on the date, the scope included.' })
  async organizations(@Root() indicators: GovernanceIndicators): Promise<number> {
    return indicators.ask<number>({ kind: 'organizations' });
  }

  @FieldResolver(() => Ratio, {
    description: 'Enterprises and social organisations located in the scope (locatedIn) and operating on the date, with a PARTY_PRESENCE link in force ÷ all of them ("Party organisation coverage").',
  })
  async partyPresenceCoverage(@Root() indicators: GovernanceIndicators): Promise<Ratio> {
    return (await indicators.ask<PartyPresence>({ kind: 'partyPresence' })).overall;
  }

  @FieldResolver(() => [KindRatio], { description: 'partyPresenceCoverage for ENTERPRISE and SOCIAL_ORGANIZATION separately.' })
  async partyPresenceCoverageByKind(@Root() indicators: GovernanceIndicators): Promise<KindRatio[]> {
    return (await indicators.ask<PartyPresence>({ kind: 'partyPresence' })).byKind;
  }

  @FieldResolver(() => Ratio, {
    description: "Community Party committees of the scope where at least one person also holds a post on the residents' committee under them on the date ÷ all community Party committees of the scope.",
  })
  crossAppointmentRate(@Root() indicators: GovernanceIndicators): Promise<Ratio> {
    return indicators.ask({ kind: 'crossAppointmentRate' });
  }

  @FieldResolver(() => Ratio, {
    description: "Grids of the scope's communities that integrate Party-building, social governance and social relief ÷ all their grids. Grids keep no history: their current functions answer for every date.",
  })
  gridFunctionIntegration(@Root() indicators: GovernanceIndicators): Promise<Ratio> {
    return indicators.ask({ kind: 'gridFunctionIntegration' });
  }

  @FieldResolver(() => [SpanOfControl], { description: 'Children per organization, for each kind of the scope that can have children in the chain.' })
  spanOfControl(@Root() indicators: GovernanceIndicators): Promise<SpanOfControl[]> {
    return indicators.ask({ kind: 'spanOfControl' });
  }

  @FieldResolver(() => ManagementLoad, { description: 'Households per grid worker and residents per community worker.' })
  managementLoad(
    @Root() indicators: GovernanceIndicators,
    @Arg('heaviest', () => Int, { nullable: true, defaultValue: 10, description: `How many of the heaviest grids to list, 0 to ${MAX_LISTED}; default 10.` }) heaviest?: number | null,
  ): Promise<ManagementLoad> {
    return indicators.ask({ kind: 'managementLoad', heaviest: checkRange(heaviest ?? 10, 0, MAX_LISTED, 'heaviest') });
  }

  @FieldResolver(() => SocialForceParticipation, { description: 'Organizations of the government, market and social sectors outside the subtree with at least one link in force into it, by kind.' })
  socialForceParticipation(@Root() indicators: GovernanceIndicators): Promise<SocialForceParticipation> {
    return indicators.ask({ kind: 'socialForceParticipation' });
  }

  @FieldResolver(() => IsolatedOrganizationConnection, { description: 'Organizations of the scope without a horizontal link in force on the date, by code; totalCount is how many.' })
  async isolatedOrganizations(
    @Root() indicators: GovernanceIndicators,
    @Ctx() context: Context,
    @Arg('kinds', () => [OrganizationKind], { nullable: true, description: 'Only these kinds.' }) kinds?: OrganizationKind[] | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0 to 500; default 50.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after?: string | null,
  ): Promise<ConnectionShape<Organization>> {
    const window = pageWindow('isolatedOrganizations', { first, after });
    // By code already (answerQuestion), so that a page is the same wherever it was computed.
    const isolated = await indicators.ask<{ id: number; code: string }[]>({ kind: 'isolated', kinds: kinds ?? null });
    const rows = await organizationsOf(
      context,
      isolated.slice(window.offset, window.offset + window.limit).map((organization) => organization.id),
    );
    return toConnection(window, { rows, offset: window.offset, totalCount: isolated.length });
  }

  @FieldResolver(() => CollaborationStructure, {
    description: "The scope's collaboration graph on the date (links in force with an end in the subtree): its connected components and its brokers by betweenness centrality.",
  })
  async collaboration(
    @Root() indicators: GovernanceIndicators,
    @Arg('brokers', () => Int, { nullable: true, defaultValue: 10, description: `How many brokers to list, 0 to ${MAX_LISTED}; default 10.` }) brokers?: number | null,
  ): Promise<CollaborationStructure> {
    return indicators.ask({ kind: 'collaboration', brokers: checkRange(brokers ?? 10, 0, MAX_LISTED, 'brokers') });
  }
}

@Resolver(() => GridLoad)
export class GridLoadResolver {
  @FieldResolver(() => Grid, { description: 'The grid.' })
  async grid(@Root() load: GridLoad, @Ctx() context: Context): Promise<Grid> {
    const grid = await context.loaders.grids.byId.load(load.gridId);
    if (!grid) throw new Error(`grid ${load.gridId} of an indicator is gone`);
    return grid;
  }
}

@Resolver(() => Broker)
export class BrokerResolver {
  @FieldResolver(() => Organization, { description: 'The organization; outside your scope only its id, code, name and kind.' })
  async organization(@Root() broker: Broker, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, broker.organizationId);
  }
}

@Resolver(() => IndicatorTrend)
export class IndicatorTrendResolver {
  @FieldResolver(() => Organization, { description: 'The organization whose subtree it is for.' })
  async scope(@Root() trend: IndicatorTrend, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, trend.scopeId);
  }
}
