import type { EntityManager } from 'typeorm';
import type { Database, Dialect } from '../../db/database.js';
import { hoursSql } from '../../db/dialect-sql.js';
import { queryRows } from '../../db/rows.js';
import { ratio, type RatioValue } from '../indicators/indicators.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { caseConditions } from './case.conditions.js';
import { CaseFact, type CaseFactName } from './case.facts.js';
import { CaseStatus } from './case.transitions.js';

/**
 * The indicators of service cases (operations.md §4.2), computed in SQL: a handful of grouped statements
 * over the cases of a scope and period, each one scan whatever the number of cases or groups. Nothing
 * here reads a row per case or per event into memory: the database groups, counts and takes percentiles
 * (PostgreSQL's percentile_cont, SQLite's ordered aggregates with the same linear interpolation).
 */

/** What the indicators can be grouped by. PERIOD is internal: the trends' calendar buckets. */
export type CaseIndicatorDimension = 'GRID' | 'COMMUNITY' | 'SUBDISTRICT' | 'CATEGORY' | 'HANDLER' | 'CHANNEL' | 'URGENCY';

/** A calendar bucket of a trend: over receivedAt (every rate) or over dueAt (on-time closure). */
export interface PeriodGrouping {
  interval: 'MONTH' | 'QUARTER' | 'YEAR';
  column: 'received_at' | 'due_at';
}

export type Grouping = CaseIndicatorDimension | PeriodGrouping;

/** Statuses that leave the lifecycle without a closure: never counted as dispatched, due or breached. */
const SIDE_EXITS = [CaseStatus.WITHDRAWN, CaseStatus.MERGED, CaseStatus.REJECTED];
const sideExits = SIDE_EXITS.map((status) => `'${status}'`).join(', ');

export interface CaseIndicatorQuery {
  /** The organization whose subtree's cases are measured (cases whose community lies in it). */
  scopeId: number;
  /** The caller's jurisdiction root; null for everything. */
  jurisdictionId: number | null;
  /** [from, to): receivedAt for every rate, dueAt for on-time closure; dates or instants, compared as text. */
  from: string;
  to: string;
  grouping: Grouping;
  /** The instant that decides whether an open case is past its dueAt. */
  now: string;
  /**
   * The scope holds (nearly) every case: a district, over a long period. SQLite then reads the cases straight
   * through idx_service_cases_indicators, a narrow copy of every column the statements read in (community,
   * receipt) order, rather than the table's rows (a year at scale 1: counts 0.33 against 0.22 s of CPU,
   * durations 0.50 against 0.40) or community by community through the community index.
   */
  wide?: boolean;
  /**
   * The scope holds (nearly) every case but the period is short: the cases received or due in it are found
   * through the received and due indexes (SQLite's MULTI-INDEX OR), not community by community, where the OR
   * of the two dates cannot be ranged and every case of the district is read (a month's counts at scale 1:
   * 0.38 against 0.03 s of CPU in the sqlite3 shell, on a file without ANALYZE's statistics, as the server's are).
   */
  byDates?: boolean;
}

/** One group's counts, from the cases statement. */
export interface CaseCounts {
  key: string | null;
  cases: number;
  dispatched: number;
  responded: number;
  answered: number;
  resolved: number;
  satisfiedAnswers: number;
  satisfied: number;
  basically: number;
  claimed: number;
  claimedResolved: number;
  replied: number;
  revisited: number;
  due: number;
  closedOnTime: number;
  everClosed: number;
  reopened: number;
  whistled: number;
  breaches: number;
  /** Residents of the group's grids (GRID, COMMUNITY, SUBDISTRICT); null for the other groupings. */
  population: number | null;
}

export interface DurationStatsValue {
  count: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
}

export const NO_DURATIONS: DurationStatsValue = { count: 0, mean: null, median: null, p90: null };

export interface GroupDurations {
  timeToFirstResponse: DurationStatsValue;
  timeToReply: DurationStatsValue;
  timeToClose: DurationStatsValue;
  /** Dispatches and transfers per dispatched case (not hours). */
  hopStats: DurationStatsValue;
  /** Minutes from the whistle to each summoned unit's report. */
  unitReportMinutes: DurationStatsValue;
  /** Summons reported by their whistle's reportBy ÷ summons. */
  unitReportOnTime: RatioValue;
}

export interface ReturnPathValue {
  fromId: number;
  toId: number;
  returns: number;
}

export interface GroupReturns {
  returnRate: RatioValue;
  paths: ReturnPathValue[];
}

export interface BreachStageValue {
  stage: CaseStatus;
  cases: number;
  hours: number;
}

export type DurationMeasure = keyof GroupDurations;

/** The measures of statement 2, in the order its branches are written. */
export const DURATION_MEASURES: readonly DurationMeasure[] = ['timeToFirstResponse', 'timeToReply', 'timeToClose', 'hopStats', 'unitReportMinutes', 'unitReportOnTime'];

const MEASURES = { R: 'timeToFirstResponse', P: 'timeToReply', C: 'timeToClose', H: 'hopStats', U: 'unitReportMinutes' } as const;

/** The columns of a case the statements read (each statement takes only its own: SQLite materializes `c` when it is read twice). */
const CASE_COLUMNS = ['due_at', 'facts', 'hours_to_contact'];
const DURATION_COLUMNS = ['dispatch_count', 'hours_to_contact', 'hours_to_reply', 'hours_to_close'];
const BREACH_COLUMNS = ['due_at', 'status', 'closed_at', 'longest_gap_hours', 'longest_gap_stage', 'last_event_at'];

/** A summoned unit's figures over the scope and period. */
export interface SummonedUnitValue {
  unitId: number;
  /** Summons by the whistles on the cases. */
  summons: number;
  unitReportMinutes: DurationStatsValue;
  unitReportOnTime: RatioValue;
}

/** The SQL of the case indicators, for one dialect. */
export class CaseIndicatorSql {
  constructor(readonly dialect: Dialect) {}

  /** Hours from instant `a` to instant `b` (hoursSql). */
  hours(a: string, b: string): string {
    return hoursSql(this.dialect, a, b);
  }

  /** Rows (g, m, x) of the summons `s` (CaseIndicatorService.summons), for stats(). */
  summonsRows(measure: 'unitReportMinutes' | 'unitReportOnTime'): string {
    return measure === 'unitReportMinutes'
      ? // In minutes, one row per summons that reported.
        `SELECT g, 'U' AS m, ${this.hours('blown_at', 'reported_at')} * 60.0 AS x FROM s WHERE reported_at IS NOT NULL`
      : // One row per summons: 1 when reported by reportBy, else 0; the group's total is the numerator.
        `SELECT g, 'S' AS m, CASE WHEN reported_at IS NOT NULL AND reported_at <= report_by THEN 1.0 ELSE 0.0 END AS x FROM s`;
  }

  /** The bucket of an instant or date column: '2026-01', '2026-Q1' or '2026'. */
  bucket(column: string, interval: PeriodGrouping['interval']): string {
    switch (interval) {
      case 'MONTH':
        return `substr(${column}, 1, 7)`;
      case 'YEAR':
        return `substr(${column}, 1, 4)`;
      case 'QUARTER':
        return `(substr(${column}, 1, 4) || '-Q' || CAST((CAST(substr(${column}, 6, 2) AS INTEGER) + 2) / 3 AS VARCHAR(1)))`;
    }
  }

  /**
   * The group key of a case `t` (with `sd`, its community's subdistrict, joined): an id as it is (grouping
   * integers costs SQLite half as much as grouping their text), or a text; read back as a string.
   */
  caseKey(grouping: Grouping): string {
    if (typeof grouping === 'object') return this.bucket(`t.${grouping.column}`, grouping.interval);
    switch (grouping) {
      case 'GRID':
        return 't.grid_id';
      case 'COMMUNITY':
        return 't.community_id';
      case 'SUBDISTRICT':
        return 'sd.ancestor_id';
      case 'CATEGORY':
        return 't.category_id';
      case 'HANDLER':
        return 't.current_handler_id';
      case 'CHANNEL':
        return 't.channel';
      case 'URGENCY':
        return 't.urgency';
    }
  }

  /** The subdistrict of each organization below one: joined as `sd` on `column`. */
  subdistrictJoin(column: string): string {
    return `LEFT JOIN (SELECT a.descendant_id, a.ancestor_id FROM organization_closure a JOIN organizations so ON so.id = a.ancestor_id WHERE so.kind = '${OrganizationKind.SUBDISTRICT_PARTY_WORKING_COMMITTEE}') sd ON sd.descendant_id = ${column}`;
  }

  /**
   * `WITH c AS (…)`: the cases of the scope (and the caller's jurisdiction) received in the period, or due
   * in it, one row each with its group key `g`, whether it was received in the period (`in_period`) and
   * due in it (`due_in_period`), and its response limit in hours.
   *
   * `receivedOnly`: the cases received in the period alone (in_period is 1 on every row), without their due
   * dates or response limits (no join to the categories): what every statement but the counts reads.
   * `straight`: see CaseIndicatorQuery.wide.
   */
  cases(query: CaseIndicatorQuery, columns: readonly string[] = CASE_COLUMNS, options: { straight?: boolean; receivedOnly?: boolean; name?: string; whistled?: boolean; events?: readonly string[] } = {}): { sql: string; parameters: Record<string, unknown> } {
    const conditions = caseConditions({ underId: query.scopeId, scopeRootId: query.jurisdictionId }, query.now, { byDates: query.byDates && !options.receivedOnly });
    let from = '';
    let to = '';
    conditions.add((parameter) => {
      from = parameter(query.from);
      to = parameter(query.to);
      const received = `(t.received_at >= ${from} AND t.received_at < ${to})`;
      return options.receivedOnly ? received : `(${received} OR (t.due_at >= ${from} AND t.due_at < ${to}))`;
    });
    // `whistled`: the cases of the whistles (a few thousand at scale 1), each with a whistle on it (`whistle_id`; a case
    // under two whistles comes twice), found from whistle_cases by their primary key rather than by reading the period's cases.
    if (options.whistled) conditions.add(() => 't.id = wcw.case_id AND t.whistled = TRUE');
    // `events`: one row per event of those kinds of the cases (kind, from_id, to_id), found through the events' (kind, at)
    // index: an event is never before its case's receipt (checkStepTime), so none of a case received from `from` is earlier.
    if (options.events) conditions.add(() => `t.id = e.case_id AND e.kind IN (${options.events!.map((kind) => `'${kind}'`).join(', ')}) AND e.at >= ${from}`);
    const perCase = options.receivedOnly
      ? ['1 AS in_period']
      : [
          `CASE WHEN t.received_at >= ${from} AND t.received_at < ${to} THEN 1 ELSE 0 END AS in_period`,
          `CASE WHEN t.due_at >= ${from} AND t.due_at < ${to} THEN 1 ELSE 0 END AS due_in_period`,
          "CASE t.urgency WHEN 'EMERGENCY' THEN k.response_hours_emergency WHEN 'URGENT' THEN k.response_hours_urgent ELSE k.response_hours_normal END AS response_hours",
        ];
    // Straight through the copy of the columns the indicators read, in (community, receipt) order (idx_service_cases_indicators).
    const straight = options.straight && query.wide && this.dialect === 'sqlite' ? ' INDEXED BY idx_service_cases_indicators' : '';
    const categories = options.receivedOnly ? '' : ' JOIN service_categories k ON k.id = t.category_id';
    const source = options.whistled ? 'whistle_cases wcw CROSS JOIN service_cases t' : options.events ? 'case_events e CROSS JOIN service_cases t' : `service_cases t${straight}`;
    const selected = [
      't.id',
      `${this.caseKey(query.grouping)} AS g`,
      ...columns.map((column) => `t.${column}`),
      'CASE WHEN t.whistled THEN 1 ELSE 0 END AS whistled',
      ...perCase,
      ...(options.whistled ? ['wcw.whistle_id'] : []),
      ...(options.events ? ['e.kind', 'e.from_organization_id AS from_id', 'e.to_organization_id AS to_id'] : []),
    ];
    const sql = `${options.name ?? 'c'} AS (
      SELECT ${selected.join(', ')}
      FROM ${source}${categories} ${query.grouping === 'SUBDISTRICT' ? this.subdistrictJoin('t.community_id') : ''}
      WHERE ${conditions.where})`;
    return { sql, parameters: conditions.parameters };
  }

  /** Residents per group key, over the grids (null for groupings that are not places). */
  population(grouping: Grouping): string | null {
    switch (grouping) {
      case 'GRID':
        return 'SELECT gr.id AS g, gr.population AS population FROM grids gr';
      case 'COMMUNITY':
        return 'SELECT gr.community_id AS g, SUM(gr.population) AS population FROM grids gr GROUP BY gr.community_id';
      case 'SUBDISTRICT':
        return `SELECT sd.ancestor_id AS g, SUM(gr.population) AS population FROM grids gr ${this.subdistrictJoin('gr.community_id').replace('LEFT JOIN', 'JOIN')} GROUP BY sd.ancestor_id`;
      default:
        return null;
    }
  }

  /**
   * percentile_cont's linear interpolation on SQLite: the value at position p·(n − 1) of the ordered values (0-based),
   * between its two neighbours, each read by `valueAt` (an SQL expression of a 0-based index).
   */
  private interpolate(p: number, n: string, valueAt: (index: string) => string): string {
    const position = `(${p} * (${n} - 1))`;
    const lower = `CAST(${position} AS INTEGER)`;
    const fraction = `(${position} - ${lower})`;
    return `(${valueAt(lower)} * (1 - ${fraction}) + ${valueAt(`min(${lower} + 1, ${n} - 1)`)} * ${fraction})`;
  }

  /** The element at a 0-based `index` of a JSON array. */
  private element(array: string, index: string): string {
    return `json_extract(${array}, '$[' || ${index} || ']')`;
  }

  /** count, mean, median and p90 of `x` per (g, m) over `source` (rows g, m, x): the interpolation of percentile_cont on both databases. */
  stats(source: string): string {
    if (this.dialect === 'postgres') {
      return `SELECT g, m, COUNT(*) AS n, AVG(x) AS mean, SUM(x) AS total,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY x) AS median, percentile_cont(0.9) WITHIN GROUP (ORDER BY x) AS p90
        FROM (SELECT g, m, CAST(x AS double precision) AS x FROM (${source}) s0) d GROUP BY g, m`;
    }
    // Read from the group's values as one ordered array (an aggregate's ORDER BY, SQLite 3.44): one sort inside the
    // aggregate, where ROW_NUMBER() and COUNT() over a window took two passes and a buffered frame.
    const at = (index: string) => this.element('xs', index);
    return `SELECT g, m, n, mean, total, ${this.interpolate(0.5, 'n', at)} AS median, ${this.interpolate(0.9, 'n', at)} AS p90
      FROM (SELECT g, m, COUNT(*) AS n, AVG(x) AS mean, SUM(x) AS total, json_group_array(x ORDER BY x) AS xs FROM (${source}) d GROUP BY g, m) a`;
  }

  /**
   * The aggregates of one measure `x` (over the rows where `where` holds) in a pass grouped by case group, beside the
   * other measures': its count, mean and total, and its percentiles (PostgreSQL) or its values as one ordered array
   * (SQLite, read by `measureRow`). Columns `<alias>_n`, `<alias>_mean`, …
   */
  measureAggregates(alias: string, x: string, where: string): string[] {
    const filter = `FILTER (WHERE ${where})`;
    const common = [`COUNT(*) ${filter} AS ${alias}_n`, `AVG(${x}) ${filter} AS ${alias}_mean`, `SUM(${x}) ${filter} AS ${alias}_total`];
    if (this.dialect === 'postgres') {
      return [...common, `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${x}) ${filter} AS ${alias}_median`, `percentile_cont(0.9) WITHIN GROUP (ORDER BY ${x}) ${filter} AS ${alias}_p90`];
    }
    return [...common, `json_group_array(${x} ORDER BY ${x}) ${filter} AS ${alias}_xs`];
  }

  /** A measure's row (g, m, n, mean, total, median, p90) per group of `source`, from measureAggregates' columns; none for a group without values. */
  measureRow(alias: string, m: string, source: string): string {
    const n = `${alias}_n`;
    const percentiles =
      this.dialect === 'postgres'
        ? `${alias}_median AS median, ${alias}_p90 AS p90`
        : `${this.interpolate(0.5, n, (index) => this.element(`${alias}_xs`, index))} AS median, ${this.interpolate(0.9, n, (index) => this.element(`${alias}_xs`, index))} AS p90`;
    return `SELECT g, '${m}' AS m, ${n} AS n, ${alias}_mean AS mean, ${alias}_total AS total, ${percentiles} FROM ${source} WHERE ${n} > 0`;
  }

  /**
   * The same for a measure of small positive integers (the dispatches per case: 1 for most cases, rarely more than
   * 3): on SQLite the cases with 1, 2 and 3 are counted and only the larger values are kept in order, so that
   * next to nothing is sorted; the value at an index is read from those counts or from the array of the rest.
   */
  smallCountAggregates(alias: string, x: string): string[] {
    if (this.dialect === 'postgres') return this.measureAggregates(alias, `CAST(${x} AS double precision)`, `${x} > 0`);
    return [
      `SUM(CASE WHEN ${x} > 0 THEN 1 ELSE 0 END) AS ${alias}_n`,
      `AVG(${x}) FILTER (WHERE ${x} > 0) AS ${alias}_mean`,
      `SUM(${x}) FILTER (WHERE ${x} > 0) * 1.0 AS ${alias}_total`,
      ...[1, 2, 3].map((value) => `SUM(CASE WHEN ${x} = ${value} THEN 1 ELSE 0 END) AS ${alias}_${value}`),
      `json_group_array(${x} ORDER BY ${x}) FILTER (WHERE ${x} > 3) AS ${alias}_xs`,
    ];
  }

  /** measureRow for smallCountAggregates' columns. */
  smallCountRow(alias: string, m: string, source: string): string {
    if (this.dialect === 'postgres') return this.measureRow(alias, m, source);
    const [one, two, three] = [1, 2, 3].map((value) => `${alias}_${value}`);
    const at = (index: string) =>
      `(CASE WHEN ${index} < ${one} THEN 1 WHEN ${index} < ${one} + ${two} THEN 2 WHEN ${index} < ${one} + ${two} + ${three} THEN 3 ELSE ${this.element(`${alias}_xs`, `(${index} - ${one} - ${two} - ${three})`)} END)`;
    const n = `${alias}_n`;
    return `SELECT g, '${m}' AS m, ${n} AS n, ${alias}_mean AS mean, ${alias}_total AS total, ${this.interpolate(0.5, n, at)} AS median, ${this.interpolate(0.9, n, at)} AS p90 FROM ${source} WHERE ${n} > 0`;
  }
}

/** The statements here are planned with their period every time (queryRows): a month's plan and a year's differ. */
const PLAN_EACH_TIME = { planEachTime: true } as const;

function count(value: unknown): number {
  return value == null ? 0 : Number(value);
}

function micro(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1e6) / 1e6;
}

function float(value: unknown): number | null {
  return value == null ? null : Number(value);
}

/** Reads the case indicators: one statement per family, each over the same set of cases. */
export class CaseIndicatorService {
  private readonly sql: CaseIndicatorSql;

  constructor(private readonly db: Database) {
    this.sql = new CaseIndicatorSql(db.dialect);
  }

  get dialect(): Dialect {
    return this.db.dialect;
  }

  /** Heavy reads: on SQLite the analytics connections, so that the statements of one report run side by side. */
  private get manager(): EntityManager {
    return this.db.analytics;
  }

  /**
   * Statement 1: every count-based rate and the population, per group. The cases are first counted by group,
   * period membership and facts (the bits planStep keeps on the case row, case.facts.ts), with the two facts
   * that depend on the query (contacted within the response limit of the category as it is; open past dueAt at
   * `now`); the rates are sums over those few rows. Testing a handful of integers per case rather than some
   * twenty conditions on its columns: the three rates for a year of the scale-1 district on SQLite in 0.45–0.5 s
   * instead of 0.62 s (what is left is reading the cases through the community index and sorting them by group).
   */
  async counts(query: CaseIndicatorQuery): Promise<CaseCounts[]> {
    // A district's long period straight through too (`wide`): its GROUP BY sorts the cases anyway (a year at scale 1 on
    // SQLite: 0.22 s of CPU through the indicators index, 0.32 through the table's rows, 0.43 through the community index).
    const { sql, parameters } = this.sql.cases(query, CASE_COLUMNS, { straight: true });
    const now = 'indicatorNow';
    const population = this.sql.population(query.grouping);
    const has = (...facts: CaseFactName[]) => facts.map((fact) => `(f.facts & ${CaseFact[fact]}) <> 0`).join(' AND ');
    const hasNot = (fact: CaseFactName) => `(f.facts & ${CaseFact[fact]}) = 0`;
    const cases = (condition: string) => `SUM(CASE WHEN ${condition} THEN f.n ELSE 0 END)`;
    const dispatched = `f.in_period = 1 AND ${has('DISPATCHED')} AND ${hasNot('WITHDRAWN_OR_MERGED')}`;
    const received = (...facts: CaseFactName[]) => cases(`f.in_period = 1 AND ${has(...facts)}`);
    const contacted = CaseFact.DISPATCHED | CaseFact.SIGNED_AND_CONTACTED;
    const rows = await queryRows(
      this.manager,
      `WITH ${sql}, f AS (
        SELECT c.g, c.in_period, c.due_in_period, c.facts,
          CASE WHEN (c.facts & ${contacted}) = ${contacted} AND c.hours_to_contact <= c.response_hours THEN 1 ELSE 0 END AS in_time,
          CASE WHEN (c.facts & ${CaseFact.CLOSED}) = 0 AND c.due_at < :${now} THEN 1 ELSE 0 END AS open_late,
          COUNT(*) AS n
        FROM c GROUP BY c.g, c.in_period, c.due_in_period, c.facts, 5, 6),
      a AS (
        SELECT f.g,
          ${cases('f.in_period = 1')} AS cases,
          ${cases(dispatched)} AS dispatched,
          ${cases(`${dispatched} AND f.in_time = 1`)} AS responded,
          ${received('ANSWERED')} AS answered,
          ${received('RESOLVED')} AS resolved,
          ${received('SATISFACTION_GIVEN')} AS satisfied_answers,
          ${received('SATISFIED')} AS satisfied,
          ${received('BASICALLY_SATISFIED')} AS basically,
          ${received('CLAIMED')} AS claimed,
          ${received('CLAIMED_RESOLVED')} AS claimed_resolved,
          ${received('REPLIED')} AS replied,
          ${received('REPLIED', 'REVISITED')} AS revisited,
          ${cases(`f.due_in_period = 1 AND ${hasNot('SIDE_EXIT')}`)} AS due,
          ${cases(`f.due_in_period = 1 AND ${hasNot('SIDE_EXIT')} AND ${has('CLOSED_BY_DUE')}`)} AS closed_on_time,
          ${cases(`f.in_period = 1 AND (${has('CLOSED')} OR ${has('REOPENED')})`)} AS ever_closed,
          ${received('REOPENED')} AS reopened,
          ${received('WHISTLED')} AS whistled,
          ${cases(`f.in_period = 1 AND ${hasNot('SIDE_EXIT')} AND (${has('CLOSED_LATE')} OR f.open_late = 1)`)} AS breaches
        FROM f GROUP BY f.g)
      SELECT a.*, ${population ? 'p.population' : 'NULL'} AS population FROM a ${population ? `LEFT JOIN (${population}) p ON p.g = a.g` : ''}`,
      { ...parameters, [now]: query.now },
      PLAN_EACH_TIME,
    );
    return rows.map((row) => ({
      key: row.g == null ? null : String(row.g),
      cases: count(row.cases),
      dispatched: count(row.dispatched),
      responded: count(row.responded),
      answered: count(row.answered),
      resolved: count(row.resolved),
      satisfiedAnswers: count(row.satisfied_answers),
      satisfied: count(row.satisfied),
      basically: count(row.basically),
      claimed: count(row.claimed),
      claimedResolved: count(row.claimed_resolved),
      replied: count(row.replied),
      revisited: count(row.revisited),
      due: count(row.due),
      closedOnTime: count(row.closed_on_time),
      everClosed: count(row.ever_closed),
      reopened: count(row.reopened),
      whistled: count(row.whistled),
      breaches: count(row.breaches),
      population: row.population == null ? null : Number(row.population),
    }));
  }

  /**
   * Statement 2, with the measures asked for only: hours to the first response (the first contact), to
   * the last reply and to the closure, of the cases received in the period; their dispatches (and
   * transfers) per dispatched case; minutes from each whistle on them to each summoned unit's report, and
   * the summons reported on time. Measures not asked for keep their empty values.
   */
  async durations(query: CaseIndicatorQuery, measures: readonly DurationMeasure[]): Promise<Map<string | null, GroupDurations>> {
    const asked = new Set(measures);
    const ctes: string[] = [];
    const statements: string[] = [];
    let parameters: Record<string, unknown> = {};
    // The measures of the cases' own columns, side by side in one pass over the period's cases grouped by group:
    // one sort of the cases by group, each measure's values ordered within its group (instead of every measure's
    // rows sorted by group and measure after a copy of the cases).
    const columns: Partial<Record<DurationMeasure, { alias: string; x: string }>> = {
      timeToFirstResponse: { alias: 'r', x: 'c.hours_to_contact' },
      timeToReply: { alias: 'p', x: 'c.hours_to_reply' },
      timeToClose: { alias: 'x', x: 'c.hours_to_close' },
    };
    const own = DURATION_MEASURES.filter((measure) => asked.has(measure) && (columns[measure] || measure === 'hopStats'));
    if (own.length) {
      const cases = this.sql.cases(query, DURATION_COLUMNS, { straight: true, receivedOnly: true });
      parameters = { ...parameters, ...cases.parameters };
      const aggregates = own.flatMap((measure) => {
        const column = columns[measure];
        return column ? this.sql.measureAggregates(column.alias, column.x, `${column.x} IS NOT NULL`) : this.sql.smallCountAggregates('h', 'c.dispatch_count');
      });
      ctes.push(cases.sql, `a AS (SELECT c.g AS g, ${aggregates.join(', ')} FROM c GROUP BY c.g)`);
      const letter = { timeToFirstResponse: 'R', timeToReply: 'P', timeToClose: 'C' } as const;
      for (const measure of own) {
        const column = columns[measure];
        statements.push(column ? this.sql.measureRow(column.alias, letter[measure as keyof typeof letter], 'a') : this.sql.smallCountRow('h', 'H', 'a'));
      }
    }
    const summoned = (['unitReportMinutes', 'unitReportOnTime'] as const).filter((measure) => asked.has(measure));
    if (summoned.length) {
      // Each summons once per group, however many of the group's cases its whistle covers.
      const summons = this.summons(query, 'w.g');
      parameters = { ...parameters, ...summons.parameters };
      ctes.push(...summons.ctes);
      statements.push(this.sql.stats(summoned.map((measure) => this.sql.summonsRows(measure)).join(' UNION ALL ')));
    }
    const rows = statements.length ? await queryRows(this.manager, `WITH ${ctes.join(', ')} ${statements.join(' UNION ALL ')}`, parameters, PLAN_EACH_TIME) : [];
    const groups = new Map<string | null, GroupDurations>();
    for (const row of rows) {
      const key = row.g == null ? null : String(row.g);
      let group = groups.get(key);
      if (!group) {
        group = { timeToFirstResponse: NO_DURATIONS, timeToReply: NO_DURATIONS, timeToClose: NO_DURATIONS, hopStats: NO_DURATIONS, unitReportMinutes: NO_DURATIONS, unitReportOnTime: ratio(0, 0) };
        groups.set(key, group);
      }
      const m = String(row.m) as keyof typeof MEASURES | 'S';
      if (m === 'S') group.unitReportOnTime = ratio(Math.round(Number(row.total)), count(row.n));
      // To a millionth: the two databases interpolate percentiles in floating point, each with its own last digit.
      else group[MEASURES[m]] = { count: count(row.n), mean: micro(float(row.mean)), median: micro(float(row.median)), p90: micro(float(row.p90)) };
    }
    return groups;
  }

  /**
   * `w`, the cases received in the period that were whistled, found from the whistles' cases (a few thousand at
   * scale 1) by their primary key rather than by reading the period's cases; and `s`, the summons of the whistles
   * on them (g: `key`, a column of w or s), each once per key.
   */
  private summons(query: CaseIndicatorQuery, key: string): { ctes: string[]; parameters: Record<string, unknown> } {
    const whistled = this.sql.cases(query, [], { receivedOnly: true, name: 'w', whistled: true });
    return {
      ctes: [
        whistled.sql,
        `s AS (SELECT DISTINCT ${key} AS g, s.id, wh.blown_at, wh.report_by, s.reported_at FROM w JOIN whistles wh ON wh.id = w.whistle_id JOIN whistle_summons s ON s.whistle_id = wh.id)`,
      ],
      parameters: whistled.parameters,
    };
  }

  /**
   * Statement 5, when asked: per summoned unit, its summons by the whistles on the cases received in the period
   * (each once), the minutes to its reports and the share reported by reportBy: the same figures as
   * unitReportMinutes and unitReportOnTime, per unit rather than per group of cases.
   */
  async summonedUnits(query: CaseIndicatorQuery): Promise<SummonedUnitValue[]> {
    const summons = this.summons(query, 's.unit_id');
    const rows = await queryRows(
      this.manager,
      `WITH ${summons.ctes.join(', ')} ${this.sql.stats(`${this.sql.summonsRows('unitReportMinutes')} UNION ALL ${this.sql.summonsRows('unitReportOnTime')}`)}`,
      summons.parameters,
      PLAN_EACH_TIME,
    );
    const units = new Map<number, SummonedUnitValue>();
    for (const row of rows) {
      const unitId = Number(row.g);
      let unit = units.get(unitId);
      if (!unit) {
        unit = { unitId, summons: 0, unitReportMinutes: NO_DURATIONS, unitReportOnTime: ratio(0, 0) };
        units.set(unitId, unit);
      }
      if (row.m === 'S') {
        unit.summons = count(row.n);
        unit.unitReportOnTime = ratio(Math.round(Number(row.total)), count(row.n));
      } else unit.unitReportMinutes = { count: count(row.n), mean: micro(float(row.mean)), median: micro(float(row.median)), p90: micro(float(row.p90)) };
    }
    return [...units.values()];
  }

  /**
   * Statement 3: RETURN and DISPATCH events of the cases received in the period, per group, and the
   * `top` most frequent return paths (the returning unit → the unit it went back to) of each group.
   * The counts come from the cases' own counters (returnCount: its RETURN events; dispatchCount: its DISPATCH
   * and TRANSFER events, so less its TRANSFER events), read straight through; only the RETURN and TRANSFER events
   * (a sixth of the dispatches) are read, through their kind, for the paths and the transfers. A year of the
   * scale-1 district on SQLite: 0.44 -> 0.2 s of CPU, where every case's events were joined.
   */
  async returns(query: CaseIndicatorQuery, top: number): Promise<Map<string | null, GroupReturns>> {
    const cases = this.sql.cases(query, ['dispatch_count', 'return_count'], { straight: true, receivedOnly: true });
    const events = this.sql.cases(query, [], { receivedOnly: true, name: 'e', events: ['RETURN', 'TRANSFER'] });
    const limit = 'indicatorTop';
    const rows = await queryRows(
      this.manager,
      `WITH ${cases.sql}, ${events.sql},
      p AS (SELECT g, from_id, to_id, COUNT(*) AS n FROM e WHERE kind = 'RETURN' GROUP BY g, from_id, to_id),
      r AS (SELECT g, from_id, to_id, n, ROW_NUMBER() OVER (PARTITION BY g ORDER BY n DESC, from_id, to_id) AS rn FROM p),
      k AS (SELECT g, return_count AS returns, dispatch_count AS dispatches FROM c UNION ALL SELECT g, 0 AS returns, -1 AS dispatches FROM e WHERE kind = 'TRANSFER')
      SELECT g, NULL AS from_id, NULL AS to_id, SUM(returns) AS returns, SUM(dispatches) AS dispatches, 0 AS rn FROM k GROUP BY g
      UNION ALL SELECT g, from_id, to_id, n AS returns, 0 AS dispatches, rn FROM r WHERE rn <= :${limit}
      ORDER BY rn`,
      { ...cases.parameters, ...events.parameters, [limit]: top },
      PLAN_EACH_TIME,
    );
    const groups = new Map<string | null, GroupReturns>();
    for (const row of rows) {
      const key = row.g == null ? null : String(row.g);
      if (Number(row.rn) === 0) groups.set(key, { returnRate: ratio(count(row.returns), count(row.dispatches)), paths: [] });
      else groups.get(key)?.paths.push({ fromId: Number(row.from_id), toId: Number(row.to_id), returns: count(row.returns) });
    }
    return groups;
  }

  /**
   * Statement 4: where the time of each breached case went: the longest gap between two of its
   * consecutive events (or, for a case still open, between its last event and now), named by the status
   * the case sat in, counted per group and stage with the hours those gaps add up to. The longest gap
   * between events is kept on the case row (planStep), so only an open case's last gap is computed here:
   * it counts when it is longer (the earliest of equal gaps is the one named).
   */
  async breachStages(query: CaseIndicatorQuery): Promise<Map<string | null, BreachStageValue[]>> {
    const { sql, parameters } = this.sql.cases(query, BREACH_COLUMNS, { straight: true, receivedOnly: true });
    const now = 'indicatorNow';
    // PostgreSQL adds numeric hours, each the gap's seconds (EXTRACT(EPOCH), 6 decimals) ÷ 3600.0, as it did from the events.
    const total = this.dialect === 'postgres' ? 'SUM(CAST(ROUND(CAST(hours AS numeric) * 3600000) / 1000 AS numeric(24, 6)) / 3600.0)' : 'SUM(hours)';
    const later = `b.open_hours IS NOT NULL AND (b.longest_gap_hours IS NULL OR b.open_hours > b.longest_gap_hours)`;
    const rows = await queryRows(
      this.manager,
      `WITH ${sql}, b AS (
        SELECT c.g, c.status, c.longest_gap_hours, c.longest_gap_stage,
          CASE WHEN c.closed_at IS NULL THEN ${this.sql.hours('c.last_event_at', `CAST(:${now} AS VARCHAR(32))`)} END AS open_hours
        FROM c WHERE c.in_period = 1 AND c.status NOT IN (${sideExits})
          AND ((c.closed_at IS NOT NULL AND c.closed_at > c.due_at) OR (c.closed_at IS NULL AND c.due_at < :${now}))),
      worst AS (SELECT b.g, CASE WHEN ${later} THEN b.status ELSE b.longest_gap_stage END AS stage, CASE WHEN ${later} THEN b.open_hours ELSE b.longest_gap_hours END AS hours FROM b)
      SELECT g, stage, COUNT(*) AS n, ${total} AS hours FROM worst WHERE hours IS NOT NULL GROUP BY g, stage ORDER BY g, n DESC, stage`,
      { ...parameters, [now]: query.now },
      PLAN_EACH_TIME,
    );
    const groups = new Map<string | null, BreachStageValue[]>();
    for (const row of rows) {
      const key = row.g == null ? null : String(row.g);
      const stages = groups.get(key) ?? [];
      stages.push({ stage: row.stage as CaseStatus, cases: count(row.n), hours: Number(row.hours) });
      groups.set(key, stages);
    }
    return groups;
  }

  /**
   * A case indicator per calendar period: one statement grouped by the period of receipt (of dueAt for
   * on-time closure), from the first day of the period containing `from` to the end of `to`'s day. Each
   * of `dates` (the periods' last days, as periodEnds gives them) gets the ratio of its period.
   */
  async trend(measure: CaseTrendMeasure, scopeId: number, jurisdictionId: number | null, from: string, to: string, interval: PeriodGrouping['interval'], dates: readonly string[]): Promise<RatioValue[]> {
    const column = measure === 'ON_TIME_CLOSURE_RATE' ? 'due_at' : 'received_at';
    const query: CaseIndicatorQuery = { scopeId, jurisdictionId, from: periodStart(from, interval), to: dayAfter(to), grouping: { interval, column }, now: new Date().toISOString() };
    if (measure === 'RETURN_RATE') {
      const returns = await this.returns(query, 0);
      return dates.map((date) => returns.get(bucketOf(date, interval))?.returnRate ?? ratio(0, 0));
    }
    const counts = new Map((await this.counts(query)).map((row) => [row.key, row]));
    return dates.map((date) => {
      const row = counts.get(bucketOf(date, interval));
      return row ? TREND_RATIOS[measure](row) : ratio(0, 0);
    });
  }
}

/** The case indicators that can be followed over time (indicatorTrend's CASE_… names). */
export type CaseTrendMeasure =
  | 'RESPONSE_RATE'
  | 'RESOLUTION_RATE'
  | 'SATISFACTION_RATE'
  | 'HANDLER_RESOLUTION_RATE'
  | 'CALLBACK_RATE'
  | 'ON_TIME_CLOSURE_RATE'
  | 'RETURN_RATE'
  | 'REOPEN_RATE'
  | 'ESCALATION_RATE';

const TREND_RATIOS: Record<Exclude<CaseTrendMeasure, 'RETURN_RATE'>, (counts: CaseCounts) => RatioValue> = {
  RESPONSE_RATE: (c) => ratio(c.responded, c.dispatched),
  RESOLUTION_RATE: (c) => ratio(c.resolved, c.answered),
  SATISFACTION_RATE: (c) => ratio(c.satisfied, c.satisfiedAnswers),
  HANDLER_RESOLUTION_RATE: (c) => ratio(c.claimedResolved, c.claimed),
  CALLBACK_RATE: (c) => ratio(c.revisited, c.replied),
  ON_TIME_CLOSURE_RATE: (c) => ratio(c.closedOnTime, c.due),
  REOPEN_RATE: (c) => ratio(c.reopened, c.everClosed),
  ESCALATION_RATE: (c) => ratio(c.whistled, c.cases),
};

const MONTHS = { MONTH: 1, QUARTER: 3, YEAR: 12 } as const;

/** The bucket (as CaseIndicatorSql.bucket writes it) of a date: 2026-01, 2026-Q1 or 2026. */
export function bucketOf(date: string, interval: PeriodGrouping['interval']): string {
  if (interval === 'MONTH') return date.slice(0, 7);
  if (interval === 'YEAR') return date.slice(0, 4);
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) + 2) / 3)}`;
}

/** The first day of the period containing `date`. */
export function periodStart(date: string, interval: PeriodGrouping['interval']): string {
  const month = Number(date.slice(5, 7)) - 1;
  const first = Math.floor(month / MONTHS[interval]) * MONTHS[interval];
  return `${date.slice(0, 4)}-${String(first + 1).padStart(2, '0')}-01`;
}

function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
