import fs from 'node:fs';
import path from 'node:path';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLArgument,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFederatedSchema } from '../src/federation/build-subgraph-schema.js';
import { renderSchemaFile, SCHEMA_FILE, SCHEMA_FILE_HEADER, serviceSdl } from '../src/schema/print-schema.js';

/** Types @apollo/subgraph and the @link spec add: not ours to describe. */
const FEDERATION_TYPES = new Set(['_Service', '_Entity', '_Any', 'FieldSet']);
/** Root fields @apollo/subgraph adds. */
const FEDERATION_ROOT_FIELDS = new Set(['_service', '_entities']);

function isFederationMachinery(type: GraphQLNamedType): boolean {
  return FEDERATION_TYPES.has(type.name) || type.name.startsWith('link__') || type.name.startsWith('federation__');
}

function isOurs(type: GraphQLNamedType): boolean {
  return !isIntrospectionType(type) && !isSpecifiedScalarType(type) && !isFederationMachinery(type);
}

const described = (description: string | null | undefined): boolean => typeof description === 'string' && description.trim() !== '';

/** Every type, field, argument, input field and enum value of ours without a description, as a schema coordinate. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const checkArgs = (coordinate: string, args: readonly GraphQLArgument[]) => {
    for (const arg of args) if (!described(arg.description)) missing.push(`${coordinate}(${arg.name}:)`);
  };
  const types = Object.values(schema.getTypeMap()).filter(isOurs);
  for (const type of types.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!described(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      const root = type === schema.getQueryType() || type === schema.getMutationType();
      for (const field of Object.values(type.getFields())) {
        if (root && FEDERATION_ROOT_FIELDS.has(field.name)) continue;
        const coordinate = `${type.name}.${field.name}`;
        if (!described(field.description)) missing.push(coordinate);
        checkArgs(coordinate, field.args);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('schema.graphql', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildFederatedSchema();
  });

  it('is the subgraph SDL printed from the code (run `npm run schema` when this fails)', async () => {
    const expected = await renderSchemaFile(schema);
    const name = path.basename(SCHEMA_FILE);
    expect(fs.existsSync(SCHEMA_FILE), `${name} is missing: run \`npm run schema\` and commit it.`).toBe(true);
    const committed = fs.readFileSync(SCHEMA_FILE, 'utf8');
    // On a difference, the diff below shows the lines that changed.
    expect(committed, `${name} is not the SDL the code serves: run \`npm run schema\` and commit the result.`).toBe(expected);
  });

  it('holds the generated header and then exactly the served SDL, with @link and @key', async () => {
    const sdl = await serviceSdl(schema);
    const content = await renderSchemaFile(schema);
    expect(content.startsWith(`${SCHEMA_FILE_HEADER}\n\n`)).toBe(true);
    expect(content.slice(SCHEMA_FILE_HEADER.length + 2).trimEnd()).toBe(sdl.trimEnd());
    expect(sdl).toContain('extend schema\n  @link(url: "https://specs.apollo.dev/federation/v2.3"');
    for (const key of ['type Organization implements Node\n  @key(fields: "id")\n  @key(fields: "code")', 'type Grid implements Node\n  @key(fields: "id")\n  @key(fields: "code")', 'type Person implements Node\n  @key(fields: "id")', 'type Link implements Node\n  @key(fields: "id")']) {
      expect(sdl).toContain(key);
    }
  });

  it('describes every type, field, argument, input field and enum value of ours', () => {
    const missing = undescribed(schema);
    const roots = missing.filter((name) => name === 'Query' || name === 'Mutation');
    const hint = roots.length
      ? `\n(TypeGraphQL has no option to describe the root types ${roots.join(' and ')}: set \`schema.getQueryType()!.description\` and \`schema.getMutationType()!.description\` on the schema buildTypeGraphqlSchema() returns.)`
      : '';
    expect(missing, `These have no description: give each a \`description\` in its decorator.\n  ${missing.join('\n  ')}${hint}\n`).toEqual([]);
  });
});
