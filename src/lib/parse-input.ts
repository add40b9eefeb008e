import { z } from 'zod';
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

/*
 * Field schema builders for the nouns' rules (src/modules/<noun>/<noun>.rules.ts). Their messages are
 * predicates ("must be at most 200 characters") that parseInput puts after the argument's name and the
 * import document's validation after the record and field, so one limit reads the same in both.
 */

/** A stable business key: letters, digits and . _ : -, starting with a letter or digit, at most `max` characters. */
export function businessCodeSchema(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'may contain only letters, digits and . _ : - (and start with a letter or digit)')
    .max(max, `must be at most ${max} characters`);
}

/** A required name: trimmed, not empty, at most `max` characters. */
export function nameSchema(max: number) {
  return z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
}

/** Free text of at most `max` characters. */
export function textSchema(max: number) {
  return z.string().max(max, `must be at most ${max} characters`);
}

/** A count of things (households, buildings, people): a whole number, not negative. */
export const countSchema = z.number().int('must be a whole number').nonnegative('must not be negative');
