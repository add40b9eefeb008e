import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database.js';
import { recordChange } from '../audit/audit.js';
import { queryEntities, queryPage, queryRows } from '../../db/rows.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors/index.js';
import { nowTimestamp } from '../../lib/clock.js';
import { chunk } from '../../lib/group-by.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import { today } from '../../schema/scalars/date.js';
import { Organization } from '../organizations/organization.entity.js';
import { OrganizationStatus } from '../organizations/organization.kinds.js';
import { crossAppointmentCode, deriveCrossAppointments, pairKey, type DerivedCrossAppointment, type PostPeriod } from './cross-appointments.js';
import { linkConditions, type LinkFilter } from './link.conditions.js';
import { Link } from './link.entity.js';
import { DERIVED_LINK_KINDS, LinkKind, LinkStatus } from './link.kinds.js';

export interface NewLink {
  code: string;
  kind: LinkKind;
  sourceId: number;
  targetId: number;
  since: string;
  until?: string | null;
  status?: LinkStatus | null;
  weight?: number | null;
  description?: string | null;
}

export function validateLinkPeriod(since: string, until: string | null | undefined, record?: string): void {
  if (until && until <= since) {
    throw new BadUserInputError(`until (${until}) must be after since (${since})${record ? ` in link ${record}` : ''}.`, { field: 'until', ...(record ? { record } : {}) });
  }
}

/** Links: created and ended by clients, except CROSS_APPOINTMENT, which follows people's posts. */
export class LinkService {
  constructor(private readonly db: Database) {}

  async list(filter: LinkFilter, window: PageWindow): Promise<Page<Link>> {
    return queryPage(this.db.manager, Link, window, { from: 'links t', where: linkConditions(filter), orderBy: 't.code, t.id' });
  }

  async create(input: NewLink): Promise<Link> {
    return this.db.transaction(async (manager) => {
      if (DERIVED_LINK_KINDS.includes(input.kind)) {
        throw new BadUserInputError(`${input.kind} links are derived from people's concurrent posts; appoint people instead.`, { field: 'kind' });
      }
      if (input.sourceId === input.targetId) throw new BadUserInputError('A link needs two different organizations: source and target are the same.', { field: 'targetId' });
      validateLinkPeriod(input.since, input.until);
      const ends = await queryEntities(manager, Organization, 'SELECT t.* FROM organizations t WHERE t.id IN (:...ids)', { ids: [input.sourceId, input.targetId] });
      for (const [field, id] of [['sourceId', input.sourceId], ['targetId', input.targetId]] as const) {
        const end = ends.find((organization) => organization.databaseId === id);
        if (!end) throw new NotFoundError(`No organization has the id given in "${field}".`, { field });
        if (end.status === OrganizationStatus.ARCHIVED && !input.until) {
          throw new BadUserInputError(`Organization ${end.code} is archived; an open link cannot start from or reach it.`, { field });
        }
      }
      const [taken] = await queryRows(manager, 'SELECT 1 AS found FROM links WHERE code = :code', { code: input.code });
      if (taken) throw new ConflictError(`A link with code "${input.code}" already exists.`, { field: 'code' });
      await this.insertMany(manager, [input]);
      const [created] = await queryEntities(manager, Link, 'SELECT t.* FROM links t WHERE t.code = :code', { code: input.code });
      await recordChange(manager, { entityType: 'Link', entityId: created.databaseId, entityCode: created.code, after: created });
      return created;
    });
  }

  /** Ends a link on `until` (default today). The link stays, answering activeAt before that date. */
  async end(input: { id: number; until?: string | null; expectedVersion?: number | null }): Promise<Link> {
    return this.db.transaction(async (manager) => {
      const [link] = await queryEntities(manager, Link, `SELECT t.* FROM links t WHERE t.id = :id${this.db.dialect === 'postgres' ? ' FOR NO KEY UPDATE' : ''}`, { id: input.id });
      if (!link) throw new NotFoundError('No link has the id given in "id".', { field: 'id' });
      if (link.derived) throw new BadUserInputError(`Link ${link.code} is a derived ${link.kind}; it ends when the posts behind it end.`, { field: 'id' });
      if (input.expectedVersion != null && input.expectedVersion !== link.version) {
        throw new ConflictError(`Link ${link.code} was changed by someone else (version ${link.version}, you expected ${input.expectedVersion}); reload it and try again.`, { field: 'expectedVersion' });
      }
      if (link.status === LinkStatus.ENDED) throw new BadUserInputError(`Link ${link.code} has already ended (on ${link.until}).`, { field: 'id' });
      const until = input.until ?? today();
      validateLinkPeriod(link.since, until, link.code);
      const result = await manager
        .createQueryBuilder()
        .update(Link)
        .set({ until, status: LinkStatus.ENDED, version: link.version + 1, updatedAt: nowTimestamp() })
        .where('id = :id AND version = :version', { id: link.databaseId, version: link.version })
        .execute();
      if (result.affected === 0) throw new ConflictError(`Link ${link.code} was changed by someone else; reload it and try again.`);
      const [ended] = await queryEntities(manager, Link, 'SELECT t.* FROM links t WHERE t.id = :id', { id: link.databaseId });
      await recordChange(manager, { entityType: 'Link', entityId: ended.databaseId, entityCode: ended.code, before: link, after: ended });
      return ended;
    });
  }

  async insertMany(manager: EntityManager, rows: NewLink[], derived = false): Promise<void> {
    const stamp = nowTimestamp();
    const values = rows.map((row) => ({
      code: row.code,
      kind: row.kind,
      sourceId: row.sourceId,
      targetId: row.targetId,
      since: row.since,
      until: row.until ?? null,
      status: row.status ?? (row.until ? LinkStatus.ENDED : LinkStatus.ACTIVE),
      weight: row.weight ?? 1,
      description: row.description ?? null,
      derived,
      version: 1,
      createdAt: stamp,
      updatedAt: stamp,
    }));
    for (const part of chunk(values, 200)) {
      await manager.createQueryBuilder().insert().into(Link).values(part).updateEntity(false).execute();
    }
  }

  /**
   * Brings the CROSS_APPOINTMENT links in step with the posts, for every pair of organizations that the given people hold posts in (or for all pairs when `personIds` is 'all'). Runs in the caller's
   * transaction, after the posts changed. Existing links are matched by pair and start date and updated
   * in place, so their ids and codes stay stable; a period that no longer exists is closed at its start
   * (never active) rather than deleted.
   */
  async syncCrossAppointments(manager: EntityManager, personIds: number[] | 'all'): Promise<{ created: number; updated: number }> {
    if (this.db.dialect === 'postgres') await manager.query('SELECT pg_advisory_xact_lock(7193020402)');
    let posts: PostPeriod[];
    let pairs: Set<string> | undefined;
    if (personIds === 'all') {
      posts = await selectPostPeriods(manager, 'SELECT person_id, organization_id, start_date, end_date FROM posts', {});
    } else {
      if (personIds.length === 0) return { created: 0, updated: 0 };
      const pairRows = await queryRows(
        manager,
        `SELECT DISTINCT a.organization_id AS first_id, b.organization_id AS second_id FROM posts a
         JOIN posts b ON b.person_id = a.person_id AND b.organization_id > a.organization_id
         WHERE a.person_id IN (:...personIds)`,
        { personIds },
      );
      if (pairRows.length === 0) return { created: 0, updated: 0 };
      pairs = new Set(pairRows.map((row) => pairKey(Number(row.first_id), Number(row.second_id))));
      const organizationIds = [...new Set(pairRows.flatMap((row) => [Number(row.first_id), Number(row.second_id)]))];
      posts = [];
      for (const part of chunk(organizationIds, 500)) {
        posts.push(...(await selectPostPeriods(manager, 'SELECT person_id, organization_id, start_date, end_date FROM posts WHERE organization_id IN (:...ids)', { ids: part })));
      }
    }
    const derived = await this.excludePartyChainPairs(manager, deriveCrossAppointments(posts, pairs));
    const existing = await queryEntities(manager, Link, "SELECT t.* FROM links t WHERE t.kind = 'CROSS_APPOINTMENT'", {});
    const relevant = pairs ? existing.filter((link) => pairs.has(pairKey(link.sourceId, link.targetId))) : existing;
    const existingByPeriod = new Map(relevant.map((link) => [`${link.sourceId}:${link.targetId}:${link.since}`, link]));
    const codes = await this.organizationCodes(manager, [...new Set(derived.flatMap((item) => [item.sourceId, item.targetId]))]);
    const toInsert: NewLink[] = [];
    let updated = 0;
    const stamp = nowTimestamp();
    for (const item of derived) {
      const key = `${item.sourceId}:${item.targetId}:${item.since}`;
      const status = item.until ? LinkStatus.ENDED : LinkStatus.ACTIVE;
      const current = existingByPeriod.get(key);
      existingByPeriod.delete(key);
      if (!current) {
        toInsert.push({
          code: crossAppointmentCode(codes.get(item.sourceId)!, codes.get(item.targetId)!, item.since),
          kind: LinkKind.CROSS_APPOINTMENT,
          sourceId: item.sourceId,
          targetId: item.targetId,
          since: item.since,
          until: item.until,
          status,
          weight: item.people,
          description: `${item.people} person(s) holding posts in both organizations`,
        });
      } else if (current.until !== item.until || current.weight !== item.people || current.status !== status) {
        await manager.update(Link, { databaseId: current.databaseId }, { until: item.until, weight: item.people, status, description: `${item.people} person(s) holding posts in both organizations`, version: current.version + 1, updatedAt: stamp });
        updated += 1;
      }
    }
    for (const stale of existingByPeriod.values()) {
      if (stale.until === stale.since && stale.status === LinkStatus.ENDED) continue;
      await manager.update(Link, { databaseId: stale.databaseId }, { until: stale.since, status: LinkStatus.ENDED, weight: 0, version: stale.version + 1, updatedAt: stamp });
      updated += 1;
    }
    await this.insertMany(manager, toInsert, true);
    return { created: toInsert.length, updated };
  }

  /**
   * Posts in a Party organization and in a Party organization above it (a building cell leader who is
   * also a grid worker of the branch above) are the vertical chain at work, not a horizontal
   * collaboration: such pairs get no CROSS_APPOINTMENT link. A community Party committee and the
   * residents' committee under it are cross-appointed as the brief means it.
   */
  private async excludePartyChainPairs(manager: EntityManager, derived: DerivedCrossAppointment[]): Promise<DerivedCrossAppointment[]> {
    const ids = [...new Set(derived.flatMap((item) => [item.sourceId, item.targetId]))];
    const vertical = new Set<string>();
    for (const part of chunk(ids, 500)) {
      const rows = await queryRows(
        manager,
        `SELECT c.ancestor_id, c.descendant_id FROM organization_closure c
         JOIN organizations a ON a.id = c.ancestor_id JOIN organizations d ON d.id = c.descendant_id
         WHERE c.depth > 0 AND c.descendant_id IN (:...ids) AND a.sector = 'PARTY' AND d.sector = 'PARTY'`,
        { ids: part },
      );
      for (const row of rows) vertical.add(pairKey(Number(row.ancestor_id), Number(row.descendant_id)));
    }
    return derived.filter((item) => !vertical.has(pairKey(item.sourceId, item.targetId)));
  }

  private async organizationCodes(manager: EntityManager, ids: number[]): Promise<Map<number, string>> {
    const codes = new Map<number, string>();
    for (const part of chunk(ids, 500)) {
      const rows = await queryRows(manager, 'SELECT id, code FROM organizations WHERE id IN (:...ids)', { ids: part });
      for (const row of rows) codes.set(Number(row.id), String(row.code));
    }
    return codes;
  }
}

async function selectPostPeriods(manager: EntityManager, sql: string, parameters: Record<string, unknown>): Promise<PostPeriod[]> {
  const rows = await queryRows(manager, sql, parameters);
  return rows.map((row) => ({
    personId: Number(row.person_id),
    organizationId: Number(row.organization_id),
    // DATE columns come back as YYYY-MM-DD strings on both databases (see database.ts).
    startDate: String(row.start_date),
    endDate: row.end_date == null ? null : String(row.end_date),
  }));
}
