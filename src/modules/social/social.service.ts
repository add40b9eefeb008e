import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database.js';
import { queryEntities, queryPage, queryRows } from '../../db/rows.js';
import { updateVersioned, type VersionedChanges } from '../../db/versioned-update.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors/index.js';
import { nowTimestamp } from '../../lib/clock.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import { recordChange } from '../audit/audit.js';
import type { OrganizationKind } from '../organizations/organization.kinds.js';
import { needConditions, type NeedFilter } from './social.conditions.js';
import { Need } from './need.entity.js';
import type { NeedKind } from './social.kinds.js';
import { NeedStatus, NeedStep } from './need.transitions.js';
import { checkCommunity, checkNeedStep, checkNeedStepTime } from './social.rules.js';

/** A new need, as raiseNeed gives it (ids resolved, fields checked for form). */
export interface NewNeed {
  code?: string | null;
  kind: NeedKind;
  title: string;
  category?: string | null;
  communityId?: number | null;
  gridId?: number | null;
  raisedAt?: string | null;
  householdRef?: string | null;
}

/** A step of a need: who claims it (CLAIM only), and when (default now). */
export interface NeedStepInput {
  at?: string | null;
  claimerOrganizationId?: number | null;
  claimerPersonId?: number | null;
}

/**
 * The social forces: needs (and, next, activities, participations and member reports). Every change is one
 * transaction, audited; a step locks the need's row, checks the version the client last read and the
 * lifecycle table (need.transitions.ts).
 */
export class SocialService {
  constructor(private readonly db: Database) {}

  listNeeds(filter: NeedFilter, window: PageWindow): Promise<Page<Need>> {
    return queryPage(this.db.manager, Need, window, { from: 'needs t', where: needConditions(filter), orderBy: 't.raised_at, t.id', orderIndexed: false });
  }

  async raiseNeed(input: NewNeed): Promise<Need> {
    return this.db.transaction(async (manager) => {
      let code = input.code ?? null;
      const place = await this.placeOf(manager, `Need ${code ?? '(new)'}`, input.gridId ?? null, input.communityId ?? null);
      if (code === null) {
        const [count] = await queryRows(manager, 'SELECT COUNT(*) AS n FROM needs WHERE community_id = :id', { id: place.communityId });
        code = `${place.communityCode}-N${Number(count.n) + 1}`;
      }
      const [taken] = await queryRows(manager, 'SELECT id FROM needs WHERE code = :code', { code });
      if (taken) throw new ConflictError(`A need with code "${code}" already exists.`, { field: 'input.code' });
      const stamp = nowTimestamp();
      await manager
        .createQueryBuilder()
        .insert()
        .into(Need)
        .values({
          code,
          kind: input.kind,
          title: input.title,
          category: input.category ?? null,
          communityId: place.communityId,
          gridId: place.gridId,
          raisedAt: input.raisedAt ?? stamp,
          householdRef: input.householdRef ?? null,
          status: NeedStatus.OPEN,
          claimerOrganizationId: null,
          claimerPersonId: null,
          claimedAt: null,
          fulfilledAt: null,
          expiredAt: null,
          version: 1,
          createdAt: stamp,
          updatedAt: stamp,
        })
        .updateEntity(false)
        .execute();
      const [created] = await queryEntities(manager, Need, 'SELECT t.* FROM needs t WHERE t.code = :code', { code });
      await recordChange(manager, { entityType: 'Need', entityId: created!.databaseId, entityCode: created!.code, after: created });
      return created!;
    });
  }

  /** One step of a need (claim, fulfil, expire), checked against the table, the version and the order of times. */
  async stepNeed(id: number, expectedVersion: number | null | undefined, step: NeedStep, input: NeedStepInput): Promise<Need> {
    return this.db.transaction(async (manager) => {
      if (step === NeedStep.CLAIM) {
        if ((input.claimerOrganizationId == null) === (input.claimerPersonId == null)) {
          throw new BadUserInputError('Give exactly one claimer: "input.organizationId" or "input.personId".', { field: 'input.organizationId' });
        }
        if (input.claimerOrganizationId != null) {
          const [organization] = await queryRows(manager, 'SELECT id FROM organizations WHERE id = :id', { id: input.claimerOrganizationId });
          if (!organization) throw new NotFoundError('No organization has the id given in "input.organizationId".', { field: 'input.organizationId' });
        }
        if (input.claimerPersonId != null) {
          const [person] = await queryRows(manager, 'SELECT id FROM people WHERE id = :id', { id: input.claimerPersonId });
          if (!person) throw new NotFoundError('No person has the id given in "input.personId".', { field: 'input.personId' });
        }
      }
      const { before, after } = await updateVersioned(manager, Need, id, {
        field: 'input.id',
        expectedVersion,
        change: (current) => {
          const status = checkNeedStep(current, step);
          const at = input.at ?? nowTimestamp();
          checkNeedStepTime(current, step, at);
          const set: VersionedChanges<Need> = { status };
          if (step === NeedStep.CLAIM) Object.assign(set, { claimedAt: at, claimerOrganizationId: input.claimerOrganizationId ?? null, claimerPersonId: input.claimerPersonId ?? null });
          if (step === NeedStep.FULFIL) set.fulfilledAt = at;
          if (step === NeedStep.EXPIRE) set.expiredAt = at;
          return set;
        },
      });
      await recordChange(manager, { entityType: 'Need', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  /** The community (and grid) of a need or an activity (`label`, "Need N1"): the grid's community, or the community given; one of them is needed. */
  private async placeOf(manager: EntityManager, label: string, gridId: number | null, communityId: number | null): Promise<{ communityId: number; communityCode: string; gridId: number | null }> {
    if (gridId !== null) {
      const [grid] = await queryRows(manager, 'SELECT g.community_id, o.code FROM grids g JOIN organizations o ON o.id = g.community_id WHERE g.id = :id', { id: gridId });
      if (!grid) throw new NotFoundError('No grid has the id given in "input.gridId".', { field: 'input.gridId' });
      if (communityId !== null && communityId !== Number(grid.community_id)) throw new BadUserInputError(`${label}: the grid given lies in another community than "input.communityId".`, { field: 'input.communityId' });
      return { communityId: Number(grid.community_id), communityCode: String(grid.code), gridId };
    }
    if (communityId === null) throw new BadUserInputError(`${label}: give the grid or the community it is in.`, { field: 'input.communityId' });
    const [community] = await queryRows(manager, 'SELECT id, code, kind FROM organizations WHERE id = :id', { id: communityId });
    if (!community) throw new NotFoundError('No organization has the id given in "input.communityId".', { field: 'input.communityId' });
    checkCommunity({ code: String(community.code), kind: community.kind as OrganizationKind }, label, 'input.communityId');
    return { communityId, communityCode: String(community.code), gridId: null };
  }
}
