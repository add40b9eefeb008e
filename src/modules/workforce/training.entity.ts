import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { StoredEntity } from '../../db/stored-entity.js';
import { Connection } from '../../schema/pagination.js';
import { DateScalar } from '../../schema/scalars/date.js';
import { Node } from '../node/node.interface.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { TrainingCourseStatus, TrainingLevel } from './workforce.kinds.js';

/** A training course for community workers, held by a provider (often a professional service organisation). */
@ObjectType('TrainingCourse', { simpleResolvers: true, implements: Node, description: 'A training course for community workers: its provider (often a professional service organisation, through a SERVICE_PARTNERSHIP), level, topic, hours and period.' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity('training_courses')
@Index('idx_training_courses_provider', ['providerId', 'startsOn'])
@Index('idx_training_courses_start', ['startsOn'])
export class TrainingCourse extends StoredEntity implements Node {
  @Field(() => String, { description: 'Stable business key.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Field(() => String, { description: 'What it is, in a line.' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'integer', name: 'provider_id' })
  providerId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  providerRow?: Organization;

  @Field(() => TrainingLevel, { description: 'At what level it is held.' })
  @Column({ type: 'varchar', length: 16 })
  level!: TrainingLevel;

  @Field(() => String, { description: 'Its topic (casework, elderly care, Party building, grid governance…).' })
  @Column({ type: 'varchar', length: 64 })
  topic!: string;

  @Field(() => Float, { description: 'Its length in hours (the most an attendance can be credited).' })
  @Column({ type: 'double precision' })
  hours!: number;

  @Field(() => DateScalar, { description: 'First day.' })
  @Column({ type: 'varchar', name: 'starts_on', length: 10 })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Last day (inclusive).' })
  @Column({ type: 'varchar', name: 'ends_on', length: 10 })
  endsOn!: string;

  @Field(() => TrainingCourseStatus, { description: 'SCHEDULED, or CANCELLED (kept with its attendances, which no indicator counts).' })
  @Column({ type: 'varchar', length: 16, default: TrainingCourseStatus.SCHEDULED })
  status!: TrainingCourseStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled; null while scheduled.' })
  @Column({ type: 'varchar', name: 'cancel_reason', length: 200, nullable: true })
  cancelReason!: string | null;
}

/** A person's attendance at a course. Personal data (the person). */
@ObjectType('TrainingAttendance', { simpleResolvers: true, implements: Node, description: "A person's attendance at a training course: hours credited, completed, and whether it counts as continuing education." })
@Directive('@key(fields: "id")')
@Entity('training_attendances')
@Index('idx_training_attendances_course', ['courseId'])
@Index('idx_training_attendances_person', ['personId', 'courseId'], { unique: true })
export class TrainingAttendance extends StoredEntity implements Node {
  @Field(() => String, { description: "Stable business key: the course's code and the person's, unless given." })
  @Column({ type: 'varchar', length: 140, unique: true })
  code!: string;

  @Column({ type: 'integer', name: 'course_id' })
  courseId!: number;

  @ManyToOne(() => TrainingCourse, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id' })
  courseRow?: TrainingCourse;

  @Column({ type: 'integer', name: 'person_id' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  personRow?: Person;

  @Field(() => Float, { description: "Hours credited: from 0 to the course's hours." })
  @Column({ type: 'double precision', name: 'hours_credited' })
  hoursCredited!: number;

  @Field(() => Boolean, { description: 'Whether the course was completed; only completed attendances count in the indicators.' })
  @Column({ type: 'boolean' })
  completed!: boolean;

  @Field(() => Boolean, { description: "Whether the hours count as continuing education for a social-work registration." })
  @Column({ type: 'boolean', name: 'continuing_education' })
  continuingEducation!: boolean;

  @Field(() => Boolean, { description: 'Whether the attendance was withdrawn (withdrawTrainingAttendance): kept, but no indicator counts it and it can no longer change.' })
  @Column({ type: 'boolean', default: false })
  withdrawn!: boolean;

  /** Why it was withdrawn; personal data, exposed through the resolver (null without the pii right). */
  @Column({ type: 'varchar', name: 'withdraw_reason', length: 200, nullable: true })
  withdrawReason!: string | null;
}

/** Pages of TrainingCourses. */
export const TrainingCourseConnection = Connection(TrainingCourse, 'TrainingCourse', 'A page of training courses, with the total across all pages.');
/** Pages of TrainingAttendances. */
export const TrainingAttendanceConnection = Connection(TrainingAttendance, 'TrainingAttendance', 'A page of training attendances, with the total across all pages.');
