import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver, FieldResolver, Root, ID } from 'type-graphql';
import { visible } from '../../auth/scope.js';
import { BadUserInputError } from '../../errors/index.js';
import { checkRange, organizationOf, requireOrganization } from '../../graph/arguments.js';
import { pageWindow, toConnection, type Page } from '../../schema/pagination.js';
import { DateScalar } from '../../schema/scalars/date.js';
import type { Context } from '../contract.js';
import { Grid } from '../grids/grid.entity.js';
import { GridNode } from '../grids/grid.node.js';
import { Ratio } from '../indicators/indicator.types.js';
import { Organization } from '../organizations/organization.entity.js';
import { Resource, ResourceConnection } from './resource.entity.js';
import { SPACE_STANDARD_PER_100_HOUSEHOLDS, type ResourceGroupFigures } from './resource.indicators.js';
import { ResourceGroupBy, ResourceKind } from './resource.kinds.js';

@ObjectType('QuantityRatio', { simpleResolvers: true, description: 'A share of two measured quantities (m²·hours, CNY), with both so that a dashboard can show them.' })
export class QuantityRatio {
  @Field(() => Float, { description: 'The part.' })
  numerator!: number;

  @Field(() => Float, { description: 'The whole.' })
  denominator!: number;

  @Field(() => Float, { nullable: true, description: 'numerator ÷ denominator; null when the denominator is 0.' })
  value!: number | null;
}

@ObjectType('ServiceSpace', { simpleResolvers: true, description: 'Service space against households (the standard: at least 30 m² per 100 households).' })
export class ServiceSpace {
  @Field(() => Float, { description: 'm² of ACTIVE SPACE resources (unit m²) placed in the area or shared into it by a RESOURCE_SHARING link in force on the last day of the period.' })
  squareMetres!: number;

  @Field(() => Int, { description: "Households of the area: the community's own figure, else the sum of its grids'." })
  households!: number;

  @Field(() => Float, { nullable: true, description: 'squareMetres ÷ households × 100; null without households.' })
  per100Households!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'per100Households ≥ 30; null without households.' })
  meetsStandard!: boolean | null;
}

function quantityRatio(numerator: number, denominator: number): QuantityRatio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

@ObjectType('ResourceIndicatorGroup', { simpleResolvers: true, description: 'Resource indicators of one group (a community, a grid, a kind) or of the whole scope.' })
export class ResourceIndicatorGroup {
  figures!: ResourceGroupFigures;
  groupBy!: ResourceGroupBy | null;
  idleWindow!: ReturnType<typeof pageWindow>;

  @Field(() => QuantityRatio, { description: 'resourceUtilisation of SPACE and EQUIPMENT: Σ over USED uses of quantity × hours of the use inside [from, to) ÷ Σ over the ACTIVE resources of maximum × their open hours in [from, to) (opening hours; always open: 24 h a day).' })
  resourceUtilisation!: QuantityRatio;

  @Field(() => QuantityRatio, { description: 'resourceUtilisation of FUNDS: Σ quantity of USED disbursements dated in [from, to) ÷ Σ maximum (the budget) of the ACTIVE FUNDS resources.' })
  fundsUtilisation!: QuantityRatio;

  @Field(() => Ratio, { description: 'resourceSharingRate: USED uses starting in [from, to) by an organization other than the owner ÷ all USED uses starting in [from, to).' })
  resourceSharingRate!: Ratio;

  @Field(() => Ratio, {
    description:
      'idleSharedSpaces: ACTIVE SPACE resources whose owner shares them (a RESOURCE_SHARING link, not suspended, in force on the last day of the period) with no USED use overlapping [from, to) ÷ those shared spaces.',
  })
  idleSharedSpaces!: Ratio;

  @Field(() => ServiceSpace, { nullable: true, description: 'serviceSpacePer100Households, per community or grid; for the whole scope without grouping, and for the SPACE group by kind. Null for the other kinds.' })
  serviceSpacePer100Households!: ServiceSpace | null;
}

@ObjectType('ResourceIndicators', { simpleResolvers: true, description: 'Resource indicators of a scope over a period (README, "Resources").' })
export class ResourceIndicators {
  scopeId!: number;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Day after the period (exclusive).' })
  to!: string;

  @Field(() => ResourceGroupBy, { nullable: true, description: 'What the groups are; null: one group, the whole scope.' })
  groupBy!: ResourceGroupBy | null;

  @Field(() => [ResourceIndicatorGroup], { description: 'The groups: communities or grids of the scope (those with households or resources), or kinds with resources.' })
  groups!: ResourceIndicatorGroup[];
}

@Resolver(() => ResourceIndicators)
export class ResourceIndicatorResolver {
  @Query(() => ResourceIndicators, {
    description: 'Resource indicators of the resources placed in a scope’s communities, over [from, to): utilisation, sharing rate, idle resources and idle shared spaces, service space per 100 households. Seven statements whatever the size of the scope, computed in SQL.',
  })
  async resourceIndicators(
    @Ctx() context: Context,
    @Arg('scope', () => ID, { description: 'The organization (id or code) whose subtree to measure.' }) scope: string,
    @Arg('from', () => DateScalar, { description: 'First day of the period.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Day after the period (exclusive).' }) to: string,
    @Arg('groupBy', () => ResourceGroupBy, { nullable: true, description: 'COMMUNITY, GRID or KIND; the whole scope when omitted.' }) groupBy?: ResourceGroupBy | null,
    @Arg('idleFirst', () => Int, { nullable: true, defaultValue: 10, description: 'How many idle resources to list per group (0–100).' }) idleFirst = 10,
  ): Promise<ResourceIndicators> {
    if (to <= from) throw new BadUserInputError(`"to" (${to}) must be after "from" (${from}).`, { field: 'to' });
    if (Date.parse(to) - Date.parse(from) > 10 * 366 * 86_400_000) throw new BadUserInputError('The period may be at most ten years long.', { field: 'to' });
    const scopeId = await requireOrganization(context, scope, 'scope');
    const idleWindow = pageWindow('idleResources', { first: checkRange(idleFirst ?? 10, 0, 100, 'idleFirst') });
    const figures = await context.services.resources.indicators({ scopeId, from, to, groupBy: groupBy ?? null, idleWindow });
    return Object.assign(new ResourceIndicators(), {
      scopeId,
      from,
      to,
      groupBy: groupBy ?? null,
      groups: figures.map((group) =>
        Object.assign(new ResourceIndicatorGroup(), {
          figures: group,
          groupBy: groupBy ?? null,
          idleWindow,
          resourceUtilisation: quantityRatio(group.scheduledUsed, group.scheduledCapacity),
          fundsUtilisation: quantityRatio(group.fundsDisbursed, group.fundsBudget),
          idleSharedSpaces: { numerator: group.idleSharedSpaces, denominator: group.sharedSpaces, value: group.sharedSpaces === 0 ? null : group.idleSharedSpaces / group.sharedSpaces },
          resourceSharingRate: { numerator: group.sharedUses, denominator: group.uses, value: group.uses === 0 ? null : group.sharedUses / group.uses },
          serviceSpacePer100Households: group.space && {
            squareMetres: group.space.squareMetres,
            households: group.space.households,
            per100Households: group.space.households === 0 ? null : (group.space.squareMetres / group.space.households) * 100,
            meetsStandard: group.space.households === 0 ? null : (group.space.squareMetres / group.space.households) * 100 >= SPACE_STANDARD_PER_100_HOUSEHOLDS,
          },
        }),
      ),
    });
  }

  @FieldResolver(() => Organization, { description: 'The scope.' })
  scope(@Root() indicators: ResourceIndicators, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, indicators.scopeId);
  }
}

@Resolver(() => ResourceIndicatorGroup)
export class ResourceIndicatorGroupResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'COMMUNITY: the community.' })
  async community(@Root() group: ResourceIndicatorGroup, @Ctx() context: Context): Promise<Organization | null> {
    return group.groupBy === ResourceGroupBy.COMMUNITY ? organizationOf(context, Number(group.figures.key)) : null;
  }

  @FieldResolver(() => Grid, { nullable: true, description: 'GRID: the grid.' })
  async grid(@Root() group: ResourceIndicatorGroup, @Ctx() context: Context): Promise<Grid | null> {
    return group.groupBy === ResourceGroupBy.GRID ? visible(context, GridNode, await context.loaders.grids.byId.load(Number(group.figures.key))) : null;
  }

  @FieldResolver(() => ResourceKind, { nullable: true, description: 'KIND: the kind.' })
  kind(@Root() group: ResourceIndicatorGroup): ResourceKind | null {
    return group.groupBy === ResourceGroupBy.KIND ? (group.figures.key as ResourceKind) : null;
  }

  @FieldResolver(() => ResourceConnection, { description: 'idleResources: the ACTIVE resources of the group with no USED use overlapping [from, to): their count (totalCount) and the first page, by code (idleFirst).' })
  idleResources(@Root() group: ResourceIndicatorGroup) {
    return toConnection(group.idleWindow, group.figures.idle as Page<Resource>);
  }
}
