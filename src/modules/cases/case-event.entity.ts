import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../../lib/global-id.js';
import { Connection } from '../../schema/pagination.js';
import { DateTimeScalar } from '../../schema/scalars/date-time.js';
import { Organization } from '../organizations/organization.entity.js';
import { EligibilityKind, Resolution, Satisfaction } from './case.kinds.js';
import { CaseEventKind, CaseStatus } from './case.transitions.js';
import { ServiceCase } from './service-case.entity.js';

/**
 * One thing that happened to a case. Append-only: events are inserted with the next `seq` of their case,
 * in the transaction that updates the case's status, and never changed or deleted.
 */
@ObjectType('CaseEvent', { simpleResolvers: true, description: 'One step in the history of a service case. Append-only.' })
@Entity('case_events')
@Index('idx_case_events_case_seq', ['caseId', 'seq'], { unique: true })
@Index('idx_case_events_kind_at', ['kind', 'at'])
// What the case indicators' returns read of the RETURN and TRANSFER events (the 1796832926000 migrations); their WHERE names these kinds as this does.
@Index('idx_case_events_hops', ['kind', 'at', 'caseId', 'fromOrganizationId', 'toOrganizationId'], { where: "kind IN ('RETURN', 'TRANSFER')" })
export class CaseEvent {
  @PrimaryGeneratedColumn({ type: 'integer', name: 'id' })
  databaseId!: number;

  @Field(() => ID, { description: 'Global, opaque id of the event. Stable.' })
  get id(): string {
    return toGlobalId('CaseEvent', this.databaseId);
  }

  @Column({ type: 'integer', name: 'case_id' })
  caseId!: number;

  @ManyToOne(() => ServiceCase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  caseRow?: ServiceCase;

  @Field(() => Int, { description: 'Position in the case: 1 for its RECEIVE, then 2, 3, …' })
  @Column({ type: 'integer' })
  seq!: number;

  @Field(() => CaseEventKind, { description: 'What happened.' })
  @Column({ type: 'varchar', length: 24 })
  kind!: CaseEventKind;

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  @Column({ type: 'varchar', length: 24 })
  at!: string;

  @Column({ type: 'integer', name: 'acting_organization_id' })
  actingOrganizationId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'acting_organization_id' })
  actingOrganizationRow?: Organization;

  /** Personal data: the staff member who acted; masked without the pii right (the resolver). */
  @Column({ type: 'varchar', name: 'acting_person', length: 100, nullable: true })
  actingPerson!: string | null;

  @Column({ type: 'integer', name: 'from_organization_id', nullable: true })
  fromOrganizationId!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'from_organization_id' })
  fromOrganizationRow?: Organization | null;

  @Column({ type: 'integer', name: 'to_organization_id', nullable: true })
  toOrganizationId!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'to_organization_id' })
  toOrganizationRow?: Organization | null;

  @Field(() => EligibilityKind, { nullable: true, description: 'For a DISPATCH or TRANSFER: what made the target reachable.' })
  @Column({ type: 'varchar', length: 8, nullable: true })
  eligibility!: EligibilityKind | null;

  @Column({ type: 'integer', name: 'via_link_id', nullable: true })
  viaLinkId!: number | null;

  @Column({ type: 'integer', name: 'whistle_id', nullable: true })
  whistleId!: number | null;

  @Field(() => String, { nullable: true, description: 'A reason code (why it was returned, rejected, extended, urged…).' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  reason!: string | null;

  /** Shown without the pii right only when the event is public (the resolver). */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  note!: string | null;

  @Field(() => Boolean, { description: 'Whether the event may be shown to the public (Open311 status_notes).' })
  @Column({ type: 'boolean', default: false })
  public!: boolean;

  @Field(() => CaseStatus, { description: 'The status of the case after this event.' })
  @Column({ type: 'varchar', name: 'status_after', length: 16 })
  statusAfter!: CaseStatus;

  @Field(() => Resolution, { nullable: true, description: "REPLY: the handler's claim; REVISIT: the resident's answer." })
  @Column({ type: 'varchar', length: 8, nullable: true })
  resolved!: Resolution | null;

  @Field(() => Satisfaction, { nullable: true, description: "REVISIT: the resident's satisfaction." })
  @Column({ type: 'varchar', length: 16, nullable: true })
  satisfaction!: Satisfaction | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'REQUEST_EXTENSION: the due time asked for; GRANT_EXTENSION: the new due time.' })
  @Column({ type: 'varchar', name: 'due_at', length: 24, nullable: true })
  dueAt!: string | null;

  /** When the row was written (the server's clock), beside `at`, when it happened. */
  @Column({ type: 'varchar', name: 'recorded_at', length: 32 })
  recordedAt!: string;
}

/** Pages of CaseEvents. */
export const CaseEventConnection = Connection(CaseEvent, 'CaseEvent', 'A page of case events, in order, with the total across all pages.');
