/**
 * Golden operations: every operations/*.graphql runs with its default variables against the sample
 * district of a fresh `npm start`, on every database of DIALECTS, and its response (data and errors)
 * must equal operations/<name>.result.json exactly. The README's worked answers and GraphiQL's tabs
 * come from these files, so a change of behaviour cannot reach them silently.
 *
 * Regenerate every golden file with `npm run golden` (UPDATE_GOLDEN=1): the first database writes the
 * files, and the others must still agree with what it wrote.
 *
 * Repeatable by construction:
 * - The clock is pinned to GOLDEN_TODAY (Date only; timers stay real), so the operations that default
 *   to today (activeAt, a post's startDate) answer the same on every day of the calendar.
 * - Queries share one database loaded with the sample district; each mutation runs on a database of
 *   its own, loaded the same way, so what it creates (ids, codes) is the same on every run.
 * - Queries are sent without credentials, as GraphiQL sends them on `npm start` (a viewer of
 *   everything, personal data masked); mutations with an editor's API key, personal data not granted.
 * - Operations whose required variables have no default take them from operations/<name>.variables.json.
 *
 * The README's Dashboards section is checked the same way: each of its ```graphql blocks followed by a
 * ```json block runs against the same database, and the JSON shown must be a cut of the answer (see
 * isCutOf), since the README shows lists cut to their first items.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, OperationTypeNode, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { REFERENCE_DATE, generateSample } from '../seeds/generate.js';
import { loadExampleOperations } from '../src/server/graphiql.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OPERATIONS_DIR = path.join(ROOT, 'operations');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/**
 * "Today" while the goldens run: the sample district's own reference date, the first day after all
 * of its history (every ended post and link ended before it, nothing starts after it). Any later real
 * date gives the same answers, except where an answer repeats the date itself.
 */
const GOLDEN_TODAY = new Date(`${REFERENCE_DATE}T12:00:00Z`);

interface GoldenOperation {
  /** File name without `.graphql`: appoint-person */
  name: string;
  source: string;
  operationName: string;
  isMutation: boolean;
  variables: Record<string, unknown> | undefined;
  resultFile: string;
}

const operations: GoldenOperation[] = fs
  .readdirSync(OPERATIONS_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => {
    const name = file.slice(0, -'.graphql'.length);
    const source = fs.readFileSync(path.join(OPERATIONS_DIR, file), 'utf8');
    const operation = parse(source).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
    const variablesFile = path.join(OPERATIONS_DIR, `${name}.variables.json`);
    return {
      name,
      source,
      operationName: operation.name!.value,
      isMutation: operation.operation === OperationTypeNode.MUTATION,
      variables: fs.existsSync(variablesFile) ? (JSON.parse(fs.readFileSync(variablesFile, 'utf8')) as Record<string, unknown>) : undefined,
      resultFile: path.join(OPERATIONS_DIR, `${name}.result.json`),
    };
  });

/** What a client receives, without the transport's extensions (diagnostics are off anyway). */
type GoldenResponse = { data?: unknown; errors?: unknown };

function readGolden(operation: GoldenOperation): GoldenResponse | null {
  return fs.existsSync(operation.resultFile) ? (JSON.parse(fs.readFileSync(operation.resultFile, 'utf8')) as GoldenResponse) : null;
}

/** Two-space JSON with a final newline: diffs of golden files stay readable in review. */
function writeGolden(operation: GoldenOperation, response: GoldenResponse): void {
  fs.writeFileSync(operation.resultFile, `${JSON.stringify(response, null, 2)}\n`);
}

// The sample a first start loads, service cases included.
const sampleDistrict = generateSample();

interface ReadmeExample {
  /** The operation's name, or its first line. */
  title: string;
  query: string;
  shown: unknown;
}

/** The ```graphql blocks of the README's Dashboards section that a ```json block (their answer) follows. */
function readmeDashboardExamples(): ReadmeExample[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Dashboards\n'), readme.indexOf('\n## ', readme.indexOf('\n## Dashboards\n') + 1));
  const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((match) => ({ language: match[1]!, text: match[2]! }));
  const examples: ReadmeExample[] = [];
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (block.language !== 'graphql' || next?.language !== 'json') return;
    const title = /^\s*(?:query|mutation)\s+(\w+)/m.exec(block.text)?.[1] ?? block.text.split('\n')[0]!;
    examples.push({ title, query: block.text, shown: JSON.parse(next.text) });
  });
  return examples;
}

/**
 * Whether `shown` is `actual` with lists cut: scalars equal, objects with the same keys and each value a
 * cut of the actual one, and each list's items a cut of actual items in the same order (the first ones,
 * or the first and the last, as the README shows them). Returns the path of the first difference, or null.
 */
function differenceFromCut(shown: unknown, actual: unknown, at = '$'): string | null {
  if (Array.isArray(shown)) {
    if (!Array.isArray(actual)) return `${at}: a list in the README, ${JSON.stringify(actual)} in the answer`;
    let from = 0;
    for (const [index, item] of shown.entries()) {
      while (from < actual.length && differenceFromCut(item, actual[from], at) !== null) from += 1;
      if (from === actual.length) return `${at}[${index}]: ${JSON.stringify(item)} is not in the answer's list (in order): ${JSON.stringify(actual).slice(0, 400)}`;
      from += 1;
    }
    return null;
  }
  if (shown !== null && typeof shown === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return `${at}: an object in the README, ${JSON.stringify(actual)} in the answer`;
    const [shownKeys, actualKeys] = [Object.keys(shown).sort(), Object.keys(actual).sort()];
    if (shownKeys.join() !== actualKeys.join()) return `${at}: the README shows the fields ${shownKeys.join(', ')}; the answer has ${actualKeys.join(', ')}`;
    for (const key of shownKeys) {
      const difference = differenceFromCut((shown as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], `${at}.${key}`);
      if (difference !== null) return difference;
    }
    return null;
  }
  return Object.is(shown, actual) ? null : `${at}: ${JSON.stringify(shown)} in the README, ${JSON.stringify(actual)} in the answer`;
}

describe('operations/*.result.json', () => {
  it('opens every GraphiQL tab with the variables its operation requires, so that each runs as it is (the golden answers are its answers)', async () => {
    const examples = await loadExampleOperations(OPERATIONS_DIR);
    expect(examples.map((example) => example.name).sort()).toEqual(operations.map((operation) => operation.name).sort());
    for (const example of examples) {
      const operation = parse(example.query).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
      const required = (operation.variableDefinitions ?? []).filter((variable) => variable.type.kind === Kind.NON_NULL_TYPE && !variable.defaultValue).map((variable) => variable.variable.name.value);
      const given = example.variables ? Object.keys(JSON.parse(example.variables) as object) : [];
      expect(required.filter((name) => !given.includes(name)), `operations/${example.name}.graphql: required variables its tab does not give`).toEqual([]);
      expect(example.variables === undefined ? undefined : JSON.parse(example.variables), example.name).toEqual(operations.find((candidate) => candidate.name === example.name)!.variables);
    }
  });

  it('has a golden answer for every operation and no answer without an operation', () => {
    const expected = operations.map((operation) => path.basename(operation.resultFile)).sort();
    const onDisk = fs.readdirSync(OPERATIONS_DIR).filter((file) => file.endsWith('.result.json')).sort();
    if (UPDATE) {
      // Regenerating also removes the answers of operations that are gone; the missing ones are written below.
      for (const file of onDisk.filter((name) => !expected.includes(name))) fs.rmSync(path.join(OPERATIONS_DIR, file));
      return;
    }
    expect(onDisk, 'golden files differ from the operations: run `npm run golden`').toEqual(expected);
    expect(readmeDashboardExamples().length, 'README.md, Dashboards: no ```graphql block followed by its ```json answer').toBeGreaterThan(0);
    const variableFiles = fs.readdirSync(OPERATIONS_DIR).filter((file) => file.endsWith('.variables.json'));
    expect(variableFiles.filter((file) => !operations.some((operation) => `${operation.name}.variables.json` === file)), 'variables without an operation').toEqual([]);
  });
});

describe.each(DIALECTS)('golden operations on %s', (dialect) => {
  let queries: TestServer;

  /** The response of `operation`, with the clock pinned and the credential of its kind. */
  async function run(server: TestServer, operation: GoldenOperation, credential: string | null): Promise<GoldenResponse> {
    const response = await server.graphql(operation.source, operation.variables, credential);
    expect(response.status, `${operation.name}: HTTP status`).toBe(200);
    const { data, errors } = response;
    return errors === undefined ? { data } : { data, errors };
  }

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: GOLDEN_TODAY });
    queries = await startTestServer(dialect, { dataset: sampleDistrict, diagnostics: false });
  });
  afterAll(async () => {
    await queries?.close();
    vi.useRealTimers();
  });

  it.each(operations.map((operation) => [operation.name, operation] as const))('%s answers as its golden file says', async (name, operation) => {
    let server = queries;
    let credential: string | null = null;
    if (operation.isMutation) {
      server = await startTestServer(dialect, { dataset: sampleDistrict, diagnostics: false });
      credential = await server.createKey({ role: 'editor' });
    }
    try {
      const actual = await run(server, operation, credential);
      // Only the first database writes: the others are checked against what it wrote.
      if (UPDATE && dialect === DIALECTS[0]) writeGolden(operation, actual);
      const golden = readGolden(operation);
      expect(golden, `operations/${name}.result.json is missing: run \`npm run golden\``).not.toBeNull();
      expect(actual, `${operation.operationName} (operations/${name}.graphql) on ${dialect} no longer answers as operations/${name}.result.json says: run \`npm run golden\` if the change is meant, and review the diff`).toStrictEqual(golden);
    } finally {
      if (server !== queries) await server.close();
    }
  });

  it.each(readmeDashboardExamples().map((example) => [example.title, example] as const))('the README answer of %s is a cut of the real one', async (title, example) => {
    const response = await queries.graphql(example.query, undefined, null);
    const actual = response.errors === undefined ? { data: response.data } : { data: response.data, errors: response.errors };
    expect(differenceFromCut(example.shown, actual), `README.md, Dashboards, ${title}, on ${dialect}`).toBeNull();
  });
});
