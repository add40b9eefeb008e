import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StoredEntity } from '../../db/stored-entity.js';
import { Connection } from '../../schema/pagination.js';
import { DateTimeScalar } from '../../schema/scalars/date-time.js';
import { Node } from '../node/node.interface.js';
import { Organization } from '../organizations/organization.entity.js';
import { EligibilityKind, WhistleReason } from './case.kinds.js';
import { ServiceCase } from './service-case.entity.js';

/** "The subdistrict blows the whistle, the departments report" (街乡吹哨、部门报到): a call for units to come. */
@ObjectType('Whistle', { simpleResolvers: true, implements: Node, description: 'A whistle (吹哨): a community or subdistrict summons units to a problem it cannot solve alone; they must report by a deadline.' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity('whistles')
@Index('idx_whistles_caller_blown', ['callerId', 'blownAt'])
@Index('idx_whistles_blown', ['blownAt'])
export class Whistle extends StoredEntity implements Node {
  @Field(() => String, { description: 'Stable business key of the whistle.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Column({ type: 'integer', name: 'caller_id' })
  callerId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'caller_id' })
  callerRow?: Organization;

  @Field(() => WhistleReason, { description: 'Why it was blown.' })
  @Column({ type: 'varchar', length: 24 })
  reason!: WhistleReason;

  @Field(() => DateTimeScalar, { description: 'When it was blown.' })
  @Column({ type: 'varchar', name: 'blown_at', length: 24 })
  blownAt!: string;

  @Field(() => DateTimeScalar, { description: 'When the summoned units must have reported.' })
  @Column({ type: 'varchar', name: 'report_by', length: 24 })
  reportBy!: string;

  @Field(() => String, { nullable: true, description: 'What the problem is, in a sentence.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
}

/** The cases a whistle covers (one or a cluster). */
@Entity('whistle_cases')
@Index('idx_whistle_cases_case', ['caseId'])
export class WhistleCase {
  @PrimaryColumn({ type: 'integer', name: 'whistle_id' })
  whistleId!: number;

  @PrimaryColumn({ type: 'integer', name: 'case_id' })
  caseId!: number;

  @ManyToOne(() => Whistle, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'whistle_id' })
  whistleRow?: Whistle;

  @ManyToOne(() => ServiceCase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  caseRow?: ServiceCase;
}

/** One unit summoned by a whistle: when it reported, how it was reached, and the caller's score. */
@ObjectType('WhistleSummons', { simpleResolvers: true, description: 'A unit summoned by a whistle, with its report and the score the caller gave it.' })
@Entity('whistle_summons')
@Index('idx_whistle_summons_whistle_unit', ['whistleId', 'unitId'], { unique: true })
@Index('idx_whistle_summons_unit', ['unitId'])
export class WhistleSummons extends StoredEntity {
  /** `<whistle code>:<unit code>`, for messages. */
  @Field(() => String, { description: 'The whistle code and the unit code: stable.' })
  @Column({ type: 'varchar', length: 140, unique: true })
  code!: string;

  @Column({ type: 'integer', name: 'whistle_id' })
  whistleId!: number;

  @ManyToOne(() => Whistle, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'whistle_id' })
  whistleRow?: Whistle;

  @Column({ type: 'integer', name: 'unit_id' })
  unitId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unitRow?: Organization;

  @Field(() => EligibilityKind, { description: "What made the unit reachable from the caller: the caller's chain, or a link." })
  @Column({ type: 'varchar', length: 8 })
  eligibility!: EligibilityKind;

  @Column({ type: 'integer', name: 'via_link_id', nullable: true })
  viaLinkId!: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the unit reported; null until it does.' })
  @Column({ type: 'varchar', name: 'reported_at', length: 24, nullable: true })
  reportedAt!: string | null;

  /** Personal data: who reported for the unit; masked without the pii right. */
  @Column({ type: 'varchar', name: 'reporting_person', length: 100, nullable: true })
  reportingPerson!: string | null;

  @Field(() => Int, { nullable: true, description: "The caller's score of the unit's response, 1 (poor) to 5 (excellent) (评价权); null until scored." })
  @Column({ type: 'integer', nullable: true })
  score!: number | null;
}

/** Pages of Whistles. */
export const WhistleConnection = Connection(Whistle, 'Whistle', 'A page of whistles, with the total across all pages.');
