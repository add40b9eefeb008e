import type { ModuleDescriptor } from '../contract.js';
import { linkAggregate } from './link.aggregate.js';
import { Link } from './link.entity.js';
import { createLinkLoaders, type LinkLoaders } from './link.loaders.js';
import { LinkNode } from './link.node.js';
import { LinkResolver } from './link.resolver.js';
import { LinkService } from './link.service.js';

declare module '../contract.js' {
  interface Services {
    links: LinkService;
  }
  interface Loaders {
    links: LinkLoaders;
  }
}

/** Horizontal links between organizations, CROSS_APPOINTMENT derived from posts. */
export const linksModule: ModuleDescriptor = {
  name: 'links',
  entities: [Link],
  resolvers: [LinkResolver],
  services: { links: (db) => new LinkService(db) },
  loaders: { links: createLinkLoaders },
  nodeTypes: [LinkNode],
  aggregates: { links: linkAggregate },
};
