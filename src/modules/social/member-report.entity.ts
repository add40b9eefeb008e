import { Directive, Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { StoredEntity } from '../../db/stored-entity.js';
import { Connection } from '../../schema/pagination.js';
import { DateScalar } from '../../schema/scalars/date.js';
import { Node } from '../node/node.interface.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';

/**
 * A Party member's individual double reporting (双报到): an in-service member of a home unit reports to
 * the community where they live, from a date until another (open-ended when null). The unit's own
 * reporting stays a UNIT_REPORTING link.
 */
@ObjectType('MemberReport', { simpleResolvers: true, implements: Node, description: "A Party member's individual double reporting: home unit, the community reported to, from, until." })
@Directive('@key(fields: "id")')
@Entity('member_reports')
@Index('idx_member_reports_community', ['communityId', 'since'])
@Index('idx_member_reports_person', ['personId'])
@Index('idx_member_reports_home_unit', ['homeUnitId'])
export class MemberReport extends StoredEntity implements Node {
  @Field(() => String, { description: 'Stable business key.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Column({ type: 'integer', name: 'person_id' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  personRow?: Person;

  @Column({ type: 'integer', name: 'home_unit_id' })
  homeUnitId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'home_unit_id' })
  homeUnitRow?: Organization;

  @Column({ type: 'integer', name: 'community_id' })
  communityId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'community_id' })
  communityRow?: Organization;

  @Field(() => DateScalar, { description: 'First day of the reporting.' })
  @Column({ type: 'varchar', length: 10 })
  since!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day it ended (exclusive); null while in force.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  until!: string | null;
}

/** Pages of MemberReports. */
export const MemberReportConnection = Connection(MemberReport, 'MemberReport', 'A page of member reports, with the total across all pages.');
