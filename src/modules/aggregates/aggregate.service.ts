import type { EntityManager } from 'typeorm';
import type { Conditions } from '../../db/conditions.js';
import { queryRows } from '../../db/rows.js';

export interface Groups {
  totalCount: number;
  groups: { values: Record<string, unknown>; count: number }[];
}

/**
 * Counts the rows of `from` that meet `where`, grouped by the chosen dimensions (SQL expressions by
 * name), largest group first: one statement, whatever the number of rows or groups. With no dimension
 * it is one group of everything.
 */
export async function countGroups(manager: EntityManager, query: { from: string; where: Conditions; dimensions: Record<string, string> }): Promise<Groups> {
  const names = Object.keys(query.dimensions);
  const selected = names.map((name, index) => `${query.dimensions[name]} AS "d${index}"`);
  const grouped = names.map((name) => query.dimensions[name]);
  const rows = await queryRows(
    manager,
    `SELECT ${[...selected, 'COUNT(*) AS "count__"'].join(', ')} FROM ${query.from} WHERE ${query.where.where}
     ${grouped.length ? `GROUP BY ${grouped.join(', ')}` : ''}
     ORDER BY "count__" DESC${names.map((_, index) => `, "d${index}"`).join('')}`,
    query.where.parameters,
  );
  const groups = rows
    .map((row) => ({ values: Object.fromEntries(names.map((name, index) => [name, row[`d${index}`] ?? null])), count: Number(row.count__) }))
    .filter((group) => group.count > 0);
  return { totalCount: groups.reduce((sum, group) => sum + group.count, 0), groups };
}
