import type { EntityManager } from 'typeorm';
import { Conditions } from '../../db/conditions.js';
import { onCommit } from '../../db/after-commit.js';
import type { Database } from '../../db/database.js';
import { queryEntities, queryPage, queryRows } from '../../db/rows.js';
import { insertRowsBulk } from '../../db/bulk-insert.js';
import { lockVersioned, updateVersioned, writeVersioned } from '../../db/versioned-update.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors/index.js';
import { nowTimestamp } from '../../lib/clock.js';
import { chunk } from '../../lib/group-by.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import { addHours } from '../../schema/scalars/date-time.js';
import { recordChange } from '../audit/audit.js';
import type { OrganizationKind } from '../organizations/organization.kinds.js';
import { CaseEvent } from './case-event.entity.js';
import { CASE_EVENTS_TOPIC, caseEventFeed, caseEventsNotice, type CaseEventDelivery, type CaseEventSubscriptionFilter } from './case.feed.js';
import { caseConditions, caseOrderSql, CaseOrder, whistleConditions, type CaseFilter, type WhistleFilter } from './case.conditions.js';
import type { CaseChannel, CaseUrgency, WhistleReason } from './case.kinds.js';
import { loadReachability, type Eligibility } from './case.reachability.js';
import { checkCaseCommunity, checkWhistleCaller } from './case.rules.js';
import { planStep, type EventValues, type StepCommand, type StepFacts } from './case.steps.js';
import { CaseEventKind, CaseStatus, nextStatus } from './case.transitions.js';
import { ServiceCase } from './service-case.entity.js';
import { ServiceCategory } from './service-category.entity.js';
import { Whistle, WhistleCase, WhistleSummons } from './whistle.entity.js';

/** A new case, as receiveCase and the importer give it (ids resolved, fields checked for form). */
export interface NewCase {
  code: string;
  categoryId: number;
  channel: CaseChannel;
  urgency: CaseUrgency;
  description?: string | null;
  householdRef?: string | null;
  receivedAt: string;
  /** The grid; its community is the case's. */
  gridId?: number | null;
  /** The community (its Party committee); required without a grid, and must be the grid's when both are given. */
  communityId?: number | null;
  /** The intake; default the community. */
  receivedById?: number | null;
  actingPerson?: string | null;
  note?: string | null;
  public?: boolean | null;
}

/** What a step did: the case after it, the event it appended, and for a dispatch or transfer what made the target reachable. */
export interface StepResult {
  serviceCase: ServiceCase;
  event: CaseEvent;
  eligibility: Eligibility | null;
}

export interface NewWhistle {
  code: string;
  callerId: number;
  reason: WhistleReason;
  blownAt: string;
  /** Default: 30 minutes after blownAt (Pinggu's rule). */
  reportBy?: string | null;
  note?: string | null;
  actingPerson?: string | null;
  cases: { id: number; expectedVersion?: number | null }[];
  unitIds: number[];
}

interface OrganizationFacts {
  code: string;
  kind: OrganizationKind;
}

/** The minutes summoned units have to report when the whistle does not say: Pinggu district's 30 minutes. */
export const DEFAULT_REPORT_MINUTES = 30;

/** The most events one notice of a bulk import announces. */
const BULK_NOTICE_EVENTS = 5_000;

/**
 * Service cases, whistles and categories. Every change is one transaction that locks the case (checking
 * the version the client last read), applies the lifecycle table and the step's rules (case.steps.ts),
 * appends the event with the case's next seq and writes the case's new status in the same transaction,
 * and records the change in the audit log. The set-based writes for the importer take the caller's
 * EntityManager and apply the same planStep.
 *
 * For those building on it: `receive`, `step` and `blowWhistle`/`reportToWhistle` are the only write paths
 * for cases (insertEventRows is where every event is written), `list` and the loaders are the reads, and
 * `reachability` answers who a case may reach on a date.
 */
export class CaseService {
  constructor(private readonly db: Database) {}

  async listCases(filter: CaseFilter, order: CaseOrder, window: PageWindow): Promise<Page<ServiceCase>> {
    return queryPage(this.db.manager, ServiceCase, window, { from: 'service_cases t', where: caseConditions(filter, nowTimestamp()), orderBy: caseOrderSql(order), orderIndexed: order !== CaseOrder.DUE_AT_ASC });
  }

  async listWhistles(filter: WhistleFilter, window: PageWindow): Promise<Page<Whistle>> {
    return queryPage(this.db.manager, Whistle, window, { from: 'whistles t', where: whistleConditions(filter), orderBy: 't.blown_at DESC, t.id DESC', orderIndexed: true });
  }

  async listCategories(filter: { kinds?: string[] | null; parentId?: number | null; rootsOnly?: boolean | null }, window: PageWindow): Promise<Page<ServiceCategory>> {
    const where = new Conditions().in('t.kind', filter.kinds).equals('t.parent_id', filter.parentId);
    if (filter.rootsOnly) where.add(() => 't.parent_id IS NULL');
    return queryPage(this.db.manager, ServiceCategory, window, { from: 'service_categories t', where, orderBy: 't.code, t.id', orderIndexed: true });
  }

  /** A live subscription to case events (the caseEvents subscription): see case.feed.ts. */
  subscribeToEvents(filter: CaseEventSubscriptionFilter): Promise<AsyncIterableIterator<CaseEventDelivery>> {
    return caseEventFeed(this.db).subscribe(filter);
  }

  /** The categories given and their direct subcategories, as the case filters count them. */
  async categoriesWithChildren(ids: readonly number[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = await queryRows(this.db.manager, 'SELECT id FROM service_categories WHERE id IN (:...ids) OR parent_id IN (:...ids)', { ids });
    return rows.map((row) => Number(row.id));
  }

  /** Who a case's community (or a whistle's caller) may reach: see Reachability. Two statements, whatever the number of anchors and targets. */
  reachability(manager: EntityManager, anchors: readonly number[], targets: readonly number[]) {
    return loadReachability(manager, anchors, targets);
  }

  /** Receives a case: the case with status RECEIVED and its RECEIVE event, handled by its intake. */
  async receive(input: NewCase): Promise<StepResult> {
    return this.db.transaction(async (manager) => {
      const [taken] = await queryRows(manager, 'SELECT id FROM service_cases WHERE code = :code', { code: input.code });
      if (taken) throw new ConflictError(`A case with code "${input.code}" already exists.`, { field: 'input.code' });
      const values = await this.prepareReceipt(manager, [input], (name) => `input.${name}`);
      const [created] = await this.insertCases(manager, values.map((value) => value.row));
      const [event] = await this.insertEventRows(manager, [{ ...values[0].event, caseId: created.databaseId }], true);
      await recordChange(manager, { entityType: 'ServiceCase', entityId: created.databaseId, entityCode: created.code, after: created });
      return { serviceCase: created, event: event!, eligibility: null };
    });
  }

  /**
   * One step of a case's lifecycle (not RECEIVE, WHISTLE or UNIT_REPORT, which have their own methods).
   * `at` defaults to now; the acting organization to the current handler.
   */
  async step(caseId: number, expectedVersion: number | null | undefined, command: Omit<StepCommand, 'at'> & { at?: string | null }): Promise<StepResult> {
    return this.db.transaction(async (manager) => {
      const before = await lockVersioned(manager, ServiceCase, caseId, { field: 'input.id', expectedVersion });
      const full: StepCommand = { ...command, at: command.at ?? nowTimestamp() };
      const facts = await this.factsFor(manager, before, [full]);
      const { changes, event } = planStep(before, full, facts, nowTimestamp());
      const after = await writeVersioned(manager, ServiceCase, before, changes);
      const [saved] = await this.insertEventRows(manager, [event], true);
      await recordChange(manager, { entityType: 'ServiceCase', entityId: after.databaseId, entityCode: after.code, before, after });
      return { serviceCase: after, event: saved!, eligibility: facts.eligibility ?? null };
    });
  }

  /**
   * Blows a whistle on one or more cases: each case must lie under the caller on the day and be in a status
   * the table allows WHISTLE from; each summoned unit must be reachable from the caller (its chain, or a link
   * in force). Appends a WHISTLE event to each case, marks it whistled, and creates the summons.
   */
  async blowWhistle(input: NewWhistle): Promise<Whistle> {
    return this.db.transaction(async (manager) => {
      const [taken] = await queryRows(manager, 'SELECT id FROM whistles WHERE code = :code', { code: input.code });
      if (taken) throw new ConflictError(`A whistle with code "${input.code}" already exists.`, { field: 'input.code' });
      if (input.cases.length === 0) throw new BadUserInputError(`Whistle ${input.code}: name at least one case.`, { field: 'input.cases', record: input.code });
      if (input.unitIds.length === 0) throw new BadUserInputError(`Whistle ${input.code}: summon at least one unit.`, { field: 'input.unitIds', record: input.code });
      if (new Set(input.unitIds).size !== input.unitIds.length) throw new BadUserInputError(`Whistle ${input.code}: a unit is summoned twice.`, { field: 'input.unitIds', record: input.code });
      if (new Set(input.cases.map((item) => item.id)).size !== input.cases.length) throw new BadUserInputError(`Whistle ${input.code}: a case is named twice.`, { field: 'input.cases', record: input.code });
      const reportBy = input.reportBy ?? addHours(input.blownAt, DEFAULT_REPORT_MINUTES / 60);
      if (reportBy <= input.blownAt) throw new BadUserInputError(`Whistle ${input.code}: reportBy (${reportBy}) must be after blownAt (${input.blownAt}).`, { field: 'input.reportBy', record: input.code });
      const organizations = await this.organizationFacts(manager, [input.callerId, ...input.unitIds]);
      const caller = organizations.get(input.callerId);
      if (!caller) throw new NotFoundError('No organization has the id given in "input.callerId".', { field: 'input.callerId' });
      checkWhistleCaller(caller, input.code);
      const cases: ServiceCase[] = [];
      for (const item of input.cases) cases.push(await lockVersioned(manager, ServiceCase, item.id, { field: 'input.cases', expectedVersion: item.expectedVersion }));
      const date = input.blownAt.slice(0, 10);
      const reach = await loadReachability(manager, [input.callerId, ...cases.map((serviceCase) => serviceCase.communityId)], input.unitIds);
      for (const serviceCase of cases) {
        if (!reach.upwardOn(serviceCase.communityId, date).includes(input.callerId)) {
          throw new BadUserInputError(`Whistle ${input.code}: case ${serviceCase.code} is not in the area of the caller ${caller.code} on ${date}.`, { field: 'input.cases', record: input.code });
        }
      }
      const summons: { unitId: number; eligibility: Eligibility }[] = [];
      for (const unitId of input.unitIds) {
        const unit = organizations.get(unitId);
        if (!unit) throw new NotFoundError('No organization has an id given in "input.unitIds".', { field: 'input.unitIds' });
        if (unitId === input.callerId) throw new BadUserInputError(`Whistle ${input.code}: the caller ${caller.code} cannot summon itself.`, { field: 'input.unitIds', record: input.code });
        const eligibility = reach.eligibility(input.callerId, unitId, date);
        if (!eligibility) {
          throw new BadUserInputError(
            `Whistle ${input.code}: ${unit.code} cannot be summoned: on ${date} it is neither in the chain of the caller ${caller.code} nor joined to that chain by a link in force of kind CO_BUILDING, UNIT_REPORTING, SERVICE_PARTNERSHIP, GUIDANCE or PARTY_PRESENCE.`,
            { field: 'input.unitIds', record: input.code },
          );
        }
        summons.push({ unitId, eligibility });
      }
      const stamp = nowTimestamp();
      await manager.createQueryBuilder().insert().into(Whistle).values({ code: input.code, callerId: input.callerId, reason: input.reason, blownAt: input.blownAt, reportBy, note: input.note ?? null, version: 1, createdAt: stamp, updatedAt: stamp }).updateEntity(false).execute();
      const [whistle] = await queryEntities(manager, Whistle, 'SELECT t.* FROM whistles t WHERE t.code = :code', { code: input.code });
      await manager.createQueryBuilder().insert().into(WhistleCase).values(cases.map((serviceCase) => ({ whistleId: whistle.databaseId, caseId: serviceCase.databaseId }))).updateEntity(false).execute();
      await manager
        .createQueryBuilder()
        .insert()
        .into(WhistleSummons)
        .values(summons.map((item) => ({ code: `${input.code}:${organizations.get(item.unitId)!.code}`, whistleId: whistle.databaseId, unitId: item.unitId, eligibility: item.eligibility.kind, viaLinkId: item.eligibility.linkId, reportedAt: null, reportingPerson: null, score: null, version: 1, createdAt: stamp, updatedAt: stamp })))
        .updateEntity(false)
        .execute();
      const events: EventValues[] = [];
      for (const serviceCase of cases) {
        const { changes, event } = planStep(serviceCase, { kind: CaseEventKind.WHISTLE, at: input.blownAt, actingOrganizationId: input.callerId, actingPerson: input.actingPerson, whistleId: whistle.databaseId, reason: input.reason, note: input.note }, {}, stamp, () => 'input.cases');
        await writeVersioned(manager, ServiceCase, serviceCase, changes);
        events.push(event);
      }
      await this.insertEventRows(manager, events, false);
      await recordChange(manager, { entityType: 'Whistle', entityId: whistle.databaseId, entityCode: whistle.code, after: whistle });
      return whistle;
    });
  }

  /**
   * A summoned unit reports: the summons gets its report time, and every case of the whistle that the table
   * allows it on (not one withdrawn, merged or rejected since) gets a UNIT_REPORT event by the unit.
   */
  async reportToWhistle(input: { summonsId: number; at?: string | null; reportingPerson?: string | null; note?: string | null; expectedVersion?: number | null }): Promise<WhistleSummons> {
    return this.db.transaction(async (manager) => {
      const at = input.at ?? nowTimestamp();
      const stamp = nowTimestamp();
      const { before, after } = await updateVersioned(manager, WhistleSummons, input.summonsId, {
        field: 'input.summonsId',
        expectedVersion: input.expectedVersion,
        change: async (summons) => {
          if (summons.reportedAt) throw new BadUserInputError(`Summons ${summons.code} has already reported (at ${summons.reportedAt}).`, { field: 'input.summonsId', record: summons.code });
          const [whistleOf] = await queryEntities(manager, Whistle, 'SELECT t.* FROM whistles t WHERE t.id = :id', { id: summons.whistleId });
          if (at < whistleOf.blownAt) throw new BadUserInputError(`Summons ${summons.code}: the report (${at}) cannot come before the whistle (${whistleOf.blownAt}).`, { field: 'input.at', record: summons.code });
          return { reportedAt: at, reportingPerson: input.reportingPerson ?? null };
        },
      });
      const caseIds = (await queryRows(manager, 'SELECT case_id FROM whistle_cases WHERE whistle_id = :id ORDER BY case_id', { id: after.whistleId })).map((row) => Number(row.case_id));
      const events: EventValues[] = [];
      for (const caseId of caseIds) {
        const serviceCase = await lockVersioned(manager, ServiceCase, caseId, { field: 'input.summonsId' });
        if (nextStatus(serviceCase.status, CaseEventKind.UNIT_REPORT) === undefined) continue;
        const eventAt = at < serviceCase.lastEventAt ? serviceCase.lastEventAt : at;
        const { changes, event } = planStep(serviceCase, { kind: CaseEventKind.UNIT_REPORT, at: eventAt, actingOrganizationId: after.unitId, actingPerson: input.reportingPerson, whistleId: after.whistleId, note: input.note }, {}, stamp, () => 'input.summonsId');
        await writeVersioned(manager, ServiceCase, serviceCase, changes);
        events.push(event);
      }
      await this.insertEventRows(manager, events, false);
      await recordChange(manager, { entityType: 'WhistleSummons', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  /** The caller scores a summoned unit's response, 1 to 5 (its power to evaluate, 评价权). */
  async scoreSummons(input: { summonsId: number; score: number; expectedVersion?: number | null }): Promise<WhistleSummons> {
    return this.db.transaction(async (manager) => {
      const { before, after } = await updateVersioned(manager, WhistleSummons, input.summonsId, { field: 'input.summonsId', expectedVersion: input.expectedVersion, change: () => ({ score: input.score }) });
      await recordChange(manager, { entityType: 'WhistleSummons', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  /** The whistle of a summons, for the resolver's scope check. */
  async whistleIdOfSummons(summonsId: number): Promise<number | null> {
    const [row] = await queryRows(this.db.manager, 'SELECT whistle_id FROM whistle_summons WHERE id = :id', { id: summonsId });
    return row ? Number(row.whistle_id) : null;
  }

  /**
   * Checks new cases against the rules (category, grid and community, intake) and plans each one's row and
   * RECEIVE event; `fieldOf` names fields in refusals. One statement per kind of thing referred to.
   */
  async prepareReceipt(manager: EntityManager, inputs: readonly NewCase[], fieldOf: (name: string, input: NewCase) => string): Promise<{ row: Partial<ServiceCase>; event: EventValues }[]> {
    const categories = new Map<number, ServiceCategory>();
    for (const part of chunk([...new Set(inputs.map((input) => input.categoryId))], 500)) {
      for (const category of await queryEntities(manager, ServiceCategory, 'SELECT t.* FROM service_categories t WHERE t.id IN (:...ids)', { ids: part })) categories.set(category.databaseId, category);
    }
    const grids = new Map<number, number>();
    for (const part of chunk([...new Set(inputs.flatMap((input) => (input.gridId == null ? [] : [input.gridId])))], 500)) {
      for (const row of await queryRows(manager, 'SELECT id, community_id FROM grids WHERE id IN (:...ids)', { ids: part })) grids.set(Number(row.id), Number(row.community_id));
    }
    const organizationIds = inputs.flatMap((input) => [input.communityId, input.receivedById].filter((id): id is number => id != null));
    const organizations = await this.organizationFacts(manager, [...organizationIds, ...grids.values()]);
    const stamp = nowTimestamp();
    return inputs.map((input) => {
      const category = categories.get(input.categoryId);
      if (!category) throw new NotFoundError(`Case ${input.code}: no service category has the id given in "${fieldOf('categoryId', input)}".`, { field: fieldOf('categoryId', input) });
      let communityId = input.communityId ?? null;
      if (input.gridId != null) {
        const gridCommunity = grids.get(input.gridId);
        if (gridCommunity === undefined) throw new NotFoundError(`Case ${input.code}: no grid has the id given in "${fieldOf('gridId', input)}".`, { field: fieldOf('gridId', input) });
        if (communityId !== null && communityId !== gridCommunity) {
          throw new BadUserInputError(`Case ${input.code}: the grid belongs to community ${organizations.get(gridCommunity)?.code}, not to ${organizations.get(communityId)?.code ?? 'the community given'}.`, { field: fieldOf('communityId', input), record: input.code });
        }
        communityId = gridCommunity;
      }
      if (communityId === null) throw new BadUserInputError(`Case ${input.code}: give its grid or its community.`, { field: fieldOf('gridId', input), record: input.code });
      const community = organizations.get(communityId);
      if (!community) throw new NotFoundError(`Case ${input.code}: no organization has the id given in "${fieldOf('communityId', input)}".`, { field: fieldOf('communityId', input) });
      checkCaseCommunity(community, input.code, fieldOf('communityId', input));
      const receivedById = input.receivedById ?? communityId;
      if (!organizations.has(receivedById)) throw new NotFoundError(`Case ${input.code}: no organization has the id given in "${fieldOf('receivedById', input)}".`, { field: fieldOf('receivedById', input) });
      const dueAt = addHours(input.receivedAt, category.limitsFor(input.urgency).closeHours);
      const row: Partial<ServiceCase> = {
        code: input.code,
        categoryId: input.categoryId,
        channel: input.channel,
        urgency: input.urgency,
        description: input.description ?? null,
        householdRef: input.householdRef ?? null,
        receivedAt: input.receivedAt,
        dueAt,
        gridId: input.gridId ?? null,
        communityId,
        receivedById,
        currentHandlerId: receivedById,
        dispatcherId: null,
        status: CaseStatus.RECEIVED,
        lastSeq: 1,
        lastEventAt: input.receivedAt,
        dispatchCount: 0,
        returnCount: 0,
        reopenCount: 0,
        whistled: false,
        signedAt: null,
        contactedAt: null,
        repliedAt: null,
        closedAt: null,
        handlerResolved: null,
        resolved: null,
        satisfaction: null,
        revisitedAt: null,
        extensionRequestedUntil: null,
        duplicateOfId: null,
        hoursToContact: null,
        hoursToReply: null,
        hoursToClose: null,
        longestGapHours: null,
        longestGapStage: null,
        facts: 0,
      };
      const event: EventValues = {
        caseId: 0,
        seq: 1,
        kind: CaseEventKind.RECEIVE,
        at: input.receivedAt,
        actingOrganizationId: receivedById,
        actingPerson: input.actingPerson ?? null,
        fromOrganizationId: null,
        toOrganizationId: receivedById,
        eligibility: null,
        viaLinkId: null,
        whistleId: null,
        reason: null,
        note: input.note ?? null,
        public: input.public ?? false,
        statusAfter: CaseStatus.RECEIVED,
        resolved: null,
        satisfaction: null,
        dueAt,
        recordedAt: stamp,
      };
      return { row, event };
    });
  }

  /** Inserts cases (a few hundred rows per statement) and reads them back by code, in the order given. */
  async insertCases(manager: EntityManager, rows: Partial<ServiceCase>[]): Promise<ServiceCase[]> {
    const stamp = nowTimestamp();
    for (const part of chunk(rows, 100)) {
      await manager.createQueryBuilder().insert().into(ServiceCase).values(part.map((row) => ({ ...row, version: 1, createdAt: stamp, updatedAt: stamp }))).updateEntity(false).execute();
    }
    const byCode = new Map<string, ServiceCase>();
    for (const part of chunk(rows.map((row) => row.code!), 500)) {
      for (const serviceCase of await queryEntities(manager, ServiceCase, 'SELECT t.* FROM service_cases t WHERE t.code IN (:...codes)', { codes: part })) byCode.set(serviceCase.code, serviceCase);
    }
    return rows.map((row) => byCode.get(row.code!)!);
  }

  /**
   * Appends events: the only place case events are written. The unique (case_id, seq) index makes two
   * writers that both read the same last seq fail rather than interleave (the case row's lock and version
   * already prevent it). With `readBack`, returns the events as stored, in the order given.
   */
  async insertEventRows(manager: EntityManager, events: readonly EventValues[], readBack: boolean): Promise<(CaseEvent | undefined)[]> {
    for (const part of chunk(events, 100)) {
      if (part.length > 0) await manager.createQueryBuilder().insert().into(CaseEvent).values(part).updateEntity(false).execute();
    }
    // Announced to the live subscribers (caseEvents) once the transaction has committed, never if it rolls back.
    if (events.length > 0) {
      const notice = caseEventsNotice(events);
      onCommit(manager, () => void this.db.pubSub.publish(CASE_EVENTS_TOPIC, notice));
    }
    if (!readBack || events.length === 0) return [];
    const stored: CaseEvent[] = [];
    for (const event of events) {
      const [row] = await queryEntities(manager, CaseEvent, 'SELECT t.* FROM case_events t WHERE t.case_id = :caseId AND t.seq = :seq', { caseId: event.caseId, seq: event.seq });
      stored.push(row);
    }
    return stored;
  }

  /**
   * The importer's bulk path for cases and their events (a year of a district in one import): multi-row
   * INSERTs of a few hundred to a thousand rows each, the ids of new cases read back by code, no entities
   * built. The rows are planned by prepareReceipt and planStep like every other write.
   */
  async insertCasesBulk(manager: EntityManager, rows: readonly Partial<ServiceCase>[], onProgress?: (inserted: number) => void): Promise<Map<string, number>> {
    const stamp = nowTimestamp();
    await insertRowsBulk(manager, ServiceCase, rows.map((row) => ({ ...row, version: 1, createdAt: stamp, updatedAt: stamp })), onProgress);
    const ids = new Map<string, number>();
    for (const part of chunk(rows.map((row) => row.code!), 5000)) {
      for (const row of await queryRows(manager, 'SELECT id, code FROM service_cases WHERE code IN (:...codes)', { codes: part })) ids.set(String(row.code), Number(row.id));
    }
    return ids;
  }

  /** Appends events in bulk (see insertCasesBulk); the unique (case_id, seq) index still guards against two writers. */
  async insertEventRowsBulk(manager: EntityManager, events: readonly EventValues[], onProgress?: (inserted: number) => void): Promise<void> {
    await insertRowsBulk(manager, CaseEvent, events, onProgress);
    // Announced as insertEventRows announces, once committed, in notices of at most BULK_NOTICE_EVENTS events, so
    // that a year's import does not make one message of megabytes (through Redis, to every replica).
    for (const part of chunk(events, BULK_NOTICE_EVENTS)) {
      const notice = caseEventsNotice(part);
      onCommit(manager, () => void this.db.pubSub.publish(CASE_EVENTS_TOPIC, notice));
    }
  }

  /** Codes and kinds of organizations, by id. */
  async organizationFacts(manager: EntityManager, ids: readonly number[]): Promise<Map<number, OrganizationFacts>> {
    const facts = new Map<number, OrganizationFacts>();
    for (const part of chunk([...new Set(ids)], 500)) {
      for (const row of await queryRows(manager, 'SELECT id, code, kind FROM organizations WHERE id IN (:...ids)', { ids: part })) facts.set(Number(row.id), { code: String(row.code), kind: row.kind as OrganizationKind });
    }
    return facts;
  }

  /** What the steps of one case need from the database: the targets' eligibility, the case a duplicate merges into, names for messages. */
  private async factsFor(manager: EntityManager, serviceCase: ServiceCase, commands: readonly StepCommand[]): Promise<StepFacts> {
    const facts: StepFacts = {};
    const targets = commands.flatMap((command) => (command.toOrganizationId == null ? [] : [command.toOrganizationId]));
    const acting = commands.flatMap((command) => (command.actingOrganizationId == null ? [] : [command.actingOrganizationId]));
    const names = await this.organizationFacts(manager, [...targets, ...acting]);
    for (const id of [...targets, ...acting]) if (!names.has(id)) throw new NotFoundError(`No organization has the id given in "${targets.includes(id) ? 'input.toOrganizationId' : 'input.actingOrganizationId'}".`, { field: targets.includes(id) ? 'input.toOrganizationId' : 'input.actingOrganizationId' });
    facts.describeOrganization = (id) => names.get(id)?.code ?? `organization ${id}`;
    const command = commands[0];
    if (targets.length > 0 && command.toOrganizationId != null) {
      const reach = await loadReachability(manager, [serviceCase.communityId], targets);
      facts.eligibility = reach.eligibility(serviceCase.communityId, command.toOrganizationId, command.at.slice(0, 10));
    }
    if (command?.duplicateOfId != null) {
      const [other] = await queryEntities(manager, ServiceCase, 'SELECT t.* FROM service_cases t WHERE t.id = :id', { id: command.duplicateOfId });
      if (!other) throw new NotFoundError('No case has the id given in "input.duplicateOfId".', { field: 'input.duplicateOfId' });
      facts.duplicateOf = other;
    }
    return facts;
  }
}
