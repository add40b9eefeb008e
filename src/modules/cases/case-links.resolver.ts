import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { visible } from '../../auth/scope.js';
import { BadUserInputError } from '../../errors/index.js';
import { parseGlobalId } from '../../lib/global-id.js';
import { PageArgs, pageWindow, toConnection } from '../../schema/pagination.js';
import type { Context } from '../contract.js';
import { Grid } from '../grids/grid.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { CaseOrder } from './case.conditions.js';
import { ServiceCategoryFilterInput } from './case.inputs.js';
import { OrganizationCaseRole } from './case.loaders.js';
import { ServiceCategoryNode } from './case.node.js';
import { CaseStatus } from './case.transitions.js';
import { ServiceCaseConnection } from './service-case.entity.js';
import { ServiceCategory, ServiceCategoryConnection } from './service-category.entity.js';
import { registerEnumType } from 'type-graphql';

registerEnumType(OrganizationCaseRole, {
  name: 'OrganizationCaseRole',
  description: "Which of an organization's service cases.",
  valuesConfig: {
    HANDLED: { description: 'Those it handles now (it is their current handler).' },
    LOCATED: { description: 'Those whose community is the organization or lies below it.' },
    EITHER: { description: 'Both, each case once.' },
  },
});

/** The service-case fields of Organization and Grid. */
@Resolver(() => Organization)
export class OrganizationCasesResolver {
  @FieldResolver(() => ServiceCaseConnection, { description: 'Service cases it handles now, or located in its subtree (role), newest first by default.' })
  async serviceCases(
    @Root() organization: Organization,
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('role', () => OrganizationCaseRole, { nullable: true, defaultValue: OrganizationCaseRole.EITHER, description: 'HANDLED, LOCATED or EITHER (the default).' }) role: OrganizationCaseRole = OrganizationCaseRole.EITHER,
    @Arg('statuses', () => [CaseStatus], { nullable: true, description: 'Only these statuses.' }) statuses?: CaseStatus[] | null,
    @Arg('orderBy', () => CaseOrder, { nullable: true, defaultValue: CaseOrder.RECEIVED_AT_DESC, description: 'Sort order.' }) orderBy: CaseOrder = CaseOrder.RECEIVED_AT_DESC,
  ) {
    const window = pageWindow('serviceCases', page);
    return toConnection(window, await context.loaders.cases.casesOfOrganization({ window, role: role ?? OrganizationCaseRole.EITHER, statuses: statuses ?? null, order: orderBy ?? CaseOrder.RECEIVED_AT_DESC }).load(organization.databaseId));
  }
}

@Resolver(() => Grid)
export class GridCasesResolver {
  @FieldResolver(() => ServiceCaseConnection, { description: 'Service cases of this grid, newest first by default.' })
  async serviceCases(
    @Root() grid: Grid,
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('statuses', () => [CaseStatus], { nullable: true, description: 'Only these statuses.' }) statuses?: CaseStatus[] | null,
    @Arg('orderBy', () => CaseOrder, { nullable: true, defaultValue: CaseOrder.RECEIVED_AT_DESC, description: 'Sort order.' }) orderBy: CaseOrder = CaseOrder.RECEIVED_AT_DESC,
  ) {
    const window = pageWindow('serviceCases', page);
    return toConnection(window, await context.loaders.cases.casesOfGrid({ window, statuses: statuses ?? null, order: orderBy ?? CaseOrder.RECEIVED_AT_DESC }).load(grid.databaseId));
  }
}

@Resolver(() => ServiceCategory)
export class ServiceCategoryResolver {
  @Query(() => ServiceCategory, { nullable: true, description: 'One service category by id or by code (give exactly one); null when there is none.' })
  async serviceCategory(
    @Ctx() context: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Global id.' }) id?: string | null,
    @Arg('code', () => String, { nullable: true, description: 'Category code.' }) code?: string | null,
  ): Promise<ServiceCategory | null> {
    if ((id == null) === (code == null)) throw new BadUserInputError('Give exactly one of "id" and "code".', { field: id == null ? 'id' : 'code' });
    const category = id != null ? await context.loaders.cases.categoryById.load(parseGlobalId(id, 'ServiceCategory', 'id')) : await context.loaders.cases.categoryByCode.load(code!);
    return visible(context, ServiceCategoryNode, category);
  }

  @Query(() => ServiceCategoryConnection, { description: 'The service categories (the dispatch catalogue), by code, a page at a time. Public to every credential.' })
  async serviceCategories(
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ServiceCategoryFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: ServiceCategoryFilterInput | null,
  ) {
    const window = pageWindow('serviceCategories', page);
    return toConnection(window, await context.services.cases.listCategories({ kinds: filter?.kinds, parentId: filter?.parent == null ? null : parseGlobalId(filter.parent, 'ServiceCategory', 'filter.parent'), rootsOnly: filter?.rootsOnly }, window));
  }

  @FieldResolver(() => ServiceCategory, { nullable: true, description: 'The category above; null at the top of the tree.' })
  parent(@Root() category: ServiceCategory, @Ctx() context: Context): Promise<ServiceCategory | null> | null {
    return category.parentId === null ? null : context.loaders.cases.categoryById.load(category.parentId);
  }
}
