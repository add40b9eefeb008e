import type { ModuleDescriptor } from '../contract.js';
import { organizationAggregate } from './organization.aggregate.js';
import { OrganizationClosure } from './organization-closure.entity.js';
import { OrganizationMembership } from './organization-membership.entity.js';
import { Organization } from './organization.entity.js';
import { createOrganizationLoaders, type OrganizationLoaders } from './organization.loaders.js';
import { OrganizationNode } from './organization.node.js';
import { OrganizationResolver } from './organization.resolver.js';
import { OrganizationService } from './organization.service.js';

declare module '../contract.js' {
  interface Services {
    organizations: OrganizationService;
  }
  interface Loaders {
    organizations: OrganizationLoaders;
  }
}

/** The vertical chain: organizations, their closure rows and the history of their places in it. */
export const organizationsModule: ModuleDescriptor = {
  name: 'organizations',
  entities: [Organization, OrganizationClosure, OrganizationMembership],
  resolvers: [OrganizationResolver],
  services: { organizations: (db) => new OrganizationService(db) },
  loaders: { organizations: createOrganizationLoaders },
  nodeTypes: [OrganizationNode],
  aggregates: { organizations: organizationAggregate },
};
