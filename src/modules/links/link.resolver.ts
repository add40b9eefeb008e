import { today } from '../../lib/clock.js';
import { LinkNode } from './link.node.js';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { NotFoundError } from '../../errors/index.js';
import { parseGlobalId } from '../../lib/global-id.js';
import { invariant } from '../../lib/invariant.js';
import { parseInput } from '../../lib/parse-input.js';
import { PageArgs, pageWindow, toConnection } from '../../schema/pagination.js';
import { linkEnd, visible } from '../../auth/scope.js';
import { DateScalar } from '../../schema/scalars/date.js';
import type { Ability } from '../../auth/principal.js';
import type { Context } from '../contract.js';
import { Organization } from '../organizations/organization.entity.js';
import { Link, LinkConnection } from './link.entity.js';
import { LinkKind, LinkStatus } from './link.kinds.js';
import { checkLinkPeriod, linkCodeSchema, linkDescriptionSchema, linkWeightSchema } from './link.rules.js';

@InputType('LinkFilter', { description: 'Conditions a link must all meet to be listed.' })
export class LinkFilterInput {
  @Field(() => [LinkKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: LinkKind[] | null;

  @Field(() => [LinkStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: LinkStatus[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only links in force on this date.' })
  activeAt?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only links with this organization at either end.' })
  organization?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only derived links (true) or only entered ones (false).' })
  derived?: boolean | null;
}

@InputType('CreateLinkInput', { description: 'A new horizontal link. CROSS_APPOINTMENT links cannot be created: they follow from posts.' })
export class CreateLinkInput {
  @Field(() => String, { description: 'Stable business key, unique, at most 96 characters.' })
  code!: string;

  @Field(() => LinkKind, { description: 'What kind of collaboration.' })
  kind!: LinkKind;

  @Field(() => ID, { description: 'The organization the link starts from.' })
  sourceId!: string;

  @Field(() => ID, { description: 'The organization the link reaches.' })
  targetId!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day in force; default today.' })
  since?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day it ends, if already agreed; must be after since.' })
  until?: string | null;

  @Field(() => Float, { nullable: true, description: 'Strength, above 0; default 1.' })
  weight?: number | null;

  @Field(() => String, { nullable: true, description: 'What the link is about.' })
  description?: string | null;
}

@InputType('EndLinkInput', { description: 'Ends a link. It stays in the history.' })
export class EndLinkInput {
  @Field(() => ID, { description: 'The link to end.' })
  id!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day no longer in force; default today.' })
  until?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT if it changed since.' })
  expectedVersion?: number | null;
}

@Resolver(() => Link)
export class LinkResolver {
  @Query(() => Link, { nullable: true, description: 'One link by id; null when there is none.' })
  async link(@Ctx() context: Context, @Arg('id', () => ID, { description: 'Global id.' }) id: string): Promise<Link | null> {
    return visible(context, LinkNode, await context.loaders.links.byId.load(parseGlobalId(id, 'Link', 'id')));
  }

  @Query(() => LinkConnection, { description: 'Links matching a filter, by code, a page at a time.' })
  async links(
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => LinkFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: LinkFilterInput | null,
  ) {
    const window = pageWindow('links', page);
    const organizationId = filter?.organization == null ? null : parseGlobalId(filter.organization, 'Organization', 'filter.organization');
    return toConnection(window, await context.services.links.list({ ...filter, organizationId, scopeRootId: context.scope.rootId }, window));
  }

  @FieldResolver(() => Organization, { description: 'The organization the link starts from.' })
  source(@Root() link: Link, @Ctx() context: Context): Organization | Promise<Organization> {
    // Read already when the page asked for its links' ends: the same organization the loader would answer.
    const organization = context.loaders.organizations.alreadyRead(link.sourceId);
    return organization ? linkEnd(context, organization) : this.loadEnd(link, link.sourceId, context);
  }

  @FieldResolver(() => Organization, { description: 'The organization the link reaches.' })
  target(@Root() link: Link, @Ctx() context: Context): Organization | Promise<Organization> {
    const organization = context.loaders.organizations.alreadyRead(link.targetId);
    return organization ? linkEnd(context, organization) : this.loadEnd(link, link.targetId, context);
  }

  private async loadEnd(link: Link, organizationId: number, context: Context): Promise<Organization> {
    const organization = await context.loaders.organizations.byId.load(organizationId);
    invariant(organization, `link ${link.databaseId} has both ends`);
    return linkEnd(context, organization);
  }

  @Authorized<Ability>('write')
  @Mutation(() => Link, { description: 'Creates a horizontal link between two different organizations.' })
  async createLink(@Ctx() context: Context, @Arg('input', () => CreateLinkInput, { description: 'The new link.' }) input: CreateLinkInput): Promise<Link> {
    const since = input.since ?? today();
    checkLinkPeriod(since, input.until);
    const sourceId = parseGlobalId(input.sourceId, 'Organization', 'input.sourceId');
    const targetId = parseGlobalId(input.targetId, 'Organization', 'input.targetId');
    if (!(await context.scope.organizationInScope.load(sourceId)) && !(await context.scope.organizationInScope.load(targetId))) {
      throw new NotFoundError('Neither "input.sourceId" nor "input.targetId" names an organization within your scope.', { field: 'input.sourceId' });
    }
    return context.services.links.create({
      code: parseInput(linkCodeSchema, input.code, 'input.code'),
      kind: input.kind,
      sourceId,
      targetId,
      since,
      until: input.until,
      weight: input.weight == null ? 1 : parseInput(linkWeightSchema, input.weight, 'input.weight'),
      description: input.description == null ? null : parseInput(linkDescriptionSchema, input.description, 'input.description'),
    });
  }

  @Authorized<Ability>('write')
  @Mutation(() => Link, { description: 'Ends a link on a date. Nothing is deleted.' })
  async endLink(@Ctx() context: Context, @Arg('input', () => EndLinkInput, { description: 'Which link, and when.' }) input: EndLinkInput): Promise<Link> {
    const id = parseGlobalId(input.id, 'Link', 'input.id');
    if (!(await visible(context, LinkNode, await context.loaders.links.byId.load(id)))) throw new NotFoundError('No link has the id given in "input.id".', { field: 'input.id' });
    return context.services.links.end({ id, until: input.until, expectedVersion: input.expectedVersion });
  }
}
