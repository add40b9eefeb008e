import type { EntityManager } from 'typeorm';
import type { Dialect } from '../../db/database.js';
import { greatestSql, leastSql } from '../../db/dialect-sql.js';
import { queryRows } from '../../db/rows.js';
import type { PageWindow } from '../../schema/pagination.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { COMMITTEE_KINDS, DEFAULT_SEATS, HANDOVER_DAYS, HEAD_ROLES, HIGHER_KINDS, RotationGroupBy, SEAT_ROLES, TRANSITION_WINDOW_DAYS, TransitionKind } from './rotation.kinds.js';

/*
 * Rotation and vacancy in SQL (README, "Rotation and vacancy"): every answer is one statement whatever the
 * number of committees, posts or periods. The SQL that differs between SQLite and PostgreSQL (date
 * arithmetic, scalar min/max, date literals) is in RotationSql's helpers, nowhere else.
 */

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');
const SEATS = list(SEAT_ROLES);
const CPC = `'${OrganizationKind.COMMUNITY_PARTY_COMMITTEE}'`;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A period [from, to) of an indicator; `index` is its place in a trend. */
export interface RotationPeriod {
  from: string;
  to: string;
}

export interface TransitionRow {
  fromPostId: number;
  toPostId: number | null;
  personId: number;
  kind: TransitionKind;
  leftOn: string;
  daysBetween: number | null;
}

export interface VacancyRow {
  organizationId: number;
  seats: number;
  filled: number;
}

export interface VacancyPage {
  rows: VacancyRow[];
  totalCount: number;
  /** Seats of every committee of the scope existing on the date, and how many of them are vacant. */
  seats: number;
  vacant: number;
}

export interface RotationFigures {
  /** 'ALL', or the community's or subdistrict's database id. */
  key: string;
  /** Index of the period in the list given. */
  period: number;
  members: number;
  changed: number;
  seatDays: number;
  vacantSeatDays: number;
}

export class RotationSql {
  constructor(readonly dialect: Dialect) {}

  private get postgres(): boolean {
    return this.dialect === 'postgres';
  }

  /** A date literal (checked: only YYYY-MM-DD reaches the SQL text). */
  date(value: string): string {
    if (!ISO_DATE.test(value)) throw new Error(`not a date: ${value}`);
    return this.postgres ? `CAST('${value}' AS date)` : `'${value}'`;
  }

  /** A date column or expression moved by a whole number of days. */
  addDays(column: string, days: number): string {
    return this.postgres ? `(${column} + ${days})` : `date(${column}, '${days >= 0 ? '+' : ''}${days} days')`;
  }

  /** Whole days from date `a` to date `b`. */
  days(a: string, b: string): string {
    return this.postgres ? `(${b} - ${a})` : `CAST(ROUND(julianday(${b}) - julianday(${a})) AS INTEGER)`;
  }

  greatest(a: string, b: string): string {
    return greatestSql(this.dialect, a, b);
  }

  least(a: string, b: string): string {
    return leastSql(this.dialect, a, b);
  }

  /**
   * The committees of the scope's subtree (:scopeId), with their seats (recorded, else the default of the
   * kind), community (the community Party committee itself, or the one a residents' committee sits under)
   * and subdistrict (the community's parent).
   */
  committees(): string {
    const defaults = `CASE o.kind ${COMMITTEE_KINDS.map((kind) => `WHEN '${kind}' THEN ${DEFAULT_SEATS[kind]}`).join(' ')} END`;
    return `committees AS (
      SELECT o.id, o.code, o.kind, o.founded_on, o.archived_on, COALESCE(o.seats, ${defaults}) AS seats, cm.id AS community_id, cm.parent_id AS subdistrict_id
      FROM organizations o JOIN organizations cm ON cm.id = CASE WHEN o.kind = ${CPC} THEN o.id ELSE o.parent_id END
      WHERE o.kind IN (${list(COMMITTEE_KINDS)}) AND o.id IN (SELECT sc.descendant_id FROM organization_closure sc WHERE sc.ancestor_id = :scopeId))`;
  }

  /** The periods of an indicator as a table (p, pf, pt): literals, so that a trend of any length stays one statement. */
  periods(periods: readonly RotationPeriod[]): string {
    return `periods (p, pf, pt) AS (VALUES ${periods.map((period, index) => `(${index}, ${this.date(period.from)}, ${this.date(period.to)})`).join(', ')})`;
  }

  groupKey(groupBy: RotationGroupBy | null, alias = 'c'): string {
    switch (groupBy) {
      case RotationGroupBy.COMMUNITY:
        return `CAST(${alias}.community_id AS varchar(32))`;
      case RotationGroupBy.SUBDISTRICT:
        return `CAST(${alias}.subdistrict_id AS varchar(32))`;
      default:
        return `'ALL'`;
    }
  }

  /**
   * The condition that post `q` is the kind of post that follows `f` (a seat post that ended): the same
   * person's, another post (not the same role in the same organization: a renewal is no change), starting
   * from HANDOVER_DAYS before f's end to TRANSITION_WINDOW_DAYS after it.
   */
  nextPost(f: string, q: string): string {
    return `${q}.person_id = ${f}.person_id AND ${q}.id <> ${f}.id
      AND ${q}.start_date >= ${this.addDays(`${f}.end_date`, -HANDOVER_DAYS)} AND ${q}.start_date <= ${this.addDays(`${f}.end_date`, TRANSITION_WINDOW_DAYS)}
      AND NOT (${q}.organization_id = ${f}.organization_id AND ${q}.role = ${f}.role)`;
  }

  /** Held seats of committee `committee` on date `on`: the seat posts held that day. */
  held(committee: string, on: string): string {
    return `(SELECT COUNT(*) FROM posts q WHERE q.organization_id = ${committee} AND q.role IN (${SEATS})
              AND q.start_date <= ${on} AND (q.end_date IS NULL OR q.end_date > ${on}))`;
  }

  /**
   * The transitions of the seat posts of the scope's committees that ended in [from, to), of the kinds
   * given, by end date: one statement with the page and the total.
   */
  async transitions(manager: EntityManager, input: { scopeId: number; from: string; to: string; kinds: readonly TransitionKind[] | null; window: PageWindow }): Promise<{ rows: TransitionRow[]; totalCount: number }> {
    const heads = list(HEAD_ROLES);
    const communityOf = (organization: string) =>
      `COALESCE((SELECT a.ancestor_id FROM organization_closure a JOIN organizations ao ON ao.id = a.ancestor_id AND ao.kind = ${CPC} WHERE a.descendant_id = ${organization}.id),
                (SELECT l.id FROM organizations l WHERE l.id = ${organization}.located_in_id AND l.kind = ${CPC}))`;
    const kinds = input.kinds && input.kinds.length > 0 ? `WHERE t.kind IN (${list(input.kinds)})` : '';
    const rows = await queryRows(
      manager,
      `WITH ${this.committees()},
       f AS (SELECT p.id, p.person_id, p.organization_id, p.role, p.end_date, c.kind AS committee_kind, c.community_id
             FROM posts p JOIN committees c ON c.id = p.organization_id
             WHERE p.role IN (${SEATS}) AND p.end_date IS NOT NULL AND p.end_date >= ${this.date(input.from)} AND p.end_date < ${this.date(input.to)}),
       candidates AS (SELECT f.id AS from_id, q.id AS to_id, q.organization_id AS to_org, q.role AS to_role, q.start_date AS to_start,
                             ROW_NUMBER() OVER (PARTITION BY f.id ORDER BY q.start_date, q.id) AS rn
                      FROM f JOIN posts q ON ${this.nextPost('f', 'q')}),
       t AS (SELECT f.id AS from_id, f.person_id, f.end_date, n.to_id, ${this.days('f.end_date', 'n.to_start')} AS days_between,
                    CASE WHEN n.to_id IS NULL THEN '${TransitionKind.EXIT}'
                         WHEN o.kind IN (${list(HIGHER_KINDS)}) OR (n.to_role IN (${heads}) AND f.role NOT IN (${heads})) THEN '${TransitionKind.PROMOTION}'
                         WHEN o.kind IN (${list(COMMITTEE_KINDS)}) AND o.kind <> f.committee_kind AND ${communityOf('o')} = f.community_id THEN '${TransitionKind.EXCHANGE}'
                         WHEN ${communityOf('o')} <> f.community_id THEN '${TransitionKind.MOVE_ACROSS_COMMUNITIES}'
                         ELSE '${TransitionKind.OTHER_POST}' END AS kind
             FROM f LEFT JOIN candidates n ON n.from_id = f.id AND n.rn = 1 LEFT JOIN organizations o ON o.id = n.to_org)
       SELECT t.from_id, t.to_id, t.person_id, t.kind, t.end_date, t.days_between, COUNT(*) OVER () AS total FROM t ${kinds}
       ORDER BY t.end_date, t.from_id LIMIT :limit OFFSET :offset`,
      { scopeId: input.scopeId, limit: input.window.limit, offset: input.window.offset },
    );
    let totalCount = rows.length > 0 ? Number(rows[0]!.total) : 0;
    if (rows.length === 0 && input.window.offset > 0) {
      // A page past the end: count without the page (rare; the first page always says its total itself).
      totalCount = (await this.transitions(manager, { ...input, window: { ...input.window, offset: 0, limit: 1 } })).totalCount;
    }
    return {
      totalCount,
      rows: rows.map((row) => ({
        fromPostId: Number(row.from_id),
        toPostId: row.to_id == null ? null : Number(row.to_id),
        personId: Number(row.person_id),
        kind: row.kind as TransitionKind,
        leftOn: String(row.end_date).slice(0, 10),
        daysBetween: row.days_between == null ? null : Number(row.days_between),
      })),
    };
  }

  /** The committees of the scope existing on `on` with fewer seats held than they have, by code: the page, their count and the scope's seat totals, one statement. */
  async vacancies(manager: EntityManager, input: { scopeId: number; on: string; window: PageWindow }): Promise<VacancyPage> {
    const on = this.date(input.on);
    const rows = await queryRows(
      manager,
      `WITH ${this.committees()},
       v AS (SELECT c.id, c.code, c.seats, ${this.held('c.id', on)} AS filled FROM committees c
             WHERE c.founded_on <= ${on} AND (c.archived_on IS NULL OR c.archived_on > ${on})),
       totals AS (SELECT COALESCE(SUM(v.seats), 0) AS all_seats, COALESCE(SUM(CASE WHEN v.filled < v.seats THEN v.seats - v.filled ELSE 0 END), 0) AS all_vacant,
                         COALESCE(SUM(CASE WHEN v.filled < v.seats THEN 1 ELSE 0 END), 0) AS vacant_committees FROM v),
       page AS (SELECT v.id, v.code, v.seats, v.filled FROM v WHERE v.filled < v.seats ORDER BY v.code, v.id LIMIT :limit OFFSET :offset)
       SELECT totals.all_seats, totals.all_vacant, totals.vacant_committees, page.id, page.seats, page.filled FROM totals LEFT JOIN page ON 1 = 1 ORDER BY page.code, page.id`,
      { scopeId: input.scopeId, limit: input.window.limit, offset: input.window.offset },
    );
    const first = rows[0]!;
    return {
      seats: Number(first.all_seats),
      vacant: Number(first.all_vacant),
      totalCount: Number(first.vacant_committees),
      rows: rows.filter((row) => row.id != null).map((row) => ({ organizationId: Number(row.id), seats: Number(row.seats), filled: Number(row.filled) })),
    };
  }

  /** Seats and seats held on `on` of the committees among `ids` (others are left out): one statement. */
  async seatsHeld(manager: EntityManager, ids: readonly number[], on: string): Promise<Map<number, { seats: number; filled: number; exists: boolean }>> {
    const day = this.date(on);
    const defaults = `CASE o.kind ${COMMITTEE_KINDS.map((kind) => `WHEN '${kind}' THEN ${DEFAULT_SEATS[kind]}`).join(' ')} END`;
    const rows = await queryRows(
      manager,
      `SELECT o.id, COALESCE(o.seats, ${defaults}) AS seats, ${this.held('o.id', day)} AS filled,
              CASE WHEN o.founded_on <= ${day} AND (o.archived_on IS NULL OR o.archived_on > ${day}) THEN 1 ELSE 0 END AS live
       FROM organizations o WHERE o.id IN (:...ids) AND o.kind IN (${list(COMMITTEE_KINDS)})`,
      { ids },
    );
    return new Map(rows.map((row) => [Number(row.id), { seats: Number(row.seats), filled: Number(row.filled), exists: Number(row.live) === 1 }]));
  }

  /**
   * Rotation rate and vacancy days of the scope's committees for each period, grouped: two statements
   * whatever the number of periods, groups, committees or posts.
   */
  async indicators(manager: EntityManager, input: { scopeId: number; periods: readonly RotationPeriod[]; groupBy: RotationGroupBy | null }): Promise<RotationFigures[]> {
    const key = this.groupKey(input.groupBy);
    const parameters = { scopeId: input.scopeId };
    const rotation = await queryRows(
      manager,
      `WITH ${this.committees()}, ${this.periods(input.periods)},
       members AS (SELECT DISTINCT pr.p, ${key} AS g, p.person_id FROM posts p JOIN committees c ON c.id = p.organization_id
                   JOIN periods pr ON p.start_date <= pr.pf AND (p.end_date IS NULL OR p.end_date > pr.pf) WHERE p.role IN (${SEATS})),
       changed AS (SELECT DISTINCT pr.p, ${key} AS g, p.person_id FROM posts p JOIN committees c ON c.id = p.organization_id
                   JOIN periods pr ON p.start_date <= pr.pf AND p.end_date > pr.pf AND p.end_date < pr.pt
                   WHERE p.role IN (${SEATS}) AND EXISTS (SELECT 1 FROM posts q WHERE ${this.nextPost('p', 'q')}))
       SELECT m.p, m.g, COUNT(*) AS members, COUNT(ch.person_id) AS changed
       FROM members m LEFT JOIN changed ch ON ch.p = m.p AND ch.g = m.g AND ch.person_id = m.person_id GROUP BY m.p, m.g`,
      parameters,
    );
    // Seats held change only when a seat post starts (+1) or ends (−1): a running sum over each committee's changes gives the
    // seats held from each change to the next, which is joined to the committee's part of each period, whatever their number.
    const vacancy = await queryRows(
      manager,
      `WITH ${this.committees()}, ${this.periods(input.periods)},
       live AS (SELECT * FROM (SELECT c.id AS cid, c.seats, ${key} AS g, pr.p, ${this.greatest('pr.pf', 'c.founded_on')} AS s,
                                      ${this.least('pr.pt', 'COALESCE(c.archived_on, pr.pt)')} AS e FROM committees c CROSS JOIN periods pr) x WHERE x.s < x.e),
       changes AS (SELECT c.id AS cid, c.founded_on AS d, 0 AS delta FROM committees c
                   UNION ALL SELECT q.organization_id, q.start_date, 1 FROM posts q JOIN committees c ON c.id = q.organization_id WHERE q.role IN (${SEATS})
                   UNION ALL SELECT q.organization_id, q.end_date, -1 FROM posts q JOIN committees c ON c.id = q.organization_id WHERE q.role IN (${SEATS}) AND q.end_date IS NOT NULL),
       daily AS (SELECT cid, d, SUM(delta) AS delta FROM changes GROUP BY cid, d),
       running AS (SELECT cid, d, SUM(delta) OVER (PARTITION BY cid ORDER BY d ROWS UNBOUNDED PRECEDING) AS held,
                          LEAD(d) OVER (PARTITION BY cid ORDER BY d) AS next_d FROM daily),
       vacant AS (SELECT l.g, l.p, SUM((l.seats - r.held) * ${this.days(this.greatest('r.d', 'l.s'), this.least('COALESCE(r.next_d, l.e)', 'l.e'))}) AS days
                  FROM live l JOIN running r ON r.cid = l.cid AND r.d < l.e AND (r.next_d IS NULL OR r.next_d > l.s) AND r.held < l.seats
                  GROUP BY l.g, l.p),
       seat AS (SELECT l.g, l.p, SUM(l.seats * ${this.days('l.s', 'l.e')}) AS days FROM live l GROUP BY l.g, l.p)
       SELECT seat.g, seat.p, seat.days AS seat_days, COALESCE(vacant.days, 0) AS vacant_days FROM seat LEFT JOIN vacant ON vacant.g = seat.g AND vacant.p = seat.p`,
      parameters,
    );
    const figures = new Map<string, RotationFigures>();
    const entry = (group: string, period: number) => {
      const id = `${period}:${group}`;
      let found = figures.get(id);
      if (!found) figures.set(id, (found = { key: group, period, members: 0, changed: 0, seatDays: 0, vacantSeatDays: 0 }));
      return found;
    };
    for (const row of rotation) Object.assign(entry(String(row.g), Number(row.p)), { members: Number(row.members), changed: Number(row.changed) });
    for (const row of vacancy) Object.assign(entry(String(row.g), Number(row.p)), { seatDays: Number(row.seat_days), vacantSeatDays: Number(row.vacant_days) });
    return [...figures.values()];
  }
}
