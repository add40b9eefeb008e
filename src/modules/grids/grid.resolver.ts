import { GridNode } from './grid.node.js';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '../../errors/index.js';
import { visible } from '../../auth/scope.js';
import { parseGlobalId } from '../../lib/global-id.js';
import { checkTextFilter } from '../../lib/parse-input.js';
import { invariant } from '../../lib/invariant.js';
import { PageArgs, pageWindow, toConnection } from '../../schema/pagination.js';
import type { Context } from '../contract.js';
import { Organization } from '../organizations/organization.entity.js';
import { Grid, GridConnection, GridFunction } from './grid.entity.js';

@InputType('GridFilter', { description: 'Conditions a grid must all meet to be listed.' })
export class GridFilterInput {
  @Field(() => ID, { nullable: true, description: "Only grids of communities in this organization's subtree." })
  under?: string | null;

  @Field(() => String, { nullable: true, description: 'Only names containing this text.' })
  nameContains?: string | null;

  @Field(() => [GridFunction], { nullable: true, description: 'Only grids integrating all of these functions.' })
  functions?: GridFunction[] | null;
}

@Resolver(() => Grid)
export class GridResolver {
  @Query(() => Grid, { nullable: true, description: 'One grid by id or by code (give exactly one); null when there is none.' })
  async grid(
    @Ctx() context: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Global id.' }) id?: string | null,
    @Arg('code', () => String, { nullable: true, description: 'Grid code.' }) code?: string | null,
  ): Promise<Grid | null> {
    if ((id == null) === (code == null)) throw new BadUserInputError('Give exactly one of "id" and "code".', { field: id == null ? 'id' : 'code' });
    const grid = id != null ? await context.loaders.grids.byId.load(parseGlobalId(id, 'Grid', 'id')) : await context.loaders.grids.byCode.load(code!);
    return visible(context, GridNode, grid);
  }

  @Query(() => GridConnection, { description: 'Grids matching a filter, by code, a page at a time.' })
  async grids(
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => GridFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: GridFilterInput | null,
  ) {
    const window = pageWindow('grids', page);
    const underId = filter?.under == null ? null : parseGlobalId(filter.under, 'Organization', 'filter.under');
    return toConnection(window, await context.services.grids.list({ ...filter, nameContains: checkTextFilter(filter?.nameContains, 'filter.nameContains'), underId, scopeRootId: context.scope.rootId }, window));
  }

  @FieldResolver(() => Organization, { description: 'The community Party committee whose community the grid belongs to.' })
  async community(@Root() grid: Grid, @Ctx() context: Context): Promise<Organization> {
    const organization = await context.loaders.organizations.byId.load(grid.communityId);
    invariant(organization, `grid ${grid.databaseId} has a community`);
    return organization;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The grid Party branch serving the grid.' })
  branch(@Root() grid: Grid, @Ctx() context: Context): Promise<Organization | null> | null {
    return grid.branchId === null ? null : context.loaders.organizations.byId.load(grid.branchId);
  }
}
