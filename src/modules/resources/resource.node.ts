import type { Viewer } from '../../auth/viewer.js';
import type { Context, NodeType } from '../contract.js';
import type { Resource } from './resource.entity.js';
import type { ResourceUse } from './resource-use.entity.js';

/**
 * Jurisdiction of a resource: a scoped credential sees the resources owned in its subtree, and those shared
 * into it (the owner has a RESOURCE_SHARING link in force today to an organization of the subtree). The
 * second check needs this module's batched loader, which the request's context (the viewer every caller
 * passes) carries.
 */
export async function isResourceVisible(viewer: Viewer, resource: Resource): Promise<boolean> {
  if (viewer.scope.rootId === null) return true;
  if (await viewer.scope.organizationInScope.load(resource.ownerId)) return true;
  const loaders = (viewer as Partial<Context>).loaders;
  return loaders ? loaders.resources.sharesIntoScope.load(resource.ownerId) : false;
}

/** Jurisdiction of a use: the uses by the scope's organizations, and the uses of resources they own. */
export async function isUseVisible(viewer: Viewer, use: ResourceUse, resource: Resource | null): Promise<boolean> {
  if (viewer.scope.rootId === null) return true;
  const [user, owner] = await Promise.all([viewer.scope.organizationInScope.load(use.userId), resource ? viewer.scope.organizationInScope.load(resource.ownerId) : Promise.resolve(false)]);
  return user || owner;
}

export const ResourceNode: NodeType<Resource> = {
  name: 'Resource',
  load: (loaders, id) => loaders.resources.resourceById.load(id),
  isVisible: isResourceVisible,
  keys: { code: (loaders, code) => loaders.resources.resourceByCode.load(code) },
};

export const ResourceUseNode: NodeType<ResourceUse> = {
  name: 'ResourceUse',
  load: (loaders, id) => loaders.resources.useById.load(id),
  async isVisible(viewer, use) {
    if (viewer.scope.rootId === null) return true;
    const loaders = (viewer as Partial<Context>).loaders;
    const resource = loaders ? await loaders.resources.resourceById.load(use.resourceId) : null;
    return isUseVisible(viewer, use, resource);
  },
};
