import type { ModuleDescriptor } from '../contract.js';
import { createPeopleLoaders, type PeopleLoaders } from './people.loaders.js';
import { PersonNode, PostNode } from './people.node.js';
import { postAggregate } from './post.aggregate.js';
import { PeopleService } from './people.service.js';
import { Person } from './person.entity.js';
import { PersonResolver } from './person.resolver.js';
import { Post } from './post.entity.js';
import { PostResolver } from './post.resolver.js';

declare module '../contract.js' {
  interface Services {
    people: PeopleService;
  }
  interface Loaders {
    people: PeopleLoaders;
  }
}

/** People and the posts they hold over time. */
export const peopleModule: ModuleDescriptor = {
  name: 'people',
  entities: [Person, Post],
  resolvers: [PersonResolver, PostResolver],
  services: { people: (db, services) => new PeopleService(db, services.links) },
  // A person's posts outside the caller's jurisdiction are not listed.
  loaders: { people: createPeopleLoaders },
  nodeTypes: [PersonNode, PostNode],
  aggregates: { posts: postAggregate },
};
