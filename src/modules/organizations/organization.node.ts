import type { NodeType } from '../contract.js';
import type { Organization } from './organization.entity.js';

/** An organization is visible inside the viewer's subtree; `code` is its second federation key. */
export const OrganizationNode: NodeType<Organization> = {
  name: 'Organization',
  load: (loaders, id) => loaders.organizations.byId.load(id),
  isVisible: (viewer, organization) => viewer.scope.organizationInScope.load(organization.databaseId),
  keys: { code: (loaders, code) => loaders.organizations.byCode.load(code) },
};
