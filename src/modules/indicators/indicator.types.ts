import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../schema/scalars/date.js';
import { Connection } from '../../schema/pagination.js';
import { Grid } from '../grids/grid.entity.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { Organization } from '../organizations/organization.entity.js';
import type { SnapshotQuestions } from './indicator.service.js';

@ObjectType('Ratio', { simpleResolvers: true, description: 'A share, with the counts it is made of so that a dashboard can show both.' })
export class Ratio {
  @Field(() => Int, { description: 'How many meet the condition.' })
  numerator!: number;

  @Field(() => Int, { description: 'How many were considered.' })
  denominator!: number;

  @Field(() => Float, { nullable: true, description: 'numerator ÷ denominator, from 0 to 1; null when the denominator is 0.' })
  value!: number | null;
}

@ObjectType('KindRatio', { simpleResolvers: true, description: 'A share among the organizations of one kind.' })
export class KindRatio {
  @Field(() => OrganizationKind, { description: 'The kind.' })
  kind!: OrganizationKind;

  @Field(() => Ratio, { description: 'The share among organizations of this kind.' })
  ratio!: Ratio;
}

@ObjectType('KindCount', { simpleResolvers: true, description: 'How many organizations of one kind.' })
export class KindCount {
  @Field(() => OrganizationKind, { description: 'The kind.' })
  kind!: OrganizationKind;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType('Distribution', { simpleResolvers: true, description: 'The spread of a value over a set of units (grids, communities, organizations).' })
export class Distribution {
  @Field(() => Int, { description: 'How many units the figures are over.' })
  count!: number;

  @Field(() => Float, { nullable: true, description: 'The smallest value; null when count is 0.' })
  min!: number | null;

  @Field(() => Float, { nullable: true, description: 'The mean of the values (each unit counts once); null when count is 0.' })
  mean!: number | null;

  @Field(() => Float, { nullable: true, description: 'The largest value; null when count is 0.' })
  max!: number | null;
}

@ObjectType('SpanOfControl', { simpleResolvers: true, description: 'How many organizations sit directly under each organization of one kind.' })
export class SpanOfControl {
  @Field(() => OrganizationKind, { description: 'The kind of the organizations above.' })
  kind!: OrganizationKind;

  @Field(() => Distribution, { description: 'Children per organization of this kind, over every such organization in the scope (those without children count as 0).' })
  children!: Distribution;
}

@ObjectType('GridLoad', { simpleResolvers: true, description: 'The load of one grid.' })
export class GridLoad {
  gridId!: number;

  @Field(() => Grid, { description: 'The grid.' })
  grid?: Grid;

  @Field(() => Int, { description: 'Households in the grid.' })
  households!: number;

  @Field(() => Int, { description: 'Grid workers serving it, full- and part-time.' })
  gridWorkers!: number;

  @Field(() => Float, { nullable: true, description: 'Households per grid worker; null for a grid without workers.' })
  householdsPerWorker!: number | null;
}

@ObjectType('ManagementLoad', { simpleResolvers: true, description: 'How much each worker has to manage ("the management scope is too large").' })
export class ManagementLoad {
  @Field(() => Distribution, { description: 'Households per grid worker, over the grids of the scope that have workers.' })
  householdsPerGridWorker!: Distribution;

  @Field(() => Float, { nullable: true, description: "All the grids' households ÷ all their grid workers; null without workers." })
  householdsPerGridWorkerOverall!: number | null;

  @Field(() => Int, { description: 'Grids of the scope without a grid worker (left out of the distribution).' })
  gridsWithoutWorkers!: number;

  @Field(() => [GridLoad], { description: 'The heaviest grids, most households per worker first; grids without workers are counted above, not listed here.' })
  heaviestGrids!: GridLoad[];

  @Field(() => Distribution, { description: "Residents (the population of its grids) per community worker, over the communities of the scope that have both. Community workers are the people holding a post, other than volunteer or building head, in the community Party committee, its residents' committee or its Party service centre on the date." })
  residentsPerCommunityWorker!: Distribution;

  @Field(() => Float, { nullable: true, description: "All those communities' residents ÷ all their community workers; null without workers." })
  residentsPerCommunityWorkerOverall!: number | null;

  @Field(() => Int, { description: 'Communities of the scope without a community worker on the date, or without residents in grids (left out of the distribution).' })
  communitiesWithoutWorkers!: number;
}

@ObjectType('SocialForceParticipation', { simpleResolvers: true, description: 'Organizations outside the chain (government, market and social sectors) taking part through at least one link in force into the scope.' })
export class SocialForceParticipation {
  @Field(() => Int, { description: 'How many organizations outside the chain have at least one link in force to an organization of the scope.' })
  organizations!: number;

  @Field(() => [KindCount], { description: 'The same, by kind, most first.' })
  byKind!: KindCount[];

  @Field(() => Ratio, { description: 'Of the organizations outside the chain located in the scope (locatedIn), the share that take part.' })
  locatedShare!: Ratio;
}

@ObjectType('Broker', { simpleResolvers: true, description: 'An organization that lies on many shortest paths of the collaboration graph.' })
export class Broker {
  organizationId!: number;

  @Field(() => Organization, { description: 'The organization.' })
  organization?: Organization;

  @Field(() => Float, { description: 'Normalized betweenness centrality, 0 to 1: the share of pairs of other organizations whose shortest paths pass through it.' })
  betweenness!: number;

  @Field(() => Int, { description: 'How many organizations it is directly linked with.' })
  degree!: number;
}

@ObjectType('CollaborationStructure', { simpleResolvers: true, description: "The shape of the scope's collaboration graph: its organizations joined by the horizontal links in force (both directions, parallel links as one edge; the vertical chain left out)." })
export class CollaborationStructure {
  @Field(() => Int, { description: 'Organizations with at least one link in force touching the scope: its members and their outside partners.' })
  organizations!: number;

  @Field(() => Int, { description: 'Distinct linked pairs.' })
  links!: number;

  @Field(() => Int, { description: 'Connected components of the graph (isolated organizations are not part of it; see isolatedOrganizations).' })
  componentCount!: number;

  @Field(() => Int, { description: 'Organizations in the largest component.' })
  largestComponentSize!: number;

  @Field(() => [Broker], { description: 'The organizations with the highest betweenness, highest first (ties by code); those with none are left out.' })
  brokers!: Broker[];

  @Field(() => Boolean, { description: 'True when betweenness was computed from every organization; false when from a sample of them (large graphs).' })
  exact!: boolean;

  @Field(() => Int, { description: 'How many organizations the shortest paths were counted from (Brandes–Pich estimation when fewer than organizations).' })
  sampledSources!: number;
}

export const IsolatedOrganizationConnection = Connection(Organization, 'IsolatedOrganization', 'Organizations of the scope without a horizontal link in force, by code.');

@ObjectType('GovernanceIndicators', { simpleResolvers: true, description: 'How well the grassroots network works in a scope, as of a date. Every share comes with its numerator and denominator.' })
export class GovernanceIndicators {
  /** The scope's organization id. */
  rootId!: number;
  /** Asks the snapshot of the scope as of activeAt (IndicatorService.snapshot). */
  ask!: SnapshotQuestions;

  @Field(() => Organization, { description: 'The organization whose subtree the indicators are for.' })
  scope?: Organization;

  @Field(() => DateScalar, { description: 'The date the indicators are as of.' })
  activeAt!: string;
}

export enum IndicatorName {
  PARTY_PRESENCE_COVERAGE = 'PARTY_PRESENCE_COVERAGE',
  CROSS_APPOINTMENT_RATE = 'CROSS_APPOINTMENT_RATE',
  ISOLATED_ORGANIZATIONS = 'ISOLATED_ORGANIZATIONS',
  SOCIAL_FORCE_PARTICIPATION = 'SOCIAL_FORCE_PARTICIPATION',
  LARGEST_COMPONENT_SHARE = 'LARGEST_COMPONENT_SHARE',
  CASE_RESPONSE_RATE = 'CASE_RESPONSE_RATE',
  CASE_RESOLUTION_RATE = 'CASE_RESOLUTION_RATE',
  CASE_SATISFACTION_RATE = 'CASE_SATISFACTION_RATE',
  CASE_HANDLER_RESOLUTION_RATE = 'CASE_HANDLER_RESOLUTION_RATE',
  CASE_CALLBACK_RATE = 'CASE_CALLBACK_RATE',
  CASE_ON_TIME_CLOSURE_RATE = 'CASE_ON_TIME_CLOSURE_RATE',
  CASE_RETURN_RATE = 'CASE_RETURN_RATE',
  CASE_REOPEN_RATE = 'CASE_REOPEN_RATE',
  CASE_ESCALATION_RATE = 'CASE_ESCALATION_RATE',
  SOCIAL_NEED_FULFILMENT_RATE = 'SOCIAL_NEED_FULFILMENT_RATE',
  SOCIAL_MEMBER_REPORT_ACTIVATION = 'SOCIAL_MEMBER_REPORT_ACTIVATION',
  SOCIAL_UNIT_PARTICIPATION_RATE = 'SOCIAL_UNIT_PARTICIPATION_RATE',
  SOCIAL_DORMANT_LINK_SHARE = 'SOCIAL_DORMANT_LINK_SHARE',
  SOCIAL_VOLUNTEER_HOURS_PER_RESIDENT = 'SOCIAL_VOLUNTEER_HOURS_PER_RESIDENT',
  SOCIAL_VOLUNTEER_HOURS_PER_REPORTING_MEMBER = 'SOCIAL_VOLUNTEER_HOURS_PER_REPORTING_MEMBER',
  SOCIAL_MEMBER_HOURS_COMPLIANCE = 'SOCIAL_MEMBER_HOURS_COMPLIANCE',
  ROTATION_RATE = 'ROTATION_RATE',
  VACANCY_DAYS = 'VACANCY_DAYS',
  WORKFORCE_RETENTION_12M = 'WORKFORCE_RETENTION_12M',
  WORKFORCE_CERTIFICATION_SHARE = 'WORKFORCE_CERTIFICATION_SHARE',
  WORKFORCE_CONTINUING_EDUCATION_COMPLIANCE = 'WORKFORCE_CONTINUING_EDUCATION_COMPLIANCE',
  WORKFORCE_TURNOVER_RATE = 'WORKFORCE_TURNOVER_RATE',
  WORKFORCE_TRAINING_HOURS_PER_WORKER = 'WORKFORCE_TRAINING_HOURS_PER_WORKER',
  WORKFORCE_WORKERS_PER_10K_RESIDENTS = 'WORKFORCE_WORKERS_PER_10K_RESIDENTS',
  WORKFORCE_VOLUNTARY_TURNOVER_RATE = 'WORKFORCE_VOLUNTARY_TURNOVER_RATE',
  WORKFORCE_TRAINING_COVERAGE = 'WORKFORCE_TRAINING_COVERAGE',
  SOCIAL_NEED_MEAN_DAYS_TO_FULFIL = 'SOCIAL_NEED_MEAN_DAYS_TO_FULFIL',
  RESOURCE_UTILISATION = 'RESOURCE_UTILISATION',
  RESOURCE_IDLE_SHARED_SPACES = 'RESOURCE_IDLE_SHARED_SPACES',
  RESOURCE_SERVICE_SPACE_PER_100_HOUSEHOLDS = 'RESOURCE_SERVICE_SPACE_PER_100_HOUSEHOLDS',
  WORKFORCE_GRADE_STALL = 'WORKFORCE_GRADE_STALL',
  WORKFORCE_HOUSEHOLDS_PER_WORKER = 'WORKFORCE_HOUSEHOLDS_PER_WORKER',
  RESOURCE_FUNDS_UTILISATION = 'RESOURCE_FUNDS_UTILISATION',
  RESOURCE_SHARING_RATE = 'RESOURCE_SHARING_RATE',
  SOCIAL_NEED_MEAN_DAYS_TO_CLAIM = 'SOCIAL_NEED_MEAN_DAYS_TO_CLAIM',
}

export enum TrendInterval {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

registerEnumType(IndicatorName, {
  name: 'Indicator',
  description:
    "An indicator that can be followed over time: those computed from the validity periods of the chain, links and posts (as of each period's last day), the service-case rates (CASE_…: of the cases received in each period; caseIndicators has their definitions), the social forces' ratios (SOCIAL_…: of each period; socialIndicators has their definitions), rotation and vacancy, the workforce's ratios (WORKFORCE_…: workforceIndicators has their definitions), and the resources' (RESOURCE_…: of each period over the whole scope; resourceIndicators has their definitions).",
  valuesConfig: {
    PARTY_PRESENCE_COVERAGE: { description: 'governanceIndicators.partyPresenceCoverage: enterprises and social organisations with a Party presence ÷ those located in the scope.' },
    CROSS_APPOINTMENT_RATE: { description: "governanceIndicators.crossAppointmentRate: community Party committees sharing a person with their residents' committee ÷ community Party committees." },
    ISOLATED_ORGANIZATIONS: { description: 'Organizations of the scope without a horizontal link in force ÷ organizations of the scope.' },
    SOCIAL_FORCE_PARTICIPATION: { description: 'socialForceParticipation.locatedShare: outside organizations located in the scope that take part ÷ those located in the scope.' },
    LARGEST_COMPONENT_SHARE: { description: 'collaboration: organizations in the largest connected component ÷ organizations in the collaboration graph (how far the network holds together).' },
    CASE_RESPONSE_RATE: { description: 'caseIndicators.responseRate of the cases received in each period.' },
    CASE_RESOLUTION_RATE: { description: 'caseIndicators.resolutionRate (resident-judged) of the cases received in each period.' },
    CASE_SATISFACTION_RATE: { description: 'caseIndicators.satisfactionRate (SATISFIED only) of the cases received in each period.' },
    CASE_HANDLER_RESOLUTION_RATE: { description: "caseIndicators.handlerResolutionRate (the handlers' claims) of the cases received in each period." },
    CASE_CALLBACK_RATE: { description: 'caseIndicators.callbackRate of the cases received in each period.' },
    CASE_ON_TIME_CLOSURE_RATE: { description: 'caseIndicators.onTimeClosureRate of the cases due in each period.' },
    CASE_RETURN_RATE: { description: 'caseIndicators.returnRate (RETURN ÷ DISPATCH events) of the cases received in each period.' },
    CASE_REOPEN_RATE: { description: 'caseIndicators.reopenRate of the cases received in each period.' },
    CASE_ESCALATION_RATE: { description: 'caseIndicators.escalationRate (whistled cases) of the cases received in each period.' },
    SOCIAL_NEED_FULFILMENT_RATE: { description: 'socialIndicators.needFulfilmentRate of the needs raised in each period, over the whole scope.' },
    SOCIAL_MEMBER_REPORT_ACTIVATION: { description: "socialIndicators.memberReportActivation: member reports in force on each period's last day with a participation in the period ÷ those reports, over the whole scope." },
    SOCIAL_UNIT_PARTICIPATION_RATE: { description: "socialIndicators.unitParticipationRate: reporting units (UNIT_REPORTING links in force on each period's last day) that took part in the period ÷ those units, over the whole scope." },
    SOCIAL_DORMANT_LINK_SHARE: { description: "socialIndicators.dormantLinkShare: collaboration links in force on each period's last day with no use in the period ÷ those links, each link once, over the whole scope." },
    SOCIAL_VOLUNTEER_HOURS_PER_RESIDENT: {
      description:
        "socialIndicators.volunteerHoursPerResident: Σ hours of the participations in the scope's activities started in each period ÷ the residents of the scope's grids. Grids keep no history: their current population is the denominator of every point.",
    },
    SOCIAL_VOLUNTEER_HOURS_PER_REPORTING_MEMBER: {
      description:
        "socialIndicators.volunteerHoursPerReportingMember: Σ hours the members reporting on each period's last day served in activities of the community they report to, started in the period ÷ those member reports, over the whole scope.",
    },
    SOCIAL_MEMBER_HOURS_COMPLIANCE: {
      description:
        "socialIndicators.memberHoursCompliance with its default minimum (50 h a year, pro-rated to each period's days): members reporting on each period's last day whose hours in activities of the community they report to, started in the period, reach the minimum ÷ those member reports, over the whole scope.",
    },
    ROTATION_RATE: { description: 'rotationIndicators.rotationRate of each period: committee members at its first day who changed posts during it ÷ committee members at its first day.' },
    VACANCY_DAYS: { description: 'rotationIndicators.vacancyDays of each period: seat-days vacant ÷ seat-days of the committees.' },
    WORKFORCE_RETENTION_12M: { description: "workforceIndicators.retention12m of each period: of the workers hired in (to − 24 months, to − 12 months], those employed for their first 12 months (exitedOn null or on or after the first anniversary of hiredOn) ÷ those workers." },
    WORKFORCE_CERTIFICATION_SHARE: { description: "workforceIndicators.certificationShare on each period's last day: workers with a valid social-work qualification ÷ workers employed." },
    WORKFORCE_CONTINUING_EDUCATION_COMPLIANCE: { description: 'workforceIndicators.continuingEducationCompliance of each period: certified workers with the continuing-education hours of their level over the 3 years ending with it ÷ certified workers.' },
    WORKFORCE_TURNOVER_RATE: { description: 'workforceIndicators.turnoverRate of each period: exits in it ÷ the mean headcount, (employed on its first day + on its last day) ÷ 2 (a denominator that may be a half).' },
    WORKFORCE_TRAINING_HOURS_PER_WORKER: { description: "workforceIndicators.trainingHoursPerWorker of each period: hours credited for completed attendances at courses starting in it, to the workers employed on its last day ÷ those workers." },
    WORKFORCE_WORKERS_PER_10K_RESIDENTS: {
      description:
        "workforceIndicators.workersPer10kResidents of each period (target 18): workers employed on its last day (hiredOn ≤ day < exitedOn) ÷ the residents of the scope's grids; value = numerator ÷ denominator × 10,000. Grids keep no history: their current population is the denominator of every point.",
    },
    WORKFORCE_VOLUNTARY_TURNOVER_RATE: { description: 'workforceIndicators.voluntaryTurnoverRate of each period: voluntary exits (RESIGNED) in it ÷ the mean headcount, (employed on its first day + on its last day) ÷ 2 (a denominator that may be a half).' },
    WORKFORCE_TRAINING_COVERAGE: { description: "workforceIndicators.trainingCoverage of each period: workers employed on its last day with at least one completed attendance at a course starting in it ÷ those workers." },
    SOCIAL_NEED_MEAN_DAYS_TO_FULFIL: {
      description:
        'socialIndicators.timeToFulfil.mean of the needs raised in each period, over the whole scope: Σ days from raised to fulfilled ÷ the needs raised in the period and fulfilled (timeToFulfil.count); numerator and value to the microday, as the durations are.',
    },
    RESOURCE_UTILISATION: {
      description:
        "resourceIndicators.resourceUtilisation of each period, over the whole scope: Σ quantity × hours of the USED uses of SPACE and EQUIPMENT inside it ÷ Σ capacity (maximum) × open hours in it of the ACTIVE ones. Resources keep no history: today's status, capacity and opening hours count for every period.",
    },
    RESOURCE_IDLE_SHARED_SPACES: {
      description:
        "resourceIndicators.idleSharedSpaces of each period, over the whole scope: ACTIVE spaces whose owner shares them (a RESOURCE_SHARING link, not suspended, in force on its last day) with no USED use overlapping it ÷ those shared spaces. The links' validity periods are followed; a resource's status is today's (resources keep no history).",
    },
    RESOURCE_SERVICE_SPACE_PER_100_HOUSEHOLDS: {
      description:
        "resourceIndicators.serviceSpacePer100Households of each period, over the whole scope: m² of ACTIVE SPACE resources (unit m²) placed in the scope or shared into it by a RESOURCE_SHARING link in force on its last day ÷ the households of its communities; value = numerator ÷ denominator × 100 (the standard: 30). The links are those of each period; the resources' status, unit and m² and the households are today's (no history is kept of them).",
    },
    WORKFORCE_GRADE_STALL: {
      description:
        "workforceIndicators.gradeStall of each period: workers employed on its last day whose last grade change on or before that day (their hiring's, without one) is more than 3 years before it ÷ those workers.",
    },
    WORKFORCE_HOUSEHOLDS_PER_WORKER: {
      description:
        "workforceIndicators.householdsPerWorker of each period: the households of the scope's grids ÷ the workers employed on its last day (value null without workers). Grids keep no history: their current households are the numerator of every point.",
    },
    RESOURCE_FUNDS_UTILISATION: {
      description:
        "resourceIndicators.fundsUtilisation of each period, over the whole scope: Σ quantity of the USED disbursements of FUNDS dated in it ÷ Σ budget (maximum) of the ACTIVE FUNDS. Resources keep no history: today's status and budgets count for every period.",
    },
    RESOURCE_SHARING_RATE: {
      description: 'resourceIndicators.resourceSharingRate of each period, over the whole scope: USED uses starting in it by an organization other than the owner ÷ all USED uses starting in it.',
    },
    SOCIAL_NEED_MEAN_DAYS_TO_CLAIM: {
      description:
        'socialIndicators.timeToClaim.mean of the needs raised in each period, over the whole scope: Σ days from raised to claimed ÷ the needs raised in the period and claimed (timeToClaim.count; a need claimed then expired counts); numerator and value to the microday, as the durations are.',
    },
  },
});

registerEnumType(TrendInterval, {
  name: 'TrendInterval',
  description: 'The length of the periods of a trend.',
  valuesConfig: {
    MONTH: { description: 'Calendar months.' },
    QUARTER: { description: 'Calendar quarters.' },
    YEAR: { description: 'Calendar years.' },
  },
});

@ObjectType('TrendPoint', { simpleResolvers: true, description: 'An indicator as of the last day of one period (or of `to`, for the last period).' })
export class TrendPoint {
  @Field(() => DateScalar, { description: 'The date the value is as of.' })
  date!: string;

  @Field(() => Float, {
    description:
      'The numerator on that date: a count (a whole number) for the shares, Σ hours for the SOCIAL_VOLUNTEER_HOURS_… and WORKFORCE_TRAINING_HOURS_PER_WORKER quantities, Σ days for SOCIAL_NEED_MEAN_DAYS_TO_FULFIL and SOCIAL_NEED_MEAN_DAYS_TO_CLAIM, m²·hours for RESOURCE_UTILISATION, m² for RESOURCE_SERVICE_SPACE_PER_100_HOUSEHOLDS, the budget units (CNY) for RESOURCE_FUNDS_UTILISATION and households for WORKFORCE_HOUSEHOLDS_PER_WORKER (may have a fraction). Float so that one point type fits every indicator.',
  })
  numerator!: number;

  @Field(() => Float, {
    description:
      'The denominator on that date: a count (a whole number) for every indicator but WORKFORCE_TURNOVER_RATE and WORKFORCE_VOLUNTARY_TURNOVER_RATE, whose mean headcount ((at start + at end) ÷ 2) may be a half, RESOURCE_UTILISATION, whose capacity is in m²·hours (or items·hours), and RESOURCE_FUNDS_UTILISATION, whose budget is in its units (CNY).',
  })
  denominator!: number;

  @Field(() => Float, { nullable: true, description: 'numerator ÷ denominator (× 10,000 for WORKFORCE_WORKERS_PER_10K_RESIDENTS, × 100 for RESOURCE_SERVICE_SPACE_PER_100_HOUSEHOLDS); null when the denominator is 0.' })
  value!: number | null;
}

@ObjectType('IndicatorTrend', { simpleResolvers: true, description: 'An indicator at the end of each period between two dates.' })
export class IndicatorTrend {
  @Field(() => IndicatorName, { description: 'The indicator.' })
  indicator!: IndicatorName;

  @Field(() => TrendInterval, { description: 'The length of the periods.' })
  interval!: TrendInterval;

  @Field(() => Organization, { description: 'The organization whose subtree it is for.' })
  scope?: Organization;

  scopeId!: number;

  @Field(() => [TrendPoint], { description: 'One point per period, oldest first.' })
  points!: TrendPoint[];
}
