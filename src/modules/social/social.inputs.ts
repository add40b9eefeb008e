import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../schema/scalars/date.js';
import { DateTimeScalar } from '../../schema/scalars/date-time.js';
import { ActivityKind, NeedKind, ParticipationRole } from './social.kinds.js';
import { NeedStatus } from './need.transitions.js';

@InputType('NeedFilter', { description: 'Conditions a need must all meet to be listed.' })
export class NeedFilterInput {
  @Field(() => [NeedKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: NeedKind[] | null;

  @Field(() => [NeedStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: NeedStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only needs raised in a community of this subtree (a community, a subdistrict, the district).' })
  under?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only needs raised in this grid.' })
  grid?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only needs claimed by this organization.' })
  claimedBy?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only needs raised on or after this day (UTC).' })
  raisedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only needs raised before this day (UTC).' })
  raisedTo?: string | null;
}

@InputType('RaiseNeedInput', { description: 'A new need on the needs list. The resident is never named: give the grid or community, and at most an opaque household reference.' })
export class RaiseNeedInput {
  @Field(() => String, { nullable: true, description: "A business key, at most 64 characters; default the community's code and the next number (C1-N7)." })
  code?: string | null;

  @Field(() => NeedKind, { description: 'What is needed.' })
  kind!: NeedKind;

  @Field(() => String, { description: 'What is needed, in a line (at most 200 characters).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'A free category, at most 64 characters.' })
  category?: string | null;

  @Field(() => ID, { nullable: true, description: 'The grid it is raised in; its community is the need’s.' })
  gridId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The community (Party committee) it is raised in; required without a grid.' })
  communityId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was raised; default now.' })
  raisedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'An opaque household reference (never a name, address or phone number). Personal data.' })
  householdRef?: string | null;
}

@InputType('ClaimNeedInput', { description: 'An organization or a person takes an OPEN need on: give exactly one of organizationId and personId.' })
export class ClaimNeedInput {
  @Field(() => ID, { description: 'The need.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT if it changed since.' })
  expectedVersion?: number | null;

  @Field(() => ID, { nullable: true, description: 'The claiming organization (a unit, an enterprise, a Party branch).' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The claiming person (a volunteer, a Party member). Personal data.' })
  personId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was claimed; default now. Not before it was raised.' })
  at?: string | null;
}

@InputType('NeedStepInput', { description: 'A step of a need: which need, the version you last read, and when.' })
export class NeedStepInput {
  @Field(() => ID, { description: 'The need.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT if it changed since.' })
  expectedVersion?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When; default now. Not before the previous step.' })
  at?: string | null;
}

@InputType('ActivityFilter', { description: 'Conditions an activity must all meet to be listed.' })
export class ActivityFilterInput {
  @Field(() => [ActivityKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: ActivityKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Only activities in a community of this subtree.' })
  under?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only activities in this grid.' })
  grid?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only activities this organization organised.' })
  organiser?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only activities this organization organised or was a partner in.' })
  organization?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only activities answering this need.' })
  need?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only activities ending after the start of this day (UTC).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only activities starting before the start of this day (UTC).' })
  to?: string | null;
}

@InputType('CreateActivityInput', { description: 'A new activity.' })
export class CreateActivityInput {
  @Field(() => String, { description: 'Stable business key, unique, at most 64 characters.' })
  code!: string;

  @Field(() => String, { description: 'What it is, in a line (at most 200 characters).' })
  title!: string;

  @Field(() => ActivityKind, { description: 'What kind of activity.' })
  kind!: ActivityKind;

  @Field(() => ID, { description: 'The organising organization.' })
  organiserId!: string;

  @Field(() => [ID], { nullable: true, description: 'Partner organizations, besides the organiser.' })
  partnerIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The grid it takes place in; its community is the activity’s.' })
  gridId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The community (Party committee) it takes place in; required without a grid.' })
  communityId?: string | null;

  @Field(() => DateTimeScalar, { description: 'When it starts.' })
  startsAt!: string;

  @Field(() => DateTimeScalar, { description: 'When it ends, after it starts.' })
  endsAt!: string;

  @Field(() => Int, { nullable: true, description: 'How many people it served; default 0.' })
  beneficiaries?: number | null;

  @Field(() => ID, { nullable: true, description: 'The need it answers.' })
  needId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The service case it answers.' })
  serviceCaseId?: string | null;
}

@InputType('RecordParticipationInput', { description: "A person's part in an activity." })
export class RecordParticipationInput {
  @Field(() => ID, { description: 'The activity.' })
  activityId!: string;

  @Field(() => ID, { description: 'The person. Personal data.' })
  personId!: string;

  @Field(() => String, { nullable: true, description: "A business key; default the activity's code and the next number (A1-P3)." })
  code?: string | null;

  @Field(() => ParticipationRole, { description: 'In what capacity.' })
  role!: ParticipationRole;

  @Field(() => Float, { description: "Hours served: more than 0, at most the activity's length." })
  hours!: number;

  @Field(() => ID, { nullable: true, description: 'The reporting unit the hours count for.' })
  onBehalfOfId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization that verified the hours.' })
  verifiedById?: string | null;
}

@InputType('MemberReportFilter', { description: 'Conditions a member report must all meet to be listed.' })
export class MemberReportFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only reports to a community of this subtree.' })
  under?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only reports by members of this unit.' })
  homeUnit?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only reports in force on this day.' })
  activeAt?: string | null;
}

@InputType('RegisterMemberReportInput', { description: "A Party member's individual double reporting to a community." })
export class RegisterMemberReportInput {
  @Field(() => String, { description: 'Stable business key, unique, at most 64 characters.' })
  code!: string;

  @Field(() => ID, { description: 'The member (a Party member).' })
  personId!: string;

  @Field(() => ID, { description: 'The unit the member works in.' })
  homeUnitId!: string;

  @Field(() => ID, { description: 'The community (Party committee) reported to.' })
  communityId!: string;

  @Field(() => DateScalar, { description: 'First day.' })
  since!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day it ends (exclusive); null while in force.' })
  until?: string | null;
}

@InputType('UpdateActivityInput', { description: 'Changes to an activity: only the fields given change.' })
export class UpdateActivityInput {
  @Field(() => ID, { description: 'The activity.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT when it has changed since.' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'What it is, in a line (at most 200 characters).' })
  title?: string | null;

  @Field(() => ActivityKind, { nullable: true, description: 'What kind of activity.' })
  kind?: ActivityKind | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it starts. Its participations then count on its new first day.' })
  startsAt?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it ends, after it starts; no participation's hours may then exceed its length." })
  endsAt?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many people it served.' })
  beneficiaries?: number | null;

  @Field(() => [ID], { nullable: true, description: 'The partner organizations, replacing the ones it had.' })
  partnerIds?: string[] | null;
}

@InputType('EndActivityInput', { description: 'An activity cut short.' })
export class EndActivityInput {
  @Field(() => ID, { description: 'The activity.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT when it has changed since.' })
  expectedVersion?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it ended: after it started, before its planned end; default now.' })
  at?: string | null;
}

@InputType('UpdateParticipationInput', { description: 'Changes to a participation: only the fields given change (onBehalfOfId: null clears it).' })
export class UpdateParticipationInput {
  @Field(() => ID, { description: 'The participation.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT when it has changed since.' })
  expectedVersion?: number | null;

  @Field(() => Float, { nullable: true, description: "Hours served: more than 0, at most the activity's length." })
  hours?: number | null;

  @Field(() => ParticipationRole, { nullable: true, description: 'In what capacity.' })
  role?: ParticipationRole | null;

  @Field(() => ID, { nullable: true, description: 'The reporting unit the hours count for; null to clear.' })
  onBehalfOfId?: string | null;
}

@InputType('VerifyParticipationInput', { description: 'An organization verifies the hours of a participation.' })
export class VerifyParticipationInput {
  @Field(() => ID, { description: 'The participation.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT when it has changed since.' })
  expectedVersion?: number | null;

  @Field(() => ID, { description: 'The organization that verified the hours.' })
  verifiedById!: string;
}

@InputType('EndMemberReportInput', { description: "The end of a Party member's individual double reporting." })
export class EndMemberReportInput {
  @Field(() => ID, { description: 'The member report.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT when it has changed since.' })
  expectedVersion?: number | null;

  @Field(() => DateScalar, { description: 'The day it ends (exclusive): after it started.' })
  until!: string;
}
