import type { Conditions } from '../../db/conditions.js';

/**
 * What a module's rows can be counted by, for the generic counter (countGroups in aggregate.service.ts):
 * each module that offers an aggregate exports one, in `<noun>.aggregate.ts`, beside its SQL.
 */
export interface AggregateDefinition<GroupBy extends string, Filter> {
  /** The FROM clause with its joins; the counted table is aliased `t`. */
  from: string;
  /** The SQL expression, over `from`, of each dimension the rows can be grouped by. */
  dimensions: Record<GroupBy, string>;
  /** The WHERE clause of a filter (its scope included), over `from`. */
  conditions(filter: Filter): Conditions;
}
