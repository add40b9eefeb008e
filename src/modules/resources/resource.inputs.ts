import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../schema/scalars/date.js';
import { DateTimeScalar } from '../../schema/scalars/date-time.js';
import { ResourceKind, ResourceStatus } from './resource.kinds.js';
import { ResourceUseStatus } from './resource-use.transitions.js';

@InputType('ResourceFilter', { description: 'Conditions a resource must all meet to be listed.' })
export class ResourceFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only resources this organization owns.' })
  owner?: string | null;

  @Field(() => [ResourceKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: ResourceKind[] | null;

  @Field(() => [ResourceStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: ResourceStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only resources placed in a community of this subtree (a community, a subdistrict, the district).' })
  under?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only resources placed in this grid.' })
  grid?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only resources whose owner shares them with this organization through a RESOURCE_SHARING link in force (on availableAt, or today).' })
  sharedWith?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only resources ACTIVE and open on this day of the week (by their opening hours).' })
  availableAt?: string | null;
}

@InputType('ResourceUseFilter', { description: 'Conditions a resource use must all meet to be listed.' })
export class ResourceUseFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only uses of this resource.' })
  resource?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only uses by this organization.' })
  user?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only uses of resources this organization owns.' })
  owner?: string | null;

  @Field(() => [ResourceUseStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: ResourceUseStatus[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only uses ending after the start of this day (UTC).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only uses starting before the start of this day (UTC).' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only uses serving this service case.' })
  serviceCase?: string | null;
}

@InputType('ResourceUsesFilter', { description: "Conditions on a resource's uses." })
export class ResourceUsesFilterInput {
  @Field(() => [ResourceUseStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: ResourceUseStatus[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only uses ending after the start of this day (UTC).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only uses starting before the start of this day (UTC).' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only uses by this organization.' })
  user?: string | null;
}

@InputType('CreateResourceInput', { description: 'A new resource on the resource list.' })
export class CreateResourceInput {
  @Field(() => String, { description: 'Stable business key, unique, at most 64 characters.' })
  code!: string;

  @Field(() => ID, { description: 'The organization that owns and offers it.' })
  ownerId!: string;

  @Field(() => ResourceKind, { description: 'What it is.' })
  kind!: ResourceKind;

  @Field(() => String, { description: 'Its name, at most 200 characters.' })
  name!: string;

  @Field(() => String, { description: 'The unit of its capacity and of every use: m², seat, CNY, hour, item… (at most 16 characters).' })
  unit!: string;

  @Field(() => Float, { description: 'The capacity at once (the budget for FUNDS); more than 0.' })
  maximum!: number;

  @Field(() => Float, { nullable: true, description: 'How much is available, as the owner reports it.' })
  available?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When available was reported; default now.' })
  availableUpdatedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Weekly opening hours, "Mo-Fr 08:30-17:30; Sa 09:00-12:00" (local times); omitted: always open.' })
  openingHours?: string | null;

  @Field(() => ID, { nullable: true, description: 'The grid it is in; its community is the resource’s.' })
  gridId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The community (Party committee) it is in; required without a grid.' })
  communityId?: string | null;

  @Field(() => ResourceStatus, { nullable: true, description: 'Default ACTIVE.' })
  status?: ResourceStatus | null;

  @Field(() => String, { nullable: true, description: 'What it is and how to get it, at most 500 characters.' })
  description?: string | null;
}

@InputType('UpdateResourceInput', { description: 'Changes to a resource; fields left out stay as they are.' })
export class UpdateResourceInput {
  @Field(() => ID, { description: 'The resource.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT if it changed since.' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'A new name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A new unit.' })
  unit?: string | null;

  @Field(() => Float, { nullable: true, description: 'A new capacity. Existing uses are kept even if they no longer fit; new requests are checked against it.' })
  maximum?: number | null;

  @Field(() => Float, { nullable: true, description: 'How much is available now (null clears it); availableUpdatedAt becomes now unless given.' })
  available?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When available was reported.' })
  availableUpdatedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'New weekly opening hours; null: always open.' })
  openingHours?: string | null;

  @Field(() => String, { nullable: true, description: 'A new description; null clears it.' })
  description?: string | null;
}

@InputType('ChangeResourceStatusInput', { description: 'A resource opens, closes for a while, or ends.' })
export class ChangeResourceStatusInput {
  @Field(() => ID, { description: 'The resource.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT if it changed since.' })
  expectedVersion?: number | null;

  @Field(() => ResourceStatus, { description: 'The new status. DEFUNCT is final.' })
  status!: ResourceStatus;
}

@InputType('RequestResourceUseInput', { description: 'A request to use a resource: a booking over a period, or a disbursement of funds on a date.' })
export class RequestResourceUseInput {
  @Field(() => ID, { description: 'The resource.' })
  resourceId!: string;

  @Field(() => ID, { description: 'The organization that will use it: the owner, or one the owner shares it with through a RESOURCE_SHARING link in force on the dates.' })
  userId!: string;

  @Field(() => String, { nullable: true, description: "A business key; default the resource's code and the next number (R1-U7)." })
  code?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who books it. Personal data.' })
  personId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Start of the use (all kinds but FUNDS).' })
  from?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'End of the use, exclusive (all kinds but FUNDS).' })
  to?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'FUNDS: the date of the disbursement.' })
  date?: string | null;

  @Field(() => Float, { description: "How much, in the resource's unit; more than 0." })
  quantity!: number;

  @Field(() => String, { nullable: true, description: 'What for, at most 500 characters.' })
  purpose?: string | null;

  @Field(() => ID, { nullable: true, description: 'The service case it serves.' })
  serviceCaseId?: string | null;
}

@InputType('ResourceUseStepInput', { description: 'A step of a resource use: which use, and the version you last read.' })
export class ResourceUseStepInput {
  @Field(() => ID, { description: 'The use.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT if it changed since.' })
  expectedVersion?: number | null;
}
