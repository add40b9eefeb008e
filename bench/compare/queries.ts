/**
 * The five queries of issue 9, written once for each schema (queries/NAME.ours.graphql and
 * queries/NAME.postgraphile.graphql), and how their answers are brought to one shape to be compared:
 * PostGraphile's names become ours (organizationByCode → organization, organizationsByParentId →
 * children, ...), both kinds of global id become `Type:rowId`, cursors are dropped (each server has
 * its own), a person's name from PostGraphile is masked as ours masks it for a viewer, and where
 * PostGraphile has two relations for our one (links as source and as target) they are merged and
 * both sides compared as sets.
 *
 * Ids by row: ours on PostgreSQL reads the very rows PostGraphile reads, so its ids must name the same
 * row ids. Ours on SQLite reads another database loaded with the same dataset, where a row id is only
 * the order the importer inserted the rows in: organizations, people and posts come out the same, but
 * derived links (cross-appointments) are inserted in the order an unordered SELECT returns posts,
 * which differs between the two databases. So for SQLite ids are compared by code instead
 * (`Type:code=CODE`, on every object that has a code; every id in the five queries has one).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { maskName } from '../../src/auth/personal-data.js';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'queries');

export interface ComparedQuery {
  name: string;
  /** What it asks, for the table. */
  label: string;
  ours: string;
  postgraphile: string;
  /** The answer's data brought to the common shape, its ids by row id or by code (see above). */
  canonical: (schema: Schema, data: unknown, ids: Ids) => unknown;
}

/** How ids are compared: as the row ids they encode, or as the type and code of the object that has them. */
export type Ids = 'row' | 'code';

/** Which schema a query is written for and an answer comes from. */
export type Schema = 'ours' | 'postgraphile';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const RENAMED: Record<string, string> = {
  organizationByCode: 'organization',
  allOrganizations: 'organizations',
  organizationsByParentId: 'children',
  organizationByParentId: 'parent',
  postsByOrganizationId: 'posts',
  personByPersonId: 'person',
  organizationBySourceId: 'source',
  organizationByTargetId: 'target',
};

/** Ours: base64 of `Type:1`; PostGraphile's: base64 of `["Type",1]`. Both become `Type:1`. */
function globalId(id: string): string {
  const decoded = Buffer.from(id, 'base64').toString('utf8');
  if (decoded.startsWith('[')) {
    const [type, rowId] = JSON.parse(decoded) as [string, number];
    return `${type}:${rowId}`;
  }
  return decoded;
}

/** Renames, decodes ids, drops cursors, masks names; `under` is the key of the enclosing object. */
function normalize(schema: Schema, ids: Ids, value: Json, under = ''): Json {
  if (Array.isArray(value)) return value.map((item) => normalize(schema, ids, item, under));
  if (value === null || typeof value !== 'object') return value;
  const result: JsonObject = {};
  for (const [rawKey, item] of Object.entries(value)) {
    const key = RENAMED[rawKey] ?? rawKey;
    if (key === 'endCursor' || key === 'startCursor' || key === 'cursor') continue;
    if (key === 'id' && typeof item === 'string') result[key] = globalId(item);
    else if (key === 'name' && under === 'person' && schema === 'postgraphile' && typeof item === 'string') result[key] = maskName(item);
    else result[key] = normalize(schema, ids, item, key);
  }
  if (ids === 'code' && typeof result.id === 'string' && typeof result.code === 'string') result.id = `${result.id.slice(0, result.id.indexOf(':'))}:code=${result.code}`;
  return result;
}

const byCode = (a: Json, b: Json) => String((a as JsonObject).code).localeCompare(String((b as JsonObject).code));

/** PostGraphile's links as source and as target → one connection, like our links(direction: BOTH); nodes as a set. */
function mergeLinks(schema: Schema, organization: JsonObject): JsonObject {
  const { linksBySourceId, linksByTargetId, links, ...rest } = organization;
  if (schema === 'ours') {
    const connection = links as JsonObject;
    return { ...rest, links: { totalCount: connection.totalCount, nodes: [...(connection.nodes as Json[])].sort(byCode) } };
  }
  const outgoing = linksBySourceId as JsonObject;
  const incoming = linksByTargetId as JsonObject;
  const nodes = new Map<string, Json>();
  for (const node of [...(outgoing.nodes as Json[]), ...(incoming.nodes as Json[])]) nodes.set(String((node as JsonObject).id), node);
  // A link from an organization to itself is in both relations and counted once by ours.
  const loops = (outgoing.nodes as JsonObject[]).filter((node) => (node.source as JsonObject).id === (node.target as JsonObject).id).length;
  return { ...rest, links: { totalCount: (outgoing.totalCount as number) + (incoming.totalCount as number) - loops, nodes: [...nodes.values()].sort(byCode) } };
}

/**
 * The descendants page: the same total and the same number per level; the levels the page holds
 * whole are compared node by node (sorted by code); in the last level reached, which the page cuts,
 * ours takes the first by code and PostGraphile the first by id, so there each node is checked to
 * be at that level under a node of the level above, and the count compared.
 */
function descendants(schema: Schema, data: JsonObject): Json {
  const root = data.organization as JsonObject;
  const connection = (schema === 'ours' ? root.descendants : root.organizationClosuresByAncestorId) as JsonObject;
  const nodes = (connection.nodes as JsonObject[]).map((node) => (schema === 'ours' ? node : (node.organizationByDescendantId as JsonObject)));
  const totalCount = (connection.totalCount as number) - (schema === 'postgraphile' ? 1 : 0); // the closure's depth-0 row
  const levels = new Map<number, JsonObject[]>();
  for (const node of nodes) levels.set(node.depth as number, [...(levels.get(node.depth as number) ?? []), node]);
  const depths = [...levels.keys()].sort((a, b) => a - b);
  const cut = nodes.length < totalCount ? depths.at(-1) : undefined;
  const result: JsonObject = { id: root.id, code: root.code, totalCount, count: nodes.length, levels: {} };
  for (const depth of depths) {
    const level = levels.get(depth)!;
    if (depth !== cut) {
      (result.levels as JsonObject)[String(depth)] = [...level].sort(byCode);
      continue;
    }
    const above = new Set((levels.get(depth - 1) ?? []).map((node) => node.code));
    const placed = level.every((node) => above.has((node.parent as JsonObject).code as string));
    (result.levels as JsonObject)[String(depth)] = { cutByPage: true, count: level.length, everyNodeUnderTheLevelAbove: placed };
  }
  return result;
}

function read(name: string, schema: Schema): string {
  return fs.readFileSync(path.join(folder, `${name}.${schema}.graphql`), 'utf8');
}

function query(name: string, label: string, canonical: (schema: Schema, data: JsonObject) => Json): ComparedQuery {
  return { name, label, ours: read(name, 'ours'), postgraphile: read(name, 'postgraphile'), canonical: (schema, data, ids) => canonical(schema, normalize(schema, ids, data as Json) as JsonObject) };
}

export const comparedQueries: ComparedQuery[] = [
  query('community-tree', 'community tree: a community by code → children(first 50) → children(first 50), posts(first 10) → person at both levels, totalCount everywhere', (_side, data) => data),
  query('building-cells', '100 building cells ordered by code, with totalCount', (_side, data) => data),
  query('enterprise-links', 'the first 100 enterprises, each with links(direction: BOTH, first 50) and both ends', (schema, data) => {
    const connection = data.organizations as JsonObject;
    return { ...connection, nodes: (connection.nodes as JsonObject[]).map((node) => mergeLinks(schema, node)) };
  }),
  query('subdistrict-descendants', '500 descendants of a subdistrict (of 1,928), with totalCount', (schema, data) => descendants(schema, data)),
  query('organization-links', 'one organization by code, its parent and 10 links with both ends', (schema, data) => ({ organization: mergeLinks(schema, data.organization as JsonObject) })),
];

/** Where two canonical answers first differ, or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: ${a.length} items vs ${b.length}`;
    for (let index = 0; index < a.length; index += 1) {
      const difference = firstDifference(a[index], b[index], `${at}[${index}]`);
      if (difference) return difference;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const difference = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
      if (difference) return difference;
    }
    return null;
  }
  return Object.is(a, b) ? null : `${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}
