import type { EntityManager } from 'typeorm';
import { Conditions } from '../../db/conditions.js';
import type { Database } from '../../db/database.js';
import { queryPage, queryRows } from '../../db/rows.js';
import { differs, updateRowsVersioned } from '../../db/versioned-update.js';
import { ConflictError, NotFoundError } from '../../errors/index.js';
import { nowTimestamp } from '../../lib/clock.js';
import { chunk } from '../../lib/group-by.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import type { OrganizationKind } from '../organizations/organization.kinds.js';
import { Grid, GridFunction } from './grid.entity.js';
import { checkGridBranch, checkGridCommunity } from './grid.rules.js';

export interface GridFilter {
  /** Grids of the communities in this organization's subtree (database id). */
  underId?: number | null;
  nameContains?: string | null;
  /** Grids that integrate every one of these functions. */
  functions?: GridFunction[] | null;
  /** The caller's jurisdiction: grids of the communities in this subtree. */
  scopeRootId?: number | null;
}

/** A grid's values, as the service takes them (ids resolved, fields checked for form). */
export interface GridValues {
  name: string;
  communityId: number;
  branchId: number | null;
  households: number;
  population: number;
  buildings: number;
  gridWorkers: number;
  functions: readonly GridFunction[];
}

export interface NewGrid extends GridValues {
  code: string;
}

/** An existing grid as read in the caller's transaction, with the values it is to have (an import record). */
export interface GridChange extends GridValues {
  current: Grid;
}

/**
 * Grids, under the rules of grid.rules.ts. They are written only by imports so far: the set-based writes
 * take the caller's EntityManager and record no audit entry (the importer records one for the import).
 */
export class GridService {
  constructor(private readonly db: Database) {}

  async list(filter: GridFilter, window: PageWindow): Promise<Page<Grid>> {
    const conditions = new Conditions().inSubtree('t.community_id', filter.underId).inSubtree('t.community_id', filter.scopeRootId).contains('t.name', filter.nameContains);
    for (const gridFunction of filter.functions ?? []) {
      // Stored as a sorted comma list; match a whole item.
      conditions.add((parameter) => `(',' || t.functions || ',') LIKE ${parameter(`%,${gridFunction},%`)}`);
    }
    return queryPage(this.db.manager, Grid, window, { from: 'grids t', where: conditions, orderBy: 't.code, t.id', orderIndexed: true });
  }

  /** Checks every grid against the rules (its community and branch, a free code), then inserts them a few hundred rows per statement. */
  async insertMany(manager: EntityManager, rows: NewGrid[]): Promise<void> {
    await this.checkRules(manager, rows.map((row) => ({ code: row.code, values: row })));
    for (const part of chunk(rows.map((row) => row.code), 500)) {
      const [taken] = await queryRows(manager, 'SELECT code FROM grids WHERE code IN (:...codes)', { codes: part });
      if (taken) throw new ConflictError(`A grid with code "${taken.code}" already exists.`, { field: 'code' });
    }
    const stamp = nowTimestamp();
    const values = rows.map((row) => ({ code: row.code, ...columnsOf(row), version: 1, createdAt: stamp, updatedAt: stamp }));
    for (const part of chunk(values, 200)) await manager.createQueryBuilder().insert().into(Grid).values(part).updateEntity(false).execute();
  }

  /** Brings existing grids to the values given, under the same rules; rows already as given are left alone. Returns the grids it changed. */
  async updateMany(manager: EntityManager, changes: GridChange[]): Promise<Grid[]> {
    await this.checkRules(manager, changes.map((change) => ({ code: change.current.code, values: change })));
    const changed = changes.filter((change) => differs(change.current, columnsOf(change)));
    await updateRowsVersioned(manager, Grid, changed.map((change) => ({ id: change.current.databaseId, changes: columnsOf(change) })));
    return changed.map((change) => change.current);
  }

  private async checkRules(manager: EntityManager, grids: { code: string; values: GridValues }[]): Promise<void> {
    const organizations = new Map<number, { code: string; kind: OrganizationKind }>();
    const ids = new Set(grids.flatMap(({ values }) => (values.branchId === null ? [values.communityId] : [values.communityId, values.branchId])));
    for (const part of chunk([...ids], 500)) {
      for (const row of await queryRows(manager, 'SELECT id, code, kind FROM organizations WHERE id IN (:...ids)', { ids: part })) organizations.set(Number(row.id), { code: String(row.code), kind: row.kind as OrganizationKind });
    }
    const find = (id: number, field: string) => {
      const organization = organizations.get(id);
      if (!organization) throw new NotFoundError(`No organization has the id given in "${field}".`, { field });
      return organization;
    };
    for (const { code, values } of grids) {
      checkGridCommunity(find(values.communityId, 'communityId'), code);
      checkGridBranch(values.branchId === null ? null : find(values.branchId, 'branchId'), code);
    }
  }
}

/** The stored columns of a grid's values: functions as a sorted comma list without repeats. */
function columnsOf(values: GridValues) {
  return {
    name: values.name,
    communityId: values.communityId,
    branchId: values.branchId,
    households: values.households,
    population: values.population,
    buildings: values.buildings,
    gridWorkers: values.gridWorkers,
    functionList: [...new Set(values.functions)].sort().join(','),
  };
}
