import type { AggregateDefinition } from '../aggregates/aggregate-definition.js';
import type { LinkGroupBy } from '../aggregates/aggregate.types.js';
import { linkConditions, type LinkFilter } from './link.conditions.js';

/** Links counted by kind, status or the sectors of their ends, under the same filter as the list. */
export const linkAggregate: AggregateDefinition<LinkGroupBy, LinkFilter> = {
  from: 'links t JOIN organizations source_organization ON source_organization.id = t.source_id JOIN organizations target_organization ON target_organization.id = t.target_id',
  dimensions: { KIND: 't.kind', STATUS: 't.status', SOURCE_SECTOR: 'source_organization.sector', TARGET_SECTOR: 'target_organization.sector' },
  conditions: linkConditions,
};
