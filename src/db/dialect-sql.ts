import type { Dialect } from './database.js';

/*
 * Scalar SQL that SQLite and PostgreSQL write differently, shared by the statements of the case, resource and
 * rotation indicators, so that each is written once.
 */

/** The later (larger) of two values: GREATEST on PostgreSQL, SQLite's scalar MAX. */
export function greatestSql(dialect: Dialect, a: string, b: string): string {
  return dialect === 'postgres' ? `GREATEST(${a}, ${b})` : `MAX(${a}, ${b})`;
}

/** The earlier (smaller) of two values: LEAST on PostgreSQL, SQLite's scalar MIN. */
export function leastSql(dialect: Dialect, a: string, b: string): string {
  return dialect === 'postgres' ? `LEAST(${a}, ${b})` : `MIN(${a}, ${b})`;
}

/**
 * Hours from instant `a` to instant `b` (stored UTC text, to the millisecond). On SQLite through whole
 * milliseconds: julianday's fraction of a day is off by microseconds (43.000000001862645 hours for 43).
 */
export function hoursSql(dialect: Dialect, a: string, b: string): string {
  return dialect === 'postgres'
    ? `(EXTRACT(EPOCH FROM (CAST(${b} AS timestamptz) - CAST(${a} AS timestamptz))) / 3600.0)`
    : `(ROUND((julianday(${b}) - julianday(${a})) * 86400000.0) / 3600000.0)`;
}
