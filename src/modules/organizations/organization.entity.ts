import { Connection } from '../../schema/pagination.js';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { StoredEntity } from '../../db/stored-entity.js';
import { DateScalar } from '../../schema/scalars/date.js';
import { Node } from '../node/node.interface.js';
import { OrganizationKind, OrganizationStatus, Sector } from './organization.kinds.js';

@ObjectType('Organization', {
  simpleResolvers: true,
  implements: Node,
  description:
    'An organization of the grassroots governance graph: a Party body of the vertical chain, or a committee, unit, enterprise or social force joined to it by links.',
})
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity('organizations')
@Index('idx_organizations_parent', ['parentId'])
// Kind, then code: a list of one kind ordered by code walks this index and stops at the page (test/page-reads.test.ts).
@Index('idx_organizations_kind_code', ['kind', 'code'])
@Index('idx_organizations_located_in', ['locatedInId'])
export class Organization extends StoredEntity implements Node {
  @Field(() => String, { description: 'Stable business key (for chain members, the administrative division code). Partners may store it.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Field(() => String, { description: 'Full name.' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => OrganizationKind, { description: 'What the organization is.' })
  @Column({ type: 'varchar', length: 48 })
  kind!: OrganizationKind;

  @Field(() => Sector, { description: 'The sector, which follows from the kind.' })
  @Column({ type: 'varchar', length: 24 })
  sector!: Sector;

  @Column({ type: 'integer', name: 'parent_id', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => Organization, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parentRow?: Organization | null;

  /** The community, subdistrict or district committee standing for the area it is in; only outside the chain. */
  @Column({ type: 'integer', name: 'located_in_id', nullable: true })
  locatedInId!: number | null;

  @ManyToOne(() => Organization, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'located_in_id' })
  locatedInRow?: Organization | null;

  @Field(() => Int, { description: 'Depth in the vertical chain: 0 for a root, 1 for its children, and so on.' })
  @Column({ type: 'integer', default: 0 })
  depth!: number;

  @Field(() => OrganizationStatus, { description: 'ACTIVE, or ARCHIVED once it stopped operating.' })
  @Column({ type: 'varchar', length: 16, default: OrganizationStatus.ACTIVE })
  status!: OrganizationStatus;

  @Field(() => DateScalar, { description: 'Date it was founded or started operating in the area.' })
  @Column({ type: 'date', name: 'founded_on' })
  foundedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date it was archived; null while active. Not active from this day.' })
  @Column({ type: 'date', name: 'archived_on', nullable: true })
  archivedOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Households in its area, where it has one (communities, grids, buildings).' })
  @Column({ type: 'integer', nullable: true })
  households!: number | null;

  @Field(() => String, { nullable: true, description: 'Street address (road level only) or seat.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  address!: string | null;

  /** Established seats of a committee, where recorded (src/modules/rotation: Organization.seats gives the default of its kind otherwise). */
  @Column({ type: 'integer', nullable: true })
  seats!: number | null;
}

/** Pages of Organizations, for every list of them. */
export const OrganizationConnection = Connection(Organization, 'Organization', 'A page of organizations, with the total across all pages.');
