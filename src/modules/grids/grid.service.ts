import { Conditions } from '../../db/conditions.js';
import type { Database } from '../../db/database.js';
import { queryPage } from '../../db/rows.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import { Grid, GridFunction } from './grid.entity.js';

export interface GridFilter {
  /** Grids of the communities in this organization's subtree (database id). */
  underId?: number | null;
  nameContains?: string | null;
  /** Grids that integrate every one of these functions. */
  functions?: GridFunction[] | null;
  /** The caller's jurisdiction: grids of the communities in this subtree. */
  scopeRootId?: number | null;
}

export class GridService {
  constructor(private readonly db: Database) {}

  async list(filter: GridFilter, window: PageWindow): Promise<Page<Grid>> {
    const conditions = new Conditions().inSubtree('t.community_id', filter.underId).inSubtree('t.community_id', filter.scopeRootId).contains('t.name', filter.nameContains);
    for (const gridFunction of filter.functions ?? []) {
      // Stored as a sorted comma list; match a whole item.
      conditions.add((parameter) => `(',' || t.functions || ',') LIKE ${parameter(`%,${gridFunction},%`)}`);
    }
    return queryPage(this.db.manager, Grid, window, { from: 'grids t', where: conditions, orderBy: 't.code, t.id' });
  }
}
