import type { EntityManager } from 'typeorm';
import { ADVISORY_LOCKS } from '../../db/advisory-locks.js';
import { Conditions } from '../../db/conditions.js';
import type { Database } from '../../db/database.js';
import { recordChange } from '../audit/audit.js';
import { queryEntities, queryPage, queryRows } from '../../db/rows.js';
import { differs, lockVersioned, updateRowsVersioned, updateVersioned, writeVersioned, type VersionedChanges } from '../../db/versioned-update.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors/index.js';
import { nowTimestamp, today } from '../../lib/clock.js';
import { chunk } from '../../lib/group-by.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import { OrganizationKind, OrganizationStatus, Sector, sectorOf } from './organization.kinds.js';
import { Organization } from './organization.entity.js';
import { checkArchivable, checkArea, checkKindUnchanged, checkNotOwnParent, checkOrganizationPeriod, checkParentKind, organizationStatusOf, type ParentFacts } from './organization.rules.js';

export enum OrganizationOrder {
  CODE_ASC = 'CODE_ASC',
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  FOUNDED_ON_ASC = 'FOUNDED_ON_ASC',
  FOUNDED_ON_DESC = 'FOUNDED_ON_DESC',
  DEPTH_ASC = 'DEPTH_ASC',
}

const ORDER_SQL: Record<OrganizationOrder, string> = {
  CODE_ASC: 't.code, t.id',
  NAME_ASC: 't.name, t.id',
  NAME_DESC: 't.name DESC, t.id DESC',
  FOUNDED_ON_ASC: 't.founded_on, t.id',
  FOUNDED_ON_DESC: 't.founded_on DESC, t.id DESC',
  DEPTH_ASC: 't.depth, t.code, t.id',
};

/** The orders an index gives (the unique code; for one kind, idx_organizations_kind_code): see queryPage. */
const INDEXED_ORDERS = new Set([OrganizationOrder.CODE_ASC]);

export interface OrganizationFilter {
  kinds?: OrganizationKind[] | null;
  sectors?: Sector[] | null;
  statuses?: OrganizationStatus[] | null;
  nameContains?: string | null;
  /** Database id of a subtree root: only it and its descendants. */
  underId?: number | null;
  /** Database id of an area: only organizations located in it or anywhere below it. */
  locatedInId?: number | null;
  /** Only organizations in operation on this date. */
  activeAt?: string | null;
  /** The caller's jurisdiction: a subtree root, or null for everything. */
  scopeRootId?: number | null;
}

/**
 * A new organization, as the service takes it (ids resolved, fields checked for form). A parent or an
 * area that is itself new in the same insertMany list has no id yet: name it by code instead.
 */
export interface NewOrganization {
  code: string;
  name: string;
  kind: OrganizationKind;
  parentId: number | null;
  /** Instead of parentId: the code of another row of the same list. */
  parentCode?: string | null;
  /** The area it is located in (a community, subdistrict or district committee), for kinds outside the chain. */
  locatedInId?: number | null;
  /** Instead of locatedInId: the code of another row of the same list. */
  locatedInCode?: string | null;
  foundedOn: string;
  archivedOn?: string | null;
  households?: number | null;
  address?: string | null;
  /** Established seats of a committee (rotation module); only the import sets it here. */
  seats?: number | null;
}

/** An existing organization as read in the caller's transaction, with the values it is to have (an import record). */
export interface OrganizationChange {
  current: Organization;
  kind: OrganizationKind;
  parentId: number | null;
  locatedInId: number | null;
  name: string;
  foundedOn: string;
  archivedOn: string | null;
  households: number | null;
  address: string | null;
  seats?: number | null;
}

/** Builds the WHERE clause of the organization filter; shared by lists and (later) aggregates. */
export function organizationConditions(filter: OrganizationFilter): Conditions {
  return new Conditions()
    .in('t.kind', filter.kinds)
    .in('t.sector', filter.sectors)
    .in('t.status', filter.statuses)
    .contains('t.name', filter.nameContains)
    .inSubtree('t.id', filter.underId)
    .inSubtree('t.located_in_id', filter.locatedInId)
    .activeAt('t.founded_on', 't.archived_on', filter.activeAt)
    .inSubtree('t.id', filter.scopeRootId);
}

/**
 * Writes organizations under the rules of organization.rules.ts: which kind sits under which, areas,
 * periods, no cycles, history kept on moves. Single mutations lock the row, check the version the client
 * saw and record one audit entry each, with before and after; the set-based writes (insertMany,
 * updateMany) take the caller's EntityManager and record nothing, because their caller (the importer)
 * records one entry for the whole import, and the per-row snapshots would cost a read of every row.
 */
export class OrganizationService {
  constructor(private readonly db: Database) {}

  async list(filter: OrganizationFilter, order: OrganizationOrder, window: PageWindow): Promise<Page<Organization>> {
    return queryPage(this.db.manager, Organization, window, { from: 'organizations t', where: organizationConditions(filter), orderBy: ORDER_SQL[order], orderIndexed: INDEXED_ORDERS.has(order) });
  }

  async create(input: NewOrganization): Promise<Organization> {
    return this.db.transaction(async (manager) => {
      await this.lockChain(manager);
      if (input.parentId !== null) await lockVersioned(manager, Organization, input.parentId, { field: 'parentId' });
      if (input.locatedInId != null) await this.findArea(manager, input.locatedInId, 'input.locatedIn');
      const [created] = await this.insertMany(manager, [input], { locatedInField: 'input.locatedIn' });
      await recordChange(manager, { entityType: 'Organization', entityId: created.databaseId, entityCode: created.code, after: created });
      return created;
    });
  }

  /** Changes the fields given; `locatedInId` null clears the area, undefined leaves it. */
  async update(input: { id: number; expectedVersion?: number | null; name?: string | null; households?: number | null; address?: string | null; foundedOn?: string | null; locatedInId?: number | null }): Promise<Organization> {
    return this.db.transaction(async (manager) => {
      const { before, after } = await updateVersioned(manager, Organization, input.id, {
        field: 'id',
        expectedVersion: input.expectedVersion,
        change: async (organization) => {
          const changes: Partial<Organization> = {};
          if (input.locatedInId !== undefined) {
            const area = input.locatedInId === null ? null : await this.findArea(manager, input.locatedInId, 'input.locatedIn');
            checkArea(organization.kind, area, organization.code, 'input.locatedIn');
            changes.locatedInId = input.locatedInId;
          }
          if (input.name != null) changes.name = input.name;
          if (input.households !== undefined) changes.households = input.households;
          if (input.address !== undefined) changes.address = input.address;
          if (input.foundedOn != null) changes.foundedOn = input.foundedOn;
          checkOrganizationPeriod(changes.foundedOn ?? organization.foundedOn, organization.archivedOn, organization.code, 'foundedOn');
          return changes;
        },
      });
      await recordChange(manager, { entityType: 'Organization', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  /** Reparents an organization with its whole subtree, refusing cycles and kinds that may not sit there. */
  async move(input: { id: number; newParentId: number | null; expectedVersion?: number | null; effectiveOn?: string | null }): Promise<Organization> {
    return this.db.transaction(async (manager) => {
      await this.lockChain(manager);
      const organization = await lockVersioned(manager, Organization, input.id, { field: 'id', expectedVersion: input.expectedVersion });
      const newParent = input.newParentId === null ? null : await lockVersioned(manager, Organization, input.newParentId, { field: 'newParentId' });
      const moved = (await this.moveWithin(manager, organization, newParent, input.effectiveOn ?? today())) ?? organization;
      await recordChange(manager, { entityType: 'Organization', entityId: moved.databaseId, entityCode: moved.code, before: organization, after: moved });
      return moved;
    });
  }

  /** Archives an organization: it stays, with its history, but is no longer active from `archivedOn`. */
  async archive(input: { id: number; archivedOn?: string | null; expectedVersion?: number | null }): Promise<Organization> {
    return this.db.transaction(async (manager) => {
      const { before, after } = await updateVersioned(manager, Organization, input.id, {
        field: 'id',
        expectedVersion: input.expectedVersion,
        change: async (organization) => {
          const archivedOn = input.archivedOn ?? today();
          const [active] = await queryRows(manager, "SELECT COUNT(*) AS n FROM organizations WHERE parent_id = :id AND status = 'ACTIVE'", { id: organization.databaseId });
          checkArchivable(organization, archivedOn, Number(active.n));
          return { status: organizationStatusOf(archivedOn), archivedOn };
        },
      });
      await recordChange(manager, { entityType: 'Organization', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  /**
   * Reads the organization named as an area. No row lock: the rule looks only at its kind, which never
   * changes, and the foreign key keeps it from disappearing.
   */
  private async findArea(manager: EntityManager, id: number, field: string): Promise<Organization> {
    const [area] = await queryEntities(manager, Organization, 'SELECT t.* FROM organizations t WHERE t.id = :id', { id });
    if (!area) throw new NotFoundError(`No organization has the id given in "${field}".`, { field });
    return area;
  }

  /** The code, kind and status of each organization with one of these ids (facts for the rules), by id. */
  private async factsOf(manager: EntityManager, ids: Iterable<number>): Promise<Map<number, ParentFacts>> {
    const facts = new Map<number, ParentFacts>();
    for (const part of chunk([...new Set(ids)], 500)) {
      for (const row of await queryRows(manager, 'SELECT id, code, kind, status FROM organizations WHERE id IN (:...ids)', { ids: part })) {
        facts.set(Number(row.id), { code: String(row.code), kind: row.kind as OrganizationKind, status: row.status as OrganizationStatus });
      }
    }
    return facts;
  }

  async checkCodesFree(manager: EntityManager, codes: string[]): Promise<void> {
    for (const part of chunk(codes, 500)) {
      const taken = await queryRows(manager, 'SELECT code FROM organizations WHERE code IN (:...codes)', { codes: part });
      if (taken.length > 0) throw new ConflictError(`An organization with code "${taken[0].code}" already exists.`, { field: 'code' });
    }
  }

  /**
   * Checks every row against the rules (period, parent kind, area, free code), then inserts them: parents
   * that already exist or come in the same list, with their closure rows and the first period of their
   * chain membership. Set-based: a few statements per level of the chain, whatever the number of rows.
   * Records no audit entry (see the class). `locatedInField` names the area in refusals.
   */
  async insertMany(manager: EntityManager, rows: NewOrganization[], options: { locatedInField?: string } = {}): Promise<Organization[]> {
    await this.lockChain(manager);
    const inList = new Map(rows.map((row) => [row.code, row]));
    const facts = await this.factsOf(manager, rows.flatMap((row) => [row.parentId, row.locatedInId]).filter((id): id is number => id != null));
    const factsInList = (code: string): ParentFacts | null => {
      const row = inList.get(code);
      return row ? { code: row.code, kind: row.kind, status: organizationStatusOf(row.archivedOn) } : null;
    };
    for (const row of rows) {
      checkOrganizationPeriod(row.foundedOn, row.archivedOn, row.code);
      checkNotOwnParent(row.code, row.parentCode);
      const parent = row.parentCode ? factsInList(row.parentCode) : row.parentId === null ? null : facts.get(row.parentId) ?? null;
      if ((row.parentCode || row.parentId !== null) && !parent) throw new NotFoundError(`No organization has the id given in "parentId".`, { field: 'parentId' });
      checkParentKind(row.kind, parent, row.code);
      const area = row.locatedInCode ? factsInList(row.locatedInCode) : row.locatedInId == null ? null : facts.get(row.locatedInId) ?? null;
      checkArea(row.kind, area, row.code, options.locatedInField);
    }
    await this.checkCodesFree(manager, rows.map((row) => row.code));
    const stamp = nowTimestamp();
    const idByCode = new Map<string, number>();
    const inserted: Organization[] = [];
    // Levels: a row is ready once its parent has an id. Rows whose parent is another new row wait a round.
    let pending = rows.map((row) => ({ row, parentCode: row.parentCode ?? null }));
    while (pending.length > 0) {
      const ready = pending.filter((entry) => entry.parentCode === null || idByCode.has(entry.parentCode));
      if (ready.length === 0) throw new BadUserInputError(`Organizations ${pending.slice(0, 3).map((entry) => entry.row.code).join(', ')} have parents that form a cycle or do not exist.`);
      pending = pending.filter((entry) => !ready.includes(entry));
      const values = ready.map(({ row, parentCode }) => ({
        code: row.code,
        name: row.name,
        kind: row.kind,
        sector: sectorOf(row.kind),
        parentId: parentCode === null ? row.parentId : idByCode.get(parentCode)!,
        // An area new in the list may have no id yet: it is set below, once every row has one.
        locatedInId: row.locatedInCode ? (idByCode.get(row.locatedInCode) ?? null) : (row.locatedInId ?? null),
        depth: 0,
        status: organizationStatusOf(row.archivedOn),
        foundedOn: row.foundedOn,
        archivedOn: row.archivedOn ?? null,
        households: row.households ?? null,
        address: row.address ?? null,
        seats: row.seats ?? null,
        version: 1,
        createdAt: stamp,
        updatedAt: stamp,
      }));
      for (const part of chunk(values, 200)) {
        await manager.createQueryBuilder().insert().into(Organization).values(part).updateEntity(false).execute();
      }
      const created: Organization[] = [];
      for (const part of chunk(values.map((value) => value.code), 500)) {
        created.push(...(await queryEntities(manager, Organization, 'SELECT t.* FROM organizations t WHERE t.code IN (:...codes)', { codes: part })));
      }
      for (const organization of created) idByCode.set(organization.code, organization.databaseId);
      const ids = created.map((organization) => organization.databaseId);
      for (const part of chunk(ids, 500)) {
        // Closure: itself at depth 0, then every ancestor of its parent one level further.
        await queryRows(manager, 'INSERT INTO organization_closure (ancestor_id, descendant_id, depth) SELECT t.id, t.id, 0 FROM organizations t WHERE t.id IN (:...ids)', { ids: part });
        await queryRows(
          manager,
          `INSERT INTO organization_closure (ancestor_id, descendant_id, depth)
           SELECT c.ancestor_id, t.id, c.depth + 1 FROM organizations t JOIN organization_closure c ON c.descendant_id = t.parent_id
           WHERE t.id IN (:...ids)`,
          { ids: part },
        );
        await queryRows(manager, 'UPDATE organizations SET depth = (SELECT MAX(c.depth) FROM organization_closure c WHERE c.descendant_id = organizations.id) WHERE id IN (:...ids)', { ids: part });
        await queryRows(
          manager,
          'INSERT INTO organization_memberships (organization_id, parent_id, since, until) SELECT t.id, t.parent_id, t.founded_on, NULL FROM organizations t WHERE t.id IN (:...ids) AND t.parent_id IS NOT NULL',
          { ids: part },
        );
      }
      // One at a time: spreading a kind's rows as arguments overflows the stack past about 120,000 (a city's building cells).
      for (const organization of created) inserted.push(organization);
    }
    // Areas that came later in the list than the rows located in them: one statement per area (and 500 codes).
    const codesByLateArea = new Map<number, string[]>();
    for (const organization of inserted) {
      const row = inList.get(organization.code)!;
      if (!row.locatedInCode || organization.locatedInId !== null) continue;
      const areaId = idByCode.get(row.locatedInCode)!;
      codesByLateArea.set(areaId, [...(codesByLateArea.get(areaId) ?? []), row.code]);
    }
    for (const [areaId, codes] of codesByLateArea) {
      for (const part of chunk(codes, 500)) await queryRows(manager, 'UPDATE organizations SET located_in_id = :areaId WHERE code IN (:...codes)', { areaId, codes: part });
    }
    // Read back as stored: depths and late areas were set after the rows were first read.
    const byCode = new Map<string, Organization>();
    for (const part of chunk(rows.map((row) => row.code), 500)) {
      for (const organization of await queryEntities(manager, Organization, 'SELECT t.* FROM organizations t WHERE t.code IN (:...codes)', { codes: part })) byCode.set(organization.code, organization);
    }
    return rows.map((row) => byCode.get(row.code)!);
  }

  /**
   * Brings existing organizations to the values given, under the same rules as the mutations: the kind
   * never changes, a new parent is a move (moveWithin, effective today), the area and the period are
   * checked. Rows already as given are left alone. Set-based, without version checks (see
   * updateRowsVersioned); records no audit entry (see the class). Returns the organizations it changed.
   */
  async updateMany(manager: EntityManager, changes: OrganizationChange[]): Promise<Organization[]> {
    const areas = await this.factsOf(manager, changes.map((change) => change.locatedInId).filter((id): id is number => id !== null));
    for (const change of changes) {
      checkKindUnchanged(change.current.kind, change.kind, change.current.code);
      checkOrganizationPeriod(change.foundedOn, change.archivedOn, change.current.code);
      checkArea(change.kind, change.locatedInId === null ? null : areas.get(change.locatedInId)!, change.current.code);
    }
    const changed: Organization[] = [];
    const writes: { id: number; changes: VersionedChanges<Organization> }[] = [];
    for (const change of changes) {
      const { current } = change;
      let moved = false;
      if (change.parentId !== current.parentId) {
        const [fresh] = await queryEntities(manager, Organization, 'SELECT t.* FROM organizations t WHERE t.id = :id', { id: current.databaseId });
        const [parent] = change.parentId === null ? [null] : await queryEntities(manager, Organization, 'SELECT t.* FROM organizations t WHERE t.id = :id', { id: change.parentId });
        await this.moveWithin(manager, fresh, parent, today());
        moved = true;
      }
      const values = { name: change.name, foundedOn: change.foundedOn, archivedOn: change.archivedOn, status: organizationStatusOf(change.archivedOn), households: change.households, address: change.address, locatedInId: change.locatedInId, ...(change.seats === undefined ? {} : { seats: change.seats }) };
      if (differs(current, values)) writes.push({ id: current.databaseId, changes: values });
      if (moved || differs(current, values)) changed.push(current);
    }
    await updateRowsVersioned(manager, Organization, writes);
    return changed;
  }

  /**
   * Changes to the shape of the chain take turns. On PostgreSQL two concurrent moves could each pass
   * the cycle check before the other commits (A under B, B under A), and a child inserted while its
   * parent moves would copy stale closure rows; a transaction-scoped advisory lock serializes them.
   * Mutations take it first, before any row lock, so that it never waits behind one (a move's foreign
   * key check locks the new parent's row: taken in the other order, that deadlocks). It is re-entrant.
   * SQLite already runs one write transaction at a time.
   */
  private async lockChain(manager: EntityManager): Promise<void> {
    if (this.db.dialect === 'postgres') await manager.query(`SELECT pg_advisory_xact_lock(${ADVISORY_LOCKS.chain})`);
  }

  /**
   * Moves `organization` under `newParent` (or makes it a root). The closure rows between the subtree and
   * its old ancestors are replaced by rows to the new ones; depths follow; the membership history gets a
   * new period starting `effectiveOn`. Returns the moved row as read back, or null when the parent is
   * already the one given (nothing written).
   */
  async moveWithin(manager: EntityManager, organization: Organization, newParent: Organization | null, effectiveOn: string): Promise<Organization | null> {
    if ((newParent?.databaseId ?? null) === organization.parentId) return null;
    checkParentKind(organization.kind, newParent, organization.code, 'newParentId');
    await this.lockChain(manager);
    if (newParent) {
      const [cycle] = await queryRows(manager, 'SELECT 1 AS found FROM organization_closure WHERE ancestor_id = :id AND descendant_id = :parent', { id: organization.databaseId, parent: newParent.databaseId });
      if (cycle) {
        throw new BadUserInputError(`Cannot move ${organization.code} under ${newParent.code}: ${newParent.code} is inside ${organization.code}'s own subtree, which would make a cycle.`, { field: 'newParentId', record: organization.code });
      }
    }
    const id = organization.databaseId;
    await queryRows(
      manager,
      `DELETE FROM organization_closure
       WHERE descendant_id IN (SELECT d.descendant_id FROM organization_closure d WHERE d.ancestor_id = :id)
         AND ancestor_id IN (SELECT a.ancestor_id FROM organization_closure a WHERE a.descendant_id = :id AND a.depth > 0)`,
      { id },
    );
    if (newParent) {
      await queryRows(
        manager,
        `INSERT INTO organization_closure (ancestor_id, descendant_id, depth)
         SELECT a.ancestor_id, d.descendant_id, a.depth + d.depth + 1
         FROM organization_closure a CROSS JOIN organization_closure d
         WHERE a.descendant_id = :parent AND d.ancestor_id = :id`,
        { id, parent: newParent.databaseId },
      );
    }
    await writeVersioned(manager, Organization, organization, { parentId: newParent?.databaseId ?? null });
    await queryRows(
      manager,
      `UPDATE organizations SET depth = (SELECT MAX(c.depth) FROM organization_closure c WHERE c.descendant_id = organizations.id)
       WHERE id IN (SELECT d.descendant_id FROM organization_closure d WHERE d.ancestor_id = :id)`,
      { id },
    );
    await queryRows(manager, 'UPDATE organization_memberships SET until = :effectiveOn WHERE organization_id = :id AND until IS NULL', { id, effectiveOn });
    if (newParent) {
      await queryRows(manager, 'INSERT INTO organization_memberships (organization_id, parent_id, since, until) VALUES (:id, :parent, :effectiveOn, NULL)', { id, parent: newParent.databaseId, effectiveOn });
    }
    const [moved] = await queryEntities(manager, Organization, 'SELECT t.* FROM organizations t WHERE t.id = :id', { id });
    return moved;
  }
}
