import { OrganizationNode } from '../organizations/organization.node.js';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import { visible } from '../../auth/scope.js';
import { parseGlobalId } from '../../lib/global-id.js';
import { DateScalar } from '../../schema/scalars/date.js';
import type { Context } from '../contract.js';
import { LinkFilterInput } from '../links/link.resolver.js';
import { linkAggregate } from '../links/link.aggregate.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { Organization } from '../organizations/organization.entity.js';
import { OrganizationFilterInput, toOrganizationFilter } from '../organizations/organization.inputs.js';
import { organizationAggregate } from '../organizations/organization.aggregate.js';
import { postAggregate } from '../people/post.aggregate.js';
import { PostRole } from '../people/post.kinds.js';
import {
  LinkAggregate,
  LinkGroupBy,
  OrganizationAggregate,
  OrganizationGroupBy,
  OrganizationGroupKey,
  PostAggregate,
  PostGroupBy,
} from './aggregate.types.js';

@InputType('PostFilter', { description: 'Conditions a post must all meet to be counted.' })
export class PostFilterInput {
  @Field(() => [PostRole], { nullable: true, description: 'Only these roles.' })
  roles?: PostRole[] | null;

  @Field(() => [OrganizationKind], { nullable: true, description: 'Only posts in organizations of these kinds.' })
  organizationKinds?: OrganizationKind[] | null;

  @Field(() => ID, { nullable: true, description: "Only posts in this organization's subtree." })
  under?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only posts held on this date.' })
  activeAt?: string | null;
}

/** Counts in groups, for dashboards: one statement each, within the caller's jurisdiction. */
@Resolver(() => OrganizationGroupKey)
export class AggregateResolver {
  @Query(() => OrganizationAggregate, { description: 'Organizations matching a filter (the same as organizations), counted by the chosen dimensions.' })
  async organizationsAggregate(
    @Ctx() context: Context,
    @Arg('groupBy', () => [OrganizationGroupBy], { description: 'The dimensions to group by; none gives one group of everything.' }) groupBy: OrganizationGroupBy[],
    @Arg('filter', () => OrganizationFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: OrganizationFilterInput | null,
  ): Promise<OrganizationAggregate> {
    const result = await context.services.aggregates.count(organizationAggregate, groupBy, toOrganizationFilter(filter, context.scope.rootId));
    return {
      totalCount: result.totalCount,
      groups: result.groups.map(({ values, count }) => ({
        count,
        key: {
          kind: (values.KIND as OrganizationKind) ?? null,
          sector: (values.SECTOR as OrganizationGroupKey['sector']) ?? null,
          parentId: values.PARENT == null ? null : Number(values.PARENT),
          depth: values.DEPTH == null ? null : Number(values.DEPTH),
          status: (values.STATUS as OrganizationGroupKey['status']) ?? null,
        },
      })),
    };
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The parent, when grouping by PARENT (null for roots, or above your scope).' })
  async parent(@Root() key: OrganizationGroupKey, @Ctx() context: Context): Promise<Organization | null> {
    return key.parentId === null ? null : visible(context, OrganizationNode, await context.loaders.organizations.byId.load(key.parentId));
  }

  @Query(() => LinkAggregate, { description: 'Links matching a filter (the same as links), counted by the chosen dimensions.' })
  async linksAggregate(
    @Ctx() context: Context,
    @Arg('groupBy', () => [LinkGroupBy], { description: 'The dimensions to group by; none gives one group of everything.' }) groupBy: LinkGroupBy[],
    @Arg('filter', () => LinkFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: LinkFilterInput | null,
  ): Promise<LinkAggregate> {
    const organizationId = filter?.organization == null ? null : parseGlobalId(filter.organization, 'Organization', 'filter.organization');
    const result = await context.services.aggregates.count(linkAggregate, groupBy, { ...filter, organizationId, scopeRootId: context.scope.rootId });
    return {
      totalCount: result.totalCount,
      groups: result.groups.map(({ values, count }) => ({
        count,
        key: {
          kind: (values.KIND as never) ?? null,
          status: (values.STATUS as never) ?? null,
          sourceSector: (values.SOURCE_SECTOR as never) ?? null,
          targetSector: (values.TARGET_SECTOR as never) ?? null,
        },
      })),
    };
  }

  @Query(() => PostAggregate, { description: 'Posts matching a filter, counted by the chosen dimensions. Counts need no personal-data right.' })
  async postsAggregate(
    @Ctx() context: Context,
    @Arg('groupBy', () => [PostGroupBy], { description: 'The dimensions to group by; none gives one group of everything.' }) groupBy: PostGroupBy[],
    @Arg('filter', () => PostFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: PostFilterInput | null,
  ): Promise<PostAggregate> {
    const underId = filter?.under == null ? null : parseGlobalId(filter.under, 'Organization', 'filter.under');
    const result = await context.services.aggregates.count(postAggregate, groupBy, {
      roles: filter?.roles,
      organizationKinds: filter?.organizationKinds,
      underId,
      scopeRootId: context.scope.rootId,
      activeAt: filter?.activeAt,
    });
    return {
      totalCount: result.totalCount,
      groups: result.groups.map(({ values, count }) => ({ count, key: { role: (values.ROLE as never) ?? null, organizationKind: (values.ORGANIZATION_KIND as never) ?? null } })),
    };
  }
}
