import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../schema/scalars/date.js';
import { DateTimeScalar } from '../../schema/scalars/date-time.js';
import { NeedKind } from './social.kinds.js';
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
