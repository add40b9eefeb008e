import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeScalar } from '../../schema/scalars/date-time.js';
import { CaseChannel, CaseUrgency, CategoryKind, Resolution, Satisfaction, WhistleReason } from './case.kinds.js';
import { CaseStatus } from './case.transitions.js';

@InputType('ServiceCaseFilter', { description: 'Conditions a service case must all meet to be listed.' })
export class ServiceCaseFilterInput {
  @Field(() => [CaseStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: CaseStatus[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only these categories (ServiceCategory ids), each with its direct subcategories.' })
  categories?: string[] | null;

  @Field(() => [CaseChannel], { nullable: true, description: 'Only these channels.' })
  channels?: CaseChannel[] | null;

  @Field(() => [CaseUrgency], { nullable: true, description: 'Only these urgency tiers.' })
  urgencies?: CaseUrgency[] | null;

  @Field(() => ID, { nullable: true, description: "Only cases whose community is this organization or lies in its subtree (a subdistrict's, a district's)." })
  under?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only cases of this grid.' })
  grid?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only cases this organization handles now.' })
  handler?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only cases received at or after this time.' })
  receivedFrom?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only cases received before this time.' })
  receivedTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only cases still waiting for their reply past dueAt (true), or only the others (false).' })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only whistled cases (true), or only the others (false).' })
  whistled?: boolean | null;
}

@InputType('ServiceCategoryFilter', { description: 'Conditions a service category must all meet to be listed.' })
export class ServiceCategoryFilterInput {
  @Field(() => [CategoryKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: CategoryKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Only the subcategories of this category.' })
  parent?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the top of the tree (true).' })
  rootsOnly?: boolean | null;
}

@InputType('WhistleFilter', { description: 'Conditions a whistle must all meet to be listed.' })
export class WhistleFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only whistles blown by this organization or by one below it.' })
  under?: string | null;

  @Field(() => [WhistleReason], { nullable: true, description: 'Only these reasons.' })
  reasons?: WhistleReason[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only whistles blown at or after this time.' })
  blownFrom?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only whistles blown before this time.' })
  blownTo?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only whistles covering this case.' })
  serviceCase?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only whistles summoning this unit.' })
  unit?: string | null;
}

@InputType('ReceiveCaseInput', { description: 'A new request. The resident is never named: give the grid, and at most an opaque household reference.' })
export class ReceiveCaseInput {
  @Field(() => String, { description: 'Stable business key: the work-order number, unique, at most 64 characters.' })
  code!: string;

  @Field(() => ID, { description: 'Its ServiceCategory.' })
  categoryId!: string;

  @Field(() => CaseChannel, { description: 'How it came in.' })
  channel!: CaseChannel;

  @Field(() => CaseUrgency, { nullable: true, description: 'Urgency tier; default NORMAL.' })
  urgency?: CaseUrgency | null;

  @Field(() => String, { nullable: true, description: 'What the resident asks, at most 2,000 characters. Personal data: shown only with the pii right.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'An opaque household reference (never a name, address or phone number). Personal data.' })
  householdRef?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was received; default now.' })
  receivedAt?: string | null;

  @Field(() => ID, { nullable: true, description: 'The grid it concerns; its community is the case’s.' })
  gridId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The community (Party committee) it concerns; required without a grid.' })
  communityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The intake that received it (a hotline centre, a subdistrict, the community); default the community. It handles the case until it is dispatched.' })
  receivedById?: string | null;

  @Field(() => String, { nullable: true, description: 'The staff member who received it. Personal data.' })
  actingPerson?: string | null;

  @Field(() => String, { nullable: true, description: 'A note on the receipt.' })
  note?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the note may be shown publicly; default false.' })
  public?: boolean | null;
}

@InputType('CaseStepInput', { description: 'One step of a case: which case, the version you last read, and who did it when.' })
export class CaseStepInput {
  @Field(() => ID, { description: 'The case.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT if it changed since.' })
  expectedVersion?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it happened; default now. Not before the case’s previous event.' })
  at?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization that acted; default the current handler.' })
  actingOrganizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'The staff member who acted. Personal data: masked without the pii right.' })
  actingPerson?: string | null;

  @Field(() => String, { nullable: true, description: 'A reason code (NOT_OUR_JURISDICTION, OUT_OF_SCOPE, NEEDS_MATERIALS…).' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'A note, at most 2,000 characters. Shown without the pii right only when public.' })
  note?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the note may be shown publicly; default false.' })
  public?: boolean | null;
}

@InputType('DispatchCaseInput', { description: 'A dispatch or transfer: the unit the case goes to must be reachable from it.' })
export class DispatchCaseInput extends CaseStepInput {
  @Field(() => ID, { description: "The unit it goes to: in the case's chain, or linked to it by a link in force." })
  toOrganizationId!: string;
}

@InputType('ReplyCaseInput', { description: "The handler's reply." })
export class ReplyCaseInput extends CaseStepInput {
  @Field(() => Resolution, { nullable: true, description: 'Whether the handler says it solved the problem.' })
  resolved?: Resolution | null;
}

@InputType('RevisitCaseInput', { description: "The callback and the resident's judgement." })
export class RevisitCaseInput extends CaseStepInput {
  @Field(() => Resolution, { description: 'Whether the resident says it was solved.' })
  resolved!: Resolution;

  @Field(() => Satisfaction, { description: 'How satisfied the resident is.' })
  satisfaction!: Satisfaction;
}

@InputType('CaseExtensionInput', { description: 'An extension asked for or granted.' })
export class CaseExtensionInput extends CaseStepInput {
  @Field(() => DateTimeScalar, { nullable: true, description: 'requestExtension: the due time asked for (required). grantExtension: the one granted; default as asked.' })
  dueAt?: string | null;
}

@InputType('MergeCaseInput', { description: 'A duplicate merged into another case.' })
export class MergeCaseInput extends CaseStepInput {
  @Field(() => ID, { description: 'The case it duplicates, which carries on.' })
  duplicateOfId!: string;
}

@InputType('WhistleCaseInput', { description: 'A case a whistle covers, with the version you last read.' })
export class WhistleCaseInput {
  @Field(() => ID, { description: 'The case.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT if it changed since.' })
  expectedVersion?: number | null;
}

@InputType('BlowWhistleInput', { description: 'A whistle: who blows it, on which cases, summoning which units.' })
export class BlowWhistleInput {
  @Field(() => String, { description: 'Stable business key, unique.' })
  code!: string;

  @Field(() => ID, { description: 'The caller: a community Party committee or a subdistrict Party working committee above the cases.' })
  callerId!: string;

  @Field(() => WhistleReason, { description: 'Why.' })
  reason!: WhistleReason;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When; default now.' })
  blownAt?: string | null;

  @Field(() => Int, { nullable: true, description: 'Minutes the units have to report; default 30. Ignored when reportBy is given.' })
  reportWithinMinutes?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the units must have reported.' })
  reportBy?: string | null;

  @Field(() => String, { nullable: true, description: 'What the problem is, at most 500 characters.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Who blew it. Personal data.' })
  actingPerson?: string | null;

  @Field(() => [WhistleCaseInput], { description: 'The cases it covers (one, or a cluster).' })
  cases!: WhistleCaseInput[];

  @Field(() => [ID], { description: "The units summoned: each in the caller's chain or linked to it by a link in force." })
  unitIds!: string[];
}

@InputType('ReportToWhistleInput', { description: 'A summoned unit reports (报到).' })
export class ReportToWhistleInput {
  @Field(() => ID, { description: 'The summons (WhistleSummons id).' })
  summonsId!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When; default now.' })
  at?: string | null;

  @Field(() => String, { nullable: true, description: 'Who reported for the unit. Personal data.' })
  reportingPerson?: string | null;

  @Field(() => String, { nullable: true, description: 'A note on the report.' })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version of the summons you last read.' })
  expectedVersion?: number | null;
}

@InputType('ScoreWhistleSummonsInput', { description: "The caller's score of a summoned unit." })
export class ScoreWhistleSummonsInput {
  @Field(() => ID, { description: 'The summons (WhistleSummons id).' })
  summonsId!: string;

  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' })
  score!: number;

  @Field(() => Int, { nullable: true, description: 'The version of the summons you last read.' })
  expectedVersion?: number | null;
}
