import type { EntityManager } from 'typeorm';
import { ADVISORY_LOCKS } from '../../db/advisory-locks.js';
import type { Database } from '../../db/database.js';
import { recordChange } from '../audit/audit.js';
import { queryEntities, queryPage, queryRows } from '../../db/rows.js';
import { differs, updateRowsVersioned, updateVersioned } from '../../db/versioned-update.js';
import { ConflictError, NotFoundError } from '../../errors/index.js';
import { nowTimestamp, today } from '../../lib/clock.js';
import { chunk } from '../../lib/group-by.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import type { OrganizationStatus } from '../organizations/organization.kinds.js';
import { crossAppointmentCode, deriveCrossAppointments, pairKey, type DerivedCrossAppointment, type PostPeriod } from './cross-appointments.js';
import { linkConditions, type LinkFilter } from './link.conditions.js';
import { Link } from './link.entity.js';
import { LinkKind, LinkStatus } from './link.kinds.js';
import { checkDistinctEnds, checkEndOpen, checkKindNotDerived, checkLinkOpen, checkLinkPeriod, checkNotDerivedLink, linkStatusOf } from './link.rules.js';

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

/** An existing link as read in the caller's transaction, with the values it is to have (an import record). */
export interface LinkChange {
  current: Link;
  kind: LinkKind;
  sourceId: number;
  targetId: number;
  since: string;
  until: string | null;
  status: LinkStatus | null;
  weight: number;
  description: string | null;
}

/**
 * Links, under the rules of link.rules.ts: created and ended by clients, except CROSS_APPOINTMENT, which
 * follows people's posts. Single mutations record one audit entry each; the set-based writes (insertMany,
 * updateMany) take the caller's EntityManager and record nothing: their caller (the importer) records one
 * entry for the whole import.
 */
export class LinkService {
  constructor(private readonly db: Database) {}

  async list(filter: LinkFilter, window: PageWindow): Promise<Page<Link>> {
    return queryPage(this.db.manager, Link, window, { from: 'links t', where: linkConditions(filter), orderBy: 't.code, t.id', orderIndexed: true });
  }

  async create(input: NewLink): Promise<Link> {
    return this.db.transaction(async (manager) => {
      await this.insertMany(manager, [input]);
      const [created] = await queryEntities(manager, Link, 'SELECT t.* FROM links t WHERE t.code = :code', { code: input.code });
      await recordChange(manager, { entityType: 'Link', entityId: created.databaseId, entityCode: created.code, after: created });
      return created;
    });
  }

  /** Ends a link on `until` (default today). The link stays, answering activeAt before that date. */
  async end(input: { id: number; until?: string | null; expectedVersion?: number | null }): Promise<Link> {
    return this.db.transaction(async (manager) => {
      const { before, after } = await updateVersioned(manager, Link, input.id, {
        field: 'id',
        expectedVersion: input.expectedVersion,
        guard: (link) => checkNotDerivedLink(link),
        change: (link) => {
          checkLinkOpen(link);
          const until = input.until ?? today();
          checkLinkPeriod(link.since, until, link.code);
          return { until, status: LinkStatus.ENDED };
        },
      });
      await recordChange(manager, { entityType: 'Link', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  /**
   * Checks every link a client gives (a mutation or an import) against the rules (no derived kind, two
   * different ends that exist, the period, no open link to an archived organization, a free code), then
   * inserts them a few hundred rows per statement.
   */
  async insertMany(manager: EntityManager, rows: NewLink[]): Promise<void> {
    const ends = await this.endsOf(manager, rows);
    for (const row of rows) {
      checkKindNotDerived(row.kind, row.code);
      checkDistinctEnds(row.sourceId, row.targetId, row.code);
      checkLinkPeriod(row.since, row.until, row.code);
      for (const [field, id] of [['sourceId', row.sourceId], ['targetId', row.targetId]] as const) {
        const end = ends.get(id);
        if (!end) throw new NotFoundError(`No organization has the id given in "${field}".`, { field });
        checkEndOpen(end, row.until, row.code, field);
      }
    }
    for (const part of chunk(rows.map((row) => row.code), 500)) {
      const [taken] = await queryRows(manager, 'SELECT code FROM links WHERE code IN (:...codes)', { codes: part });
      if (taken) throw new ConflictError(`A link with code "${taken.code}" already exists.`, { field: 'code' });
    }
    await this.insertRows(manager, rows, false);
  }

  /**
   * Brings existing links to the values given, under the same rules as new ones (and a derived link is
   * never changed this way); rows already as given are left alone. Returns the links it changed.
   */
  async updateMany(manager: EntityManager, changes: LinkChange[]): Promise<Link[]> {
    const ends = await this.endsOf(manager, changes);
    const writes: { id: number; changes: Partial<Link> }[] = [];
    const changed: Link[] = [];
    for (const change of changes) {
      const { current } = change;
      checkNotDerivedLink(current);
      checkKindNotDerived(change.kind, current.code);
      checkDistinctEnds(change.sourceId, change.targetId, current.code);
      checkLinkPeriod(change.since, change.until, current.code);
      for (const [field, id] of [['sourceId', change.sourceId], ['targetId', change.targetId]] as const) checkEndOpen(ends.get(id)!, change.until, current.code, field);
      const values = { kind: change.kind, sourceId: change.sourceId, targetId: change.targetId, since: change.since, until: change.until, status: linkStatusOf(change.until, change.status), weight: change.weight, description: change.description };
      if (!differs(current, values)) continue;
      writes.push({ id: current.databaseId, changes: values });
      changed.push(current);
    }
    await updateRowsVersioned(manager, Link, writes);
    return changed;
  }

  /** The code and status of both ends of every link given (facts for the rules), by id. */
  private async endsOf(manager: EntityManager, links: readonly { sourceId: number; targetId: number }[]): Promise<Map<number, { code: string; status: OrganizationStatus }>> {
    const ends = new Map<number, { code: string; status: OrganizationStatus }>();
    for (const part of chunk([...new Set(links.flatMap((link) => [link.sourceId, link.targetId]))], 500)) {
      for (const row of await queryRows(manager, 'SELECT id, code, status FROM organizations WHERE id IN (:...ids)', { ids: part })) ends.set(Number(row.id), { code: String(row.code), status: row.status as OrganizationStatus });
    }
    return ends;
  }

  private async insertRows(manager: EntityManager, rows: NewLink[], derived: boolean): Promise<void> {
    const stamp = nowTimestamp();
    const values = rows.map((row) => ({
      code: row.code,
      kind: row.kind,
      sourceId: row.sourceId,
      targetId: row.targetId,
      since: row.since,
      until: row.until ?? null,
      status: linkStatusOf(row.until, row.status),
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
    if (this.db.dialect === 'postgres') await manager.query(`SELECT pg_advisory_xact_lock(${ADVISORY_LOCKS.crossAppointments})`);
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
    const writes: { id: number; changes: Partial<Link> }[] = [];
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
        writes.push({ id: current.databaseId, changes: { until: item.until, weight: item.people, status, description: `${item.people} person(s) holding posts in both organizations` } });
      }
    }
    for (const stale of existingByPeriod.values()) {
      if (stale.until === stale.since && stale.status === LinkStatus.ENDED) continue;
      writes.push({ id: stale.databaseId, changes: { until: stale.since, status: LinkStatus.ENDED, weight: 0 } });
    }
    await updateRowsVersioned(manager, Link, writes);
    await this.insertRows(manager, toInsert, true);
    return { created: toInsert.length, updated: writes.length };
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
