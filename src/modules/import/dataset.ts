import { z } from 'zod';
import { isIsoDate } from '../../schema/scalars/date.js';
import { GridFunction } from '../grids/grid.entity.js';
import { LinkKind, LinkStatus } from '../links/link.kinds.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { PostRole } from '../people/post.kinds.js';

/**
 * The import format: organizations, grids, people, posts and links, each keyed by a stable `code`
 * and referring to each other by code. The same document imported twice changes nothing the second time.
 * CROSS_APPOINTMENT links are not imported: they follow from the posts.
 */
const codeBase = z.string().trim().min(1, 'must not be empty').regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'may contain only letters, digits and . _ : - (and start with a letter or digit)');
export const codeSchema = codeBase.max(64, 'must be at most 64 characters');
const longCode = codeBase.max(96, 'must be at most 96 characters');
const date = z.string().refine(isIsoDate, 'must be a calendar date written YYYY-MM-DD');
/** A TypeScript string enum read from JSON: written as its plain string values, parsed into the enum. */
function enumOf<E extends Record<string, string>>(values: E) {
  return z.enum(Object.values(values) as [`${E[keyof E]}`, ...`${E[keyof E]}`[]]).transform((value) => value as unknown as E[keyof E]);
}
const optionalText = (max: number) => z.string().max(max, `must be at most ${max} characters`).nullish().transform((value) => value ?? null);

export const datasetOrganizationSchema = z.strictObject({
  code: codeSchema,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  kind: enumOf(OrganizationKind),
  parentCode: codeSchema.nullish().transform((value) => value ?? null),
  /** The area it is located in: the code of a community, subdistrict or district Party committee; only outside the chain. */
  locatedInCode: codeSchema.nullish().transform((value) => value ?? null),
  foundedOn: date,
  archivedOn: date.nullish().transform((value) => value ?? null),
  households: z.number().int().nonnegative().nullish().transform((value) => value ?? null),
  address: optionalText(300),
});

export const datasetGridSchema = z.strictObject({
  code: codeSchema,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  communityCode: codeSchema,
  branchCode: codeSchema.nullish().transform((value) => value ?? null),
  households: z.number().int().nonnegative(),
  population: z.number().int().nonnegative(),
  buildings: z.number().int().nonnegative(),
  gridWorkers: z.number().int().nonnegative().default(0),
  functions: z.array(enumOf(GridFunction)).default([]),
});

export const datasetPersonSchema = z.strictObject({
  code: codeSchema,
  name: z.string().trim().min(1, 'must not be empty').max(100),
  phone: optionalText(32),
  partyMember: z.boolean().default(false),
});

export const datasetPostSchema = z.strictObject({
  code: longCode,
  personCode: codeSchema,
  organizationCode: codeSchema,
  role: enumOf(PostRole),
  title: optionalText(200),
  startDate: date,
  endDate: date.nullish().transform((value) => value ?? null),
});

export const datasetLinkSchema = z.strictObject({
  code: longCode,
  kind: enumOf(LinkKind).refine((kind) => kind !== LinkKind.CROSS_APPOINTMENT, 'CROSS_APPOINTMENT links are derived from posts and cannot be imported'),
  sourceCode: codeSchema,
  targetCode: codeSchema,
  since: date,
  until: date.nullish().transform((value) => value ?? null),
  status: enumOf(LinkStatus).optional(),
  weight: z.number().positive().max(1_000_000).default(1),
  description: optionalText(500),
});

export const nameSchema = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
export const longCodeSchema = longCode;

export const datasetSchema = z.strictObject({
  organizations: z.array(datasetOrganizationSchema).default([]),
  grids: z.array(datasetGridSchema).default([]),
  people: z.array(datasetPersonSchema).default([]),
  posts: z.array(datasetPostSchema).default([]),
  links: z.array(datasetLinkSchema).default([]),
});

/** A dataset as written in a file (optional fields may be left out). */
export type DatasetInput = z.input<typeof datasetSchema>;
/** A dataset after validation, with defaults filled in. */
export type Dataset = z.output<typeof datasetSchema>;
export type DatasetOrganization = Dataset['organizations'][number];
export type DatasetGrid = Dataset['grids'][number];
export type DatasetPerson = Dataset['people'][number];
export type DatasetPost = Dataset['posts'][number];
export type DatasetLink = Dataset['links'][number];
