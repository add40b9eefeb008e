import type { EntityManager } from 'typeorm';
import { Conditions } from '../../db/conditions.js';
import type { Database } from '../../db/database.js';
import { recordChange } from '../audit/audit.js';
import { queryEntities, queryPage, queryRows } from '../../db/rows.js';
import { differs, updateRowsVersioned, updateVersioned } from '../../db/versioned-update.js';
import { ConflictError, NotFoundError } from '../../errors/index.js';
import { nowTimestamp, today } from '../../lib/clock.js';
import { chunk } from '../../lib/group-by.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import type { LinkService } from '../links/link.service.js';
import type { OrganizationStatus } from '../organizations/organization.kinds.js';
import { Person } from './person.entity.js';
import { Post } from './post.entity.js';
import { PostEndReason, PostRole } from './post.kinds.js';
import { checkEndReason, checkOrganizationTakesPosts, checkPostKeepsHolder, checkPostOpen, checkPostPeriod } from './post.rules.js';

export interface PersonFilter {
  nameContains?: string | null;
  partyMember?: boolean | null;
  /** People holding a post (on activeAt, if given) in this organization's subtree. */
  underId?: number | null;
  activeAt?: string | null;
  /** The caller's jurisdiction: people holding (or having held) a post in this subtree. */
  scopeRootId?: number | null;
}

export interface NewPerson {
  code: string;
  name: string;
  phone?: string | null;
  partyMember?: boolean | null;
}

/** An existing person as read in the caller's transaction, with the values it is to have (an import record). */
export interface PersonChange {
  current: Person;
  name: string;
  phone: string | null;
  partyMember: boolean;
}

export interface NewPost {
  code: string;
  personId: number;
  organizationId: number;
  role: PostRole;
  title?: string | null;
  startDate: string;
  endDate?: string | null;
  endReason?: PostEndReason | null;
}

/** An existing post as read in the caller's transaction, with the values it is to have (an import record). */
export interface PostChange {
  current: Post;
  personId: number;
  organizationId: number;
  role: PostRole;
  title: string | null;
  startDate: string;
  endDate: string | null;
  endReason?: PostEndReason | null;
}

/**
 * People and their posts, under the rules of person.rules.ts and post.rules.ts. Appointing and ending
 * posts keeps the derived cross-appointment links in step. Single mutations record one audit entry each;
 * the set-based writes (insert/update People and Posts) take the caller's EntityManager and record
 * nothing: their caller (the importer) records one entry for the whole import. They leave the
 * cross-appointments to the caller too, which syncs once for every person whose posts changed.
 */
export class PeopleService {
  constructor(
    private readonly db: Database,
    private readonly links: LinkService,
  ) {}

  async list(filter: PersonFilter, window: PageWindow): Promise<Page<Person>> {
    const conditions = new Conditions().contains('t.name', filter.nameContains).equals('t.party_member', filter.partyMember);
    if (filter.underId != null || filter.activeAt) {
      // Holding a post (on the date, if given) in the subtree.
      conditions.exists('posts p', 'p.person_id = t.id', (posts) => posts.inSubtree('p.organization_id', filter.underId).activeAt('p.start_date', 'p.end_date', filter.activeAt));
    }
    if (filter.scopeRootId != null) conditions.exists('posts q', 'q.person_id = t.id', (posts) => posts.inSubtree('q.organization_id', filter.scopeRootId));
    return queryPage(this.db.manager, Person, window, { from: 'people t', where: conditions, orderBy: 't.code, t.id', orderIndexed: true });
  }

  async createPerson(input: NewPerson): Promise<Person> {
    return this.db.transaction(async (manager) => {
      const [person] = await this.insertPeople(manager, [input]);
      await recordChange(manager, { entityType: 'Person', entityId: person.databaseId, entityCode: person.code, after: person });
      return person;
    });
  }

  /** Starts a post. If the person holds another post at the same time, the two organizations become cross-appointed. */
  async appoint(input: Omit<NewPost, 'startDate'> & { startDate?: string | null }): Promise<Post> {
    return this.db.transaction(async (manager) => {
      const startDate = input.startDate ?? today();
      checkPostPeriod(startDate, input.endDate, input.code);
      checkEndReason(input.endDate, input.endReason, input.code);
      const [person] = await queryRows(manager, 'SELECT id FROM people WHERE id = :id', { id: input.personId });
      if (!person) throw new NotFoundError('No person has the id given in "personId".', { field: 'personId' });
      const [organization] = await queryRows(manager, 'SELECT id FROM organizations WHERE id = :id', { id: input.organizationId });
      if (!organization) throw new NotFoundError('No organization has the id given in "organizationId".', { field: 'organizationId' });
      await this.insertPosts(manager, [{ ...input, startDate }]);
      await this.links.syncCrossAppointments(manager, [input.personId]);
      const [post] = await queryEntities(manager, Post, 'SELECT t.* FROM posts t WHERE t.code = :code', { code: input.code });
      await recordChange(manager, { entityType: 'Post', entityId: post.databaseId, entityCode: post.code, after: post });
      return post;
    });
  }

  /** Ends a post on `endDate` (default today), for `endReason` if given. The post stays in the history. */
  async endPost(input: { id: number; endDate?: string | null; endReason?: PostEndReason | null; expectedVersion?: number | null }): Promise<Post> {
    return this.db.transaction(async (manager) => {
      const { before, after } = await updateVersioned(manager, Post, input.id, {
        field: 'id',
        expectedVersion: input.expectedVersion,
        change: (post) => {
          checkPostOpen(post);
          const endDate = input.endDate ?? today();
          checkPostPeriod(post.startDate, endDate, post.code);
          return { endDate, endReason: input.endReason ?? null };
        },
      });
      await this.links.syncCrossAppointments(manager, [before.personId]);
      await recordChange(manager, { entityType: 'Post', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }

  /** Inserts people whose codes are free, a few hundred rows per statement; returns them as stored, in the order given. */
  async insertPeople(manager: EntityManager, rows: NewPerson[]): Promise<Person[]> {
    await checkCodesFree(manager, 'people', 'person', rows.map((row) => row.code));
    const stamp = nowTimestamp();
    const values = rows.map((row) => ({ code: row.code, name: row.name, phone: row.phone ?? null, partyMember: row.partyMember ?? false, version: 1, createdAt: stamp, updatedAt: stamp }));
    for (const part of chunk(values, 200)) await manager.createQueryBuilder().insert().into(Person).values(part).updateEntity(false).execute();
    const byCode = new Map<string, Person>();
    for (const part of chunk(rows.map((row) => row.code), 500)) {
      for (const person of await queryEntities(manager, Person, 'SELECT t.* FROM people t WHERE t.code IN (:...codes)', { codes: part })) byCode.set(person.code, person);
    }
    return rows.map((row) => byCode.get(row.code)!);
  }

  /** Brings existing people to the values given; rows already as given are left alone. Returns the people it changed. */
  async updatePeople(manager: EntityManager, changes: PersonChange[]): Promise<Person[]> {
    const changed = changes.filter((change) => differs(change.current, { name: change.name, phone: change.phone, partyMember: change.partyMember }));
    await updateRowsVersioned(manager, Person, changed.map((change) => ({ id: change.current.databaseId, changes: { name: change.name, phone: change.phone, partyMember: change.partyMember } })));
    return changed.map((change) => change.current);
  }

  /**
   * Checks every post against the rules (period, an organization that takes posts on the start date, a
   * free code), then inserts them a few hundred rows per statement. The people and organizations exist.
   */
  async insertPosts(manager: EntityManager, rows: NewPost[]): Promise<void> {
    const organizations = new Map<number, { code: string; status: OrganizationStatus; archivedOn: string | null }>();
    for (const part of chunk([...new Set(rows.map((row) => row.organizationId))], 500)) {
      for (const row of await queryRows(manager, 'SELECT id, code, status, archived_on FROM organizations WHERE id IN (:...ids)', { ids: part })) {
        // DATE columns come back as YYYY-MM-DD strings on both databases (see database.ts).
        organizations.set(Number(row.id), { code: String(row.code), status: row.status as OrganizationStatus, archivedOn: row.archived_on == null ? null : String(row.archived_on) });
      }
    }
    for (const row of rows) {
      checkPostPeriod(row.startDate, row.endDate, row.code);
      checkEndReason(row.endDate, row.endReason, row.code);
      const organization = organizations.get(row.organizationId);
      if (!organization) throw new NotFoundError('No organization has the id given in "organizationId".', { field: 'organizationId' });
      checkOrganizationTakesPosts(organization, row.startDate, row.code);
    }
    await checkCodesFree(manager, 'posts', 'post', rows.map((row) => row.code));
    const stamp = nowTimestamp();
    const values = rows.map((row) => ({ code: row.code, personId: row.personId, organizationId: row.organizationId, role: row.role, title: row.title ?? null, startDate: row.startDate, endDate: row.endDate ?? null, endReason: row.endReason ?? null, version: 1, createdAt: stamp, updatedAt: stamp }));
    for (const part of chunk(values, 200)) await manager.createQueryBuilder().insert().into(Post).values(part).updateEntity(false).execute();
  }

  /**
   * Brings existing posts to the values given, under the rules (the same person and organization, the
   * period); rows already as given are left alone. Returns the posts it changed.
   */
  async updatePosts(manager: EntityManager, changes: PostChange[]): Promise<Post[]> {
    const writes: { id: number; changes: Partial<Post> }[] = [];
    const changed: Post[] = [];
    for (const change of changes) {
      checkPostKeepsHolder(change.current, change, change.current.code);
      checkPostPeriod(change.startDate, change.endDate, change.current.code);
      checkEndReason(change.endDate, change.endReason, change.current.code);
      const values = { role: change.role, title: change.title, startDate: change.startDate, endDate: change.endDate, endReason: change.endReason ?? null };
      if (!differs(change.current, values)) continue;
      writes.push({ id: change.current.databaseId, changes: values });
      changed.push(change.current);
    }
    await updateRowsVersioned(manager, Post, writes);
    return changed;
  }
}

/** Refuses codes already taken in `table`, CONFLICT naming the first. */
async function checkCodesFree(manager: EntityManager, table: string, noun: string, codes: string[]): Promise<void> {
  for (const part of chunk(codes, 500)) {
    const [taken] = await queryRows(manager, `SELECT code FROM ${table} WHERE code IN (:...codes)`, { codes: part });
    if (taken) throw new ConflictError(`A ${noun} with code "${taken.code}" already exists.`, { field: 'code' });
  }
}
