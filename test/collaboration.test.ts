/**
 * The collaboration graph's arrays against graphology, which computed the same figures before them:
 * components, and betweenness exact and estimated from a sample, equal to the last bit (the README's
 * and the golden files' scores were graphology's), with the same sources sampled.
 */
import fc from 'fast-check';
import Graph from 'graphology';
import { connectedComponents } from 'graphology-components';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import { describe, expect, it } from 'vitest';
import { analyseCollaboration, type CollaborationLink } from '../src/modules/indicators/collaboration.js';

const codeOf = (id: number) => `C${(id * 7919) % 1000}-${id}`;

function link(sourceId: number, targetId: number): CollaborationLink {
  return { sourceId, targetId };
}

/** What graphology made of the same links: nodes added as first met in the links sorted by (lower id, higher id). */
function graphologyReference(links: CollaborationLink[], budget: number) {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const pairs = links
    .filter((each) => each.sourceId !== each.targetId)
    .map((each) => (each.sourceId < each.targetId ? [each.sourceId, each.targetId] : [each.targetId, each.sourceId]))
    .sort(([a1, b1], [a2, b2]) => a1! - a2! || b1! - b2!);
  for (const [a, b] of pairs) {
    if (!graph.hasNode(String(a))) graph.addNode(String(a));
    if (!graph.hasNode(String(b))) graph.addNode(String(b));
    if (!graph.hasEdge(String(a), String(b))) graph.addEdge(String(a), String(b));
  }
  const components = connectedComponents(graph).map((component) => component.length);
  const order = graph.order;
  const sources = order === 0 ? 0 : Math.min(order, Math.max(1, Math.floor(budget / order)));
  let scores: Record<string, number> = {};
  if (order > 0 && sources >= order) scores = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  else if (order > 0) {
    const brandes = createUnweightedIndexedBrandes(graph) as unknown as ReturnType<typeof createUnweightedIndexedBrandes> & { index: { collect(values: Float64Array): Record<string, number> } };
    const delta = new Float64Array(order);
    const centrality = new Float64Array(order);
    const step = order / sources;
    for (let sample = 0; sample < sources; sample += 1) {
      const source = Math.floor(sample * step);
      const [stack, predecessors, sigma] = brandes(source);
      stack.forEach((node) => {
        delta[node] = 0;
      });
      while (stack.size !== 0) {
        const w = stack.pop()!;
        const coefficient = (1 + delta[w]!) / sigma[w]!;
        for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
        if (w !== source) centrality[w]! += delta[w]!;
      }
    }
    const scale = order <= 2 ? 0 : order / sources / ((order - 1) * (order - 2));
    for (let index = 0; index < order; index += 1) centrality[index]! *= scale;
    scores = brandes.index.collect(centrality);
  }
  const ranked = Object.entries(scores)
    .filter(([, score]) => score > 0)
    .map(([key, score]) => ({ organizationId: Number(key), betweenness: score, degree: graph.degree(key) }))
    .sort((a, b) => b.betweenness - a.betweenness || (codeOf(a.organizationId) < codeOf(b.organizationId) ? -1 : 1));
  return {
    organizations: order,
    links: graph.size,
    componentCount: components.length,
    largestComponentSize: Math.max(0, ...components),
    brokers: { ranked, exact: sources >= order, sampledSources: sources >= order ? order : sources },
  };
}

describe('the collaboration graph', () => {
  it('counts components and betweenness as graphology did, exactly and from a sample, to the last bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 150 }), fc.integer({ min: 1, max: 150 })), { maxLength: 400, size: 'max' }),
        fc.constantFrom(1_000_000, 400, 90, 1),
        (pairs, budget) => {
          const links = pairs.map(([source, target]) => link(source * 3, target * 3));
          const analysis = analyseCollaboration(links, codeOf, budget);
          const { organizations, links: edges, componentCount, largestComponentSize } = analysis;
          expect({ organizations, links: edges, componentCount, largestComponentSize, brokers: analysis.brokers() }).toEqual(graphologyReference(links, budget));
        },
      ),
      { seed: 20261205, numRuns: 50 },
    );
  });

  it('has no organizations, components or brokers without links', () => {
    const analysis = analyseCollaboration([link(4, 4)], codeOf);
    expect({ ...analysis, brokers: analysis.brokers() }).toEqual({ organizations: 0, links: 0, componentCount: 0, largestComponentSize: 0, brokers: { ranked: [], exact: true, sampledSources: 0 } });
  });
});
