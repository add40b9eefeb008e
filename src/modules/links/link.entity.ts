import { Connection } from '../../schema/pagination.js';
import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { StoredEntity } from '../../db/stored-entity.js';
import { DateScalar } from '../../schema/scalars/date.js';
import { Node } from '../node/node.interface.js';
import { Organization } from '../organizations/organization.entity.js';
import { LinkKind, LinkStatus } from './link.kinds.js';

@ObjectType('Link', {
  simpleResolvers: true,
  implements: Node,
  description: 'A horizontal collaboration link from a source organization to a target organization, valid over a period.',
})
@Directive('@key(fields: "id")')
@Entity('links')
@Index('idx_links_source', ['sourceId', 'kind'])
@Index('idx_links_target', ['targetId', 'kind'])
export class Link extends StoredEntity implements Node {
  @Field(() => String, { description: 'Stable business key of the link.' })
  @Column({ type: 'varchar', length: 96, unique: true })
  code!: string;

  @Field(() => LinkKind, { description: 'What kind of collaboration this is.' })
  @Column({ type: 'varchar', length: 32 })
  kind!: LinkKind;

  @Column({ type: 'integer', name: 'source_id' })
  sourceId!: number;

  @Column({ type: 'integer', name: 'target_id' })
  targetId!: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  sourceRow?: Organization;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'target_id' })
  targetRow?: Organization;

  @Field(() => DateScalar, { description: 'First day the link is in force.' })
  @Column({ type: 'date' })
  since!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day the link ended (no longer in force from this day); null while open.' })
  @Column({ type: 'date', nullable: true })
  until!: string | null;

  @Field(() => LinkStatus, { description: 'Where the link stands today.' })
  @Column({ type: 'varchar', length: 16 })
  status!: LinkStatus;

  @Field(() => Float, { description: 'Strength of the link: for CROSS_APPOINTMENT the number of people holding posts in both; otherwise as entered (default 1).' })
  @Column({ type: 'double precision', default: 1 })
  weight!: number;

  @Field(() => String, { nullable: true, description: 'What the link is about, in a sentence.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  description!: string | null;

  @Field(() => Boolean, { description: 'True when the server derives the link from other data (cross-appointments from posts).' })
  @Column({ type: 'boolean', default: false })
  derived!: boolean;
}

/** Pages of Links, for every list of them. */
export const LinkConnection = Connection(Link, 'Link', 'A page of links, with the total across all pages.');
