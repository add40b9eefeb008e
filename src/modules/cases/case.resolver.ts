import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { maskName } from '../../auth/personal-data.js';
import type { Ability } from '../../auth/principal.js';
import { linkEnd, requireOrganizationInScope, visible } from '../../auth/scope.js';
import { BadUserInputError, NotFoundError } from '../../errors/index.js';
import { parseGlobalId } from '../../lib/global-id.js';
import { invariant } from '../../lib/invariant.js';
import { parseInput } from '../../lib/parse-input.js';
import { PageArgs, pageWindow, toConnection } from '../../schema/pagination.js';
import type { Context } from '../contract.js';
import { Grid } from '../grids/grid.entity.js';
import { GridNode } from '../grids/grid.node.js';
import { Link } from '../links/link.entity.js';
import { LinkNode } from '../links/link.node.js';
import { Organization } from '../organizations/organization.entity.js';
import { CaseEvent, CaseEventConnection } from './case-event.entity.js';
import { CaseOrder } from './case.conditions.js';
import { CaseExtensionInput, CaseStepInput, DispatchCaseInput, MergeCaseInput, ReceiveCaseInput, ReplyCaseInput, RevisitCaseInput, ServiceCaseFilterInput } from './case.inputs.js';
import { CaseUrgency } from './case.kinds.js';
import { isCaseVisible, ServiceCaseNode, WhistleNode } from './case.node.js';
import type { Eligibility } from './case.reachability.js';
import { actingPersonSchema, caseCodeSchema, caseDescriptionSchema, caseNoteSchema, householdRefSchema, reasonSchema } from './case.rules.js';
import type { StepResult } from './case.service.js';
import type { StepCommand } from './case.steps.js';
import { CaseEventKind, CaseStatus } from './case.transitions.js';
import { CaseEligibility, CasePathStep, CaseStepResult } from './case.types.js';
import { ServiceCase, ServiceCaseConnection } from './service-case.entity.js';
import { ServiceCategory } from './service-category.entity.js';
import { Whistle } from './whistle.entity.js';

function optionalId(id: string | null | undefined, type: string, field: string): number | null {
  return id == null ? null : parseGlobalId(id, type, field);
}

function toResult(result: StepResult): CaseStepResult {
  return { serviceCase: result.serviceCase, event: result.event, eligibility: eligibilityOf(result.eligibility) };
}

function eligibilityOf(eligibility: Eligibility | null): CaseEligibility | null {
  return eligibility ? { kind: eligibility.kind, linkId: eligibility.linkId } : null;
}

/** The case named by `input.id`, within the caller's jurisdiction: NOT_FOUND otherwise, as if it did not exist. */
export async function requireCaseInScope(context: Context, id: string, field: string): Promise<number> {
  const databaseId = parseGlobalId(id, 'ServiceCase', field);
  if (!(await visible(context, ServiceCaseNode, await context.loaders.cases.caseById.load(databaseId)))) throw new NotFoundError(`No case has the id given in "${field}".`, { field });
  return databaseId;
}

/** The common fields of a step input, checked; the acting organization must be within the caller's scope. */
async function stepCommand(context: Context, input: CaseStepInput, kind: CaseEventKind): Promise<Omit<StepCommand, 'at'> & { at?: string | null }> {
  const actingOrganizationId = optionalId(input.actingOrganizationId, 'Organization', 'input.actingOrganizationId');
  if (actingOrganizationId !== null) await requireOrganizationInScope(context, actingOrganizationId, 'input.actingOrganizationId');
  return {
    kind,
    at: input.at,
    actingOrganizationId,
    actingPerson: input.actingPerson == null ? null : parseInput(actingPersonSchema, input.actingPerson, 'input.actingPerson'),
    reason: input.reason == null ? null : parseInput(reasonSchema, input.reason, 'input.reason'),
    note: input.note == null ? null : parseInput(caseNoteSchema, input.note, 'input.note'),
    public: input.public,
  };
}

/** GraphQL for service cases: the root reads, the case's fields, and one mutation per step of the lifecycle. */
@Resolver(() => ServiceCase)
export class ServiceCaseResolver {
  @Query(() => ServiceCase, { nullable: true, description: 'One service case by id or by code (give exactly one); null when there is none or it is outside your jurisdiction.' })
  async serviceCase(
    @Ctx() context: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Global id.' }) id?: string | null,
    @Arg('code', () => String, { nullable: true, description: 'Work-order number.' }) code?: string | null,
  ): Promise<ServiceCase | null> {
    if ((id == null) === (code == null)) throw new BadUserInputError('Give exactly one of "id" and "code".', { field: id == null ? 'id' : 'code' });
    const serviceCase = id != null ? await context.loaders.cases.caseById.load(parseGlobalId(id, 'ServiceCase', 'id')) : await context.loaders.cases.caseByCode.load(code!);
    return visible(context, ServiceCaseNode, serviceCase);
  }

  @Query(() => ServiceCaseConnection, { description: 'Service cases matching a filter, a page at a time: those of your subtree, and those your organizations handle.' })
  async serviceCases(
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ServiceCaseFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: ServiceCaseFilterInput | null,
    @Arg('orderBy', () => CaseOrder, { nullable: true, defaultValue: CaseOrder.RECEIVED_AT_DESC, description: 'Sort order; newest first by default.' }) orderBy: CaseOrder = CaseOrder.RECEIVED_AT_DESC,
  ) {
    const window = pageWindow('serviceCases', page);
    const result = await context.services.cases.listCases(
      {
        statuses: filter?.statuses,
        categoryIds: filter?.categories?.map((id, index) => parseGlobalId(id, 'ServiceCategory', `filter.categories.${index}`)),
        channels: filter?.channels,
        urgencies: filter?.urgencies,
        underId: optionalId(filter?.under, 'Organization', 'filter.under'),
        gridId: optionalId(filter?.grid, 'Grid', 'filter.grid'),
        handlerId: optionalId(filter?.handler, 'Organization', 'filter.handler'),
        receivedFrom: filter?.receivedFrom,
        receivedTo: filter?.receivedTo,
        overdue: filter?.overdue,
        whistled: filter?.whistled,
        scopeRootId: context.scope.rootId,
      },
      orderBy ?? CaseOrder.RECEIVED_AT_DESC,
      window,
    );
    return toConnection(window, result);
  }

  @FieldResolver(() => ServiceCategory, { description: 'What the request is about.' })
  async category(@Root() serviceCase: ServiceCase, @Ctx() context: Context): Promise<ServiceCategory> {
    const category = await context.loaders.cases.categoryById.load(serviceCase.categoryId);
    invariant(category, `case ${serviceCase.databaseId} has a category`);
    return category;
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the resident asks. Personal data (residents describe themselves and their neighbours): null without the pii right.' })
  description(@Root() serviceCase: ServiceCase, @Ctx() context: Context): string | null {
    return context.principal.pii ? serviceCase.description : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'An opaque household reference, never a name or a phone. Personal data: null without the pii right.' })
  householdRef(@Root() serviceCase: ServiceCase, @Ctx() context: Context): string | null {
    return context.principal.pii ? serviceCase.householdRef : null;
  }

  @FieldResolver(() => Grid, { nullable: true, description: 'The grid it concerns; null when none was given or it is outside your jurisdiction.' })
  async grid(@Root() serviceCase: ServiceCase, @Ctx() context: Context): Promise<Grid | null> {
    return serviceCase.gridId === null ? null : visible(context, GridNode, await context.loaders.grids.byId.load(serviceCase.gridId));
  }

  @FieldResolver(() => Organization, { description: 'The community (its Party committee) it concerns. Outside your scope, only its id, code, name and kind are shown.' })
  community(@Root() serviceCase: ServiceCase, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, serviceCase.communityId);
  }

  @FieldResolver(() => Organization, { description: 'The intake that received it.' })
  receivedBy(@Root() serviceCase: ServiceCase, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, serviceCase.receivedById);
  }

  @FieldResolver(() => Organization, { description: 'The organization handling it now: the intake until it is dispatched, then the unit it was last sent to. Outside your scope, only its id, code, name and kind are shown.' })
  currentHandler(@Root() serviceCase: ServiceCase, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, serviceCase.currentHandlerId);
  }

  @FieldResolver(() => ServiceCase, { nullable: true, description: 'MERGED: the case it duplicates.' })
  async duplicateOf(@Root() serviceCase: ServiceCase, @Ctx() context: Context): Promise<ServiceCase | null> {
    return serviceCase.duplicateOfId === null ? null : visible(context, ServiceCaseNode, await context.loaders.cases.caseById.load(serviceCase.duplicateOfId));
  }

  @FieldResolver(() => CaseEventConnection, { description: 'Its events, in order (seq).' })
  async events(
    @Root() serviceCase: ServiceCase,
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kinds', () => [CaseEventKind], { nullable: true, description: 'Only these kinds.' }) kinds?: CaseEventKind[] | null,
  ) {
    const window = pageWindow('events', page);
    return toConnection(window, await context.loaders.cases.eventsOfCase({ window, kinds: kinds ?? null }).load(serviceCase.databaseId));
  }

  @FieldResolver(() => [CasePathStep], { description: 'The organizations it passed through, in order: the intake, then each unit it was dispatched, transferred or returned to, with the hop that led there.' })
  async path(@Root() serviceCase: ServiceCase, @Ctx() context: Context): Promise<CasePathStep[]> {
    const events = await context.loaders.cases.allEventsOfCase.load(serviceCase.databaseId);
    const hops = [CaseEventKind.RECEIVE, CaseEventKind.DISPATCH, CaseEventKind.TRANSFER, CaseEventKind.RETURN];
    return events.filter((event) => hops.includes(event.kind) && event.toOrganizationId !== null).map((event) => Object.assign(new CasePathStep(), { organizationId: event.toOrganizationId!, event }));
  }

  @FieldResolver(() => [Whistle], { description: 'The whistles blown on it, oldest first (those within your jurisdiction).' })
  async whistles(@Root() serviceCase: ServiceCase, @Ctx() context: Context): Promise<Whistle[]> {
    const whistles = await context.loaders.cases.whistlesOfCase.load(serviceCase.databaseId);
    return (await Promise.all(whistles.map((whistle) => visible(context, WhistleNode, whistle)))).filter((whistle): whistle is Whistle => whistle !== null);
  }

  @FieldResolver(() => Int, { description: 'Hours left until dueAt (negative when past it), for cases still waiting for their reply; null otherwise.' })
  hoursToDue(@Root() serviceCase: ServiceCase): number | null {
    if (![CaseStatus.RECEIVED, CaseStatus.DISPATCHED, CaseStatus.RETURNED, CaseStatus.SIGNED, CaseStatus.IN_PROGRESS, CaseStatus.REOPENED].includes(serviceCase.status)) return null;
    return Math.floor((new Date(serviceCase.dueAt).getTime() - Date.now()) / 3_600_000);
  }

  @Authorized<Ability>('write')
  @Mutation(() => CaseStepResult, { description: 'Receives a request (受理): a new case, RECEIVED, handled by its intake, due by the category’s limit for its urgency.' })
  async receiveCase(@Ctx() context: Context, @Arg('input', () => ReceiveCaseInput, { description: 'The request.' }) input: ReceiveCaseInput): Promise<CaseStepResult> {
    const gridId = optionalId(input.gridId, 'Grid', 'input.gridId');
    if (gridId !== null && !(await visible(context, GridNode, await context.loaders.grids.byId.load(gridId)))) throw new NotFoundError('No grid has the id given in "input.gridId".', { field: 'input.gridId' });
    const communityId = optionalId(input.communityId, 'Organization', 'input.communityId');
    if (communityId !== null) await requireOrganizationInScope(context, communityId, 'input.communityId');
    const receivedById = optionalId(input.receivedById, 'Organization', 'input.receivedById');
    if (receivedById !== null) await requireOrganizationInScope(context, receivedById, 'input.receivedById');
    return toResult(
      await context.services.cases.receive({
        code: parseInput(caseCodeSchema, input.code, 'input.code'),
        categoryId: parseGlobalId(input.categoryId, 'ServiceCategory', 'input.categoryId'),
        channel: input.channel,
        urgency: input.urgency ?? CaseUrgency.NORMAL,
        description: input.description == null ? null : parseInput(caseDescriptionSchema, input.description, 'input.description'),
        householdRef: input.householdRef == null ? null : parseInput(householdRefSchema, input.householdRef, 'input.householdRef'),
        receivedAt: input.receivedAt ?? new Date().toISOString(),
        gridId,
        communityId,
        receivedById,
        actingPerson: input.actingPerson == null ? null : parseInput(actingPersonSchema, input.actingPerson, 'input.actingPerson'),
        note: input.note == null ? null : parseInput(caseNoteSchema, input.note, 'input.note'),
        public: input.public,
      }),
    );
  }

  @Authorized<Ability>('write')
  @Mutation(() => CaseStepResult, { description: 'ANSWER_AT_INTAKE: a consultation answered at intake (直办), closed without dispatch.' })
  answerAtIntake(@Ctx() context: Context, @Arg('input', () => CaseStepInput, { description: 'The step.' }) input: CaseStepInput) {
    return this.runStep(context, input, CaseEventKind.ANSWER_AT_INTAKE);
  }

  @Authorized<Ability>('write')
  @Mutation(() => CaseStepResult, { description: "DISPATCH (派单) to a unit reachable from the case: in its chain, or linked to it by a link in force; the answer's eligibility says which." })
  dispatchCase(@Ctx() context: Context, @Arg('input', () => DispatchCaseInput, { description: 'The step and the unit.' }) input: DispatchCaseInput) {
    return this.runStep(context, input, CaseEventKind.DISPATCH, { toOrganizationId: parseGlobalId(input.toOrganizationId, 'Organization', 'input.toOrganizationId') });
  }

  @Authorized<Ability>('write')
  @Mutation(() => CaseStepResult, { description: 'TRANSFER (转办): the handler hands a signed case on to another reachable unit, which must sign in turn.' })
  transferCase(@Ctx() context: Context, @Arg('input', () => DispatchCaseInput, { description: 'The step and the unit.' }) input: DispatchCaseInput) {
    return this.runStep(context, input, CaseEventKind.TRANSFER, { toOrganizationId: parseGlobalId(input.toOrganizationId, 'Organization', 'input.toOrganizationId') });
  }

  @Authorized<Ability>('write')
  @Mutation(() => CaseStepResult, { description: 'RETURN (退单): the unit sends a dispatched case back unsigned to its dispatcher; give a reason code.' })
  returnCase(@Ctx() context: Context, @Arg('input', () => CaseStepInput, { description: 'The step.' }) input: CaseStepInput) {
    return this.runStep(context, input, CaseEventKind.RETURN);
  }

  @Authorized<Ability>('write')
  @Mutation(() => CaseStepResult, { description: 'SIGN (签收): the unit signs for a dispatched case.' })
  signCase(@Ctx() context: Context, @Arg('input', () => CaseStepInput, { description: 'The step.' }) input: CaseStepInput) {
    return this.runStep(context, input, CaseEventKind.SIGN);
  }

  @Authorized<Ability>('write')
  @Mutation(() => CaseStepResult, { description: 'CONTACT (先行联系): the handler contacts the resident; the first contact is the response.' })
  contactCase(@Ctx() context: Context, @Arg('input', () => CaseStepInput, { description: 'The step.' }) input: CaseStepInput) {
    return this.runStep(context, input, CaseEventKind.CONTACT);
  }

  @Authorized<Ability>('write')
  @Mutation(() => CaseStepResult, { description: 'NOTE: a note on the case, in any status; the status stays.' })
  noteCase(@Ctx() context: Context, @Arg('input', () => CaseStepInput, { description: 'The note.' }) input: CaseStepInput) {
    return this.runStep(context, input, CaseEventKind.NOTE);
  }

  @Authorized<Ability>('write')
  @Mutation(() => CaseStepResult, { description: 'REQUEST_EXTENSION (申请延期): the handler asks, before the due time, for a later one.' })
  requestExtension(@Ctx() context: Context, @Arg('input', () => CaseExtensionInput, { description: 'The step and the due time asked for.' }) input: CaseExtensionInput) {
    return this.runStep(context, input, CaseEventKind.REQUEST_EXTENSION, { dueAt: input.dueAt });
  }

  @Authorized<Ability>('write')
  @Mutation(() => CaseStepResult, { description: 'GRANT_EXTENSION: the extension asked for is granted; the case gets its new due time.' })
  grantExtension(@Ctx() context: Context, @Arg('input', () => CaseExtensionInput, { description: 'The step, and the due time granted if not as asked.' }) input: CaseExtensionInput) {
    return this.runStep(context, input, CaseEventKind.GRANT_EXTENSION, { dueAt: input.dueAt });
  }

  @Authorized<Ability>('write')
  @Mutation(() => CaseStepResult, { description: 'URGE (督办): supervision urges the handler.' })
  urgeCase(@Ctx() context: Context, @Arg('input', () => CaseStepInput, { description: 'The step.' }) input: CaseStepInput) {
    return this.runStep(context, input, CaseEventKind.URGE);
  }

  @Authorized<Ability>('write')
  @Mutation(() => CaseStepResult, { description: "REPLY (答复/办结): the handler answers the resident, with the resolution it claims." })
  replyCase(@Ctx() context: Context, @Arg('input', () => ReplyCaseInput, { description: 'The reply.' }) input: ReplyCaseInput) {
    return this.runStep(context, input, CaseEventKind.REPLY, { resolved: input.resolved });
  }

  @Authorized<Ability>('write')
  @Mutation(() => CaseStepResult, { description: "REVISIT (回访): the callback, with the resident's judgement (resolved, satisfaction)." })
  revisitCase(@Ctx() context: Context, @Arg('input', () => RevisitCaseInput, { description: 'The revisit.' }) input: RevisitCaseInput) {
    return this.runStep(context, input, CaseEventKind.REVISIT, { resolved: input.resolved, satisfaction: input.satisfaction });
  }

  @Authorized<Ability>('write')
  @Mutation(() => CaseStepResult, { description: 'CLOSE: closes a replied (or revisited) case.' })
  closeCase(@Ctx() context: Context, @Arg('input', () => CaseStepInput, { description: 'The step.' }) input: CaseStepInput) {
    return this.runStep(context, input, CaseEventKind.CLOSE);
  }

  @Authorized<Ability>('write')
  @Mutation(() => CaseStepResult, { description: 'REOPEN (重办): a revisited or closed case is handled again by its last handler.' })
  reopenCase(@Ctx() context: Context, @Arg('input', () => CaseStepInput, { description: 'The step.' }) input: CaseStepInput) {
    return this.runStep(context, input, CaseEventKind.REOPEN);
  }

  @Authorized<Ability>('write')
  @Mutation(() => CaseStepResult, { description: 'REJECT (不予受理): refused at intake as outside the service.' })
  rejectCase(@Ctx() context: Context, @Arg('input', () => CaseStepInput, { description: 'The step.' }) input: CaseStepInput) {
    return this.runStep(context, input, CaseEventKind.REJECT);
  }

  @Authorized<Ability>('write')
  @Mutation(() => CaseStepResult, { description: 'WITHDRAW (撤单): the resident withdraws the request.' })
  withdrawCase(@Ctx() context: Context, @Arg('input', () => CaseStepInput, { description: 'The step.' }) input: CaseStepInput) {
    return this.runStep(context, input, CaseEventKind.WITHDRAW);
  }

  @Authorized<Ability>('write')
  @Mutation(() => CaseStepResult, { description: 'MERGE: a duplicate merged into the case it duplicates, which carries on.' })
  async mergeCase(@Ctx() context: Context, @Arg('input', () => MergeCaseInput, { description: 'The step and the case it duplicates.' }) input: MergeCaseInput) {
    const duplicateOfId = await requireCaseInScope(context, input.duplicateOfId, 'input.duplicateOfId');
    return this.runStep(context, input, CaseEventKind.MERGE, { duplicateOfId });
  }

  private async runStep(context: Context, input: CaseStepInput, kind: CaseEventKind, extra: Partial<StepCommand> = {}): Promise<CaseStepResult> {
    const id = await requireCaseInScope(context, input.id, 'input.id');
    const command = { ...(await stepCommand(context, input, kind)), ...extra };
    const result = await context.services.cases.step(id, input.expectedVersion, command);
    // The request's loaders read the case before the change: fields below the answer see it as it is now.
    context.loaders.cases.caseById.clear(id).prime(id, result.serviceCase);
    context.loaders.cases.caseByCode.clear(result.serviceCase.code).prime(result.serviceCase.code, result.serviceCase);
    return toResult(result);
  }
}

/** An organization a case refers to; outside the viewer's scope it is shown limited (id, code, name, kind). */
export async function organizationOf(context: Context, id: number): Promise<Organization> {
  const organization = await context.loaders.organizations.byId.load(id);
  invariant(organization, `organization ${id} exists`);
  return linkEnd(context, organization);
}

@Resolver(() => CaseEvent)
export class CaseEventResolver {
  @FieldResolver(() => Organization, { description: 'The organization that acted.' })
  actingOrganization(@Root() event: CaseEvent, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, event.actingOrganizationId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The staff member who acted. Personal data: without the pii right the family name is kept and the rest masked.' })
  actingPerson(@Root() event: CaseEvent, @Ctx() context: Context): string | null {
    return event.actingPerson === null || context.principal.pii ? event.actingPerson : maskName(event.actingPerson);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'DISPATCH, TRANSFER, RETURN: where the case came from.' })
  fromOrganization(@Root() event: CaseEvent, @Ctx() context: Context): Promise<Organization> | null {
    return event.fromOrganizationId === null ? null : organizationOf(context, event.fromOrganizationId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'RECEIVE: the intake; DISPATCH, TRANSFER, RETURN: where the case went.' })
  toOrganization(@Root() event: CaseEvent, @Ctx() context: Context): Promise<Organization> | null {
    return event.toOrganizationId === null ? null : organizationOf(context, event.toOrganizationId);
  }

  @FieldResolver(() => Link, { nullable: true, description: 'DISPATCH, TRANSFER with eligibility LINK: the link that made the target reachable.' })
  async viaLink(@Root() event: CaseEvent, @Ctx() context: Context): Promise<Link | null> {
    return event.viaLinkId === null ? null : visible(context, LinkNode, await context.loaders.links.byId.load(event.viaLinkId));
  }

  @FieldResolver(() => Whistle, { nullable: true, description: 'WHISTLE, UNIT_REPORT: the whistle.' })
  async whistle(@Root() event: CaseEvent, @Ctx() context: Context): Promise<Whistle | null> {
    return event.whistleId === null ? null : visible(context, WhistleNode, await context.loaders.cases.whistleById.load(event.whistleId));
  }

  @FieldResolver(() => String, { nullable: true, description: 'A note. Notes may hold personal data: without the pii right only public notes are shown.' })
  note(@Root() event: CaseEvent, @Ctx() context: Context): string | null {
    return context.principal.pii || event.public ? event.note : null;
  }

  @FieldResolver(() => ServiceCase, { description: 'The case.' })
  async serviceCase(@Root() event: CaseEvent, @Ctx() context: Context): Promise<ServiceCase> {
    const serviceCase = await context.loaders.cases.caseById.load(event.caseId);
    invariant(serviceCase, `event ${event.databaseId} has a case`);
    return serviceCase;
  }
}

@Resolver(() => CaseEligibility)
export class CaseEligibilityResolver {
  @FieldResolver(() => Link, { nullable: true, description: 'LINK: the link in force that made the target reachable.' })
  async link(@Root() eligibility: CaseEligibility, @Ctx() context: Context): Promise<Link | null> {
    return eligibility.linkId === null ? null : visible(context, LinkNode, await context.loaders.links.byId.load(eligibility.linkId));
  }
}

@Resolver(() => CasePathStep)
export class CasePathStepResolver {
  @FieldResolver(() => Organization, { description: 'The organization the case reached.' })
  organization(@Root() step: CasePathStep, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, step.organizationId);
  }
}

export { isCaseVisible };
