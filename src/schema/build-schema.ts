import 'reflect-metadata';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import type { AuthChecker, PubSub } from 'type-graphql';
import { can, type Ability } from '../auth/principal.js';
import { limitOutOfScopeOrganizations } from '../auth/scope.js';
import { attributeMutations } from '../modules/audit/audit.js';
import { ForbiddenError } from '../errors/index.js';
import type { Context } from '../modules/contract.js';
import { MODULES } from '../modules/index.js';
import { resolveFieldsDirectly } from './direct-field-resolvers.js';

/** Every module's resolvers, in the modules' order. */
export const RESOLVERS = MODULES.flatMap((module) => module.resolvers ?? []) as [Function, ...Function[]];

const ABILITY_NEEDS: Record<Ability, string> = {
  'resolve-entities': 'a partner, editor or admin credential',
  write: 'an editor or admin credential',
  'manage-keys': 'an admin credential',
  'read-audit-log': 'an admin credential',
};

/** `@Authorized('write')` and friends: the principal's role must grant every ability named. */
const checkAbilities: AuthChecker<Context, Ability> = ({ context, info }, abilities) => {
  for (const ability of abilities) {
    if (!can(context.principal, ability)) {
      throw new ForbiddenError(`${info.parentType.name}.${info.fieldName} needs ${ABILITY_NEEDS[ability]}; yours has the role ${context.principal.role}.`);
    }
  }
  return true;
};

/**
 * TypeGraphQL insists on a PubSub as soon as there is a subscription, for subscriptions declared by topic.
 * Ours give their own `subscribe` (caseEvents: the feed in src/modules/cases/case.feed.ts), so this one
 * is never used; were it used, it would say so.
 */
const NO_TOPIC_SUBSCRIPTIONS: PubSub = {
  publish() {
    throw new Error('Subscriptions here give their own subscribe function; TypeGraphQL topics are not used.');
  },
  subscribe() {
    throw new Error('Subscriptions here give their own subscribe function; TypeGraphQL topics are not used.');
  },
};

/**
 * TypeGraphQL's getParams sorts a resolver's list of parameters by position on every call of the resolver
 * (`params.sort(…)`, in place) before reading them: V8 copies the list into a work array to sort it, so
 * every field resolved through TypeGraphQL allocated one, 14 % of all the memory a community tree
 * allocated (a sampling heap profile of 300 trees: 254 of 1,794 MB). The lists never change once the
 * schema is built: each is sorted here once, and its own `sort` then hands it back as it is.
 */
function sortResolverParametersOnce(): void {
  const storage = getMetadataStorage();
  for (const resolver of [...storage.queries, ...storage.mutations, ...storage.subscriptions, ...storage.fieldResolvers]) {
    const parameters = resolver.params;
    if (!parameters || Object.hasOwn(parameters, 'sort')) continue;
    parameters.sort((a, b) => a.index - b.index);
    Object.defineProperty(parameters, 'sort', { value: function alreadySorted<T>(this: T): T { return this; } });
  }
}

/** The TypeGraphQL schema, before federation. Built once per process. */
export async function buildTypeGraphqlSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: false, emitSchemaFile: false, authChecker: checkAbilities, pubSub: NO_TOPIC_SUBSCRIPTIONS });
  sortResolverParametersOnce();
  resolveFieldsDirectly(schema);
  // Wrapped here rather than as TypeGraphQL global middlewares, which would wrap every field of every type.
  attributeMutations(schema);
  limitOutOfScopeOrganizations(schema);
  // TypeGraphQL offers no way to describe the root types; every type carries a description.
  schema.getQueryType()!.description = 'Entry points for reading the grassroots governance graph.';
  schema.getMutationType()!.description = 'Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived.';
  schema.getSubscriptionType()!.description = 'Live changes, over graphql-ws (WebSocket) on /graphql with the same credentials, jurisdiction and masking as queries.';
  return schema;
}
