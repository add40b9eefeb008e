import type { z } from 'zod';
import { BadUserInputError } from '../errors/index.js';

/** The longest text a name filter takes; longer patterns only cost (SQLite refuses very long LIKE patterns). */
const MAX_TEXT_FILTER = 200;

export function checkTextFilter(value: string | null | undefined, field: string): string | null | undefined {
  if (value != null && value.length > MAX_TEXT_FILTER) {
    throw new BadUserInputError(`Argument "${field}" may be at most ${MAX_TEXT_FILTER} characters; got ${value.length}.`, { field });
  }
  return value;
}

/** Validates one argument with a zod schema; a failure is BAD_USER_INPUT naming the argument. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, field: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new BadUserInputError(`Argument "${field}" ${result.error.issues[0]?.message ?? 'is invalid'}.`, { field });
  }
  return result.data;
}
