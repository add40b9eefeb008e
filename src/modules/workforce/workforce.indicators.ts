import type { EntityManager } from 'typeorm';
import { queryRows } from '../../db/rows.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { QualificationLevel, TrainingCourseStatus, WorkerExitReason, WorkforceGroupBy } from './workforce.kinds.js';
import { CONTINUING_EDUCATION_HOURS, GRADE_STEP_YEARS } from './workforce.rules.js';

/**
 * The workforce indicators (README, "Workforce"; operations.md §4.2), computed in SQL in two statements
 * whatever the number of workers, courses and attendances: one over the worker profiles of the scope, joined to
 * each profile's highest valid qualification and each person's credited hours (two grouped derived tables, one
 * pass over the qualifications and over the attendances of the courses in the windows: per-profile correlated
 * sub-selects took 150 ms for a district on PostgreSQL), grouped by community or subdistrict; one for the
 * residents of each group.
 *
 * Employment is the half-open period [hiredOn, exitedOn): a worker is employed on day d when
 * hiredOn ≤ d < exitedOn. For the period [from, to) the last day is to − 1.
 *
 * 12-month retention is a hiring cohort's (operations.md §4.2): the workers hired in (to − 24 months, to − 12 months],
 * retained when their employment covers their first 12 months, [hiredOn, hiredOn + 12 months), i.e. exitedOn is null or
 * on or after the first anniversary of the hiring. Those 12 months end within [to − 12 months, to), so every cohort member
 * is judged by the period's last day. "n months before or after" is the same day n ÷ 12 years earlier or later, 29 February
 * becoming 1 March (yearsBefore; in SQL the anniversary is the hiring's text with the year plus one, '2025-02-29', which
 * compares as 1 March).
 */

export interface WorkforceIndicatorQuery {
  /** The organization whose subtree is measured: the workers assigned to its communities. */
  scopeId: number;
  from: string;
  to: string;
  groupBy: WorkforceGroupBy | null;
}

export interface WorkforceGroupFigures {
  /** Community or subdistrict database id, or 'ALL'. */
  key: string;
  /** Employed on `from`. */
  atStart: number;
  /** Employed on the period's last day. */
  atEnd: number;
  /** Workers whose last day employed (the day before exitedOn) falls in the period. */
  exits: number;
  /** Of the exits, the voluntary ones (exit reason RESIGNED). */
  voluntaryExits: number;
  /** The hiring cohort: hired in (to − 24 months, to − 12 months]. */
  cohort: number;
  /** Of the cohort, those whose exitedOn is null or on or after the first anniversary of their hiring (employed for their first 12 months). */
  retained: number;
  /** Of those employed on the last day, holding a qualification whose registration is valid that day. */
  certified: number;
  /** Of the certified, those with the continuing-education hours of their level over the 3 years ending with the period. */
  compliant: number;
  /** Hours credited to those employed on the last day, for completed attendances at courses starting in the period. */
  trainingHours: number;
  /** Of those employed on the last day, those with at least one completed attendance at a course starting in the period. */
  trained: number;
  /** Of those employed on the last day, those whose last grade change on or before it (or their hiring, without one) is more than 3 years before it. */
  stalled: number;
  /** Residents of the group's grids. */
  residents: number;
  /** Households of the group's grids. */
  households: number;
}

/** The day `days` after an ISO date. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The same day `years` earlier (29 February → 1 March in a year without one). */
export function yearsBefore(day: string, years: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year - years, month - 1, date)).toISOString().slice(0, 10);
}

/**
 * The subdistrict of a community is its parent (a community Party committee sits under a subdistrict working
 * committee and nothing else, KIND_RULES): one join by primary key, where the closure's ancestors of that
 * kind cost a scan of the closure (0.5 s for a district on SQLite).
 */
const subdistrictJoin = (column: string) => `JOIN organizations sd ON sd.id = ${column}`;

const RANK = `CASE q.level WHEN '${QualificationLevel.SENIOR}' THEN 3 WHEN '${QualificationLevel.INTERMEDIATE}' THEN 2 ELSE 1 END`;

/** A YYYY-MM-DD literal for the periods table, checked, so that only a date reaches the SQL text. Text, as the workforce's date columns are (varchar(10) on PostgreSQL). */
function dateLiteral(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a date: ${day}`);
  return `'${day}'`;
}

export async function computeWorkforceIndicators(manager: EntityManager, query: WorkforceIndicatorQuery): Promise<WorkforceGroupFigures[]> {
  return computeWorkforceFigures(manager, { scopeId: query.scopeId, groupBy: query.groupBy, periods: [{ from: query.from, to: query.to }], residents: true });
}

/**
 * The figures of each period (its index in `period`) and group: one statement over a table of the periods,
 * whatever their number (a trend's), so that every period is counted by the same definitions; and, with
 * `residents`, one for the residents of each group (grids keep no history: the same for every period).
 */
export async function computeWorkforceFigures(
  manager: EntityManager,
  query: { scopeId: number; groupBy: WorkforceGroupBy | null; periods: readonly { from: string; to: string }[]; residents: boolean },
): Promise<(WorkforceGroupFigures & { period: number })[]> {
  const day = dateLiteral;
  // Per period: from, to, its last day, the bounds of its hiring cohort (to − 24 months, exclusive; to − 12 months, inclusive), the start
  // of its 3 education years, the earlier of that and from, and its last day 3 years earlier (a grade older than that has stalled).
  const periodRows = query.periods.map((period, index) => {
    const lastDay = addDays(period.to, -1);
    const educationFrom = yearsBefore(period.to, 3);
    const earliestCourse = educationFrom < period.from ? educationFrom : period.from;
    return `(${index}, ${day(period.from)}, ${day(period.to)}, ${day(lastDay)}, ${day(yearsBefore(period.to, 2))}, ${day(yearsBefore(period.to, 1))}, ${day(educationFrom)}, ${day(earliestCourse)}, ${day(yearsBefore(lastDay, GRADE_STEP_YEARS))})`;
  });
  const periods = `periods (i, pf, pt, pl, pca, pcb, pe, pac, pg) AS (VALUES ${periodRows.join(', ')})`;
  const parameters = { scopeId: query.scopeId, community: OrganizationKind.COMMUNITY_PARTY_COMMITTEE };
  const inScope = (column: string) => `${column} IN (SELECT sc.descendant_id FROM organization_closure sc WHERE sc.ancestor_id = :scopeId)`;
  const key = query.groupBy === WorkforceGroupBy.COMMUNITY ? 'CAST(w.community_id AS varchar(32))' : query.groupBy === WorkforceGroupBy.SUBDISTRICT ? 'CAST(sd.parent_id AS varchar(32))' : `'ALL'`;
  const employedOn = (dayColumn: string) => `x.hired_on <= ${dayColumn} AND (x.exited_on IS NULL OR x.exited_on > ${dayColumn})`;
  const inCohort = 'x.hired_on > x.pca AND x.hired_on <= x.pcb';
  // The first anniversary of the hiring, as text (the year plus one; a 29 February's compares as 1 March).
  const anniversary = "CAST(CAST(SUBSTR(x.hired_on, 1, 4) AS integer) + 1 AS varchar(4)) || SUBSTR(x.hired_on, 5)";
  const minimum = (rank: number) => CONTINUING_EDUCATION_HOURS[rank === 1 ? QualificationLevel.ASSISTANT : QualificationLevel.INTERMEDIATE];

  const workers = await queryRows(
    manager,
    `WITH ${periods}
     SELECT x.i AS i, x.g AS g,
            SUM(CASE WHEN ${employedOn('x.pf')} THEN 1 ELSE 0 END) AS at_start,
            SUM(x.at_end) AS at_end,
            SUM(CASE WHEN x.exited_on > x.pf AND x.exited_on <= x.pt THEN 1 ELSE 0 END) AS exits,
            SUM(CASE WHEN x.exited_on > x.pf AND x.exited_on <= x.pt AND x.exit_reason = '${WorkerExitReason.RESIGNED}' THEN 1 ELSE 0 END) AS voluntary_exits,
            SUM(CASE WHEN ${inCohort} THEN 1 ELSE 0 END) AS cohort,
            SUM(CASE WHEN ${inCohort} AND (x.exited_on IS NULL OR x.exited_on >= ${anniversary}) THEN 1 ELSE 0 END) AS retained,
            SUM(CASE WHEN x.at_end = 1 AND x.level_rank > 0 THEN 1 ELSE 0 END) AS certified,
            SUM(CASE WHEN x.at_end = 1 AND x.level_rank > 0 AND x.education_hours >= (CASE WHEN x.level_rank = 1 THEN ${minimum(1)} ELSE ${minimum(2)} END) THEN 1 ELSE 0 END) AS compliant,
            SUM(CASE WHEN x.at_end = 1 THEN x.training_hours ELSE 0 END) AS training_hours,
            SUM(CASE WHEN x.at_end = 1 AND x.courses > 0 THEN 1 ELSE 0 END) AS trained,
            SUM(CASE WHEN x.at_end = 1 AND COALESCE(x.last_grade, x.hired_on) < x.pg THEN 1 ELSE 0 END) AS stalled
     FROM (
       SELECT p.i, p.pf, p.pt, p.pca, p.pcb, p.pg, ${key} AS g, w.hired_on, w.exited_on, w.exit_reason, gl.last_grade, COALESCE(h.courses, 0) AS courses,
              CASE WHEN w.hired_on <= p.pl AND (w.exited_on IS NULL OR w.exited_on > p.pl) THEN 1 ELSE 0 END AS at_end,
              COALESCE(qv.level_rank, 0) AS level_rank, COALESCE(h.training_hours, 0) AS training_hours, COALESCE(h.education_hours, 0) AS education_hours
       FROM periods p
       JOIN worker_profiles w ON w.hired_on <= p.pl AND (w.exited_on IS NULL OR w.exited_on > p.pf OR w.hired_on > p.pca)
       ${query.groupBy === WorkforceGroupBy.SUBDISTRICT ? subdistrictJoin('w.community_id') : ''}
       LEFT JOIN (SELECT p.i, q.profile_id, MAX(${RANK}) AS level_rank FROM periods p JOIN worker_qualifications q
                  ON q.obtained_on <= p.pl AND (q.registration_valid_until IS NULL OR q.registration_valid_until >= p.pl) GROUP BY p.i, q.profile_id) qv
              ON qv.i = p.i AND qv.profile_id = w.id
       LEFT JOIN (SELECT p.i, g.profile_id, MAX(g.effective_on) AS last_grade FROM periods p JOIN worker_grade_changes g ON g.effective_on <= p.pl GROUP BY p.i, g.profile_id) gl
              ON gl.i = p.i AND gl.profile_id = w.id
       LEFT JOIN (SELECT p.i, a.person_id,
                         SUM(CASE WHEN tc.starts_on >= p.pf THEN a.hours_credited ELSE 0 END) AS training_hours,
                         SUM(CASE WHEN tc.starts_on >= p.pf THEN 1 ELSE 0 END) AS courses,
                         SUM(CASE WHEN a.continuing_education = TRUE AND tc.starts_on >= p.pe THEN a.hours_credited ELSE 0 END) AS education_hours
                  FROM periods p JOIN training_courses tc ON tc.starts_on >= p.pac AND tc.starts_on < p.pt
                  JOIN training_attendances a ON a.course_id = tc.id
                  WHERE a.completed = TRUE AND a.withdrawn = FALSE AND tc.status <> '${TrainingCourseStatus.CANCELLED}' GROUP BY p.i, a.person_id) h ON h.i = p.i AND h.person_id = w.person_id
       WHERE ${inScope('w.community_id')}
     ) x GROUP BY x.i, x.g`,
    parameters,
  );

  const population = 'COALESCE((SELECT SUM(gr.population) FROM grids gr WHERE gr.community_id = c.id), 0)';
  const households = 'COALESCE((SELECT SUM(gr.households) FROM grids gr WHERE gr.community_id = c.id), 0)';
  const residentsSql =
    query.groupBy === WorkforceGroupBy.COMMUNITY
      ? `SELECT CAST(c.id AS varchar(32)) AS g, ${population} AS residents, ${households} AS households FROM organizations c WHERE c.kind = :community AND ${inScope('c.id')}`
      : query.groupBy === WorkforceGroupBy.SUBDISTRICT
        ? `SELECT CAST(c.parent_id AS varchar(32)) AS g, SUM(${population}) AS residents, SUM(${households}) AS households FROM organizations c WHERE c.kind = :community AND ${inScope('c.id')} GROUP BY c.parent_id`
        : `SELECT 'ALL' AS g, COALESCE(SUM(gr.population), 0) AS residents, COALESCE(SUM(gr.households), 0) AS households FROM grids gr WHERE ${inScope('gr.community_id')}`;
  const residents = query.residents ? await queryRows(manager, residentsSql, parameters) : [];

  // Every period has every group with residents (and every group with workers in it).
  const groups = new Map<string, WorkforceGroupFigures & { period: number }>();
  const groupOf = (period: number, key: string) => {
    let group = groups.get(`${period}:${key}`);
    if (!group) {
      group = { period, key, atStart: 0, atEnd: 0, exits: 0, voluntaryExits: 0, cohort: 0, retained: 0, certified: 0, compliant: 0, trainingHours: 0, trained: 0, stalled: 0, residents: 0, households: 0 };
      groups.set(`${period}:${key}`, group);
    }
    return group;
  };
  for (let period = 0; period < query.periods.length; period++) for (const row of residents) Object.assign(groupOf(period, String(row.g)), { residents: Number(row.residents ?? 0), households: Number(row.households ?? 0) });
  for (const row of workers) {
    Object.assign(groupOf(Number(row.i), String(row.g)), {
      atStart: Number(row.at_start ?? 0),
      atEnd: Number(row.at_end ?? 0),
      exits: Number(row.exits ?? 0),
      voluntaryExits: Number(row.voluntary_exits ?? 0),
      cohort: Number(row.cohort ?? 0),
      retained: Number(row.retained ?? 0),
      certified: Number(row.certified ?? 0),
      compliant: Number(row.compliant ?? 0),
      trainingHours: Number(row.training_hours ?? 0),
      trained: Number(row.trained ?? 0),
      stalled: Number(row.stalled ?? 0),
    });
  }
  if (query.groupBy === null) for (let period = 0; period < query.periods.length; period++) groupOf(period, 'ALL');
  return [...groups.values()].sort((a, b) => a.period - b.period || Number(a.key) - Number(b.key));
}
