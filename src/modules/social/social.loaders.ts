import DataLoader from 'dataloader';
import { loaderOptions, loaderFamily, observedBatch } from '../../db/loader-family.js';
import { emptyPage, queryEntitiesUnordered, queryPartitionedPages, queryRows } from '../../db/rows.js';
import { byKey, groupByKey } from '../../lib/group-by.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import type { LoaderScope } from '../contract.js';
import { Activity } from './activity.entity.js';
import { MemberReport } from './member-report.entity.js';
import { Need } from './need.entity.js';
import { Participation } from './participation.entity.js';
import { activityConditions, participationConditions } from './social.conditions.js';
import type { ActivityKind, ParticipationRole } from './social.kinds.js';

export interface ParticipationsArgs {
  window: PageWindow;
  roles: ParticipationRole[] | null;
  from: string | null;
  to: string | null;
}

export interface OrganizationActivitiesArgs {
  window: PageWindow;
  kinds: ActivityKind[] | null;
  from: string | null;
  to: string | null;
}

/** Per-request loaders for the social forces: one statement per batch each. */
export function createSocialLoaders(scope: LoaderScope) {
  const { manager } = scope;
  const byIds = <T extends { databaseId: number }>(name: string, entity: new () => T, table: string) =>
    new DataLoader<number, T | null>(observedBatch(scope, name, async (ids) => byKey(ids, await queryEntitiesUnordered(manager, entity, `SELECT t.* FROM ${table} t WHERE t.id IN (:...ids)`, { ids }), (row) => row.databaseId)), loaderOptions(manager));
  const byCodes = <T extends { code: string }>(name: string, entity: new () => T, table: string) =>
    new DataLoader<string, T | null>(observedBatch(scope, name, async (codes) => byKey(codes, await queryEntitiesUnordered(manager, entity, `SELECT t.* FROM ${table} t WHERE t.code IN (:...codes)`, { codes }), (row) => row.code)), loaderOptions(manager));

  const needById = byIds('social.needById', Need, 'needs');
  const needByCode = byCodes('social.needByCode', Need, 'needs');
  const activityById = byIds('social.activityById', Activity, 'activities');
  const activityByCode = byCodes('social.activityByCode', Activity, 'activities');
  const participationById = byIds('social.participationById', Participation, 'participations');
  const memberReportById = byIds('social.memberReportById', MemberReport, 'member_reports');

  /** The partner organization ids of each activity, in id order. */
  const partnersOf = new DataLoader<number, number[]>(
    observedBatch(scope, 'social.partnersOf', async (activityIds) => {
      const rows = await queryRows(manager, 'SELECT activity_id, organization_id FROM activity_partners WHERE activity_id IN (:...activityIds) ORDER BY organization_id', { activityIds });
      return groupByKey(activityIds, rows.map((row) => ({ activityId: Number(row.activity_id), organizationId: Number(row.organization_id) })), (row) => row.activityId).map((list) => list.map((row) => row.organizationId));
    }),
    loaderOptions(manager),
  );

  /** A page of each activity's participations, by code. */
  const participationsOfActivity = loaderFamily((args: ParticipationsArgs) =>
    new DataLoader<number, Page<Participation>>(observedBatch(scope, 'social.participationsOfActivity', async (activityIds) => {
      const where = participationConditions({ roles: args.roles, from: null, to: null, scopeRootId: null }).in('t.activity_id', activityIds);
      const pages = await queryPartitionedPages(manager, Participation, args.window, { from: 'participations t', partitionBy: 't.activity_id', where, orderBy: 't.code, t.id' });
      return activityIds.map((id) => pages.get(String(id)) ?? emptyPage(args.window));
    }), loaderOptions(manager)),
  );

  /** A page of each person's participations, by day: within a jurisdiction, those of its activities or its organizations. */
  const participationsOfPerson = loaderFamily((args: ParticipationsArgs) =>
    new DataLoader<number, Page<Participation>>(observedBatch(scope, 'social.participationsOfPerson', async (personIds) => {
      const where = participationConditions({ roles: args.roles, from: args.from, to: args.to, scopeRootId: scope.scopeRootId }).in('t.person_id', personIds);
      const pages = await queryPartitionedPages(manager, Participation, args.window, { from: 'participations t', partitionBy: 't.person_id', where, orderBy: 't.day, t.id' });
      return personIds.map((id) => pages.get(String(id)) ?? emptyPage(args.window));
    }), loaderOptions(manager)),
  );

  /** A page of the activities each organization organised or partnered in, by start. */
  const activitiesOfOrganization = loaderFamily((args: OrganizationActivitiesArgs) =>
    new DataLoader<number, Page<Activity>>(observedBatch(scope, 'social.activitiesOfOrganization', async (organizationIds) => {
      const where = activityConditions({ kinds: args.kinds, from: args.from, to: args.to, scopeRootId: scope.scopeRootId });
      const pages = await queryPartitionedPages(manager, Activity, args.window, {
        from: `(SELECT a.*, a.organiser_id AS member__ FROM activities a WHERE a.organiser_id IN (:...organizationIds)
                UNION ALL SELECT a.*, p.organization_id AS member__ FROM activities a JOIN activity_partners p ON p.activity_id = a.id WHERE p.organization_id IN (:...organizationIds)) t`,
        partitionBy: 't.member__',
        where,
        orderBy: 't.starts_at, t.id',
        parameters: { organizationIds },
      });
      return organizationIds.map((id) => pages.get(String(id)) ?? emptyPage(args.window));
    }), loaderOptions(manager)),
  );

  return { needById, needByCode, activityById, activityByCode, participationById, memberReportById, partnersOf, participationsOfActivity, participationsOfPerson, activitiesOfOrganization };
}

export type SocialLoaders = ReturnType<typeof createSocialLoaders>;
