import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphql, type GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../federation/build-subgraph-schema.js';

/** schema.graphql at the repository root: the committed subgraph SDL. */
export const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');

/** The header of schema.graphql. Every line is a `#` comment, so the file stays valid SDL. */
export const SCHEMA_FILE_HEADER = [
  '# GENERATED FILE: DO NOT EDIT BY HAND.',
  '#',
  '# The subgraph SDL that this server serves as `{ _service { sdl } }`, printed from the code',
  '# (TypeGraphQL types and resolvers, then @apollo/subgraph) by `npm run schema`.',
  '# Change the code and run `npm run schema` again; test/schema.test.ts fails when they differ.',
].join('\n');

/** The SDL the subgraph serves: the answer to `{ _service { sdl } }`, with `@link` and `@key`. */
export async function serviceSdl(schema?: GraphQLSchema): Promise<string> {
  const result = await graphql({ schema: schema ?? (await buildFederatedSchema()), source: '{ _service { sdl } }' });
  if (result.errors?.length) throw new Error(`{ _service { sdl } } failed: ${result.errors.map((error) => error.message).join('; ')}`);
  const sdl = (result.data as { _service?: { sdl?: unknown } } | null | undefined)?._service?.sdl;
  if (typeof sdl !== 'string' || sdl.trim() === '') throw new Error('{ _service { sdl } } returned no SDL.');
  return sdl;
}

/** The whole content of schema.graphql: the header, then exactly the served SDL. */
export async function renderSchemaFile(schema?: GraphQLSchema): Promise<string> {
  const sdl = await serviceSdl(schema);
  return `${SCHEMA_FILE_HEADER}\n\n${sdl.endsWith('\n') ? sdl : `${sdl}\n`}`;
}
