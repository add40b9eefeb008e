import type { EntityManager } from 'typeorm';
import type { Dialect } from '../../db/database.js';
import { Conditions } from '../../db/conditions.js';
import { queryPartitionedPages, queryRows } from '../../db/rows.js';
import { inForceOnSql } from '../../lib/period.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import { CaseIndicatorSql, type DurationStatsValue, NO_DURATIONS } from '../cases/case.indicators.js';
import { ratio, type RatioValue } from '../indicators/indicators.js';
import { Link } from '../links/link.entity.js';
import { LinkKind, LinkStatus } from '../links/link.kinds.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { NeedStatus } from './need.transitions.js';
import { MEMBER_HOURS_PER_YEAR } from './social.rules.js';

/*
 * The indicators of the social forces (README, "Social forces"; operations.md §4.2), computed in SQL: one
 * statement for every count, ratio and sum of every group and period (a row per place and period, each
 * figure a correlated sub-select over indexed columns, the links' a grouped pass), one for the durations of
 * the needs (percentiles in the database), one for the first page of dormant links per group. Nothing reads
 * a row per need, activity or participation into memory.
 */

/** What the groups are: communities or grids of the scope; null, the whole scope (the trends). */
export type SocialGrouping = 'COMMUNITY' | 'GRID' | null;

/** The link kinds whose use the dormant-collaboration indicator looks for. */
export const COLLABORATION_KINDS: readonly LinkKind[] = [LinkKind.RESOURCE_SHARING, LinkKind.CO_BUILDING, LinkKind.UNIT_REPORTING, LinkKind.SERVICE_PARTNERSHIP];

/** A period [from, to) of days, and the day its stocks (reports, links in force) are counted on: its last. */
export interface SocialPeriod {
  from: string;
  to: string;
}

export interface SocialCounts {
  /** Place (community or grid id, 'ALL' for the scope) and period index. */
  key: string;
  period: number;
  population: number;
  needsRaised: number;
  needsFulfilled: number;
  participations: number;
  volunteerHours: number;
  /** Member reports in force on the period's last day (null by grid: members report to communities). */
  reportingMembers: number | null;
  activeMembers: number | null;
  memberHours: number | null;
  /** Of those member reports, the ones whose member served at least the pro-rated yearly minimum of hours (null by grid). */
  compliantMembers: number | null;
  reportingUnits: number | null;
  participatingUnits: number | null;
  links: number | null;
  dormantLinks: number | null;
  /** Needs raised in the period and fulfilled (a fulfilledAt), and Σ their days from raised to fulfilled: timeToFulfil's count and its mean × count (null unless asked for, FULFIL_DAYS). */
  needsTimed: number | null;
  fulfilDays: number | null;
  /** Needs raised in the period and claimed (a claimedAt), and Σ their days from raised to claimed: timeToClaim's count and its mean × count (null unless asked for, CLAIM_DAYS). */
  needsClaimTimed: number | null;
  claimDays: number | null;
}

export interface SocialDurations {
  timeToClaim: DurationStatsValue;
  timeToFulfil: DurationStatsValue;
}

/** The figures of the counts statement, by what they read: a trend asks only for its ratio's (unasked figures come back null). */
export type SocialFigure = 'NEEDS' | 'SERVICE' | 'MEMBERS' | 'ACTIVE_MEMBERS' | 'MEMBER_HOURS' | 'MEMBER_COMPLIANCE' | 'UNITS' | 'LINKS' | 'FULFIL_DAYS' | 'CLAIM_DAYS';

export interface SocialQuery {
  scopeId: number;
  grouping: SocialGrouping;
  periods: readonly SocialPeriod[];
  /** The figures to compute; all when absent, but FULFIL_DAYS and CLAIM_DAYS (the durations statement gives socialIndicators their means) only when named. */
  figures?: ReadonlySet<SocialFigure>;
  /** memberHoursCompliance's minimum, in hours a year (pro-rated to each period's days ÷ 365); MEMBER_HOURS_PER_YEAR when absent. */
  memberHoursPerYear?: number;
}

/** The days of a period [from, to). */
export function periodDays(period: SocialPeriod): number {
  return Math.round((Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000);
}

/** The hours a reporting member must serve in a period to count in memberHoursCompliance: the yearly minimum × days ÷ 365. */
export function memberHoursRequired(period: SocialPeriod, perYear: number): number {
  return (perYear * periodDays(period)) / 365;
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function micro(value: unknown): number | null {
  return value == null ? null : Math.round(Number(value) * 1e6) / 1e6;
}

const SCOPE = 'SELECT sc.descendant_id FROM organization_closure sc WHERE sc.ancestor_id = :scopeId';

/** The SQL of the social indicators, for one dialect. */
export class SocialIndicatorSql {
  private readonly cases: CaseIndicatorSql;

  constructor(readonly dialect: Dialect) {
    this.cases = new CaseIndicatorSql(dialect);
  }

  /** `periods` as a table (p: n, f, t, fd, d, ld, dy): the index, the first instant, the instant after, the first and the last day (text, and the last as a link's date), its number of days. */
  periods(periods: readonly SocialPeriod[]): { sql: string; parameters: Record<string, unknown> } {
    const parameters: Record<string, unknown> = {};
    const rows = periods.map((period, index) => {
      parameters[`pf${index}`] = `${period.from}T00:00:00.000Z`;
      parameters[`pt${index}`] = `${period.to}T00:00:00.000Z`;
      parameters[`pd${index}`] = dayBefore(period.to);
      parameters[`pfd${index}`] = period.from;
      // d: the last day as text (member reports keep their days as text); ld: as the links' date column holds it.
      const linkDay = this.dialect === 'postgres' ? `CAST(:pd${index} AS DATE)` : `CAST(:pd${index} AS VARCHAR(10))`;
      parameters[`pdy${index}`] = periodDays(period);
      return `SELECT ${index} AS n, CAST(:pf${index} AS VARCHAR(24)) AS f, CAST(:pt${index} AS VARCHAR(24)) AS t, CAST(:pfd${index} AS VARCHAR(10)) AS fd, CAST(:pd${index} AS VARCHAR(10)) AS d, ${linkDay} AS ld, CAST(:pdy${index} AS INTEGER) AS dy`;
    });
    return { sql: rows.join(' UNION ALL '), parameters };
  }

  /**
   * The places (x: id, population, o): the communities or grids of the scope, or the scope as one; o is the
   * organization whose subtree holds the place's links: the community, the grid's Party branch (null for a grid
   * without one: no links), the scope.
   */
  places(grouping: SocialGrouping): string {
    switch (grouping) {
      case 'COMMUNITY':
        return `SELECT c.id AS id, COALESCE((SELECT SUM(gr.population) FROM grids gr WHERE gr.community_id = c.id), 0) AS population, c.id AS o
                FROM organizations c WHERE c.kind = '${OrganizationKind.COMMUNITY_PARTY_COMMITTEE}' AND c.id IN (${SCOPE})`;
      case 'GRID':
        return `SELECT gr.id AS id, gr.population AS population, gr.branch_id AS o FROM grids gr WHERE gr.community_id IN (${SCOPE})`;
      default:
        return `SELECT CAST(:scopeId AS INTEGER) AS id, COALESCE((SELECT SUM(gr.population) FROM grids gr WHERE gr.community_id IN (${SCOPE})), 0) AS population, CAST(:scopeId AS INTEGER) AS o`;
    }
  }

  /** A row placed by its community and grid columns lies in the place x. */
  inPlace(grouping: SocialGrouping, community: string, grid: string): string {
    switch (grouping) {
      case 'COMMUNITY':
        return `${community} = x.id`;
      case 'GRID':
        return `${grid} = x.id`;
      default:
        return `${community} IN (${SCOPE})`;
    }
  }

  /** An activity `a` started in the period p. */
  static readonly IN_PERIOD = 'a.starts_at >= p.f AND a.starts_at < p.t';

  /** Organization `org` organised activity `a` or was among its partners. */
  static took(org: string): string {
    return `(a.organiser_id = ${org} OR EXISTS (SELECT 1 FROM activity_partners ap WHERE ap.activity_id = a.id AND ap.organization_id = ${org}))`;
  }

  /**
   * Link `l` was used in the period p: an activity with one end as organiser or partner and the other too;
   * a participation on behalf of one end in an activity the other organised or partnered; a USED resource
   * use through it overlapping the period.
   *
   * A participation is looked for from the activities the other end organised in the period (its organiser
   * index) or partnered (its partner index), then among their participations: reading every participation
   * ever made on behalf of a unit instead (hundreds for a reporting unit) was most of the statement's time,
   * and without the period's bounds known to the planner (a period table of several rows) PostgreSQL walked
   * the period's activities of every community for each link (a whole district at scale 1: 8 s).
   */
  linkUsed(): string {
    const took = SocialIndicatorSql.took;
    const inPeriod = SocialIndicatorSql.IN_PERIOD;
    // On behalf of `member` in an activity `host` organised or partnered (CROSS JOIN: in this order on SQLite too).
    const servedFor = (member: string, host: string) =>
      `EXISTS (SELECT 1 FROM activities a CROSS JOIN participations q WHERE a.organiser_id = ${host} AND ${inPeriod} AND q.activity_id = a.id AND q.on_behalf_of_id = ${member})
      OR EXISTS (SELECT 1 FROM activity_partners ap CROSS JOIN activities a CROSS JOIN participations q
                 WHERE ap.organization_id = ${host} AND a.id = ap.activity_id AND ${inPeriod} AND q.activity_id = a.id AND q.on_behalf_of_id = ${member})`;
    return `(EXISTS (SELECT 1 FROM activities a WHERE a.organiser_id = l.source_id AND ${inPeriod} AND ${took('l.target_id')})
      OR EXISTS (SELECT 1 FROM activities a WHERE a.organiser_id = l.target_id AND ${inPeriod} AND ${took('l.source_id')})
      OR EXISTS (SELECT 1 FROM activity_partners ps JOIN activity_partners pt ON pt.activity_id = ps.activity_id JOIN activities a ON a.id = ps.activity_id
                 WHERE ps.organization_id = l.source_id AND pt.organization_id = l.target_id AND ${inPeriod})
      OR ${servedFor('l.source_id', 'l.target_id')}
      OR ${servedFor('l.target_id', 'l.source_id')}
      OR EXISTS (SELECT 1 FROM resource_uses u WHERE u.via_link_id = l.id AND u.status = 'USED' AND u.starts_at < p.t AND u.ends_at > p.f))`;
  }

  /** Links `l` of the collaboration kinds, not suspended, in force on the last day of the period p. */
  static collaborationLink(): string {
    return `l.kind IN (${COLLABORATION_KINDS.map((kind) => `'${kind}'`).join(', ')}) AND l.status <> '${LinkStatus.SUSPENDED}' AND ${inForceOnSql('l.since', 'l.until', 'p.ld')}`;
  }

  /**
   * The collaboration links of each place and period, (g: place, n: period, id: link), each link once per
   * place: with an end in the place's subtree (the community's, the grid's Party branch's, the scope's: x.o). The place's closure rows are
   * joined to the links once by source and once by target, each through that end's index, and the two joined
   * (UNION drops a link with both ends in the place). Testing `source IN (closure) OR target IN (closure)` per
   * link instead read every link for every place, and PostgreSQL ran the closure sub-select for each (a whole
   * district at scale 1: 200,000 sub-selects of 160 closure rows, 11 s for the dormant links' pages).
   */
  placeLinks(): string {
    const byEnd = (end: string) =>
      `SELECT x.id AS g, p.n AS n, l.id AS id FROM x CROSS JOIN p JOIN organization_closure xc ON xc.ancestor_id = x.o JOIN links l ON l.${end} = xc.descendant_id AND ${SocialIndicatorSql.collaborationLink()}`;
    return `${byEnd('source_id')} UNION ${byEnd('target_id')}`;
  }

  /** Reporting units: UNIT_REPORTING links to a community of the place, not suspended, in force on the period's last day. */
  reportingUnits(grouping: SocialGrouping): string {
    return `u.kind = '${LinkKind.UNIT_REPORTING}' AND u.status <> '${LinkStatus.SUSPENDED}' AND ${inForceOnSql('u.since', 'u.until', 'p.ld')} AND ${grouping === 'COMMUNITY' ? 'u.target_id = x.id' : `u.target_id IN (${SCOPE})`}`;
  }

  /** Statement 1: every count and sum, one row per place and period. */
  counts(query: SocialQuery): { sql: string; parameters: Record<string, unknown>; planEachTime: boolean } {
    const periods = this.periods(query.periods);
    const g = query.grouping;
    const needs = `FROM needs n WHERE ${this.inPlace(g, 'n.community_id', 'n.grid_id')} AND n.raised_at >= p.f AND n.raised_at < p.t`;
    const served = `FROM participations q JOIN activities a ON a.id = q.activity_id WHERE ${this.inPlace(g, 'a.community_id', 'a.grid_id')} AND ${SocialIndicatorSql.IN_PERIOD}`;
    const members = `FROM member_reports m WHERE ${this.inPlace(g, 'm.community_id', 'NULL')} AND ${inForceOnSql('m.since', 'm.until', 'p.d')}`;
    // A member's participations are read through the person's index, then their activities by id: CROSS JOIN
    // keeps that order on SQLite, whose planner (with no statistics) otherwise walked the community's activities
    // of the period and looked for each member among each one's participations (a whole district at scale 1,
    // four quarters: 31 s for the member hours). PostgreSQL plans a CROSS JOIN with its conditions as any join. On SQLite
    // the participation's day (its activity's first day, UTC) bounds the range read in the person's index (person, day,
    // activity, hours) to the period's: without it each period of a trend read the member's whole history (twelve months of
    // member hours at scale 1: 1.07 s of CPU, 0.32 s with it). The activity's start is still what decides. PostgreSQL,
    // given the bound, took the two ranges on the periods' unknown days for one row and drove from the activities
    // instead (twelve months 3.5 s against 1.4 s without it): it reads the person's index without the bound.
    const dayBound = this.dialect === 'sqlite' ? ' AND q.day >= p.fd AND q.day <= p.d' : '';
    const memberServed = `q.person_id = m.person_id${dayBound} AND a.id = q.activity_id AND a.community_id = m.community_id AND ${SocialIndicatorSql.IN_PERIOD}`;
    // The reporting members who served in the period. For the whole scope on PostgreSQL (the trends), driven from the
    // members: each member report of the scope (the scope's closure joined to the reports, so that the scope is applied
    // before the test), then the member's participations of the period's days (the person's index), each one's activity
    // looked up by its key, stopping at the first of the report's community; a sub-plan per report (OFFSET 0: PostgreSQL
    // pulls a plain EXISTS up into a join). PostgreSQL otherwise drove it from the period's activities of the whole
    // scope, planned blind to the period's bounds (a row of the periods table): every participation of the period
    // read from the table (132,000 a quarter at scale 1), its pairs of person and community gathered, sorted and each
    // looked up among the reports. Backend CPU at scale 1 (2025 of the district): by quarter 557 -> 260 ms, by month
    // 950 -> 653 ms, by year (2021-2026) 360 -> 230 ms; a subdistrict by month 190 -> 90 ms. A community's members
    // (socialIndicators) are driven from its few activities instead (memberPass, below, on PostgreSQL).
    const activeMembers =
      this.dialect === 'postgres' && g === null
        ? `(SELECT COUNT(*) FROM organization_closure sc JOIN member_reports m ON m.community_id = sc.descendant_id
              WHERE sc.ancestor_id = :scopeId AND ${inForceOnSql('m.since', 'm.until', 'p.d')}
                AND EXISTS (SELECT 1 FROM participations q WHERE q.person_id = m.person_id AND q.day >= p.fd AND q.day <= p.d
                              AND (SELECT a.community_id FROM activities a WHERE a.id = q.activity_id AND ${SocialIndicatorSql.IN_PERIOD}) = sc.descendant_id OFFSET 0))`
        : `(SELECT COUNT(*) ${members} AND EXISTS (SELECT 1 FROM participations q CROSS JOIN activities a WHERE ${memberServed}))`;
    const byGrid = g === 'GRID';
    const unitActive = `(EXISTS (SELECT 1 FROM activities a WHERE a.community_id = u.target_id AND ${SocialIndicatorSql.IN_PERIOD} AND ${SocialIndicatorSql.took('u.source_id')})
      OR EXISTS (SELECT 1 FROM participations q JOIN activities a ON a.id = q.activity_id WHERE q.on_behalf_of_id = u.source_id AND a.community_id = u.target_id AND ${SocialIndicatorSql.IN_PERIOD}))`;
    // Each place's links and dormant links, grouped once (placeLinks); by grid, those of the grid's Party branch's subtree.
    const wanted = (figure: SocialFigure) => (figure === 'FULFIL_DAYS' || figure === 'CLAIM_DAYS' ? query.figures?.has(figure) === true : !query.figures || query.figures.has(figure));
    const fulfilled = `${needs} AND n.fulfilled_at IS NOT NULL`;
    const claimed = `${needs} AND n.claimed_at IS NOT NULL`;
    const figure = (name: SocialFigure, sql: string) => (wanted(name) ? sql : 'NULL');
    const links = !wanted('LINKS')
      ? ''
      : `, xl AS (${this.placeLinks()}),
      lk AS (SELECT xl.g AS g, xl.n AS n, COUNT(*) AS links, SUM(CASE WHEN ${this.linkUsed()} THEN 0 ELSE 1 END) AS dormant
             FROM xl JOIN links l ON l.id = xl.id JOIN p ON p.n = xl.n GROUP BY xl.g, xl.n)`;
    // By community on PostgreSQL, the members' three figures (active, hours, compliance) from one grouped pass: each
    // community's activities of the period, their participations, the member reports of those people to it, grouped by
    // report. As three correlated sub-selects, PostgreSQL ran that join three times (a month of the district at scale 1:
    // the counts statement 273 -> 203 ms of backend CPU). Planned with its period every time (queryRows' planEachTime): the
    // generic plan PostgreSQL settles on for a named statement from its sixth run, blind to the period's bounds, took the
    // whole panel from 0.5 to 6-7 s. SQLite reads each member's participations through the person's index by day (above)
    // and keeps them; the whole scope (the trends) keeps its own forms.
    const memberPass = this.dialect === 'postgres' && g === 'COMMUNITY' && (['ACTIVE_MEMBERS', 'MEMBER_HOURS', 'MEMBER_COMPLIANCE'] as const).some(wanted);
    const memberCtes = memberPass
      ? `, mh AS (SELECT x.id AS g, p.n AS n, m.id AS mid, SUM(q.hours) AS h, MAX(p.dy) AS dy
                  FROM x CROSS JOIN p JOIN activities a ON a.community_id = x.id AND ${SocialIndicatorSql.IN_PERIOD}
                  JOIN participations q ON q.activity_id = a.id
                  JOIN member_reports m ON m.person_id = q.person_id AND m.community_id = x.id AND ${inForceOnSql('m.since', 'm.until', 'p.d')}
                  GROUP BY x.id, p.n, m.id),
      mf AS (SELECT mh.g AS g, mh.n AS n, COUNT(*) AS active, SUM(mh.h) AS hours,
                    ${wanted('MEMBER_COMPLIANCE') ? 'SUM(CASE WHEN mh.h * 365 >= CAST(:memberHoursPerYear AS DOUBLE PRECISION) * mh.dy THEN 1 ELSE 0 END)' : 'NULL'} AS compliant
             FROM mh GROUP BY mh.g, mh.n)`
      : '';
    const sql = `WITH p AS (${periods.sql}), x AS (${this.places(g)})${links}${memberCtes}
      SELECT x.id AS g, p.n AS n, x.population AS population,
        ${figure('NEEDS', `(SELECT COUNT(*) ${needs})`)} AS needs_raised,
        ${figure('NEEDS', `(SELECT COUNT(*) ${needs} AND n.status = '${NeedStatus.FULFILLED}')`)} AS needs_fulfilled,
        ${figure('FULFIL_DAYS', `(SELECT COUNT(*) ${fulfilled})`)} AS needs_timed,
        ${figure('FULFIL_DAYS', `(SELECT COALESCE(SUM(${this.cases.hours('n.raised_at', 'n.fulfilled_at')} / 24.0), 0) ${fulfilled})`)} AS fulfil_days,
        ${figure('CLAIM_DAYS', `(SELECT COUNT(*) ${claimed})`)} AS needs_claim_timed,
        ${figure('CLAIM_DAYS', `(SELECT COALESCE(SUM(${this.cases.hours('n.raised_at', 'n.claimed_at')} / 24.0), 0) ${claimed})`)} AS claim_days,
        ${figure('SERVICE', `(SELECT COUNT(*) ${served})`)} AS participations,
        ${figure('SERVICE', `(SELECT COALESCE(SUM(q.hours), 0) ${served})`)} AS hours,
        ${byGrid ? 'NULL' : figure('MEMBERS', `(SELECT COUNT(*) ${members})`)} AS members,
        ${byGrid ? 'NULL' : figure('ACTIVE_MEMBERS', memberPass ? 'COALESCE(mf.active, 0)' : activeMembers)} AS active_members,
        ${
          byGrid
            ? 'NULL'
            : memberPass
              ? figure('MEMBER_HOURS', 'COALESCE(mf.hours, 0)')
              : figure(
                'MEMBER_HOURS',
                `(SELECT COALESCE(SUM(q.hours), 0) FROM member_reports m CROSS JOIN participations q CROSS JOIN activities a
                              WHERE ${this.inPlace(g, 'm.community_id', 'NULL')} AND ${inForceOnSql('m.since', 'm.until', 'p.d')} AND ${memberServed})`,
              )
        } AS member_hours,
        ${
          byGrid
            ? 'NULL'
            : memberPass
              ? figure('MEMBER_COMPLIANCE', 'COALESCE(mf.compliant, 0)')
              : figure(
                'MEMBER_COMPLIANCE',
                // Σ hours × 365 ≥ the yearly minimum × the period's days: the pro-rated minimum without dividing (exact for whole hours).
                // The member hours' join, grouped by report: a sum sub-select per report instead took PostgreSQL 1.1–2.5 s for a
                // district at scale 1 (a year, a month), against 0.2–0.4 s for the member hours. A report with no hours never
                // reaches a minimum above 0.
                `(SELECT COUNT(*) FROM (SELECT m.id FROM member_reports m CROSS JOIN participations q CROSS JOIN activities a
                              WHERE ${this.inPlace(g, 'm.community_id', 'NULL')} AND ${inForceOnSql('m.since', 'm.until', 'p.d')} AND ${memberServed}
                              GROUP BY m.id HAVING SUM(q.hours) * 365 >= CAST(:memberHoursPerYear AS DOUBLE PRECISION) * p.dy) mc)`,
              )
        } AS compliant_members,
        ${byGrid ? 'NULL' : figure('UNITS', `(SELECT COUNT(*) FROM links u WHERE ${this.reportingUnits(g)})`)} AS units,
        ${byGrid ? 'NULL' : figure('UNITS', `(SELECT COUNT(*) FROM links u WHERE ${this.reportingUnits(g)} AND ${unitActive})`)} AS active_units,
        ${figure('LINKS', 'COALESCE(lk.links, 0)')} AS links,
        ${figure('LINKS', 'COALESCE(lk.dormant, 0)')} AS dormant
      FROM x CROSS JOIN p${links ? ' LEFT JOIN lk ON lk.g = x.id AND lk.n = p.n' : ''}${memberPass ? ' LEFT JOIN mf ON mf.g = x.id AND mf.n = p.n' : ''} ORDER BY p.n, x.id`;
    return {
      sql,
      parameters: { ...periods.parameters, scopeId: query.scopeId, ...(wanted('MEMBER_COMPLIANCE') && !byGrid ? { memberHoursPerYear: query.memberHoursPerYear ?? MEMBER_HOURS_PER_YEAR } : {}) },
      planEachTime: memberPass,
    };
  }

  /** Statement 2: days from raised to claimed and to fulfilled, of the needs raised in the (one) period, per place. */
  durations(query: SocialQuery): { sql: string; parameters: Record<string, unknown> } {
    const periods = this.periods(query.periods.slice(0, 1));
    const days = (a: string, b: string) => `${this.cases.hours(a, b)} / 24.0`;
    const needs = (column: string) =>
      `FROM x CROSS JOIN p JOIN needs n ON ${this.inPlace(query.grouping, 'n.community_id', 'n.grid_id')} AND n.raised_at >= p.f AND n.raised_at < p.t WHERE n.${column} IS NOT NULL`;
    const source = `SELECT x.id AS g, 'C' AS m, ${days('n.raised_at', 'n.claimed_at')} AS x ${needs('claimed_at')}
      UNION ALL SELECT x.id AS g, 'F' AS m, ${days('n.raised_at', 'n.fulfilled_at')} AS x ${needs('fulfilled_at')}`;
    return { sql: `WITH p AS (${periods.sql}), x AS (${this.places(query.grouping)}) ${this.cases.stats(source)}`, parameters: { ...periods.parameters, scopeId: query.scopeId } };
  }
}

/** Reads the social indicators: a constant number of statements whatever the size of the scope. */
export class SocialIndicatorReader {
  private readonly sql: SocialIndicatorSql;

  constructor(
    private readonly manager: EntityManager,
    dialect: Dialect,
  ) {
    this.sql = new SocialIndicatorSql(dialect);
  }

  async counts(query: SocialQuery): Promise<SocialCounts[]> {
    const { sql, parameters, planEachTime } = this.sql.counts(query);
    const rows = await queryRows(this.manager, sql, parameters, { planEachTime });
    const nullable = (value: unknown) => (value == null ? null : Number(value));
    return rows.map((row) => ({
      key: query.grouping === null ? 'ALL' : String(row.g),
      period: Number(row.n),
      population: Number(row.population ?? 0),
      needsRaised: Number(row.needs_raised),
      needsFulfilled: Number(row.needs_fulfilled),
      participations: Number(row.participations),
      volunteerHours: micro(row.hours) ?? 0,
      reportingMembers: nullable(row.members),
      activeMembers: nullable(row.active_members),
      memberHours: row.member_hours == null ? null : micro(row.member_hours),
      compliantMembers: nullable(row.compliant_members),
      reportingUnits: nullable(row.units),
      participatingUnits: nullable(row.active_units),
      links: nullable(row.links),
      dormantLinks: nullable(row.dormant),
      needsTimed: nullable(row.needs_timed),
      fulfilDays: row.fulfil_days == null ? null : Number(row.fulfil_days),
      needsClaimTimed: nullable(row.needs_claim_timed),
      claimDays: row.claim_days == null ? null : Number(row.claim_days),
    }));
  }

  async durations(query: SocialQuery): Promise<Map<string, SocialDurations>> {
    const { sql, parameters } = this.sql.durations(query);
    const groups = new Map<string, SocialDurations>();
    for (const row of await queryRows(this.manager, sql, parameters)) {
      const key = query.grouping === null ? 'ALL' : String(row.g);
      const group = groups.get(key) ?? { timeToClaim: NO_DURATIONS, timeToFulfil: NO_DURATIONS };
      const stats = { count: Number(row.n), mean: micro(row.mean), median: micro(row.median), p90: micro(row.p90) };
      if (row.m === 'C') group.timeToClaim = stats;
      else group.timeToFulfil = stats;
      groups.set(key, group);
    }
    return groups;
  }

  /** Statement 3: the dormant links of each place over the (one) period: their first page, by code, and their count. */
  async dormantLinks(query: SocialQuery, window: PageWindow): Promise<Map<string, Page<Link>>> {
    const periods = this.sql.periods(query.periods.slice(0, 1));
    const pages = await queryPartitionedPages(this.manager, Link, window, {
      from: `(WITH p AS (${periods.sql}), x AS (${this.sql.places(query.grouping)}), xl AS (${this.sql.placeLinks()})
               SELECT l.*, ${query.grouping === null ? "'ALL'" : 'CAST(xl.g AS VARCHAR(32))'} AS group_key FROM xl JOIN links l ON l.id = xl.id JOIN p ON p.n = xl.n
               WHERE NOT ${this.sql.linkUsed()}) t`,
      partitionBy: 't.group_key',
      where: new Conditions(),
      orderBy: 't.code, t.id',
      parameters: { ...periods.parameters, scopeId: query.scopeId },
    });
    return pages;
  }
}

/** The ratio of a figure that may be absent (by grid, the member and unit figures). */
export function optionalRatio(numerator: number | null, denominator: number | null): RatioValue | null {
  return numerator === null || denominator === null ? null : ratio(numerator, denominator);
}

/** The social ratios that can be followed over time (indicatorTrend's SOCIAL_… names). */
export type SocialTrendMeasure =
  | 'NEED_FULFILMENT_RATE'
  | 'MEMBER_REPORT_ACTIVATION'
  | 'UNIT_PARTICIPATION_RATE'
  | 'DORMANT_LINK_SHARE'
  | 'VOLUNTEER_HOURS_PER_RESIDENT'
  | 'VOLUNTEER_HOURS_PER_REPORTING_MEMBER'
  | 'MEMBER_HOURS_COMPLIANCE'
  | 'NEED_MEAN_DAYS_TO_FULFIL'
  | 'NEED_MEAN_DAYS_TO_CLAIM';

/** The figures each trend's ratio reads (the counts statement computes only those). */
export const SOCIAL_TREND_FIGURES: Record<SocialTrendMeasure, readonly SocialFigure[]> = {
  NEED_FULFILMENT_RATE: ['NEEDS'],
  MEMBER_REPORT_ACTIVATION: ['MEMBERS', 'ACTIVE_MEMBERS'],
  UNIT_PARTICIPATION_RATE: ['UNITS'],
  DORMANT_LINK_SHARE: ['LINKS'],
  VOLUNTEER_HOURS_PER_RESIDENT: ['SERVICE'],
  VOLUNTEER_HOURS_PER_REPORTING_MEMBER: ['MEMBERS', 'MEMBER_HOURS'],
  MEMBER_HOURS_COMPLIANCE: ['MEMBERS', 'MEMBER_COMPLIANCE'],
  NEED_MEAN_DAYS_TO_FULFIL: ['FULFIL_DAYS'],
  NEED_MEAN_DAYS_TO_CLAIM: ['CLAIM_DAYS'],
};

export const SOCIAL_TREND_RATIOS: Record<SocialTrendMeasure, (counts: SocialCounts) => RatioValue> = {
  NEED_FULFILMENT_RATE: (c) => ratio(c.needsFulfilled, c.needsRaised),
  MEMBER_REPORT_ACTIVATION: (c) => ratio(c.activeMembers ?? 0, c.reportingMembers ?? 0),
  UNIT_PARTICIPATION_RATE: (c) => ratio(c.participatingUnits ?? 0, c.reportingUnits ?? 0),
  DORMANT_LINK_SHARE: (c) => ratio(c.dormantLinks ?? 0, c.links ?? 0),
  // The quantities, as socialIndicators' QuantityRatio: Σ hours over the scope's (current) residents, over its reporting members.
  VOLUNTEER_HOURS_PER_RESIDENT: (c) => ratio(c.volunteerHours, c.population),
  VOLUNTEER_HOURS_PER_REPORTING_MEMBER: (c) => ratio(c.memberHours ?? 0, c.reportingMembers ?? 0),
  // The default minimum (MEMBER_HOURS_PER_YEAR), pro-rated to each period's days.
  MEMBER_HOURS_COMPLIANCE: (c) => ratio(c.compliantMembers ?? 0, c.reportingMembers ?? 0),
  // socialIndicators.timeToFulfil.mean as a ratio: Σ days ÷ the needs fulfilled, both rounded as durations are (to the microday).
  NEED_MEAN_DAYS_TO_FULFIL: (c) => meanDays(c.fulfilDays, c.needsTimed),
  // socialIndicators.timeToClaim.mean as a ratio, in the same way: Σ days from raised to claimed ÷ the needs claimed.
  NEED_MEAN_DAYS_TO_CLAIM: (c) => meanDays(c.claimDays, c.needsClaimTimed),
};

/** A mean of durations as a ratio: Σ days ÷ their count, both rounded as durations are (to the microday); null without any. */
function meanDays(sum: number | null, counted: number | null): RatioValue {
  const days = sum ?? 0;
  const count = counted ?? 0;
  return { numerator: micro(days) ?? 0, denominator: count, value: count === 0 ? null : micro(days / count) };
}
