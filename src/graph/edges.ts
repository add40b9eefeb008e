import type { EntityManager } from 'typeorm';
import { queryRows } from '../db/rows.js';
import { chunk } from '../lib/group-by.js';
import { linkConditions } from '../modules/links/link.conditions.js';
import type { LinkKind } from '../modules/links/link.kinds.js';
import { chainStepsTouching } from '../modules/organizations/organization-chain.js';
import type { EdgeRecord } from './graph.types.js';

export interface EdgeOptions {
  /** Link kinds to follow; null for all. */
  linkKinds: LinkKind[] | null;
  /** Whether parent–child steps of the vertical chain count as edges. */
  includeVertical: boolean;
  /** Only links (and chain memberships) in force on this date; the current graph when null. */
  activeAt: string | null;
}

/**
 * Frontiers larger than this are read in more than one statement. The statement names the frontier four
 * times (both ends of links and of memberships), one variable per id each time: 4 × 8,000 stays under
 * SQLite's 32,766 variables (with 10,000, frontiers from 8,192 up failed with "too many SQL variables").
 */
const FRONTIER_CHUNK = 8_000;

/**
 * Every edge touching one of `frontier`, in one statement per 8,000 organizations: the links (of the
 * chosen kinds, in force on the date) and, when asked, the parent–child steps (as of the date, from the
 * chain's membership history). Traversals call it once per hop.
 */
export async function loadEdgesAround(manager: EntityManager, frontier: number[], options: EdgeOptions): Promise<EdgeRecord[]> {
  const edges: EdgeRecord[] = [];
  for (const part of chunk(frontier, FRONTIER_CHUNK)) {
    const links = linkConditions({ kinds: options.linkKinds, activeAt: options.activeAt }).add(() => '(t.source_id IN (:...frontier) OR t.target_id IN (:...frontier))');
    const statements = [`SELECT t.kind AS kind, t.source_id AS source_id, t.target_id AS target_id, t.id AS link_id FROM links t WHERE ${links.where}`];
    if (options.includeVertical) {
      const steps = chainStepsTouching('(:...frontier)', options.activeAt ? ':activeAt' : null);
      statements.push(`SELECT 'VERTICAL' AS kind, ${steps.parent} AS source_id, ${steps.child} AS target_id, NULL AS link_id ${steps.fromWhere}`);
    }
    const rows = await queryRows(manager, statements.join(' UNION ALL '), { ...links.parameters, frontier: part, activeAt: options.activeAt });
    for (const row of rows) {
      edges.push({ kind: String(row.kind), sourceId: Number(row.source_id), targetId: Number(row.target_id), linkId: row.link_id == null ? null : Number(row.link_id) });
    }
  }
  // The statement has no order of its own, and SQLite and PostgreSQL return its rows in different
  // orders (PostgreSQL's may change with the plan). The order decides which organizations a traversal
  // lists first within a hop and which of several shortest paths it takes: links by id, then the
  // parent–child steps by parent and child. Sorted here rather than in SQL, where the two databases
  // would place the VERTICAL rows' NULL link ids at opposite ends.
  return edges.sort(
    (a, b) => (a.linkId === null ? 1 : 0) - (b.linkId === null ? 1 : 0) || (a.linkId ?? 0) - (b.linkId ?? 0) || a.sourceId - b.sourceId || a.targetId - b.targetId,
  );
}

export function edgeKey(edge: EdgeRecord): string {
  return `${edge.kind}:${edge.linkId ?? `${edge.sourceId}>${edge.targetId}`}`;
}
