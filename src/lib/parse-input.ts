import type { z } from 'zod';
import { BadUserInputError } from '../errors/index.js';

/** Validates one argument with a zod schema; a failure is BAD_USER_INPUT naming the argument. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, field: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new BadUserInputError(`Argument "${field}" ${result.error.issues[0]?.message ?? 'is invalid'}.`, { field });
  }
  return result.data;
}
