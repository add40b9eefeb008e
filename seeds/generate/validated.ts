import { z } from 'zod';
import {
  datasetResourceSchema,
  datasetServiceCategorySchema,
  datasetWhistleSchema,
  type Dataset,
  type DatasetActivity,
  type DatasetInput,
  type DatasetMemberReport,
  type DatasetNeed,
  type DatasetParticipation,
  type DatasetResourceUse,
  type DatasetServiceCase,
} from '../../src/modules/import/dataset.js';

/*
 * The generator's records in the form the import's validation gives them (dataset.ts's output: every
 * optional field present, null when left out, defaults filled in), written out without validating them
 * again: at scale 1 `npm run seed` imports 1.6 million events and 800,000 resource uses, needs, activities,
 * participations and member reports, and zod's parse of them, with the copies it makes, was a fifth of the
 * seed's CPU. Validation belongs to the import of outside documents; these records are built by the
 * generator under the same rules, and test/seed-validated.test.ts holds each function's output equal to
 * `datasetSchema.parse` of the same generated records (so the import gets exactly what it got before).
 * The few thousand categories, whistles and resources still go through their schemas.
 */

type Input<K extends keyof DatasetInput> = NonNullable<DatasetInput[K]>[number];

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

export function validatedCases(records: readonly Input<'serviceCases'>[]): DatasetServiceCase[] {
  return records.map((record) => ({
    code: record.code,
    categoryCode: record.categoryCode,
    channel: record.channel as DatasetServiceCase['channel'],
    urgency: (record.urgency ?? 'NORMAL') as DatasetServiceCase['urgency'],
    description: orNull(record.description),
    householdRef: orNull(record.householdRef),
    receivedAt: record.receivedAt,
    gridCode: orNull(record.gridCode),
    communityCode: orNull(record.communityCode),
    receivedByCode: orNull(record.receivedByCode),
    actingPerson: orNull(record.actingPerson),
    note: orNull(record.note),
    events: (record.events ?? []).map((event) => ({
      kind: event.kind as DatasetServiceCase['events'][number]['kind'],
      at: event.at,
      actingCode: orNull(event.actingCode),
      actingPerson: orNull(event.actingPerson),
      toCode: orNull(event.toCode),
      reason: orNull(event.reason),
      note: orNull(event.note),
      public: event.public ?? false,
      resolved: orNull(event.resolved) as DatasetServiceCase['events'][number]['resolved'],
      satisfaction: orNull(event.satisfaction) as DatasetServiceCase['events'][number]['satisfaction'],
      dueAt: orNull(event.dueAt),
      duplicateOfCode: orNull(event.duplicateOfCode),
      whistleCode: orNull(event.whistleCode),
    })),
  }));
}

export function validatedResourceUses(records: readonly Input<'resourceUses'>[]): DatasetResourceUse[] {
  return records.map((record) => ({
    code: record.code,
    resourceCode: record.resourceCode,
    userCode: record.userCode,
    personCode: orNull(record.personCode),
    from: orNull(record.from),
    to: orNull(record.to),
    date: orNull(record.date),
    quantity: record.quantity,
    purpose: orNull(record.purpose),
    status: (record.status ?? 'REQUESTED') as DatasetResourceUse['status'],
    requestedAt: orNull(record.requestedAt),
    statusChangedAt: orNull(record.statusChangedAt),
    serviceCaseCode: orNull(record.serviceCaseCode),
  }));
}

export function validatedNeeds(records: readonly Input<'needs'>[]): DatasetNeed[] {
  return records.map((record) => ({
    code: record.code,
    kind: record.kind as DatasetNeed['kind'],
    title: record.title,
    category: orNull(record.category),
    communityCode: orNull(record.communityCode),
    gridCode: orNull(record.gridCode),
    raisedAt: record.raisedAt,
    householdRef: orNull(record.householdRef),
    status: (record.status ?? 'OPEN') as DatasetNeed['status'],
    claimedByOrganizationCode: orNull(record.claimedByOrganizationCode),
    claimedByPersonCode: orNull(record.claimedByPersonCode),
    claimedAt: orNull(record.claimedAt),
    fulfilledAt: orNull(record.fulfilledAt),
    expiredAt: orNull(record.expiredAt),
  }));
}

export function validatedActivities(records: readonly Input<'activities'>[]): DatasetActivity[] {
  return records.map((record) => ({
    code: record.code,
    title: record.title,
    kind: record.kind as DatasetActivity['kind'],
    organiserCode: record.organiserCode,
    partnerCodes: record.partnerCodes ?? [],
    communityCode: orNull(record.communityCode),
    gridCode: orNull(record.gridCode),
    startsAt: record.startsAt,
    endsAt: record.endsAt,
    beneficiaries: record.beneficiaries ?? 0,
    needCode: orNull(record.needCode),
    serviceCaseCode: orNull(record.serviceCaseCode),
  }));
}

export function validatedParticipations(records: readonly Input<'participations'>[]): DatasetParticipation[] {
  return records.map((record) => ({
    code: record.code,
    activityCode: record.activityCode,
    personCode: record.personCode,
    role: record.role as DatasetParticipation['role'],
    hours: record.hours,
    onBehalfOfCode: orNull(record.onBehalfOfCode),
    verifiedByCode: orNull(record.verifiedByCode),
  }));
}

export function validatedMemberReports(records: readonly Input<'memberReports'>[]): DatasetMemberReport[] {
  return records.map((record) => ({
    code: record.code,
    personCode: record.personCode,
    homeUnitCode: record.homeUnitCode,
    communityCode: record.communityCode,
    since: record.since,
    until: orNull(record.until),
  }));
}

/** The small sections, through their schemas as the import would. */
export const validatedCategories = (records: readonly Input<'serviceCategories'>[]) => z.array(datasetServiceCategorySchema).parse(records);
export const validatedWhistles = (records: readonly Input<'whistles'>[]) => z.array(datasetWhistleSchema).parse(records);
export const validatedResources = (records: readonly Input<'resources'>[]) => z.array(datasetResourceSchema).parse(records);

/** A document of validated sections, the others empty, for `importDataset(…, { validated: true })`. */
export function validatedDocument(sections: Partial<Dataset>): Dataset {
  return {
    organizations: [],
    grids: [],
    people: [],
    posts: [],
    links: [],
    serviceCategories: [],
    serviceCases: [],
    whistles: [],
    resources: [],
    resourceUses: [],
    needs: [],
    activities: [],
    participations: [],
    memberReports: [],
    workerProfiles: [],
    trainingCourses: [],
    trainingAttendances: [],
    ...sections,
  };
}
