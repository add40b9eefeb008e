import type { ModuleDescriptor } from '../contract.js';
import { ResourceIndicatorResolver, ResourceIndicatorGroupResolver } from './resource.indicator.resolver.js';
import { createResourceLoaders, type ResourceLoaders } from './resource.loaders.js';
import { ResourceNode, ResourceUseNode } from './resource.node.js';
import { OrganizationResourcesResolver, ResourceResolver, ResourceUseResolver } from './resource.resolver.js';
import { ResourceService } from './resource.service.js';
import { Resource } from './resource.entity.js';
import { ResourceUse } from './resource-use.entity.js';

declare module '../contract.js' {
  interface Services {
    resources: ResourceService;
  }
  interface Loaders {
    resources: ResourceLoaders;
  }
}

/** Resources (the resource list, 资源清单) and their uses: bookings and disbursements through RESOURCE_SHARING links. */
export const resourcesModule: ModuleDescriptor = {
  name: 'resources',
  entities: [Resource, ResourceUse],
  resolvers: [ResourceResolver, ResourceUseResolver, OrganizationResourcesResolver, ResourceIndicatorResolver, ResourceIndicatorGroupResolver],
  services: { resources: (db) => new ResourceService(db) },
  loaders: { resources: createResourceLoaders },
  nodeTypes: [ResourceNode, ResourceUseNode],
};
