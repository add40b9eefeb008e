import { Field, ObjectType } from 'type-graphql';
import { CaseEvent } from './case-event.entity.js';
import { EligibilityKind } from './case.kinds.js';
import { ServiceCase } from './service-case.entity.js';

@ObjectType('CaseEligibility', { simpleResolvers: true, description: 'What made an organization reachable from a case: its chain, or a link (given).' })
export class CaseEligibility {
  @Field(() => EligibilityKind, { description: 'CHAIN or LINK.' })
  kind!: EligibilityKind;

  /** Resolved to the Link (field resolver). */
  linkId!: number | null;
}

@ObjectType('CaseStepResult', { simpleResolvers: true, description: 'What a step did: the case after it, the event appended, and, for a dispatch or a transfer, what made the target reachable.' })
export class CaseStepResult {
  @Field(() => ServiceCase, { description: 'The case after the step (its new status and version).' })
  serviceCase!: ServiceCase;

  @Field(() => CaseEvent, { description: 'The event appended.' })
  event!: CaseEvent;

  @Field(() => CaseEligibility, { nullable: true, description: 'DISPATCH and TRANSFER: the edge that made the target eligible.' })
  eligibility!: CaseEligibility | null;
}

@ObjectType('CasePathStep', { simpleResolvers: true, description: 'An organization a case passed through, with the event that brought it there.' })
export class CasePathStep {
  /** Resolved to the Organization (field resolver). */
  organizationId!: number;

  @Field(() => CaseEvent, { description: 'The hop that led here: RECEIVE (the intake), DISPATCH, TRANSFER or RETURN.' })
  event!: CaseEvent;
}
