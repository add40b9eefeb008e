import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { StoredEntity } from '../../db/stored-entity.js';
import { Connection } from '../../schema/pagination.js';
import { DateTimeScalar } from '../../schema/scalars/date-time.js';
import { Grid } from '../grids/grid.entity.js';
import { Node } from '../node/node.interface.js';
import { Organization } from '../organizations/organization.entity.js';
import { ResourceKind, ResourceStatus } from './resource.kinds.js';

/**
 * Something an organization offers to others (the resource list, 资源清单): a room, a budget, equipment,
 * volunteer time, expertise. Capacity follows Open Referral HSDS 3 `service_capacity` (unit, maximum,
 * available, updated). Others use it through the owner's RESOURCE_SHARING links (README, "Resources").
 */
@ObjectType('Resource', { simpleResolvers: true, implements: Node, description: 'Something an organization offers others: space, funds, equipment, volunteer time or expertise, with its capacity and opening hours.' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity('resources')
@Index('idx_resources_owner', ['ownerId', 'kind'])
@Index('idx_resources_community', ['communityId', 'kind'])
@Index('idx_resources_grid', ['gridId'])
export class Resource extends StoredEntity implements Node {
  @Field(() => String, { description: 'Stable business key.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Column({ type: 'integer', name: 'owner_id' })
  ownerId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  ownerRow?: Organization;

  @Field(() => ResourceKind, { description: 'What it is.' })
  @Column({ type: 'varchar', length: 16 })
  kind!: ResourceKind;

  @Field(() => String, { description: 'Its name.' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => String, { description: 'The unit of maximum, available and every use’s quantity: m², seat, CNY, hour, item, person… (HSDS service_capacity.unit).' })
  @Column({ type: 'varchar', length: 16 })
  unit!: string;

  @Field(() => Float, { description: 'The capacity: how much may be in use at once (SPACE, EQUIPMENT, VOLUNTEER_TIME, EXPERTISE), or the budget (FUNDS) (HSDS service_capacity.maximum).' })
  @Column({ type: 'double precision' })
  maximum!: number;

  @Field(() => Float, { nullable: true, description: 'How much the owner last reported available (HSDS service_capacity.available); null when never reported. Bookings are checked against maximum.' })
  @Column({ type: 'double precision', nullable: true })
  available!: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When available was last reported (HSDS service_capacity.updated).' })
  @Column({ type: 'varchar', name: 'available_updated_at', length: 24, nullable: true })
  availableUpdatedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Its weekly opening hours, as "Mo-Fr 08:30-17:30; Sa 09:00-12:00" (local times); null: always open.' })
  @Column({ type: 'varchar', name: 'opening_hours', length: 500, nullable: true })
  openingHours!: string | null;

  /** Open minutes per weekday, from openingHours (1440 each when always open): what resourceUtilisation sums in SQL. */
  @Column({ type: 'integer', name: 'open_mo' })
  openMo!: number;

  @Column({ type: 'integer', name: 'open_tu' })
  openTu!: number;

  @Column({ type: 'integer', name: 'open_we' })
  openWe!: number;

  @Column({ type: 'integer', name: 'open_th' })
  openTh!: number;

  @Column({ type: 'integer', name: 'open_fr' })
  openFr!: number;

  @Column({ type: 'integer', name: 'open_sa' })
  openSa!: number;

  @Column({ type: 'integer', name: 'open_su' })
  openSu!: number;

  @Field(() => Float, { description: 'Hours open in a week, from openingHours (168 when always open).' })
  get weeklyOpenHours(): number {
    return (this.openMo + this.openTu + this.openWe + this.openTh + this.openFr + this.openSa + this.openSu) / 60;
  }

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

  @Field(() => ResourceStatus, { description: 'Where it stands; only ACTIVE resources take requests.' })
  @Column({ type: 'varchar', length: 24 })
  status!: ResourceStatus;

  @Field(() => String, { nullable: true, description: 'What it is and how to get it, in a few sentences.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  description!: string | null;
}

/** Pages of Resources. */
export const ResourceConnection = Connection(Resource, 'Resource', 'A page of resources, with the total across all pages.');
