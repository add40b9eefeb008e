import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ability } from '../../auth/principal.js';
import { requireOrganizationInScope, visible } from '../../auth/scope.js';
import { BadUserInputError, NotFoundError } from '../../errors/index.js';
import { organizationOf } from '../../graph/arguments.js';
import { today } from '../../lib/clock.js';
import { parseGlobalId } from '../../lib/global-id.js';
import { invariant } from '../../lib/invariant.js';
import { parseInput } from '../../lib/parse-input.js';
import { PageArgs, pageWindow, toConnection } from '../../schema/pagination.js';
import { DateScalar } from '../../schema/scalars/date.js';
import { ServiceCaseNode } from '../cases/case.node.js';
import { ServiceCase } from '../cases/service-case.entity.js';
import type { Context } from '../contract.js';
import { Grid } from '../grids/grid.entity.js';
import { GridNode } from '../grids/grid.node.js';
import { Link } from '../links/link.entity.js';
import { LinkNode } from '../links/link.node.js';
import { Organization } from '../organizations/organization.entity.js';
import { PersonNode } from '../people/people.node.js';
import { Person } from '../people/person.entity.js';
import { Resource, ResourceConnection } from './resource.entity.js';
import { ChangeResourceStatusInput, CreateResourceInput, RequestResourceUseInput, ResourceFilterInput, ResourceUseFilterInput, ResourceUsesFilterInput, ResourceUseStepInput, UpdateResourceInput } from './resource.inputs.js';
import { ResourceKind, ResourceOrder, ResourceStatus } from './resource.kinds.js';
import { ResourceNode, ResourceUseNode } from './resource.node.js';
import { availableSchema, parseOpeningHours, purposeSchema, quantitySchema, resourceCodeSchema, resourceNameSchema, resourceUnitSchema, resourceUseCodeSchema } from './resource.rules.js';
import { ResourceUse, ResourceUseConnection } from './resource-use.entity.js';
import { ResourceUseStep } from './resource-use.transitions.js';
import { textSchema } from '../../lib/parse-input.js';

const descriptionSchema = textSchema(500);

function optionalId(id: string | null | undefined, type: string, field: string): number | null {
  return id == null ? null : parseGlobalId(id, type, field);
}

/** The resource named by `id`, within the caller's jurisdiction; with `owned`, its owner must be inside it too (to change it). */
async function requireResource(context: Context, id: string, field: string, owned: boolean): Promise<Resource> {
  const resource = await visible(context, ResourceNode, await context.loaders.resources.resourceById.load(parseGlobalId(id, 'Resource', field)));
  if (!resource || (owned && !(await context.scope.organizationInScope.load(resource.ownerId)))) throw new NotFoundError(`No resource has the id given in "${field}".`, { field });
  return resource;
}

/** GraphQL for resources: the root reads, the resource's fields, and its mutations. */
@Resolver(() => Resource)
export class ResourceResolver {
  @Query(() => Resource, { nullable: true, description: 'One resource by id or by code (give exactly one); null when there is none or it is outside your jurisdiction.' })
  async resource(
    @Ctx() context: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Global id.' }) id?: string | null,
    @Arg('code', () => String, { nullable: true, description: 'Business key.' }) code?: string | null,
  ): Promise<Resource | null> {
    if ((id == null) === (code == null)) throw new BadUserInputError('Give exactly one of "id" and "code".', { field: id == null ? 'id' : 'code' });
    const resource = id != null ? await context.loaders.resources.resourceById.load(parseGlobalId(id, 'Resource', 'id')) : await context.loaders.resources.resourceByCode.load(code!);
    return visible(context, ResourceNode, resource);
  }

  @Query(() => ResourceConnection, { description: 'Resources matching a filter, a page at a time: within a jurisdiction, those owned in it and those shared into it.' })
  async resources(
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ResourceFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: ResourceFilterInput | null,
    @Arg('orderBy', () => ResourceOrder, { nullable: true, defaultValue: ResourceOrder.CODE_ASC, description: 'Sort order; by code by default.' }) orderBy: ResourceOrder = ResourceOrder.CODE_ASC,
  ) {
    const window = pageWindow('resources', page);
    const date = today();
    const result = await context.services.resources.listResources(
      {
        ownerId: optionalId(filter?.owner, 'Organization', 'filter.owner'),
        kinds: filter?.kinds,
        statuses: filter?.statuses,
        underId: optionalId(filter?.under, 'Organization', 'filter.under'),
        gridId: optionalId(filter?.grid, 'Grid', 'filter.grid'),
        sharedWithId: optionalId(filter?.sharedWith, 'Organization', 'filter.sharedWith'),
        sharedOn: filter?.availableAt ?? date,
        availableAt: filter?.availableAt,
        scopeRootId: context.scope.rootId,
        today: date,
      },
      orderBy ?? ResourceOrder.CODE_ASC,
      window,
    );
    return toConnection(window, result);
  }

  @FieldResolver(() => Organization, { description: 'The organization that owns and offers it. Outside your scope, only its id, code, name and kind are shown.' })
  owner(@Root() resource: Resource, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, resource.ownerId);
  }

  @FieldResolver(() => Organization, { description: 'The community (its Party committee) it is in.' })
  community(@Root() resource: Resource, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, resource.communityId);
  }

  @FieldResolver(() => Grid, { nullable: true, description: 'The grid it is in; null when placed in a community only, or outside your jurisdiction.' })
  async grid(@Root() resource: Resource, @Ctx() context: Context): Promise<Grid | null> {
    return resource.gridId === null ? null : visible(context, GridNode, await context.loaders.grids.byId.load(resource.gridId));
  }

  @FieldResolver(() => [Link], { description: "The RESOURCE_SHARING links from its owner through which others may use it (those within your jurisdiction), by code: in force on activeAt, or all of them." })
  async sharedThrough(@Root() resource: Resource, @Ctx() context: Context, @Arg('activeAt', () => DateScalar, { nullable: true, description: 'Only links in force on this date (and not suspended).' }) activeAt?: string | null): Promise<Link[]> {
    const links = await context.loaders.resources.sharingLinksOf(activeAt ?? null).load(resource.ownerId);
    return (await Promise.all(links.map((link) => visible(context, LinkNode, link)))).filter((link): link is Link => link !== null);
  }

  @FieldResolver(() => ResourceUseConnection, { description: 'Its uses, by start: within a jurisdiction, those by its organizations or of resources they own.' })
  async uses(
    @Root() resource: Resource,
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ResourceUsesFilterInput, { nullable: true, description: 'Conditions to meet.' }) filter?: ResourceUsesFilterInput | null,
  ) {
    const window = pageWindow('uses', page);
    const args = { window, statuses: filter?.statuses ?? null, from: filter?.from ?? null, to: filter?.to ?? null, userId: optionalId(filter?.user, 'Organization', 'filter.user') };
    return toConnection(window, await context.loaders.resources.usesOfResource(args).load(resource.databaseId));
  }

  @Authorized<Ability>('write')
  @Mutation(() => Resource, { description: 'Adds a resource to its owner’s resource list.' })
  async createResource(@Ctx() context: Context, @Arg('input', () => CreateResourceInput, { description: 'The resource.' }) input: CreateResourceInput): Promise<Resource> {
    const ownerId = parseGlobalId(input.ownerId, 'Organization', 'input.ownerId');
    await requireOrganizationInScope(context, ownerId, 'input.ownerId');
    const gridId = optionalId(input.gridId, 'Grid', 'input.gridId');
    if (gridId !== null && !(await visible(context, GridNode, await context.loaders.grids.byId.load(gridId)))) throw new NotFoundError('No grid has the id given in "input.gridId".', { field: 'input.gridId' });
    const communityId = optionalId(input.communityId, 'Organization', 'input.communityId');
    if (communityId !== null) await requireOrganizationInScope(context, communityId, 'input.communityId');
    if (input.availableUpdatedAt != null && input.available == null) throw new BadUserInputError('"input.availableUpdatedAt" needs "input.available".', { field: 'input.availableUpdatedAt' });
    const maximum = parseInput(quantitySchema, input.maximum, 'input.maximum');
    const available = input.available == null ? null : parseInput(availableSchema, input.available, 'input.available');
    if (available !== null && available > maximum) throw new BadUserInputError(`"input.available" (${available}) is more than "input.maximum" (${maximum}).`, { field: 'input.available' });
    return context.services.resources.create({
      code: parseInput(resourceCodeSchema, input.code, 'input.code'),
      ownerId,
      kind: input.kind,
      name: parseInput(resourceNameSchema, input.name, 'input.name'),
      unit: parseInput(resourceUnitSchema, input.unit, 'input.unit'),
      maximum,
      available,
      availableUpdatedAt: input.availableUpdatedAt,
      openingHours: input.openingHours == null ? null : { text: input.openingHours.trim(), minutes: parseOpeningHours(input.openingHours, 'input.openingHours') },
      gridId,
      communityId,
      status: input.status,
      description: input.description == null ? null : parseInput(descriptionSchema, input.description, 'input.description'),
    });
  }

  @Authorized<Ability>('write')
  @Mutation(() => Resource, { description: 'Changes a resource: name, unit, capacity, what is available now, opening hours, description.' })
  async updateResource(@Ctx() context: Context, @Arg('input', () => UpdateResourceInput, { description: 'The changes.' }) input: UpdateResourceInput): Promise<Resource> {
    const resource = await requireResource(context, input.id, 'input.id', true);
    const given = (name: keyof UpdateResourceInput) => Object.prototype.hasOwnProperty.call(input, name) && input[name] !== undefined;
    if (given('name') && input.name === null) throw new BadUserInputError('"input.name" cannot be null.', { field: 'input.name' });
    if (given('unit') && input.unit === null) throw new BadUserInputError('"input.unit" cannot be null.', { field: 'input.unit' });
    if (given('maximum') && input.maximum === null) throw new BadUserInputError('"input.maximum" cannot be null.', { field: 'input.maximum' });
    const maximum = input.maximum == null ? undefined : parseInput(quantitySchema, input.maximum, 'input.maximum');
    const available = !given('available') ? undefined : input.available === null ? null : parseInput(availableSchema, input.available, 'input.available');
    if (available != null && available > (maximum ?? resource.maximum)) throw new BadUserInputError(`"input.available" (${available}) is more than the maximum (${maximum ?? resource.maximum}).`, { field: 'input.available' });
    const after = await context.services.resources.update(resource.databaseId, input.expectedVersion, {
      name: input.name == null ? undefined : parseInput(resourceNameSchema, input.name, 'input.name'),
      unit: input.unit == null ? undefined : parseInput(resourceUnitSchema, input.unit, 'input.unit'),
      maximum,
      available,
      availableUpdatedAt: input.availableUpdatedAt ?? undefined,
      openingHours: !given('openingHours') ? undefined : input.openingHours === null ? null : { text: input.openingHours!.trim(), minutes: parseOpeningHours(input.openingHours!, 'input.openingHours') },
      description: !given('description') ? undefined : input.description === null ? null : parseInput(descriptionSchema, input.description, 'input.description'),
    });
    context.loaders.resources.resourceById.clear(after.databaseId).prime(after.databaseId, after);
    return after;
  }

  @Authorized<Ability>('write')
  @Mutation(() => Resource, { description: 'Changes where a resource stands: ACTIVE, INACTIVE, TEMPORARILY_CLOSED, or DEFUNCT (final). Nothing is deleted.' })
  async changeResourceStatus(@Ctx() context: Context, @Arg('input', () => ChangeResourceStatusInput, { description: 'The new status.' }) input: ChangeResourceStatusInput): Promise<Resource> {
    const resource = await requireResource(context, input.id, 'input.id', true);
    const after = await context.services.resources.changeStatus(resource.databaseId, input.expectedVersion, input.status);
    context.loaders.resources.resourceById.clear(after.databaseId).prime(after.databaseId, after);
    return after;
  }
}

/** The resource fields of Organization. */
@Resolver(() => Organization)
export class OrganizationResourcesResolver {
  @FieldResolver(() => ResourceConnection, { description: 'The resources it owns, by code unless ordered otherwise.' })
  async resources(
    @Root() organization: Organization,
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kinds', () => [ResourceKind], { nullable: true, description: 'Only these kinds.' }) kinds?: ResourceKind[] | null,
    @Arg('statuses', () => [ResourceStatus], { nullable: true, description: 'Only these statuses.' }) statuses?: ResourceStatus[] | null,
    @Arg('availableAt', () => DateScalar, { nullable: true, description: 'Only resources ACTIVE and open on this day of the week.' }) availableAt?: string | null,
    @Arg('orderBy', () => ResourceOrder, { nullable: true, defaultValue: ResourceOrder.CODE_ASC, description: 'Sort order.' }) orderBy: ResourceOrder = ResourceOrder.CODE_ASC,
  ) {
    const window = pageWindow('resources', page);
    return toConnection(window, await context.loaders.resources.resourcesOfOwner({ window, kinds: kinds ?? null, statuses: statuses ?? null, availableAt: availableAt ?? null, order: orderBy ?? ResourceOrder.CODE_ASC }).load(organization.databaseId));
  }

  @FieldResolver(() => ResourceConnection, { description: 'The resources other organizations share with it: their owner has a RESOURCE_SHARING link to it in force (on availableAt, or today).' })
  async sharedResources(
    @Root() organization: Organization,
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kinds', () => [ResourceKind], { nullable: true, description: 'Only these kinds.' }) kinds?: ResourceKind[] | null,
    @Arg('statuses', () => [ResourceStatus], { nullable: true, description: 'Only these statuses.' }) statuses?: ResourceStatus[] | null,
    @Arg('availableAt', () => DateScalar, { nullable: true, description: 'Only resources ACTIVE and open on this day of the week, shared on this date.' }) availableAt?: string | null,
    @Arg('orderBy', () => ResourceOrder, { nullable: true, defaultValue: ResourceOrder.CODE_ASC, description: 'Sort order.' }) orderBy: ResourceOrder = ResourceOrder.CODE_ASC,
  ) {
    const window = pageWindow('sharedResources', page);
    const args = { window, kinds: kinds ?? null, statuses: statuses ?? null, availableAt: availableAt ?? null, order: orderBy ?? ResourceOrder.CODE_ASC, sharedOn: availableAt ?? today() };
    return toConnection(window, await context.loaders.resources.resourcesSharedWith(args).load(organization.databaseId));
  }
}

/** GraphQL for resource uses: the root reads, the fields, and one mutation per step. */
@Resolver(() => ResourceUse)
export class ResourceUseResolver {
  @Query(() => ResourceUse, { nullable: true, description: 'One resource use by id or by code (give exactly one); null when there is none or it is outside your jurisdiction.' })
  async resourceUse(
    @Ctx() context: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Global id.' }) id?: string | null,
    @Arg('code', () => String, { nullable: true, description: 'Business key.' }) code?: string | null,
  ): Promise<ResourceUse | null> {
    if ((id == null) === (code == null)) throw new BadUserInputError('Give exactly one of "id" and "code".', { field: id == null ? 'id' : 'code' });
    const use = id != null ? await context.loaders.resources.useById.load(parseGlobalId(id, 'ResourceUse', 'id')) : await context.loaders.resources.useByCode.load(code!);
    return visible(context, ResourceUseNode, use);
  }

  @Query(() => ResourceUseConnection, { description: 'Resource uses matching a filter, by start, a page at a time: within a jurisdiction, the uses by its organizations and of resources they own.' })
  async resourceUses(
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ResourceUseFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: ResourceUseFilterInput | null,
  ) {
    const window = pageWindow('resourceUses', page);
    const result = await context.services.resources.listUses(
      {
        resourceId: optionalId(filter?.resource, 'Resource', 'filter.resource'),
        userId: optionalId(filter?.user, 'Organization', 'filter.user'),
        ownerId: optionalId(filter?.owner, 'Organization', 'filter.owner'),
        statuses: filter?.statuses,
        from: filter?.from,
        to: filter?.to,
        caseId: optionalId(filter?.serviceCase, 'ServiceCase', 'filter.serviceCase'),
        scopeRootId: context.scope.rootId,
      },
      window,
    );
    return toConnection(window, result);
  }

  @FieldResolver(() => Resource, { description: 'The resource used.' })
  async resource(@Root() use: ResourceUse, @Ctx() context: Context): Promise<Resource> {
    const resource = await context.loaders.resources.resourceById.load(use.resourceId);
    invariant(resource, `use ${use.databaseId} has a resource`);
    return resource;
  }

  @FieldResolver(() => Organization, { description: 'The organization using it. Outside your scope, only its id, code, name and kind are shown.' })
  user(@Root() use: ResourceUse, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, use.userId);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The person who booked it. Personal data: null outside your jurisdiction; without the pii right the person's name is masked (王**) and the phone hidden." })
  async person(@Root() use: ResourceUse, @Ctx() context: Context): Promise<Person | null> {
    return use.personId === null ? null : visible(context, PersonNode, await context.loaders.people.personById.load(use.personId));
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'FUNDS: the date of the disbursement; null for the other kinds.' })
  async date(@Root() use: ResourceUse, @Ctx() context: Context): Promise<string | null> {
    const resource = await context.loaders.resources.resourceById.load(use.resourceId);
    return resource?.kind === ResourceKind.FUNDS ? use.startsAt.slice(0, 10) : null;
  }

  @FieldResolver(() => Link, { nullable: true, description: "The RESOURCE_SHARING link that allowed a use by another organization than the owner; null for the owner's own use." })
  async viaLink(@Root() use: ResourceUse, @Ctx() context: Context): Promise<Link | null> {
    return use.viaLinkId === null ? null : visible(context, LinkNode, await context.loaders.links.byId.load(use.viaLinkId));
  }

  @FieldResolver(() => ServiceCase, { nullable: true, description: 'The service case it served, if any (and within your jurisdiction).' })
  async serviceCase(@Root() use: ResourceUse, @Ctx() context: Context): Promise<ServiceCase | null> {
    return use.caseId === null ? null : visible(context, ServiceCaseNode, await context.loaders.cases.caseById.load(use.caseId));
  }

  @Authorized<Ability>('write')
  @Mutation(() => ResourceUse, {
    description:
      'Requests a use of a resource (a booking, a disbursement), REQUESTED. Refused (BAD_USER_INPUT, nothing written) when the resource is not ACTIVE, when another organization than the owner has no RESOURCE_SHARING link from the owner in force on the dates (the message names the missing link), or when the quantity does not fit the capacity beside the uses holding it (naming them).',
  })
  async requestResourceUse(@Ctx() context: Context, @Arg('input', () => RequestResourceUseInput, { description: 'The request.' }) input: RequestResourceUseInput): Promise<ResourceUse> {
    const resource = await requireResource(context, input.resourceId, 'input.resourceId', false);
    const userId = parseGlobalId(input.userId, 'Organization', 'input.userId');
    await requireOrganizationInScope(context, userId, 'input.userId');
    const personId = optionalId(input.personId, 'Person', 'input.personId');
    if (personId !== null && !(await visible(context, PersonNode, await context.loaders.people.personById.load(personId)))) throw new NotFoundError('No person has the id given in "input.personId".', { field: 'input.personId' });
    const caseId = optionalId(input.serviceCaseId, 'ServiceCase', 'input.serviceCaseId');
    if (caseId !== null && !(await visible(context, ServiceCaseNode, await context.loaders.cases.caseById.load(caseId)))) throw new NotFoundError('No case has the id given in "input.serviceCaseId".', { field: 'input.serviceCaseId' });
    return context.services.resources.requestUse({
      resourceId: resource.databaseId,
      code: input.code == null ? null : parseInput(resourceUseCodeSchema, input.code, 'input.code'),
      userId,
      personId,
      from: input.from,
      to: input.to,
      date: input.date,
      quantity: parseInput(quantitySchema, input.quantity, 'input.quantity'),
      purpose: input.purpose == null ? null : parseInput(purposeSchema, input.purpose, 'input.purpose'),
      caseId,
    });
  }

  @Authorized<Ability>('write')
  @Mutation(() => ResourceUse, { description: "APPROVE: the owner approves a REQUESTED use. Needs the owner in your jurisdiction." })
  approveResourceUse(@Ctx() context: Context, @Arg('input', () => ResourceUseStepInput, { description: 'The step.' }) input: ResourceUseStepInput) {
    return this.step(context, input, ResourceUseStep.APPROVE, 'owner');
  }

  @Authorized<Ability>('write')
  @Mutation(() => ResourceUse, { description: 'MARK_USED: an APPROVED use took place. Needs the owner in your jurisdiction.' })
  markResourceUsed(@Ctx() context: Context, @Arg('input', () => ResourceUseStepInput, { description: 'The step.' }) input: ResourceUseStepInput) {
    return this.step(context, input, ResourceUseStep.MARK_USED, 'owner');
  }

  @Authorized<Ability>('write')
  @Mutation(() => ResourceUse, { description: 'CANCEL: a REQUESTED or APPROVED use is called off (by the user) or refused (by the owner); its capacity is freed.' })
  cancelResourceUse(@Ctx() context: Context, @Arg('input', () => ResourceUseStepInput, { description: 'The step.' }) input: ResourceUseStepInput) {
    return this.step(context, input, ResourceUseStep.CANCEL, 'either');
  }

  @Authorized<Ability>('write')
  @Mutation(() => ResourceUse, { description: 'NO_SHOW: an APPROVED use did not take place. Needs the owner in your jurisdiction.' })
  markResourceNoShow(@Ctx() context: Context, @Arg('input', () => ResourceUseStepInput, { description: 'The step.' }) input: ResourceUseStepInput) {
    return this.step(context, input, ResourceUseStep.NO_SHOW, 'owner');
  }

  private async step(context: Context, input: ResourceUseStepInput, step: ResourceUseStep, who: 'owner' | 'either'): Promise<ResourceUse> {
    const id = parseGlobalId(input.id, 'ResourceUse', 'input.id');
    const use = await context.loaders.resources.useById.load(id);
    const resource = use ? await context.loaders.resources.resourceById.load(use.resourceId) : null;
    const allowed = use && resource && (context.scope.rootId === null || (await context.scope.organizationInScope.load(resource.ownerId)) || (who === 'either' && (await context.scope.organizationInScope.load(use.userId))));
    if (!allowed) throw new NotFoundError('No resource use has the id given in "input.id".', { field: 'input.id' });
    const after = await context.services.resources.stepUse(id, input.expectedVersion, step);
    context.loaders.resources.useById.clear(id).prime(id, after);
    return after;
  }
}
