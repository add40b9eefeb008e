import { invariant } from '../../lib/invariant.js';

/**
 * Betweenness costs one breadth-first search from every source over the whole graph. Above this many
 * node visits (sources × organizations) it is estimated from evenly spread sources instead (Brandes &
 * Pich 2007, as networkx's `k` and Neo4j GDS's `samplingSize`). A whole district at scale 1 has about
 * 7,700 linked organizations: exact takes seconds; from 130 sources about 20 ms, with 9 of the exact top
 * ten (in a different order) and the leader's score within a quarter. Answers say which they are.
 */
export const BETWEENNESS_BUDGET = 1_000_000;

export interface BrokerValue {
  organizationId: number;
  betweenness: number;
  degree: number;
}

export interface CollaborationAnalysis {
  organizations: number;
  links: number;
  componentCount: number;
  largestComponentSize: number;
  /** Betweenness of every organization, computed on first use. */
  brokers(): BrokerRanking;
}

export interface BrokerRanking {
  ranked: BrokerValue[];
  exact: boolean;
  sampledSources: number;
}

/**
 * The collaboration graph in compressed adjacency form: organizations are numbered 0 … order − 1, the
 * neighbours of organization i are `neighbours[starts[i]]` up to `neighbours[starts[i + 1]]`.
 *
 * The numbering and the neighbours' order are those graphology gave the same graph (this module used it
 * until the arrays below made betweenness ten times faster): organizations numbered as first met in the
 * links sorted by (lower id, higher id), neighbours by ascending id. Betweenness sums floating-point
 * shares in breadth-first order, so keeping that order keeps every score equal to the last bit
 * (test/collaboration.test.ts compares with graphology), and a sample's sources are the same organizations.
 */
interface CompressedGraph {
  /** Organization id of each index. */
  ids: Int32Array;
  starts: Int32Array;
  neighbours: Int32Array;
}

/** A link between two organizations, either way. */
export interface CollaborationLink {
  sourceId: number;
  targetId: number;
}

/**
 * The collaboration graph of some links: undirected, parallel links as one edge, a link from an
 * organization to itself left out. Components are counted at once; betweenness only when asked for,
 * brokers with equal scores in the order of their codes (`codeOf` an organization id).
 */
export function analyseCollaboration(links: readonly CollaborationLink[], codeOf: (id: number) => string, budget = BETWEENNESS_BUDGET): CollaborationAnalysis {
  const graph = compress(links);
  const order = graph.ids.length;
  const { componentCount, largestComponentSize } = countComponents(graph);
  let ranking: BrokerRanking | null = null;
  return {
    organizations: order,
    links: graph.neighbours.length / 2,
    componentCount,
    largestComponentSize,
    brokers() {
      ranking ??= rankBrokers(graph, codeOf, budget);
      return ranking;
    },
  };
}

function compress(links: readonly CollaborationLink[]): CompressedGraph {
  // Each pair as one number, lower id × span + higher id: sorting the numbers sorts the pairs.
  let span = 1;
  for (const link of links) span = Math.max(span, link.sourceId + 1, link.targetId + 1);
  invariant(span * span <= Number.MAX_SAFE_INTEGER, 'organization ids are small enough to pair in one number');
  const keys = new Float64Array(links.length);
  let count = 0;
  for (const link of links) {
    const a = link.sourceId;
    const b = link.targetId;
    if (a !== b) keys[count++] = a < b ? a * span + b : b * span + a;
  }
  const pairs = keys.subarray(0, count).sort();
  const indexOf = new Int32Array(span).fill(-1);
  const ids: number[] = [];
  const degrees: number[] = [];
  let edges = 0;
  for (let position = 0; position < pairs.length; position += 1) {
    const key = pairs[position]!;
    if (position > 0 && key === pairs[position - 1]) continue;
    pairs[edges++] = key;
    const lower = Math.floor(key / span);
    const higher = key % span;
    if (indexOf[lower] === -1) {
      indexOf[lower] = ids.length;
      ids.push(lower);
      degrees.push(0);
    }
    if (indexOf[higher] === -1) {
      indexOf[higher] = ids.length;
      ids.push(higher);
      degrees.push(0);
    }
    degrees[indexOf[lower]!]! += 1;
    degrees[indexOf[higher]!]! += 1;
  }
  const starts = new Int32Array(ids.length + 1);
  for (let index = 0; index < ids.length; index += 1) starts[index + 1] = starts[index]! + degrees[index]!;
  const neighbours = new Int32Array(2 * edges);
  const filled = starts.slice(0, ids.length);
  // Pairs in ascending order give every organization its neighbours by ascending id: first the lower ones
  // (pairs where it is the higher id, ordered by the lower), then the higher ones.
  for (let position = 0; position < edges; position += 1) {
    const key = pairs[position]!;
    const a = indexOf[Math.floor(key / span)]!;
    const b = indexOf[key % span]!;
    neighbours[filled[a]!++] = b;
    neighbours[filled[b]!++] = a;
  }
  return { ids: Int32Array.from(ids), starts, neighbours };
}

function countComponents({ ids, starts, neighbours }: CompressedGraph): { componentCount: number; largestComponentSize: number } {
  const order = ids.length;
  const seen = new Uint8Array(order);
  const queue = new Int32Array(order);
  let componentCount = 0;
  let largestComponentSize = 0;
  for (let start = 0; start < order; start += 1) {
    if (seen[start]) continue;
    seen[start] = 1;
    queue[0] = start;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const node = queue[head++]!;
      for (let edge = starts[node]!; edge < starts[node + 1]!; edge += 1) {
        const next = neighbours[edge]!;
        if (!seen[next]) {
          seen[next] = 1;
          queue[tail++] = next;
        }
      }
    }
    componentCount += 1;
    largestComponentSize = Math.max(largestComponentSize, tail);
  }
  return { componentCount, largestComponentSize };
}

function rankBrokers(graph: CompressedGraph, codeOf: (id: number) => string, budget: number): BrokerRanking {
  const order = graph.ids.length;
  if (order === 0) return { ranked: [], exact: true, sampledSources: 0 };
  const sources = Math.min(order, Math.max(1, Math.floor(budget / Math.max(order, 1))));
  const exact = sources >= order;
  const scores = exact ? exactBetweenness(graph) : sampledBetweenness(graph, sources);
  const ranked: number[] = [];
  for (let index = 0; index < order; index += 1) if (scores[index]! > 0) ranked.push(index);
  ranked.sort((a, b) => scores[b]! - scores[a]! || (codeOf(graph.ids[a]!) < codeOf(graph.ids[b]!) ? -1 : 1));
  return {
    ranked: ranked.map((index) => ({ organizationId: graph.ids[index]!, betweenness: scores[index]!, degree: graph.starts[index + 1]! - graph.starts[index]! })),
    exact,
    sampledSources: exact ? order : sources,
  };
}

/** Normalized betweenness from every organization, as graphology-metrics computes it: × 1 ÷ ((n − 1)(n − 2)). */
function exactBetweenness(graph: CompressedGraph): Float64Array {
  const order = graph.ids.length;
  const centrality = new BrandesAccumulator(graph);
  for (let source = 0; source < order; source += 1) centrality.addSource(source);
  const scores = centrality.scores;
  if (order > 2) {
    const scale = 1 / ((order - 1) * (order - 2));
    for (let index = 0; index < order; index += 1) scores[index]! *= scale;
  }
  return scores;
}

/**
 * Brandes' dependency accumulation from `count` sources spread evenly over the numbering (a stratified
 * sample, the same on every run; it matched the exact top ten better than seeded random sources on the
 * scale-1 district, 9 of 10 against 8), scaled by order ÷ count and normalized like the exact scores
 * (1 ÷ ((n − 1)(n − 2))), so that it estimates the same number.
 */
function sampledBetweenness(graph: CompressedGraph, count: number): Float64Array {
  const order = graph.ids.length;
  const centrality = new BrandesAccumulator(graph);
  const step = order / count;
  for (let sample = 0; sample < count; sample += 1) centrality.addSource(Math.floor(sample * step));
  const scores = centrality.scores;
  const scale = order <= 2 ? 0 : order / count / ((order - 1) * (order - 2));
  for (let index = 0; index < order; index += 1) scores[index]! *= scale;
  return scores;
}

/**
 * Brandes (2001) for an unweighted graph, one source at a time, into `scores`. The arrays are allocated
 * once and reset only where a search went; each organization's predecessors are a list threaded through
 * two arrays. Shortest-path counts are 32-bit unsigned, as graphology's are. Organizations contribute to
 * their predecessors' dependency in reverse breadth-first order, the order graphology adds them in (the
 * order within one organization's predecessors does not matter: each receives one share from it).
 */
class BrandesAccumulator {
  readonly scores: Float64Array;
  private readonly distance: Int32Array;
  private readonly paths: Uint32Array;
  private readonly dependency: Float64Array;
  private readonly queue: Int32Array;
  private readonly firstPredecessor: Int32Array;
  private readonly predecessor: Int32Array;
  private readonly nextPredecessor: Int32Array;

  constructor(private readonly graph: CompressedGraph) {
    const order = graph.ids.length;
    this.scores = new Float64Array(order);
    this.distance = new Int32Array(order).fill(-1);
    this.paths = new Uint32Array(order);
    this.dependency = new Float64Array(order);
    this.queue = new Int32Array(order);
    this.firstPredecessor = new Int32Array(order);
    this.predecessor = new Int32Array(graph.neighbours.length);
    this.nextPredecessor = new Int32Array(graph.neighbours.length);
  }

  addSource(source: number): void {
    const { starts, neighbours } = this.graph;
    const { scores, distance, paths, dependency, queue, firstPredecessor, predecessor, nextPredecessor } = this;
    distance[source] = 0;
    paths[source] = 1;
    dependency[source] = 0;
    firstPredecessor[source] = -1;
    queue[0] = source;
    let head = 0;
    let tail = 1;
    let links = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const next = distance[v]! + 1;
      const pathsOfV = paths[v]!;
      const end = starts[v + 1]!;
      for (let edge = starts[v]!; edge < end; edge += 1) {
        const w = neighbours[edge]!;
        const d = distance[w]!;
        if (d === -1) {
          distance[w] = next;
          dependency[w] = 0;
          firstPredecessor[w] = -1;
          queue[tail++] = w;
        } else if (d !== next) continue;
        paths[w] += pathsOfV;
        predecessor[links] = v;
        nextPredecessor[links] = firstPredecessor[w]!;
        firstPredecessor[w] = links++;
      }
    }
    for (let position = tail - 1; position >= 0; position -= 1) {
      const w = queue[position]!;
      const coefficient = (1 + dependency[w]!) / paths[w]!;
      for (let link = firstPredecessor[w]!; link !== -1; link = nextPredecessor[link]!) {
        const v = predecessor[link]!;
        dependency[v] += paths[v]! * coefficient;
      }
      if (w !== source) scores[w] += dependency[w]!;
      distance[w] = -1;
      paths[w] = 0;
    }
  }
}
