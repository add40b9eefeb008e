import type { Viewer } from '../../auth/viewer.js';
import type { NodeType } from '../contract.js';
import type { ServiceCase } from './service-case.entity.js';
import type { ServiceCategory } from './service-category.entity.js';
import type { Whistle } from './whistle.entity.js';

/** Jurisdiction of a case: a scoped credential sees the cases of its subtree (by community) and those its organizations handle now. */
export async function isCaseVisible(viewer: Viewer, serviceCase: ServiceCase): Promise<boolean> {
  if (viewer.scope.rootId === null) return true;
  const [community, handler] = await Promise.all([viewer.scope.organizationInScope.load(serviceCase.communityId), viewer.scope.organizationInScope.load(serviceCase.currentHandlerId)]);
  return community || handler;
}

export const ServiceCaseNode: NodeType<ServiceCase> = {
  name: 'ServiceCase',
  load: (loaders, id) => loaders.cases.caseById.load(id),
  isVisible: isCaseVisible,
  keys: { code: (loaders, code) => loaders.cases.caseByCode.load(code) },
};

/** The category catalogue is public to every credential: it says nothing about anyone. */
export const ServiceCategoryNode: NodeType<ServiceCategory> = {
  name: 'ServiceCategory',
  load: (loaders, id) => loaders.cases.categoryById.load(id),
  isVisible: async () => true,
  keys: { code: (loaders, code) => loaders.cases.categoryByCode.load(code) },
};

/** A whistle is visible when its caller is inside the viewer's subtree. */
export const WhistleNode: NodeType<Whistle> = {
  name: 'Whistle',
  load: (loaders, id) => loaders.cases.whistleById.load(id),
  isVisible: (viewer, whistle) => viewer.scope.organizationInScope.load(whistle.callerId),
  keys: { code: (loaders, code) => loaders.cases.whistleByCode.load(code) },
};
