import { PostConnection } from './post.entity.js';
import { PersonNode } from './people.node.js';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { maskName } from '../../auth/personal-data.js';
import { visible } from '../../auth/scope.js';
import { ForbiddenError } from '../../errors/index.js';
import { parseGlobalId } from '../../lib/global-id.js';
import { checkTextFilter, parseInput } from '../../lib/parse-input.js';
import { PageArgs, pageWindow, toConnection } from '../../schema/pagination.js';
import { DateScalar } from '../../schema/scalars/date.js';
import type { Ability } from '../../auth/principal.js';
import type { Context } from '../contract.js';
import { Person, PersonConnection } from './person.entity.js';
import { personCodeSchema, personNameSchema, phoneSchema } from './person.rules.js';

@InputType('PersonFilter', { description: 'Conditions a person must all meet to be listed.' })
export class PersonFilterInput {
  @Field(() => String, { nullable: true, description: 'Only names containing this text. Needs the pii right.' })
  nameContains?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only Party members (true) or non-members (false). Needs the pii right.' })
  partyMember?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Only people holding a post in this organization's subtree." })
  under?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only people holding a post on this date.' })
  activeAt?: string | null;
}

@InputType('CreatePersonInput', { description: 'A new person.' })
export class CreatePersonInput {
  @Field(() => String, { description: 'Stable business key, unique. Never an identity-card number.' })
  code!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Contact phone number.' })
  phone?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the person is a Party member; default false.' })
  partyMember?: boolean | null;
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person by id; null when there is none.' })
  async person(@Ctx() context: Context, @Arg('id', () => ID, { description: 'Global id.' }) id: string): Promise<Person | null> {
    return visible(context, PersonNode, await context.loaders.people.personById.load(parseGlobalId(id, 'Person', 'id')));
  }

  @Query(() => PersonConnection, { description: 'People matching a filter, by code, a page at a time.' })
  async people(
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PersonFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: PersonFilterInput | null,
  ) {
    if (!context.principal.pii) {
      // Filtering on personal data would reveal it through which people match.
      if (filter?.nameContains) throw new ForbiddenError('Filtering people by name needs a credential with the pii right.');
      if (filter?.partyMember != null) throw new ForbiddenError('Filtering people by Party membership needs a credential with the pii right.');
    }
    const window = pageWindow('people', page);
    const underId = filter?.under == null ? null : parseGlobalId(filter.under, 'Organization', 'filter.under');
    return toConnection(window, await context.services.people.list({ ...filter, nameContains: checkTextFilter(filter?.nameContains, 'filter.nameContains'), underId, scopeRootId: context.scope.rootId }, window));
  }

  @FieldResolver(() => String, { description: 'Full name. Personal data: without the pii right the family name is kept and the rest masked (王**).' })
  name(@Root() person: Person, @Ctx() context: Context): string {
    return context.principal.pii ? person.name : maskName(person.name);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Contact phone number. Personal data: null without the pii right.' })
  phone(@Root() person: Person, @Ctx() context: Context): string | null {
    return context.principal.pii ? person.phone : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the person is a Communist Party member. Personal data (political affiliation): null without the pii right; counts stay available.' })
  partyMember(@Root() person: Person, @Ctx() context: Context): boolean | null {
    return context.principal.pii ? person.partyMember : null;
  }

  @FieldResolver(() => PostConnection, { description: 'Posts the person holds or held, newest first.' })
  async posts(
    @Root() person: Person,
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('activeAt', () => DateScalar, { nullable: true, description: 'Only posts held on this date; the whole history when omitted.' }) activeAt?: string | null,
  ) {
    const window = pageWindow('posts', page);
    return toConnection(window, await context.loaders.people.postsOfPerson({ window, activeAt: activeAt ?? null }).load(person.databaseId));
  }

  @Authorized<Ability>('write')
  @Mutation(() => Person, { description: 'Creates a person.' })
  createPerson(@Ctx() context: Context, @Arg('input', () => CreatePersonInput, { description: 'The new person.' }) input: CreatePersonInput): Promise<Person> {
    return context.services.people.createPerson({
      code: parseInput(personCodeSchema, input.code, 'input.code'),
      name: parseInput(personNameSchema, input.name, 'input.name'),
      phone: input.phone == null ? null : parseInput(phoneSchema, input.phone, 'input.phone'),
      partyMember: input.partyMember,
    });
  }
}
