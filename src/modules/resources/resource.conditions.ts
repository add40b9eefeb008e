import { Conditions } from '../../db/conditions.js';
import { inForceOnSql } from '../../lib/period.js';
import { LinkKind } from '../links/link.kinds.js';
import type { ResourceKind, ResourceStatus } from './resource.kinds.js';
import type { ResourceUseStatus } from './resource-use.transitions.js';

/** The weekday columns of resources, Monday first (open minutes). */
export const OPEN_COLUMNS = ['open_mo', 'open_tu', 'open_we', 'open_th', 'open_fr', 'open_sa', 'open_su'] as const;

/**
 * A RESOURCE_SHARING link not suspended and in force on `date` (a parameter reference), from the owner of
 * resource `owner` (a column) to an organization satisfying `target` (SQL over `s.target_id`).
 */
export function sharingLinkExists(owner: string, date: string, target: string): string {
  return `EXISTS (SELECT 1 FROM links s WHERE s.kind = '${LinkKind.RESOURCE_SHARING}' AND s.source_id = ${owner} AND s.status <> 'SUSPENDED' AND ${inForceOnSql('s.since', 's.until', date)} AND ${target})`;
}

export interface ResourceFilter {
  ownerId?: number | null;
  kinds?: ResourceKind[] | null;
  statuses?: ResourceStatus[] | null;
  /** Resources placed in a community of this subtree. */
  underId?: number | null;
  gridId?: number | null;
  /** Resources whose owner shares with this organization through a link in force on `sharedOn`. */
  sharedWithId?: number | null;
  sharedOn: string;
  /** ACTIVE, and open on that day's weekday. */
  availableAt?: string | null;
  /** The caller's jurisdiction: owned in this subtree, or shared into it by a link in force today. */
  scopeRootId?: number | null;
  today: string;
}

/** The WHERE clause of a resource filter over `resources t`. */
export function resourceConditions(filter: ResourceFilter): Conditions {
  const conditions = new Conditions().equals('t.owner_id', filter.ownerId).in('t.kind', filter.kinds).in('t.status', filter.statuses).inSubtree('t.community_id', filter.underId).equals('t.grid_id', filter.gridId);
  if (filter.sharedWithId != null) conditions.add((parameter) => sharingLinkExists('t.owner_id', parameter(filter.sharedOn), `s.target_id = ${parameter(filter.sharedWithId)}`));
  if (filter.availableAt) {
    const weekday = (new Date(`${filter.availableAt}T00:00:00Z`).getUTCDay() + 6) % 7;
    conditions.add(() => `t.status = 'ACTIVE' AND t.${OPEN_COLUMNS[weekday]} > 0`);
  }
  if (filter.scopeRootId != null) conditions.add((parameter) => scopeOfResources('t', parameter(filter.scopeRootId), parameter(filter.today)));
  return conditions;
}

/** A resource of alias `alias` is within the jurisdiction rooted at `root`: owned inside it, or shared into it on `today`. */
export function scopeOfResources(alias: string, root: string, today: string): string {
  const inside = `SELECT u.descendant_id FROM organization_closure u WHERE u.ancestor_id = ${root}`;
  return `(${alias}.owner_id IN (${inside}) OR ${sharingLinkExists(`${alias}.owner_id`, today, `s.target_id IN (${inside})`)})`;
}

export interface ResourceUseFilter {
  resourceId?: number | null;
  /** The using organization. */
  userId?: number | null;
  /** Uses of resources owned by this organization. */
  ownerId?: number | null;
  statuses?: ResourceUseStatus[] | null;
  /** Uses overlapping [from, to). */
  from?: string | null;
  to?: string | null;
  caseId?: number | null;
  /** The caller's jurisdiction: uses by its organizations, or of resources its organizations own. */
  scopeRootId?: number | null;
}

/** The WHERE clause of a use filter over `resource_uses t`. */
export function useConditions(filter: ResourceUseFilter): Conditions {
  const conditions = new Conditions().equals('t.resource_id', filter.resourceId).equals('t.user_id', filter.userId).in('t.status', filter.statuses).equals('t.case_id', filter.caseId);
  if (filter.ownerId != null) conditions.add((parameter) => `t.resource_id IN (SELECT r.id FROM resources r WHERE r.owner_id = ${parameter(filter.ownerId)})`);
  if (filter.from) conditions.add((parameter) => `t.ends_at > ${parameter(`${filter.from}T00:00:00.000Z`)}`);
  if (filter.to) conditions.add((parameter) => `t.starts_at < ${parameter(`${filter.to}T00:00:00.000Z`)}`);
  if (filter.scopeRootId != null) {
    conditions.add((parameter) => {
      const root = parameter(filter.scopeRootId);
      const inside = `SELECT u.descendant_id FROM organization_closure u WHERE u.ancestor_id = ${root}`;
      return `(t.user_id IN (${inside}) OR t.resource_id IN (SELECT r.id FROM resources r WHERE r.owner_id IN (${inside})))`;
    });
  }
  return conditions;
}
