import type { EntityManager } from 'typeorm';
import { entitiesByCode, queryEntities, queryRows } from '../../db/rows.js';
import { differs, updateRowsVersioned } from '../../db/versioned-update.js';
import { BadUserInputError } from '../../errors/index.js';
import { nowTimestamp } from '../../lib/clock.js';
import { chunk } from '../../lib/group-by.js';
import type { DatasetServiceCase, DatasetServiceCategory, DatasetWhistle } from '../import/dataset.js';
import { insertRowsBulk } from '../../db/bulk-insert.js';
import { addHours } from '../../schema/scalars/date-time.js';
import { CaseUrgency, DEFAULT_TIME_LIMITS } from './case.kinds.js';
import { loadReachability, type Eligibility, type Reachability } from './case.reachability.js';
import { checkWhistleCaller } from './case.rules.js';
import { DEFAULT_REPORT_MINUTES, type CaseService, type NewCase } from './case.service.js';
import { planStep, type EventValues } from './case.steps.js';
import { CaseEventKind } from './case.transitions.js';
import { ServiceCase } from './service-case.entity.js';
import { ServiceCategory } from './service-category.entity.js';
import { Whistle, WhistleCase, WhistleSummons } from './whistle.entity.js';
import { noImportCounts, refuseRecord, type ImportCounts } from '../import/sections.js';

/*
 * The importer's sections for service cases: categories and cases with their events, by code, under the
 * same rules as the mutations (prepareReceipt and planStep, the lifecycle table, reachability on each
 * event's date). Set-based: a few statements per section whatever its length, so that a seed of a year of
 * cases loads in bulk. Idempotent: a case already stored is left alone when the record's events are the
 * ones stored; events added at the end of a record are appended; a record that disagrees with the stored
 * history (an event changed or missing) refuses the import, naming the case.
 */



function categoryColumns(record: DatasetServiceCategory, parentId: number | null) {
  const limits = { ...DEFAULT_TIME_LIMITS };
  for (const limit of record.timeLimits) limits[limit.urgency] = { responseHours: limit.responseHours, closeHours: limit.closeHours };
  return {
    name: record.name,
    kind: record.kind,
    parentId,
    open311Code: record.open311Code,
    responseHoursEmergency: limits[CaseUrgency.EMERGENCY].responseHours,
    closeHoursEmergency: limits[CaseUrgency.EMERGENCY].closeHours,
    responseHoursUrgent: limits[CaseUrgency.URGENT].responseHours,
    closeHoursUrgent: limits[CaseUrgency.URGENT].closeHours,
    responseHoursNormal: limits[CaseUrgency.NORMAL].responseHours,
    closeHoursNormal: limits[CaseUrgency.NORMAL].closeHours,
  };
}

async function idsByCode(manager: EntityManager, table: string, codes: Iterable<string>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunk([...new Set(codes)], 500)) {
    for (const row of await queryRows(manager, `SELECT id, code FROM ${table} WHERE code IN (:...codes)`, { codes: part })) ids.set(String(row.code), Number(row.id));
  }
  return ids;
}

/** Creates and updates categories by code; a parent may come anywhere in the document. */
export async function importServiceCategories(manager: EntityManager, records: readonly DatasetServiceCategory[]): Promise<ImportCounts> {
  const counts = noImportCounts();
  if (records.length === 0) return counts;
  const codes = new Set(records.flatMap((record) => (record.parentCode ? [record.code, record.parentCode] : [record.code])));
  const existing = await entitiesByCode(manager, ServiceCategory, 'service_categories', codes);
  const inFile = new Set(records.map((record) => record.code));
  for (const record of records) {
    if (record.parentCode && !inFile.has(record.parentCode) && !existing.has(record.parentCode)) throw refuseRecord('serviceCategories', record.code, `parentCode ${record.parentCode} is neither in the document nor in the database`);
    if (record.parentCode === record.code) throw refuseRecord('serviceCategories', record.code, 'a category cannot be its own parent');
  }
  const stamp = nowTimestamp();
  const fresh = records.filter((record) => !existing.has(record.code));
  for (const part of chunk(fresh, 100)) {
    await manager.createQueryBuilder().insert().into(ServiceCategory).values(part.map((record) => ({ code: record.code, ...categoryColumns(record, null), version: 1, createdAt: stamp, updatedAt: stamp }))).updateEntity(false).execute();
  }
  counts.created = fresh.length;
  const ids = await idsByCode(manager, 'service_categories', codes);
  // Parents, now that every category has an id; then changes to existing ones.
  const writes: { id: number; changes: ReturnType<typeof categoryColumns> }[] = [];
  for (const record of records) {
    const columns = categoryColumns(record, record.parentCode ? ids.get(record.parentCode)! : null);
    const current = existing.get(record.code);
    if (!current) {
      if (columns.parentId !== null) await manager.createQueryBuilder().update(ServiceCategory).set({ parentId: columns.parentId }).where('id = :id', { id: ids.get(record.code) }).execute();
    } else if (differs(current, columns)) writes.push({ id: current.databaseId, changes: columns });
  }
  await updateRowsVersioned(manager, ServiceCategory, writes);
  counts.updated = writes.length;
  counts.unchanged = records.length - fresh.length - writes.length;
  // A category tree has no cycles: walk up from each record.
  const parents = new Map<number, number | null>();
  for (const row of await queryRows(manager, 'SELECT id, parent_id FROM service_categories', {})) parents.set(Number(row.id), row.parent_id == null ? null : Number(row.parent_id));
  for (const record of records) {
    const seen = new Set<number>();
    for (let id: number | null = ids.get(record.code)!; id !== null; id = parents.get(id) ?? null) {
      if (seen.has(id)) throw refuseRecord('serviceCategories', record.code, 'its parents form a cycle');
      seen.add(id);
    }
  }
  return counts;
}

interface WhistlePlan {
  code: string;
  databaseId: number;
  callerId: number;
  blownAt: string;
  fresh: boolean;
  caseCodes: Set<string>;
  /** Summoned units by organization id: when each reported (null: not yet). */
  reports: Map<number, string | null>;
}

/**
 * Creates cases with their events, and appends new events to stored ones, by code; with them the whistles
 * their WHISTLE and UNIT_REPORT events name. Returns the counts of both sections.
 */
export async function importServiceCases(
  manager: EntityManager,
  service: CaseService,
  records: readonly DatasetServiceCase[],
  whistleRecords: readonly DatasetWhistle[] = [],
  onProgress: (message: string) => void = () => undefined,
): Promise<{ serviceCases: ImportCounts; whistles: ImportCounts }> {
  const counts = noImportCounts();
  const whistleCounts = noImportCounts();
  if (records.length === 0 && whistleRecords.length === 0) return { serviceCases: counts, whistles: whistleCounts };
  const section = 'serviceCases';
  const organizationCodes = new Set<string>();
  for (const record of records) {
    for (const code of [record.communityCode, record.receivedByCode]) if (code) organizationCodes.add(code);
    for (const event of record.events) for (const code of [event.actingCode, event.toCode]) if (code) organizationCodes.add(code);
  }
  for (const whistle of whistleRecords) {
    organizationCodes.add(whistle.callerCode);
    for (const summons of whistle.summons) organizationCodes.add(summons.unitCode);
  }
  const organizations = await idsByCode(manager, 'organizations', organizationCodes);
  const organizationCodeOf = new Map([...organizations].map(([code, id]) => [id, code]));
  const categories = await idsByCode(manager, 'service_categories', records.map((record) => record.categoryCode));
  const grids = await idsByCode(manager, 'grids', records.flatMap((record) => (record.gridCode ? [record.gridCode] : [])));
  const organizationId = (record: DatasetServiceCase, code: string | null, what: string): number | null => {
    if (code === null) return null;
    const id = organizations.get(code);
    if (id === undefined) throw refuseRecord(section, record.code, `${what} ${code} is not in the database`);
    return id;
  };
  const existing = new Map<string, ServiceCase>();
  const caseCodes = new Set([...records.map((record) => record.code), ...whistleRecords.flatMap((whistle) => whistle.caseCodes)]);
  for (const part of chunk([...caseCodes], 500)) for (const row of await queryEntities(manager, ServiceCase, 'SELECT t.* FROM service_cases t WHERE t.code IN (:...codes)', { codes: part })) existing.set(row.code, row);
  // What is stored of each case's history: kinds and times, in order (enough to compare with the document).
  const storedEvents = new Map<number, { kind: string; at: string }[]>();
  const inDocument = new Set(records.map((record) => record.code));
  for (const part of chunk([...existing.values()].filter((row) => inDocument.has(row.code)).map((row) => row.databaseId), 500)) {
    for (const row of await queryRows(manager, 'SELECT case_id, kind, at FROM case_events WHERE case_id IN (:...ids) ORDER BY case_id, seq', { ids: part })) {
      const list = storedEvents.get(Number(row.case_id)) ?? [];
      list.push({ kind: String(row.kind), at: String(row.at) });
      storedEvents.set(Number(row.case_id), list);
    }
  }
  // New cases: checked and planned as receiveCase would; each gets a provisional negative id until inserted.
  const fresh = records.filter((record) => !existing.has(record.code));
  const receipts = await service.prepareReceipt(
    manager,
    fresh.map((record): NewCase => {
      const categoryId = categories.get(record.categoryCode);
      if (categoryId === undefined) throw refuseRecord(section, record.code, `categoryCode ${record.categoryCode} is neither in the document nor in the database`);
      const gridId = record.gridCode === null ? null : grids.get(record.gridCode);
      if (gridId === undefined) throw refuseRecord(section, record.code, `gridCode ${record.gridCode} is not in the database`);
      return {
        code: record.code,
        categoryId,
        channel: record.channel,
        urgency: record.urgency,
        description: record.description,
        householdRef: record.householdRef,
        receivedAt: record.receivedAt,
        gridId,
        communityId: organizationId(record, record.communityCode, 'communityCode'),
        receivedById: organizationId(record, record.receivedByCode, 'receivedByCode'),
        actingPerson: record.actingPerson,
        note: record.note,
      };
    }),
    (name) => name,
  );
  const states = new Map<string, ServiceCase>();
  fresh.forEach((record, index) => states.set(record.code, Object.assign(new ServiceCase(), receipts[index].row, { databaseId: -(index + 1) })));
  for (const [code, row] of existing) states.set(code, Object.assign(new ServiceCase(), row));
  const anchors = [...states.values()].map((state) => state.communityId);
  const targets = records.flatMap((record) => record.events.flatMap((event) => (event.toCode ? [organizations.get(event.toCode)!] : [])));
  const callers = whistleRecords.map((whistle) => organizations.get(whistle.callerCode)!).filter((id) => id !== undefined);
  const units = whistleRecords.flatMap((whistle) => whistle.summons.map((summons) => organizations.get(summons.unitCode)!)).filter((id) => id !== undefined);
  const reach = await loadReachability(manager, [...anchors, ...callers], [...targets.filter((id) => id !== undefined), ...units]);
  const stamp = nowTimestamp();
  const whistles = await planWhistles(manager, service, whistleRecords, { organizations, states, reach, stamp, counts: whistleCounts });
  onProgress(`whistles: ${whistleCounts.created} created, ${whistleCounts.updated} updated, ${whistleCounts.unchanged} unchanged`);
  const events: EventValues[] = receipts.map((receipt, index) => ({ ...receipt.event, caseId: -(index + 1) }));
  const touched: ServiceCase[] = [];
  /** Each new whistle's cases that got its WHISTLE event in this document. */
  const whistled = new Set<string>();
  for (const [index, record] of records.entries()) {
    const state = states.get(record.code)!;
    const stored = existing.has(record.code) ? (storedEvents.get(state.databaseId) ?? []).slice(1) : [];
    if (record.events.length < stored.length) throw refuseRecord(section, record.code, `the document lists ${record.events.length} events after the receipt, the database ${stored.length}; events are never removed`);
    for (const [position, event] of stored.entries()) {
      const given = record.events[position];
      if (given.kind !== event.kind || given.at !== event.at) throw refuseRecord(section, record.code, `event ${position + 1} is ${given.kind} at ${given.at} in the document but ${event.kind} at ${event.at} in the database; stored events never change`);
    }
    const added = record.events.slice(stored.length);
    if (existing.has(record.code)) {
      if (added.length === 0) {
        counts.unchanged += 1;
        continue;
      }
      counts.updated += 1;
      touched.push(state);
    }
    for (const [offset, event] of added.entries()) {
      const position = stored.length + offset;
      const fieldOf = (name: string) => `serviceCases[${index}].events[${position}].${name}`;
      const toOrganizationId = organizationId(record, event.toCode, `events[${position}].toCode`);
      let duplicateOf: { databaseId: number; code: string; status: ServiceCase['status'] } | null = null;
      if (event.duplicateOfCode !== null) {
        duplicateOf = states.get(event.duplicateOfCode) ?? null;
        if (!duplicateOf) {
          const [other] = await queryEntities(manager, ServiceCase, 'SELECT t.* FROM service_cases t WHERE t.code = :code', { code: event.duplicateOfCode });
          if (!other) throw refuseRecord(section, record.code, `events[${position}].duplicateOfCode ${event.duplicateOfCode} is neither earlier in the document nor in the database`);
          duplicateOf = other;
        }
      }
      let actingOrganizationId = organizationId(record, event.actingCode, `events[${position}].actingCode`);
      let whistleId: number | null = null;
      if (event.kind === CaseEventKind.WHISTLE || event.kind === CaseEventKind.UNIT_REPORT) {
        const problem = (message: string) => refuseRecord(section, record.code, `events[${position}] (${event.kind}): ${message}`);
        if (event.whistleCode === null) throw problem('name its whistle ("whistleCode")');
        const whistle = whistles.get(event.whistleCode);
        if (!whistle) throw problem(`whistle ${event.whistleCode} is neither in the document's whistles nor in the database`);
        if (!whistle.caseCodes.has(record.code)) throw problem(`whistle ${event.whistleCode} does not list case ${record.code}`);
        if (event.kind === CaseEventKind.WHISTLE) {
          actingOrganizationId ??= whistle.callerId;
          if (actingOrganizationId !== whistle.callerId) throw problem(`a whistle is blown by its caller ${organizationCodeOf.get(whistle.callerId)}`);
          if (event.at !== whistle.blownAt) throw problem(`it is at ${event.at}, the whistle was blown at ${whistle.blownAt}`);
          whistled.add(`${whistle.code}|${record.code}`);
        } else {
          if (actingOrganizationId === null || !whistle.reports.has(actingOrganizationId)) throw problem(`the acting organization ("actingCode") must be a unit the whistle ${whistle.code} summoned`);
          const reportedAt = whistle.reports.get(actingOrganizationId);
          if (!reportedAt) throw problem(`the whistle's summons of ${organizationCodeOf.get(actingOrganizationId)} has not reported (no reportedAt)`);
          if (event.at < reportedAt) throw problem(`it is at ${event.at}, before the unit reported (${reportedAt})`);
        }
        whistleId = whistle.databaseId;
      }
      const command = {
        kind: event.kind,
        at: event.at,
        actingOrganizationId,
        actingPerson: event.actingPerson,
        toOrganizationId,
        reason: event.reason,
        note: event.note,
        public: event.public,
        resolved: event.resolved,
        satisfaction: event.satisfaction,
        dueAt: event.dueAt,
        duplicateOfId: duplicateOf?.databaseId ?? null,
        whistleId,
      };
      const eligibility = toOrganizationId === null ? null : reach.eligibility(state.communityId, toOrganizationId, event.at.slice(0, 10));
      try {
        const { changes, event: planned } = planStep(state, command, { eligibility, duplicateOf, describeOrganization: (id) => organizationCodeOf.get(id) ?? `organization ${id}` }, stamp, fieldOf);
        Object.assign(state, changes);
        events.push(planned);
      } catch (error) {
        if (error instanceof BadUserInputError) throw refuseRecord(section, record.code, `events[${position}] (${event.kind}): ${error.message.replace(/^Case [^:]+: /, '').replace(/\.$/, '')}`);
        throw error;
      }
    }
  }
  // A new whistle's cases each carry its WHISTLE event, in this document.
  for (const whistle of whistles.values()) {
    if (!whistle.fresh) continue;
    for (const code of whistle.caseCodes) {
      if (!whistled.has(`${whistle.code}|${code}`)) throw refuseRecord('whistles', whistle.code, `case ${code} must list the whistle's WHISTLE event (whistleCode ${whistle.code}) in serviceCases`);
    }
  }
  // Insert the new cases, then give their events (and merges into them) the real ids.
  const provisional = [...states.values()].filter((state) => state.databaseId < 0);
  const rows = provisional.map((state) => {
    const { databaseId: _databaseId, ...row } = state;
    void _databaseId;
    return { ...row, duplicateOfId: row.duplicateOfId !== null && row.duplicateOfId < 0 ? null : row.duplicateOfId };
  });
  const step = Math.max(10_000, Math.ceil(rows.length / 10));
  let reported = 0;
  const inserted = await service.insertCasesBulk(manager, rows as Partial<ServiceCase>[], (done) => {
    if (done - reported >= step || done === rows.length) onProgress(`service cases: ${(reported = done)} of ${rows.length} inserted`);
  });
  const realId = new Map<number, number>(provisional.map((state) => [state.databaseId, inserted.get(state.code)!]));
  for (const state of provisional) {
    if (state.duplicateOfId !== null && state.duplicateOfId < 0) {
      await manager.createQueryBuilder().update(ServiceCase).set({ duplicateOfId: realId.get(state.duplicateOfId)! }).where('id = :id', { id: realId.get(state.databaseId) }).execute();
    }
  }
  counts.created = provisional.length;
  for (const event of events) if (event.caseId < 0) event.caseId = realId.get(event.caseId)!;
  await updateRowsVersioned(
    manager,
    ServiceCase,
    touched.map((state) => {
      const { databaseId, version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...changes } = state;
      void _version;
      void _createdAt;
      void _updatedAt;
      return { id: databaseId, changes: { ...changes, duplicateOfId: changes.duplicateOfId !== null && changes.duplicateOfId < 0 ? realId.get(changes.duplicateOfId)! : changes.duplicateOfId } };
    }),
  );
  // The cases of the new whistles, now that every case has its id.
  const links: { whistleId: number; caseId: number }[] = [];
  for (const whistle of whistles.values()) {
    if (!whistle.fresh) continue;
    for (const code of whistle.caseCodes) {
      const state = states.get(code)!;
      links.push({ whistleId: whistle.databaseId, caseId: state.databaseId < 0 ? realId.get(state.databaseId)! : state.databaseId });
    }
  }
  await insertRowsBulk(manager, WhistleCase, links);
  const eventStep = Math.max(50_000, Math.ceil(events.length / 10));
  reported = 0;
  await service.insertEventRowsBulk(manager, events, (done) => {
    if (done - reported >= eventStep || done === events.length) onProgress(`case events: ${(reported = done)} of ${events.length} inserted`);
  });
  return { serviceCases: counts, whistles: whistleCounts };
}

/**
 * Checks the document's whistles under the rules of blowWhistle and reportToWhistle (the caller's kind, its
 * cases in its area on the day, each unit reachable from it on the day, reports not before the whistle),
 * inserts the new ones with their summons, records new reports and scores of stored ones, and refuses any
 * other change to a stored whistle. Returns every whistle the document names, by code.
 */
async function planWhistles(
  manager: EntityManager,
  service: CaseService,
  records: readonly DatasetWhistle[],
  context: { organizations: Map<string, number>; states: Map<string, ServiceCase>; reach: Reachability; stamp: string; counts: ImportCounts },
): Promise<Map<string, WhistlePlan>> {
  const plans = new Map<string, WhistlePlan>();
  if (records.length === 0) return plans;
  const section = 'whistles';
  const { organizations, states, reach, stamp, counts } = context;
  const stored = new Map<string, Whistle>();
  for (const part of chunk(records.map((record) => record.code), 500)) for (const row of await queryEntities(manager, Whistle, 'SELECT t.* FROM whistles t WHERE t.code IN (:...codes)', { codes: part })) stored.set(row.code, row);
  const storedSummons = new Map<number, WhistleSummons[]>();
  const storedCases = new Map<number, Set<number>>();
  for (const part of chunk([...stored.values()].map((row) => row.databaseId), 500)) {
    for (const row of await queryEntities(manager, WhistleSummons, 'SELECT t.* FROM whistle_summons t WHERE t.whistle_id IN (:...ids)', { ids: part })) {
      const list = storedSummons.get(row.whistleId) ?? [];
      list.push(row);
      storedSummons.set(row.whistleId, list);
    }
    for (const row of await queryRows(manager, 'SELECT whistle_id, case_id FROM whistle_cases WHERE whistle_id IN (:...ids)', { ids: part })) {
      const set = storedCases.get(Number(row.whistle_id)) ?? new Set<number>();
      set.add(Number(row.case_id));
      storedCases.set(Number(row.whistle_id), set);
    }
  }
  const facts = await service.organizationFacts(manager, [...new Set(records.map((record) => organizations.get(record.callerCode)).filter((id): id is number => id !== undefined))]);
  const fresh: { record: DatasetWhistle; callerId: number; reportBy: string; summons: { unitId: number; unitCode: string; eligibility: Eligibility; reportedAt: string | null; reportingPerson: string | null; score: number | null }[] }[] = [];
  const summonsChanges: { id: number; changes: Partial<WhistleSummons> }[] = [];
  for (const record of records) {
    const problem = (message: string) => refuseRecord(section, record.code, message);
    const callerId = organizations.get(record.callerCode);
    if (callerId === undefined) throw problem(`callerCode ${record.callerCode} is not in the database`);
    const caller = facts.get(callerId)!;
    try {
      checkWhistleCaller(caller, record.code, 'callerCode');
    } catch (error) {
      throw problem((error as Error).message.replace(/^Whistle [^:]+: /, '').replace(/\.$/, ''));
    }
    const reportBy = record.reportBy ?? addHours(record.blownAt, DEFAULT_REPORT_MINUTES / 60);
    if (reportBy <= record.blownAt) throw problem(`reportBy (${reportBy}) must be after blownAt (${record.blownAt})`);
    if (new Set(record.caseCodes).size !== record.caseCodes.length) throw problem('a case is named twice');
    const unitIds: number[] = [];
    for (const summons of record.summons) {
      const unitId = organizations.get(summons.unitCode);
      if (unitId === undefined) throw problem(`unitCode ${summons.unitCode} is not in the database`);
      if (unitId === callerId) throw problem(`the caller ${record.callerCode} cannot summon itself`);
      if (summons.reportedAt !== null && summons.reportedAt < record.blownAt) throw problem(`${summons.unitCode} reported (${summons.reportedAt}) before the whistle (${record.blownAt})`);
      unitIds.push(unitId);
    }
    if (new Set(unitIds).size !== unitIds.length) throw problem('a unit is summoned twice');
    const date = record.blownAt.slice(0, 10);
    const caseIds: number[] = [];
    for (const code of record.caseCodes) {
      const state = states.get(code);
      if (!state) throw problem(`case ${code} is neither in the document nor in the database`);
      if (!reach.upwardOn(state.communityId, date).includes(callerId)) throw problem(`case ${code} is not in the area of the caller ${record.callerCode} on ${date}`);
      caseIds.push(state.databaseId);
    }
    const reports = new Map(record.summons.map((summons, index) => [unitIds[index], summons.reportedAt] as const));
    const current = stored.get(record.code);
    if (current) {
      const units = storedSummons.get(current.databaseId) ?? [];
      const sameCases = [...(storedCases.get(current.databaseId) ?? [])].sort().join() === [...caseIds].sort().join();
      const sameUnits = units.map((summons) => summons.unitId).sort().join() === [...unitIds].sort().join();
      if (current.callerId !== callerId || current.reason !== record.reason || current.blownAt !== record.blownAt || current.reportBy !== reportBy || !sameCases || !sameUnits) {
        throw problem('a stored whistle never changes (caller, reason, times, cases, units); only reports and scores may be added');
      }
      let changed = false;
      for (const summons of units) {
        const given = record.summons[unitIds.indexOf(summons.unitId)];
        const change: Partial<WhistleSummons> = {};
        if (summons.reportedAt !== given.reportedAt) {
          if (summons.reportedAt !== null) throw problem(`${given.unitCode} reported at ${summons.reportedAt} in the database; a report never changes`);
          Object.assign(change, { reportedAt: given.reportedAt, reportingPerson: given.reportingPerson });
        }
        if (given.score !== null && given.score !== summons.score) change.score = given.score;
        if (Object.keys(change).length > 0) {
          summonsChanges.push({ id: summons.databaseId, changes: change });
          changed = true;
        }
      }
      counts[changed ? 'updated' : 'unchanged'] += 1;
      plans.set(record.code, { code: record.code, databaseId: current.databaseId, callerId, blownAt: record.blownAt, fresh: false, caseCodes: new Set(record.caseCodes), reports });
      continue;
    }
    const summons = record.summons.map((item, index) => {
      const eligibility = reach.eligibility(callerId, unitIds[index], date);
      if (!eligibility) {
        throw problem(
          `${item.unitCode} cannot be summoned: on ${date} it is neither in the chain of the caller ${record.callerCode} nor joined to that chain by a link in force of kind CO_BUILDING, UNIT_REPORTING, SERVICE_PARTNERSHIP, GUIDANCE or PARTY_PRESENCE`,
        );
      }
      return { unitId: unitIds[index], unitCode: item.unitCode, eligibility, reportedAt: item.reportedAt, reportingPerson: item.reportingPerson, score: item.score };
    });
    fresh.push({ record, callerId, reportBy, summons });
    plans.set(record.code, { code: record.code, databaseId: 0, callerId, blownAt: record.blownAt, fresh: true, caseCodes: new Set(record.caseCodes), reports });
  }
  await updateRowsVersioned(manager, WhistleSummons, summonsChanges);
  await insertRowsBulk(
    manager,
    Whistle,
    fresh.map(({ record, callerId, reportBy }) => ({ code: record.code, callerId, reason: record.reason, blownAt: record.blownAt, reportBy, note: record.note, version: 1, createdAt: stamp, updatedAt: stamp })),
  );
  const ids = await idsByCode(manager, 'whistles', fresh.map((item) => item.record.code));
  for (const item of fresh) plans.get(item.record.code)!.databaseId = ids.get(item.record.code)!;
  await insertRowsBulk(
    manager,
    WhistleSummons,
    fresh.flatMap((item) =>
      item.summons.map((summons) => ({
        code: `${item.record.code}:${summons.unitCode}`,
        whistleId: ids.get(item.record.code)!,
        unitId: summons.unitId,
        eligibility: summons.eligibility.kind,
        viaLinkId: summons.eligibility.linkId,
        reportedAt: summons.reportedAt,
        reportingPerson: summons.reportingPerson,
        score: summons.score,
        version: 1,
        createdAt: stamp,
        updatedAt: stamp,
      })),
    ),
  );
  counts.created = fresh.length;
  return plans;
}
