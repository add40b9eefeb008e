import { Conditions } from '../../db/conditions.js';
import type { Database } from '../../db/database.js';
import { recordChange } from '../audit/audit.js';
import { queryEntities, queryPage, queryRows } from '../../db/rows.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors/index.js';
import { nowTimestamp } from '../../lib/clock.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import { today } from '../../schema/scalars/date.js';
import type { LinkService } from '../links/link.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { OrganizationStatus } from '../organizations/organization.kinds.js';
import { Person } from './person.entity.js';
import { Post } from './post.entity.js';
import { PostRole } from './post.kinds.js';

export interface PersonFilter {
  nameContains?: string | null;
  partyMember?: boolean | null;
  /** People holding a post (on activeAt, if given) in this organization's subtree. */
  underId?: number | null;
  activeAt?: string | null;
  /** The caller's jurisdiction: people holding (or having held) a post in this subtree. */
  scopeRootId?: number | null;
}

/** People and their posts. Appointing and ending posts keeps the derived cross-appointment links in step. */
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
    return queryPage(this.db.manager, Person, window, { from: 'people t', where: conditions, orderBy: 't.code, t.id' });
  }

  async createPerson(input: { code: string; name: string; phone?: string | null; partyMember?: boolean | null }): Promise<Person> {
    return this.db.transaction(async (manager) => {
      const [taken] = await queryRows(manager, 'SELECT 1 AS found FROM people WHERE code = :code', { code: input.code });
      if (taken) throw new ConflictError(`A person with code "${input.code}" already exists.`, { field: 'code' });
      const stamp = nowTimestamp();
      await manager.createQueryBuilder().insert().into(Person).values({ code: input.code, name: input.name, phone: input.phone ?? null, partyMember: input.partyMember ?? false, version: 1, createdAt: stamp, updatedAt: stamp }).updateEntity(false).execute();
      const [person] = await queryEntities(manager, Person, 'SELECT t.* FROM people t WHERE t.code = :code', { code: input.code });
      await recordChange(manager, { entityType: 'Person', entityId: person.databaseId, entityCode: person.code, after: person });
      return person;
    });
  }

  /** Starts a post. If the person holds another post at the same time, the two organizations become cross-appointed. */
  async appoint(input: { code: string; personId: number; organizationId: number; role: PostRole; title?: string | null; startDate?: string | null; endDate?: string | null }): Promise<Post> {
    return this.db.transaction(async (manager) => {
      const startDate = input.startDate ?? today();
      if (input.endDate && input.endDate <= startDate) {
        throw new BadUserInputError(`endDate (${input.endDate}) must be after startDate (${startDate}).`, { field: 'endDate' });
      }
      const [person] = await queryRows(manager, 'SELECT id FROM people WHERE id = :id', { id: input.personId });
      if (!person) throw new NotFoundError('No person has the id given in "personId".', { field: 'personId' });
      const [organization] = await queryEntities(manager, Organization, 'SELECT t.* FROM organizations t WHERE t.id = :id', { id: input.organizationId });
      if (!organization) throw new NotFoundError('No organization has the id given in "organizationId".', { field: 'organizationId' });
      if (organization.status === OrganizationStatus.ARCHIVED && (!organization.archivedOn || startDate >= organization.archivedOn)) {
        throw new BadUserInputError(`Organization ${organization.code} is archived; nobody can start a post there from ${startDate}.`, { field: 'organizationId' });
      }
      const [taken] = await queryRows(manager, 'SELECT 1 AS found FROM posts WHERE code = :code', { code: input.code });
      if (taken) throw new ConflictError(`A post with code "${input.code}" already exists.`, { field: 'code' });
      const stamp = nowTimestamp();
      await manager
        .createQueryBuilder()
        .insert()
        .into(Post)
        .values({ code: input.code, personId: input.personId, organizationId: input.organizationId, role: input.role, title: input.title ?? null, startDate, endDate: input.endDate ?? null, version: 1, createdAt: stamp, updatedAt: stamp })
        .updateEntity(false)
        .execute();
      await this.links.syncCrossAppointments(manager, [input.personId]);
      const [post] = await queryEntities(manager, Post, 'SELECT t.* FROM posts t WHERE t.code = :code', { code: input.code });
      await recordChange(manager, { entityType: 'Post', entityId: post.databaseId, entityCode: post.code, after: post });
      return post;
    });
  }

  /** Ends a post on `endDate` (default today). The post stays in the history. */
  async endPost(input: { id: number; endDate?: string | null; expectedVersion?: number | null }): Promise<Post> {
    return this.db.transaction(async (manager) => {
      const [post] = await queryEntities(manager, Post, `SELECT t.* FROM posts t WHERE t.id = :id${this.db.dialect === 'postgres' ? ' FOR NO KEY UPDATE' : ''}`, { id: input.id });
      if (!post) throw new NotFoundError('No post has the id given in "id".', { field: 'id' });
      if (input.expectedVersion != null && input.expectedVersion !== post.version) {
        throw new ConflictError(`Post ${post.code} was changed by someone else (version ${post.version}, you expected ${input.expectedVersion}); reload it and try again.`, { field: 'expectedVersion' });
      }
      if (post.endDate) throw new BadUserInputError(`Post ${post.code} has already ended (on ${post.endDate}).`, { field: 'id' });
      const endDate = input.endDate ?? today();
      if (endDate <= post.startDate) throw new BadUserInputError(`endDate (${endDate}) must be after the post's startDate (${post.startDate}).`, { field: 'endDate' });
      const result = await manager
        .createQueryBuilder()
        .update(Post)
        .set({ endDate, version: post.version + 1, updatedAt: nowTimestamp() })
        .where('id = :id AND version = :version', { id: post.databaseId, version: post.version })
        .execute();
      if (result.affected === 0) throw new ConflictError(`Post ${post.code} was changed by someone else; reload it and try again.`);
      await this.links.syncCrossAppointments(manager, [post.personId]);
      const [ended] = await queryEntities(manager, Post, 'SELECT t.* FROM posts t WHERE t.id = :id', { id: post.databaseId });
      await recordChange(manager, { entityType: 'Post', entityId: ended.databaseId, entityCode: ended.code, before: post, after: ended });
      return ended;
    });
  }
}
