import { PostNode } from './people.node.js';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { requireOrganizationInScope, visible } from '../../auth/scope.js';
import { NotFoundError } from '../../errors/index.js';
import { parseGlobalId } from '../../lib/global-id.js';
import { invariant } from '../../lib/invariant.js';
import { parseInput } from '../../lib/parse-input.js';

import { DateScalar } from '../../schema/scalars/date.js';
import type { Ability } from '../../auth/principal.js';
import type { Context } from '../contract.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from './person.entity.js';
import { Post } from './post.entity.js';
import { PostEndReason, PostRole } from './post.kinds.js';
import { postCodeSchema, postTitleSchema } from './post.rules.js';

@InputType('AppointPersonInput', { description: 'Starts a post: a person takes a role in an organization.' })
export class AppointPersonInput {
  @Field(() => String, { description: 'Stable business key of the post, unique, at most 96 characters.' })
  code!: string;

  @Field(() => ID, { description: 'The person appointed.' })
  personId!: string;

  @Field(() => ID, { description: 'The organization of the post.' })
  organizationId!: string;

  @Field(() => PostRole, { description: 'The role.' })
  role!: PostRole;

  @Field(() => String, { nullable: true, description: 'The local title.' })
  title?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day held; default today.' })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day it ends, if already fixed; must be after startDate.' })
  endDate?: string | null;

  @Field(() => PostEndReason, { nullable: true, description: 'Why it ends, with endDate only.' })
  endReason?: PostEndReason | null;
}

@InputType('EndPostInput', { description: 'Ends a post. It stays in the history.' })
export class EndPostInput {
  @Field(() => ID, { description: 'The post to end.' })
  id!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day no longer held; default today.' })
  endDate?: string | null;

  @Field(() => PostEndReason, { nullable: true, description: 'Why it ends (TERM_END, ROTATION, RESIGNATION, ELECTION, DISMISSAL); not recorded when omitted.' })
  endReason?: PostEndReason | null;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT if it changed since.' })
  expectedVersion?: number | null;
}

@Resolver(() => Post)
export class PostResolver {
  @FieldResolver(() => Organization, { description: 'The organization of the post.' })
  async organization(@Root() post: Post, @Ctx() context: Context): Promise<Organization> {
    const organization = await context.loaders.organizations.byId.load(post.organizationId);
    invariant(organization, `post ${post.databaseId} has an organization`);
    return organization;
  }

  @FieldResolver(() => Person, { description: 'The person holding the post.' })
  person(@Root() post: Post, @Ctx() context: Context): Person | Promise<Person> {
    // Read already when the page asked for it with its posts (a tree's): the same person the loader would answer.
    return context.loaders.people.personAlreadyRead(post.personId) ?? this.loadPerson(post, context);
  }

  private async loadPerson(post: Post, context: Context): Promise<Person> {
    const person = await context.loaders.people.personById.load(post.personId);
    invariant(person, `post ${post.databaseId} has a person`);
    return person;
  }

  @Authorized<Ability>('write')
  @Mutation(() => Post, { description: 'Starts a post. Concurrent posts of one person in two organizations make a CROSS_APPOINTMENT link between them.' })
  async appointPerson(@Ctx() context: Context, @Arg('input', () => AppointPersonInput, { description: 'The appointment.' }) input: AppointPersonInput): Promise<Post> {
    const personId = parseGlobalId(input.personId, 'Person', 'input.personId');
    const organizationId = parseGlobalId(input.organizationId, 'Organization', 'input.organizationId');
    await requireOrganizationInScope(context, organizationId, 'input.organizationId');
    return context.services.people.appoint({
      code: parseInput(postCodeSchema, input.code, 'input.code'),
      personId,
      organizationId,
      role: input.role,
      title: input.title == null ? null : parseInput(postTitleSchema, input.title, 'input.title'),
      startDate: input.startDate,
      endDate: input.endDate,
      endReason: input.endReason,
    });
  }

  @Authorized<Ability>('write')
  @Mutation(() => Post, { description: 'Ends a post on a date; cross-appointment links follow. Nothing is deleted.' })
  async endPost(@Ctx() context: Context, @Arg('input', () => EndPostInput, { description: 'Which post, and when.' }) input: EndPostInput): Promise<Post> {
    const id = parseGlobalId(input.id, 'Post', 'input.id');
    if (!(await visible(context, PostNode, await context.loaders.people.postById.load(id)))) throw new NotFoundError('No post has the id given in "input.id".', { field: 'input.id' });
    return context.services.people.endPost({ id, endDate: input.endDate, endReason: input.endReason, expectedVersion: input.expectedVersion });
  }
}
