import DataLoader from 'dataloader';
import { Conditions } from '../../db/conditions.js';
import { emptyPage, hydrate, queryEntitiesUnordered, queryPartitionedPages, queryRows } from '../../db/rows.js';
import { byKey, groupByKey } from '../../lib/group-by.js';
import type { LoaderScope } from '../contract.js';
import { entitiesById, loaderOptions, loaderFamily, observedBatch } from '../../db/loader-family.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import { OrganizationKind } from './organization.kinds.js';
import { Organization } from './organization.entity.js';

export interface ChildrenArgs {
  window: PageWindow;
  kinds: OrganizationKind[] | null;
}

export interface DescendantsArgs extends ChildrenArgs {
  maxDepth: number | null;
}

/** Per-request loaders for organizations; every one answers any number of parents in one statement. */
export function createOrganizationLoaders(scope: LoaderScope) {
  const { manager } = scope;
  const organizations = entitiesById(scope, 'organizations.byId', (ids) =>
    queryEntitiesUnordered(manager, Organization, 'SELECT t.* FROM organizations t WHERE t.id IN (:...ids)', { ids }),
  );
  const { loader: byId, remember } = organizations;

  // Each organization found by code comes with its parent, in the same statement: a lookup by code is
  // where a dashboard starts (organization(code:) { parent … }, a breadcrumb), and the parent's row is one
  // more by the primary key. Both prime byId; a parent is still shown only if visible (the resolver's rule).
  const byCode = new DataLoader<string, Organization | null>(observedBatch(scope, 'organizations.byCode', async (codes) => {
    const rows = await queryEntitiesUnordered(
      manager,
      Organization,
      // Not `code IN … OR id IN (parents)`: PostgreSQL plans that as a scan of every organization.
      'SELECT t.* FROM organizations t WHERE t.id IN (SELECT c.id FROM organizations c WHERE c.code IN (:...codes) UNION ALL SELECT c.parent_id FROM organizations c WHERE c.code IN (:...codes))',
      { codes },
    );
    for (const row of rows) remember(row);
    return byKey(codes, rows, (row) => row.code);
  }), loaderOptions(manager));

  /** Ancestors of each organization, root first, from the closure table. */
  const ancestors = new DataLoader<number, Organization[]>(observedBatch(scope, 'organizations.ancestors', async (ids) => {
    const rows = await queryRows(
      manager,
      `SELECT t.*, c.descendant_id AS "descendant__" FROM organization_closure c
       JOIN organizations t ON t.id = c.ancestor_id
       WHERE c.descendant_id IN (:...ids) AND c.depth > 0
       ORDER BY c.descendant_id, c.depth DESC`,
      { ids },
    );
    const owned = rows.map((row) => ({ owner: Number(row.descendant__), organization: hydrate(manager, Organization, row) }));
    return groupByKey(ids, owned, (entry) => entry.owner).map((group) => group.map((entry) => entry.organization));
  }), loaderOptions(manager));

  const children = loaderFamily((args: ChildrenArgs) =>
    new DataLoader<number, Page<Organization>>(observedBatch(scope, 'organizations.children', async (parentIds) => {
      const pages = await queryPartitionedPages(manager, Organization, args.window, {
        from: 'organizations t',
        partitionBy: 't.parent_id',
        where: new Conditions().in('t.parent_id', parentIds).in('t.kind', args.kinds),
        orderBy: 't.code, t.id',
      });
      for (const page of pages.values()) page.rows.forEach(remember);
      return parentIds.map((id) => pages.get(String(id)) ?? emptyPage(args.window));
    }), loaderOptions(manager)),
  );

  const descendants = loaderFamily((args: DescendantsArgs) =>
    new DataLoader<number, Page<Organization>>(observedBatch(scope, 'organizations.descendants', async (rootIds) => {
      const pages = await queryPartitionedPages(manager, Organization, args.window, {
        from: 'organization_closure c JOIN organizations t ON t.id = c.descendant_id',
        partitionBy: 'c.ancestor_id',
        where: new Conditions()
          .in('c.ancestor_id', rootIds)
          .add(() => 'c.depth > 0')
          .add((parameter) => (args.maxDepth === null ? '1 = 1' : `c.depth <= ${parameter(args.maxDepth)}`))
          .in('t.kind', args.kinds),
        orderBy: 'c.depth, t.code, t.id',
      });
      for (const page of pages.values()) page.rows.forEach(remember);
      return rootIds.map((id) => pages.get(String(id)) ?? emptyPage(args.window));
    }), loaderOptions(manager)),
  );

  return {
    byId,
    byCode,
    ancestors,
    children,
    descendants,
    /** The organization when this request has already read it (entitiesById); undefined when it has not. */
    alreadyRead: organizations.alreadyRead,
    /** Primes byId with an organization read with something else (a link's end), and notes it as read. */
    remember,
  };
}

export type OrganizationLoaders = ReturnType<typeof createOrganizationLoaders>;
