import { ErrorCode } from '../../errors/index.js';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const STORED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * A point in time written in ISO 8601 with a zone (`2026-01-05T08:30:00+08:00`, `…Z`), read as the
 * instant it names and stored in one form, UTC with milliseconds (`2026-01-05T00:30:00.000Z`): so that
 * stored instants compare as text on both databases, and SQLite's julianday and PostgreSQL's
 * CAST(… AS timestamptz) read them alike. Null when `value` is not one.
 */
export function normalizeDateTime(value: string): string | null {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(hour) > 23 || Number(minute) > 59 || Number(match[6] ?? 0) > 59) return null;
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (calendar.toISOString().slice(0, 10) !== `${year}-${month}-${day}`) return null;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime()) || instant.getUTCFullYear() < 1900 || instant.getUTCFullYear() > 9999) return null;
  return instant.toISOString();
}

/** Adds hours to a stored instant. */
export function addHours(instant: string, hours: number): string {
  return new Date(new Date(instant).getTime() + hours * 3_600_000).toISOString();
}

function parseDateTime(value: unknown): string {
  const normalized = typeof value === 'string' ? normalizeDateTime(value) : null;
  if (normalized === null) {
    throw new GraphQLError(`DateTime must be an ISO 8601 date and time with a zone, such as 2026-01-05T08:30:00+08:00; got ${JSON.stringify(value)}.`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  return normalized;
}

/** An instant, as ISO 8601 with a zone; answered in UTC with milliseconds. */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'A point in time, written in ISO 8601 with a zone (2026-01-05T08:30:00+08:00 or …Z); answered in UTC, with milliseconds.',
  specifiedByURL: 'https://tools.ietf.org/html/rfc3339',
  serialize: (value) => {
    if (typeof value === 'string' && STORED.test(value)) return value;
    if (value instanceof Date) return value.toISOString();
    return parseDateTime(value);
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string in ISO 8601.', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    return parseDateTime(ast.value);
  },
});
