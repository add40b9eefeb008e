import type { AggregateDefinition } from '../aggregates/aggregate-definition.js';
import type { OrganizationGroupBy } from '../aggregates/aggregate.types.js';
import { organizationConditions, type OrganizationFilter } from './organization.service.js';

/** Organizations counted by kind, sector, parent, depth or status, under the same filter as the list. */
export const organizationAggregate: AggregateDefinition<OrganizationGroupBy, OrganizationFilter> = {
  from: 'organizations t',
  dimensions: { KIND: 't.kind', SECTOR: 't.sector', PARENT: 't.parent_id', DEPTH: 't.depth', STATUS: 't.status' },
  conditions: organizationConditions,
};
