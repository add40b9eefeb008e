import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '../../errors/index.js';
import { checkRange, organizationOf, requireOrganization } from '../../graph/arguments.js';
import { DateScalar } from '../../schema/scalars/date.js';
import type { Context } from '../contract.js';
import { Ratio } from '../indicators/indicator.types.js';
import { Organization } from '../organizations/organization.entity.js';
import { QuantityRatio } from '../resources/resource.indicator.resolver.js';
import type { WorkforceGroupFigures } from './workforce.indicators.js';
import { WorkforceGroupBy } from './workforce.kinds.js';
import { WORKERS_PER_10K_TARGET } from './workforce.rules.js';

@ObjectType('WorkerDensity', { simpleResolvers: true, description: 'Community workers against residents, per 10,000 (the target: 18 per 10,000 urban residents).' })
export class WorkerDensity {
  @Field(() => Int, { description: 'Workers employed on the last day of the period.' })
  numerator!: number;

  @Field(() => Int, { description: "Residents of the group's grids." })
  denominator!: number;

  @Field(() => Float, { nullable: true, description: 'numerator ÷ denominator × 10,000; null without residents.' })
  value!: number | null;

  @Field(() => Float, { description: 'The target: 18 workers per 10,000 residents.' })
  target!: number;

  @Field(() => Boolean, { nullable: true, description: 'value ≥ target; null without residents.' })
  meetsTarget!: boolean | null;
}

function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

@ObjectType('WorkforceIndicatorGroup', {
  simpleResolvers: true,
  description:
    'The workforce indicators of one group (a community, a subdistrict) or of the whole scope, over the workers assigned to its communities. A worker is employed on day d when hiredOn ≤ d < exitedOn; the period is [from, to), its last day to − 1.',
})
export class WorkforceIndicatorGroup {
  figures!: WorkforceGroupFigures;
  groupBy!: WorkforceGroupBy | null;

  @Field(() => Int, { description: 'Workers employed on the first day of the period (from).' })
  workersAtStart!: number;

  @Field(() => Int, { description: 'Workers employed on the last day of the period (to − 1).' })
  workersAtEnd!: number;

  @Field(() => Int, { description: 'Exits: workers whose last day employed (the day before exitedOn) falls in the period, i.e. from < exitedOn ≤ to.' })
  exits!: number;

  @Field(() => Boolean, { description: 'True when the group has fewer than minSample workers at the end of the period: its figures are shown, but too few to compare.' })
  belowMinimumSample!: boolean;

  @Field(() => QuantityRatio, { description: 'turnoverRate: exits in the period ÷ the mean headcount, (workersAtStart + workersAtEnd) ÷ 2.' })
  turnoverRate!: QuantityRatio;

  @Field(() => Int, { description: 'Of the exits, the voluntary ones: exit reason RESIGNED.' })
  voluntaryExits!: number;

  @Field(() => QuantityRatio, { description: 'voluntaryTurnoverRate: voluntary exits (RESIGNED) in the period ÷ the mean headcount, (workersAtStart + workersAtEnd) ÷ 2.' })
  voluntaryTurnoverRate!: QuantityRatio;

  @Field(() => Ratio, {
    description:
      'retention12m, a hiring cohort\u2019s (operations.md §4.2): of the workers hired in the 12 months ending 12 months before the period\u2019s end (to − 24 months < hiredOn ≤ to − 12 months), those employed for their first 12 months (exitedOn null or on or after the first anniversary of hiredOn, so that a worker whose last day is the day before it counts) ÷ those workers; 0 ÷ 0 gives null. Depends on to only. n months before or after a date: the same day n ÷ 12 years earlier or later, 29 February becoming 1 March.',
  })
  retention12m!: Ratio;

  @Field(() => WorkerDensity, { description: "workersPer10kResidents: workers employed on the period's last day ÷ residents of the group's grids × 10,000, against the target of 18." })
  workersPer10kResidents!: WorkerDensity;

  @Field(() => Ratio, { description: "certificationShare: of the workers employed on the period's last day, those holding a qualification whose registration is valid that day (obtainedOn ≤ day ≤ registrationValidUntil, or no expiry) ÷ those workers." })
  certificationShare!: Ratio;

  @Field(() => QuantityRatio, { description: "trainingHoursPerWorker: hours credited for completed attendances at courses starting in the period, to the workers employed on the period's last day ÷ those workers." })
  trainingHoursPerWorker!: QuantityRatio;

  @Field(() => Ratio, {
    description: "trainingCoverage: of the workers employed on the period's last day, those with at least one completed attendance at a course starting in the period ÷ those workers.",
  })
  trainingCoverage!: Ratio;

  @Field(() => Ratio, {
    description:
      "gradeStall: of the workers employed on the period's last day, those whose last grade change on or before that day (their hiring grade's date when none is recorded) is more than 3 years before it (effectiveOn < last day − 3 years; one grade step is about every 3 years) ÷ those workers.",
  })
  gradeStall!: Ratio;

  @Field(() => QuantityRatio, { description: "householdsPerWorker: households of the group's grids ÷ workers employed on the period's last day (value null without workers; about 210 at 18 workers per 10,000 residents)." })
  householdsPerWorker!: QuantityRatio;

  @Field(() => Ratio, {
    description:
      'continuingEducationCompliance: of the certified workers (certificationShare\u2019s numerator), those whose continuing-education hours (completed, counted as continuing education, at courses starting in the 3 years ending with the period, [to − 3 years, to)) reach the minimum of their highest valid level: 72 h for ASSISTANT, 90 h for INTERMEDIATE and SENIOR ÷ the certified workers.',
  })
  continuingEducationCompliance!: Ratio;
}

@ObjectType('WorkforceIndicators', { simpleResolvers: true, description: 'Workforce indicators of a scope over a period (README, "Workforce").' })
export class WorkforceIndicators {
  scopeId!: number;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Day after the period (exclusive).' })
  to!: string;

  @Field(() => WorkforceGroupBy, { nullable: true, description: 'What the groups are; null: one group, the whole scope.' })
  groupBy!: WorkforceGroupBy | null;

  @Field(() => Int, { description: 'Groups with fewer workers at the end of the period are flagged belowMinimumSample.' })
  minSample!: number;

  @Field(() => [WorkforceIndicatorGroup], { description: 'The groups: every community (or subdistrict) of the scope, with workers or not, by id; or the whole scope.' })
  groups!: WorkforceIndicatorGroup[];
}

@Resolver(() => WorkforceIndicators)
export class WorkforceIndicatorResolver {
  @Query(() => WorkforceIndicators, {
    description:
      'Workforce indicators of the workers assigned to a scope’s communities, over [from, to): turnover (all exits and the voluntary ones), 12-month retention, workers per 10,000 residents and households per worker, certification share, training coverage and hours per worker, continuing-education compliance, grade stall. Two statements whatever the size of the scope, computed in SQL. Counts only: no pii right needed.',
  })
  async workforceIndicators(
    @Ctx() context: Context,
    @Arg('scope', () => ID, { description: 'The organization (id or code) whose subtree to measure; within your jurisdiction.' }) scope: string,
    @Arg('from', () => DateScalar, { description: 'First day of the period.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Day after the period (exclusive).' }) to: string,
    @Arg('groupBy', () => WorkforceGroupBy, { nullable: true, description: 'COMMUNITY or SUBDISTRICT; the whole scope when omitted.' }) groupBy?: WorkforceGroupBy | null,
    @Arg('minSample', () => Int, { defaultValue: 5, description: 'Groups with fewer workers at the end of the period are flagged belowMinimumSample; default 5 (a community has 5–9 staff).' }) minSample = 5,
  ): Promise<WorkforceIndicators> {
    if (to <= from) throw new BadUserInputError(`"to" (${to}) must be after "from" (${from}).`, { field: 'to' });
    if (Date.parse(to) - Date.parse(from) > 10 * 366 * 86_400_000) throw new BadUserInputError('The period may be at most ten years long.', { field: 'to' });
    checkRange(minSample, 0, 1_000_000, 'minSample');
    const scopeId = await requireOrganization(context, scope, 'scope');
    const figures = await context.services.workforce.indicators({ scopeId, from, to, groupBy: groupBy ?? null });
    return Object.assign(new WorkforceIndicators(), {
      scopeId,
      from,
      to,
      groupBy: groupBy ?? null,
      minSample,
      groups: figures.map((group) => {
        const mean = (group.atStart + group.atEnd) / 2;
        const density = group.residents === 0 ? null : (group.atEnd / group.residents) * 10_000;
        return Object.assign(new WorkforceIndicatorGroup(), {
          figures: group,
          groupBy: groupBy ?? null,
          workersAtStart: group.atStart,
          workersAtEnd: group.atEnd,
          exits: group.exits,
          belowMinimumSample: group.atEnd < minSample,
          turnoverRate: { numerator: group.exits, denominator: mean, value: mean === 0 ? null : group.exits / mean },
          voluntaryExits: group.voluntaryExits,
          voluntaryTurnoverRate: { numerator: group.voluntaryExits, denominator: mean, value: mean === 0 ? null : group.voluntaryExits / mean },
          retention12m: ratio(group.retained, group.cohort),
          workersPer10kResidents: { numerator: group.atEnd, denominator: group.residents, value: density, target: WORKERS_PER_10K_TARGET, meetsTarget: density === null ? null : density >= WORKERS_PER_10K_TARGET },
          certificationShare: ratio(group.certified, group.atEnd),
          trainingHoursPerWorker: { numerator: group.trainingHours, denominator: group.atEnd, value: group.atEnd === 0 ? null : group.trainingHours / group.atEnd },
          continuingEducationCompliance: ratio(group.compliant, group.certified),
          trainingCoverage: ratio(group.trained, group.atEnd),
          gradeStall: ratio(group.stalled, group.atEnd),
          householdsPerWorker: { numerator: group.households, denominator: group.atEnd, value: group.atEnd === 0 ? null : group.households / group.atEnd },
        });
      }),
    });
  }

  @FieldResolver(() => Organization, { description: 'The scope.' })
  scope(@Root() indicators: WorkforceIndicators, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, indicators.scopeId);
  }
}

@Resolver(() => WorkforceIndicatorGroup)
export class WorkforceIndicatorGroupResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'COMMUNITY or SUBDISTRICT: the organization; null for the whole scope.' })
  async organization(@Root() group: WorkforceIndicatorGroup, @Ctx() context: Context): Promise<Organization | null> {
    return group.groupBy === null ? null : organizationOf(context, Number(group.figures.key));
  }
}
