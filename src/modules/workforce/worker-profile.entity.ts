import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StoredEntity } from '../../db/stored-entity.js';
import { Connection } from '../../schema/pagination.js';
import { DateScalar } from '../../schema/scalars/date.js';
import { Node } from '../node/node.interface.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { GradeChangeReason, QualificationLevel, WorkerExitReason, WorkerPostCategory } from './workforce.kinds.js';

/**
 * A person's employment as a community worker: the employer (usually the subdistrict), the community the
 * worker is assigned to, the post on the 3-post 18-grade scale, hired and (once) exited. Employment is the
 * half-open period [hiredOn, exitedOn). Its grade and qualification histories are rows of their own.
 * Personal data: the person, grades, qualifications and the exit reason are masked or null without the pii right.
 */
@ObjectType('WorkerProfile', { simpleResolvers: true, implements: Node, description: "A person's employment as a community worker: employer, assigned community, post, grade and qualification histories, hired and exited. Personal data: without the pii right the person is masked and the grades, qualifications and exit reason are null." })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity('worker_profiles')
@Index('idx_worker_profiles_community', ['communityId', 'hiredOn'])
@Index('idx_worker_profiles_employer', ['employerId'])
@Index('idx_worker_profiles_person', ['personId'])
export class WorkerProfile extends StoredEntity implements Node {
  @Field(() => String, { description: 'Stable business key.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Column({ type: 'integer', name: 'person_id' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  personRow?: Person;

  @Column({ type: 'integer', name: 'employer_id' })
  employerId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id' })
  employerRow?: Organization;

  @Column({ type: 'integer', name: 'community_id' })
  communityId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'community_id' })
  communityRow?: Organization;

  @Field(() => WorkerPostCategory, { description: 'The post now (HEAD, DEPUTY, GENERAL); a PROMOTION changes it.' })
  @Column({ type: 'varchar', name: 'post_category', length: 16 })
  postCategory!: WorkerPostCategory;

  /** The grade now (the last grade change's); personal data, exposed through the resolver. */
  @Column({ type: 'integer' })
  grade!: number;

  @Field(() => DateScalar, { description: 'First day employed.' })
  @Column({ type: 'varchar', name: 'hired_on', length: 10 })
  hiredOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day no longer employed (exclusive: the last day worked is the day before); null while employed.' })
  @Column({ type: 'varchar', name: 'exited_on', length: 10, nullable: true })
  exitedOn!: string | null;

  /** Why the worker left; personal data, exposed through the resolver. */
  @Column({ type: 'varchar', name: 'exit_reason', length: 24, nullable: true })
  exitReason!: WorkerExitReason | null;
}

/** One step of a worker's grade history. */
@ObjectType('WorkerGradeChange', { simpleResolvers: true, description: 'A grade given to a worker (on hiring) or changed, from a date, and why. Personal data.' })
@Entity('worker_grade_changes')
@Index('idx_worker_grade_changes_profile', ['profileId', 'effectiveOn'])
export class WorkerGradeChange {
  @PrimaryGeneratedColumn({ type: 'integer', name: 'id' })
  id!: number;

  @Column({ type: 'integer', name: 'profile_id' })
  profileId!: number;

  @ManyToOne(() => WorkerProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profileRow?: WorkerProfile;

  @Field(() => Int, { description: 'The grade, 1–18, within the post’s range.' })
  @Column({ type: 'integer' })
  grade!: number;

  @Field(() => WorkerPostCategory, { description: 'The post from this date.' })
  @Column({ type: 'varchar', name: 'post_category', length: 16 })
  postCategory!: WorkerPostCategory;

  @Field(() => DateScalar, { description: 'From when.' })
  @Column({ type: 'varchar', name: 'effective_on', length: 10 })
  effectiveOn!: string;

  @Field(() => GradeChangeReason, { description: 'Why.' })
  @Column({ type: 'varchar', length: 16 })
  reason!: GradeChangeReason;
}

/** One social-work qualification of a worker. */
@ObjectType('WorkerQualification', { simpleResolvers: true, description: 'A social-work qualification a worker holds: level, when obtained, and until when its registration is valid. Personal data.' })
@Entity('worker_qualifications')
@Index('idx_worker_qualifications_profile', ['profileId', 'obtainedOn'])
export class WorkerQualification {
  @PrimaryGeneratedColumn({ type: 'integer', name: 'id' })
  id!: number;

  @Column({ type: 'integer', name: 'profile_id' })
  profileId!: number;

  @ManyToOne(() => WorkerProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profileRow?: WorkerProfile;

  @Field(() => QualificationLevel, { description: 'The level.' })
  @Column({ type: 'varchar', length: 16 })
  level!: QualificationLevel;

  @Field(() => DateScalar, { description: 'When it was obtained.' })
  @Column({ type: 'varchar', name: 'obtained_on', length: 10 })
  obtainedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day its registration is valid (renewed every 3 years with continuing education); null: no expiry recorded.' })
  @Column({ type: 'varchar', name: 'registration_valid_until', length: 10, nullable: true })
  registrationValidUntil!: string | null;
}

/** Pages of WorkerProfiles. */
export const WorkerProfileConnection = Connection(WorkerProfile, 'WorkerProfile', 'A page of worker profiles, with the total across all pages.');
