import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database.js';
import { queryEntities, queryPage, queryRows } from '../../db/rows.js';
import { lockVersioned, updateRowsVersioned, updateVersioned, type VersionedChanges } from '../../db/versioned-update.js';
import { Person } from '../people/person.entity.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors/index.js';
import { nowTimestamp } from '../../lib/clock.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import { recordChange } from '../audit/audit.js';
import type { OrganizationKind } from '../organizations/organization.kinds.js';
import { activityConditions, memberReportConditions, needConditions, type ActivityFilter, type MemberReportFilter, type NeedFilter } from './social.conditions.js';
import { Activity, ActivityPartner } from './activity.entity.js';
import { MemberReport } from './member-report.entity.js';
import { Participation } from './participation.entity.js';
import { Need } from './need.entity.js';
import type { ActivityKind, NeedKind, ParticipationRole } from './social.kinds.js';
import { NeedStatus, NeedStep } from './need.transitions.js';
import { checkCommunity, checkNeedStep, checkNeedStepTime } from './social.rules.js';
import { periodStart } from '../cases/case.indicators.js';
import type { RatioValue } from '../indicators/indicators.js';
import { SOCIAL_TREND_FIGURES, SOCIAL_TREND_RATIOS, SocialIndicatorReader, type SocialTrendMeasure, type SocialCounts, type SocialDurations, type SocialQuery } from './social.indicators.js';
import type { Link } from '../links/link.entity.js';

/** A new need, as raiseNeed gives it (ids resolved, fields checked for form). */
export interface NewNeed {
  code?: string | null;
  kind: NeedKind;
  title: string;
  category?: string | null;
  communityId?: number | null;
  gridId?: number | null;
  raisedAt?: string | null;
  householdRef?: string | null;
}

/** A step of a need: who claims it (CLAIM only), and when (default now). */
export interface NeedStepInput {
  at?: string | null;
  claimerOrganizationId?: number | null;
  claimerPersonId?: number | null;
}

export interface NewActivity {
  code: string;
  title: string;
  kind: ActivityKind;
  organiserId: number;
  partnerIds: number[];
  gridId?: number | null;
  communityId?: number | null;
  startsAt: string;
  endsAt: string;
  beneficiaries: number;
  needId?: number | null;
  caseId?: number | null;
}

export interface NewParticipation {
  code?: string | null;
  activityId: number;
  personId: number;
  role: ParticipationRole;
  hours: number;
  onBehalfOfId?: number | null;
  verifiedById?: number | null;
}

/** Changes to an activity (endActivity: endsAt only, which must cut it short). */
export interface ActivityChanges {
  title?: string | null;
  kind?: ActivityKind | null;
  startsAt?: string | null;
  endsAt?: string | null;
  beneficiaries?: number | null;
  partnerIds?: number[] | null;
  endActivity?: boolean;
}

export interface NewMemberReport {
  code: string;
  personId: number;
  homeUnitId: number;
  communityId: number;
  since: string;
  until?: string | null;
}

/**
 * The social forces: needs (and, next, activities, participations and member reports). Every change is one
 * transaction, audited; a step locks the need's row, checks the version the client last read and the
 * lifecycle table (need.transitions.ts).
 */
export class SocialService {
  constructor(private readonly db: Database) {}

  /** The social indicators' counts, one row per place and period (social.indicators.ts, statement 1). */
  indicatorCounts(query: SocialQuery): Promise<SocialCounts[]> {
    return new SocialIndicatorReader(this.db.analytics, this.db.dialect).counts(query);
  }

  /** Days to claim and to fulfil the needs of the query's first period, per place (statement 2). */
  indicatorDurations(query: SocialQuery): Promise<Map<string, SocialDurations>> {
    return new SocialIndicatorReader(this.db.analytics, this.db.dialect).durations(query);
  }

  /** The dormant links of the query's first period, a page per place (statement 3). */
  dormantLinks(query: SocialQuery, window: PageWindow): Promise<Map<string, Page<Link>>> {
    return new SocialIndicatorReader(this.db.analytics, this.db.dialect).dormantLinks(query, window);
  }

  /**
   * A social ratio per calendar period over the whole scope: each of `dates` (the periods' last days, as
   * periodEnds gives them) stands for the period from the first day of its month, quarter or year to it.
   * One statement for every period.
   */
  async trend(measure: SocialTrendMeasure, scopeId: number, interval: 'MONTH' | 'QUARTER' | 'YEAR', dates: readonly string[]): Promise<RatioValue[]> {
    const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const periods = dates.map((date) => ({ from: periodStart(date, interval), to: dayAfter(date) }));
    // Only the figures the ratio reads: the whole district's member hours and links cost seconds a year at scale 1.
    const counts = await this.indicatorCounts({ scopeId, grouping: null, periods, figures: new Set(SOCIAL_TREND_FIGURES[measure]) });
    const byPeriod = new Map(counts.map((row) => [row.period, row]));
    return dates.map((_, index) => {
      const row = byPeriod.get(index);
      return row ? SOCIAL_TREND_RATIOS[measure](row) : { numerator: 0, denominator: 0, value: null };
    });
  }

  listNeeds(filter: NeedFilter, window: PageWindow): Promise<Page<Need>> {
    return queryPage(this.db.manager, Need, window, { from: 'needs t', where: needConditions(filter), orderBy: 't.raised_at, t.id', orderIndexed: false });
  }

  async raiseNeed(input: NewNeed): Promise<Need> {
    return this.db.transaction(async (manager) => {
      let code = input.code ?? null;
      const place = await this.placeOf(manager, `Need ${code ?? '(new)'}`, input.gridId ?? null, input.communityId ?? null);
      if (code === null) {
        const [count] = await queryRows(manager, 'SELECT COUNT(*) AS n FROM needs WHERE community_id = :id', { id: place.communityId });
        code = `${place.communityCode}-N${Number(count.n) + 1}`;
      }
      const [taken] = await queryRows(manager, 'SELECT id FROM needs WHERE code = :code', { code });
      if (taken) throw new ConflictError(`A need with code "${code}" already exists.`, { field: 'input.code' });
      const stamp = nowTimestamp();
      await manager
        .createQueryBuilder()
        .insert()
        .into(Need)
        .values({
          code,
          kind: input.kind,
          title: input.title,
          category: input.category ?? null,
          communityId: place.communityId,
          gridId: place.gridId,
          raisedAt: input.raisedAt ?? stamp,
          householdRef: input.householdRef ?? null,
          status: NeedStatus.OPEN,
          claimerOrganizationId: null,
          claimerPersonId: null,
          claimedAt: null,
          fulfilledAt: null,
          expiredAt: null,
          version: 1,
          createdAt: stamp,
          updatedAt: stamp,
        })
        .updateEntity(false)
        .execute();
      const [created] = await queryEntities(manager, Need, 'SELECT t.* FROM needs t WHERE t.code = :code', { code });
      await recordChange(manager, { entityType: 'Need', entityId: created!.databaseId, entityCode: created!.code, after: created });
      return created!;
    });
  }

  /** One step of a need (claim, fulfil, expire), checked against the table, the version and the order of times. */
  async stepNeed(id: number, expectedVersion: number | null | undefined, step: NeedStep, input: NeedStepInput): Promise<Need> {
    return this.db.transaction(async (manager) => {
      if (step === NeedStep.CLAIM) {
        if ((input.claimerOrganizationId == null) === (input.claimerPersonId == null)) {
          throw new BadUserInputError('Give exactly one claimer: "input.organizationId" or "input.personId".', { field: 'input.organizationId' });
        }
        if (input.claimerOrganizationId != null) {
          const [organization] = await queryRows(manager, 'SELECT id FROM organizations WHERE id = :id', { id: input.claimerOrganizationId });
          if (!organization) throw new NotFoundError('No organization has the id given in "input.organizationId".', { field: 'input.organizationId' });
        }
        if (input.claimerPersonId != null) {
          const [person] = await queryRows(manager, 'SELECT id FROM people WHERE id = :id', { id: input.claimerPersonId });
          if (!person) throw new NotFoundError('No person has the id given in "input.personId".', { field: 'input.personId' });
        }
      }
      const { before, after } = await updateVersioned(manager, Need, id, {
        field: 'input.id',
        expectedVersion,
        change: (current) => {
          const status = checkNeedStep(current, step);
          const at = input.at ?? nowTimestamp();
          checkNeedStepTime(current, step, at);
          const set: VersionedChanges<Need> = { status };
          if (step === NeedStep.CLAIM) Object.assign(set, { claimedAt: at, claimerOrganizationId: input.claimerOrganizationId ?? null, claimerPersonId: input.claimerPersonId ?? null });
          if (step === NeedStep.FULFIL) set.fulfilledAt = at;
          if (step === NeedStep.EXPIRE) set.expiredAt = at;
          return set;
        },
      });
      await recordChange(manager, { entityType: 'Need', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  listActivities(filter: ActivityFilter, window: PageWindow): Promise<Page<Activity>> {
    return queryPage(this.db.manager, Activity, window, { from: 'activities t', where: activityConditions(filter), orderBy: 't.starts_at, t.id', orderIndexed: false });
  }

  listMemberReports(filter: MemberReportFilter, window: PageWindow): Promise<Page<MemberReport>> {
    return queryPage(this.db.manager, MemberReport, window, { from: 'member_reports t', where: memberReportConditions(filter), orderBy: 't.since, t.id', orderIndexed: false });
  }

  /** A new activity: its place, its period, the organiser and partners, the need or case it answers. */
  async createActivity(input: NewActivity): Promise<Activity> {
    return this.db.transaction(async (manager) => {
      const [taken] = await queryRows(manager, 'SELECT id FROM activities WHERE code = :code', { code: input.code });
      if (taken) throw new ConflictError(`An activity with code "${input.code}" already exists.`, { field: 'input.code' });
      if (input.endsAt <= input.startsAt) throw new BadUserInputError(`Activity ${input.code} must end after it starts: "endsAt" (${input.endsAt}) is not after "startsAt" (${input.startsAt}).`, { field: 'input.endsAt', record: input.code });
      const place = await this.placeOf(manager, `Activity ${input.code}`, input.gridId ?? null, input.communityId ?? null);
      const partners = [...new Set(input.partnerIds)];
      if (partners.includes(input.organiserId)) throw new BadUserInputError(`Activity ${input.code}: the organiser cannot also be a partner.`, { field: 'input.partnerIds', record: input.code });
      const wanted = [input.organiserId, ...partners];
      const found = await queryRows(manager, 'SELECT id FROM organizations WHERE id IN (:...ids)', { ids: wanted });
      if (found.length !== wanted.length) throw new NotFoundError('No organization has one of the ids given in "input.organiserId" or "input.partnerIds".', { field: partners.length ? 'input.partnerIds' : 'input.organiserId' });
      if (input.needId != null) {
        const [need] = await queryRows(manager, 'SELECT id FROM needs WHERE id = :id', { id: input.needId });
        if (!need) throw new NotFoundError('No need has the id given in "input.needId".', { field: 'input.needId' });
      }
      if (input.caseId != null) {
        const [serviceCase] = await queryRows(manager, 'SELECT id FROM service_cases WHERE id = :id', { id: input.caseId });
        if (!serviceCase) throw new NotFoundError('No case has the id given in "input.serviceCaseId".', { field: 'input.serviceCaseId' });
      }
      const stamp = nowTimestamp();
      await manager
        .createQueryBuilder()
        .insert()
        .into(Activity)
        .values({
          code: input.code,
          title: input.title,
          kind: input.kind,
          organiserId: input.organiserId,
          communityId: place.communityId,
          gridId: place.gridId,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          beneficiaries: input.beneficiaries,
          needId: input.needId ?? null,
          caseId: input.caseId ?? null,
          version: 1,
          createdAt: stamp,
          updatedAt: stamp,
        })
        .updateEntity(false)
        .execute();
      const [created] = await queryEntities(manager, Activity, 'SELECT t.* FROM activities t WHERE t.code = :code', { code: input.code });
      if (partners.length) await manager.createQueryBuilder().insert().into(ActivityPartner).values(partners.map((organizationId) => ({ activityId: created!.databaseId, organizationId }))).execute();
      await recordChange(manager, { entityType: 'Activity', entityId: created!.databaseId, entityCode: created!.code, after: { ...created, partnerIds: partners } });
      return created!;
    });
  }

  /** A person's part in an activity: hours more than 0 and at most the activity's length; once per person and activity. */
  async recordParticipation(input: NewParticipation): Promise<Participation> {
    return this.db.transaction(async (manager) => {
      const activity = await lockVersioned(manager, Activity, input.activityId, { field: 'input.activityId' });
      const length = (Date.parse(activity.endsAt) - Date.parse(activity.startsAt)) / 3_600_000;
      if (input.hours > length) throw new BadUserInputError(`Activity ${activity.code} lasts ${length} h: ${input.hours} h is more than that.`, { field: 'input.hours', record: activity.code });
      const [person] = await queryRows(manager, 'SELECT id, code FROM people WHERE id = :id', { id: input.personId });
      if (!person) throw new NotFoundError('No person has the id given in "input.personId".', { field: 'input.personId' });
      const [twice] = await queryRows(manager, 'SELECT code FROM participations WHERE activity_id = :activity AND person_id = :person', { activity: activity.databaseId, person: input.personId });
      if (twice) throw new BadUserInputError(`Activity ${activity.code}: this person's participation is already recorded (${String(twice.code)}).`, { field: 'input.personId', record: activity.code });
      for (const [id, field] of [[input.onBehalfOfId, 'input.onBehalfOfId'], [input.verifiedById, 'input.verifiedById']] as const) {
        if (id == null) continue;
        const [organization] = await queryRows(manager, 'SELECT id FROM organizations WHERE id = :id', { id });
        if (!organization) throw new NotFoundError(`No organization has the id given in "${field}".`, { field });
      }
      let code = input.code ?? null;
      if (code === null) {
        const [count] = await queryRows(manager, 'SELECT COUNT(*) AS n FROM participations WHERE activity_id = :id', { id: activity.databaseId });
        code = `${activity.code}-P${Number(count.n) + 1}`;
      }
      const [taken] = await queryRows(manager, 'SELECT id FROM participations WHERE code = :code', { code });
      if (taken) throw new ConflictError(`A participation with code "${code}" already exists.`, { field: 'input.code' });
      const stamp = nowTimestamp();
      await manager
        .createQueryBuilder()
        .insert()
        .into(Participation)
        .values({ code, activityId: activity.databaseId, personId: input.personId, role: input.role, hours: input.hours, day: activity.startsAt.slice(0, 10), onBehalfOfId: input.onBehalfOfId ?? null, verifiedById: input.verifiedById ?? null, version: 1, createdAt: stamp, updatedAt: stamp })
        .updateEntity(false)
        .execute();
      const [created] = await queryEntities(manager, Participation, 'SELECT t.* FROM participations t WHERE t.code = :code', { code });
      await recordChange(manager, { entityType: 'Participation', entityId: created!.databaseId, entityCode: created!.code, after: created });
      return created!;
    });
  }

  /** A Party member reports to a community: a person who is a Party member, a community, no overlapping report to it. */
  async registerMemberReport(input: NewMemberReport): Promise<MemberReport> {
    return this.db.transaction(async (manager) => {
      const [taken] = await queryRows(manager, 'SELECT id FROM member_reports WHERE code = :code', { code: input.code });
      if (taken) throw new ConflictError(`A member report with code "${input.code}" already exists.`, { field: 'input.code' });
      if (input.until != null && input.until <= input.since) throw new BadUserInputError(`Member report ${input.code} must end after it starts: "until" (${input.until}) is not after "since" (${input.since}).`, { field: 'input.until', record: input.code });
      // The person's row, locked: concurrent reports of one person are checked one after the other (FOR NO KEY UPDATE
      // on PostgreSQL; SQLite runs one write transaction at a time), so that two overlapping ones cannot both pass.
      await lockVersioned(manager, Person, input.personId, { field: 'input.personId' });
      const [person] = await queryRows(manager, 'SELECT id, code, party_member FROM people WHERE id = :id', { id: input.personId });
      if (!person) throw new NotFoundError('No person has the id given in "input.personId".', { field: 'input.personId' });
      if (!(person.party_member === true || Number(person.party_member) === 1)) throw new BadUserInputError(`Member report ${input.code}: the person is not a Party member; only Party members report individually.`, { field: 'input.personId', record: input.code });
      const organizations = await queryRows(manager, 'SELECT id, code, kind FROM organizations WHERE id IN (:...ids)', { ids: [input.homeUnitId, input.communityId] });
      const home = organizations.find((row) => Number(row.id) === input.homeUnitId);
      if (!home) throw new NotFoundError('No organization has the id given in "input.homeUnitId".', { field: 'input.homeUnitId' });
      const community = organizations.find((row) => Number(row.id) === input.communityId);
      if (!community) throw new NotFoundError('No organization has the id given in "input.communityId".', { field: 'input.communityId' });
      checkCommunity({ code: String(community.code), kind: community.kind as OrganizationKind }, `Member report ${input.code}`, 'input.communityId');
      await this.checkNoOtherReport(manager, { code: input.code, personId: input.personId, since: input.since, until: input.until ?? null, id: null }, 'input.since');
      const stamp = nowTimestamp();
      await manager
        .createQueryBuilder()
        .insert()
        .into(MemberReport)
        .values({ code: input.code, personId: input.personId, homeUnitId: input.homeUnitId, communityId: input.communityId, since: input.since, until: input.until ?? null, version: 1, createdAt: stamp, updatedAt: stamp })
        .updateEntity(false)
        .execute();
      const [created] = await queryEntities(manager, MemberReport, 'SELECT t.* FROM member_reports t WHERE t.code = :code', { code: input.code });
      await recordChange(manager, { entityType: 'MemberReport', entityId: created!.databaseId, entityCode: created!.code, after: created });
      return created!;
    });
  }

  /**
   * A member reports to one community at a time (double reporting: to the community where they live): no other
   * report of the person may share a day with [since, until). The caller holds the person's row locked.
   */
  private async checkNoOtherReport(manager: EntityManager, report: { code: string; personId: number; since: string; until: string | null; id: number | null }, field: string): Promise<void> {
    const [overlap] = await queryRows(
      manager,
      `SELECT m.code, c.code AS community, m.since, m.until FROM member_reports m JOIN organizations c ON c.id = m.community_id
       WHERE m.person_id = :person AND (m.until IS NULL OR m.until > :since)${report.until == null ? '' : ' AND m.since < :until'}${report.id === null ? '' : ' AND m.id <> :id'}
       ORDER BY m.since LIMIT 1`,
      { person: report.personId, since: report.since, until: report.until, id: report.id },
    );
    if (overlap) {
      const period = `${String(overlap.since)} – ${overlap.until == null ? 'open' : String(overlap.until)}`;
      throw new BadUserInputError(`Member report ${report.code}: the person already reports to ${String(overlap.community)} over that period (${String(overlap.code)}, ${period}); a member reports to one community at a time.`, {
        field,
        record: report.code,
      });
    }
  }

  /**
   * Changes an activity: its title, kind, period, beneficiaries, partners. A new period must end after it
   * starts and hold every participation's hours; a new first day moves its participations' day with it
   * (each audited).
   */
  async updateActivity(id: number, expectedVersion: number | null | undefined, input: ActivityChanges): Promise<Activity> {
    return this.db.transaction(async (manager) => {
      const partners = input.partnerIds == null ? null : [...new Set(input.partnerIds)];
      const { before, after } = await updateVersioned(manager, Activity, id, {
        field: 'input.id',
        expectedVersion,
        change: async (current) => {
          const startsAt = input.startsAt ?? current.startsAt;
          const endsAt = input.endsAt ?? current.endsAt;
          if (input.endActivity) {
            if (endsAt <= current.startsAt) throw new BadUserInputError(`Activity ${current.code} started at ${current.startsAt}: it cannot end at ${endsAt}, before that.`, { field: 'input.at', record: current.code });
            if (endsAt >= current.endsAt) throw new BadUserInputError(`Activity ${current.code} already ends at ${current.endsAt}: ending it at ${endsAt} would not cut it short.`, { field: 'input.at', record: current.code });
          } else if (endsAt <= startsAt) {
            throw new BadUserInputError(`Activity ${current.code} must end after it starts: "endsAt" (${endsAt}) is not after "startsAt" (${startsAt}).`, { field: input.endsAt ? 'input.endsAt' : 'input.startsAt', record: current.code });
          }
          const length = (Date.parse(endsAt) - Date.parse(startsAt)) / 3_600_000;
          const [longest] = await queryRows(manager, 'SELECT code, hours FROM participations WHERE activity_id = :id AND hours > :length ORDER BY hours DESC, code LIMIT 1', { id: current.databaseId, length });
          if (longest) {
            throw new BadUserInputError(`Activity ${current.code} would last ${length} h: participation ${String(longest.code)} has ${Number(longest.hours)} h, more than that; change its hours first.`, {
              field: input.endActivity ? 'input.at' : 'input.endsAt',
              record: current.code,
            });
          }
          if (partners !== null) {
            if (partners.includes(current.organiserId)) throw new BadUserInputError(`Activity ${current.code}: the organiser cannot also be a partner.`, { field: 'input.partnerIds', record: current.code });
            if (partners.length) {
              const found = await queryRows(manager, 'SELECT id FROM organizations WHERE id IN (:...ids)', { ids: partners });
              if (found.length !== partners.length) throw new NotFoundError('No organization has one of the ids given in "input.partnerIds".', { field: 'input.partnerIds' });
            }
          }
          const set: VersionedChanges<Activity> = { startsAt, endsAt };
          if (input.title != null) set.title = input.title;
          if (input.kind != null) set.kind = input.kind;
          if (input.beneficiaries != null) set.beneficiaries = input.beneficiaries;
          return set;
        },
      });
      let partnerAudit: { partnerIds?: number[] } = {};
      if (partners !== null) {
        const previous = (await queryRows(manager, 'SELECT organization_id FROM activity_partners WHERE activity_id = :id ORDER BY organization_id', { id })).map((row) => Number(row.organization_id));
        await manager.createQueryBuilder().delete().from(ActivityPartner).where('activity_id = :id', { id }).execute();
        if (partners.length) await manager.createQueryBuilder().insert().into(ActivityPartner).values(partners.map((organizationId) => ({ activityId: id, organizationId }))).execute();
        partnerAudit = { partnerIds: [...partners].sort((a, b) => a - b) };
        await recordChange(manager, { entityType: 'Activity', entityId: id, entityCode: after.code, before: { ...before, partnerIds: previous }, after: { ...after, ...partnerAudit } });
      } else {
        await recordChange(manager, { entityType: 'Activity', entityId: id, entityCode: after.code, before, after });
      }
      const day = after.startsAt.slice(0, 10);
      if (day !== before.startsAt.slice(0, 10)) {
        const moved = await queryEntities(manager, Participation, 'SELECT t.* FROM participations t WHERE t.activity_id = :id ORDER BY t.code', { id });
        await updateRowsVersioned(manager, Participation, moved.map((row) => ({ id: row.databaseId, changes: { day } })));
        for (const row of moved) await recordChange(manager, { entityType: 'Participation', entityId: row.databaseId, entityCode: row.code, before: row, after: { ...row, day, version: row.version + 1 } });
      }
      return after;
    });
  }

  /** Changes a participation's hours (at most its activity's length), role or reporting unit. */
  async updateParticipation(id: number, expectedVersion: number | null | undefined, input: { hours?: number | null; role?: ParticipationRole | null; onBehalfOfId?: number | null }): Promise<Participation> {
    return this.db.transaction(async (manager) => {
      if (input.onBehalfOfId != null) {
        const [organization] = await queryRows(manager, 'SELECT id FROM organizations WHERE id = :id', { id: input.onBehalfOfId });
        if (!organization) throw new NotFoundError('No organization has the id given in "input.onBehalfOfId".', { field: 'input.onBehalfOfId' });
      }
      const { before, after } = await updateVersioned(manager, Participation, id, {
        field: 'input.id',
        expectedVersion,
        change: async (current) => {
          const set: VersionedChanges<Participation> = {};
          if (input.hours != null) {
            const [activity] = await queryRows(manager, 'SELECT code, starts_at, ends_at FROM activities WHERE id = :id', { id: current.activityId });
            const length = (Date.parse(String(activity!.ends_at)) - Date.parse(String(activity!.starts_at))) / 3_600_000;
            if (input.hours > length) throw new BadUserInputError(`Activity ${String(activity!.code)} lasts ${length} h: ${input.hours} h is more than that (participation ${current.code}).`, { field: 'input.hours', record: current.code });
            set.hours = input.hours;
          }
          if (input.role != null) set.role = input.role;
          if (input.onBehalfOfId !== undefined) set.onBehalfOfId = input.onBehalfOfId;
          if (Object.keys(set).length === 0) throw new BadUserInputError(`Participation ${current.code}: nothing to change; give "hours", "role" or "onBehalfOfId".`, { field: 'input', record: current.code });
          return set;
        },
      });
      await recordChange(manager, { entityType: 'Participation', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  /** An organization verifies a participation's hours; verifying again by the same organization is refused. */
  async verifyParticipation(id: number, expectedVersion: number | null | undefined, verifiedById: number): Promise<Participation> {
    return this.db.transaction(async (manager) => {
      const [organization] = await queryRows(manager, 'SELECT id, code FROM organizations WHERE id = :id', { id: verifiedById });
      if (!organization) throw new NotFoundError('No organization has the id given in "input.verifiedById".', { field: 'input.verifiedById' });
      const { before, after } = await updateVersioned(manager, Participation, id, {
        field: 'input.id',
        expectedVersion,
        change: (current) => {
          if (current.verifiedById === verifiedById) throw new BadUserInputError(`Participation ${current.code} is already verified by ${String(organization.code)}.`, { field: 'input.verifiedById', record: current.code });
          return { verifiedById };
        },
      });
      await recordChange(manager, { entityType: 'Participation', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  /** Ends a member report on `until` (exclusive, after it started); a later end must not overlap another report of the person. */
  async endMemberReport(id: number, expectedVersion: number | null | undefined, until: string): Promise<MemberReport> {
    return this.db.transaction(async (manager) => {
      const [row] = await queryRows(manager, 'SELECT person_id FROM member_reports WHERE id = :id', { id });
      if (!row) throw new NotFoundError('No member report has the id given in "input.id".', { field: 'input.id' });
      await lockVersioned(manager, Person, Number(row.person_id), { field: 'input.id' });
      const { before, after } = await updateVersioned(manager, MemberReport, id, {
        field: 'input.id',
        expectedVersion,
        change: async (current) => {
          if (until <= current.since) throw new BadUserInputError(`Member report ${current.code} started on ${current.since}: it cannot end on ${until}, which is not after that.`, { field: 'input.until', record: current.code });
          if (current.until === until) throw new BadUserInputError(`Member report ${current.code} already ends on ${until}.`, { field: 'input.until', record: current.code });
          if (current.until !== null && until > current.until) await this.checkNoOtherReport(manager, { code: current.code, personId: current.personId, since: current.since, until, id: current.databaseId }, 'input.until');
          return { until };
        },
      });
      await recordChange(manager, { entityType: 'MemberReport', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  /** The community (and grid) of a need or an activity (`label`, "Need N1"): the grid's community, or the community given; one of them is needed. */
  private async placeOf(manager: EntityManager, label: string, gridId: number | null, communityId: number | null): Promise<{ communityId: number; communityCode: string; gridId: number | null }> {
    if (gridId !== null) {
      const [grid] = await queryRows(manager, 'SELECT g.community_id, o.code FROM grids g JOIN organizations o ON o.id = g.community_id WHERE g.id = :id', { id: gridId });
      if (!grid) throw new NotFoundError('No grid has the id given in "input.gridId".', { field: 'input.gridId' });
      if (communityId !== null && communityId !== Number(grid.community_id)) throw new BadUserInputError(`${label}: the grid given lies in another community than "input.communityId".`, { field: 'input.communityId' });
      return { communityId: Number(grid.community_id), communityCode: String(grid.code), gridId };
    }
    if (communityId === null) throw new BadUserInputError(`${label}: give the grid or the community it is in.`, { field: 'input.communityId' });
    const [community] = await queryRows(manager, 'SELECT id, code, kind FROM organizations WHERE id = :id', { id: communityId });
    if (!community) throw new NotFoundError('No organization has the id given in "input.communityId".', { field: 'input.communityId' });
    checkCommunity({ code: String(community.code), kind: community.kind as OrganizationKind }, label, 'input.communityId');
    return { communityId, communityCode: String(community.code), gridId: null };
  }
}
