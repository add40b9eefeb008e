import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { GridResolver } from '../modules/grids/grid.resolver.js';
import { ImportResolver } from '../modules/import/import.resolver.js';
import { LinkResolver } from '../modules/links/link.resolver.js';
import { NodeResolver } from '../modules/node/node.resolver.js';
import { OrganizationResolver } from '../modules/organizations/organization.resolver.js';
import { PersonResolver } from '../modules/people/person.resolver.js';
import { PostResolver } from '../modules/people/post.resolver.js';

export const RESOLVERS = [OrganizationResolver, LinkResolver, PersonResolver, PostResolver, GridResolver, NodeResolver, ImportResolver] as const;

/** The TypeGraphQL schema, before federation. Built once per process. */
export async function buildTypeGraphqlSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: false, emitSchemaFile: false });
  // TypeGraphQL offers no way to describe the root types; every type carries a description.
  schema.getQueryType()!.description = 'Entry points for reading the grassroots governance graph.';
  schema.getMutationType()!.description = 'Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived.';
  return schema;
}
