import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { StoredEntity } from '../../db/stored-entity.js';
import { Connection } from '../../schema/pagination.js';
import { DateScalar } from '../../schema/scalars/date.js';
import { Node } from '../node/node.interface.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { Activity } from './activity.entity.js';
import { ParticipationRole } from './social.kinds.js';

/** A person's part in an activity: role, hours, the reporting unit it counts for, who verified it. Personal data (the person). */
@ObjectType('Participation', { simpleResolvers: true, implements: Node, description: "A person's part in an activity: role, hours, on behalf of which reporting unit, verified by whom." })
@Directive('@key(fields: "id")')
@Entity('participations')
// Each index also holds what socialIndicators reads from the participations it finds (README, "Measuring the social
// forces"), so that a year's 528,000 at scale 1 are counted from the index without reading their rows: an activity's
// participations, on behalf of whom and their hours (volunteer hours, a link's use by a unit); a person's activities and
// hours by day (reporting members' hours of a period); a unit's activities (units that took part).
@Index('idx_participations_activity', ['activityId', 'onBehalfOfId', 'hours'])
@Index('idx_participations_person', ['personId', 'day', 'activityId', 'hours'])
@Index('idx_participations_on_behalf_of', ['onBehalfOfId', 'activityId'])
export class Participation extends StoredEntity implements Node {
  @Field(() => String, { description: "Stable business key: the activity's code and a number, unless given." })
  @Column({ type: 'varchar', length: 96, unique: true })
  code!: string;

  @Column({ type: 'integer', name: 'activity_id' })
  activityId!: number;

  @ManyToOne(() => Activity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_id' })
  activityRow?: Activity;

  @Column({ type: 'integer', name: 'person_id' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  personRow?: Person;

  @Field(() => ParticipationRole, { description: 'In what capacity the person served.' })
  @Column({ type: 'varchar', length: 24 })
  role!: ParticipationRole;

  @Field(() => Float, { description: "Hours served: more than 0, at most the activity's length." })
  @Column({ type: 'double precision' })
  hours!: number;

  /** The day the hours count on: the activity's first day (UTC), kept for the indicators' periods. */
  @Field(() => DateScalar, { description: "The day the hours count on: the activity's first day (UTC)." })
  @Column({ type: 'varchar', length: 10 })
  day!: string;

  @Column({ type: 'integer', name: 'on_behalf_of_id', nullable: true })
  onBehalfOfId!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'on_behalf_of_id' })
  onBehalfOfRow?: Organization | null;

  @Column({ type: 'integer', name: 'verified_by_id', nullable: true })
  verifiedById!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'verified_by_id' })
  verifiedByRow?: Organization | null;
}

/** Pages of Participations. */
export const ParticipationConnection = Connection(Participation, 'Participation', 'A page of participations, with the total across all pages.');
