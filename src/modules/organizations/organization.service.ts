import type { EntityManager } from 'typeorm';
import { Conditions } from '../../db/conditions.js';
import type { Database } from '../../db/database.js';
import { recordChange } from '../audit/audit.js';
import { queryEntities, queryPage, queryRows } from '../../db/rows.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors/index.js';
import { nowTimestamp } from '../../lib/clock.js';
import { chunk } from '../../lib/group-by.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import { today } from '../../schema/scalars/date.js';
import { AREA_KINDS, CHAIN_KINDS, describeAllowedParents, mayBeLocatedIn, mayHaveParent, OrganizationKind, OrganizationStatus, Sector, sectorOf } from './organization.kinds.js';
import { Organization } from './organization.entity.js';

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

/** A new organization, as the service takes it (ids resolved, codes checked for form). */
export interface NewOrganization {
  code: string;
  name: string;
  kind: OrganizationKind;
  parentId: number | null;
  /** The area it is located in (a community, subdistrict or district committee), for kinds outside the chain. */
  locatedInId?: number | null;
  foundedOn: string;
  archivedOn?: string | null;
  households?: number | null;
  address?: string | null;
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
 * The rules of the vertical chain: which kind sits under which, no cycles, history kept on moves.
 * Methods that take an EntityManager run inside the caller's transaction, so the importer and the
 * mutations share them.
 */
export class OrganizationService {
  constructor(private readonly db: Database) {}

  async list(filter: OrganizationFilter, order: OrganizationOrder, window: PageWindow): Promise<Page<Organization>> {
    return queryPage(this.db.manager, Organization, window, { from: 'organizations t', where: organizationConditions(filter), orderBy: ORDER_SQL[order] });
  }

  async create(input: NewOrganization): Promise<Organization> {
    return this.db.transaction(async (manager) => {
      await this.lockChain(manager);
      const parent = input.parentId === null ? null : await this.requireOrganization(manager, input.parentId, 'parentId');
      checkParentKind(input.kind, parent, input.code);
      const area = input.locatedInId == null ? null : await this.findArea(manager, input.locatedInId, 'input.locatedIn');
      checkArea(input.kind, area, input.code, 'input.locatedIn');
      await this.checkCodesFree(manager, [input.code]);
      const [created] = await this.insertMany(manager, [input]);
      await recordChange(manager, { entityType: 'Organization', entityId: created.databaseId, entityCode: created.code, after: created });
      return created;
    });
  }

  /** Changes the fields given; `locatedInId` null clears the area, undefined leaves it. */
  async update(input: { id: number; expectedVersion?: number | null; name?: string | null; households?: number | null; address?: string | null; foundedOn?: string | null; locatedInId?: number | null }): Promise<Organization> {
    return this.db.transaction(async (manager) => {
      const organization = await this.requireOrganization(manager, input.id, 'id', input.expectedVersion);
      const before = { ...organization };
      if (input.locatedInId !== undefined) {
        const area = input.locatedInId === null ? null : await this.findArea(manager, input.locatedInId, 'input.locatedIn');
        checkArea(organization.kind, area, organization.code, 'input.locatedIn');
        organization.locatedInId = input.locatedInId;
      }
      if (input.name != null) organization.name = input.name;
      if (input.households !== undefined) organization.households = input.households;
      if (input.address !== undefined) organization.address = input.address;
      if (input.foundedOn != null) organization.foundedOn = input.foundedOn;
      return this.saveAndRecord(manager, before, organization);
    });
  }

  /** Reparents an organization with its whole subtree, refusing cycles and kinds that may not sit there. */
  async move(input: { id: number; newParentId: number | null; expectedVersion?: number | null; effectiveOn?: string | null }): Promise<Organization> {
    return this.db.transaction(async (manager) => {
      await this.lockChain(manager);
      const organization = await this.requireOrganization(manager, input.id, 'id', input.expectedVersion);
      const newParent = input.newParentId === null ? null : await this.requireOrganization(manager, input.newParentId, 'newParentId');
      await this.moveWithin(manager, organization, newParent, input.effectiveOn ?? today());
      const moved = await this.requireOrganization(manager, input.id, 'id');
      await recordChange(manager, { entityType: 'Organization', entityId: moved.databaseId, entityCode: moved.code, before: organization, after: moved });
      return moved;
    });
  }

  /** Archives an organization: it stays, with its history, but is no longer active from `archivedOn`. */
  async archive(input: { id: number; archivedOn?: string | null; expectedVersion?: number | null }): Promise<Organization> {
    return this.db.transaction(async (manager) => {
      const organization = await this.requireOrganization(manager, input.id, 'id', input.expectedVersion);
      if (organization.status === OrganizationStatus.ARCHIVED) {
        throw new BadUserInputError(`Organization ${organization.code} is already archived (on ${organization.archivedOn}).`, { field: 'id' });
      }
      const archivedOn = input.archivedOn ?? today();
      if (archivedOn <= organization.foundedOn) {
        throw new BadUserInputError(`archivedOn (${archivedOn}) must be after the organization's foundedOn (${organization.foundedOn}).`, { field: 'archivedOn' });
      }
      const [active] = await queryRows(manager, "SELECT COUNT(*) AS n FROM organizations WHERE parent_id = :id AND status = 'ACTIVE'", { id: organization.databaseId });
      if (Number(active.n) > 0) {
        throw new BadUserInputError(`Organization ${organization.code} still has ${Number(active.n)} active child organization(s); move or archive them first.`, { field: 'id' });
      }
      const before = { ...organization };
      organization.status = OrganizationStatus.ARCHIVED;
      organization.archivedOn = archivedOn;
      return this.saveAndRecord(manager, before, organization);
    });
  }

  /** Loads an organization for a write, checking the version the client last saw when it sent one. */
  async requireOrganization(manager: EntityManager, id: number, field: string, expectedVersion?: number | null): Promise<Organization> {
    const [organization] = await queryEntities(manager, Organization, `SELECT t.* FROM organizations t WHERE t.id = :id${this.db.dialect === 'postgres' ? ' FOR NO KEY UPDATE' : ''}`, { id });
    if (!organization) throw new NotFoundError(`No organization has the id given in "${field}".`, { field });
    if (expectedVersion != null && expectedVersion !== organization.version) {
      throw new ConflictError(`Organization ${organization.code} was changed by someone else (version ${organization.version}, you expected ${expectedVersion}); reload it and try again.`, { field: 'expectedVersion' });
    }
    return organization;
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

  private async saveAndRecord(manager: EntityManager, before: object, changed: Organization): Promise<Organization> {
    const saved = await this.saveVersioned(manager, changed);
    await recordChange(manager, { entityType: 'Organization', entityId: saved.databaseId, entityCode: saved.code, before, after: saved });
    return saved;
  }

  /** Saves a changed organization with its version incremented, failing if another writer got there first. */
  async saveVersioned(manager: EntityManager, organization: Organization): Promise<Organization> {
    const result = await manager
      .createQueryBuilder()
      .update(Organization)
      .set({
        name: organization.name,
        households: organization.households,
        address: organization.address,
        locatedInId: organization.locatedInId,
        foundedOn: organization.foundedOn,
        status: organization.status,
        archivedOn: organization.archivedOn,
        version: organization.version + 1,
        updatedAt: nowTimestamp(),
      })
      .where('id = :id AND version = :version', { id: organization.databaseId, version: organization.version })
      .execute();
    if (result.affected === 0) throw new ConflictError(`Organization ${organization.code} was changed by someone else; reload it and try again.`);
    const [saved] = await queryEntities(manager, Organization, 'SELECT t.* FROM organizations t WHERE t.id = :id', { id: organization.databaseId });
    return saved;
  }

  async checkCodesFree(manager: EntityManager, codes: string[]): Promise<void> {
    for (const part of chunk(codes, 500)) {
      const taken = await queryRows(manager, 'SELECT code FROM organizations WHERE code IN (:...codes)', { codes: part });
      if (taken.length > 0) throw new ConflictError(`An organization with code "${taken[0].code}" already exists.`, { field: 'code' });
    }
  }

  /**
   * Inserts organizations whose parents already exist or come earlier in the list, with their closure
   * rows and the first period of their chain membership. Set-based: a few statements per level of the
   * chain, whatever the number of rows.
   */
  async insertMany(manager: EntityManager, rows: NewOrganization[], parentCodes?: Map<string, string | null>): Promise<Organization[]> {
    await this.lockChain(manager);
    const stamp = nowTimestamp();
    const idByCode = new Map<string, number>();
    const inserted: Organization[] = [];
    // Levels: a row is ready once its parent has an id. Rows whose parent is another new row wait a round.
    let pending = rows.map((row) => ({ row, parentCode: parentCodes?.get(row.code) ?? null }));
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
        locatedInId: row.locatedInId ?? null,
        depth: 0,
        status: row.archivedOn ? OrganizationStatus.ARCHIVED : OrganizationStatus.ACTIVE,
        foundedOn: row.foundedOn,
        archivedOn: row.archivedOn ?? null,
        households: row.households ?? null,
        address: row.address ?? null,
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
      inserted.push(...created);
    }
    const byCode = new Map(inserted.map((organization) => [organization.code, organization]));
    const result: Organization[] = [];
    for (const part of chunk(rows.map((row) => row.code), 500)) {
      result.push(...(await queryEntities(manager, Organization, 'SELECT t.* FROM organizations t WHERE t.code IN (:...codes)', { codes: part })));
    }
    for (const organization of result) byCode.set(organization.code, organization);
    return rows.map((row) => byCode.get(row.code)!);
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
    if (this.db.dialect === 'postgres') await manager.query('SELECT pg_advisory_xact_lock(7193020403)');
  }

  /**
   * Moves `organization` under `newParent` (or makes it a root). The closure rows between the subtree and
   * its old ancestors are replaced by rows to the new ones; depths follow; the membership history gets a
   * new period starting `effectiveOn`.
   */
  async moveWithin(manager: EntityManager, organization: Organization, newParent: Organization | null, effectiveOn: string): Promise<void> {
    if ((newParent?.databaseId ?? null) === organization.parentId) return;
    checkParentKind(organization.kind, newParent, organization.code, 'newParentId');
    await this.lockChain(manager);
    if (newParent) {
      const [cycle] = await queryRows(manager, 'SELECT 1 AS found FROM organization_closure WHERE ancestor_id = :id AND descendant_id = :parent', { id: organization.databaseId, parent: newParent.databaseId });
      if (cycle) {
        throw new BadUserInputError(`Cannot move ${organization.code} under ${newParent.code}: ${newParent.code} is inside ${organization.code}'s own subtree, which would make a cycle.`, { field: 'newParentId' });
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
    const moved = await manager
      .createQueryBuilder()
      .update(Organization)
      .set({ parentId: newParent?.databaseId ?? null, version: organization.version + 1, updatedAt: nowTimestamp() })
      .where('id = :id AND version = :version', { id, version: organization.version })
      .execute();
    if (moved.affected === 0) throw new ConflictError(`Organization ${organization.code} was changed by someone else; reload it and try again.`);
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
  }
}

/** Refuses a parent whose kind the child's kind may not sit under. */
export function checkParentKind(kind: OrganizationKind, parent: Organization | null, code: string, field = 'parentId'): void {
  if (parent && parent.status === OrganizationStatus.ARCHIVED) {
    throw new BadUserInputError(`Organization ${code} cannot sit under ${parent.code}: ${parent.code} is archived.`, { field, record: code });
  }
  if (!mayHaveParent(kind, parent?.kind ?? null)) {
    const where = parent ? `under ${parent.code} (a ${parent.kind})` : 'without a parent';
    throw new BadUserInputError(`A ${kind} cannot sit ${where}; it may sit under: ${describeAllowedParents(kind)}.`, { field, record: code });
  }
}

/**
 * Refuses an area that is not a community, subdistrict or district committee, and any area for the
 * chain's own kinds (they are the areas, and the grids and buildings within them).
 */
export function checkArea(kind: OrganizationKind, area: Pick<Organization, 'code' | 'kind'> | null, code: string, field = 'locatedIn'): void {
  if (area === null || mayBeLocatedIn(kind, area.kind)) return;
  if (CHAIN_KINDS.includes(kind)) {
    throw new BadUserInputError(`A ${kind} is part of the vertical chain and is located in no area; ${code} cannot be located in ${area.code}.`, { field, record: code });
  }
  throw new BadUserInputError(`Organization ${code} cannot be located in ${area.code} (a ${area.kind}); the area must be one of ${AREA_KINDS.join(', ')} (a community, subdistrict or district).`, { field, record: code });
}
