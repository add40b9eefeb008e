import type { EntityManager } from 'typeorm';
import { queryRows } from '../db/rows.js';
import { linkConditions } from '../modules/links/link.conditions.js';
import type { EdgeOptions } from './edges.js';
import type { EdgeRecord } from './graph.types.js';

/**
 * A subtree for drawing: `root` and its descendants down to `depth` levels (at most `limit` of them,
 * nearest first), the parent–child edges among them, and every link (of the chosen kinds, in force on
 * the date) with at least one end among them, whose other end may be an outside partner. Two statements.
 */
export async function loadSubtree(
  manager: EntityManager,
  root: number,
  depth: number,
  limit: number,
  options: Omit<EdgeOptions, 'includeVertical'>,
): Promise<{ memberIds: number[]; partnerIds: number[]; edges: EdgeRecord[]; truncated: boolean }> {
  const members = await queryRows(
    manager,
    `SELECT t.id, t.parent_id FROM organization_closure c JOIN organizations t ON t.id = c.descendant_id
     WHERE c.ancestor_id = :root AND c.depth <= :depth ORDER BY c.depth, t.code, t.id LIMIT :limit`,
    { root, depth, limit: limit + 1 },
  );
  const truncated = members.length > limit;
  const kept = members.slice(0, limit);
  const memberIds = kept.map((row) => Number(row.id));
  const inside = new Set(memberIds);
  const edges: EdgeRecord[] = kept
    .filter((row) => row.parent_id != null && inside.has(Number(row.parent_id)) && Number(row.id) !== root)
    .map((row) => ({ kind: 'VERTICAL', sourceId: Number(row.parent_id), targetId: Number(row.id), linkId: null }));
  const subtree = 'SELECT d.descendant_id FROM organization_closure d WHERE d.ancestor_id = :root AND d.depth <= :depth';
  const conditions = linkConditions({ kinds: options.linkKinds, activeAt: options.activeAt }).add(() => `(t.source_id IN (${subtree}) OR t.target_id IN (${subtree}))`);
  const links = await queryRows(manager, `SELECT t.id, t.kind, t.source_id, t.target_id FROM links t WHERE ${conditions.where} ORDER BY t.kind, t.id`, { ...conditions.parameters, root, depth });
  const partners = new Set<number>();
  for (const row of links) {
    const [sourceId, targetId] = [Number(row.source_id), Number(row.target_id)];
    // A link to a member cut off by the limit is left out with it.
    if (!inside.has(sourceId) && !inside.has(targetId)) continue;
    for (const id of [sourceId, targetId]) if (!inside.has(id)) partners.add(id);
    edges.push({ kind: String(row.kind), sourceId, targetId, linkId: Number(row.id) });
  }
  return { memberIds, partnerIds: [...partners], edges, truncated };
}
