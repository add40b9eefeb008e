import { Conditions } from '../../db/conditions.js';
import type { LinkKind, LinkStatus } from './link.kinds.js';

export interface LinkFilter {
  kinds?: LinkKind[] | null;
  statuses?: LinkStatus[] | null;
  /** Links in force on this date. */
  activeAt?: string | null;
  /** Links with this organization (database id) at either end. */
  organizationId?: number | null;
  derived?: boolean | null;
  /** The caller's jurisdiction: links with at least one end in this subtree. */
  scopeRootId?: number | null;
}

/**
 * The WHERE clause of a link filter, for a links table aliased `t`: one definition for the links
 * list, the links aggregate and the graph traversals (which pass kinds and a date only).
 */
export function linkConditions(filter: LinkFilter): Conditions {
  const conditions = new Conditions()
    .in('t.kind', filter.kinds)
    .in('t.status', filter.statuses)
    .activeAt('t.since', 't.until', filter.activeAt)
    .equals('t.derived', filter.derived);
  if (filter.scopeRootId != null) {
    conditions.add((parameter) => {
      const root = parameter(filter.scopeRootId);
      return `(t.source_id IN (SELECT s.descendant_id FROM organization_closure s WHERE s.ancestor_id = ${root}) OR t.target_id IN (SELECT s.descendant_id FROM organization_closure s WHERE s.ancestor_id = ${root}))`;
    });
  }
  if (filter.organizationId != null) conditions.add((parameter) => `(t.source_id = ${parameter(filter.organizationId)} OR t.target_id = ${parameter(filter.organizationId)})`);
  return conditions;
}
