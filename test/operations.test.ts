import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { Kind, parse, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFederatedSchema } from '../src/federation/build-subgraph-schema.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OPERATIONS_DIR = path.join(ROOT, 'operations');
const CODEGEN_CONFIG = path.join(ROOT, 'codegen.yml');
const GENERATED_DIR = path.join(ROOT, 'src/generated/graphql');

/** The operations dashboard builders, GraphiQL and the benchmark rely on: each must keep existing. */
const REQUIRED_OPERATIONS = [
  'OrganizationByCode',
  'OrganizationTree',
  'SubdistrictDescendants',
  'BuildingCellAncestors',
  'OrganizationLinks',
  'OrganizationsByFilter',
  'PersonPosts',
  'GridsOfCommunity',
  'Node',
  'AppointPerson',
  'Neighborhood',
  'ShortestPath',
  'Subgraph',
  'GovernanceIndicators',
  'IndicatorTrend',
  'LinksBySector',
  'CaseRatesByCommunity',
  'WorstReturnPaths',
  'WhistleReportTimes',
  'CasesByMonth',
  'ResourcesPanel',
];

/** organization-tree.graphql → OrganizationTree */
function pascalCase(fileName: string): string {
  return path
    .basename(fileName, '.graphql')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

interface OperationFile {
  file: string;
  source: string;
  document: DocumentNode | null;
  parseError: string | null;
}

const files: OperationFile[] = fs
  .readdirSync(OPERATIONS_DIR)
  .filter((name) => name.endsWith('.graphql'))
  .sort()
  .map((file) => {
    const source = fs.readFileSync(path.join(OPERATIONS_DIR, file), 'utf8');
    try {
      return { file, source, document: parse(source, { noLocation: false }), parseError: null };
    } catch (error) {
      return { file, source, document: null, parseError: (error as Error).message };
    }
  });

const operationsOf = (document: DocumentNode) => document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);

describe('operations/*.graphql', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildFederatedSchema();
  });

  it('holds every required example operation', () => {
    const names = files.map((entry) => pascalCase(entry.file));
    expect(REQUIRED_OPERATIONS.filter((name) => !names.includes(name)), 'missing operation files').toEqual([]);
  });

  it.each(files.map((entry) => [entry.file, entry] as const))('%s parses, validates and holds one operation named after the file', (file, entry) => {
    expect(entry.parseError, `${file} does not parse`).toBeNull();
    const document = entry.document!;
    const errors = validate(schema, document).map((error) => `${file}:${error.locations?.map((l) => `${l.line}:${l.column}`).join(',') ?? ''} ${error.message}`);
    expect(errors, `${file} does not validate against the schema`).toEqual([]);

    const operations = operationsOf(document);
    expect(operations.map((operation) => operation.name?.value ?? '(anonymous)'), `${file} must hold exactly one operation`).toHaveLength(1);
    expect(operations[0]!.name?.value, `${file} must hold an operation named ${pascalCase(file)}`).toBe(pascalCase(file));
  });

  it('uses each operation and fragment name once across the files', () => {
    const names = files.flatMap((entry) => entry.document?.definitions.flatMap((definition) => ('name' in definition && definition.name ? [definition.name.value] : [])) ?? []);
    expect(names.filter((name, index) => names.indexOf(name) !== index), 'names defined in more than one file').toEqual([]);
  });
});

describe('generated typed documents (src/generated/graphql)', () => {
  /** The header the codegen.yml hook puts on every file it writes: `//` lines mentioning generation. */
  function splitHeader(content: string): { header: string; body: string } {
    const lines = content.split('\n');
    let end = 0;
    while (end < lines.length && lines[end]!.startsWith('//')) end += 1;
    return { header: lines.slice(0, end).join('\n'), body: lines.slice(end).join('\n') };
  }

  it('is what `npm run codegen` writes now, each file under a "generated" header (run `npm run codegen` when this fails)', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: CODEGEN_CONFIG });
    // In memory: nothing is written, so the header hook does not run; headers are checked separately.
    const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: ROOT, silent: true, watch: false }, false).catch((error: Error) => {
      throw new Error(`codegen (codegen.yml) fails on schema.graphql and operations/*.graphql, so \`npm run codegen\` would too: ${error.message}`);
    });
    const expected = new Map(outputs.map((output) => [path.resolve(ROOT, output.filename), output.content]));

    expect(fs.existsSync(GENERATED_DIR), 'src/generated/graphql is missing: run `npm run codegen`').toBe(true);
    const onDisk = fs.readdirSync(GENERATED_DIR).map((name) => path.join(GENERATED_DIR, name));
    const relative = (file: string) => path.relative(ROOT, file);
    expect(onDisk.filter((file) => !expected.has(file)).map(relative), 'stale files codegen no longer writes: delete them and run `npm run codegen`').toEqual([]);

    const stale: string[] = [];
    const headerless: string[] = [];
    for (const [file, content] of expected) {
      if (!fs.existsSync(file)) {
        stale.push(`${relative(file)} (missing)`);
        continue;
      }
      const { header, body } = splitHeader(fs.readFileSync(file, 'utf8'));
      if (!/GENERATED FILE: DO NOT EDIT BY HAND/.test(header) || !header.includes('npm run codegen')) headerless.push(relative(file));
      if (body !== content) stale.push(relative(file));
    }
    expect(stale, 'generated files differ from a fresh codegen run: run `npm run codegen` and commit the result').toEqual([]);
    expect(headerless, 'generated files without the "generated" header: run `npm run codegen`').toEqual([]);
  });

  it('exports a typed document for every operation file', () => {
    const types = fs.readFileSync(path.join(GENERATED_DIR, 'graphql.ts'), 'utf8');
    const generated = [...types.matchAll(/^export const (\w+)Document = /gm)].map((match) => match[1]!).sort();
    expect(generated).toEqual(files.map((entry) => pascalCase(entry.file)).sort());
  });
});
