import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database.js';
import { queryEntities, queryPage, queryRows } from '../../db/rows.js';
import { lockVersioned, updateVersioned, type VersionedChanges } from '../../db/versioned-update.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors/index.js';
import { nowTimestamp } from '../../lib/clock.js';
import { inForceOnSql } from '../../lib/period.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import { recordChange } from '../audit/audit.js';
import { LinkKind } from '../links/link.kinds.js';
import type { OrganizationKind } from '../organizations/organization.kinds.js';
import { resourceConditions, useConditions, type ResourceFilter, type ResourceUseFilter } from './resource.conditions.js';
import { Resource } from './resource.entity.js';
import { ResourceKind, resourceOrderSql, ResourceStatus, type ResourceOrder } from './resource.kinds.js';
import { ResourceUse } from './resource-use.entity.js';
import { HOLDING_STATUSES, ResourceUseStatus, ResourceUseStep } from './resource-use.transitions.js';
import { computeResourceIndicators, computeResourceTrend, type ResourceGroupFigures, type ResourceTrendFigure, type ResourceTrendMeasure } from './resource.indicators.js';
import type { ResourceGroupBy } from './resource.kinds.js';
import { ALWAYS_OPEN, checkResourceCommunity, checkUseStep, peakLoad, useDays, usePeriod, type HeldUse, type WeeklyMinutes } from './resource.rules.js';

/** A new resource, as createResource gives it (ids resolved, fields checked for form). */
export interface NewResource {
  code: string;
  ownerId: number;
  kind: ResourceKind;
  name: string;
  unit: string;
  maximum: number;
  available?: number | null;
  availableUpdatedAt?: string | null;
  openingHours?: { text: string; minutes: WeeklyMinutes } | null;
  communityId?: number | null;
  gridId?: number | null;
  status?: ResourceStatus | null;
  description?: string | null;
}

/** What updateResource may change; a field left undefined stays, null clears it where it may be null. */
export interface ResourceChanges {
  name?: string;
  unit?: string;
  maximum?: number;
  available?: number | null;
  availableUpdatedAt?: string | null;
  openingHours?: { text: string; minutes: WeeklyMinutes } | null;
  description?: string | null;
}

export interface NewResourceUse {
  resourceId: number;
  code?: string | null;
  userId: number;
  personId?: number | null;
  from?: string | null;
  to?: string | null;
  date?: string | null;
  quantity: number;
  purpose?: string | null;
  caseId?: number | null;
}

function openColumns(minutes: WeeklyMinutes) {
  const [openMo, openTu, openWe, openTh, openFr, openSa, openSu] = minutes;
  return { openMo, openTu, openWe, openTh, openFr, openSa, openSu };
}

function listCodes(uses: readonly { code: string }[]): string {
  const codes = uses.map((use) => use.code);
  return codes.length > 5 ? `${codes.slice(0, 5).join(', ')} and ${codes.length - 5} more` : codes.join(', ');
}

/**
 * Resources and their uses. Every change is one transaction, audited; changes to a resource or a use lock
 * its row and check the version the client last read. A request for a use locks the resource's row first
 * (FOR NO KEY UPDATE on PostgreSQL; SQLite runs one write transaction at a time), so that two concurrent
 * requests check capacity one after the other and never both take the last of it.
 */
export class ResourceService {
  constructor(private readonly db: Database) {}

  async listResources(filter: ResourceFilter, order: ResourceOrder, window: PageWindow): Promise<Page<Resource>> {
    return queryPage(this.db.manager, Resource, window, { from: 'resources t', where: resourceConditions(filter), orderBy: resourceOrderSql(order), orderIndexed: false });
  }

  async listUses(filter: ResourceUseFilter, window: PageWindow): Promise<Page<ResourceUse>> {
    return queryPage(this.db.manager, ResourceUse, window, { from: 'resource_uses t', where: useConditions(filter), orderBy: 't.starts_at, t.id', orderIndexed: false });
  }

  async create(input: NewResource): Promise<Resource> {
    return this.db.transaction(async (manager) => {
      const [taken] = await queryRows(manager, 'SELECT id FROM resources WHERE code = :code', { code: input.code });
      if (taken) throw new ConflictError(`A resource with code "${input.code}" already exists.`, { field: 'input.code' });
      const place = await this.placeOf(manager, input.code, input.gridId ?? null, input.communityId ?? null);
      const [owner] = await queryRows(manager, 'SELECT id FROM organizations WHERE id = :id', { id: input.ownerId });
      if (!owner) throw new NotFoundError('No organization has the id given in "input.ownerId".', { field: 'input.ownerId' });
      const stamp = nowTimestamp();
      await manager
        .createQueryBuilder()
        .insert()
        .into(Resource)
        .values({
          code: input.code,
          ownerId: input.ownerId,
          kind: input.kind,
          name: input.name,
          unit: input.unit,
          maximum: input.maximum,
          available: input.available ?? null,
          availableUpdatedAt: input.available == null ? null : (input.availableUpdatedAt ?? stamp),
          openingHours: input.openingHours?.text ?? null,
          ...openColumns(input.openingHours?.minutes ?? ALWAYS_OPEN),
          communityId: place.communityId,
          gridId: place.gridId,
          status: input.status ?? ResourceStatus.ACTIVE,
          description: input.description ?? null,
          version: 1,
          createdAt: stamp,
          updatedAt: stamp,
        })
        .updateEntity(false)
        .execute();
      const [created] = await queryEntities(manager, Resource, 'SELECT t.* FROM resources t WHERE t.code = :code', { code: input.code });
      await recordChange(manager, { entityType: 'Resource', entityId: created.databaseId, entityCode: created.code, after: created });
      return created;
    });
  }

  async update(id: number, expectedVersion: number | null | undefined, changes: ResourceChanges): Promise<Resource> {
    return this.db.transaction(async (manager) => {
      const { before, after } = await updateVersioned(manager, Resource, id, {
        field: 'input.id',
        expectedVersion,
        change: (current) => {
          const set: VersionedChanges<Resource> = {};
          if (changes.name !== undefined) set.name = changes.name;
          if (changes.unit !== undefined) set.unit = changes.unit;
          if (changes.maximum !== undefined) set.maximum = changes.maximum;
          if (changes.description !== undefined) set.description = changes.description;
          if (changes.available !== undefined) {
            set.available = changes.available;
            set.availableUpdatedAt = changes.available === null ? null : (changes.availableUpdatedAt ?? nowTimestamp());
          } else if (changes.availableUpdatedAt !== undefined) {
            if (current.available === null) throw new BadUserInputError(`Resource ${current.code} has no available figure: give "available" with "availableUpdatedAt".`, { field: 'input.availableUpdatedAt', record: current.code });
            set.availableUpdatedAt = changes.availableUpdatedAt;
          }
          if (changes.openingHours !== undefined) Object.assign(set, { openingHours: changes.openingHours?.text ?? null, ...openColumns(changes.openingHours?.minutes ?? ALWAYS_OPEN) });
          return set;
        },
      });
      await recordChange(manager, { entityType: 'Resource', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  async changeStatus(id: number, expectedVersion: number | null | undefined, status: ResourceStatus): Promise<Resource> {
    return this.db.transaction(async (manager) => {
      const { before, after } = await updateVersioned(manager, Resource, id, {
        field: 'input.id',
        expectedVersion,
        change: (current) => {
          if (current.status === status) throw new BadUserInputError(`Resource ${current.code} is already ${status}.`, { field: 'input.status', record: current.code });
          if (current.status === ResourceStatus.DEFUNCT) throw new BadUserInputError(`Resource ${current.code} is DEFUNCT: it cannot come back (create a new resource).`, { field: 'input.status', record: current.code });
          return { status };
        },
      });
      await recordChange(manager, { entityType: 'Resource', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  /**
   * Requests a use: the resource must be ACTIVE; a user other than the owner needs a RESOURCE_SHARING link
   * owner → user in force on the first and the last day of the use (links are single periods, so on every
   * day between); the quantity must fit the capacity beside the uses that hold it (REQUESTED, APPROVED,
   * USED): over overlapping periods for the timed kinds, against the remaining budget for FUNDS.
   */
  async requestUse(input: NewResourceUse): Promise<ResourceUse> {
    return this.db.transaction(async (manager) => {
      const resource = await lockVersioned(manager, Resource, input.resourceId, { field: 'input.resourceId' });
      if (resource.status !== ResourceStatus.ACTIVE) throw new BadUserInputError(`Resource ${resource.code} is ${resource.status}: only ACTIVE resources take requests.`, { field: 'input.resourceId', record: resource.code });
      const { startsAt, endsAt } = usePeriod(resource.kind, input, resource.code);
      if (input.quantity > resource.maximum) {
        throw new BadUserInputError(`Resource ${resource.code}: ${input.quantity} ${resource.unit} is more than its capacity, ${resource.maximum} ${resource.unit}.`, { field: 'input.quantity', record: resource.code });
      }
      const organizations = await this.organizationFacts(manager, [resource.ownerId, input.userId]);
      const user = organizations.get(input.userId);
      if (!user) throw new NotFoundError('No organization has the id given in "input.userId".', { field: 'input.userId' });
      const owner = organizations.get(resource.ownerId)!;
      let viaLinkId: number | null = null;
      if (input.userId !== resource.ownerId) {
        const days = useDays(startsAt, endsAt);
        const [link] = await queryRows(
          manager,
          `SELECT l.id FROM links l WHERE l.kind = :kind AND l.source_id = :owner AND l.target_id = :user AND l.status <> 'SUSPENDED'
             AND ${inForceOnSql('l.since', 'l.until', ':first')} AND ${inForceOnSql('l.since', 'l.until', ':last')} ORDER BY l.id LIMIT 1`,
          { kind: LinkKind.RESOURCE_SHARING, owner: resource.ownerId, user: input.userId, first: days.first, last: days.last },
        );
        if (!link) {
          const when = days.first === days.last ? `on ${days.first}` : `from ${days.first} to ${days.last}`;
          throw new BadUserInputError(
            `Resource ${resource.code} belongs to ${owner.code}: ${user.code} may use it only through a RESOURCE_SHARING link ${owner.code} → ${user.code} in force ${when}, and there is none (missing link ${owner.code} → ${user.code}, ${days.first}).`,
            { field: 'input.userId', record: resource.code },
          );
        }
        viaLinkId = Number(link.id);
      }
      const held = (
        await queryRows(manager, `SELECT u.code, u.starts_at, u.ends_at, u.quantity FROM resource_uses u WHERE u.resource_id = :id AND u.status IN (:...statuses)${resource.kind === ResourceKind.FUNDS ? '' : ' AND u.starts_at < :endsAt AND u.ends_at > :startsAt'} ORDER BY u.starts_at, u.id`, {
          id: resource.databaseId,
          statuses: [...HOLDING_STATUSES],
          startsAt,
          endsAt,
        })
      ).map((row): HeldUse => ({ code: String(row.code), startsAt: String(row.starts_at), endsAt: String(row.ends_at), quantity: Number(row.quantity) }));
      if (resource.kind === ResourceKind.FUNDS) {
        const spent = held.reduce((sum, use) => sum + use.quantity, 0);
        if (spent + input.quantity > resource.maximum) {
          throw new BadUserInputError(
            `Resource ${resource.code}: ${input.quantity} ${resource.unit} is more than what remains of its budget, ${resource.maximum - spent} of ${resource.maximum} ${resource.unit} (held by ${listCodes(held)}).`,
            { field: 'input.quantity', record: resource.code },
          );
        }
      } else {
        const peak = peakLoad(held, startsAt, endsAt);
        if (peak.load + input.quantity > resource.maximum) {
          throw new BadUserInputError(
            `Resource ${resource.code}: ${input.quantity} ${resource.unit} from ${startsAt} to ${endsAt} does not fit its capacity of ${resource.maximum} ${resource.unit}: ${peak.load} ${resource.unit} are already booked at once by ${listCodes(peak.uses)}.`,
            { field: 'input.quantity', record: resource.code },
          );
        }
      }
      if (input.personId != null) {
        const [person] = await queryRows(manager, 'SELECT id FROM people WHERE id = :id', { id: input.personId });
        if (!person) throw new NotFoundError('No person has the id given in "input.personId".', { field: 'input.personId' });
      }
      if (input.caseId != null) {
        const [serviceCase] = await queryRows(manager, 'SELECT id FROM service_cases WHERE id = :id', { id: input.caseId });
        if (!serviceCase) throw new NotFoundError('No case has the id given in "input.serviceCaseId".', { field: 'input.serviceCaseId' });
      }
      let code = input.code ?? null;
      if (code === null) {
        const [count] = await queryRows(manager, 'SELECT COUNT(*) AS n FROM resource_uses WHERE resource_id = :id', { id: resource.databaseId });
        code = `${resource.code}-U${Number(count.n) + 1}`;
      }
      const [taken] = await queryRows(manager, 'SELECT id FROM resource_uses WHERE code = :code', { code });
      if (taken) throw new ConflictError(`A resource use with code "${code}" already exists.`, { field: 'input.code' });
      const stamp = nowTimestamp();
      await manager
        .createQueryBuilder()
        .insert()
        .into(ResourceUse)
        .values({
          code,
          resourceId: resource.databaseId,
          userId: input.userId,
          personId: input.personId ?? null,
          startsAt,
          endsAt,
          quantity: input.quantity,
          purpose: input.purpose ?? null,
          status: ResourceUseStatus.REQUESTED,
          requestedAt: stamp,
          statusChangedAt: null,
          viaLinkId,
          caseId: input.caseId ?? null,
          version: 1,
          createdAt: stamp,
          updatedAt: stamp,
        })
        .updateEntity(false)
        .execute();
      const [created] = await queryEntities(manager, ResourceUse, 'SELECT t.* FROM resource_uses t WHERE t.code = :code', { code });
      await recordChange(manager, { entityType: 'ResourceUse', entityId: created.databaseId, entityCode: created.code, after: created });
      return created;
    });
  }

  /** One step of a use (approve, mark used, cancel, no-show), checked against the table. */
  async stepUse(id: number, expectedVersion: number | null | undefined, step: ResourceUseStep): Promise<ResourceUse> {
    return this.db.transaction(async (manager) => {
      const { before, after } = await updateVersioned(manager, ResourceUse, id, {
        field: 'input.id',
        expectedVersion,
        change: (current) => ({ status: checkUseStep(current, step), statusChangedAt: nowTimestamp() }),
      });
      await recordChange(manager, { entityType: 'ResourceUse', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  /** The community (and grid) a resource is placed in: the grid's community, or the community given; one of them is needed. */
  private async placeOf(manager: EntityManager, code: string, gridId: number | null, communityId: number | null): Promise<{ communityId: number; gridId: number | null }> {
    if (gridId !== null) {
      const [grid] = await queryRows(manager, 'SELECT community_id FROM grids WHERE id = :id', { id: gridId });
      if (!grid) throw new NotFoundError('No grid has the id given in "input.gridId".', { field: 'input.gridId' });
      if (communityId !== null && communityId !== Number(grid.community_id)) throw new BadUserInputError(`Resource ${code}: the grid given lies in another community than "input.communityId".`, { field: 'input.communityId', record: code });
      return { communityId: Number(grid.community_id), gridId };
    }
    if (communityId === null) throw new BadUserInputError(`Resource ${code}: give the grid or the community it is in.`, { field: 'input.communityId', record: code });
    const facts = await this.organizationFacts(manager, [communityId]);
    const community = facts.get(communityId);
    if (!community) throw new NotFoundError('No organization has the id given in "input.communityId".', { field: 'input.communityId' });
    checkResourceCommunity(community, code, 'input.communityId');
    return { communityId, gridId: null };
  }

  private async organizationFacts(manager: EntityManager, ids: readonly number[]): Promise<Map<number, { code: string; kind: OrganizationKind }>> {
    const rows = await queryRows(manager, 'SELECT id, code, kind FROM organizations WHERE id IN (:...ids)', { ids: [...new Set(ids)] });
    return new Map(rows.map((row) => [Number(row.id), { code: String(row.code), kind: row.kind as OrganizationKind }]));
  }

  /** Resource indicators of a scope over [from, to) (resource.indicators.ts): a fixed number of statements. */
  indicators(input: { scopeId: number; from: string; to: string; groupBy: ResourceGroupBy | null; idleWindow: PageWindow }): Promise<ResourceGroupFigures[]> {
    return computeResourceIndicators(this.db.manager, input);
  }

  /** A resource figure of the whole scope for each period [from, to) (indicatorTrend): one statement however many periods. */
  trend(measure: ResourceTrendMeasure, scopeId: number, periods: readonly { from: string; to: string }[]): Promise<ResourceTrendFigure[]> {
    return computeResourceTrend(this.db.manager, measure, scopeId, periods);
  }
}
