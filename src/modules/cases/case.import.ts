import type { EntityManager } from 'typeorm';
import { queryEntities, queryRows } from '../../db/rows.js';
import { differs, updateRowsVersioned } from '../../db/versioned-update.js';
import { BadUserInputError } from '../../errors/index.js';
import { nowTimestamp } from '../../lib/clock.js';
import { chunk } from '../../lib/group-by.js';
import type { DatasetServiceCase, DatasetServiceCategory } from '../import/dataset.js';
import { CaseEvent } from './case-event.entity.js';
import { CaseUrgency, DEFAULT_TIME_LIMITS } from './case.kinds.js';
import { loadReachability } from './case.reachability.js';
import type { CaseService, NewCase } from './case.service.js';
import { planStep, type EventValues } from './case.steps.js';
import { ServiceCase } from './service-case.entity.js';
import { ServiceCategory } from './service-category.entity.js';

/*
 * The importer's sections for service cases: categories and cases with their events, by code, under the
 * same rules as the mutations (prepareReceipt and planStep, the lifecycle table, reachability on each
 * event's date). Set-based: a few statements per section whatever its length, so that a seed of a year of
 * cases loads in bulk. Idempotent: a case already stored is left alone when the record's events are the
 * ones stored; events added at the end of a record are appended; a record that disagrees with the stored
 * history (an event changed or missing) refuses the import, naming the case.
 */

export interface SectionCounts {
  created: number;
  updated: number;
  unchanged: number;
}

function refuse(section: string, code: string, problem: string): BadUserInputError {
  return new BadUserInputError(`Import refused, nothing was changed: ${section} record ${code}: ${problem}.`, { record: code, field: section });
}

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
export async function importServiceCategories(manager: EntityManager, records: readonly DatasetServiceCategory[]): Promise<SectionCounts> {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  if (records.length === 0) return counts;
  const codes = new Set(records.flatMap((record) => (record.parentCode ? [record.code, record.parentCode] : [record.code])));
  const existing = new Map<string, ServiceCategory>();
  for (const part of chunk([...codes], 500)) for (const row of await queryEntities(manager, ServiceCategory, 'SELECT t.* FROM service_categories t WHERE t.code IN (:...codes)', { codes: part })) existing.set(row.code, row);
  const inFile = new Set(records.map((record) => record.code));
  for (const record of records) {
    if (record.parentCode && !inFile.has(record.parentCode) && !existing.has(record.parentCode)) throw refuse('serviceCategories', record.code, `parentCode ${record.parentCode} is neither in the document nor in the database`);
    if (record.parentCode === record.code) throw refuse('serviceCategories', record.code, 'a category cannot be its own parent');
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
      if (seen.has(id)) throw refuse('serviceCategories', record.code, 'its parents form a cycle');
      seen.add(id);
    }
  }
  return counts;
}

/** Creates cases with their events, and appends new events to stored ones, by code. */
export async function importServiceCases(manager: EntityManager, service: CaseService, records: readonly DatasetServiceCase[]): Promise<SectionCounts> {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  if (records.length === 0) return counts;
  const section = 'serviceCases';
  const organizationCodes = new Set<string>();
  for (const record of records) {
    for (const code of [record.communityCode, record.receivedByCode]) if (code) organizationCodes.add(code);
    for (const event of record.events) for (const code of [event.actingCode, event.toCode]) if (code) organizationCodes.add(code);
  }
  const organizations = await idsByCode(manager, 'organizations', organizationCodes);
  const organizationCodeOf = new Map([...organizations].map(([code, id]) => [id, code]));
  const categories = await idsByCode(manager, 'service_categories', records.map((record) => record.categoryCode));
  const grids = await idsByCode(manager, 'grids', records.flatMap((record) => (record.gridCode ? [record.gridCode] : [])));
  const organizationId = (record: DatasetServiceCase, code: string | null, what: string): number | null => {
    if (code === null) return null;
    const id = organizations.get(code);
    if (id === undefined) throw refuse(section, record.code, `${what} ${code} is not in the database`);
    return id;
  };
  const existing = new Map<string, ServiceCase>();
  for (const part of chunk(records.map((record) => record.code), 500)) for (const row of await queryEntities(manager, ServiceCase, 'SELECT t.* FROM service_cases t WHERE t.code IN (:...codes)', { codes: part })) existing.set(row.code, row);
  const storedEvents = new Map<number, CaseEvent[]>();
  for (const part of chunk([...existing.values()].map((row) => row.databaseId), 500)) {
    for (const event of await queryEntities(manager, CaseEvent, 'SELECT t.* FROM case_events t WHERE t.case_id IN (:...ids) ORDER BY t.case_id, t.seq', { ids: part })) {
      const list = storedEvents.get(event.caseId) ?? [];
      list.push(event);
      storedEvents.set(event.caseId, list);
    }
  }
  // New cases: checked and planned as receiveCase would; each gets a provisional negative id until inserted.
  const fresh = records.filter((record) => !existing.has(record.code));
  const receipts = await service.prepareReceipt(
    manager,
    fresh.map((record): NewCase => {
      const categoryId = categories.get(record.categoryCode);
      if (categoryId === undefined) throw refuse(section, record.code, `categoryCode ${record.categoryCode} is neither in the document nor in the database`);
      const gridId = record.gridCode === null ? null : grids.get(record.gridCode);
      if (gridId === undefined) throw refuse(section, record.code, `gridCode ${record.gridCode} is not in the database`);
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
  const reach = await loadReachability(manager, anchors, targets.filter((id) => id !== undefined));
  const stamp = nowTimestamp();
  const events: EventValues[] = receipts.map((receipt, index) => ({ ...receipt.event, caseId: -(index + 1) }));
  const touched: ServiceCase[] = [];
  for (const [index, record] of records.entries()) {
    const state = states.get(record.code)!;
    const stored = existing.has(record.code) ? (storedEvents.get(state.databaseId) ?? []).slice(1) : [];
    if (record.events.length < stored.length) throw refuse(section, record.code, `the document lists ${record.events.length} events after the receipt, the database ${stored.length}; events are never removed`);
    for (const [position, event] of stored.entries()) {
      const given = record.events[position];
      if (given.kind !== event.kind || given.at !== event.at) throw refuse(section, record.code, `event ${position + 1} is ${given.kind} at ${given.at} in the document but ${event.kind} at ${event.at} in the database; stored events never change`);
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
          if (!other) throw refuse(section, record.code, `events[${position}].duplicateOfCode ${event.duplicateOfCode} is neither earlier in the document nor in the database`);
          duplicateOf = other;
        }
      }
      const command = {
        kind: event.kind,
        at: event.at,
        actingOrganizationId: organizationId(record, event.actingCode, `events[${position}].actingCode`),
        actingPerson: event.actingPerson,
        toOrganizationId,
        reason: event.reason,
        note: event.note,
        public: event.public,
        resolved: event.resolved,
        satisfaction: event.satisfaction,
        dueAt: event.dueAt,
        duplicateOfId: duplicateOf?.databaseId ?? null,
      };
      const eligibility = toOrganizationId === null ? null : reach.eligibility(state.communityId, toOrganizationId, event.at.slice(0, 10));
      try {
        const { changes, event: planned } = planStep(state, command, { eligibility, duplicateOf, describeOrganization: (id) => organizationCodeOf.get(id) ?? `organization ${id}` }, stamp, fieldOf);
        Object.assign(state, changes);
        events.push(planned);
      } catch (error) {
        if (error instanceof BadUserInputError) throw refuse(section, record.code, `events[${position}] (${event.kind}): ${error.message.replace(/^Case [^:]+: /, '').replace(/\.$/, '')}`);
        throw error;
      }
    }
  }
  // Insert the new cases, then give their events (and merges into them) the real ids.
  const provisional = [...states.values()].filter((state) => state.databaseId < 0);
  const rows = provisional.map((state) => {
    const { databaseId: _databaseId, ...row } = state;
    void _databaseId;
    return { ...row, duplicateOfId: row.duplicateOfId !== null && row.duplicateOfId < 0 ? null : row.duplicateOfId };
  });
  const inserted = await service.insertCases(manager, rows as Partial<ServiceCase>[]);
  const realId = new Map<number, number>(provisional.map((state, index) => [state.databaseId, inserted[index].databaseId]));
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
  await service.insertEventRows(manager, events, false);
  return counts;
}
