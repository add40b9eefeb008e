import { Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { LinkKind, LinkStatus } from '../links/link.kinds.js';
import { OrganizationKind, OrganizationStatus, Sector } from '../organizations/organization.kinds.js';
import { PostRole } from '../people/post.kinds.js';

/** What organizations can be counted by. */
export enum OrganizationGroupBy {
  KIND = 'KIND',
  SECTOR = 'SECTOR',
  PARENT = 'PARENT',
  DEPTH = 'DEPTH',
  STATUS = 'STATUS',
}

export enum LinkGroupBy {
  KIND = 'KIND',
  STATUS = 'STATUS',
  SOURCE_SECTOR = 'SOURCE_SECTOR',
  TARGET_SECTOR = 'TARGET_SECTOR',
}

export enum PostGroupBy {
  ROLE = 'ROLE',
  ORGANIZATION_KIND = 'ORGANIZATION_KIND',
}

registerEnumType(OrganizationGroupBy, {
  name: 'OrganizationGroupBy',
  description: 'A dimension to count organizations by.',
  valuesConfig: {
    KIND: { description: 'By kind.' },
    SECTOR: { description: 'By sector.' },
    PARENT: { description: 'By the organization directly above (null for roots, or above your scope).' },
    DEPTH: { description: 'By depth in the vertical chain.' },
    STATUS: { description: 'ACTIVE or ARCHIVED.' },
  },
});

registerEnumType(LinkGroupBy, {
  name: 'LinkGroupBy',
  description: 'A dimension to count links by.',
  valuesConfig: {
    KIND: { description: 'By kind.' },
    STATUS: { description: 'By status.' },
    SOURCE_SECTOR: { description: 'By the sector of the source organization.' },
    TARGET_SECTOR: { description: 'By the sector of the target organization.' },
  },
});

registerEnumType(PostGroupBy, {
  name: 'PostGroupBy',
  description: 'A dimension to count posts by.',
  valuesConfig: {
    ROLE: { description: 'By role.' },
    ORGANIZATION_KIND: { description: 'By the kind of the organization of the post.' },
  },
});

@ObjectType('OrganizationGroupKey', { simpleResolvers: true, description: 'The values of the chosen dimensions shared by a group; dimensions not chosen are null.' })
export class OrganizationGroupKey {
  @Field(() => OrganizationKind, { nullable: true, description: 'The kind, when grouping by KIND.' })
  kind!: OrganizationKind | null;

  @Field(() => Sector, { nullable: true, description: 'The sector, when grouping by SECTOR.' })
  sector!: Sector | null;

  /** The parent's database id, resolved to the Organization by the resolver. */
  parentId!: number | null;

  @Field(() => Int, { nullable: true, description: 'The depth, when grouping by DEPTH.' })
  depth!: number | null;

  @Field(() => OrganizationStatus, { nullable: true, description: 'The status, when grouping by STATUS.' })
  status!: OrganizationStatus | null;
}

export const OrganizationAggregate = AggregateType(OrganizationGroupKey, 'Organization', 'organizations');
export type OrganizationAggregate = AggregateShape<OrganizationGroupKey>;

@ObjectType('LinkGroupKey', { simpleResolvers: true, description: 'The values of the chosen dimensions shared by a group; dimensions not chosen are null.' })
export class LinkGroupKey {
  @Field(() => LinkKind, { nullable: true, description: 'The kind, when grouping by KIND.' })
  kind!: LinkKind | null;

  @Field(() => LinkStatus, { nullable: true, description: 'The status, when grouping by STATUS.' })
  status!: LinkStatus | null;

  @Field(() => Sector, { nullable: true, description: "The source's sector, when grouping by SOURCE_SECTOR." })
  sourceSector!: Sector | null;

  @Field(() => Sector, { nullable: true, description: "The target's sector, when grouping by TARGET_SECTOR." })
  targetSector!: Sector | null;
}

export const LinkAggregate = AggregateType(LinkGroupKey, 'Link', 'links');
export type LinkAggregate = AggregateShape<LinkGroupKey>;

@ObjectType('PostGroupKey', { simpleResolvers: true, description: 'The values of the chosen dimensions shared by a group; dimensions not chosen are null.' })
export class PostGroupKey {
  @Field(() => PostRole, { nullable: true, description: 'The role, when grouping by ROLE.' })
  role!: PostRole | null;

  @Field(() => OrganizationKind, { nullable: true, description: "The organization's kind, when grouping by ORGANIZATION_KIND." })
  organizationKind!: OrganizationKind | null;
}

export const PostAggregate = AggregateType(PostGroupKey, 'Post', 'posts');
export type PostAggregate = AggregateShape<PostGroupKey>;

export interface AggregateShape<Key> {
  totalCount: number;
  groups: { key: Key; count: number }[];
}

/** Builds the `XGroup` and `XAggregate` types for a key type, as Connection does for lists. */
function AggregateType<Key extends object>(keyType: ClassType<Key>, name: string, plural: string) {
  @ObjectType(`${name}Group`, { simpleResolvers: true, description: `${plural[0].toUpperCase()}${plural.slice(1)} sharing the values of the chosen dimensions, counted.` })
  class Group {
    @Field(() => keyType, { description: 'The values the group shares.' })
    key!: Key;

    @Field(() => Int, { description: `How many ${plural} the group has.` })
    count!: number;
  }

  @ObjectType(`${name}Aggregate`, { simpleResolvers: true, description: `${plural[0].toUpperCase()}${plural.slice(1)} matching a filter, counted in groups.` })
  class Aggregate {
    @Field(() => Int, { description: `How many ${plural} match the filter.` })
    totalCount!: number;

    @Field(() => [Group], { description: 'The groups, largest first.' })
    groups!: Group[];
  }
  return Aggregate;
}
