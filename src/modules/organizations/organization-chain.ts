import type { EntityManager } from 'typeorm';
import { inIdList, queryPackedValues, queryRows, unpackValues } from '../../db/rows.js';
import { inForceOnSql, isInForceOn, type Period } from '../../lib/period.js';
import type { OrganizationKind } from './organization.kinds.js';

/**
 * The vertical chain as it stood on a date, from its membership history (organization_memberships:
 * one row per period an organization sat under a parent). "The parent of X on a date" is the parent of
 * X's membership in force on that date (lib/period.ts); none for a root, or before X joined the chain.
 * Every reader of the chain's history goes through this file: parentsOn for a set of organizations,
 * chainStepsTouching for the graph traversals, readChainHistory and parentOnDate for the indicators'
 * walk in memory. The closure table (organization_closure) only knows today's chain; chainRootsOfKind
 * reads the tops of today's chain.
 */

/** One period an organization sat under a parent. */
export interface ChainPlace extends Period {
  parentId: number | null;
}

/** An organization with its life and its places in the chain over time. */
export interface ChainOrganization {
  id: number;
  code: string;
  kind: OrganizationKind;
  /** Its existence: founded on, archived on. */
  life: Period;
  /** Its places in the chain over time (the membership history): readChainHistory gives only those under organizations of its chain. */
  parents: ChainPlace[];
}

/** The membership row aliased `alias` is in force on `date` (a parameter reference or a column). */
function membershipInForceSql(alias: string, date: string): string {
  return inForceOnSql(`${alias}.since`, `${alias}.until`, date);
}

/**
 * The parent of each organization on `date`, in one statement whatever the number of ids: a map with
 * an entry for every id given, null for a root or an organization not in the chain on that date. Runs
 * in the caller's EntityManager, so a transaction (an escalation up the chain) can call it.
 */
export async function parentsOn(manager: EntityManager, ids: readonly number[], date: string): Promise<Map<number, number | null>> {
  const parents = new Map<number, number | null>(ids.map((id) => [id, null]));
  if (ids.length === 0) return parents;
  const organizations = inIdList(manager, 'm.organization_id', 'ids', ids);
  const rows = await queryRows(
    manager,
    `SELECT m.organization_id, m.parent_id FROM organization_memberships m WHERE ${organizations.sql} AND m.parent_id IS NOT NULL AND ${membershipInForceSql('m', ':date')}`,
    { ...organizations.parameters, date },
  );
  for (const row of rows) parents.set(Number(row.organization_id), Number(row.parent_id));
  return parents;
}

/** The parent in `places` (one organization's membership history) in force on `date`; the in-memory parentsOn. */
export function parentOnDate(places: readonly ChainPlace[], date: string): number | null {
  return places.find((place) => isInForceOn(place, date))?.parentId ?? null;
}

/**
 * The parent → child steps of the chain with either end in `touching` (an SQL list: a parameter
 * reference `(:...ids)` or a subquery), on `date` (a parameter reference) or, when null, as the chain
 * stands today. Given as the pieces of a SELECT, so that a caller can put it beside other statements
 * (a UNION ALL with the links) and name the columns its own way.
 */
export function chainStepsTouching(touching: string, date: string | null): { parent: string; child: string; fromWhere: string } {
  if (date === null) {
    return { parent: 'o.parent_id', child: 'o.id', fromWhere: `FROM organizations o WHERE o.parent_id IS NOT NULL AND (o.id IN ${touching} OR o.parent_id IN ${touching})` };
  }
  return {
    parent: 'm.parent_id',
    child: 'm.organization_id',
    fromWhere: `FROM organization_memberships m
             WHERE m.parent_id IS NOT NULL AND (m.organization_id IN ${touching} OR m.parent_id IN ${touching})
               AND ${membershipInForceSql('m', date)}`,
  };
}

/**
 * Every organization that has at any time sat under `rootId`, with its life and its places under
 * organizations of that same set, in one statement (packed: tens of thousands of rows at scale).
 *
 * The recursive walk carries the membership rows themselves (`reach`: one row per place under an
 * organization already reached, the root's with no parent), so the places come out of the walk instead of
 * being looked up again by organization afterwards. A place under an organization that was never under the
 * root is left out: on a date it is in force, the organization is not under the root anyway (parentOnDate
 * gives null, which members() reads the same as a parent outside the chain), and every caller asks the
 * parent only of members. A place whose dates are its organization's life (nearly all of them) comes with 0
 * instead of each date, and on PostgreSQL each row is put together as text rather than by json_build_array
 * (which looks every value's type up again for each row): the whole district at scale 1 (24,700 rows) took
 * 118-135 ms of PostgreSQL's time with the second join and json_build_array, 72-78 ms this way (EXPLAIN
 * ANALYZE, best of five, machine loaded); its text is 15 % shorter and it leaves 49,000 date strings fewer
 * to parse and keep. On SQLite json_array stays (text put together by hand was slower there).
 */
export async function readChainHistory(manager: EntityManager, rootId: number): Promise<Map<number, ChainOrganization>> {
  const postgres = manager.connection.driver.options.type === 'postgres';
  // Each row's values as JSON joined by commas; a place's date that is its organization's (since founded_on,
  // until archived_on) as 0, which no date is. On PostgreSQL to_json writes a text or a date whatever the DateStyle.
  const row = postgres
    ? `concat(o.id, ',', to_json(o.code), ',', to_json(o.kind), ',', to_json(o.founded_on), ',', COALESCE(CAST(to_json(o.archived_on) AS text), 'null'), ',',
              COALESCE(CAST(r.parent_id AS text), 'null'), ',',
              CASE WHEN r.since IS NULL THEN 'null' WHEN r.since = o.founded_on THEN '0' ELSE CAST(to_json(r.since) AS text) END, ',',
              CASE WHEN r.until IS NOT DISTINCT FROM o.archived_on THEN '0' ELSE COALESCE(CAST(to_json(r.until) AS text), 'null') END)`
    : `ltrim(rtrim(json_array(o.id, o.code, o.kind, o.founded_on, o.archived_on, r.parent_id,
              CASE WHEN r.since = o.founded_on THEN 0 ELSE r.since END, CASE WHEN r.until IS o.archived_on THEN 0 ELSE r.until END), ']'), '[')`;
  const noDate = postgres ? 'CAST(NULL AS date)' : 'NULL';
  const [result] = await queryRows(
    manager,
    `WITH RECURSIVE reach(organization_id, parent_id, since, until) AS (
  SELECT CAST(:root AS INTEGER), CAST(NULL AS INTEGER), ${noDate}, ${noDate}
  UNION
  SELECT m.organization_id, m.parent_id, m.since, m.until FROM organization_memberships m JOIN reach r ON m.parent_id = r.organization_id
)
SELECT '[' || ${postgres ? 'string_agg' : 'group_concat'}(${row}, ',') || ']' AS packed FROM reach r JOIN organizations o ON o.id = r.organization_id`,
    { root: rootId },
  );
  const values = unpackValues(result?.packed, 8);
  const chain = new Map<number, ChainOrganization>();
  for (let at = 0; at < values.length; at += 8) {
    const id = values[at] as number;
    let organization = chain.get(id);
    if (!organization) {
      organization = { id, code: values[at + 1] as string, kind: values[at + 2] as OrganizationKind, life: { since: values[at + 3] as string, until: values[at + 4] as string | null }, parents: [] };
      chain.set(id, organization);
    }
    const since = values[at + 6] as string | 0 | null;
    if (since === null) continue;
    const until = values[at + 7] as string | 0 | null;
    organization.parents.push({
      parentId: values[at + 5] as number | null,
      since: since === 0 ? organization.life.since : since,
      until: until === 0 ? organization.life.until : until,
    });
  }
  return chain;
}

/** The ids of the organizations of `kind` at the top of a chain today (no parent), by code, at most `limit`: one statement. */
export async function chainRootsOfKind(manager: EntityManager, kind: OrganizationKind, limit: number): Promise<number[]> {
  const rows = await queryRows(manager, 'SELECT id FROM organizations WHERE kind = :kind AND parent_id IS NULL ORDER BY code LIMIT :limit', { kind, limit });
  return rows.map((row) => Number(row.id));
}

/**
 * The whole membership history of each organization given and of every organization that was ever above
 * one of them, in one statement (a recursive walk up the history of every date): enough to answer, in
 * memory with parentOnDate, who was above whom on any date. The reachability of a service case's targets
 * reads the chain this way, for one case or for a whole import at once.
 */
export async function readChainPlacesUpward(manager: EntityManager, ids: readonly number[]): Promise<Map<number, ChainPlace[]>> {
  const places = new Map<number, ChainPlace[]>();
  if (ids.length === 0) return places;
  const start = inIdList(manager, 'o.id', 'ids', ids);
  const values = await queryPackedValues(
    manager,
    ['m.organization_id', 'm.parent_id', 'm.since', 'm.until'],
    'FROM organization_memberships m WHERE m.organization_id IN (SELECT id FROM up)',
    start.parameters,
    `WITH RECURSIVE up(id) AS (
  SELECT o.id FROM organizations o WHERE ${start.sql}
  UNION
  SELECT m.parent_id FROM organization_memberships m JOIN up u ON m.organization_id = u.id WHERE m.parent_id IS NOT NULL
)`,
  );
  for (let at = 0; at < values.length; at += 4) {
    const id = values[at] as number;
    const list = places.get(id) ?? [];
    list.push({ parentId: values[at + 1] as number | null, since: values[at + 2] as string, until: values[at + 3] as string | null });
    places.set(id, list);
  }
  return places;
}
