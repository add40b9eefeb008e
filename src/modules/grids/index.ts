import type { ModuleDescriptor } from '../contract.js';
import { Grid } from './grid.entity.js';
import { createGridLoaders, type GridLoaders } from './grid.loaders.js';
import { GridNode } from './grid.node.js';
import { GridResolver } from './grid.resolver.js';
import { GridService } from './grid.service.js';

declare module '../contract.js' {
  interface Services {
    grids: GridService;
  }
  interface Loaders {
    grids: GridLoaders;
  }
}

/** Grids: the management units of a community. */
export const gridsModule: ModuleDescriptor = {
  name: 'grids',
  entities: [Grid],
  resolvers: [GridResolver],
  services: { grids: (db) => new GridService(db) },
  loaders: { grids: createGridLoaders },
  nodeTypes: [GridNode],
};
