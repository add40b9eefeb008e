import { Conditions } from '../../db/conditions.js';
import type { ActivityKind, NeedKind, ParticipationRole } from './social.kinds.js';
import type { NeedStatus } from './need.transitions.js';

export interface NeedFilter {
  kinds?: NeedKind[] | null;
  statuses?: NeedStatus[] | null;
  /** Needs raised in a community of this subtree. */
  underId?: number | null;
  gridId?: number | null;
  /** Needs claimed by this organization, or by this person. */
  claimerOrganizationId?: number | null;
  claimerPersonId?: number | null;
  /** Raised in [raisedFrom, raisedTo) (dates, UTC). */
  raisedFrom?: string | null;
  raisedTo?: string | null;
  /** The caller's jurisdiction: needs raised in a community of its subtree. */
  scopeRootId?: number | null;
}

/** The WHERE clause of a need filter over `needs t`. */
export function needConditions(filter: NeedFilter): Conditions {
  const conditions = new Conditions()
    .in('t.kind', filter.kinds)
    .in('t.status', filter.statuses)
    .inSubtree('t.community_id', filter.underId)
    .equals('t.grid_id', filter.gridId)
    .equals('t.claimer_organization_id', filter.claimerOrganizationId)
    .equals('t.claimer_person_id', filter.claimerPersonId)
    .inSubtree('t.community_id', filter.scopeRootId);
  if (filter.raisedFrom) conditions.add((parameter) => `t.raised_at >= ${parameter(`${filter.raisedFrom}T00:00:00.000Z`)}`);
  if (filter.raisedTo) conditions.add((parameter) => `t.raised_at < ${parameter(`${filter.raisedTo}T00:00:00.000Z`)}`);
  return conditions;
}

const inside = (root: string) => `SELECT u.descendant_id FROM organization_closure u WHERE u.ancestor_id = ${root}`;

/** An activity of alias `alias` is within the jurisdiction rooted at `root`: in one of its communities, or organised by one of its organizations. */
export function scopeOfActivities(alias: string, root: string): string {
  return `(${alias}.community_id IN (${inside(root)}) OR ${alias}.organiser_id IN (${inside(root)}))`;
}

/** A participation of alias `alias` is within the jurisdiction rooted at `root`: its activity is, or it counts for or was verified by one of its organizations. */
export function scopeOfParticipations(alias: string, root: string): string {
  return `(${alias}.on_behalf_of_id IN (${inside(root)}) OR ${alias}.verified_by_id IN (${inside(root)}) OR ${alias}.activity_id IN (SELECT sa.id FROM activities sa WHERE ${scopeOfActivities('sa', root)}))`;
}

export interface ActivityFilter {
  kinds?: ActivityKind[] | null;
  underId?: number | null;
  gridId?: number | null;
  organiserId?: number | null;
  /** Organised by this organization or with it as a partner. */
  organizationId?: number | null;
  needId?: number | null;
  /** Overlapping [from, to) (dates, UTC). */
  from?: string | null;
  to?: string | null;
  scopeRootId?: number | null;
}

/** The WHERE clause of an activity filter over `activities t`. */
export function activityConditions(filter: ActivityFilter): Conditions {
  const conditions = new Conditions().in('t.kind', filter.kinds).inSubtree('t.community_id', filter.underId).equals('t.grid_id', filter.gridId).equals('t.organiser_id', filter.organiserId).equals('t.need_id', filter.needId);
  if (filter.organizationId != null) conditions.add((parameter) => { const id = parameter(filter.organizationId); return `(t.organiser_id = ${id} OR EXISTS (SELECT 1 FROM activity_partners p WHERE p.activity_id = t.id AND p.organization_id = ${id}))`; });
  if (filter.from) conditions.add((parameter) => `t.ends_at > ${parameter(`${filter.from}T00:00:00.000Z`)}`);
  if (filter.to) conditions.add((parameter) => `t.starts_at < ${parameter(`${filter.to}T00:00:00.000Z`)}`);
  if (filter.scopeRootId != null) conditions.add((parameter) => scopeOfActivities('t', parameter(filter.scopeRootId)));
  return conditions;
}

export interface ParticipationFilter {
  from?: string | null;
  to?: string | null;
  roles?: ParticipationRole[] | null;
  scopeRootId?: number | null;
}

/** The WHERE clause of a participation filter over `participations t` (days in [from, to)). */
export function participationConditions(filter: ParticipationFilter): Conditions {
  const conditions = new Conditions().in('t.role', filter.roles);
  if (filter.from) conditions.add((parameter) => `t.day >= ${parameter(filter.from)}`);
  if (filter.to) conditions.add((parameter) => `t.day < ${parameter(filter.to)}`);
  if (filter.scopeRootId != null) conditions.add((parameter) => scopeOfParticipations('t', parameter(filter.scopeRootId)));
  return conditions;
}

export interface MemberReportFilter {
  underId?: number | null;
  homeUnitId?: number | null;
  /** In force on this date. */
  activeAt?: string | null;
  /** The caller's jurisdiction: reports to its communities, or by members of its units. */
  scopeRootId?: number | null;
}

/** The WHERE clause of a member report filter over `member_reports t`. */
export function memberReportConditions(filter: MemberReportFilter): Conditions {
  const conditions = new Conditions().inSubtree('t.community_id', filter.underId).equals('t.home_unit_id', filter.homeUnitId).activeAt('t.since', 't.until', filter.activeAt);
  if (filter.scopeRootId != null) conditions.add((parameter) => { const root = parameter(filter.scopeRootId); return `(t.community_id IN (${inside(root)}) OR t.home_unit_id IN (${inside(root)}))`; });
  return conditions;
}
