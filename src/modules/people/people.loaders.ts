import DataLoader from 'dataloader';
import { Conditions } from '../../db/conditions.js';
import { emptyPage, queryEntitiesUnordered, queryPartitionedPages } from '../../db/rows.js';
import { byKey } from '../../lib/group-by.js';
import type { LoaderScope } from '../contract.js';
import { entitiesById, loaderOptions, loaderFamily, observedBatch } from '../../db/loader-family.js';
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
  const people = entitiesById(scope, 'people.personById', (ids) => queryEntitiesUnordered(manager, Person, 'SELECT t.* FROM people t WHERE t.id IN (:...ids)', { ids }));
  const personById = people.loader;

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
          include: args.withPerson ? [{ entity: Person, column: 'person_id', found: (person) => void people.remember(person as Person) }] : undefined,
        });
        return ownerIds.map((id) => pages.get(String(id)) ?? emptyPage(args.window));
      }), loaderOptions(manager)),
    );

  return {
    personById,
    /** The person when this request has already read them (entitiesById: a page's posts with their people); undefined when not. */
    personAlreadyRead: people.alreadyRead,
    postById,
    postsOfOrganization: postsBy('organization_id', 'people.postsOfOrganization'),
    postsOfPerson: postsBy('person_id', 'people.postsOfPerson'),
  };
}

export type PeopleLoaders = ReturnType<typeof createPeopleLoaders>;
