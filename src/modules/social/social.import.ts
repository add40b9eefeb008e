import type { EntityManager } from 'typeorm';
import { insertRowsBulk } from '../../db/bulk-insert.js';
import { entitiesByCode, queryRows } from '../../db/rows.js';
import { updateRowsVersioned, type VersionedChanges } from '../../db/versioned-update.js';
import { BadUserInputError } from '../../errors/index.js';
import { nowTimestamp } from '../../lib/clock.js';
import { chunk } from '../../lib/group-by.js';
import type { DatasetActivity, DatasetMemberReport, DatasetNeed, DatasetParticipation } from '../import/dataset.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { Activity, ActivityPartner } from './activity.entity.js';
import { MemberReport } from './member-report.entity.js';
import { Need } from './need.entity.js';
import { NEED_LIFECYCLE, NeedStatus } from './need.transitions.js';
import { Participation } from './participation.entity.js';
import { noImportCounts, refuseRecord, type ImportCounts } from '../import/sections.js';

/*
 * The importer's sections for the social forces, by code, under the rules of raiseNeed and the need steps,
 * createActivity, recordParticipation and registerMemberReport (social.service.ts): a place that is a
 * community (or a grid, which gives it); a need's status with the claimer and times its steps would have
 * set, in order; an activity ending after it starts, its organiser not among its partners; hours more than 0
 * and at most the activity's length, one participation per person and activity; member reports by Party
 * members to a community, not overlapping another of the same person to the same community. Set-based: a
 * few statements per few hundred records.
 */


export interface SocialCounts {
  needs: ImportCounts;
  activities: ImportCounts;
  participations: ImportCounts;
  memberReports: ImportCounts;
}

export interface SocialRecords {
  needs: readonly DatasetNeed[];
  activities: readonly DatasetActivity[];
  participations: readonly DatasetParticipation[];
  memberReports: readonly DatasetMemberReport[];
}


const counts = noImportCounts;

async function rowsByCode(manager: EntityManager, sql: string, codes: Iterable<string>): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  for (const part of chunk([...new Set(codes)], 500)) for (const row of await queryRows(manager, sql, { codes: part })) found.set(String(row.code), row);
  return found;
}

/** Lookups shared by the four sections: organizations, people and grids named anywhere in them, by code. */
interface Lookups {
  organizations: Map<string, Record<string, unknown>>;
  people: Map<string, Record<string, unknown>>;
  grids: Map<string, Record<string, unknown>>;
  cases: Map<string, Record<string, unknown>>;
}

async function loadLookups(manager: EntityManager, records: SocialRecords): Promise<Lookups> {
  const organizationCodes = new Set<string>();
  const personCodes = new Set<string>();
  const gridCodes = new Set<string>();
  const caseCodes = new Set<string>();
  const add = (set: Set<string>, code: string | null) => {
    if (code !== null) set.add(code);
  };
  for (const need of records.needs) {
    add(organizationCodes, need.communityCode);
    add(organizationCodes, need.claimedByOrganizationCode);
    add(personCodes, need.claimedByPersonCode);
    add(gridCodes, need.gridCode);
  }
  for (const activity of records.activities) {
    add(organizationCodes, activity.communityCode);
    add(organizationCodes, activity.organiserCode);
    for (const code of activity.partnerCodes) organizationCodes.add(code);
    add(gridCodes, activity.gridCode);
    add(caseCodes, activity.serviceCaseCode);
  }
  for (const participation of records.participations) {
    personCodes.add(participation.personCode);
    add(organizationCodes, participation.onBehalfOfCode);
    add(organizationCodes, participation.verifiedByCode);
  }
  for (const report of records.memberReports) {
    personCodes.add(report.personCode);
    organizationCodes.add(report.homeUnitCode);
    organizationCodes.add(report.communityCode);
  }
  return {
    organizations: await rowsByCode(manager, 'SELECT id, code, kind FROM organizations WHERE code IN (:...codes)', organizationCodes),
    people: await rowsByCode(manager, 'SELECT id, code, party_member FROM people WHERE code IN (:...codes)', personCodes),
    grids: await rowsByCode(manager, 'SELECT g.id, g.code, g.community_id FROM grids g WHERE g.code IN (:...codes)', gridCodes),
    cases: await rowsByCode(manager, 'SELECT id, code FROM service_cases WHERE code IN (:...codes)', caseCodes),
  };
}

/** The community and grid of a need or an activity: the grid's community, or the community given (a community Party committee). */
function placeOf(lookups: Lookups, record: { communityCode: string | null; gridCode: string | null }, problem: (message: string) => BadUserInputError): { communityId: number; gridId: number | null } {
  if (record.gridCode !== null) {
    const grid = lookups.grids.get(record.gridCode);
    if (!grid) throw problem(`gridCode ${record.gridCode} is neither in the document nor in the database`);
    const communityId = Number(grid.community_id);
    if (record.communityCode !== null && lookups.organizations.has(record.communityCode) && Number(lookups.organizations.get(record.communityCode)!.id) !== communityId) {
      throw problem(`gridCode ${record.gridCode} lies in another community than communityCode ${record.communityCode}`);
    }
    return { communityId, gridId: Number(grid.id) };
  }
  if (record.communityCode === null) throw problem('give the grid (gridCode) or the community (communityCode) it is in');
  return { communityId: communityIdOf(lookups, record.communityCode, 'communityCode', problem), gridId: null };
}

function communityIdOf(lookups: Lookups, code: string, field: string, problem: (message: string) => BadUserInputError): number {
  const community = lookups.organizations.get(code);
  if (!community) throw problem(`${field} ${code} is neither in the document nor in the database`);
  if (community.kind !== OrganizationKind.COMMUNITY_PARTY_COMMITTEE) throw problem(`${field} ${code} is a ${String(community.kind)}, not a ${OrganizationKind.COMMUNITY_PARTY_COMMITTEE}`);
  return Number(community.id);
}

function organizationIdOf(lookups: Lookups, code: string | null, field: string, problem: (message: string) => BadUserInputError): number | null {
  if (code === null) return null;
  const organization = lookups.organizations.get(code);
  if (!organization) throw problem(`${field} ${code} is neither in the document nor in the database`);
  return Number(organization.id);
}

function personIdOf(lookups: Lookups, code: string | null, field: string, problem: (message: string) => BadUserInputError): number | null {
  if (code === null) return null;
  const person = lookups.people.get(code);
  if (!person) throw problem(`${field} ${code} is neither in the document nor in the database`);
  return Number(person.id);
}

/** Imports the needs, activities (with partners), participations and member reports of a document, in that order. */
export async function importSocial(manager: EntityManager, records: SocialRecords, onProgress: (message: string) => void = () => undefined): Promise<SocialCounts> {
  const result: SocialCounts = { needs: counts(), activities: counts(), participations: counts(), memberReports: counts() };
  if (records.needs.length + records.activities.length + records.participations.length + records.memberReports.length === 0) return result;
  const lookups = await loadLookups(manager, records);
  const stamp = nowTimestamp();
  result.needs = await importNeeds(manager, records.needs, lookups, stamp);
  onProgress(`needs: ${describe(result.needs)}`);
  result.activities = await importActivities(manager, records.activities, lookups, stamp);
  onProgress(`activities: ${describe(result.activities)}`);
  result.participations = await importParticipations(manager, records.participations, lookups, stamp, onProgress);
  onProgress(`participations: ${describe(result.participations)}`);
  result.memberReports = await importMemberReports(manager, records.memberReports, lookups, stamp);
  onProgress(`member reports: ${describe(result.memberReports)}`);
  return result;
}

function describe(section: ImportCounts): string {
  return `${section.created} created, ${section.updated} updated, ${section.unchanged} unchanged`;
}

/** What a need's status says of its claim and times, checked as its steps would have checked them (in order, each not before the last). */
function needColumns(record: DatasetNeed, lookups: Lookups, problem: (message: string) => BadUserInputError) {
  const claimerOrganizationId = organizationIdOf(lookups, record.claimedByOrganizationCode, 'claimedByOrganizationCode', problem);
  const claimerPersonId = personIdOf(lookups, record.claimedByPersonCode, 'claimedByPersonCode', problem);
  const claimed = claimerOrganizationId !== null || claimerPersonId !== null || record.claimedAt !== null;
  const S = NeedStatus;
  if (claimerOrganizationId !== null && claimerPersonId !== null) throw problem('give one claimer: claimedByOrganizationCode or claimedByPersonCode, not both');
  if (claimed && (record.claimedAt === null || (claimerOrganizationId === null && claimerPersonId === null))) throw problem('a claim needs its claimer (claimedByOrganizationCode or claimedByPersonCode) and claimedAt');
  if ((record.status === S.CLAIMED || record.status === S.FULFILLED) && !claimed) throw problem(`a ${record.status} need names its claimer and claimedAt`);
  if (record.status === S.OPEN && claimed) throw problem('an OPEN need has no claim (claimer, claimedAt)');
  if ((record.fulfilledAt !== null) !== (record.status === S.FULFILLED)) throw problem(record.status === S.FULFILLED ? 'a FULFILLED need gives fulfilledAt' : `fulfilledAt is given but the need is ${record.status}`);
  if ((record.expiredAt !== null) !== (record.status === S.EXPIRED)) throw problem(record.status === S.EXPIRED ? 'an EXPIRED need gives expiredAt' : `expiredAt is given but the need is ${record.status}`);
  if (record.claimedAt !== null && record.claimedAt < record.raisedAt) throw problem(`CLAIM at ${record.claimedAt} is before it was raised (${record.raisedAt})`);
  const previous = record.claimedAt ?? record.raisedAt;
  if (record.fulfilledAt !== null && record.fulfilledAt < previous) throw problem(`FULFIL at ${record.fulfilledAt} is before it was claimed (${previous})`);
  if (record.expiredAt !== null && record.expiredAt < previous) throw problem(`EXPIRE at ${record.expiredAt} is before it was ${record.claimedAt !== null ? 'claimed' : 'raised'} (${previous})`);
  return { status: record.status, claimerOrganizationId, claimerPersonId, claimedAt: record.claimedAt, fulfilledAt: record.fulfilledAt, expiredAt: record.expiredAt };
}

async function importNeeds(manager: EntityManager, records: readonly DatasetNeed[], lookups: Lookups, stamp: string): Promise<ImportCounts> {
  const result = counts();
  if (records.length === 0) return result;
  const section = 'needs';
  const existing = await entitiesByCode(manager, Need, 'needs', records.map((record) => record.code));
  const fresh: Partial<Need>[] = [];
  const writes: { id: number; changes: VersionedChanges<Need> }[] = [];
  for (const record of records) {
    const problem = (message: string) => refuseRecord(section, record.code, message);
    const place = placeOf(lookups, record, problem);
    const columns = needColumns(record, lookups, problem);
    const current = existing.get(record.code);
    if (!current) {
      fresh.push({ code: record.code, kind: record.kind, title: record.title, category: record.category, ...place, raisedAt: record.raisedAt, householdRef: record.householdRef, ...columns, version: 1, createdAt: stamp, updatedAt: stamp });
      continue;
    }
    if (current.kind !== record.kind || current.title !== record.title || current.category !== record.category || current.communityId !== place.communityId || current.gridId !== place.gridId || current.raisedAt !== record.raisedAt || current.householdRef !== record.householdRef) {
      throw problem('a stored need keeps its kind, title, category, place, raisedAt and household; only its status may move on');
    }
    if (current.status === record.status && current.claimedAt === columns.claimedAt && current.fulfilledAt === columns.fulfilledAt && current.expiredAt === columns.expiredAt && current.claimerOrganizationId === columns.claimerOrganizationId && current.claimerPersonId === columns.claimerPersonId) {
      result.unchanged += 1;
      continue;
    }
    if (current.status === record.status || !NEED_LIFECYCLE.reachable(current.status).has(record.status)) {
      throw problem(`it is ${current.status} in the database: no step of the lifecycle leads from ${current.status} to ${record.status} with these claimer and times (allowed from ${current.status}: ${NEED_LIFECYCLE.allowed(current.status).join(', ') || 'nothing (final)'})`);
    }
    // What the stored steps set stays as it is: a stored claim is not replaced.
    if (current.claimedAt !== null && (current.claimedAt !== columns.claimedAt || current.claimerOrganizationId !== columns.claimerOrganizationId || current.claimerPersonId !== columns.claimerPersonId)) {
      throw problem(`it was claimed at ${current.claimedAt} in the database; a stored claim never changes`);
    }
    writes.push({ id: current.databaseId, changes: columns });
  }
  await insertRowsBulk(manager, Need, fresh);
  await updateRowsVersioned(manager, Need, writes);
  result.created = fresh.length;
  result.updated = writes.length;
  return result;
}

async function importActivities(manager: EntityManager, records: readonly DatasetActivity[], lookups: Lookups, stamp: string): Promise<ImportCounts> {
  const result = counts();
  if (records.length === 0) return result;
  const section = 'activities';
  const existing = await entitiesByCode(manager, Activity, 'activities', records.map((record) => record.code));
  const needs = await rowsByCode(manager, 'SELECT id, code FROM needs WHERE code IN (:...codes)', records.flatMap((record) => (record.needCode ? [record.needCode] : [])));
  const storedPartners = new Map<number, number[]>();
  for (const part of chunk([...existing.values()].map((row) => row.databaseId), 500)) {
    for (const row of await queryRows(manager, 'SELECT activity_id, organization_id FROM activity_partners WHERE activity_id IN (:...ids)', { ids: part })) {
      const list = storedPartners.get(Number(row.activity_id)) ?? [];
      list.push(Number(row.organization_id));
      storedPartners.set(Number(row.activity_id), list);
    }
  }
  const fresh: Partial<Activity>[] = [];
  const partners = new Map<string, number[]>();
  for (const record of records) {
    const problem = (message: string) => refuseRecord(section, record.code, message);
    if (record.endsAt <= record.startsAt) throw problem(`it must end after it starts: endsAt (${record.endsAt}) is not after startsAt (${record.startsAt})`);
    const place = placeOf(lookups, record, problem);
    const organiserId = organizationIdOf(lookups, record.organiserCode, 'organiserCode', problem)!;
    const partnerIds = record.partnerCodes.map((code, index) => organizationIdOf(lookups, code, `partnerCodes[${index}]`, problem)!);
    if (partnerIds.includes(organiserId)) throw problem(`the organiser ${record.organiserCode} cannot also be a partner`);
    if (new Set(partnerIds).size !== partnerIds.length) throw problem('a partner is named twice');
    let needId: number | null = null;
    if (record.needCode !== null) {
      const need = needs.get(record.needCode);
      if (!need) throw problem(`needCode ${record.needCode} is neither in the document nor in the database`);
      needId = Number(need.id);
    }
    let caseId: number | null = null;
    if (record.serviceCaseCode !== null) {
      const serviceCase = lookups.cases.get(record.serviceCaseCode);
      if (!serviceCase) throw problem(`serviceCaseCode ${record.serviceCaseCode} is neither in the document nor in the database`);
      caseId = Number(serviceCase.id);
    }
    const columns = { title: record.title, kind: record.kind, organiserId, ...place, startsAt: record.startsAt, endsAt: record.endsAt, beneficiaries: record.beneficiaries, needId, caseId };
    const current = existing.get(record.code);
    if (current) {
      const samePartners = [...(storedPartners.get(current.databaseId) ?? [])].sort().join() === [...partnerIds].sort().join();
      if (!samePartners || (Object.keys(columns) as (keyof typeof columns)[]).some((key) => (current[key] ?? null) !== (columns[key] ?? null))) throw problem('a stored activity never changes');
      result.unchanged += 1;
      continue;
    }
    fresh.push({ code: record.code, ...columns, version: 1, createdAt: stamp, updatedAt: stamp });
    partners.set(record.code, partnerIds);
  }
  await insertRowsBulk(manager, Activity, fresh);
  const ids = await rowsByCode(manager, 'SELECT id, code FROM activities WHERE code IN (:...codes)', partners.keys());
  await insertRowsBulk(
    manager,
    ActivityPartner,
    [...partners].flatMap(([code, organizationIds]) => organizationIds.map((organizationId) => ({ activityId: Number(ids.get(code)!.id), organizationId }))),
  );
  result.created = fresh.length;
  return result;
}

async function importParticipations(manager: EntityManager, records: readonly DatasetParticipation[], lookups: Lookups, stamp: string, onProgress: (message: string) => void): Promise<ImportCounts> {
  const result = counts();
  if (records.length === 0) return result;
  const section = 'participations';
  // Each activity once: its id, its length in hours and its first day (what a participation's hours and day follow).
  const activities = new Map<string, { id: number; length: number; day: string }>();
  for (const row of (await rowsByCode(manager, 'SELECT id, code, starts_at, ends_at FROM activities WHERE code IN (:...codes)', records.map((record) => record.activityCode))).values()) {
    activities.set(String(row.code), { id: Number(row.id), length: (Date.parse(String(row.ends_at)) - Date.parse(String(row.starts_at))) / 3_600_000, day: String(row.starts_at).slice(0, 10) });
  }
  const existing = await entitiesByCode(manager, Participation, 'participations', records.map((record) => record.code));
  // Who already took part in the activities of the document: one participation per person and activity.
  const taken = new Map<string, string>();
  const anyStored = existing.size > 0 || (await queryRows(manager, 'SELECT 1 AS one FROM participations LIMIT 1')).length > 0;
  for (const part of chunk(anyStored ? [...activities.values()].map((activity) => activity.id) : [], 500)) {
    for (const row of await queryRows(manager, 'SELECT code, activity_id, person_id FROM participations WHERE activity_id IN (:...ids)', { ids: part })) taken.set(`${Number(row.activity_id)}|${Number(row.person_id)}`, String(row.code));
  }
  const fresh: Partial<Participation>[] = [];
  for (const record of records) {
    const problem = (message: string) => refuseRecord(section, record.code, message);
    const activity = activities.get(record.activityCode);
    if (!activity) throw problem(`activityCode ${record.activityCode} is neither in the document nor in the database`);
    const activityId = activity.id;
    const personId = personIdOf(lookups, record.personCode, 'personCode', problem)!;
    if (record.hours > activity.length) throw problem(`activity ${record.activityCode} lasts ${activity.length} h: ${record.hours} h is more than that`);
    const columns = {
      activityId,
      personId,
      role: record.role,
      hours: record.hours,
      day: activity.day,
      onBehalfOfId: organizationIdOf(lookups, record.onBehalfOfCode, 'onBehalfOfCode', problem),
      verifiedById: organizationIdOf(lookups, record.verifiedByCode, 'verifiedByCode', problem),
    };
    const current = existing.get(record.code);
    if (current) {
      if ((Object.keys(columns) as (keyof typeof columns)[]).some((key) => (current[key] ?? null) !== (columns[key] ?? null))) throw problem('a stored participation never changes');
      result.unchanged += 1;
      continue;
    }
    const key = `${activityId}|${personId}`;
    const first = taken.get(key);
    if (first !== undefined) throw problem(`activity ${record.activityCode}: the participation of ${record.personCode} is already recorded (${first})`);
    taken.set(key, record.code);
    fresh.push({ code: record.code, ...columns, version: 1, createdAt: stamp, updatedAt: stamp });
  }
  const step = Math.max(50_000, Math.ceil(fresh.length / 10));
  let reported = 0;
  await insertRowsBulk(manager, Participation, fresh, (done) => {
    if (done - reported >= step || done === fresh.length) onProgress(`participations: ${(reported = done)} of ${fresh.length} inserted`);
  });
  result.created = fresh.length;
  return result;
}

async function importMemberReports(manager: EntityManager, records: readonly DatasetMemberReport[], lookups: Lookups, stamp: string): Promise<ImportCounts> {
  const result = counts();
  if (records.length === 0) return result;
  const section = 'memberReports';
  const existing = await entitiesByCode(manager, MemberReport, 'member_reports', records.map((record) => record.code));
  // Every report, stored and in the document, of the people named, by person and community: none may overlap another.
  const periods = new Map<string, { code: string; since: string; until: string | null }[]>();
  const personIds = [...new Set(records.flatMap((record) => (lookups.people.has(record.personCode) ? [Number(lookups.people.get(record.personCode)!.id)] : [])))];
  for (const part of chunk(personIds, 500)) {
    for (const row of await queryRows(manager, 'SELECT code, person_id, community_id, since, until FROM member_reports WHERE person_id IN (:...ids)', { ids: part })) {
      // A stored report named in the document is checked as the document gives it.
      if (existing.has(String(row.code))) continue;
      const key = `${Number(row.person_id)}|${Number(row.community_id)}`;
      const list = periods.get(key) ?? [];
      list.push({ code: String(row.code), since: String(row.since).slice(0, 10), until: row.until == null ? null : String(row.until).slice(0, 10) });
      periods.set(key, list);
    }
  }
  const fresh: Partial<MemberReport>[] = [];
  const writes: { id: number; changes: VersionedChanges<MemberReport> }[] = [];
  for (const record of records) {
    const problem = (message: string) => refuseRecord(section, record.code, message);
    const person = lookups.people.get(record.personCode);
    if (!person) throw problem(`personCode ${record.personCode} is neither in the document nor in the database`);
    if (!(person.party_member === true || Number(person.party_member) === 1)) throw problem(`${record.personCode} is not a Party member; only Party members report individually`);
    const homeUnitId = organizationIdOf(lookups, record.homeUnitCode, 'homeUnitCode', problem)!;
    const communityId = communityIdOf(lookups, record.communityCode, 'communityCode', problem);
    if (record.until !== null && record.until <= record.since) throw problem(`it must end after it starts: until (${record.until}) is not after since (${record.since})`);
    const key = `${Number(person.id)}|${communityId}`;
    const others = periods.get(key) ?? [];
    const overlap = others.find((other) => (other.until === null || other.until > record.since) && (record.until === null || other.since < record.until));
    if (overlap) throw problem(`${record.personCode} already reports to ${record.communityCode} over that period (${overlap.code})`);
    others.push({ code: record.code, since: record.since, until: record.until });
    periods.set(key, others);
    const current = existing.get(record.code);
    if (!current) {
      fresh.push({ code: record.code, personId: Number(person.id), homeUnitId, communityId, since: record.since, until: record.until, version: 1, createdAt: stamp, updatedAt: stamp });
      continue;
    }
    if (current.personId !== Number(person.id) || current.homeUnitId !== homeUnitId || current.communityId !== communityId || current.since !== record.since || (current.until !== null && current.until !== record.until)) {
      throw problem('a stored member report keeps its person, home unit, community, since and until; only an open one may be ended (until)');
    }
    if (current.until === record.until) result.unchanged += 1;
    else writes.push({ id: current.databaseId, changes: { until: record.until } });
  }
  await insertRowsBulk(manager, MemberReport, fresh);
  await updateRowsVersioned(manager, MemberReport, writes);
  result.created = fresh.length;
  result.updated = writes.length;
  return result;
}
