import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { createResolversMap } from 'type-graphql';
import { buildTypeGraphqlSchema } from '../schema/build-schema.js';
import { REFERENCE_RESOLVERS } from './references.js';

/** The Federation 2 version this subgraph links to, and the directives it uses. */
export const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])';

/**
 * Builds the subgraph schema: the TypeGraphQL schema printed with its directives (plain printSchema
 * drops @key), under the federation @link, handed with the resolvers and the reference resolvers to
 * @apollo/subgraph, which adds _service and _entities.
 */
export async function buildFederatedSchema(): Promise<GraphQLSchema> {
  const schema = await buildTypeGraphqlSchema();
  const typeDefs = gql`
    ${FEDERATION_LINK}
    ${printSchemaWithDirectives(schema)}
  `;
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(REFERENCE_RESOLVERS)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
}
