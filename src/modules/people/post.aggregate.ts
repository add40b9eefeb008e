import { Conditions } from '../../db/conditions.js';
import type { AggregateDefinition } from '../aggregates/aggregate-definition.js';
import type { PostGroupBy } from '../aggregates/aggregate.types.js';
import type { OrganizationKind } from '../organizations/organization.kinds.js';
import type { PostRole } from './post.kinds.js';

/** Which posts to count; each condition left out adds none. */
export interface PostFilter {
  roles?: PostRole[] | null;
  /** Posts in organizations of these kinds. */
  organizationKinds?: OrganizationKind[] | null;
  /** Database id of a subtree root: posts in it or below it. */
  underId?: number | null;
  /** The caller's jurisdiction: a subtree root, or null for everything. */
  scopeRootId?: number | null;
  /** Posts held on this date. */
  activeAt?: string | null;
}

/** Posts counted by role or by the kind of their organization. Counts name nobody, so they need no personal-data right. */
export const postAggregate: AggregateDefinition<PostGroupBy, PostFilter> = {
  from: 'posts t JOIN organizations post_organization ON post_organization.id = t.organization_id',
  dimensions: { ROLE: 't.role', ORGANIZATION_KIND: 'post_organization.kind' },
  conditions: (filter) =>
    new Conditions()
      .in('t.role', filter.roles)
      .in('post_organization.kind', filter.organizationKinds)
      .inSubtree('t.organization_id', filter.underId)
      .inSubtree('t.organization_id', filter.scopeRootId)
      .activeAt('t.start_date', 't.end_date', filter.activeAt),
};
