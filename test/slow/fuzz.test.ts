import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeTypes } from '../../src/modules/node/node-types.js';
import { SMALL_DISTRICT } from '../fixtures/small-district.js';
import { DIALECTS } from '../helpers/databases.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const NODE_TYPES = [...nodeTypes().keys()];

/**
 * Issue 3, 7(b): operations generated from the schema, valid and invalid, sent over HTTP. Whatever they ask,
 * no answer is a 5xx, no error is INTERNAL_SERVER_ERROR, and no error shows a stack trace or SQL.
 *
 * Runs are seeded, so a failure reproduces: fast-check prints the seed, the path and the shrunk request.
 * FUZZ_SEED and FUZZ_RUNS explore further (`FUZZ_RUNS=5000 npx vitest run test/fuzz.test.ts`).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_128);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/**
 * Values that once crashed the server (each now a case in test/bad-input.test.ts): U+0000 in strings and
 * ids beyond 2^31 − 1 on PostgreSQL, name filters over 50,000 bytes on SQLite, an explicit null for
 * `orderBy` or `direction`, _entities representations of no entity type, and operation names that name no
 * operation. The generators draw them; false would leave them out, to tell a new defect from an old one.
 */
const INCLUDE_KNOWN_DEFECTS = true;

/** What the fixture's codes look like, so that generated look-ups sometimes find something. */
const FIXTURE_CODES = [
  ...SMALL_DISTRICT.organizations!.map((o) => o.code),
  ...SMALL_DISTRICT.grids!.map((g) => g.code),
  ...SMALL_DISTRICT.people!.map((p) => p.code),
];
const LIST_NAMES = ['organizations', 'links', 'people', 'grids', 'children', 'descendants', 'posts', 'auditLog'];
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

// ─── Scalars ────────────────────────────────────────────────────────────────────────────────────────
// Each generator mostly gives values that make the server do real work (a fixture code, an id of the right
// type, a calendar date, a cursor of the same list) and otherwise edge cases and garbage.

/** Where a value goes: the field and the argument (or input field) it is for. */
interface Slot {
  fieldName: string;
  argumentName: string;
}

/** Text a client might send: fixture codes, LIKE and SQL metacharacters, any Unicode, long runs. */
const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...FIXTURE_CODES, '', ' ', '%', '_', '\\', "'", '"', "'; DROP TABLE organizations; --", '王', '😀', 'ab\u200bcd'),
  fc.string({ unit: 'binary', maxLength: 40 }).filter((text) => INCLUDE_KNOWN_DEFECTS || !text.includes('\u0000')),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer({ min: 1, max: INCLUDE_KNOWN_DEFECTS ? 60_000 : 5_000 }).map((length) => 'x'.repeat(length)),
);

/** A code: usually one of the fixture's. */
const anyCode = fc.oneof({ arbitrary: fc.constantFrom(...FIXTURE_CODES), weight: 3 }, { arbitrary: anyString, weight: 1 });

/** The node type an id argument names, when the field or argument says so. */
function idTypeOf(slot: Slot): string | null {
  const byField: Record<string, string> = { organization: 'Organization', grid: 'Grid', link: 'Link', person: 'Person' };
  if (slot.argumentName === 'under' || slot.argumentName === 'organization') return 'Organization';
  return byField[slot.fieldName] ?? null;
}

/** Global ids: ids of the slot's type (base64 of `Type:n`), of other types, edge numbers, and garbage. */
function anyGlobalId(slot: Slot): fc.Arbitrary<string> {
  const type = idTypeOf(slot);
  const idOf = ([typeName, id]: [string, number]) => base64(`${typeName}:${id}`);
  return fc.oneof(
    { arbitrary: fc.tuple(type ? fc.constant(type) : fc.constantFrom(...NODE_TYPES), fc.integer({ min: 1, max: 40 })).map(idOf), weight: 6 },
    fc.tuple(fc.constantFrom(...NODE_TYPES), fc.integer({ min: 1, max: 40 })).map(idOf),
    fc.tuple(fc.constantFrom(...NODE_TYPES), fc.constantFrom(0, -1, 2 ** 31 - 1, ...(INCLUDE_KNOWN_DEFECTS ? [2 ** 31, 10 ** 15 - 1] : []))).map(idOf),
    fc.tuple(fc.string({ maxLength: 12 }), fc.integer({ min: 1, max: 40 })).map(idOf),
    fc.base64String({ maxLength: 24 }),
    anyString,
  );
}

const calendarDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true });

/** Calendar dates, and strings that only look like them. */
const anyDate: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: calendarDate.map((date) => date.toISOString().slice(0, 10)), weight: 6 },
  fc.constantFrom('2024-02-29', '2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '0000-01-01', '9999-12-31', '2024-1-1', '2024-01-01T00:00:00Z', 'yesterday', ''),
  anyString,
);

/** Timestamps for the audit log's since/until (plain strings in the schema). */
const anyTimestamp: fc.Arbitrary<string> = fc.oneof(calendarDate.map((date) => date.toISOString()), anyDate);

/** Cursors: positions in the slot's list (some far beyond its end), cursors of other lists, and garbage. */
function anyCursor(slot: Slot): fc.Arbitrary<string> {
  const cursor = ([list, offset]: [string, number]) => base64(`${list}:${offset}`);
  return fc.oneof(
    { arbitrary: fc.tuple(fc.constant(slot.fieldName), fc.integer({ min: 0, max: 20 })).map(cursor), weight: 4 },
    fc.tuple(fc.constantFrom(...LIST_NAMES), fc.integer({ min: -2, max: 1_000_000 })).map(cursor),
    fc.base64String({ maxLength: 24 }),
    anyString,
  );
}

/** `first`: 0 to 600, so that a sixth of them is over the 500 limit. */
const anyFirst = fc.integer({ min: 0, max: 600 });

/** _entities representations: entity types with ids or codes of any kind. */
const anyRepresentation: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ __typename: fc.constantFrom('Organization', 'Grid', 'Link', 'Person', 'Post'), id: anyGlobalId({ fieldName: '_entities', argumentName: 'id' }), code: anyCode }, { requiredKeys: ['__typename'] }),
  ...(INCLUDE_KNOWN_DEFECTS ? [fc.jsonValue()] : []),
);

/** Names as GraphQL writes them (fields, aliases, variables, object keys). */
const anyName = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/);

/** Any JSON value: for an argument of another type, and for whole request bodies. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.dictionary(anyName, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }));

/** A type-correct value of a scalar, from the generator that fits its slot. */
function scalarValue(typeName: string, slot: Slot): fc.Arbitrary<unknown> {
  switch (typeName) {
    case 'Int':
      if (slot.argumentName === 'first') return anyFirst;
      if (slot.argumentName === 'maxDepth') return fc.integer({ min: -2, max: 20 });
      return fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'Boolean':
      return fc.boolean();
    case 'ID':
      return anyGlobalId(slot);
    case 'Date':
      return anyDate;
    case '_Any':
      return anyRepresentation;
    case 'JSONObject':
      return fc.dictionary(anyName, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
    default:
      if (slot.argumentName === 'after') return anyCursor(slot);
      if (slot.argumentName === 'since' || slot.argumentName === 'until') return anyTimestamp;
      if (slot.argumentName === 'code') return anyCode;
      return anyString;
  }
}

// ─── Input values ───────────────────────────────────────────────────────────────────────────────────

/** A value of an input type, type-correct unless `wrongTypes` (then any part of it may be any JSON value). Optional input fields are left out or given. */
function inputValue(type: GraphQLInputType, slot: Slot, wrongTypes: boolean): fc.Arbitrary<unknown> {
  const correct = correctInputValue(type, slot, wrongTypes);
  return wrongTypes ? fc.oneof({ arbitrary: correct, weight: 2 }, { arbitrary: anyJson, weight: 1 }) : correct;
}

function correctInputValue(type: GraphQLInputType, slot: Slot, wrongTypes: boolean): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return inputValue(type.ofType, slot, wrongTypes);
  if (isListType(type)) return fc.array(inputValue(type.ofType, slot, wrongTypes), { maxLength: 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(fields.map((field) => [field.name, inputValue(field.type, { fieldName: slot.fieldName, argumentName: field.name }, wrongTypes)]));
    return fc.record(model, { requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name) });
  }
  return scalarValue(type.name, slot);
}

// ─── Selections ─────────────────────────────────────────────────────────────────────────────────────

/** An argument as it will be written: inline in the document, or as a variable of the argument's type. */
interface GeneratedArgument {
  name: string;
  type: GraphQLInputType;
  value: unknown;
  asVariable: boolean;
}

interface GeneratedField {
  kind: 'field';
  alias: string | null;
  name: string;
  arguments: GeneratedArgument[];
  selections: GeneratedSelection[];
}

interface GeneratedFragment {
  kind: 'fragment';
  typeName: string;
  selections: GeneratedSelection[];
}

type GeneratedSelection = GeneratedField | GeneratedFragment;

/** How many levels of objects below the root a generated selection goes (each list level multiplies its cost). */
const MAX_SELECTION_DEPTH = 6;

/** A field's arguments: the required ones always, each optional one half of the time, sometimes as an explicit null. */
function argumentsOf(field: GraphQLField<unknown, unknown>, wrongTypes: boolean): fc.Arbitrary<GeneratedArgument[]> {
  const generated = field.args.map((argument: GraphQLArgument) => {
    const value = inputValue(argument.type, { fieldName: field.name, argumentName: argument.name }, wrongTypes);
    const nullable = !isNonNullType(argument.type);
    const written = fc
      .record({ value: nullable ? fc.oneof({ arbitrary: value, weight: 5 }, fc.constant(null)) : value, asVariable: fc.boolean() })
      .map(({ value: chosen, asVariable }) => ({ name: argument.name, type: argument.type, value: chosen, asVariable }));
    return nullable ? fc.option(written, { nil: undefined }) : written;
  });
  return fc.tuple(...generated).map((written) => written.filter((argument): argument is GeneratedArgument => argument !== undefined));
}

/** One field of an object type, with arguments and, for an object, a selection of its own. */
function fieldSelection(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, depth: number, wrongTypes: boolean): fc.Arbitrary<GeneratedField> {
  const type = getNamedType(field.type);
  const selections: fc.Arbitrary<GeneratedSelection[]> = isLeafType(type) ? fc.constant([]) : selectionSet(schema, type as GraphQLCompositeType, depth + 1, wrongTypes);
  return fc
    .record({ alias: fc.option(anyName, { freq: 20, nil: null }), arguments: argumentsOf(field, wrongTypes), selections })
    .map(({ alias, arguments: args, selections: chosen }) => ({ kind: 'field', alias, name: field.name, arguments: args, selections: chosen }));
}

/**
 * A selection set on a composite type: one to three of an object's fields (only leaves at the last level),
 * or, on an interface or union, `__typename` and inline fragments on some of its object types.
 */
function selectionSet(schema: GraphQLSchema, type: GraphQLCompositeType, depth: number, wrongTypes: boolean): fc.Arbitrary<GeneratedSelection[]> {
  // Built once per schema, type and level: the generators of a level hold those of every level below.
  const built = selectionSets.get(schema) ?? new Map<string, fc.Arbitrary<GeneratedSelection[]>>();
  selectionSets.set(schema, built);
  const key = `${type.name}:${depth}:${wrongTypes}`;
  if (!built.has(key)) built.set(key, buildSelectionSet(schema, type, depth, wrongTypes));
  return built.get(key)!;
}
const selectionSets = new WeakMap<GraphQLSchema, Map<string, fc.Arbitrary<GeneratedSelection[]>>>();

function buildSelectionSet(schema: GraphQLSchema, type: GraphQLCompositeType, depth: number, wrongTypes: boolean): fc.Arbitrary<GeneratedSelection[]> {
  if (!isObjectType(type)) {
    const fragments = schema.getPossibleTypes(type).map((objectType) =>
      selectionSet(schema, objectType, depth, wrongTypes).map((selections): GeneratedFragment => ({ kind: 'fragment', typeName: objectType.name, selections })),
    );
    const typename: GeneratedField = { kind: 'field', alias: null, name: '__typename', arguments: [], selections: [] };
    return fc
      .subarray(fragments, { maxLength: 2 })
      .chain((chosen) => fc.tuple(...chosen))
      .map((chosen) => [typename, ...chosen]);
  }
  const fields = Object.values(type.getFields()).filter((field) => depth < MAX_SELECTION_DEPTH || isLeafType(getNamedType(field.type)));
  // A type whose fields are all objects (a mutation's payload) has none left at the last level: __typename then.
  if (fields.length === 0) return fc.constant([{ kind: 'field', alias: null, name: '__typename', arguments: [], selections: [] } satisfies GeneratedField]);
  return fc.subarray(fields, { minLength: 1, maxLength: Math.min(3, fields.length) }).chain((chosen) => fc.tuple(...chosen.map((field) => fieldSelection(schema, field, depth, wrongTypes))));
}

// ─── Printing ───────────────────────────────────────────────────────────────────────────────────────

/** A JSON value as a GraphQL literal, without a type to follow (object keys must be names). */
function untypedLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(untypedLiteral).join(', ')}]`;
  return `{ ${Object.entries(value as Record<string, unknown>).map(([key, item]) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : '_'}: ${untypedLiteral(item)}`).join(', ')} }`;
}

/** A value as a GraphQL literal of `type`: enum values bare where they fit, everything else as JSON would write it. */
function literal(value: unknown, type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(value, type.ofType);
  if (isListType(type) && Array.isArray(value)) return `[${value.map((item) => literal(item, type.ofType)).join(', ')}]`;
  if (isEnumType(type) && typeof value === 'string' && type.getValue(value)) return value;
  if (isInputObjectType(type) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const fields = type.getFields();
    return `{ ${Object.entries(value).map(([key, item]) => `${key}: ${fields[key] ? literal(item, fields[key].type) : untypedLiteral(item)}`).join(', ')} }`;
  }
  return untypedLiteral(value);
}

interface GraphqlRequestBody {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** Writes the generated selections as one query named Fuzz, with a variable for each argument sent as one. */
function printOperation(selections: GeneratedSelection[]): GraphqlRequestBody {
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const printArgument = (argument: GeneratedArgument) => {
    if (!argument.asVariable) return `${argument.name}: ${literal(argument.value, argument.type)}`;
    const variable = `v${definitions.length}`;
    definitions.push(`$${variable}: ${String(argument.type)}`);
    variables[variable] = argument.value;
    return `${argument.name}: $${variable}`;
  };
  const printSelections = (list: GeneratedSelection[]): string =>
    list
      .map((selection) => {
        if (selection.kind === 'fragment') return `... on ${selection.typeName} { ${printSelections(selection.selections)} }`;
        const args = selection.arguments.length > 0 ? `(${selection.arguments.map(printArgument).join(', ')})` : '';
        const nested = selection.selections.length > 0 ? ` { ${printSelections(selection.selections)} }` : '';
        return `${selection.alias ? `${selection.alias}: ` : ''}${selection.name}${args}${nested}`;
      })
      .join(' ');
  const body = printSelections(selections);
  return { query: `query Fuzz${definitions.length > 0 ? `(${definitions.join(', ')})` : ''} { ${body} }`, variables };
}

// ─── Requests ───────────────────────────────────────────────────────────────────────────────────────

/** Who sends it: every role, with and without personal data, scoped and not. */
type Caller = 'admin' | 'viewer' | 'partner' | 'scopedEditor';
const anyCaller = fc.constantFrom<Caller>('admin', 'viewer', 'partner', 'scopedEditor');

/** A body to send as JSON (an operation, or any JSON value at all), or raw text to send as it is. */
type FuzzRequest = { caller: Caller; body: unknown } | { caller: Caller; rawBody: string };

/** A query of the schema's Query type, type-correct in every argument (though not every value is one the server accepts). */
function validOperation(schema: GraphQLSchema): fc.Arbitrary<GraphqlRequestBody> {
  return selectionSet(schema, schema.getQueryType()!, 1, false)
    .map(printOperation)
    .filter(avoidsKnownDefects)
    .chain((operation) => fc.constantFrom<GraphqlRequestBody>(operation, { ...operation, operationName: 'Fuzz' }));
}

/** Whether an explicit null reaches `orderBy` or `direction`, whose defaults it overrides: it crashes them today (INCLUDE_KNOWN_DEFECTS). */
function passesNullForADefault(operation: GraphqlRequestBody): boolean {
  if (/\b(orderBy|direction): null\b/.test(operation.query)) return true;
  return Object.entries(operation.variables ?? {}).some(([name, value]) => value === null && new RegExp(`\\b(orderBy|direction): \\$${name}\\b`).test(operation.query));
}

/** Type-correct operations that do not run into a known defect. */
function avoidsKnownDefects(operation: GraphqlRequestBody): boolean {
  return INCLUDE_KNOWN_DEFECTS || !passesNullForADefault(operation);
}

/** Any value is an `_Any`, but only entity representations do not crash _entities today (INCLUDE_KNOWN_DEFECTS). */
function avoidsKnownDefectsWithAnyValue(operation: GraphqlRequestBody): boolean {
  return avoidsKnownDefects(operation) && (INCLUDE_KNOWN_DEFECTS || !operation.query.includes('_entities'));
}

/**
 * Operations the server must refuse: an unknown field inserted somewhere, arguments of the wrong type, a
 * document cut short, a soup of GraphQL tokens, random variables, and bodies of any JSON value.
 */
function invalidRequestBody(schema: GraphQLSchema): fc.Arbitrary<unknown> {
  const valid = validOperation(schema);
  const withUnknownField = fc.tuple(valid, anyName, fc.nat()).map(([operation, name, at]) => {
    const braces = [...operation.query.matchAll(/\{/g)].map((match) => match.index!);
    const position = braces[at % braces.length] + 1;
    return { ...operation, query: `${operation.query.slice(0, position)} ${name} ${operation.query.slice(position)}` };
  });
  const withWrongTypes = selectionSet(schema, schema.getQueryType()!, 1, true).map(printOperation).filter(avoidsKnownDefectsWithAnyValue);
  const truncated = fc.tuple(valid, fc.nat()).map(([operation, at]) => ({ ...operation, query: operation.query.slice(0, at % operation.query.length) }));
  const tokenSoup = fc
    .array(fc.oneof(fc.constantFrom('{', '}', '(', ')', '[', ']', ':', '!', '$v', '...', '@include(if: true)', 'query', 'mutation', 'fragment F on Query', 'on', 'organizations', 'organization', 'first: 5', 'code', 'nodes', '"C1"', 'null', '#'), anyName), { maxLength: 30 })
    .map((tokens) => ({ query: tokens.join(' ') }));
  const randomVariables = fc
    .tuple(valid, fc.dictionary(fc.oneof(anyName, fc.constantFrom('v0', 'v1', 'v2')), anyJson, { maxKeys: 3 }))
    .map(([operation, variables]) => ({ ...operation, variables }))
    .filter(avoidsKnownDefectsWithAnyValue);
  const otherOperationName = fc.tuple(valid, anyName).map(([operation, operationName]) => ({ ...operation, operationName }));
  return fc.oneof(withUnknownField, withWrongTypes, truncated, tokenSoup, randomVariables, anyJson, ...(INCLUDE_KNOWN_DEFECTS ? [otherOperationName] : []));
}

/** A valid request's JSON cut short somewhere: not JSON at all. */
function truncatedJson(schema: GraphQLSchema): fc.Arbitrary<string> {
  return fc.tuple(validOperation(schema), fc.nat()).map(([operation, at]) => {
    const text = JSON.stringify(operation);
    return text.slice(0, at % text.length);
  });
}

interface FuzzAnswer {
  status: number;
  contentType: string | null;
  text: string;
}

/** What every answer must be, whatever was asked. */
function expectNoUnexpectedError(answer: FuzzAnswer): void {
  expect(answer.status).toBeLessThan(500);
  expect(answer.contentType).toMatch(/^application\/json/);
  const body = JSON.parse(answer.text);
  const errors: { message: string; extensions?: { code?: string } }[] = (Array.isArray(body) ? body : [body]).flatMap((result) => result?.errors ?? []);
  for (const error of errors) {
    expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(error)).not.toMatch(/ {4}at |stacktrace|\bSELECT\b|\bINSERT\b/);
  }
}

describe.each(DIALECTS)('generated operations on %s', (dialect) => {
  let server: TestServer;
  let schema: GraphQLSchema;
  const keys = {} as Record<Caller, string>;

  beforeAll(async () => {
    // The fuzz sends far more than the default 600 operations a minute.
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT, diagnostics: false, env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    keys.admin = server.adminKey;
    keys.viewer = await server.createKey({ role: 'viewer' });
    keys.partner = await server.createKey({ role: 'partner', pii: true });
    keys.scopedEditor = await server.createKey({ role: 'editor', scopeCode: 'S1' });
    const introspection = await server.graphql<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(introspection.data!);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function send(request: FuzzRequest): Promise<FuzzAnswer> {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${keys[request.caller]}` },
      body: 'rawBody' in request ? request.rawBody : JSON.stringify(request.body),
    });
    return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
  }

  it(`answers ${RUNS} random valid queries without an unexpected error, running most of them`, async () => {
    let executed = 0;
    await fc.assert(
      fc.asyncProperty(fc.record({ caller: anyCaller, body: validOperation(schema) }), async (request) => {
        const answer = await send(request);
        expectNoUnexpectedError(answer);
        if (answer.status === 200) executed += 1;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The generator must reach the resolvers (200, with data or field errors), not only the validation rules and limits (400).
    expect(executed).toBeGreaterThan(RUNS / 2);
  });

  it(`refuses ${RUNS} random invalid requests without an unexpected error`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.record({ caller: anyCaller, body: invalidRequestBody(schema) }), fc.record({ caller: anyCaller, rawBody: truncatedJson(schema) })), async (request) => {
        expectNoUnexpectedError(await send(request));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('still answers a normal query after all that', async () => {
    const answer = await server.graphql('{ organization(code: "C1") { code children { totalCount } } }');
    expect(answer.data).toEqual({ organization: { code: 'C1', children: { totalCount: 4 } } });
  });
});
