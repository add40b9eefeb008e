import type { NodeType } from '../contract.js';
import type { Person } from './person.entity.js';
import type { Post } from './post.entity.js';

/** A person is visible when they hold (or held) a post inside the viewer's subtree. */
export const PersonNode: NodeType<Person> = {
  name: 'Person',
  load: (loaders, id) => loaders.people.personById.load(id),
  isVisible: (viewer, person) => viewer.scope.personInScope.load(person.databaseId),
};

/** A post is visible when its organization is. */
export const PostNode: NodeType<Post> = {
  name: 'Post',
  load: (loaders, id) => loaders.people.postById.load(id),
  isVisible: (viewer, post) => viewer.scope.organizationInScope.load(post.organizationId),
};
