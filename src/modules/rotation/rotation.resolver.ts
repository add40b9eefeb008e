import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ability } from '../../auth/principal.js';
import { requireOrganizationInScope, visible } from '../../auth/scope.js';
import { BadUserInputError } from '../../errors/index.js';
import { organizationOf, requireOrganization } from '../../graph/arguments.js';
import { today } from '../../lib/clock.js';
import { parseGlobalId } from '../../lib/global-id.js';
import { invariant } from '../../lib/invariant.js';
import { PageArgs, pageWindow, toConnection } from '../../schema/pagination.js';
import { DateScalar } from '../../schema/scalars/date.js';
import type { Context } from '../contract.js';
import { ratio } from '../indicators/indicators.js';
import { Organization } from '../organizations/organization.entity.js';
import { PostNode } from '../people/people.node.js';
import { Person } from '../people/person.entity.js';
import { Post } from '../people/post.entity.js';
import { PostEndReason } from '../people/post.kinds.js';
import { COMMITTEE_KINDS, DEFAULT_SEATS, RotationGroupBy, TransitionKind } from './rotation.kinds.js';
import { PostTransition, PostTransitionConnection, RotationIndicatorGroup, RotationIndicators, Vacancy, VacancyConnection } from './rotation.types.js';

const MAX_PERIOD_MS = 10 * 366 * 86_400_000;

function checkPeriod(from: string, to: string): void {
  if (to <= from) throw new BadUserInputError(`"to" (${to}) must be after "from" (${from}).`, { field: 'to' });
  if (Date.parse(to) - Date.parse(from) > MAX_PERIOD_MS) throw new BadUserInputError('The period may be at most ten years long.', { field: 'to' });
}

@InputType('SetCommitteeSeatsInput', { description: "Records how many seats a committee (community Party committee or residents' committee) has." })
export class SetCommitteeSeatsInput {
  @Field(() => ID, { description: 'The committee.' })
  organizationId!: string;

  @Field(() => Int, { nullable: true, description: 'Established seats, 1 to 50; null returns to the default of the kind (5).' })
  seats?: number | null;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT if it changed since.' })
  expectedVersion?: number | null;
}

/** Rotation and vacancy of committee posts: derived transitions, vacancies and their indicators. */
@Resolver()
export class RotationResolver {
  @Query(() => PostTransitionConnection, {
    description:
      "People leaving a seat of a community Party committee or residents' committee of the scope in [from, to), each with the next post they took (from 30 days before to 90 days after) and its kind, by the day they left. One statement for the page and its total, whatever the number of posts.",
  })
  async postTransitions(
    @Ctx() context: Context,
    @Arg('scope', () => ID, { description: 'The organization (id or code) whose subtree’s committees to look at.' }) scope: string,
    @Arg('from', () => DateScalar, { description: 'First day of the period.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Day after the period (exclusive).' }) to: string,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kinds', () => [TransitionKind], { nullable: true, description: 'Only these kinds; all when omitted.' }) kinds?: TransitionKind[] | null,
  ): Promise<PostTransitionConnection> {
    checkPeriod(from, to);
    const scopeId = await requireOrganization(context, scope, 'scope');
    const window = pageWindow('postTransitions', page);
    const result = await context.services.rotation.transitions({ scopeId, from, to, kinds: kinds ?? null, window });
    const nodes = result.rows.map((row) => Object.assign(new PostTransition(), { row, kind: row.kind, leftOn: row.leftOn, daysBetween: row.daysBetween }));
    return toConnection(window, { rows: nodes, offset: window.offset, totalCount: result.totalCount });
  }

  @Query(() => VacancyConnection, { description: "The committees of the scope with fewer seats held than they have on a date, by code, with the scope's seat totals: one statement." })
  async vacancies(
    @Ctx() context: Context,
    @Arg('scope', () => ID, { description: 'The organization (id or code) whose subtree’s committees to look at.' }) scope: string,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The date; today when omitted.' }) on?: string | null,
  ): Promise<VacancyConnection> {
    const scopeId = await requireOrganization(context, scope, 'scope');
    const window = pageWindow('vacancies', page);
    const date = on ?? today();
    const result = await context.services.rotation.vacancies({ scopeId, on: date, window });
    const nodes = result.rows.map((row) => Object.assign(new Vacancy(), { row, seats: row.seats, filled: row.filled, vacant: row.seats - row.filled }));
    // The page's connection with the scope's totals beside it (its edges and cursors are getters: not spread).
    return Object.assign(toConnection(window, { rows: nodes, offset: window.offset, totalCount: result.totalCount }), { on: date, seats: result.seats, vacantSeats: result.vacant }) as unknown as VacancyConnection;
  }

  @Query(() => RotationIndicators, { description: 'Rotation rate and vacancy days of the committees of a scope over [from, to), grouped by community or subdistrict: two statements whatever the size of the scope, computed in SQL.' })
  async rotationIndicators(
    @Ctx() context: Context,
    @Arg('scope', () => ID, { description: 'The organization (id or code) whose subtree to measure.' }) scope: string,
    @Arg('from', () => DateScalar, { description: 'First day of the period.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Day after the period (exclusive).' }) to: string,
    @Arg('groupBy', () => RotationGroupBy, { nullable: true, description: 'COMMUNITY or SUBDISTRICT; the whole scope when omitted.' }) groupBy?: RotationGroupBy | null,
  ): Promise<RotationIndicators> {
    checkPeriod(from, to);
    const scopeId = await requireOrganization(context, scope, 'scope');
    const figures = await context.services.rotation.indicators({ scopeId, from, to, groupBy: groupBy ?? null });
    if (!groupBy && figures.length === 0) figures.push({ key: 'ALL', period: 0, members: 0, changed: 0, seatDays: 0, vacantSeatDays: 0 });
    figures.sort((a, b) => (groupBy ? Number(a.key) - Number(b.key) : 0));
    return Object.assign(new RotationIndicators(), {
      scopeId,
      from,
      to,
      groupBy: groupBy ?? null,
      groups: figures.map((figure) =>
        Object.assign(new RotationIndicatorGroup(), { figures: figure, groupBy: groupBy ?? null, rotationRate: ratio(figure.changed, figure.members), vacancyDays: ratio(figure.vacantSeatDays, figure.seatDays) }),
      ),
    });
  }

  @Authorized<Ability>('write')
  @Mutation(() => Organization, { description: "Records the established seats of a community Party committee or residents' committee (what vacancies count against). Versioned and audited." })
  async setCommitteeSeats(@Ctx() context: Context, @Arg('input', () => SetCommitteeSeatsInput, { description: 'Which committee, and how many seats.' }) input: SetCommitteeSeatsInput): Promise<Organization> {
    const id = parseGlobalId(input.organizationId, 'Organization', 'input.organizationId');
    await requireOrganizationInScope(context, id, 'input.organizationId');
    return context.services.rotation.setSeats({ id, seats: input.seats ?? null, expectedVersion: input.expectedVersion });
  }
}

@Resolver(() => PostTransition)
export class PostTransitionResolver {
  @FieldResolver(() => Post, { description: 'The seat post that ended.' })
  async fromPost(@Root() transition: PostTransition, @Ctx() context: Context): Promise<Post> {
    const post = await context.loaders.people.postById.load(transition.row.fromPostId);
    invariant(post, `post ${transition.row.fromPostId} of a transition exists`);
    return post;
  }

  @FieldResolver(() => PostEndReason, { nullable: true, description: "The seat post's end reason, when recorded." })
  async endReason(@Root() transition: PostTransition, @Ctx() context: Context): Promise<PostEndReason | null> {
    return (await context.loaders.people.postById.load(transition.row.fromPostId))?.endReason ?? null;
  }

  @FieldResolver(() => Post, { nullable: true, description: 'The next post; null for an EXIT, and when it lies outside your jurisdiction (toOrganization still says where, in short).' })
  async toPost(@Root() transition: PostTransition, @Ctx() context: Context): Promise<Post | null> {
    if (transition.row.toPostId === null) return null;
    return visible(context, PostNode, await context.loaders.people.postById.load(transition.row.toPostId));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization of the next post; null for an EXIT. Outside your jurisdiction only its id, code, name and kind.' })
  async toOrganization(@Root() transition: PostTransition, @Ctx() context: Context): Promise<Organization | null> {
    if (transition.row.toPostId === null) return null;
    const post = await context.loaders.people.postById.load(transition.row.toPostId);
    invariant(post, `post ${transition.row.toPostId} of a transition exists`);
    return organizationOf(context, post.organizationId);
  }

  @FieldResolver(() => Person, { description: 'The person (personal data masked without the pii right, as everywhere).' })
  async person(@Root() transition: PostTransition, @Ctx() context: Context): Promise<Person> {
    const person = await context.loaders.people.personById.load(transition.row.personId);
    invariant(person, `person ${transition.row.personId} of a transition exists`);
    return person;
  }
}

@Resolver(() => Vacancy)
export class VacancyResolver {
  @FieldResolver(() => Organization, { description: 'The committee.' })
  organization(@Root() vacancy: Vacancy, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, vacancy.row.organizationId);
  }
}

@Resolver(() => RotationIndicators)
export class RotationIndicatorsResolver {
  @FieldResolver(() => Organization, { description: 'The scope.' })
  scope(@Root() indicators: RotationIndicators, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, indicators.scopeId);
  }
}

@Resolver(() => RotationIndicatorGroup)
export class RotationIndicatorGroupResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'COMMUNITY: the community Party committee. SUBDISTRICT: the subdistrict Party working committee. Null for the whole scope.' })
  async organization(@Root() group: RotationIndicatorGroup, @Ctx() context: Context): Promise<Organization | null> {
    return group.groupBy ? organizationOf(context, Number(group.figures.key)) : null;
  }
}

@Resolver(() => Organization)
export class OrganizationSeatsResolver {
  @FieldResolver(() => Int, { nullable: true, description: "Established seats of a community Party committee or residents' committee: recorded (setCommitteeSeats), else the default of its kind (5). Null for other kinds." })
  seats(@Root() organization: Organization): number | null {
    if (!COMMITTEE_KINDS.includes(organization.kind)) return null;
    return organization.seats ?? DEFAULT_SEATS[organization.kind]!;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Seats with no holder on the date (seats − seat posts held, never below 0); null for other kinds, and for a committee not existing on the date. One statement per date for every committee asked.' })
  async vacantSeats(
    @Root() organization: Organization,
    @Ctx() context: Context,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The date; today when omitted.' }) on?: string | null,
  ): Promise<number | null> {
    if (!COMMITTEE_KINDS.includes(organization.kind)) return null;
    const found = await context.loaders.rotation.seatsOn(on ?? today()).load(organization.databaseId);
    if (!found || !found.exists) return null;
    return Math.max(0, found.seats - found.filled);
  }
}
