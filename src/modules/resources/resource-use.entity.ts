import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { StoredEntity } from '../../db/stored-entity.js';
import { Connection } from '../../schema/pagination.js';
import { DateTimeScalar } from '../../schema/scalars/date-time.js';
import { ServiceCase } from '../cases/service-case.entity.js';
import { Link } from '../links/link.entity.js';
import { Node } from '../node/node.interface.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { Resource } from './resource.entity.js';
import { ResourceUseStatus } from './resource-use.transitions.js';

/**
 * A use of a resource: a booking of a room or equipment over a period, or a disbursement of funds on a
 * date, by the owner itself or by an organization it shares the resource with (viaLink).
 */
@ObjectType('ResourceUse', { simpleResolvers: true, implements: Node, description: 'A booking of a resource over a period, or a disbursement of funds on a date.' })
@Directive('@key(fields: "id")')
@Entity('resource_uses')
@Index('idx_resource_uses_resource_period', ['resourceId', 'startsAt'])
@Index('idx_resource_uses_user', ['userId', 'startsAt'])
@Index('idx_resource_uses_link', ['viaLinkId'])
export class ResourceUse extends StoredEntity implements Node {
  @Field(() => String, { description: 'Stable business key: the resource’s code and a number, unless given.' })
  @Column({ type: 'varchar', length: 96, unique: true })
  code!: string;

  @Column({ type: 'integer', name: 'resource_id' })
  resourceId!: number;

  @ManyToOne(() => Resource, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resource_id' })
  resourceRow?: Resource;

  /** The using organization. */
  @Column({ type: 'integer', name: 'user_id' })
  userId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  userRow?: Organization;

  /** The person who booked or used it, when recorded: personal data. */
  @Column({ type: 'integer', name: 'person_id', nullable: true })
  personId!: number | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'person_id' })
  personRow?: Person | null;

  @Field(() => DateTimeScalar, { description: 'When the use starts (FUNDS: the start of the disbursement date, UTC).' })
  @Column({ type: 'varchar', name: 'starts_at', length: 24 })
  startsAt!: string;

  @Field(() => DateTimeScalar, { description: 'When it ends, exclusive (FUNDS: the start of the next day).' })
  @Column({ type: 'varchar', name: 'ends_at', length: 24 })
  endsAt!: string;

  @Field(() => Float, { description: "How much, in the resource's unit (m², seats, items, CNY, hours)." })
  @Column({ type: 'double precision' })
  quantity!: number;

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  purpose!: string | null;

  @Field(() => ResourceUseStatus, { description: 'Where it stands.' })
  @Column({ type: 'varchar', length: 16 })
  status!: ResourceUseStatus;

  @Field(() => DateTimeScalar, { description: 'When it was requested.' })
  @Column({ type: 'varchar', name: 'requested_at', length: 24 })
  requestedAt!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When its status last changed after the request.' })
  @Column({ type: 'varchar', name: 'status_changed_at', length: 24, nullable: true })
  statusChangedAt!: string | null;

  /** The RESOURCE_SHARING link that allowed a use by another organization than the owner; null for the owner's own use. */
  @Column({ type: 'integer', name: 'via_link_id', nullable: true })
  viaLinkId!: number | null;

  @ManyToOne(() => Link, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'via_link_id' })
  viaLinkRow?: Link | null;

  @Column({ type: 'integer', name: 'case_id', nullable: true })
  caseId!: number | null;

  @ManyToOne(() => ServiceCase, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'case_id' })
  caseRow?: ServiceCase | null;
}

/** Pages of ResourceUses. */
export const ResourceUseConnection = Connection(ResourceUse, 'ResourceUse', 'A page of resource uses, with the total across all pages.');
