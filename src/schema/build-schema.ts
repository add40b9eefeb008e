import { BrokerResolver, GridLoadResolver, IndicatorResolver, IndicatorTrendResolver } from '../modules/indicators/indicator.resolver.js';
import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import { can, type Ability } from '../auth/principal.js';
import { limitOutOfScopeOrganizations } from '../auth/scope.js';
import { attributeMutations } from '../modules/audit/audit.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { ApiKeyResolver } from '../auth/api-key.resolver.js';
import { AggregateResolver } from '../modules/aggregates/aggregate.resolver.js';
import { GraphResolver } from '../graph/graph.resolver.js';
import { ForbiddenError } from '../errors/index.js';
import type { Context } from '../server/context.js';
import { GridResolver } from '../modules/grids/grid.resolver.js';
import { ImportResolver } from '../modules/import/import.resolver.js';
import { LinkResolver } from '../modules/links/link.resolver.js';
import { NodeResolver } from '../modules/node/node.resolver.js';
import { OrganizationResolver } from '../modules/organizations/organization.resolver.js';
import { PersonResolver } from '../modules/people/person.resolver.js';
import { PostResolver } from '../modules/people/post.resolver.js';

export const RESOLVERS = [OrganizationResolver, LinkResolver, PersonResolver, PostResolver, GridResolver, NodeResolver, ImportResolver, AuditResolver, ApiKeyResolver, AggregateResolver, GraphResolver, IndicatorResolver, GridLoadResolver, BrokerResolver, IndicatorTrendResolver] as const;

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

/** The TypeGraphQL schema, before federation. Built once per process. */
export async function buildTypeGraphqlSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: false, emitSchemaFile: false, authChecker: checkAbilities });
  // Wrapped here rather than as TypeGraphQL global middlewares, which would wrap every field of every type.
  attributeMutations(schema);
  limitOutOfScopeOrganizations(schema);
  // TypeGraphQL offers no way to describe the root types; every type carries a description.
  schema.getQueryType()!.description = 'Entry points for reading the grassroots governance graph.';
  schema.getMutationType()!.description = 'Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived.';
  return schema;
}
