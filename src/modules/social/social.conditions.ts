import { Conditions } from '../../db/conditions.js';
import type { NeedKind } from './social.kinds.js';
import type { NeedStatus } from './need.transitions.js';

export interface NeedFilter {
  kinds?: NeedKind[] | null;
  statuses?: NeedStatus[] | null;
  /** Needs raised in a community of this subtree. */
  underId?: number | null;
  gridId?: number | null;
  /** Needs claimed by this organization, or by this person. */
  claimerOrganizationId?: number | null;
  claimerPersonId?: number | null;
  /** Raised in [raisedFrom, raisedTo) (dates, UTC). */
  raisedFrom?: string | null;
  raisedTo?: string | null;
  /** The caller's jurisdiction: needs raised in a community of its subtree. */
  scopeRootId?: number | null;
}

/** The WHERE clause of a need filter over `needs t`. */
export function needConditions(filter: NeedFilter): Conditions {
  const conditions = new Conditions()
    .in('t.kind', filter.kinds)
    .in('t.status', filter.statuses)
    .inSubtree('t.community_id', filter.underId)
    .equals('t.grid_id', filter.gridId)
    .equals('t.claimer_organization_id', filter.claimerOrganizationId)
    .equals('t.claimer_person_id', filter.claimerPersonId)
    .inSubtree('t.community_id', filter.scopeRootId);
  if (filter.raisedFrom) conditions.add((parameter) => `t.raised_at >= ${parameter(`${filter.raisedFrom}T00:00:00.000Z`)}`);
  if (filter.raisedTo) conditions.add((parameter) => `t.raised_at < ${parameter(`${filter.raisedTo}T00:00:00.000Z`)}`);
  return conditions;
}
