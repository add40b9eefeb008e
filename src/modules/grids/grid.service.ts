import type { Database } from '../../db/database.js';
import { containsPattern } from '../../lib/like-pattern.js';
import { queryPage } from '../../db/rows.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import { Grid, GridFunction } from './grid.entity.js';

export interface GridFilter {
  /** Grids of the communities in this organization's subtree (database id). */
  underId?: number | null;
  nameContains?: string | null;
  /** Grids that integrate every one of these functions. */
  functions?: GridFunction[] | null;
}

export class GridService {
  constructor(private readonly db: Database) {}

  async list(filter: GridFilter, window: PageWindow): Promise<Page<Grid>> {
    const conditions = ['1 = 1'];
    const parameters: Record<string, unknown> = {};
    if (filter.underId != null) {
      conditions.push('t.community_id IN (SELECT u.descendant_id FROM organization_closure u WHERE u.ancestor_id = :under)');
      parameters.under = filter.underId;
    }
    if (filter.nameContains) {
      conditions.push("LOWER(t.name) LIKE :name ESCAPE '\\'");
      parameters.name = containsPattern(filter.nameContains);
    }
    for (const [index, gridFunction] of (filter.functions ?? []).entries()) {
      // Stored as a sorted comma list; match a whole item.
      conditions.push(`(',' || t.functions || ',') LIKE :function${index}`);
      parameters[`function${index}`] = `%,${gridFunction},%`;
    }
    return queryPage(this.db.manager, Grid, window, { from: 'grids t', where: conditions.join(' AND '), orderBy: 't.code, t.id', parameters });
  }
}
