import DataLoader from 'dataloader';
import { Conditions } from '../../db/conditions.js';
import { loaderOptions, loaderFamily, observedBatch } from '../../db/loader-family.js';
import { emptyPage, queryEntitiesUnordered, queryPartitionedPages, queryRows } from '../../db/rows.js';
import { today } from '../../lib/clock.js';
import { byKey, groupByKey } from '../../lib/group-by.js';
import { inForceOnSql } from '../../lib/period.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import type { LoaderScope } from '../contract.js';
import { Link } from '../links/link.entity.js';
import { LinkKind } from '../links/link.kinds.js';
import { OPEN_COLUMNS, useConditions } from './resource.conditions.js';
import { Resource } from './resource.entity.js';
import { resourceOrderSql, type ResourceKind, type ResourceOrder, type ResourceStatus } from './resource.kinds.js';
import { ResourceUse } from './resource-use.entity.js';
import type { ResourceUseStatus } from './resource-use.transitions.js';

export interface OrganizationResourcesArgs {
  window: PageWindow;
  kinds: ResourceKind[] | null;
  statuses: ResourceStatus[] | null;
  availableAt: string | null;
  order: ResourceOrder;
}

export interface SharedResourcesArgs extends OrganizationResourcesArgs {
  /** Links in force on this date. */
  sharedOn: string;
}

export interface ResourceUsesArgs {
  window: PageWindow;
  statuses: ResourceUseStatus[] | null;
  from: string | null;
  to: string | null;
  userId: number | null;
}

function resourceFilters(args: OrganizationResourcesArgs, conditions: Conditions): Conditions {
  conditions.in('t.kind', args.kinds).in('t.status', args.statuses);
  if (args.availableAt) {
    const weekday = (new Date(`${args.availableAt}T00:00:00Z`).getUTCDay() + 6) % 7;
    conditions.add(() => `t.status = 'ACTIVE' AND t.${OPEN_COLUMNS[weekday]} > 0`);
  }
  return conditions;
}

/** Per-request loaders for resources and their uses: one statement per batch each. */
export function createResourceLoaders(scope: LoaderScope) {
  const { manager } = scope;
  const byIds = <T extends { databaseId: number }>(name: string, entity: new () => T, table: string) =>
    new DataLoader<number, T | null>(observedBatch(scope, name, async (ids) => byKey(ids, await queryEntitiesUnordered(manager, entity, `SELECT t.* FROM ${table} t WHERE t.id IN (:...ids)`, { ids }), (row) => row.databaseId)), loaderOptions(manager));
  const byCodes = <T extends { code: string }>(name: string, entity: new () => T, table: string) =>
    new DataLoader<string, T | null>(observedBatch(scope, name, async (codes) => byKey(codes, await queryEntitiesUnordered(manager, entity, `SELECT t.* FROM ${table} t WHERE t.code IN (:...codes)`, { codes }), (row) => row.code)), loaderOptions(manager));

  const resourceById = byIds('resources.resourceById', Resource, 'resources');
  const resourceByCode = byCodes('resources.resourceByCode', Resource, 'resources');
  const useById = byIds('resources.useById', ResourceUse, 'resource_uses');
  const useByCode = byCodes('resources.useByCode', ResourceUse, 'resource_uses');

  /** A page of the resources each organization owns. */
  const resourcesOfOwner = loaderFamily((args: OrganizationResourcesArgs) =>
    new DataLoader<number, Page<Resource>>(observedBatch(scope, 'resources.resourcesOfOwner', async (ownerIds) => {
      const pages = await queryPartitionedPages(manager, Resource, args.window, { from: 'resources t', partitionBy: 't.owner_id', where: resourceFilters(args, new Conditions().in('t.owner_id', ownerIds)), orderBy: resourceOrderSql(args.order) });
      return ownerIds.map((id) => pages.get(String(id)) ?? emptyPage(args.window));
    }), loaderOptions(manager)),
  );

  /** A page of the resources others share with each organization: their owner has a RESOURCE_SHARING link to it in force on the date. */
  const resourcesSharedWith = loaderFamily((args: SharedResourcesArgs) =>
    new DataLoader<number, Page<Resource>>(observedBatch(scope, 'resources.resourcesSharedWith', async (organizationIds) => {
      const pages = await queryPartitionedPages(manager, Resource, args.window, {
        from: `(SELECT DISTINCT r.*, s.target_id AS shared_with FROM resources r JOIN links s ON s.source_id = r.owner_id
                 WHERE s.kind = '${LinkKind.RESOURCE_SHARING}' AND s.status <> 'SUSPENDED' AND ${inForceOnSql('s.since', 's.until', ':sharedOn')} AND s.target_id IN (:...organizationIds)) t`,
        partitionBy: 't.shared_with',
        where: resourceFilters(args, new Conditions()),
        orderBy: resourceOrderSql(args.order),
        parameters: { organizationIds, sharedOn: args.sharedOn },
      });
      return organizationIds.map((id) => pages.get(String(id)) ?? emptyPage(args.window));
    }), loaderOptions(manager)),
  );

  /** A page of each resource's uses, by start; within a jurisdiction, only the uses by its organizations or of resources they own. */
  const usesOfResource = loaderFamily((args: ResourceUsesArgs) =>
    new DataLoader<number, Page<ResourceUse>>(observedBatch(scope, 'resources.usesOfResource', async (resourceIds) => {
      const where = useConditions({ statuses: args.statuses, from: args.from, to: args.to, userId: args.userId, scopeRootId: scope.scopeRootId }).in('t.resource_id', resourceIds);
      const pages = await queryPartitionedPages(manager, ResourceUse, args.window, { from: 'resource_uses t', partitionBy: 't.resource_id', where, orderBy: 't.starts_at, t.id' });
      return resourceIds.map((id) => pages.get(String(id)) ?? emptyPage(args.window));
    }), loaderOptions(manager)),
  );

  /** The RESOURCE_SHARING links from each owner, in force on a date (any date when null), by code. */
  const sharingLinksOf = loaderFamily((activeAt: string | null) =>
    new DataLoader<number, Link[]>(observedBatch(scope, 'resources.sharingLinksOf', async (ownerIds) => {
      const where = new Conditions().in('t.source_id', ownerIds).equals('t.kind', LinkKind.RESOURCE_SHARING).activeAt('t.since', 't.until', activeAt);
      if (activeAt) where.add(() => "t.status <> 'SUSPENDED'");
      const rows = await queryEntitiesUnordered(manager, Link, `SELECT t.* FROM links t WHERE ${where.where}`, where.parameters);
      rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
      return groupByKey(ownerIds, rows, (row) => row.sourceId);
    }), loaderOptions(manager)),
  );

  /**
   * For a scoped request: whether each owner shares its resources into the jurisdiction today (a
   * RESOURCE_SHARING link in force to an organization of the subtree). Every owner, without a scope.
   */
  const sharesIntoScope = new DataLoader<number, boolean>(
    observedBatch(scope, 'resources.sharesIntoScope', async (ownerIds) => {
      if (scope.scopeRootId === null) return ownerIds.map(() => true);
      const rows = await queryRows(
        manager,
        `SELECT DISTINCT s.source_id FROM links s JOIN organization_closure c ON c.descendant_id = s.target_id AND c.ancestor_id = :root
         WHERE s.kind = '${LinkKind.RESOURCE_SHARING}' AND s.status <> 'SUSPENDED' AND ${inForceOnSql('s.since', 's.until', ':today')} AND s.source_id IN (:...ownerIds)`,
        { root: scope.scopeRootId, today: today(), ownerIds },
      );
      const sharing = new Set(rows.map((row) => Number(row.source_id)));
      return ownerIds.map((id) => sharing.has(id));
    }),
    loaderOptions(manager),
  );

  return { resourceById, resourceByCode, useById, useByCode, resourcesOfOwner, resourcesSharedWith, usesOfResource, sharingLinksOf, sharesIntoScope };
}

export type ResourceLoaders = ReturnType<typeof createResourceLoaders>;
