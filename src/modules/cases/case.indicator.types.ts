import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../schema/scalars/date.js';
import { Grid } from '../grids/grid.entity.js';
import { Ratio } from '../indicators/indicator.types.js';
import { Organization } from '../organizations/organization.entity.js';
import DataLoader from 'dataloader';
import type { BreachStageValue, CaseCounts, CaseIndicatorQuery, CaseIndicatorService, DurationMeasure, GroupDurations, GroupReturns, SummonedUnitValue } from './case.indicators.js';
import { CaseChannel, CaseUrgency } from './case.kinds.js';
import { CaseStatus } from './case.transitions.js';
import { ServiceCategory } from './service-category.entity.js';

export enum CaseIndicatorGroupBy {
  GRID = 'GRID',
  COMMUNITY = 'COMMUNITY',
  SUBDISTRICT = 'SUBDISTRICT',
  CATEGORY = 'CATEGORY',
  HANDLER = 'HANDLER',
  CHANNEL = 'CHANNEL',
  URGENCY = 'URGENCY',
}

registerEnumType(CaseIndicatorGroupBy, {
  name: 'CaseIndicatorGroupBy',
  description: 'What the case indicators are computed per.',
  valuesConfig: {
    GRID: { description: "The case's grid (cases without one form a group of their own)." },
    COMMUNITY: { description: "The case's community." },
    SUBDISTRICT: { description: "The subdistrict above the case's community." },
    CATEGORY: { description: "The case's category." },
    HANDLER: { description: 'The organization handling the case now.' },
    CHANNEL: { description: 'How the request came in.' },
    URGENCY: { description: 'The urgency tier.' },
  },
});

export enum CaseIndicatorRanking {
  RESPONSE_RATE = 'RESPONSE_RATE',
  RESOLUTION_RATE = 'RESOLUTION_RATE',
  SATISFACTION_RATE = 'SATISFACTION_RATE',
  ON_TIME_CLOSURE_RATE = 'ON_TIME_CLOSURE_RATE',
  CASES_PER_1000_RESIDENTS = 'CASES_PER_1000_RESIDENTS',
}

registerEnumType(CaseIndicatorRanking, {
  name: 'CaseIndicatorRanking',
  description: 'What the groups are ranked by: highest first. Groups below the minimum sample, and groups whose value is null, are not ranked.',
  valuesConfig: {
    RESPONSE_RATE: { description: 'responseRate.' },
    RESOLUTION_RATE: { description: 'resolutionRate (resident-judged).' },
    SATISFACTION_RATE: { description: 'satisfactionRate (with BASICALLY when countBasically is true).' },
    ON_TIME_CLOSURE_RATE: { description: 'onTimeClosureRate.' },
    CASES_PER_1000_RESIDENTS: { description: 'casesPer1000Residents: the hotspots first.' },
  },
});

export enum CaseSummonedUnitRanking {
  MEDIAN_REPORT_MINUTES = 'MEDIAN_REPORT_MINUTES',
  ON_TIME_RATE = 'ON_TIME_RATE',
}

registerEnumType(CaseSummonedUnitRanking, {
  name: 'CaseSummonedUnitRanking',
  description: 'What the summoned units are ranked by. Units below the minimum number of summons, and units without a value, are not ranked.',
  valuesConfig: {
    MEDIAN_REPORT_MINUTES: { description: 'unitReportMinutes.median: the fastest first.' },
    ON_TIME_RATE: { description: 'unitReportOnTime: the highest share reported by reportBy first.' },
  },
});

@ObjectType('DurationStats', { simpleResolvers: true, description: 'The spread of a duration over cases (or summons): in hours unless the field says otherwise. Median and p90 interpolate linearly between the two nearest values (percentile_cont).' })
export class DurationStats {
  @Field(() => Int, { description: 'How many durations.' })
  count!: number;

  @Field(() => Float, { nullable: true, description: 'Their mean; null when count is 0.' })
  mean!: number | null;

  @Field(() => Float, { nullable: true, description: 'Their median; null when count is 0.' })
  median!: number | null;

  @Field(() => Float, { nullable: true, description: 'Their 90th percentile; null when count is 0.' })
  p90!: number | null;
}

@ObjectType('CaseReturnPath', { simpleResolvers: true, description: 'A return path (退单): the unit that sent cases back, and the unit they went back to.' })
export class CaseReturnPath {
  fromId!: number;
  toId!: number;

  @Field(() => Organization, { description: 'The unit that returned them (the handler that said "not ours").' })
  from?: Organization;

  @Field(() => Organization, { description: 'The unit they went back to (the dispatcher).' })
  to?: Organization;

  @Field(() => Int, { description: 'RETURN events along this path.' })
  returns!: number;
}

@ObjectType('CaseBreachStage', { simpleResolvers: true, description: 'Breached cases whose longest wait was in one status.' })
export class CaseBreachStage {
  @Field(() => CaseStatus, { description: 'The status the case sat in during its longest gap between two consecutive events (for a case still open, its last event to now counts as a gap).' })
  stage!: CaseStatus;

  @Field(() => Int, { description: 'Breached cases whose longest gap was in this status.' })
  cases!: number;

  @Field(() => Float, { description: 'The hours those longest gaps add up to.' })
  hours!: number;
}

@ObjectType('CaseSlaBreaches', { simpleResolvers: true, description: 'Cases received in the period and closed after their dueAt, or still not closed past it (side exits left out), with where their time went.' })
export class CaseSlaBreaches {
  report!: CaseIndicatorReport;
  key!: string | null;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType('CaseSummonedUnit', { simpleResolvers: true, description: "A unit summoned by the whistles on the cases (吹哨报到, the departments report): how fast it reported, over caseIndicators' scope and period." })
export class CaseSummonedUnit {
  unitId!: number;

  @Field(() => Organization, { description: 'The unit (outside your scope, only its id, code, name and kind).' })
  organization?: Organization;

  @Field(() => Int, { description: 'Its summons by the whistles on the cases of the scope received in the period (a summons once, however many of those cases its whistle covers).' })
  summons!: number;

  @Field(() => DurationStats, { description: 'In MINUTES: from the whistle to its report, one value per summons it reported on.' })
  unitReportMinutes!: DurationStats;

  @Field(() => Ratio, { description: "Its summons reported by their whistle's reportBy ÷ its summons." })
  unitReportOnTime!: Ratio;

  @Field(() => Boolean, { description: 'True when it has fewer summons than minSummons: its figures are shown but it is not ranked.' })
  belowMinimumSample!: boolean;

  @Field(() => Int, { nullable: true, description: 'Its place by rankBy among the units with at least minSummons summons and a value (1 the best; ties share a place); null otherwise.' })
  rank!: number | null;
}

/**
 * The statements of one caseIndicators answer, each run once on first use and shared by every group
 * (so a field asked of every group costs one statement, not one per group). The durations are batched
 * like a DataLoader's keys: every measure asked of any group in the same tick goes into one statement,
 * and the measures nobody asked for are not computed.
 */
export class CaseIndicatorReport {
  private readonly durationsRead: DataLoader<DurationMeasure, Map<string | null, GroupDurations>>;
  private returnsRead?: Promise<Map<string | null, GroupReturns>>;
  private breachesRead?: Promise<Map<string | null, BreachStageValue[]>>;
  private unitsRead?: Promise<SummonedUnitValue[]>;

  constructor(
    private readonly service: CaseIndicatorService,
    readonly query: CaseIndicatorQuery,
    readonly topReturnPaths: number,
  ) {
    this.durationsRead = new DataLoader(async (measures) => {
      const groups = await this.service.durations(this.query, measures);
      return measures.map(() => groups);
    });
  }

  /** The groups' durations with `measure` computed (others perhaps not). */
  durations(measure: DurationMeasure): Promise<Map<string | null, GroupDurations>> {
    return this.durationsRead.load(measure);
  }

  returns(): Promise<Map<string | null, GroupReturns>> {
    return (this.returnsRead ??= this.service.returns(this.query, this.topReturnPaths));
  }

  breachStages(): Promise<Map<string | null, BreachStageValue[]>> {
    return (this.breachesRead ??= this.service.breachStages(this.query));
  }

  summonedUnits(): Promise<SummonedUnitValue[]> {
    return (this.unitsRead ??= this.service.summonedUnits(this.query));
  }
}

@ObjectType('CaseIndicatorGroup', { simpleResolvers: true, description: 'The case indicators of one group. The period is receivedAt in [from, to), except for onTimeClosureRate (dueAt in it). Every share is numerator ÷ denominator; see the README, "Service cases", for each definition.' })
export class CaseIndicatorGroup {
  report!: CaseIndicatorReport;
  counts!: CaseCounts;
  countBasically!: boolean;
  groupBy!: CaseIndicatorGroupBy;

  @Field(() => Organization, { nullable: true, description: 'COMMUNITY, SUBDISTRICT or HANDLER: the organization (outside your scope, only its id, code, name and kind).' })
  organization?: Organization | null;

  @Field(() => Grid, { nullable: true, description: 'GRID: the grid; null for the cases without one.' })
  grid?: Grid | null;

  @Field(() => ServiceCategory, { nullable: true, description: 'CATEGORY: the category.' })
  category?: ServiceCategory | null;

  @Field(() => CaseChannel, { nullable: true, description: 'CHANNEL: the channel.' })
  channel!: CaseChannel | null;

  @Field(() => CaseUrgency, { nullable: true, description: 'URGENCY: the tier.' })
  urgency!: CaseUrgency | null;

  @Field(() => Int, { description: 'Cases received in the period.' })
  cases!: number;

  @Field(() => Boolean, { description: 'True when the group has fewer cases than minSample: its figures are shown but it is not ranked.' })
  belowMinimumSample!: boolean;

  @Field(() => Int, { nullable: true, description: 'Its place by rankBy among the groups that have at least minSample cases and a value (1 the highest; ties share a place); null otherwise.' })
  rank!: number | null;

  @Field(() => Ratio, { description: 'responseRate (响应率): dispatched cases signed and contacted within the response limit of their category and urgency (from receipt) ÷ dispatched cases, WITHDRAWN and MERGED left out.' })
  responseRate!: Ratio;

  @Field(() => Ratio, { description: 'resolutionRate (解决率), resident-judged: cases whose last revisit answered resolved YES ÷ revisited cases with an answer.' })
  resolutionRate!: Ratio;

  @Field(() => Ratio, { description: "handlerResolutionRate: cases whose handler's last reply claimed YES ÷ replied cases with a claim (beside resolutionRate, to show the gap)." })
  handlerResolutionRate!: Ratio;

  @Field(() => Ratio, { description: 'satisfactionRate (满意率): SATISFIED (and BASICALLY with countBasically) at the last revisit ÷ revisited cases with an answer.' })
  satisfactionRate!: Ratio;

  @Field(() => Ratio, { description: 'callbackRate: revisited cases ÷ replied cases.' })
  callbackRate!: Ratio;

  @Field(() => Ratio, { description: 'onTimeClosureRate: cases closed by their dueAt (extensions included) ÷ cases whose dueAt falls in the period (REJECTED, MERGED and WITHDRAWN left out).' })
  onTimeClosureRate!: Ratio;

  @Field(() => Ratio, { description: 'reopenRate (重办率): cases reopened at least once ÷ cases closed at least once (closed now, or reopened).' })
  reopenRate!: Ratio;

  @Field(() => Ratio, { description: 'escalationRate (吹哨率): cases with a whistle ÷ cases (every case lies in a community, the level that whistles).' })
  escalationRate!: Ratio;

  @Field(() => Int, { nullable: true, description: "Residents of the group's grids (GRID, COMMUNITY, SUBDISTRICT); null for the other groupings." })
  population!: number | null;

  @Field(() => Float, { nullable: true, description: 'cases ÷ (population ÷ 1,000); null without a population.' })
  casesPer1000Residents!: number | null;
}

@ObjectType('CaseIndicators', { simpleResolvers: true, description: 'Case indicators of a scope over a period, per group.' })
export class CaseIndicators {
  scopeId!: number;
  report!: CaseIndicatorReport;

  @Field(() => Organization, { description: 'The organization whose subtree was measured.' })
  scope?: Organization;

  @Field(() => DateScalar, { description: 'The first day of the period.' })
  from!: string;

  @Field(() => DateScalar, { description: 'The day after the period (the period is [from, to)).' })
  to!: string;

  @Field(() => CaseIndicatorGroupBy, { description: 'What the groups are.' })
  groupBy!: CaseIndicatorGroupBy;

  @Field(() => CaseIndicatorRanking, { description: 'What the groups are ranked by.' })
  rankBy!: CaseIndicatorRanking;

  @Field(() => Int, { description: 'The minimum number of cases for a group to be ranked.' })
  minSample!: number;

  @Field(() => [CaseIndicatorGroup], { description: 'The groups with cases received (or due) in the period: ranked groups by rank, then the others, most cases first.' })
  groups!: CaseIndicatorGroup[];

  @Field(() => [CaseSummonedUnit], { description: 'The units summoned by the whistles on the cases of the scope received in the period, whatever the groups: ranked units by rank, then the others, most summons first. One statement.' })
  summonedUnits?: CaseSummonedUnit[];
}
