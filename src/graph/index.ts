import type { ModuleDescriptor } from '../modules/contract.js';
import { GraphResolver } from './graph.resolver.js';

/** Traversals of the whole graph: neighborhood, shortestPath, subgraph. */
export const graphModule: ModuleDescriptor = {
  name: 'graph',
  resolvers: [GraphResolver],
};
