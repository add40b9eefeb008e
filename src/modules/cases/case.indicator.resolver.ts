import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { asks } from '../../schema/selection.js';
import { visible } from '../../auth/scope.js';
import { BadUserInputError } from '../../errors/index.js';
import { checkRange, organizationOf, requireOrganization } from '../../graph/arguments.js';
import { parseGlobalId } from '../../lib/global-id.js';
import { DateScalar } from '../../schema/scalars/date.js';
import type { Context } from '../contract.js';
import { Grid } from '../grids/grid.entity.js';
import { GridNode } from '../grids/grid.node.js';
import { Ratio } from '../indicators/indicator.types.js';
import { ratio, type RatioValue } from '../indicators/indicators.js';
import { Organization } from '../organizations/organization.entity.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { CaseAggregate, caseAggregate, CaseGroupBy, CaseGroupKey } from './case.aggregate.js';
import {
  CaseBreachStage,
  CaseIndicatorGroup,
  CaseIndicatorGroupBy,
  CaseIndicatorRanking,
  CaseIndicatorReport,
  CaseIndicators,
  CaseReturnPath,
  CaseSlaBreaches,
  CaseSummonedUnit,
  CaseSummonedUnitRanking,
  DurationStats,
} from './case.indicator.types.js';
import { DURATION_MEASURES, NO_DURATIONS, type CaseCounts, type DurationMeasure, type GroupDurations } from './case.indicators.js';
import { ServiceCaseFilterInput } from './case.inputs.js';
import { CaseChannel, CaseUrgency } from './case.kinds.js';
import { CaseStatus } from './case.transitions.js';
import { ServiceCategory } from './service-category.entity.js';

/**
 * Longer periods of a district are read straight through the indicators index; see `wide`. Measured at scale 1
 * on SQLite, CPU: a year straight (counts 0.22 against 0.36–0.39 s through the dates' indexes, durations 0.40
 * either way), a month through the dates' indexes (counts 0.05 against 0.055–0.06 s straight, the others alike).
 * Between the two, not measured.
 */
const WIDE_PERIOD_DAYS = 92;

const MAX_RETURN_PATHS = 50;

function optionalId(id: string | null | undefined, type: string, field: string): number | null {
  return id == null ? null : parseGlobalId(id, type, field);
}

function rankValue(group: CaseIndicatorGroup, rankBy: CaseIndicatorRanking): number | null {
  switch (rankBy) {
    case CaseIndicatorRanking.RESPONSE_RATE:
      return group.responseRate.value;
    case CaseIndicatorRanking.RESOLUTION_RATE:
      return group.resolutionRate.value;
    case CaseIndicatorRanking.SATISFACTION_RATE:
      return group.satisfactionRate.value;
    case CaseIndicatorRanking.ON_TIME_CLOSURE_RATE:
      return group.onTimeClosureRate.value;
    case CaseIndicatorRanking.CASES_PER_1000_RESIDENTS:
      return group.casesPer1000Residents;
  }
}

/** A group of the answer, its count-based figures computed from the counts statement. */
function toGroup(report: CaseIndicatorReport, counts: CaseCounts, groupBy: CaseIndicatorGroupBy, minSample: number, countBasically: boolean): CaseIndicatorGroup {
  const satisfied = counts.satisfied + (countBasically ? counts.basically : 0);
  return Object.assign(new CaseIndicatorGroup(), {
    report,
    counts,
    countBasically,
    groupBy,
    channel: groupBy === CaseIndicatorGroupBy.CHANNEL ? (counts.key as CaseChannel | null) : null,
    urgency: groupBy === CaseIndicatorGroupBy.URGENCY ? (counts.key as CaseUrgency | null) : null,
    cases: counts.cases,
    belowMinimumSample: counts.cases < minSample,
    rank: null,
    responseRate: ratio(counts.responded, counts.dispatched),
    resolutionRate: ratio(counts.resolved, counts.answered),
    handlerResolutionRate: ratio(counts.claimedResolved, counts.claimed),
    satisfactionRate: ratio(satisfied, counts.satisfiedAnswers),
    callbackRate: ratio(counts.revisited, counts.replied),
    onTimeClosureRate: ratio(counts.closedOnTime, counts.due),
    reopenRate: ratio(counts.reopened, counts.everClosed),
    escalationRate: ratio(counts.whistled, counts.cases),
    population: counts.population,
    casesPer1000Residents: counts.population ? (counts.cases * 1000) / counts.population : null,
  });
}

/** Ranks the groups with at least minSample cases and a value, highest first, ties sharing a place; orders the answer. */
function rank(groups: CaseIndicatorGroup[], rankBy: CaseIndicatorRanking): CaseIndicatorGroup[] {
  const ranked = groups.filter((group) => !group.belowMinimumSample && rankValue(group, rankBy) !== null).sort((a, b) => rankValue(b, rankBy)! - rankValue(a, rankBy)! || b.cases - a.cases);
  ranked.forEach((group, index) => {
    const previous = ranked[index - 1];
    group.rank = previous && rankValue(previous, rankBy) === rankValue(group, rankBy) ? previous.rank : index + 1;
  });
  const others = groups.filter((group) => group.rank === null).sort((a, b) => b.cases - a.cases || String(a.counts.key).localeCompare(String(b.counts.key)));
  return [...ranked, ...others];
}

/** A unit's value by rankBy, oriented so that higher is better; null when it has none. */
function unitValue(unit: CaseSummonedUnit, rankBy: CaseSummonedUnitRanking): number | null {
  switch (rankBy) {
    case CaseSummonedUnitRanking.MEDIAN_REPORT_MINUTES:
      return unit.unitReportMinutes.median === null ? null : -unit.unitReportMinutes.median;
    case CaseSummonedUnitRanking.ON_TIME_RATE:
      return unit.unitReportOnTime.value;
  }
}

/** Ranks the units with at least minSummons summons and a value, the best first, ties sharing a place; orders the answer as `rank` does the groups. */
function rankUnits(units: CaseSummonedUnit[], rankBy: CaseSummonedUnitRanking): CaseSummonedUnit[] {
  const ranked = units.filter((unit) => !unit.belowMinimumSample && unitValue(unit, rankBy) !== null).sort((a, b) => unitValue(b, rankBy)! - unitValue(a, rankBy)! || b.summons - a.summons || a.unitId - b.unitId);
  ranked.forEach((unit, index) => {
    const previous = ranked[index - 1];
    unit.rank = previous && unitValue(previous, rankBy) === unitValue(unit, rankBy) ? previous.rank : index + 1;
  });
  const others = units.filter((unit) => unit.rank === null).sort((a, b) => b.summons - a.summons || a.unitId - b.unitId);
  return [...ranked, ...others];
}

/**
 * Starts the statements the query will ask of the groups (durations, returns, breach stages), to run beside
 * the counts rather than after them: each goes to a connection of its own (the analytics connections on
 * SQLite, the pool on PostgreSQL), so the answer takes the longest statement rather than their sum. The
 * groups are answered once all are in, so that what the groups then load comes in the same batches
 * whatever statement finished first; their field resolvers read the same promises.
 */
function startAsked(report: CaseIndicatorReport, info: GraphQLResolveInfo): Promise<unknown>[] {
  const started: Promise<unknown>[] = [];
  for (const measure of DURATION_MEASURES) if (asks(info, ['groups', measure])) started.push(report.durations(measure));
  if (asks(info, ['groups', 'returnRate']) || asks(info, ['groups', 'returnPaths'])) started.push(report.returns());
  if (asks(info, ['groups', 'slaBreaches', 'stages'])) started.push(report.breachStages());
  if (asks(info, ['summonedUnits'])) started.push(report.summonedUnits());
  return started;
}

/** The case indicators (operations.md §4.2) and the counting of cases. */
@Resolver(() => CaseIndicators)
export class CaseIndicatorResolver {
  @Query(() => CaseIndicators, {
    description:
      'Indicators of the service cases of a subtree over a period, per group: the three rates and the rest (README, "Service cases"). A constant number of statements whatever the number of cases: one for the counts and the population, and one more for each of the durations and summons (only the measures asked for), the returns, and the stages of the breaches, when asked for.',
  })
  async caseIndicators(
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('scope', () => ID, { description: 'The organization (id or code) whose subtree to measure: the cases whose community lies in it. Within your jurisdiction.' }) scope: string,
    @Arg('from', () => DateScalar, { description: 'The first day of the period (cases received from this day, UTC).' }) from: string,
    @Arg('to', () => DateScalar, { description: 'The day after the period: cases received before this day (UTC).' }) to: string,
    @Arg('groupBy', () => CaseIndicatorGroupBy, { description: 'What to compute the indicators per.' }) groupBy: CaseIndicatorGroupBy,
    @Arg('minSample', () => Int, { defaultValue: 30, description: 'Groups with fewer cases are flagged (belowMinimumSample) and not ranked; default 30.' }) minSample: number,
    @Arg('rankBy', () => CaseIndicatorRanking, { defaultValue: CaseIndicatorRanking.SATISFACTION_RATE, description: 'What to rank the groups by; satisfactionRate by default.' }) rankBy: CaseIndicatorRanking,
    @Arg('countBasically', () => Boolean, { defaultValue: false, description: 'Whether BASICALLY satisfied counts as satisfied in satisfactionRate (and its ranking); false by default.' }) countBasically: boolean,
    @Arg('topReturnPaths', () => Int, { defaultValue: 5, description: `How many return paths each group lists, 0 to ${MAX_RETURN_PATHS}; default 5.` }) topReturnPaths: number,
  ): Promise<CaseIndicators> {
    if (from >= to) throw new BadUserInputError(`Argument "from" (${from}) must be before "to" (${to}).`, { field: 'from' });
    checkRange(minSample, 0, 1_000_000, 'minSample');
    checkRange(topReturnPaths, 0, MAX_RETURN_PATHS, 'topReturnPaths');
    const scopeId = await requireOrganization(context, scope, 'scope');
    const service = context.services.caseIndicators;
    // A district's cases over more than a quarter: read straight through (CaseIndicatorQuery.wide). A shorter
    // period's cases come by their received and due dates through the indexes.
    const district = (await organizationOf(context, scopeId)).kind === OrganizationKind.DISTRICT_PARTY_COMMITTEE;
    const long = Date.parse(to) - Date.parse(from) > WIDE_PERIOD_DAYS * 86_400_000;
    const query = { scopeId, jurisdictionId: context.scope.rootId, from, to, grouping: groupBy, now: new Date().toISOString(), wide: district && long, byDates: district && !long };
    const report = new CaseIndicatorReport(service, query, topReturnPaths);
    // The groups' counts only when the groups are asked for (a panel of summoned units alone does without them).
    const [counts] = await Promise.all([asks(info, ['groups']) ? service.counts(query) : [], ...startAsked(report, info)]);
    const groups = counts.filter((group) => group.cases > 0 || group.due > 0).map((group) => toGroup(report, group, groupBy, minSample, countBasically));
    return { scopeId, report, from, to, groupBy, rankBy, minSample, groups: rank(groups, rankBy) };
  }

  @FieldResolver(() => Organization, { description: 'The organization whose subtree was measured.' })
  scope(@Root() indicators: CaseIndicators, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, indicators.scopeId);
  }

  @FieldResolver(() => [CaseSummonedUnit], { description: 'The units summoned by the whistles on the cases of the scope received in the period, whatever the groups, ranked by rankBy: ranked units by rank, then the others, most summons first. One statement.' })
  async summonedUnits(
    @Root() indicators: CaseIndicators,
    @Arg('minSummons', () => Int, { defaultValue: 10, description: 'Units with fewer summons are flagged (belowMinimumSample) and not ranked; default 10.' }) minSummons: number,
    @Arg('rankBy', () => CaseSummonedUnitRanking, { defaultValue: CaseSummonedUnitRanking.MEDIAN_REPORT_MINUTES, description: 'What to rank the units by; the median minutes to report (fastest first) by default.' }) rankBy: CaseSummonedUnitRanking,
  ): Promise<CaseSummonedUnit[]> {
    checkRange(minSummons, 0, 1_000_000, 'minSummons');
    const units = (await indicators.report.summonedUnits()).map((unit) => Object.assign(new CaseSummonedUnit(), unit, { belowMinimumSample: unit.summons < minSummons, rank: null }));
    return rankUnits(units, rankBy);
  }

  @Query(() => CaseAggregate, { description: 'Service cases matching a filter (the same as serviceCases), counted by the chosen dimensions: one statement, within your jurisdiction.' })
  async caseAggregate(
    @Ctx() context: Context,
    @Arg('groupBy', () => [CaseGroupBy], { description: 'The dimensions to group by; none gives one group of everything.' }) groupBy: CaseGroupBy[],
    @Arg('filter', () => ServiceCaseFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: ServiceCaseFilterInput | null,
  ): Promise<CaseAggregate> {
    const definition = caseAggregate(context.services.caseIndicators.dialect, new Date().toISOString());
    const result = await context.services.aggregates.count(definition, groupBy, {
      statuses: filter?.statuses,
      categoryIds: filter?.categories?.map((id, index) => parseGlobalId(id, 'ServiceCategory', `filter.categories.${index}`)),
      channels: filter?.channels,
      urgencies: filter?.urgencies,
      underId: optionalId(filter?.under, 'Organization', 'filter.under'),
      gridId: optionalId(filter?.grid, 'Grid', 'filter.grid'),
      handlerId: optionalId(filter?.handler, 'Organization', 'filter.handler'),
      receivedFrom: filter?.receivedFrom,
      receivedTo: filter?.receivedTo,
      overdue: filter?.overdue,
      whistled: filter?.whistled,
      scopeRootId: context.scope.rootId,
    });
    const id = (value: unknown) => (value == null ? null : Number(value));
    return {
      totalCount: result.totalCount,
      groups: result.groups.map(({ values, count }) => ({
        count,
        key: Object.assign(new CaseGroupKey(), {
          categoryId: id(values.CATEGORY),
          gridId: id(values.GRID),
          communityId: id(values.COMMUNITY),
          status: (values.STATUS as CaseStatus) ?? null,
          channel: (values.CHANNEL as CaseChannel) ?? null,
          urgency: (values.URGENCY as CaseUrgency) ?? null,
          month: values.MONTH == null ? null : String(values.MONTH),
          week: values.WEEK == null ? null : String(values.WEEK),
        }),
      })),
    };
  }
}

@Resolver(() => CaseGroupKey)
export class CaseGroupKeyResolver {
  @FieldResolver(() => ServiceCategory, { nullable: true, description: 'The category, when grouping by CATEGORY.' })
  category(@Root() key: CaseGroupKey, @Ctx() context: Context): Promise<ServiceCategory | null> {
    return key.categoryId === null ? Promise.resolve(null) : context.loaders.cases.categoryById.load(key.categoryId);
  }

  @FieldResolver(() => Grid, { nullable: true, description: 'The grid, when grouping by GRID (null for cases without one, or outside your jurisdiction).' })
  async grid(@Root() key: CaseGroupKey, @Ctx() context: Context): Promise<Grid | null> {
    return key.gridId === null ? null : visible(context, GridNode, await context.loaders.grids.byId.load(key.gridId));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The community, when grouping by COMMUNITY.' })
  async community(@Root() key: CaseGroupKey, @Ctx() context: Context): Promise<Organization | null> {
    return key.communityId === null ? null : organizationOf(context, key.communityId);
  }
}

async function durationsOf(group: CaseIndicatorGroup, measure: DurationMeasure): Promise<GroupDurations | undefined> {
  return (await group.report.durations(measure)).get(group.counts.key);
}

@Resolver(() => CaseIndicatorGroup)
export class CaseIndicatorGroupResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'COMMUNITY, SUBDISTRICT or HANDLER: the organization (outside your scope, only its id, code, name and kind).' })
  async organization(@Root() group: CaseIndicatorGroup, @Ctx() context: Context): Promise<Organization | null> {
    const byOrganization = [CaseIndicatorGroupBy.COMMUNITY, CaseIndicatorGroupBy.SUBDISTRICT, CaseIndicatorGroupBy.HANDLER];
    return byOrganization.includes(group.groupBy) && group.counts.key !== null ? organizationOf(context, Number(group.counts.key)) : null;
  }

  @FieldResolver(() => Grid, { nullable: true, description: 'GRID: the grid; null for the cases without one.' })
  async grid(@Root() group: CaseIndicatorGroup, @Ctx() context: Context): Promise<Grid | null> {
    if (group.groupBy !== CaseIndicatorGroupBy.GRID || group.counts.key === null) return null;
    return visible(context, GridNode, await context.loaders.grids.byId.load(Number(group.counts.key)));
  }

  @FieldResolver(() => ServiceCategory, { nullable: true, description: 'CATEGORY: the category.' })
  async category(@Root() group: CaseIndicatorGroup, @Ctx() context: Context): Promise<ServiceCategory | null> {
    if (group.groupBy !== CaseIndicatorGroupBy.CATEGORY || group.counts.key === null) return null;
    return context.loaders.cases.categoryById.load(Number(group.counts.key));
  }

  @FieldResolver(() => DurationStats, { description: 'Hours from receipt to the first contact with the resident (the response), of the cases received in the period that had one.' })
  async timeToFirstResponse(@Root() group: CaseIndicatorGroup): Promise<DurationStats> {
    return (await durationsOf(group, 'timeToFirstResponse'))?.timeToFirstResponse ?? NO_DURATIONS;
  }

  @FieldResolver(() => DurationStats, { description: 'Hours from receipt to the last reply, of the cases received in the period that were replied to.' })
  async timeToReply(@Root() group: CaseIndicatorGroup): Promise<DurationStats> {
    return (await durationsOf(group, 'timeToReply'))?.timeToReply ?? NO_DURATIONS;
  }

  @FieldResolver(() => DurationStats, { description: 'Hours from receipt to the closure, of the cases received in the period that are closed.' })
  async timeToClose(@Root() group: CaseIndicatorGroup): Promise<DurationStats> {
    return (await durationsOf(group, 'timeToClose'))?.timeToClose ?? NO_DURATIONS;
  }

  @FieldResolver(() => DurationStats, { description: 'Not hours: dispatches and transfers (hops) per dispatched case received in the period; 1 when no unit returned it or passed it on.' })
  async hopStats(@Root() group: CaseIndicatorGroup): Promise<DurationStats> {
    return (await durationsOf(group, 'hopStats'))?.hopStats ?? NO_DURATIONS;
  }

  @FieldResolver(() => DurationStats, { description: 'In MINUTES: from the whistle to the report of each summoned unit that reported (one value per summons), over the whistles on the cases received in the period.' })
  async unitReportMinutes(@Root() group: CaseIndicatorGroup): Promise<DurationStats> {
    return (await durationsOf(group, 'unitReportMinutes'))?.unitReportMinutes ?? NO_DURATIONS;
  }

  @FieldResolver(() => Ratio, { description: "unitReportOnTime: summons reported by their whistle's reportBy ÷ summons, over the whistles on the cases received in the period." })
  async unitReportOnTime(@Root() group: CaseIndicatorGroup): Promise<RatioValue> {
    return (await durationsOf(group, 'unitReportOnTime'))?.unitReportOnTime ?? ratio(0, 0);
  }

  @FieldResolver(() => Ratio, { description: 'returnRate (退单率): RETURN events ÷ DISPATCH events, of the cases received in the period.' })
  async returnRate(@Root() group: CaseIndicatorGroup): Promise<RatioValue> {
    return (await group.report.returns()).get(group.counts.key)?.returnRate ?? ratio(0, 0);
  }

  @FieldResolver(() => [CaseReturnPath], { description: 'The most frequent return paths of the group (topReturnPaths of them), most returns first.' })
  async returnPaths(@Root() group: CaseIndicatorGroup): Promise<CaseReturnPath[]> {
    const paths = (await group.report.returns()).get(group.counts.key)?.paths ?? [];
    return paths.map((path) => Object.assign(new CaseReturnPath(), path));
  }

  @FieldResolver(() => CaseSlaBreaches, { description: 'Cases received in the period and closed after their dueAt, or not closed and past it (REJECTED, MERGED and WITHDRAWN left out).' })
  slaBreaches(@Root() group: CaseIndicatorGroup): CaseSlaBreaches {
    return Object.assign(new CaseSlaBreaches(), { report: group.report, key: group.counts.key, count: group.counts.breaches });
  }
}

@Resolver(() => CaseSlaBreaches)
export class CaseSlaBreachesResolver {
  @FieldResolver(() => [CaseBreachStage], { description: 'Where the time went: the breached cases by the status of their longest wait, most cases first.' })
  async stages(@Root() breaches: CaseSlaBreaches): Promise<CaseBreachStage[]> {
    return (await breaches.report.breachStages()).get(breaches.key) ?? [];
  }
}

@Resolver(() => CaseSummonedUnit)
export class CaseSummonedUnitResolver {
  @FieldResolver(() => Organization, { description: 'The unit (outside your scope, only its id, code, name and kind).' })
  organization(@Root() unit: CaseSummonedUnit, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, unit.unitId);
  }
}

@Resolver(() => CaseReturnPath)
export class CaseReturnPathResolver {
  @FieldResolver(() => Organization, { description: 'The unit that returned them.' })
  from(@Root() path: CaseReturnPath, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, path.fromId);
  }

  @FieldResolver(() => Organization, { description: 'The unit they went back to.' })
  to(@Root() path: CaseReturnPath, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, path.toId);
  }
}
