import type { EntityManager } from 'typeorm';
import { inIdList, queryPackedValues, queryRows } from '../../db/rows.js';
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
  /** Its places in the chain over time (the membership history). */
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
 * Every organization that has at any time sat under the root (a parameter reference), the root included:
 * a recursive CTE named `reach(id)` over the membership history of every date. A superset of the subtree
 * on any one date; parentOnDate decides who was under whom on a date.
 */
function everUnderCte(root: string): string {
  return `reach(id) AS (
  SELECT CAST(${root} AS INTEGER)
  UNION
  SELECT m.organization_id FROM organization_memberships m JOIN reach r ON m.parent_id = r.id
)`;
}

/**
 * Every organization that has at any time sat under `rootId`, with its life and its whole membership
 * history, in one statement (packed: tens of thousands of rows at scale).
 */
export async function readChainHistory(manager: EntityManager, rootId: number): Promise<Map<number, ChainOrganization>> {
  const columns = ['o.id', 'o.code', 'o.kind', 'o.founded_on', 'o.archived_on', 'm.parent_id', 'm.since', 'm.until'];
  const values = await queryPackedValues(
    manager,
    columns,
    `FROM reach r JOIN organizations o ON o.id = r.id LEFT JOIN organization_memberships m ON m.organization_id = o.id`,
    { root: rootId },
    `WITH RECURSIVE ${everUnderCte(':root')}`,
  );
  const chain = new Map<number, ChainOrganization>();
  for (let at = 0; at < values.length; at += columns.length) {
    const id = values[at] as number;
    let organization = chain.get(id);
    if (!organization) {
      organization = { id, code: values[at + 1] as string, kind: values[at + 2] as OrganizationKind, life: { since: values[at + 3] as string, until: values[at + 4] as string | null }, parents: [] };
      chain.set(id, organization);
    }
    const since = values[at + 6] as string | null;
    if (since !== null) organization.parents.push({ parentId: values[at + 5] as number | null, since, until: values[at + 7] as string | null });
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
