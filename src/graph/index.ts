import type { ModuleDescriptor } from '../modules/contract.js';
import { GraphResolver } from './graph.resolver.js';
import { GraphService } from './graph.service.js';

declare module '../modules/contract.js' {
  interface Services {
    graph: GraphService;
  }
}

/** Traversals of the whole graph: neighborhood, shortestPath, subgraph. */
export const graphModule: ModuleDescriptor = {
  name: 'graph',
  resolvers: [GraphResolver],
  services: { graph: (db) => new GraphService(db) },
};
