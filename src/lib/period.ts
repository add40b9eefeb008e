/**
 * A validity period, half-open: [since, until). It is in force on `since` and on every day after it up
 * to, but not including, `until`; an `until` of null leaves it open. Posts, links, memberships of the
 * chain and the life of an organization all follow this one rule, in memory and in SQL, through the two
 * functions below (test/period.test.ts checks that they agree on both databases).
 */
export interface Period {
  since: string;
  until: string | null;
}

/** The period is in force on `date` (YYYY-MM-DD): since <= date < until. */
export function isInForceOn(period: Period, date: string): boolean {
  return period.since <= date && (period.until === null || period.until > date);
}

/**
 * The same rule as a SQL condition over a row's start and end columns, `date` being a parameter
 * reference (`:name`) or a column. Dates are YYYY-MM-DD text on SQLite and DATE on PostgreSQL: both
 * compare as dates.
 */
export function inForceOnSql(sinceColumn: string, untilColumn: string, date: string): string {
  return `${sinceColumn} <= ${date} AND (${untilColumn} IS NULL OR ${untilColumn} > ${date})`;
}

/** The days two periods are both in force: [later since, earlier until), or null when they share none. */
export function overlapOf(first: Period, second: Period): Period | null {
  const since = first.since > second.since ? first.since : second.since;
  const until = first.until === null ? second.until : second.until === null ? first.until : first.until < second.until ? first.until : second.until;
  return until !== null && until <= since ? null : { since, until };
}
