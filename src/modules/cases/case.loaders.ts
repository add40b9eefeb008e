import DataLoader from 'dataloader';
import { Conditions } from '../../db/conditions.js';
import { loaderOptions, loaderFamily, observedBatch } from '../../db/loader-family.js';
import { emptyPage, queryEntitiesUnordered, queryPartitionedPages, queryRows } from '../../db/rows.js';
import { byKey, groupByKey } from '../../lib/group-by.js';
import { UnreachableCaseError } from '../../lib/invariant.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import type { LoaderScope } from '../contract.js';
import { CaseEvent } from './case-event.entity.js';
import { caseOrderSql, type CaseOrder } from './case.conditions.js';
import type { CaseEventKind, CaseStatus } from './case.transitions.js';
import { ServiceCase } from './service-case.entity.js';
import { ServiceCategory } from './service-category.entity.js';
import { Whistle, WhistleSummons } from './whistle.entity.js';

/** Which of an organization's cases: those it handles now, those located under it, or both. */
export enum OrganizationCaseRole {
  HANDLED = 'HANDLED',
  LOCATED = 'LOCATED',
  EITHER = 'EITHER',
}

export interface CaseListArgs {
  window: PageWindow;
  statuses: CaseStatus[] | null;
  order: CaseOrder;
}

export interface OrganizationCasesArgs extends CaseListArgs {
  role: OrganizationCaseRole;
}

export interface CaseEventsArgs {
  window: PageWindow;
  kinds: CaseEventKind[] | null;
}

/** The cases of each organization as one derived table `t` with `t.owner_id`, for one partitioned statement. */
function casesOfOrganizations(role: OrganizationCaseRole): string {
  const handled = 'SELECT h.*, h.current_handler_id AS owner_id FROM service_cases h WHERE h.current_handler_id IN (:...organizationIds)';
  // The community of the case is the organization or lies below it (the closure includes depth 0).
  const located = 'SELECT h.*, c.ancestor_id AS owner_id FROM organization_closure c JOIN service_cases h ON h.community_id = c.descendant_id WHERE c.ancestor_id IN (:...organizationIds)';
  switch (role) {
    case OrganizationCaseRole.HANDLED:
      return `(${handled}) t`;
    case OrganizationCaseRole.LOCATED:
      return `(${located}) t`;
    case OrganizationCaseRole.EITHER:
      // UNION, not UNION ALL: a case handled by the organization and located under it counts once.
      return `(${handled} UNION ${located}) t`;
    default:
      throw new UnreachableCaseError(role);
  }
}

/** Per-request loaders for cases, their events, categories and whistles: one statement per batch each. */
export function createCaseLoaders(scope: LoaderScope) {
  const { manager } = scope;
  const byIds = <T extends object>(name: string, entity: new () => T, table: string, keyOf: (row: T) => number) =>
    new DataLoader<number, T | null>(observedBatch(scope, name, async (ids) => byKey(ids, await queryEntitiesUnordered(manager, entity, `SELECT t.* FROM ${table} t WHERE t.id IN (:...ids)`, { ids }), keyOf)), loaderOptions(manager));
  const byCodes = <T extends { code: string }>(name: string, entity: new () => T, table: string) =>
    new DataLoader<string, T | null>(observedBatch(scope, name, async (codes) => byKey(codes, await queryEntitiesUnordered(manager, entity, `SELECT t.* FROM ${table} t WHERE t.code IN (:...codes)`, { codes }), (row) => row.code)), loaderOptions(manager));

  const caseById = byIds('cases.caseById', ServiceCase, 'service_cases', (row) => row.databaseId);
  const caseByCode = byCodes('cases.caseByCode', ServiceCase, 'service_cases');
  const categoryById = byIds('cases.categoryById', ServiceCategory, 'service_categories', (row) => row.databaseId);
  const categoryByCode = byCodes('cases.categoryByCode', ServiceCategory, 'service_categories');
  const whistleById = byIds('cases.whistleById', Whistle, 'whistles', (row) => row.databaseId);
  const whistleByCode = byCodes('cases.whistleByCode', Whistle, 'whistles');
  const summonsById = byIds('cases.summonsById', WhistleSummons, 'whistle_summons', (row) => row.databaseId);

  /** A page of each case's events, in order. */
  const eventsOfCase = loaderFamily((args: CaseEventsArgs) =>
    new DataLoader<number, Page<CaseEvent>>(observedBatch(scope, 'cases.eventsOfCase', async (caseIds) => {
      const pages = await queryPartitionedPages(manager, CaseEvent, args.window, {
        from: 'case_events t',
        partitionBy: 't.case_id',
        where: new Conditions().in('t.case_id', caseIds).in('t.kind', args.kinds),
        orderBy: 't.seq',
      });
      return caseIds.map((id) => pages.get(String(id)) ?? emptyPage(args.window));
    }), loaderOptions(manager)),
  );

  /** Every event of each case, in order (a case has a handful): for its path. */
  const allEventsOfCase = new DataLoader<number, CaseEvent[]>(observedBatch(scope, 'cases.allEventsOfCase', async (caseIds) => {
    const rows = await queryEntitiesUnordered(manager, CaseEvent, 'SELECT t.* FROM case_events t WHERE t.case_id IN (:...caseIds)', { caseIds });
    rows.sort((a, b) => a.seq - b.seq);
    return groupByKey(caseIds, rows, (row) => row.caseId);
  }), loaderOptions(manager));

  const casesOfOrganization = loaderFamily((args: OrganizationCasesArgs) =>
    new DataLoader<number, Page<ServiceCase>>(observedBatch(scope, 'cases.casesOfOrganization', async (organizationIds) => {
      const pages = await queryPartitionedPages(manager, ServiceCase, args.window, {
        from: casesOfOrganizations(args.role),
        partitionBy: 't.owner_id',
        where: new Conditions().in('t.status', args.statuses),
        orderBy: caseOrderSql(args.order),
        parameters: { organizationIds },
      });
      return organizationIds.map((id) => pages.get(String(id)) ?? emptyPage(args.window));
    }), loaderOptions(manager)),
  );

  const casesOfGrid = loaderFamily((args: CaseListArgs) =>
    new DataLoader<number, Page<ServiceCase>>(observedBatch(scope, 'cases.casesOfGrid', async (gridIds) => {
      const pages = await queryPartitionedPages(manager, ServiceCase, args.window, {
        from: 'service_cases t',
        partitionBy: 't.grid_id',
        where: new Conditions().in('t.grid_id', gridIds).in('t.status', args.statuses),
        orderBy: caseOrderSql(args.order),
      });
      return gridIds.map((id) => pages.get(String(id)) ?? emptyPage(args.window));
    }), loaderOptions(manager)),
  );

  /** The cases a whistle covers, by code. */
  const casesOfWhistle = new DataLoader<number, ServiceCase[]>(observedBatch(scope, 'cases.casesOfWhistle', async (whistleIds) => {
    const rows = await queryRows(manager, 'SELECT w.whistle_id, w.case_id FROM whistle_cases w WHERE w.whistle_id IN (:...whistleIds)', { whistleIds });
    const cases = await caseById.loadMany(rows.map((row) => Number(row.case_id)));
    const pairs = rows.map((row, index) => ({ whistleId: Number(row.whistle_id), serviceCase: cases[index] as ServiceCase }));
    return groupByKey(whistleIds, pairs, (pair) => pair.whistleId).map((group) => group.map((pair) => pair.serviceCase).sort((a, b) => (a.code < b.code ? -1 : 1)));
  }), loaderOptions(manager));

  /** The whistles blown on each case, oldest first. */
  const whistlesOfCase = new DataLoader<number, Whistle[]>(observedBatch(scope, 'cases.whistlesOfCase', async (caseIds) => {
    const rows = await queryRows(manager, 'SELECT w.case_id, w.whistle_id FROM whistle_cases w WHERE w.case_id IN (:...caseIds)', { caseIds });
    const whistles = await whistleById.loadMany(rows.map((row) => Number(row.whistle_id)));
    const pairs = rows.map((row, index) => ({ caseId: Number(row.case_id), whistle: whistles[index] as Whistle }));
    return groupByKey(caseIds, pairs, (pair) => pair.caseId).map((group) => group.map((pair) => pair.whistle).sort((a, b) => (a.blownAt < b.blownAt ? -1 : a.blownAt > b.blownAt ? 1 : a.databaseId - b.databaseId)));
  }), loaderOptions(manager));

  /** The units each whistle summoned, by id. */
  const summonsOfWhistle = new DataLoader<number, WhistleSummons[]>(observedBatch(scope, 'cases.summonsOfWhistle', async (whistleIds) => {
    const rows = await queryEntitiesUnordered(manager, WhistleSummons, 'SELECT t.* FROM whistle_summons t WHERE t.whistle_id IN (:...whistleIds)', { whistleIds });
    rows.sort((a, b) => a.databaseId - b.databaseId);
    return groupByKey(whistleIds, rows, (row) => row.whistleId);
  }), loaderOptions(manager));

  return { caseById, caseByCode, categoryById, categoryByCode, whistleById, whistleByCode, summonsById, eventsOfCase, allEventsOfCase, casesOfOrganization, casesOfGrid, casesOfWhistle, whistlesOfCase, summonsOfWhistle };
}

export type CaseLoaders = ReturnType<typeof createCaseLoaders>;
