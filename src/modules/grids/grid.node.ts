import type { NodeType } from '../contract.js';
import type { Grid } from './grid.entity.js';

/** A grid is visible when its community is; `code` is its second federation key. */
export const GridNode: NodeType<Grid> = {
  name: 'Grid',
  load: (loaders, id) => loaders.grids.byId.load(id),
  isVisible: (viewer, grid) => viewer.scope.organizationInScope.load(grid.communityId),
  keys: { code: (loaders, code) => loaders.grids.byCode.load(code) },
};
