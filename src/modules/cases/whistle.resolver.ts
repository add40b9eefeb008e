import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { maskName } from '../../auth/personal-data.js';
import type { Ability } from '../../auth/principal.js';
import { requireOrganizationInScope, visible } from '../../auth/scope.js';
import { BadUserInputError, NotFoundError } from '../../errors/index.js';
import { parseGlobalId } from '../../lib/global-id.js';
import { invariant } from '../../lib/invariant.js';
import { parseInput } from '../../lib/parse-input.js';
import { PageArgs, pageWindow, toConnection } from '../../schema/pagination.js';
import { addHours } from '../../schema/scalars/date-time.js';
import type { Context } from '../contract.js';
import { Link } from '../links/link.entity.js';
import { LinkNode } from '../links/link.node.js';
import { Organization } from '../organizations/organization.entity.js';
import { BlowWhistleInput, ReportToWhistleInput, ScoreWhistleSummonsInput, WhistleFilterInput } from './case.inputs.js';
import { ServiceCaseNode, WhistleNode } from './case.node.js';
import { organizationOf, requireCaseInScope } from './case.resolver.js';
import { actingPersonSchema, caseNoteSchema, reportMinutesSchema, scoreSchema, whistleCodeSchema, whistleNoteSchema } from './case.rules.js';
import { DEFAULT_REPORT_MINUTES } from './case.service.js';
import { ServiceCase } from './service-case.entity.js';
import { Whistle, WhistleConnection, WhistleSummons } from './whistle.entity.js';

/** The summons named by `input.summonsId`: visible when its whistle is, or when its unit is within the caller's scope (a unit reports for itself). */
async function requireSummons(context: Context, id: string, options: { unitMayAct: boolean }): Promise<number> {
  const databaseId = parseGlobalId(id, 'WhistleSummons', 'input.summonsId');
  const summons = await context.loaders.cases.summonsById.load(databaseId);
  const whistle = summons ? await visible(context, WhistleNode, await context.loaders.cases.whistleById.load(summons.whistleId)) : null;
  const unitInScope = summons && options.unitMayAct ? await context.scope.organizationInScope.load(summons.unitId) : false;
  if (!summons || (!whistle && !unitInScope)) throw new NotFoundError('No summons has the id given in "input.summonsId".', { field: 'input.summonsId' });
  return databaseId;
}

@Resolver(() => Whistle)
export class WhistleResolver {
  @Query(() => Whistle, { nullable: true, description: 'One whistle by id or by code (give exactly one); null when there is none or its caller is outside your jurisdiction.' })
  async whistle(
    @Ctx() context: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Global id.' }) id?: string | null,
    @Arg('code', () => String, { nullable: true, description: 'Whistle code.' }) code?: string | null,
  ): Promise<Whistle | null> {
    if ((id == null) === (code == null)) throw new BadUserInputError('Give exactly one of "id" and "code".', { field: id == null ? 'id' : 'code' });
    const whistle = id != null ? await context.loaders.cases.whistleById.load(parseGlobalId(id, 'Whistle', 'id')) : await context.loaders.cases.whistleByCode.load(code!);
    return visible(context, WhistleNode, whistle);
  }

  @Query(() => WhistleConnection, { description: 'Whistles matching a filter, newest first, a page at a time: those blown within your jurisdiction.' })
  async whistles(
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => WhistleFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: WhistleFilterInput | null,
  ) {
    const window = pageWindow('whistles', page);
    return toConnection(
      window,
      await context.services.cases.listWhistles(
        {
          underId: filter?.under == null ? null : parseGlobalId(filter.under, 'Organization', 'filter.under'),
          reasons: filter?.reasons,
          blownFrom: filter?.blownFrom,
          blownTo: filter?.blownTo,
          caseId: filter?.serviceCase == null ? null : parseGlobalId(filter.serviceCase, 'ServiceCase', 'filter.serviceCase'),
          unitId: filter?.unit == null ? null : parseGlobalId(filter.unit, 'Organization', 'filter.unit'),
          scopeRootId: context.scope.rootId,
        },
        window,
      ),
    );
  }

  @FieldResolver(() => Organization, { description: 'Who blew it: a community or subdistrict Party committee.' })
  caller(@Root() whistle: Whistle, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, whistle.callerId);
  }

  @FieldResolver(() => [ServiceCase], { description: 'The cases it covers, by code (those within your jurisdiction).' })
  async cases(@Root() whistle: Whistle, @Ctx() context: Context): Promise<ServiceCase[]> {
    const cases = await context.loaders.cases.casesOfWhistle.load(whistle.databaseId);
    return (await Promise.all(cases.map((serviceCase) => visible(context, ServiceCaseNode, serviceCase)))).filter((serviceCase): serviceCase is ServiceCase => serviceCase !== null);
  }

  @FieldResolver(() => [WhistleSummons], { description: 'The units summoned, with their reports and scores.' })
  summons(@Root() whistle: Whistle, @Ctx() context: Context): Promise<WhistleSummons[]> {
    return context.loaders.cases.summonsOfWhistle.load(whistle.databaseId);
  }

  @Authorized<Ability>('write')
  @Mutation(() => Whistle, {
    description:
      'Blows a whistle (吹哨) on one or more cases under the caller, summoning units reachable from it (its chain, or linked to it by a link in force). Appends a WHISTLE event to each case; the units must report by reportBy (default 30 minutes).',
  })
  async blowWhistle(@Ctx() context: Context, @Arg('input', () => BlowWhistleInput, { description: 'The whistle.' }) input: BlowWhistleInput): Promise<Whistle> {
    const code = parseInput(whistleCodeSchema, input.code, 'input.code');
    const callerId = parseGlobalId(input.callerId, 'Organization', 'input.callerId');
    await requireOrganizationInScope(context, callerId, 'input.callerId');
    const cases: { id: number; expectedVersion?: number | null }[] = [];
    for (const [index, item] of input.cases.entries()) cases.push({ id: await requireCaseInScope(context, item.id, `input.cases.${index}.id`), expectedVersion: item.expectedVersion });
    const unitIds = input.unitIds.map((id, index) => parseGlobalId(id, 'Organization', `input.unitIds.${index}`));
    const blownAt = input.blownAt ?? new Date().toISOString();
    const minutes = input.reportWithinMinutes == null ? DEFAULT_REPORT_MINUTES : parseInput(reportMinutesSchema, input.reportWithinMinutes, 'input.reportWithinMinutes');
    const whistle = await context.services.cases.blowWhistle({
      code,
      callerId,
      reason: input.reason,
      blownAt,
      reportBy: input.reportBy ?? addHours(blownAt, minutes / 60),
      note: input.note == null ? null : parseInput(whistleNoteSchema, input.note, 'input.note'),
      actingPerson: input.actingPerson == null ? null : parseInput(actingPersonSchema, input.actingPerson, 'input.actingPerson'),
      cases,
      unitIds,
    });
    // The request's loaders read the cases before the whistle: fields below the answer see them as they are now.
    for (const item of cases) context.loaders.cases.caseById.clear(item.id);
    return whistle;
  }

  @Authorized<Ability>('write')
  @Mutation(() => WhistleSummons, { description: 'A summoned unit reports (报到): records the time, and a UNIT_REPORT event on each case of the whistle. Once per summons.' })
  async reportToWhistle(@Ctx() context: Context, @Arg('input', () => ReportToWhistleInput, { description: 'The report.' }) input: ReportToWhistleInput): Promise<WhistleSummons> {
    const summonsId = await requireSummons(context, input.summonsId, { unitMayAct: true });
    return context.services.cases.reportToWhistle({
      summonsId,
      at: input.at,
      reportingPerson: input.reportingPerson == null ? null : parseInput(actingPersonSchema, input.reportingPerson, 'input.reportingPerson'),
      note: input.note == null ? null : parseInput(caseNoteSchema, input.note, 'input.note'),
      expectedVersion: input.expectedVersion,
    });
  }

  @Authorized<Ability>('write')
  @Mutation(() => WhistleSummons, { description: "The caller scores a summoned unit's response, 1 to 5 (评价权)." })
  async scoreWhistleSummons(@Ctx() context: Context, @Arg('input', () => ScoreWhistleSummonsInput, { description: 'The score.' }) input: ScoreWhistleSummonsInput): Promise<WhistleSummons> {
    const summonsId = await requireSummons(context, input.summonsId, { unitMayAct: false });
    return context.services.cases.scoreSummons({ summonsId, score: parseInput(scoreSchema, input.score, 'input.score'), expectedVersion: input.expectedVersion });
  }
}

@Resolver(() => WhistleSummons)
export class WhistleSummonsResolver {
  @FieldResolver(() => Organization, { description: 'The unit summoned. Outside your scope, only its id, code, name and kind are shown.' })
  unit(@Root() summons: WhistleSummons, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, summons.unitId);
  }

  @FieldResolver(() => Whistle, { description: 'The whistle.' })
  async whistle(@Root() summons: WhistleSummons, @Ctx() context: Context): Promise<Whistle> {
    const whistle = await context.loaders.cases.whistleById.load(summons.whistleId);
    invariant(whistle, `summons ${summons.databaseId} has a whistle`);
    return whistle;
  }

  @FieldResolver(() => Link, { nullable: true, description: 'eligibility LINK: the link through which the unit was reached.' })
  async viaLink(@Root() summons: WhistleSummons, @Ctx() context: Context): Promise<Link | null> {
    return summons.viaLinkId === null ? null : visible(context, LinkNode, await context.loaders.links.byId.load(summons.viaLinkId));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who reported for the unit. Personal data: masked without the pii right.' })
  reportingPerson(@Root() summons: WhistleSummons, @Ctx() context: Context): string | null {
    return summons.reportingPerson === null || context.principal.pii ? summons.reportingPerson : maskName(summons.reportingPerson);
  }

  @FieldResolver(() => Boolean, { description: 'Whether it reported by the whistle’s reportBy (false while it has not reported).' })
  async reportedOnTime(@Root() summons: WhistleSummons, @Ctx() context: Context): Promise<boolean> {
    if (!summons.reportedAt) return false;
    const whistle = await context.loaders.cases.whistleById.load(summons.whistleId);
    return whistle !== null && summons.reportedAt <= whistle.reportBy;
  }
}
