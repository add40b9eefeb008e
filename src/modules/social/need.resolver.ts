import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ability } from '../../auth/principal.js';
import { requireOrganizationInScope, visible } from '../../auth/scope.js';
import { BadUserInputError, NotFoundError } from '../../errors/index.js';
import { organizationOf } from '../../graph/arguments.js';
import { parseGlobalId } from '../../lib/global-id.js';
import { parseInput } from '../../lib/parse-input.js';
import { PageArgs, pageWindow, toConnection } from '../../schema/pagination.js';
import type { Context } from '../contract.js';
import { Grid } from '../grids/grid.entity.js';
import { GridNode } from '../grids/grid.node.js';
import { Organization } from '../organizations/organization.entity.js';
import { PersonNode } from '../people/people.node.js';
import { Person } from '../people/person.entity.js';
import { Need, NeedConnection } from './need.entity.js';
import { ClaimNeedInput, NeedFilterInput, NeedStepInput, RaiseNeedInput } from './social.inputs.js';
import { NeedStep } from './need.transitions.js';
import { NeedNode } from './social.node.js';
import { householdRefSchema, needCategorySchema, needCodeSchema, needTitleSchema } from './social.rules.js';
import type { NeedStepInput as ServiceStepInput } from './social.service.js';

export function optionalId(id: string | null | undefined, type: string, field: string): number | null {
  return id == null ? null : parseGlobalId(id, type, field);
}

/** GraphQL for needs: the root reads, the need's fields, and one mutation per step. */
@Resolver(() => Need)
export class NeedResolver {
  @Query(() => Need, { nullable: true, description: 'One need by id or by code (give exactly one); null when there is none or it is outside your jurisdiction.' })
  async need(
    @Ctx() context: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Global id.' }) id?: string | null,
    @Arg('code', () => String, { nullable: true, description: 'Business key.' }) code?: string | null,
  ): Promise<Need | null> {
    if ((id == null) === (code == null)) throw new BadUserInputError('Give exactly one of "id" and "code".', { field: id == null ? 'id' : 'code' });
    const need = id != null ? await context.loaders.social.needById.load(parseGlobalId(id, 'Need', 'id')) : await context.loaders.social.needByCode.load(code!);
    return visible(context, NeedNode, need);
  }

  @Query(() => NeedConnection, { description: 'Needs matching a filter, by the time they were raised, a page at a time: within a jurisdiction, those raised in its communities.' })
  async needs(
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => NeedFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: NeedFilterInput | null,
  ) {
    const window = pageWindow('needs', page);
    const result = await context.services.social.listNeeds(
      {
        kinds: filter?.kinds,
        statuses: filter?.statuses,
        underId: optionalId(filter?.under, 'Organization', 'filter.under'),
        gridId: optionalId(filter?.grid, 'Grid', 'filter.grid'),
        claimerOrganizationId: optionalId(filter?.claimedBy, 'Organization', 'filter.claimedBy'),
        raisedFrom: filter?.raisedFrom,
        raisedTo: filter?.raisedTo,
        scopeRootId: context.scope.rootId,
      },
      window,
    );
    return toConnection(window, result);
  }

  @FieldResolver(() => Organization, { description: 'The community (its Party committee) it was raised in.' })
  community(@Root() need: Need, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, need.communityId);
  }

  @FieldResolver(() => Grid, { nullable: true, description: 'The grid it was raised in; null when raised in a community only.' })
  async grid(@Root() need: Need, @Ctx() context: Context): Promise<Grid | null> {
    return need.gridId === null ? null : visible(context, GridNode, await context.loaders.grids.byId.load(need.gridId));
  }

  @FieldResolver(() => String, { nullable: true, description: 'An opaque household reference, never a name or a phone. Personal data: null without the pii right.' })
  householdRef(@Root() need: Need, @Ctx() context: Context): string | null {
    return context.principal.pii ? need.householdRef : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization that claimed it; null when unclaimed or claimed by a person. Outside your scope, only its id, code, name and kind are shown.' })
  async claimedByOrganization(@Root() need: Need, @Ctx() context: Context): Promise<Organization | null> {
    return need.claimerOrganizationId === null ? null : organizationOf(context, need.claimerOrganizationId);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The person who claimed it. Personal data: null outside your jurisdiction; without the pii right the person's name is masked (王**) and the phone hidden." })
  async claimedByPerson(@Root() need: Need, @Ctx() context: Context): Promise<Person | null> {
    return need.claimerPersonId === null ? null : visible(context, PersonNode, await context.loaders.people.personById.load(need.claimerPersonId));
  }

  @Authorized<Ability>('write')
  @Mutation(() => Need, { description: 'Raises a need on the needs list of a community or grid within your jurisdiction, OPEN.' })
  async raiseNeed(@Ctx() context: Context, @Arg('input', () => RaiseNeedInput, { description: 'The need.' }) input: RaiseNeedInput): Promise<Need> {
    const gridId = optionalId(input.gridId, 'Grid', 'input.gridId');
    if (gridId !== null && !(await visible(context, GridNode, await context.loaders.grids.byId.load(gridId)))) throw new NotFoundError('No grid has the id given in "input.gridId".', { field: 'input.gridId' });
    const communityId = optionalId(input.communityId, 'Organization', 'input.communityId');
    if (communityId !== null) await requireOrganizationInScope(context, communityId, 'input.communityId');
    return context.services.social.raiseNeed({
      code: input.code == null ? null : parseInput(needCodeSchema, input.code, 'input.code'),
      kind: input.kind,
      title: parseInput(needTitleSchema, input.title, 'input.title'),
      category: input.category == null ? null : parseInput(needCategorySchema, input.category, 'input.category'),
      gridId,
      communityId,
      raisedAt: input.raisedAt,
      householdRef: input.householdRef == null ? null : parseInput(householdRefSchema, input.householdRef, 'input.householdRef'),
    });
  }

  @Authorized<Ability>('write')
  @Mutation(() => Need, { description: 'CLAIM: an organization or a person takes an OPEN need on. Refused (BAD_USER_INPUT naming the need, its status and the step) from any other status.' })
  async claimNeed(@Ctx() context: Context, @Arg('input', () => ClaimNeedInput, { description: 'The claim.' }) input: ClaimNeedInput): Promise<Need> {
    const claimerOrganizationId = optionalId(input.organizationId, 'Organization', 'input.organizationId');
    if (claimerOrganizationId !== null && !(await context.loaders.organizations.byId.load(claimerOrganizationId))) throw new NotFoundError('No organization has the id given in "input.organizationId".', { field: 'input.organizationId' });
    const claimerPersonId = optionalId(input.personId, 'Person', 'input.personId');
    if (claimerPersonId !== null && !(await visible(context, PersonNode, await context.loaders.people.personById.load(claimerPersonId)))) throw new NotFoundError('No person has the id given in "input.personId".', { field: 'input.personId' });
    return this.step(context, input, NeedStep.CLAIM, { at: input.at, claimerOrganizationId, claimerPersonId });
  }

  @Authorized<Ability>('write')
  @Mutation(() => Need, { description: 'FULFIL: a CLAIMED need was met. Refused (BAD_USER_INPUT naming the need, its status and the step) from any other status.' })
  fulfilNeed(@Ctx() context: Context, @Arg('input', () => NeedStepInput, { description: 'The step.' }) input: NeedStepInput): Promise<Need> {
    return this.step(context, input, NeedStep.FULFIL, { at: input.at });
  }

  @Authorized<Ability>('write')
  @Mutation(() => Need, { description: 'EXPIRE: an OPEN or CLAIMED need lapsed unmet. Refused (BAD_USER_INPUT naming the need, its status and the step) once FULFILLED or EXPIRED.' })
  expireNeed(@Ctx() context: Context, @Arg('input', () => NeedStepInput, { description: 'The step.' }) input: NeedStepInput): Promise<Need> {
    return this.step(context, input, NeedStep.EXPIRE, { at: input.at });
  }

  private async step(context: Context, input: { id: string; expectedVersion?: number | null }, step: NeedStep, details: ServiceStepInput): Promise<Need> {
    const id = parseGlobalId(input.id, 'Need', 'input.id');
    if (!(await visible(context, NeedNode, await context.loaders.social.needById.load(id)))) throw new NotFoundError('No need has the id given in "input.id".', { field: 'input.id' });
    const after = await context.services.social.stepNeed(id, input.expectedVersion, step, details);
    context.loaders.social.needById.clear(id).prime(id, after);
    return after;
  }
}
