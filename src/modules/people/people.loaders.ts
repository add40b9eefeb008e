import DataLoader from 'dataloader';
import { Conditions } from '../../db/conditions.js';
import { emptyPage, queryEntitiesUnordered, queryPartitionedPages } from '../../db/rows.js';
import { byKey } from '../../lib/group-by.js';
import type { LoaderScope } from '../contract.js';
import { loaderOptions, loaderFamily, observedBatch } from '../../db/loader-family.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import { Person } from './person.entity.js';
import { Post } from './post.entity.js';

export interface PostsArgs {
  window: PageWindow;
  activeAt: string | null;
  /** Read each post's person in the same statement (the query asks for it), priming personById. */
  withPerson?: boolean;
}

/** `scopeRootId`: a person's posts outside the caller's jurisdiction are not listed. */
export function createPeopleLoaders(scope: LoaderScope) {
  const { manager, scopeRootId } = scope;
  const personById = new DataLoader<number, Person | null>(observedBatch(scope, 'people.personById', async (ids) => {
    const rows = await queryEntitiesUnordered(manager, Person, 'SELECT t.* FROM people t WHERE t.id IN (:...ids)', { ids });
    return byKey(ids, rows, (row) => row.databaseId);
  }), loaderOptions(manager));

  const postById = new DataLoader<number, Post | null>(observedBatch(scope, 'people.postById', async (ids) => {
    const rows = await queryEntitiesUnordered(manager, Post, 'SELECT t.* FROM posts t WHERE t.id IN (:...ids)', { ids });
    return byKey(ids, rows, (row) => row.databaseId);
  }), loaderOptions(manager));

  /** Posts of each parent (organization or person), newest first, in one statement. */
  const postsBy = (column: 'organization_id' | 'person_id', name: string) =>
    loaderFamily((args: PostsArgs) =>
      new DataLoader<number, Page<Post>>(observedBatch(scope, name, async (ownerIds) => {
        const conditions = new Conditions().in(`t.${column}`, ownerIds).activeAt('t.start_date', 't.end_date', args.activeAt).inSubtree('t.organization_id', scopeRootId);
        const pages = await queryPartitionedPages(manager, Post, args.window, {
          from: 'posts t',
          partitionBy: `t.${column}`,
          where: conditions,
          orderBy: 't.start_date DESC, t.id DESC',
          include: args.withPerson ? [{ entity: Person, column: 'person_id', found: (person) => personById.prime((person as Person).databaseId, person as Person) }] : undefined,
        });
        return ownerIds.map((id) => pages.get(String(id)) ?? emptyPage(args.window));
      }), loaderOptions(manager)),
    );

  return {
    personById,
    postById,
    postsOfOrganization: postsBy('organization_id', 'people.postsOfOrganization'),
    postsOfPerson: postsBy('person_id', 'people.postsOfPerson'),
  };
}

export type PeopleLoaders = ReturnType<typeof createPeopleLoaders>;
