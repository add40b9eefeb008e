import { z } from 'zod';
import { businessCodeSchema, nameSchema } from '../../lib/parse-input.js';

/*
 * The rules of a person, pure: field schemas shared by createPerson's input validation and the import
 * document. A person has no cross-field rules.
 */

export const personCodeSchema = businessCodeSchema(64);
export const personNameSchema = nameSchema(100);
/** At most 32 characters follow from the pattern. */
export const phoneSchema = z.string().regex(/^\+?[0-9][0-9 -]{4,30}$/, 'must be a phone number of digits, spaces and dashes');
