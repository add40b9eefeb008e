import { edgeKey } from './edges.js';
import type { EdgeRecord } from './graph.types.js';

/** Reads the edges around a frontier: one statement per hop in practice (see loadEdgesAround). */
export type EdgeReader = (frontier: number[]) => Promise<EdgeRecord[]>;

/**
 * Breadth-first search from `start` along edges in either direction, up to `hops` steps and `limit`
 * organizations. Only organizations that `mayExpand` allows are walked through (a scoped caller's
 * jurisdiction); others are reached but not passed. Returns the organizations nearest first, the edges
 * among them, and whether the limit cut the answer short. Costs hops + 1 reads.
 */
export async function searchNeighborhood(read: EdgeReader, start: number, hops: number, limit: number, mayExpand: (id: number) => Promise<boolean>): Promise<{ nodeIds: number[]; edges: EdgeRecord[]; truncated: boolean }> {
  const order = [start];
  const reached = new Set(order);
  const seen = new Map<string, EdgeRecord>();
  let frontier = [start];
  let truncated = false;
  for (let hop = 0; hop < hops && frontier.length > 0; hop += 1) {
    const expandable = await filterAsync(frontier, mayExpand);
    const expanding = new Set(expandable);
    const next: number[] = [];
    for (const edge of expandable.length ? await read(expandable) : []) {
      seen.set(edgeKey(edge), edge);
      if (expanding.has(edge.sourceId)) next.push(edge.targetId);
      if (expanding.has(edge.targetId)) next.push(edge.sourceId);
    }
    frontier = [];
    for (const id of next) {
      if (reached.has(id)) continue;
      if (reached.size >= limit) {
        truncated = true;
        break;
      }
      reached.add(id);
      order.push(id);
      frontier.push(id);
    }
  }
  // The last ones reached have not been read yet: one more read gives the edges among them.
  const last = await filterAsync(frontier, mayExpand);
  for (const edge of last.length ? await read(last) : []) seen.set(edgeKey(edge), edge);
  const edges = [...seen.values()].filter((edge) => reached.has(edge.sourceId) && reached.has(edge.targetId));
  return { nodeIds: order, edges, truncated };
}

/**
 * The shortest path from `from` to `to` along edges in either direction, breadth-first, one read per
 * hop; null when there is none within `maxHops`. Ties are broken by the order the database returns
 * edges in, so the length is certain and the path one of the shortest.
 */
export async function searchShortestPath(read: EdgeReader, from: number, to: number, maxHops: number, mayExpand: (id: number) => Promise<boolean>): Promise<{ nodeIds: number[]; edges: EdgeRecord[] } | null> {
  const previous = new Map<number, { node: number; edge: EdgeRecord } | null>([[from, null]]);
  let frontier = [from];
  for (let hop = 0; hop < maxHops && frontier.length > 0; hop += 1) {
    const expandable = await filterAsync(frontier, mayExpand);
    if (expandable.length === 0) break;
    const expanding = new Set(expandable);
    const next: number[] = [];
    for (const edge of await read(expandable)) {
      for (const [here, there] of [[edge.sourceId, edge.targetId], [edge.targetId, edge.sourceId]]) {
        if (!expanding.has(here) || previous.has(there)) continue;
        previous.set(there, { node: here, edge });
        next.push(there);
      }
    }
    if (previous.has(to)) {
      const nodeIds = [to];
      const edges: EdgeRecord[] = [];
      for (let step = previous.get(to); step; step = previous.get(step.node)) {
        nodeIds.unshift(step.node);
        edges.unshift(step.edge);
      }
      return { nodeIds, edges };
    }
    frontier = next;
  }
  return null;
}

async function filterAsync(ids: number[], keep: (id: number) => Promise<boolean>): Promise<number[]> {
  const kept = await Promise.all(ids.map(keep));
  return ids.filter((_, index) => kept[index]);
}
