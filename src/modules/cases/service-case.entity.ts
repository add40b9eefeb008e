import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { StoredEntity } from '../../db/stored-entity.js';
import { Connection } from '../../schema/pagination.js';
import { DateTimeScalar } from '../../schema/scalars/date-time.js';
import { Grid } from '../grids/grid.entity.js';
import { Node } from '../node/node.interface.js';
import { Organization } from '../organizations/organization.entity.js';
import { CaseChannel, CaseUrgency, Resolution, Satisfaction } from './case.kinds.js';
import { CaseStatus } from './case.transitions.js';
import { ServiceCategory } from './service-category.entity.js';

@ObjectType('ResidentOutcome', { simpleResolvers: true, description: "The resident's judgement at the revisit (回访)." })
export class ResidentOutcome {
  @Field(() => Resolution, { description: 'Whether the resident says the problem was solved.' })
  resolved!: Resolution;

  @Field(() => Satisfaction, { description: 'How satisfied the resident is.' })
  satisfaction!: Satisfaction;

  @Field(() => DateTimeScalar, { description: 'When the revisit took place.' })
  revisitedAt!: string;
}

/**
 * A resident's request, from receipt to revisit. Its status is derived from its events (CaseEvent,
 * append-only) through the lifecycle table of case.transitions.ts: every event stores the status it led
 * to, and the case the latest one, written in the same transaction. The resident is never named: a case
 * refers to a grid and, at most, an opaque household reference.
 */
@ObjectType('ServiceCase', { simpleResolvers: true, implements: Node, description: "A resident's request (a work order), from receipt to revisit, with its history of events." })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity('service_cases')
@Index('idx_service_cases_grid_received', ['gridId', 'receivedAt'])
@Index('idx_service_cases_handler_status', ['currentHandlerId', 'status'])
@Index('idx_service_cases_community_received', ['communityId', 'receivedAt'])
@Index('idx_service_cases_received', ['receivedAt'])
@Index('idx_service_cases_due', ['dueAt'])
// Every column the case indicators read (the 1796832925000 migrations): a district's long period is read through it.
@Index('idx_service_cases_indicators', ['communityId', 'receivedAt', 'dueAt', 'facts', 'categoryId', 'urgency', 'whistled', 'hoursToContact', 'hoursToReply', 'hoursToClose', 'dispatchCount', 'returnCount', 'status', 'closedAt', 'longestGapHours', 'longestGapStage', 'lastEventAt', 'gridId', 'currentHandlerId', 'channel'])
export class ServiceCase extends StoredEntity implements Node {
  @Field(() => String, { description: 'Stable business key: the work-order number.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Column({ type: 'integer', name: 'category_id' })
  categoryId!: number;

  @ManyToOne(() => ServiceCategory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id' })
  categoryRow?: ServiceCategory;

  @Field(() => CaseChannel, { description: 'How the request came in.' })
  @Column({ type: 'varchar', length: 16 })
  channel!: CaseChannel;

  @Field(() => CaseUrgency, { description: 'Urgency tier.' })
  @Column({ type: 'varchar', length: 16 })
  urgency!: CaseUrgency;

  /** Personal data: shown with the pii right only (the resolver). */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  description!: string | null;

  /** An opaque reference to the household, never a name or a phone; personal data. */
  @Column({ type: 'varchar', name: 'household_ref', length: 64, nullable: true })
  householdRef!: string | null;

  @Field(() => DateTimeScalar, { description: 'When the request was received.' })
  @Column({ type: 'varchar', name: 'received_at', length: 24 })
  receivedAt!: string;

  @Field(() => DateTimeScalar, { description: "When the reply is due: receipt plus the category's close limit for the urgency, moved by granted extensions (Open311 expected_datetime)." })
  @Column({ type: 'varchar', name: 'due_at', length: 24 })
  dueAt!: string;

  @Column({ type: 'integer', name: 'grid_id', nullable: true })
  gridId!: number | null;

  @ManyToOne(() => Grid, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'grid_id' })
  gridRow?: Grid | null;

  @Column({ type: 'integer', name: 'community_id' })
  communityId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'community_id' })
  communityRow?: Organization;

  /** The intake: the organization that received the request. */
  @Column({ type: 'integer', name: 'received_by_id' })
  receivedById!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'received_by_id' })
  receivedByRow?: Organization;

  @Column({ type: 'integer', name: 'current_handler_id' })
  currentHandlerId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'current_handler_id' })
  currentHandlerRow?: Organization;

  /** Who dispatched (or transferred) it to the current handler: where a RETURN sends it back. */
  @Column({ type: 'integer', name: 'dispatcher_id', nullable: true })
  dispatcherId!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'dispatcher_id' })
  dispatcherRow?: Organization | null;

  @Field(() => CaseStatus, { description: 'Where the case stands: the status its last event led to.' })
  @Column({ type: 'varchar', length: 16 })
  status!: CaseStatus;

  /** The seq of its last event (events are numbered 1, 2, … per case). */
  @Column({ type: 'integer', name: 'last_seq' })
  lastSeq!: number;

  @Field(() => DateTimeScalar, { description: 'When its last event happened (Open311 updated_datetime).' })
  @Column({ type: 'varchar', name: 'last_event_at', length: 24 })
  lastEventAt!: string;

  @Field(() => Int, { description: 'How many times it was dispatched or transferred (hops).' })
  @Column({ type: 'integer', name: 'dispatch_count', default: 0 })
  dispatchCount!: number;

  @Field(() => Int, { description: 'How many times a unit returned it unsigned (退单).' })
  @Column({ type: 'integer', name: 'return_count', default: 0 })
  returnCount!: number;

  @Field(() => Int, { description: 'How many times it was reopened (重办).' })
  @Column({ type: 'integer', name: 'reopen_count', default: 0 })
  reopenCount!: number;

  @Field(() => Boolean, { description: 'Whether a whistle was blown on it.' })
  @Column({ type: 'boolean', default: false })
  whistled!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The first time a unit signed for it.' })
  @Column({ type: 'varchar', name: 'signed_at', length: 24, nullable: true })
  signedAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The first contact with the resident: the response.' })
  @Column({ type: 'varchar', name: 'contacted_at', length: 24, nullable: true })
  contactedAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The last reply.' })
  @Column({ type: 'varchar', name: 'replied_at', length: 24, nullable: true })
  repliedAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The last closure; null while it is not closed.' })
  @Column({ type: 'varchar', name: 'closed_at', length: 24, nullable: true })
  closedAt!: string | null;

  @Field(() => Resolution, { nullable: true, description: "The handler's claim in its last reply: whether it solved the problem." })
  @Column({ type: 'varchar', name: 'handler_resolved', length: 8, nullable: true })
  handlerResolved!: Resolution | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  resolved!: Resolution | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  satisfaction!: Satisfaction | null;

  @Column({ type: 'varchar', name: 'revisited_at', length: 24, nullable: true })
  revisitedAt!: string | null;

  /*
   * Derived from the events, written with them by planStep (and backfilled by the DerivedCaseHours
   * migration), so that the indicators read numbers instead of parsing dates: hours from receipt to the
   * first contact, to the last reply and to the closure (null when there is none), to the millisecond.
   */
  @Column({ type: 'double precision', name: 'hours_to_contact', nullable: true })
  hoursToContact!: number | null;

  @Column({ type: 'double precision', name: 'hours_to_reply', nullable: true })
  hoursToReply!: number | null;

  @Column({ type: 'double precision', name: 'hours_to_close', nullable: true })
  hoursToClose!: number | null;

  /**
   * The longest gap between two consecutive events (the earliest of equal ones) and the status the case
   * sat in during it: where the time of a breached case went, without reading its events. Null with one event.
   */
  @Column({ type: 'double precision', name: 'longest_gap_hours', nullable: true })
  longestGapHours!: number | null;

  @Column({ type: 'varchar', name: 'longest_gap_stage', length: 16, nullable: true })
  longestGapStage!: CaseStatus | null;

  /** The facts of the case that do not depend on a period, one bit each (case.facts.ts), written by planStep with every step. */
  @Column({ type: 'integer', default: 0 })
  facts!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The due time an extension was asked for and not yet granted.' })
  @Column({ type: 'varchar', name: 'extension_requested_until', length: 24, nullable: true })
  extensionRequestedUntil!: string | null;

  @Column({ type: 'integer', name: 'duplicate_of_id', nullable: true })
  duplicateOfId!: number | null;

  @ManyToOne(() => ServiceCase, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'duplicate_of_id' })
  duplicateOfRow?: ServiceCase | null;

  @Field(() => ResidentOutcome, { nullable: true, description: "The resident's judgement at the last revisit; null before one." })
  get outcome(): ResidentOutcome | null {
    return this.resolved && this.satisfaction && this.revisitedAt ? { resolved: this.resolved, satisfaction: this.satisfaction, revisitedAt: this.revisitedAt } : null;
  }
}

/** Pages of ServiceCases. */
export const ServiceCaseConnection = Connection(ServiceCase, 'ServiceCase', 'A page of service cases, with the total across all pages.');
