import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StoredEntity } from '../../db/stored-entity.js';
import { Connection } from '../../schema/pagination.js';
import { DateTimeScalar } from '../../schema/scalars/date-time.js';
import { ServiceCase } from '../cases/service-case.entity.js';
import { Grid } from '../grids/grid.entity.js';
import { Node } from '../node/node.interface.js';
import { Organization } from '../organizations/organization.entity.js';
import { Need } from './need.entity.js';
import { ActivityKind } from './social.kinds.js';

/**
 * An activity of the social forces: volunteer service, a co-building project, charity, a patrol, Party
 * life, a consultation day; organised by one organization with partners, in a community or grid, over a
 * period, answering a need or a service case. Participations record who served and for how long.
 */
@ObjectType('Activity', { simpleResolvers: true, implements: Node, description: 'An activity of the social forces: organised by an organization with partners, in a community or grid, over a period.' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity('activities')
@Index('idx_activities_community_start', ['communityId', 'startsAt'])
@Index('idx_activities_organiser_start', ['organiserId', 'startsAt'])
// socialIndicators by grid: a grid's activities of a period (without it, every activity was read for every grid).
@Index('idx_activities_grid_start', ['gridId', 'startsAt'])
@Index('idx_activities_need', ['needId'])
export class Activity extends StoredEntity implements Node {
  @Field(() => String, { description: 'Stable business key.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Field(() => String, { description: 'What it is, in a line.' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => ActivityKind, { description: 'What kind of activity.' })
  @Column({ type: 'varchar', length: 24 })
  kind!: ActivityKind;

  @Column({ type: 'integer', name: 'organiser_id' })
  organiserId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organiser_id' })
  organiserRow?: Organization;

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

  @Field(() => DateTimeScalar, { description: 'When it starts.' })
  @Column({ type: 'varchar', name: 'starts_at', length: 24 })
  startsAt!: string;

  @Field(() => DateTimeScalar, { description: 'When it ends (after it starts).' })
  @Column({ type: 'varchar', name: 'ends_at', length: 24 })
  endsAt!: string;

  @Field(() => Int, { description: 'How many people it served.' })
  @Column({ type: 'integer' })
  beneficiaries!: number;

  @Column({ type: 'integer', name: 'need_id', nullable: true })
  needId!: number | null;

  @ManyToOne(() => Need, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'need_id' })
  needRow?: Need | null;

  @Column({ type: 'integer', name: 'case_id', nullable: true })
  caseId!: number | null;

  @ManyToOne(() => ServiceCase, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'case_id' })
  caseRow?: ServiceCase | null;
}

/** The partner organizations of an activity, besides its organiser. */
@Entity('activity_partners')
@Index('idx_activity_partners_organization', ['organizationId'])
export class ActivityPartner {
  @PrimaryColumn({ type: 'integer', name: 'activity_id' })
  activityId!: number;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activityRow?: Activity;

  @PrimaryColumn({ type: 'integer', name: 'organization_id' })
  organizationId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organizationRow?: Organization;
}

/** Pages of Activities. */
export const ActivityConnection = Connection(Activity, 'Activity', 'A page of activities, with the total across all pages.');
