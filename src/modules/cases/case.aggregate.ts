import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Dialect } from '../../db/database.js';
import type { AggregateDefinition } from '../aggregates/aggregate-definition.js';
import { Grid } from '../grids/grid.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { caseConditions, type CaseFilter } from './case.conditions.js';
import { CaseChannel, CaseUrgency } from './case.kinds.js';
import { CaseStatus } from './case.transitions.js';
import { ServiceCategory } from './service-category.entity.js';

/** What service cases can be counted by. */
export enum CaseGroupBy {
  CATEGORY = 'CATEGORY',
  STATUS = 'STATUS',
  CHANNEL = 'CHANNEL',
  URGENCY = 'URGENCY',
  MONTH = 'MONTH',
  WEEK = 'WEEK',
  GRID = 'GRID',
  COMMUNITY = 'COMMUNITY',
}

registerEnumType(CaseGroupBy, {
  name: 'CaseGroupBy',
  description: 'A dimension to count service cases by.',
  valuesConfig: {
    CATEGORY: { description: 'By category.' },
    STATUS: { description: 'By status.' },
    CHANNEL: { description: 'By channel.' },
    URGENCY: { description: 'By urgency tier.' },
    MONTH: { description: 'By the month of receipt (UTC), as 2026-01.' },
    WEEK: { description: 'By the ISO week of receipt (UTC), as the date of its Monday.' },
    GRID: { description: 'By grid (null for cases without one).' },
    COMMUNITY: { description: 'By community.' },
  },
});

/** The counting of cases (countGroups in aggregates/aggregate.service.ts): dimensions over `service_cases t`, the filter's WHERE at `now`. */
export function caseAggregate(dialect: Dialect, now: string): AggregateDefinition<CaseGroupBy, CaseFilter> {
  return {
    from: 'service_cases t',
    dimensions: {
      CATEGORY: 't.category_id',
      STATUS: 't.status',
      CHANNEL: 't.channel',
      URGENCY: 't.urgency',
      MONTH: 'substr(t.received_at, 1, 7)',
      WEEK:
        dialect === 'postgres'
          ? "to_char(date_trunc('week', CAST(substr(t.received_at, 1, 10) AS date)), 'YYYY-MM-DD')"
          : "date(substr(t.received_at, 1, 10), 'weekday 0', '-6 days')",
      GRID: 't.grid_id',
      COMMUNITY: 't.community_id',
    },
    conditions: (filter) => caseConditions(filter, now),
  };
}

@ObjectType('CaseGroupKey', { simpleResolvers: true, description: 'The values of the chosen dimensions shared by a group; dimensions not chosen are null.' })
export class CaseGroupKey {
  categoryId!: number | null;
  gridId!: number | null;
  communityId!: number | null;

  @Field(() => ServiceCategory, { nullable: true, description: 'The category, when grouping by CATEGORY.' })
  category?: ServiceCategory | null;

  @Field(() => CaseStatus, { nullable: true, description: 'The status, when grouping by STATUS.' })
  status!: CaseStatus | null;

  @Field(() => CaseChannel, { nullable: true, description: 'The channel, when grouping by CHANNEL.' })
  channel!: CaseChannel | null;

  @Field(() => CaseUrgency, { nullable: true, description: 'The urgency tier, when grouping by URGENCY.' })
  urgency!: CaseUrgency | null;

  @Field(() => String, { nullable: true, description: 'The month of receipt (2026-01), when grouping by MONTH.' })
  month!: string | null;

  @Field(() => String, { nullable: true, description: "The Monday of the week of receipt (2026-01-05), when grouping by WEEK." })
  week!: string | null;

  @Field(() => Grid, { nullable: true, description: 'The grid, when grouping by GRID (null for cases without one, or outside your jurisdiction).' })
  grid?: Grid | null;

  @Field(() => Organization, { nullable: true, description: 'The community, when grouping by COMMUNITY.' })
  community?: Organization | null;
}

@ObjectType('CaseGroup', { simpleResolvers: true, description: 'Service cases sharing the values of the chosen dimensions, counted.' })
export class CaseGroup {
  @Field(() => CaseGroupKey, { description: 'The values the group shares.' })
  key!: CaseGroupKey;

  @Field(() => Int, { description: 'How many cases the group has.' })
  count!: number;
}

@ObjectType('CaseAggregate', { simpleResolvers: true, description: 'Service cases matching a filter, counted in groups.' })
export class CaseAggregate {
  @Field(() => Int, { description: 'How many cases match the filter.' })
  totalCount!: number;

  @Field(() => [CaseGroup], { description: 'The groups, largest first.' })
  groups!: CaseGroup[];
}
