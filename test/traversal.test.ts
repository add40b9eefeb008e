/**
 * The shortest-path search widens from both ends; its answer must be the one a search from `from` alone
 * gives (the one it replaced, kept here as the reference), step for step and edge for edge, on random
 * graphs with parallel edges and organizations that may not be walked through, and it must cost
 * one read per hop, as before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EdgeRecord } from '../src/graph/graph.types.js';
import { searchShortestPath, type EdgeReader } from '../src/graph/traversal.js';

/** The search from `from` alone, one read per hop, as it was before the search from both ends. */
async function searchFromOneEnd(read: EdgeReader, from: number, to: number, maxHops: number, mayExpand: (id: number) => Promise<boolean>) {
  const previous = new Map<number, { node: number; edge: EdgeRecord } | null>([[from, null]]);
  let frontier = [from];
  for (let hop = 0; hop < maxHops && frontier.length > 0; hop += 1) {
    const kept = await Promise.all(frontier.map(mayExpand));
    const expandable = frontier.filter((_, index) => kept[index]);
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

/** A reader over fixed edges, in loadEdgesAround's order (links by id, then parent–child steps), counting its reads. */
function readerOf(edges: EdgeRecord[]): { read: EdgeReader; reads: () => number } {
  let reads = 0;
  const sorted = [...edges].sort(
    (a, b) => (a.linkId === null ? 1 : 0) - (b.linkId === null ? 1 : 0) || (a.linkId ?? 0) - (b.linkId ?? 0) || a.sourceId - b.sourceId || a.targetId - b.targetId,
  );
  return {
    read: async (frontier) => {
      reads += 1;
      const around = new Set(frontier);
      return sorted.filter((edge) => around.has(edge.sourceId) || around.has(edge.targetId));
    },
    reads: () => reads,
  };
}

describe('the shortest path between two organizations', () => {
  it('is the path the search from one end takes, in one read per hop', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 40 }),
        fc.array(fc.tuple(fc.nat(39), fc.nat(39), fc.boolean()), { maxLength: 90, size: 'max' }),
        fc.array(fc.nat(39), { maxLength: 6 }),
        fc.tuple(fc.nat(39), fc.nat(39)),
        fc.integer({ min: 1, max: 10 }),
        async (size, rawEdges, closed, [fromIndex, toIndex], maxHops) => {
          const from = fromIndex % size;
          const to = toIndex % size;
          fc.pre(from !== to);
          // Links get ids in the order drawn; parent–child steps have none. A pair may have both, or several.
          const edges = rawEdges.map(([a, b, vertical], index) => ({ kind: vertical ? 'VERTICAL' : 'RESOURCE_SHARING', sourceId: a % size, targetId: b % size, linkId: vertical ? null : index + 1 }));
          const walled = new Set(closed.map((id) => id % size));
          const mayExpand = async (id: number) => !walled.has(id);
          const one = readerOf(edges);
          const both = readerOf(edges);
          const expected = await searchFromOneEnd(one.read, from, to, maxHops, mayExpand);
          const found = await searchShortestPath(both.read, from, to, maxHops, mayExpand);
          expect(found).toEqual(expected);
          // One read per hop of the path, or, when there is none, at most one per hop allowed.
          expect(both.reads()).toBe(expected ? expected.edges.length : Math.min(both.reads(), maxHops));
        },
      ),
      { seed: 20261205, numRuns: 2000 },
    );
  });
});
