import { z } from 'zod';
import { isIsoDate } from '../../schema/scalars/date.js';
import { GridFunction } from '../grids/grid.entity.js';
import { gridCodeSchema, gridCountSchema, gridNameSchema } from '../grids/grid.rules.js';
import { LinkKind, LinkStatus } from '../links/link.kinds.js';
import { linkCodeSchema, linkDescriptionSchema, linkWeightSchema } from '../links/link.rules.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { householdsSchema, organizationAddressSchema, organizationCodeSchema, organizationNameSchema } from '../organizations/organization.rules.js';
import { PostEndReason, PostRole } from '../people/post.kinds.js';
import { COMMITTEE_KINDS, MAX_SEATS } from '../rotation/rotation.kinds.js';
import { personCodeSchema, personNameSchema, phoneSchema } from '../people/person.rules.js';
import { postCodeSchema, postTitleSchema } from '../people/post.rules.js';
import { CaseChannel, CaseUrgency, CategoryKind, Resolution, Satisfaction, WhistleReason } from '../cases/case.kinds.js';
import { actingPersonSchema, caseCodeSchema, caseDescriptionSchema, caseNoteSchema, categoryCodeSchema, categoryNameSchema, hoursSchema, householdRefSchema, open311CodeSchema, reasonSchema, scoreSchema, whistleCodeSchema, whistleNoteSchema } from '../cases/case.rules.js';
import { CaseEventKind } from '../cases/case.transitions.js';
import { normalizeDateTime } from '../../schema/scalars/date-time.js';
import { ResourceKind, ResourceStatus } from '../resources/resource.kinds.js';
import { ResourceUseStatus } from '../resources/resource-use.transitions.js';
import { availableSchema, purposeSchema, quantitySchema, resourceCodeSchema, resourceNameSchema, resourceUnitSchema, resourceUseCodeSchema } from '../resources/resource.rules.js';
import { ActivityKind, NeedKind, ParticipationRole } from '../social/social.kinds.js';
import { NeedStatus } from '../social/need.transitions.js';
import {
  activityCodeSchema,
  activityTitleSchema,
  householdRefSchema as needHouseholdRefSchema,
  hoursSchema as participationHoursSchema,
  memberReportCodeSchema,
  needCategorySchema,
  needCodeSchema,
  needTitleSchema,
  participationCodeSchema,
} from '../social/social.rules.js';
import { countSchema, textSchema } from '../../lib/parse-input.js';
import { GradeChangeReason, QualificationLevel, TrainingLevel, WorkerExitReason, WorkerPostCategory } from '../workforce/workforce.kinds.js';
import { attendanceCodeSchema, courseCodeSchema, courseHoursSchema, courseTitleSchema, courseTopicSchema, creditedHoursSchema, gradeSchema, workerCodeSchema } from '../workforce/workforce.rules.js';

/**
 * The import format: organizations, grids, people, posts, links, service categories, service cases (with
 * their events), whistles, resources and their uses, needs, activities (with partners), participations and
 * member reports, each keyed by a stable `code`
 * and referring to each other by code. The same document imported twice changes nothing the second time.
 * CROSS_APPOINTMENT links are not imported: they follow from the posts.
 *
 * Every field's limit comes from its noun's rules (<noun>.rules.ts), which the mutations' input
 * validation uses too; the checks across fields and records (periods, parent kinds, areas) are the
 * services', applied when the importer hands them the records.
 */
const date = z.string().refine(isIsoDate, 'must be a calendar date written YYYY-MM-DD');
/** A TypeScript string enum read from JSON: written as its plain string values, parsed into the enum. */
function enumOf<E extends Record<string, string>>(values: E) {
  return z.enum(Object.values(values) as [`${E[keyof E]}`, ...`${E[keyof E]}`[]]).transform((value) => value as unknown as E[keyof E]);
}
/** A field that may be left out or null, read as null. */
function optional<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value) => value ?? null);
}

export const datasetOrganizationSchema = z.strictObject({
  code: organizationCodeSchema,
  name: organizationNameSchema,
  kind: enumOf(OrganizationKind),
  parentCode: optional(organizationCodeSchema),
  /** The area it is located in: the code of a community, subdistrict or district Party committee; only outside the chain. */
  locatedInCode: optional(organizationCodeSchema),
  foundedOn: date,
  archivedOn: optional(date),
  households: optional(householdsSchema),
  address: optional(organizationAddressSchema),
  /** Established seats of a committee (community Party committee or residents' committee). */
  seats: optional(z.number().int().min(1).max(MAX_SEATS)),
}).refine((record) => record.seats == null || COMMITTEE_KINDS.includes(record.kind), { message: "seats can only be given for a community Party committee or a residents' committee", path: ['seats'] });

export const datasetGridSchema = z.strictObject({
  code: gridCodeSchema,
  name: gridNameSchema,
  communityCode: organizationCodeSchema,
  branchCode: optional(organizationCodeSchema),
  households: gridCountSchema,
  population: gridCountSchema,
  buildings: gridCountSchema,
  gridWorkers: gridCountSchema.default(0),
  functions: z.array(enumOf(GridFunction)).default([]),
});

export const datasetPersonSchema = z.strictObject({
  code: personCodeSchema,
  name: personNameSchema,
  phone: optional(phoneSchema),
  partyMember: z.boolean().default(false),
});

export const datasetPostSchema = z.strictObject({
  code: postCodeSchema,
  personCode: personCodeSchema,
  organizationCode: organizationCodeSchema,
  role: enumOf(PostRole),
  title: optional(postTitleSchema),
  startDate: date,
  endDate: optional(date),
  endReason: optional(enumOf(PostEndReason)),
});

export const datasetLinkSchema = z.strictObject({
  code: linkCodeSchema,
  // CROSS_APPOINTMENT links follow from the posts: LinkService refuses them (checkKindNotDerived).
  kind: enumOf(LinkKind),
  sourceCode: organizationCodeSchema,
  targetCode: organizationCodeSchema,
  since: date,
  until: optional(date),
  status: enumOf(LinkStatus).optional(),
  weight: linkWeightSchema.default(1),
  description: optional(linkDescriptionSchema),
});

/**
 * An instant, stored as UTC with milliseconds. A value already in that form (what exports and the seed
 * write) is checked by one round trip through Date; anything else goes through normalizeDateTime. A year of
 * cases has about 1.7 million times, and the general path cost seconds of them.
 */
function readDateTime(value: string): string | null {
  if (value.length === 24 && value.charCodeAt(23) === 90 /* Z */) {
    const time = Date.parse(value);
    if (!Number.isNaN(time) && time >= STORED_FROM && time < STORED_UNTIL && new Date(time).toISOString() === value) return value;
  }
  return normalizeDateTime(value);
}
const STORED_FROM = Date.UTC(1900, 0, 1);
const STORED_UNTIL = Date.UTC(10000, 0, 1);
const dateTime = z.string().transform((value, context) => {
  const normalized = readDateTime(value);
  if (normalized === null) {
    context.addIssue({ code: 'custom', message: 'must be an ISO 8601 date and time with a zone, such as 2026-01-05T08:30:00+08:00' });
    return z.NEVER;
  }
  return normalized;
});

export const datasetServiceCategorySchema = z.strictObject({
  code: categoryCodeSchema,
  name: categoryNameSchema,
  kind: enumOf(CategoryKind),
  parentCode: optional(categoryCodeSchema),
  open311Code: optional(open311CodeSchema),
  /** Per urgency; a tier left out takes the defaults (DEFAULT_TIME_LIMITS). */
  timeLimits: z.array(z.strictObject({ urgency: enumOf(CaseUrgency), responseHours: hoursSchema, closeHours: hoursSchema })).default([]),
});

/** One step of a case after its receipt, as planStep takes it; organizations and cases by code. */
export const datasetCaseEventSchema = z.strictObject({
  kind: enumOf(CaseEventKind),
  at: dateTime,
  /** The organization that acted; default the current handler. */
  actingCode: optional(organizationCodeSchema),
  actingPerson: optional(actingPersonSchema),
  /** DISPATCH, TRANSFER: the unit it goes to. */
  toCode: optional(organizationCodeSchema),
  reason: optional(reasonSchema),
  note: optional(caseNoteSchema),
  public: z.boolean().default(false),
  resolved: optional(enumOf(Resolution)),
  satisfaction: optional(enumOf(Satisfaction)),
  dueAt: optional(dateTime),
  /** MERGE: the case it duplicates (in the database, or earlier in the document). */
  duplicateOfCode: optional(caseCodeSchema),
  /** WHISTLE and UNIT_REPORT: the whistle (in the document's whistles, or in the database). */
  whistleCode: optional(whistleCodeSchema),
});

export const datasetServiceCaseSchema = z.strictObject({
  code: caseCodeSchema,
  categoryCode: categoryCodeSchema,
  channel: enumOf(CaseChannel),
  urgency: enumOf(CaseUrgency).default(CaseUrgency.NORMAL),
  description: optional(caseDescriptionSchema),
  householdRef: optional(householdRefSchema),
  receivedAt: dateTime,
  gridCode: optional(gridCodeSchema),
  communityCode: optional(organizationCodeSchema),
  receivedByCode: optional(organizationCodeSchema),
  actingPerson: optional(actingPersonSchema),
  note: optional(caseNoteSchema),
  /** Its events after the RECEIVE (which the record itself is), in order. Re-importing may add events at the end, never change earlier ones. */
  events: z.array(datasetCaseEventSchema).default([]),
});

/**
 * A whistle with its summoned units. Its cases list it in their events: a WHISTLE event (at blownAt, by the
 * caller) on each case, and a UNIT_REPORT event by each unit that reported (not before its reportedAt).
 * Re-importing may add reports and scores, never change the rest.
 */
export const datasetWhistleSchema = z.strictObject({
  code: whistleCodeSchema,
  /** A community or subdistrict Party committee above every case of the whistle. */
  callerCode: organizationCodeSchema,
  reason: enumOf(WhistleReason),
  blownAt: dateTime,
  /** Default 30 minutes after blownAt. */
  reportBy: optional(dateTime),
  note: optional(whistleNoteSchema),
  caseCodes: z.array(caseCodeSchema).min(1, 'must name at least one case'),
  summons: z
    .array(
      z.strictObject({
        unitCode: organizationCodeSchema,
        reportedAt: optional(dateTime),
        reportingPerson: optional(actingPersonSchema),
        score: optional(scoreSchema),
      }),
    )
    .min(1, 'must summon at least one unit'),
});

/**
 * A resource on the resource list, placed in a community (communityCode) or one of its grids (gridCode).
 * Re-importing may change its name, unit, capacity, availability, opening hours, description and status
 * (DEFUNCT is final), never its owner, kind or place.
 */
export const datasetResourceSchema = z.strictObject({
  code: resourceCodeSchema,
  ownerCode: organizationCodeSchema,
  kind: enumOf(ResourceKind),
  name: resourceNameSchema,
  unit: resourceUnitSchema,
  maximum: quantitySchema,
  available: optional(availableSchema),
  /** Default: the time of the import, when available is given. */
  availableUpdatedAt: optional(dateTime),
  /** "Mo-Fr 08:30-17:30; Sa 09:00-12:00"; left out: always open. */
  openingHours: optional(z.string().max(500, 'must be at most 500 characters')),
  communityCode: optional(organizationCodeSchema),
  gridCode: optional(gridCodeSchema),
  status: enumOf(ResourceStatus).default(ResourceStatus.ACTIVE),
  description: optional(textSchema(500)),
});

/**
 * A use of a resource, under the rules of requestResourceUse: the resource ACTIVE, a RESOURCE_SHARING link
 * owner → user in force (not suspended) on its first and last day unless the user is the owner, the
 * quantity within the capacity beside the uses holding it. `status` says where it stands now; re-importing
 * may move it on along the lifecycle table, never change the rest.
 */
export const datasetResourceUseSchema = z.strictObject({
  code: resourceUseCodeSchema,
  resourceCode: resourceCodeSchema,
  userCode: organizationCodeSchema,
  personCode: optional(personCodeSchema),
  /** All kinds but FUNDS: the period [from, to). */
  from: optional(dateTime),
  to: optional(dateTime),
  /** FUNDS: the day of the disbursement. */
  date: optional(date),
  quantity: quantitySchema,
  purpose: optional(purposeSchema),
  status: enumOf(ResourceUseStatus).default(ResourceUseStatus.REQUESTED),
  /** Default: the time of the import. */
  requestedAt: optional(dateTime),
  /** When the status last changed after the request; default requestedAt for a use past REQUESTED. */
  statusChangedAt: optional(dateTime),
  serviceCaseCode: optional(caseCodeSchema),
});

/**
 * A need on the needs list, raised in a community or one of its grids, with where it stands now: claimed
 * (by exactly one organization or person, with claimedAt), fulfilled (fulfilledAt) or expired (expiredAt),
 * each time not before the one it follows. Re-importing may move it on along the lifecycle table, never
 * change what is stored.
 */
export const datasetNeedSchema = z.strictObject({
  code: needCodeSchema,
  kind: enumOf(NeedKind),
  title: needTitleSchema,
  category: optional(needCategorySchema),
  communityCode: optional(organizationCodeSchema),
  gridCode: optional(gridCodeSchema),
  raisedAt: dateTime,
  householdRef: optional(needHouseholdRefSchema),
  status: enumOf(NeedStatus).default(NeedStatus.OPEN),
  claimedByOrganizationCode: optional(organizationCodeSchema),
  claimedByPersonCode: optional(personCodeSchema),
  claimedAt: optional(dateTime),
  fulfilledAt: optional(dateTime),
  expiredAt: optional(dateTime),
});

/** An activity, under the rules of createActivity; a stored activity never changes. */
export const datasetActivitySchema = z.strictObject({
  code: activityCodeSchema,
  title: activityTitleSchema,
  kind: enumOf(ActivityKind),
  organiserCode: organizationCodeSchema,
  partnerCodes: z.array(organizationCodeSchema).default([]),
  communityCode: optional(organizationCodeSchema),
  gridCode: optional(gridCodeSchema),
  startsAt: dateTime,
  endsAt: dateTime,
  beneficiaries: countSchema.default(0),
  /** The need it answers (in the document or the database). */
  needCode: optional(needCodeSchema),
  serviceCaseCode: optional(caseCodeSchema),
});

/** A person's part in an activity, under the rules of recordParticipation; a stored one never changes. */
export const datasetParticipationSchema = z.strictObject({
  code: participationCodeSchema,
  activityCode: activityCodeSchema,
  personCode: personCodeSchema,
  role: enumOf(ParticipationRole),
  hours: participationHoursSchema,
  /** The reporting unit the hours count for. */
  onBehalfOfCode: optional(organizationCodeSchema),
  verifiedByCode: optional(organizationCodeSchema),
});

/** A Party member's individual double reporting, under the rules of registerMemberReport; re-importing may end it (until), nothing else. */
export const datasetMemberReportSchema = z.strictObject({
  code: memberReportCodeSchema,
  personCode: personCodeSchema,
  homeUnitCode: organizationCodeSchema,
  communityCode: organizationCodeSchema,
  since: date,
  until: optional(date),
});

/**
 * A community worker's employment with its histories (workforce.import.ts): the grades in order, the first on
 * hiredOn with the post on hiring (postCategory), each later one with its post when a PROMOTION changes it.
 * Re-importing may add grades at the end, qualifications and an exit, never change the rest.
 */
export const datasetWorkerProfileSchema = z.strictObject({
  code: workerCodeSchema,
  personCode: personCodeSchema,
  employerCode: organizationCodeSchema,
  communityCode: organizationCodeSchema,
  postCategory: enumOf(WorkerPostCategory),
  hiredOn: date,
  exitedOn: optional(date),
  exitReason: optional(enumOf(WorkerExitReason)),
  grades: z
    .array(z.strictObject({ grade: gradeSchema, effectiveOn: date, reason: enumOf(GradeChangeReason).default(GradeChangeReason.SENIORITY), postCategory: optional(enumOf(WorkerPostCategory)) }))
    .min(1, 'must give at least the grade on hiring'),
  qualifications: z.array(z.strictObject({ level: enumOf(QualificationLevel), obtainedOn: date, registrationValidUntil: optional(date) })).default([]),
});

export const datasetTrainingCourseSchema = z.strictObject({
  code: courseCodeSchema,
  title: courseTitleSchema,
  providerCode: organizationCodeSchema,
  level: enumOf(TrainingLevel),
  topic: courseTopicSchema,
  hours: courseHoursSchema,
  startsOn: date,
  endsOn: date,
});

export const datasetTrainingAttendanceSchema = z.strictObject({
  code: attendanceCodeSchema,
  courseCode: courseCodeSchema,
  personCode: personCodeSchema,
  /** Default: the course's hours when completed, else 0. */
  hoursCredited: optional(creditedHoursSchema),
  completed: z.boolean().default(true),
  continuingEducation: z.boolean().default(true),
});

export const datasetSchema = z.strictObject({
  organizations: z.array(datasetOrganizationSchema).default([]),
  grids: z.array(datasetGridSchema).default([]),
  people: z.array(datasetPersonSchema).default([]),
  posts: z.array(datasetPostSchema).default([]),
  links: z.array(datasetLinkSchema).default([]),
  serviceCategories: z.array(datasetServiceCategorySchema).default([]),
  serviceCases: z.array(datasetServiceCaseSchema).default([]),
  whistles: z.array(datasetWhistleSchema).default([]),
  resources: z.array(datasetResourceSchema).default([]),
  resourceUses: z.array(datasetResourceUseSchema).default([]),
  needs: z.array(datasetNeedSchema).default([]),
  activities: z.array(datasetActivitySchema).default([]),
  participations: z.array(datasetParticipationSchema).default([]),
  memberReports: z.array(datasetMemberReportSchema).default([]),
  workerProfiles: z.array(datasetWorkerProfileSchema).default([]),
  trainingCourses: z.array(datasetTrainingCourseSchema).default([]),
  trainingAttendances: z.array(datasetTrainingAttendanceSchema).default([]),
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
export type DatasetServiceCategory = Dataset['serviceCategories'][number];
export type DatasetServiceCase = Dataset['serviceCases'][number];
export type DatasetWhistle = Dataset['whistles'][number];
export type DatasetResource = Dataset['resources'][number];
export type DatasetResourceUse = Dataset['resourceUses'][number];
export type DatasetNeed = Dataset['needs'][number];
export type DatasetActivity = Dataset['activities'][number];
export type DatasetParticipation = Dataset['participations'][number];
export type DatasetMemberReport = Dataset['memberReports'][number];
export type DatasetWorkerProfile = Dataset['workerProfiles'][number];
export type DatasetTrainingCourse = Dataset['trainingCourses'][number];
export type DatasetTrainingAttendance = Dataset['trainingAttendances'][number];
