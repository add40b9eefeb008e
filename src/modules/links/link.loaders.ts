import DataLoader from 'dataloader';
import { Conditions } from '../../db/conditions.js';
import { emptyPage, queryEntitiesUnordered, queryPartitionedPages } from '../../db/rows.js';
import { byKey } from '../../lib/group-by.js';
import type { LoaderScope } from '../contract.js';
import { loaderOptions, loaderFamily, observedBatch } from '../../db/loader-family.js';
import { UnreachableCaseError } from '../../lib/invariant.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import type { ObjectLiteral } from 'typeorm';
import { Organization } from '../organizations/organization.entity.js';
import { Link } from './link.entity.js';
import { LinkDirection, LinkKind } from './link.kinds.js';

export interface OrganizationLinksArgs {
  window: PageWindow;
  direction: LinkDirection;
  kinds: LinkKind[] | null;
  activeAt: string | null;
  /** Read each link's two ends in the same statement (the query asks for them), priming organizations.byId. */
  withEnds?: boolean;
}

/** The links of each organization as one derived table `t`, with `t.owner_id` naming the organization. */
function linksOfOrganizations(direction: LinkDirection): string {
  const outgoing = 'SELECT l.*, l.source_id AS owner_id FROM links l WHERE l.source_id IN (:...organizationIds)';
  const incoming = 'SELECT l.*, l.target_id AS owner_id FROM links l WHERE l.target_id IN (:...organizationIds)';
  switch (direction) {
    case LinkDirection.OUT:
      return `(${outgoing}) t`;
    case LinkDirection.IN:
      return `(${incoming}) t`;
    case LinkDirection.BOTH:
      return `(${outgoing} UNION ALL ${incoming}) t`;
    default:
      throw new UnreachableCaseError(direction);
  }
}

export function createLinkLoaders(scope: LoaderScope) {
  const { manager } = scope;
  const primeOrganization = (organization: ObjectLiteral) => void scope.loaders.organizations.remember(organization as Organization);
  const byId = new DataLoader<number, Link | null>(observedBatch(scope, 'links.byId', async (ids) => {
    const rows = await queryEntitiesUnordered(manager, Link, 'SELECT t.* FROM links t WHERE t.id IN (:...ids)', { ids });
    return byKey(ids, rows, (row) => row.databaseId);
  }), loaderOptions(manager));

  const ofOrganization = loaderFamily((args: OrganizationLinksArgs) =>
    new DataLoader<number, Page<Link>>(observedBatch(scope, 'links.ofOrganization', async (organizationIds) => {
      const conditions = new Conditions().in('t.kind', args.kinds).activeAt('t.since', 't.until', args.activeAt);
      const pages = await queryPartitionedPages(manager, Link, args.window, {
        from: linksOfOrganizations(args.direction),
        partitionBy: 't.owner_id',
        where: conditions,
        orderBy: 't.kind, t.since, t.id',
        parameters: { organizationIds },
        include: args.withEnds ? (['source_id', 'target_id'] as const).map((column) => ({ entity: Organization, column, found: primeOrganization })) : undefined,
      });
      return organizationIds.map((id) => pages.get(String(id)) ?? emptyPage(args.window));
    }), loaderOptions(manager)),
  );

  return { byId, ofOrganization };
}

export type LinkLoaders = ReturnType<typeof createLinkLoaders>;
