import type { EntityManager } from 'typeorm';
import type { Dialect } from '../../db/database.js';
import { greatestSql, hoursSql, leastSql } from '../../db/dialect-sql.js';
import { emptyPage, queryPartitionedPages, queryRows } from '../../db/rows.js';
import { Conditions } from '../../db/conditions.js';
import { inForceOnSql } from '../../lib/period.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import { LinkKind } from '../links/link.kinds.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { OPEN_COLUMNS } from './resource.conditions.js';
import { Resource } from './resource.entity.js';
import { ResourceGroupBy, ResourceKind, ResourceStatus, SCHEDULED_KINDS } from './resource.kinds.js';
import { weekdayCounts } from './resource.rules.js';
import { ResourceUseStatus } from './resource-use.transitions.js';

/** The units counted as square metres for serviceSpacePer100Households. */
export const SQUARE_METRE_UNITS = ['m²', 'm2', 'sqm'] as const;
/** The community standard: at least 30 m² of service space per 100 households. */
export const SPACE_STANDARD_PER_100_HOUSEHOLDS = 30;

export interface ResourceGroupFigures {
  /** Community or grid database id, a kind, or 'ALL'. */
  key: string;
  scheduledUsed: number;
  scheduledCapacity: number;
  fundsDisbursed: number;
  fundsBudget: number;
  sharedUses: number;
  uses: number;
  idle: Page<Resource>;
  /** ACTIVE spaces shared through a RESOURCE_SHARING link in force on the period's last day, and those of them with no USED use in the period. */
  sharedSpaces: number;
  idleSharedSpaces: number;
  space: { squareMetres: number; households: number } | null;
}

function dialectOf(manager: EntityManager): Dialect {
  return manager.connection.driver.options.type === 'postgres' ? 'postgres' : 'sqlite';
}

/**
 * The SQL the snapshot and the trend write their used hours with, for one dialect: the later and the earlier of
 * two instants, and the hours from instant `a` to `b` (src/db/dialect-sql.ts, as the case indicators count them).
 */
function timeSql(postgres: boolean) {
  const dialect: Dialect = postgres ? 'postgres' : 'sqlite';
  return {
    greatest: (a: string, b: string) => greatestSql(dialect, a, b),
    least: (a: string, b: string) => leastSql(dialect, a, b),
    hours: (a: string, b: string) => hoursSql(dialect, a, b),
  };
}

/**
 * Resource indicators of a scope over [from, to), grouped, each family one statement (README,
 * "Resources"), whatever the number of resources and uses: utilisation of spaces and equipment, of funds,
 * the sharing rate, the idle resources (a page per group) and service space per 100 households.
 */
export async function computeResourceIndicators(manager: EntityManager, input: { scopeId: number; from: string; to: string; groupBy: ResourceGroupBy | null; idleWindow: PageWindow }): Promise<ResourceGroupFigures[]> {
  const postgres = dialectOf(manager) === 'postgres';
  const fromTs = `${input.from}T00:00:00.000Z`;
  const toTs = `${input.to}T00:00:00.000Z`;
  const { greatest, least, hours } = timeSql(postgres);
  const key = (alias: string) => {
    switch (input.groupBy) {
      case ResourceGroupBy.COMMUNITY:
        return `CAST(${alias}.community_id AS varchar(32))`;
      case ResourceGroupBy.GRID:
        return `CAST(${alias}.grid_id AS varchar(32))`;
      case ResourceGroupBy.KIND:
        return `${alias}.kind`;
      default:
        return `'ALL'`;
    }
  };
  const inScope = (alias: string) => `${alias}.community_id IN (SELECT sc.descendant_id FROM organization_closure sc WHERE sc.ancestor_id = :scopeId)${input.groupBy === ResourceGroupBy.GRID ? ` AND ${alias}.grid_id IS NOT NULL` : ''}`;
  const counts = weekdayCounts(input.from, input.to);
  const openHours = `(${OPEN_COLUMNS.map((column, index) => `r.${column} * ${counts[index]}`).join(' + ')}) / 60.0`;
  const parameters = { scopeId: input.scopeId, fromTs, toTs, used: ResourceUseStatus.USED, active: ResourceStatus.ACTIVE };

  const scheduled = await queryRows(
    manager,
    `SELECT x.g, SUM(x.capacity) AS capacity, SUM(x.used_hours) AS used_hours FROM (
       SELECT ${key('r')} AS g, r.maximum * ${openHours} AS capacity,
              COALESCE((SELECT SUM(u.quantity * ${hours(greatest('u.starts_at', ':fromTs'), least('u.ends_at', ':toTs'))}) FROM resource_uses u
                        WHERE u.resource_id = r.id AND u.status = :used AND u.starts_at < :toTs AND u.ends_at > :fromTs), 0) AS used_hours
       FROM resources r WHERE ${inScope('r')} AND r.status = :active AND r.kind IN (${SCHEDULED_KINDS.map((kind) => `'${kind}'`).join(', ')})
     ) x GROUP BY x.g`,
    parameters,
  );
  const funds = await queryRows(
    manager,
    `SELECT ${key('r')} AS g, SUM(r.maximum) AS budget,
            SUM(COALESCE((SELECT SUM(u.quantity) FROM resource_uses u WHERE u.resource_id = r.id AND u.status = :used AND u.starts_at >= :fromTs AND u.starts_at < :toTs), 0)) AS disbursed
     FROM resources r WHERE ${inScope('r')} AND r.status = :active AND r.kind = '${ResourceKind.FUNDS}' GROUP BY 1`,
    parameters,
  );
  const sharing = await queryRows(
    manager,
    `SELECT ${key('r')} AS g, COUNT(*) AS uses, SUM(CASE WHEN u.user_id <> r.owner_id THEN 1 ELSE 0 END) AS shared
     FROM resource_uses u JOIN resources r ON r.id = u.resource_id
     WHERE ${inScope('r')} AND u.status = :used AND u.starts_at >= :fromTs AND u.starts_at < :toTs GROUP BY 1`,
    parameters,
  );
  const idle = await queryPartitionedPages(manager, Resource, input.idleWindow, {
    from: `(SELECT r.*, ${key('r')} AS group_key FROM resources r WHERE ${inScope('r')} AND r.status = :active
             AND NOT EXISTS (SELECT 1 FROM resource_uses u WHERE u.resource_id = r.id AND u.status = :used AND u.starts_at < :toTs AND u.ends_at > :fromTs)) t`,
    partitionBy: 't.group_key',
    where: new Conditions(),
    orderBy: 't.code, t.id',
    parameters,
  });

  // Idle shared spaces: ACTIVE spaces whose owner shares them (a RESOURCE_SHARING link, not suspended, in force on
  // the period's last day), and those of them with no USED use overlapping the period.
  const lastDayOfPeriod = new Date(Date.parse(toTs) - 86_400_000).toISOString().slice(0, 10);
  const sharedSpaces = await queryRows(
    manager,
    `SELECT ${key('r')} AS g, COUNT(*) AS shared,
            SUM(CASE WHEN EXISTS (SELECT 1 FROM resource_uses u WHERE u.resource_id = r.id AND u.status = :used AND u.starts_at < :toTs AND u.ends_at > :fromTs) THEN 0 ELSE 1 END) AS idle
     FROM resources r WHERE ${inScope('r')} AND r.status = :active AND r.kind = '${ResourceKind.SPACE}'
       AND EXISTS (SELECT 1 FROM links s WHERE s.kind = '${LinkKind.RESOURCE_SHARING}' AND s.source_id = r.owner_id AND s.status <> 'SUSPENDED' AND ${inForceOnSql('s.since', 's.until', ':lastDay')})
     GROUP BY 1`,
    { ...parameters, lastDay: lastDayOfPeriod },
  );

  // Service space: per community (or grid), the m² of ACTIVE spaces placed in it or shared into it by a link
  // in force on the last day of the period; for the whole scope (no grouping, or the SPACE kind) the same over the scope.
  const lastDay = new Date(Date.parse(toTs) - 86_400_000).toISOString().slice(0, 10);
  const spaceOf = `r.kind = '${ResourceKind.SPACE}' AND r.status = :active AND r.unit IN (${SQUARE_METRE_UNITS.map((unit) => `'${unit}'`).join(', ')})`;
  const sharedInto = (targets: string) => `EXISTS (SELECT 1 FROM links s WHERE s.kind = '${LinkKind.RESOURCE_SHARING}' AND s.source_id = r.owner_id AND s.status <> 'SUSPENDED' AND ${inForceOnSql('s.since', 's.until', ':lastDay')} AND s.target_id IN (${targets}))`;
  const spaceParameters = { ...parameters, lastDay, community: OrganizationKind.COMMUNITY_PARTY_COMMITTEE };
  let space: { g: string; households: number; metres: number }[] = [];
  if (input.groupBy === ResourceGroupBy.GRID) {
    space = (
      await queryRows(
        manager,
        `SELECT CAST(gr.id AS varchar(32)) AS g, gr.households AS households, COALESCE((SELECT SUM(r.maximum) FROM resources r WHERE r.grid_id = gr.id AND ${spaceOf}), 0) AS metres
         FROM grids gr WHERE gr.community_id IN (SELECT sc.descendant_id FROM organization_closure sc WHERE sc.ancestor_id = :scopeId)`,
        spaceParameters,
      )
    ).map((row) => ({ g: String(row.g), households: Number(row.households ?? 0), metres: Number(row.metres) }));
  } else if (input.groupBy === ResourceGroupBy.COMMUNITY) {
    space = (
      await queryRows(
        manager,
        `SELECT CAST(c.id AS varchar(32)) AS g, COALESCE(c.households, (SELECT SUM(gr.households) FROM grids gr WHERE gr.community_id = c.id), 0) AS households,
                COALESCE((SELECT SUM(r.maximum) FROM resources r WHERE ${spaceOf} AND (r.community_id = c.id OR ${sharedInto('SELECT cc.descendant_id FROM organization_closure cc WHERE cc.ancestor_id = c.id')})), 0) AS metres
         FROM organizations c WHERE c.kind = :community AND c.id IN (SELECT sc.descendant_id FROM organization_closure sc WHERE sc.ancestor_id = :scopeId)`,
        spaceParameters,
      )
    ).map((row) => ({ g: String(row.g), households: Number(row.households ?? 0), metres: Number(row.metres) }));
  } else {
    const [row] = await queryRows(
      manager,
      `SELECT (SELECT COALESCE(SUM(COALESCE(c.households, (SELECT SUM(gr.households) FROM grids gr WHERE gr.community_id = c.id), 0)), 0) FROM organizations c
                WHERE c.kind = :community AND c.id IN (SELECT sc.descendant_id FROM organization_closure sc WHERE sc.ancestor_id = :scopeId)) AS households,
              (SELECT COALESCE(SUM(r.maximum), 0) FROM resources r WHERE ${spaceOf}
                AND (${inScope('r')} OR ${sharedInto('SELECT sc.descendant_id FROM organization_closure sc WHERE sc.ancestor_id = :scopeId')})) AS metres`,
      spaceParameters,
    );
    space = [{ g: input.groupBy === ResourceGroupBy.KIND ? ResourceKind.SPACE : 'ALL', households: Number(row!.households), metres: Number(row!.metres) }];
  }

  const keys = new Set<string>();
  for (const rows of [scheduled, funds, sharing, sharedSpaces]) for (const row of rows) keys.add(String(row.g));
  for (const group of idle.keys()) keys.add(group);
  for (const row of space) keys.add(row.g);
  if (input.groupBy === null) keys.add('ALL');
  const find = (rows: Record<string, unknown>[], group: string) => rows.find((row) => String(row.g) === group);
  return [...keys].filter((group) => group !== 'null').sort((a, b) => (input.groupBy === ResourceGroupBy.KIND ? a.localeCompare(b) : Number(a) - Number(b))).map((group) => {
    const s = find(scheduled, group);
    const f = find(funds, group);
    const h = find(sharing, group);
    const shared = find(sharedSpaces, group);
    const sp = space.find((row) => row.g === group);
    return {
      key: group,
      scheduledUsed: Number(s?.used_hours ?? 0),
      scheduledCapacity: Number(s?.capacity ?? 0),
      fundsDisbursed: Number(f?.disbursed ?? 0),
      fundsBudget: Number(f?.budget ?? 0),
      sharedUses: Number(h?.shared ?? 0),
      uses: Number(h?.uses ?? 0),
      idle: idle.get(group) ?? emptyPage(input.idleWindow),
      sharedSpaces: Number(shared?.shared ?? 0),
      idleSharedSpaces: Number(shared?.idle ?? 0),
      space: sp ? { squareMetres: sp.metres, households: sp.households } : null,
    };
  });
}

/** The resource figures indicatorTrend follows (its RESOURCE_… names). */
export type ResourceTrendMeasure = 'UTILISATION' | 'IDLE_SHARED_SPACES' | 'SERVICE_SPACE_PER_100_HOUSEHOLDS' | 'FUNDS_UTILISATION' | 'SHARING_RATE';

/** A trend point's figures: numerator, denominator and value as resourceIndicators gives them for the period. */
export interface ResourceTrendFigure {
  numerator: number;
  denominator: number;
  value: number | null;
}

/** A YYYY-MM-DD date checked, so that only a date reaches the SQL text of the periods table. */
function checkedDay(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a date: ${day}`);
  return day;
}

/**
 * One resource figure of the whole scope (no grouping) for each period [from, to), in one statement whatever
 * the number of periods: the SQL of computeResourceIndicators over a table of the periods (i; the first instant
 * and the instant after, as the uses' text timestamps; the last day, as the links' dates; the days of each
 * weekday), so that each point is the resourceIndicators of its period. As there, a resource's status, kind,
 * unit, capacity (maximum) and opening hours, and a community's households, are today's (resources and
 * households keep no history); the uses and the sharing links are those of each period.
 */
export async function computeResourceTrend(manager: EntityManager, measure: ResourceTrendMeasure, scopeId: number, periods: readonly { from: string; to: string }[]): Promise<ResourceTrendFigure[]> {
  const postgres = dialectOf(manager) === 'postgres';
  const { greatest, least, hours } = timeSql(postgres);
  const linkDay = (day: string) => (postgres ? `CAST('${day}' AS DATE)` : `'${day}'`);
  const rows = periods.map((period, index) => {
    const from = checkedDay(period.from);
    const to = checkedDay(period.to);
    const lastDay = new Date(Date.parse(`${to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    return `(${index}, '${from}T00:00:00.000Z', '${to}T00:00:00.000Z', ${linkDay(lastDay)}, ${weekdayCounts(from, to).join(', ')})`;
  });
  const table = `periods (i, pf, pt, pl, ${OPEN_COLUMNS.map((_, index) => `c${index}`).join(', ')}) AS (VALUES ${rows.join(', ')})`;
  const scope = 'SELECT sc.descendant_id FROM organization_closure sc WHERE sc.ancestor_id = :scopeId';
  const parameters = { scopeId, used: ResourceUseStatus.USED, active: ResourceStatus.ACTIVE, community: OrganizationKind.COMMUNITY_PARTY_COMMITTEE };
  // The owner shares r through a RESOURCE_SHARING link, not suspended, in force on the period's last day (and `more`).
  const sharedOn = (more = '') => `EXISTS (SELECT 1 FROM links s WHERE s.kind = '${LinkKind.RESOURCE_SHARING}' AND s.source_id = r.owner_id AND s.status <> 'SUSPENDED' AND ${inForceOnSql('s.since', 's.until', 'p.pl')}${more})`;
  const usedIn = `EXISTS (SELECT 1 FROM resource_uses u WHERE u.resource_id = r.id AND u.status = :used AND u.starts_at < p.pt AND u.ends_at > p.pf)`;
  let sql: string;
  switch (measure) {
    case 'UTILISATION': {
      // The used hours joined from the uses to the periods they overlap, and the capacity of each period, grouped apart:
      // a sum sub-select per resource and period (as the snapshot's per resource) took twice as long for a year by month
      // at scale 1 on SQLite (0.53–0.66 s against 0.30–0.38 s). The same terms are summed, in another order.
      const openHours = `(${OPEN_COLUMNS.map((column, index) => `r.${column} * p.c${index}`).join(' + ')}) / 60.0`;
      const scheduled = `r.community_id IN (${scope}) AND r.status = :active AND r.kind IN (${SCHEDULED_KINDS.map((kind) => `'${kind}'`).join(', ')})`;
      sql = `WITH ${table}
        SELECT p.i AS i, COALESCE(uu.used_hours, 0) AS n, COALESCE(cc.capacity, 0) AS d FROM periods p
        LEFT JOIN (SELECT p.i AS i, SUM(u.quantity * ${hours(greatest('u.starts_at', 'p.pf'), least('u.ends_at', 'p.pt'))}) AS used_hours
                   FROM resources r JOIN resource_uses u ON u.resource_id = r.id CROSS JOIN periods p
                   WHERE ${scheduled} AND u.status = :used AND u.starts_at < p.pt AND u.ends_at > p.pf GROUP BY p.i) uu ON uu.i = p.i
        LEFT JOIN (SELECT p.i AS i, SUM(r.maximum * ${openHours}) AS capacity FROM periods p CROSS JOIN resources r WHERE ${scheduled} GROUP BY p.i) cc ON cc.i = p.i`;
      break;
    }
    case 'FUNDS_UTILISATION': {
      // As the snapshot's funds: the USED disbursements dated in each period ÷ the budgets (maximum) of today's ACTIVE FUNDS.
      const funds = `r.community_id IN (${scope}) AND r.status = :active AND r.kind = '${ResourceKind.FUNDS}'`;
      sql = `WITH ${table}
        SELECT p.i AS i, COALESCE(uu.disbursed, 0) AS n, (SELECT COALESCE(SUM(r.maximum), 0) FROM resources r WHERE ${funds}) AS d FROM periods p
        LEFT JOIN (SELECT p.i AS i, SUM(u.quantity) AS disbursed FROM resources r JOIN resource_uses u ON u.resource_id = r.id CROSS JOIN periods p
                   WHERE ${funds} AND u.status = :used AND u.starts_at >= p.pf AND u.starts_at < p.pt GROUP BY p.i) uu ON uu.i = p.i`;
      break;
    }
    case 'SHARING_RATE':
      // As the snapshot's: the USED uses starting in each period, of the scope's resources of every kind and status, by another
      // organization than the owner ÷ all of them. The uses are counted by the day they start (UTC, the stored text's first ten
      // characters) first, and the days joined to the periods: a period starts and ends at midnight UTC, so every use of a day
      // falls in the period of its first one. Joining each use to the periods instead compared 168,000 uses with each of twelve
      // months (a year by month of the district at scale 1: 0.6 s on PostgreSQL, 0.19 s so).
      sql = `WITH ${table}
        SELECT p.i AS i, SUM(ud.shared) AS n, SUM(ud.uses) AS d FROM periods p
        JOIN (SELECT MIN(u.starts_at) AS first_start, COUNT(*) AS uses, SUM(CASE WHEN u.user_id <> r.owner_id THEN 1 ELSE 0 END) AS shared
              FROM resources r JOIN resource_uses u ON u.resource_id = r.id
              WHERE r.community_id IN (${scope}) AND u.status = :used AND u.starts_at >= (SELECT MIN(pp.pf) FROM periods pp) AND u.starts_at < (SELECT MAX(pp.pt) FROM periods pp)
              GROUP BY SUBSTR(u.starts_at, 1, 10)) ud ON ud.first_start >= p.pf AND ud.first_start < p.pt
        GROUP BY p.i`;
      break;
    case 'IDLE_SHARED_SPACES':
      sql = `WITH ${table}
        SELECT p.i AS i, SUM(CASE WHEN ${usedIn} THEN 0 ELSE 1 END) AS n, COUNT(*) AS d
        FROM periods p CROSS JOIN resources r
        WHERE r.community_id IN (${scope}) AND r.status = :active AND r.kind = '${ResourceKind.SPACE}' AND ${sharedOn()}
        GROUP BY p.i`;
      break;
    case 'SERVICE_SPACE_PER_100_HOUSEHOLDS': {
      const spaceOf = `r.kind = '${ResourceKind.SPACE}' AND r.status = :active AND r.unit IN (${SQUARE_METRE_UNITS.map((unit) => `'${unit}'`).join(', ')})`;
      // The households do not depend on the period: one uncorrelated sub-select, evaluated once.
      sql = `WITH ${table}
        SELECT p.i AS i,
               (SELECT COALESCE(SUM(r.maximum), 0) FROM resources r WHERE ${spaceOf} AND (r.community_id IN (${scope}) OR ${sharedOn(` AND s.target_id IN (${scope})`)})) AS n,
               (SELECT COALESCE(SUM(COALESCE(c.households, (SELECT SUM(gr.households) FROM grids gr WHERE gr.community_id = c.id), 0)), 0) FROM organizations c
                 WHERE c.kind = :community AND c.id IN (${scope})) AS d
        FROM periods p`;
      break;
    }
  }
  const byPeriod = new Map((await queryRows(manager, sql, parameters)).map((row) => [Number(row.i), row]));
  return periods.map((_, index) => {
    const row = byPeriod.get(index);
    const numerator = Number(row?.n ?? 0);
    const denominator = Number(row?.d ?? 0);
    const scale = measure === 'SERVICE_SPACE_PER_100_HOUSEHOLDS' ? 100 : 1;
    return { numerator, denominator, value: denominator === 0 ? null : (numerator / denominator) * scale };
  });
}
