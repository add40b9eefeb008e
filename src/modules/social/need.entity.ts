import { Directive, Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { StoredEntity } from '../../db/stored-entity.js';
import { Connection } from '../../schema/pagination.js';
import { DateTimeScalar } from '../../schema/scalars/date-time.js';
import { Grid } from '../grids/grid.entity.js';
import { Node } from '../node/node.interface.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { NeedKind } from './social.kinds.js';
import { NeedStatus } from './need.transitions.js';

/**
 * A need on the needs list (需求清单): goods, a service, a micro-wish or a project, raised in a community
 * or one of its grids, claimed by an organization or a person, then fulfilled or expired. The resident is
 * never named: at most an opaque household reference.
 */
@ObjectType('Need', { simpleResolvers: true, implements: Node, description: 'A need on the needs list: goods, a service, a micro-wish or a project raised in a community or grid, claimed and fulfilled.' })
@Directive('@key(fields: "id")')
@Entity('needs')
@Index('idx_needs_community_raised', ['communityId', 'raisedAt'])
@Index('idx_needs_grid', ['gridId'])
@Index('idx_needs_claimer', ['claimerOrganizationId'])
export class Need extends StoredEntity implements Node {
  @Field(() => String, { description: 'Stable business key.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Field(() => NeedKind, { description: 'What is needed.' })
  @Column({ type: 'varchar', length: 16 })
  kind!: NeedKind;

  @Field(() => String, { description: 'What is needed, in a line.' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: 'A free category (elderly care, children, repairs…).' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  category!: string | null;

  @Column({ type: 'integer', name: 'community_id' })
  communityId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'community_id' })
  communityRow?: Organization;

  @Column({ type: 'integer', name: 'grid_id', nullable: true })
  gridId!: number | null;

  @ManyToOne(() => Grid, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'grid_id' })
  gridRow?: Grid | null;

  @Field(() => DateTimeScalar, { description: 'When it was raised.' })
  @Column({ type: 'varchar', name: 'raised_at', length: 24 })
  raisedAt!: string;

  /** An opaque household reference, never a name or a phone; personal data. */
  @Column({ type: 'varchar', name: 'household_ref', length: 64, nullable: true })
  householdRef!: string | null;

  @Field(() => NeedStatus, { description: 'Where it stands.' })
  @Column({ type: 'varchar', length: 16 })
  status!: NeedStatus;

  @Column({ type: 'integer', name: 'claimer_organization_id', nullable: true })
  claimerOrganizationId!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'claimer_organization_id' })
  claimerOrganizationRow?: Organization | null;

  /** The person who claimed it (a volunteer, a Party member): personal data. */
  @Column({ type: 'integer', name: 'claimer_person_id', nullable: true })
  claimerPersonId!: number | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'claimer_person_id' })
  claimerPersonRow?: Person | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was claimed.' })
  @Column({ type: 'varchar', name: 'claimed_at', length: 24, nullable: true })
  claimedAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was fulfilled.' })
  @Column({ type: 'varchar', name: 'fulfilled_at', length: 24, nullable: true })
  fulfilledAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it expired.' })
  @Column({ type: 'varchar', name: 'expired_at', length: 24, nullable: true })
  expiredAt!: string | null;
}

/** Pages of Needs. */
export const NeedConnection = Connection(Need, 'Need', 'A page of needs, with the total across all pages.');
