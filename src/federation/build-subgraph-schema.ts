import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { createResolversMap } from 'type-graphql';
import { buildTypeGraphqlSchema } from '../schema/build-schema.js';
import { BadUserInputError } from '../errors/index.js';
import { referenceResolvers } from './references.js';

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
  const references = referenceResolvers();
  for (const [typeName, reference] of Object.entries(references)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  const subgraph = buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
  guardEntityRepresentations(subgraph, Object.keys(references));
  return subgraph;
}

/**
 * @apollo/subgraph answers a representation that is not an object with the `__typename` of one of our
 * entities with a plain Error (an internal error to our clients). It is the caller's mistake: checked
 * first, and refused as BAD_USER_INPUT naming the representation.
 */
function guardEntityRepresentations(schema: GraphQLSchema, entityTypes: string[]): void {
  const entities = schema.getQueryType()?.getFields()._entities;
  if (!entities?.resolve) return;
  const resolve = entities.resolve;
  entities.resolve = (source, args, context, info) => {
    const representations: unknown = args.representations;
    if (Array.isArray(representations)) {
      representations.forEach((representation, index) => {
        const typename = representation && typeof representation === 'object' && !Array.isArray(representation) ? (representation as { __typename?: unknown }).__typename : undefined;
        if (typeof typename !== 'string' || !entityTypes.includes(typename)) {
          const given = typeof typename === 'string' ? `__typename "${typename.slice(0, 64)}"` : `${JSON.stringify(representation)?.slice(0, 64)}`;
          throw new BadUserInputError(`representations[${index}] (${given}) must be an object whose __typename is one of ${entityTypes.join(', ')}.`, { field: `representations.${index}` });
        }
      });
    }
    return resolve(source, args, context, info);
  };
}
