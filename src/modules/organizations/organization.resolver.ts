import { PostConnection } from '../people/post.entity.js';
import { LinkConnection } from '../links/link.entity.js';
import { today } from '../../lib/clock.js';
import { OrganizationNode } from './organization.node.js';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { asks } from '../../schema/selection.js';
import { BadUserInputError } from '../../errors/index.js';
import { parseGlobalId } from '../../lib/global-id.js';
import { parseInput } from '../../lib/parse-input.js';
import { PageArgs, pageWindow, toConnection } from '../../schema/pagination.js';
import { requireOrganizationInScope, requireParentForScoped, visible } from '../../auth/scope.js';
import { DateScalar } from '../../schema/scalars/date.js';
import type { Ability } from '../../auth/principal.js';
import type { Context } from '../contract.js';
import { Grid } from '../grids/grid.entity.js';
import { LinkDirection, LinkKind } from '../links/link.kinds.js';
import { OrganizationKind } from './organization.kinds.js';
import { Organization, OrganizationConnection } from './organization.entity.js';
import { ArchiveOrganizationInput, CreateOrganizationInput, MoveOrganizationInput, OrganizationFilterInput, toOrganizationFilter, UpdateOrganizationInput } from './organization.inputs.js';
import { householdsSchema, organizationAddressSchema, organizationCodeSchema, organizationNameSchema } from './organization.rules.js';
import { OrganizationOrder } from './organization.service.js';

function optionalId(id: string | null | undefined, field: string): number | null {
  return id == null ? null : parseGlobalId(id, 'Organization', field);
}

/** GraphQL for organizations: translates arguments, then hands over to loaders and the service. */
@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'One organization by id or by code (give exactly one). Null when there is none.' })
  async organization(
    @Ctx() context: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Global id.' }) id?: string | null,
    @Arg('code', () => String, { nullable: true, description: 'Business code.' }) code?: string | null,
  ): Promise<Organization | null> {
    if ((id == null) === (code == null)) throw new BadUserInputError('Give exactly one of "id" and "code".', { field: id == null ? 'id' : 'code' });
    const organization = id != null ? await context.loaders.organizations.byId.load(parseGlobalId(id, 'Organization', 'id')) : await context.loaders.organizations.byCode.load(code!);
    return visible(context, OrganizationNode, organization);
  }

  @Query(() => OrganizationConnection, { description: 'Organizations matching a filter, a page at a time.' })
  async organizations(
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OrganizationFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: OrganizationFilterInput | null,
    @Arg('orderBy', () => OrganizationOrder, { nullable: true, defaultValue: OrganizationOrder.CODE_ASC, description: 'Sort order.' }) orderBy: OrganizationOrder = OrganizationOrder.CODE_ASC,
  ) {
    const window = pageWindow('organizations', page);
    const result = await context.services.organizations.list(
      toOrganizationFilter(filter, context.scope.rootId),
      // An explicit null asks for the default.
      orderBy ?? OrganizationOrder.CODE_ASC,
      window,
    );
    return toConnection(window, result);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization directly above in the vertical chain; null for a root.' })
  parent(@Root() organization: Organization, @Ctx() context: Context): Organization | null | Promise<Organization | null> {
    return organization.parentId === null ? null : visibleOrganization(context, organization.parentId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The community, subdistrict or district where an organization outside the chain is located (its Party committee). Null when none is recorded, for the chain itself, or outside your scope.' })
  locatedIn(@Root() organization: Organization, @Ctx() context: Context): Organization | null | Promise<Organization | null> {
    return organization.locatedInId === null ? null : visibleOrganization(context, organization.locatedInId);
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Organizations directly below, by code.' })
  async children(
    @Root() organization: Organization,
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kinds', () => [OrganizationKind], { nullable: true, description: 'Only these kinds.' }) kinds?: OrganizationKind[] | null,
  ) {
    const window = pageWindow('children', page);
    const result = await context.loaders.organizations.children({ window, kinds: kinds ?? null }).load(organization.databaseId);
    return toConnection(window, result);
  }

  @FieldResolver(() => [Organization], { description: "Every organization above, root first, ending with the parent. Empty for a root. A scoped credential sees those within its scope only." })
  async ancestors(@Root() organization: Organization, @Ctx() context: Context): Promise<Organization[]> {
    const ancestors = await context.loaders.organizations.ancestors.load(organization.databaseId);
    const shown = await Promise.all(ancestors.map((ancestor) => visible(context, OrganizationNode, ancestor)));
    return shown.filter((ancestor): ancestor is Organization => ancestor !== null);
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Every organization below, at any depth: nearest levels first, then by code.' })
  async descendants(
    @Root() organization: Organization,
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kinds', () => [OrganizationKind], { nullable: true, description: 'Only these kinds.' }) kinds?: OrganizationKind[] | null,
    @Arg('maxDepth', () => Int, { nullable: true, description: 'Only down to this many levels below (1 = children).' }) maxDepth?: number | null,
  ) {
    if (maxDepth != null && maxDepth < 1) throw new BadUserInputError(`Argument "maxDepth" must be at least 1; got ${maxDepth}.`, { field: 'maxDepth' });
    const window = pageWindow('descendants', page);
    const result = await context.loaders.organizations.descendants({ window, kinds: kinds ?? null, maxDepth: maxDepth ?? null }).load(organization.databaseId);
    return toConnection(window, result);
  }

  @FieldResolver(() => LinkConnection, { description: 'Horizontal links of this organization, by kind then start date.' })
  async links(
    @Root() organization: Organization,
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('direction', () => LinkDirection, { nullable: true, defaultValue: LinkDirection.BOTH, description: 'OUT (it is the source), IN (the target) or BOTH.' }) direction: LinkDirection = LinkDirection.BOTH,
    @Arg('kinds', () => [LinkKind], { nullable: true, description: 'Only these kinds.' }) kinds?: LinkKind[] | null,
    @Arg('activeAt', () => DateScalar, { nullable: true, description: 'Only links in force on this date; every link, ended ones included, when omitted.' }) activeAt?: string | null,
  ) {
    const window = pageWindow('links', page);
    // The links' two ends come in the same statement when the query asks for either.
    const withEnds = ['source', 'target'].some((end) => asks(info, ['nodes', end]) || asks(info, ['edges', 'node', end]));
    const result = await context.loaders.links.ofOrganization({ window, direction: direction ?? LinkDirection.BOTH, kinds: kinds ?? null, activeAt: activeAt ?? null, withEnds }).load(organization.databaseId);
    return toConnection(window, result);
  }

  @FieldResolver(() => PostConnection, { description: 'Posts held in this organization, newest first.' })
  async posts(
    @Root() organization: Organization,
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('activeAt', () => DateScalar, { nullable: true, description: 'Only posts held on this date; the whole history when omitted.' }) activeAt?: string | null,
  ) {
    const window = pageWindow('posts', page);
    // The posts' people come in the same statement when the query asks for them (a tree's last level).
    const withPerson = asks(info, ['nodes', 'person']) || asks(info, ['edges', 'node', 'person']);
    const result = await context.loaders.people.postsOfOrganization({ window, activeAt: activeAt ?? null, withPerson }).load(organization.databaseId);
    return toConnection(window, result);
  }

  @FieldResolver(() => Grid, { nullable: true, description: 'The grid this organization serves, when it is a grid Party branch.' })
  grid(@Root() organization: Organization, @Ctx() context: Context): Promise<Grid | null> | null {
    return organization.kind === OrganizationKind.GRID_PARTY_BRANCH ? context.loaders.grids.byBranchId.load(organization.databaseId) : null;
  }

  @Authorized<Ability>('write')
  @Mutation(() => Organization, { description: 'Creates an organization under a parent its kind may sit under.' })
  async createOrganization(@Ctx() context: Context, @Arg('input', () => CreateOrganizationInput, { description: 'The new organization.' }) input: CreateOrganizationInput): Promise<Organization> {
    const parentId = optionalId(input.parentId, 'input.parentId');
    requireParentForScoped(context, parentId, 'input.parentId');
    if (parentId !== null) await requireOrganizationInScope(context, parentId, 'input.parentId');
    const locatedInId = optionalId(input.locatedIn, 'input.locatedIn');
    if (locatedInId !== null) await requireOrganizationInScope(context, locatedInId, 'input.locatedIn');
    return context.services.organizations.create({
      code: parseInput(organizationCodeSchema, input.code, 'input.code'),
      name: parseInput(organizationNameSchema, input.name, 'input.name'),
      kind: input.kind,
      parentId,
      locatedInId,
      foundedOn: input.foundedOn ?? today(),
      households: input.households == null ? null : parseInput(householdsSchema, input.households, 'input.households'),
      address: input.address == null ? null : parseInput(organizationAddressSchema, input.address, 'input.address'),
    });
  }

  @Authorized<Ability>('write')
  @Mutation(() => Organization, { description: 'Changes the name, households, address, founding date or area of an organization.' })
  async updateOrganization(@Ctx() context: Context, @Arg('input', () => UpdateOrganizationInput, { description: 'The changes.' }) input: UpdateOrganizationInput): Promise<Organization> {
    const id = parseGlobalId(input.id, 'Organization', 'input.id');
    await requireOrganizationInScope(context, id, 'input.id');
    // Null clears the area; left out (undefined), it stays.
    const locatedInId = input.locatedIn === undefined ? undefined : optionalId(input.locatedIn, 'input.locatedIn');
    if (locatedInId != null) await requireOrganizationInScope(context, locatedInId, 'input.locatedIn');
    return context.services.organizations.update({
      id,
      expectedVersion: input.expectedVersion,
      name: input.name == null ? null : parseInput(organizationNameSchema, input.name, 'input.name'),
      households: input.households == null ? input.households : parseInput(householdsSchema, input.households, 'input.households'),
      address: input.address == null ? input.address : parseInput(organizationAddressSchema, input.address, 'input.address'),
      foundedOn: input.foundedOn,
      locatedInId,
    });
  }

  @Authorized<Ability>('write')
  @Mutation(() => Organization, { description: 'Moves an organization and its subtree under a new parent. Refuses cycles and kinds that may not sit there; keeps the chain history.' })
  async moveOrganization(@Ctx() context: Context, @Arg('input', () => MoveOrganizationInput, { description: 'What to move where.' }) input: MoveOrganizationInput): Promise<Organization> {
    const id = parseGlobalId(input.id, 'Organization', 'input.id');
    const newParentId = optionalId(input.newParentId, 'input.newParentId');
    await requireOrganizationInScope(context, id, 'input.id');
    // Moving a subtree out of the scope is refused: the new parent must be inside it too.
    requireParentForScoped(context, newParentId, 'input.newParentId');
    if (newParentId !== null) await requireOrganizationInScope(context, newParentId, 'input.newParentId');
    return context.services.organizations.move({
      id,
      newParentId,
      expectedVersion: input.expectedVersion,
      effectiveOn: input.effectiveOn,
    });
  }

  @Authorized<Ability>('write')
  @Mutation(() => Organization, { description: 'Archives an organization. Nothing is deleted: it answers activeAt questions before its archive date.' })
  async archiveOrganization(@Ctx() context: Context, @Arg('input', () => ArchiveOrganizationInput, { description: 'What to archive, and when.' }) input: ArchiveOrganizationInput): Promise<Organization> {
    const id = parseGlobalId(input.id, 'Organization', 'input.id');
    await requireOrganizationInScope(context, id, 'input.id');
    return context.services.organizations.archive({
      id,
      archivedOn: input.archivedOn,
      expectedVersion: input.expectedVersion,
    });
  }
}

/** The organization by id if the viewer may see it: at once when the request has already read it (a page's rows, a code's parent). */
function visibleOrganization(context: Context, id: number): Organization | null | Promise<Organization | null> {
  const read = context.loaders.organizations.alreadyRead(id);
  if (read) return visible(context, OrganizationNode, read);
  return context.loaders.organizations.byId.load(id).then((organization) => visible(context, OrganizationNode, organization));
}
