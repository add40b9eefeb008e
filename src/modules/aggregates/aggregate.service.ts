import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database.js';
import { queryRows } from '../../db/rows.js';
import type { AggregateDefinition } from './aggregate-definition.js';

export interface Groups<GroupBy extends string> {
  totalCount: number;
  /** Each group's values of the chosen dimensions (raw, as the driver returns them) and its count, largest first. */
  groups: { values: Partial<Record<GroupBy, unknown>>; count: number }[];
}

/**
 * Counts the rows of a definition that meet a filter, grouped by the chosen dimensions, largest group
 * first: one statement, whatever the number of rows or groups. With no dimension it is one group of
 * everything. A dimension chosen twice counts once.
 */
export async function countGroups<GroupBy extends string, Filter>(
  manager: EntityManager,
  definition: AggregateDefinition<GroupBy, Filter>,
  groupBy: readonly GroupBy[],
  filter: Filter,
): Promise<Groups<GroupBy>> {
  const names = [...new Set(groupBy)];
  const where = definition.conditions(filter);
  const selected = names.map((name, index) => `${definition.dimensions[name]} AS "d${index}"`);
  const grouped = names.map((name) => definition.dimensions[name]);
  const rows = await queryRows(
    manager,
    `SELECT ${[...selected, 'COUNT(*) AS "count__"'].join(', ')} FROM ${definition.from} WHERE ${where.where}
     ${grouped.length ? `GROUP BY ${grouped.join(', ')}` : ''}
     ORDER BY "count__" DESC${names.map((_, index) => `, "d${index}"`).join('')}`,
    where.parameters,
  );
  const groups = rows
    .map((row) => ({ values: Object.fromEntries(names.map((name, index) => [name, row[`d${index}`] ?? null])) as Partial<Record<GroupBy, unknown>>, count: Number(row.count__) }))
    .filter((group) => group.count > 0);
  return { totalCount: groups.reduce((sum, group) => sum + group.count, 0), groups };
}

/** Counts for dashboards, through each module's aggregate definition. */
export class AggregateService {
  constructor(private readonly db: Database) {}

  count<GroupBy extends string, Filter>(definition: AggregateDefinition<GroupBy, Filter>, groupBy: readonly GroupBy[], filter: Filter): Promise<Groups<GroupBy>> {
    return countGroups(this.db.manager, definition, groupBy, filter);
  }
}
