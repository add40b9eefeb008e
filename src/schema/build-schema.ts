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
export function buildTypeGraphqlSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false, emitSchemaFile: false });
}
