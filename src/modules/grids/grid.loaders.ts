import DataLoader from 'dataloader';
import { queryEntitiesUnordered } from '../../db/rows.js';
import { byKey } from '../../lib/group-by.js';
import type { LoaderScope } from '../contract.js';
import { loaderOptions, observedBatch } from '../../db/loader-family.js';
import { Grid } from './grid.entity.js';

export function createGridLoaders(scope: LoaderScope) {
  const { manager } = scope;
  const byId = new DataLoader<number, Grid | null>(observedBatch(scope, 'grids.byId', async (ids) => {
    const rows = await queryEntitiesUnordered(manager, Grid, 'SELECT t.* FROM grids t WHERE t.id IN (:...ids)', { ids });
    return byKey(ids, rows, (row) => row.databaseId);
  }), loaderOptions(manager));

  const byCode = new DataLoader<string, Grid | null>(observedBatch(scope, 'grids.byCode', async (codes) => {
    const rows = await queryEntitiesUnordered(manager, Grid, 'SELECT t.* FROM grids t WHERE t.code IN (:...codes)', { codes });
    return byKey(codes, rows, (row) => row.code);
  }), loaderOptions(manager));

  /** The grid a grid Party branch serves. */
  const byBranchId = new DataLoader<number, Grid | null>(observedBatch(scope, 'grids.byBranchId', async (branchIds) => {
    const rows = await queryEntitiesUnordered(manager, Grid, 'SELECT t.* FROM grids t WHERE t.branch_id IN (:...branchIds)', { branchIds });
    return byKey(branchIds, rows, (row) => row.branchId!);
  }), loaderOptions(manager));

  return { byId, byCode, byBranchId };
}

export type GridLoaders = ReturnType<typeof createGridLoaders>;
