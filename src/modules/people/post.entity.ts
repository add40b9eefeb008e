import { Connection } from '../../schema/pagination.js';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { StoredEntity } from '../../db/stored-entity.js';
import { DateScalar } from '../../schema/scalars/date.js';
import { Node } from '../node/node.interface.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from './person.entity.js';
import { PostEndReason, PostRole } from './post.kinds.js';

/**
 * A post a person holds in an organization over a period. Posts are never deleted: a post that ends
 * gets an end date, so the rotation of posts between committees stays queryable.
 */
@ObjectType('Post', { simpleResolvers: true, implements: Node, description: 'A post a person holds (or held) in an organization, from startDate until endDate.' })
@Directive('@key(fields: "id")')
@Entity('posts')
@Index('idx_posts_organization', ['organizationId', 'startDate'])
@Index('idx_posts_person', ['personId', 'startDate'])
export class Post extends StoredEntity implements Node {
  @Field(() => String, { description: 'Stable business key of the post.' })
  @Column({ type: 'varchar', length: 96, unique: true })
  code!: string;

  @Column({ type: 'integer', name: 'person_id' })
  personId!: number;

  @Column({ type: 'integer', name: 'organization_id' })
  organizationId!: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  personRow?: Person;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organizationRow?: Organization;

  @Field(() => PostRole, { description: 'The role the post carries.' })
  @Column({ type: 'varchar', length: 32 })
  role!: PostRole;

  @Field(() => String, { nullable: true, description: 'The local title of the post, e.g. "Secretary of the Party committee".' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  title!: string | null;

  @Field(() => DateScalar, { description: 'First day the post is held.' })
  @Column({ type: 'date', name: 'start_date' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day the post ended (no longer held from this day); null while held.' })
  @Column({ type: 'date', name: 'end_date', nullable: true })
  endDate!: string | null;

  @Field(() => PostEndReason, { nullable: true, description: 'Why the post ended; null while held, or when the reason was not recorded.' })
  @Column({ type: 'varchar', length: 16, name: 'end_reason', nullable: true })
  endReason!: PostEndReason | null;
}

/** Pages of Posts, for every list of them. */
export const PostConnection = Connection(Post, 'Post', 'A page of posts, with the total across all pages.');
