import type { NodeType } from '../contract.js';
import type { Need } from './need.entity.js';

/** A need is visible when the community it was raised in lies in the viewer's subtree. */
export const NeedNode: NodeType<Need> = {
  name: 'Need',
  load: (loaders, id) => loaders.social.needById.load(id),
  isVisible: (viewer, need) => viewer.scope.organizationInScope.load(need.communityId),
};
