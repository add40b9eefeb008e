import { invariant } from '../lib/invariant.js';
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
 * The shortest path from `from` to `to` along edges in either direction, with every organization on it
 * but `to` one that `mayExpand` allows; null when there is none within `maxHops`. One read per hop.
 *
 * The search widens from both ends, each hop from the end whose frontier is smaller, and stops when the
 * two meet: between two building cells of a district, two balls of four hops instead of one of eight,
 * a fraction of the rows. The path is the one a search from `from` alone would take: there, each
 * organization is reached through the first edge, in the order `read` returns edges (the same order in
 * every read), that links it with the hop before it. On `from`'s side that is how it was reached; on
 * `to`'s side it is the first edge of the organization's own read whose other end lies one hop further
 * from `to` on some shortest path. The length is certain; which of several shortest paths, the order decides.
 */
export async function searchShortestPath(read: EdgeReader, from: number, to: number, maxHops: number, mayExpand: (id: number) => Promise<boolean>): Promise<{ nodeIds: number[]; edges: EdgeRecord[] } | null> {
  if (from === to) return { nodeIds: [from], edges: [] };
  // From `from`: how each organization was first reached. From `to`: how many hops from it, only
  // organizations that may be walked through (or `to` itself), and each hop's read.
  const previous = new Map<number, { node: number; edge: EdgeRecord } | null>([[from, null]]);
  const hopsToEnd = new Map<number, number>([[to, 0]]);
  const endLevels: number[][] = [[to]];
  const endReads: EdgeRecord[][] = [];
  let frontier = [from];
  for (let hop = 0; hop < maxHops; hop += 1) {
    const endFrontier = endLevels[endLevels.length - 1]!;
    if (frontier.length <= endFrontier.length) {
      const expandable = await filterAsync(frontier, mayExpand);
      if (expandable.length === 0) return null;
      const expanding = new Set(expandable);
      const next: number[] = [];
      for (const edge of await read(expandable)) {
        for (const [here, there] of [[edge.sourceId, edge.targetId], [edge.targetId, edge.sourceId]]) {
          if (!expanding.has(here) || previous.has(there)) continue;
          previous.set(there, { node: here, edge });
          next.push(there);
        }
      }
      if (next.some((id) => hopsToEnd.has(id))) return joinPath(previous, hopsToEnd, endLevels, endReads, to);
      frontier = next;
    } else {
      const edges = await read(endFrontier);
      endReads.push(edges);
      const expanding = new Set(endFrontier);
      const reached = new Set<number>();
      for (const edge of edges) {
        for (const [here, there] of [[edge.sourceId, edge.targetId], [edge.targetId, edge.sourceId]]) {
          if (expanding.has(here) && !hopsToEnd.has(there)) reached.add(there);
        }
      }
      const level = await filterAsync([...reached], mayExpand);
      if (level.length === 0) return null;
      for (const id of level) hopsToEnd.set(id, endLevels.length);
      endLevels.push(level);
      if (level.some((id) => previous.has(id))) return joinPath(previous, hopsToEnd, endLevels, endReads, to);
    }
  }
  return null;
}

/**
 * The path once the two searches have met, as the search from `from` alone would have traced it back
 * from `to`. The searches meet at organizations of `to`'s outermost level that `from`'s search reached;
 * an organization of `to`'s side is on a shortest path when it is one of those or is linked, in its
 * level's read, with one on a shortest path one level further out.
 */
function joinPath(
  previous: Map<number, { node: number; edge: EdgeRecord } | null>,
  hopsToEnd: Map<number, number>,
  endLevels: number[][],
  endReads: EdgeRecord[][],
  to: number,
): { nodeIds: number[]; edges: EdgeRecord[] } {
  const outermost = endLevels.length - 1;
  const onPath = new Set(endLevels[outermost]!.filter((id) => previous.has(id)));
  for (let level = outermost - 1; level >= 0; level -= 1) {
    for (const edge of endReads[level]!) {
      for (const [here, there] of [[edge.sourceId, edge.targetId], [edge.targetId, edge.sourceId]]) {
        if (hopsToEnd.get(here) === level && hopsToEnd.get(there) === level + 1 && onPath.has(there)) onPath.add(here);
      }
    }
  }
  const nodeIds = [to];
  const edges: EdgeRecord[] = [];
  let node = to;
  while (!previous.has(node)) {
    const level = hopsToEnd.get(node)!;
    const step = firstStepOutwards(endReads[level]!, node, (id) => hopsToEnd.get(id) === level + 1 && onPath.has(id));
    invariant(step, 'an organization on a shortest path on the end side has a neighbour on one, one level further out');
    nodeIds.unshift(step.node);
    edges.unshift(step.edge);
    node = step.node;
  }
  for (let step = previous.get(node); step; step = previous.get(step.node)) {
    nodeIds.unshift(step.node);
    edges.unshift(step.edge);
  }
  return { nodeIds, edges };
}

/** The first edge of `edges` linking `node` with an organization that `accept`s, and that organization. */
function firstStepOutwards(edges: EdgeRecord[], node: number, accept: (id: number) => boolean): { node: number; edge: EdgeRecord } | null {
  for (const edge of edges) {
    for (const [here, there] of [[edge.sourceId, edge.targetId], [edge.targetId, edge.sourceId]]) {
      if (there === node && accept(here)) return { node: here, edge };
    }
  }
  return null;
}

async function filterAsync(ids: number[], keep: (id: number) => Promise<boolean>): Promise<number[]> {
  const kept = await Promise.all(ids.map(keep));
  return ids.filter((_, index) => kept[index]);
}
