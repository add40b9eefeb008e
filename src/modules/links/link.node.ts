import type { NodeType } from '../contract.js';
import type { Link } from './link.entity.js';

/** A link is visible when at least one of its ends is inside the viewer's subtree. */
export const LinkNode: NodeType<Link> = {
  name: 'Link',
  load: (loaders, id) => loaders.links.byId.load(id),
  async isVisible(viewer, link) {
    const [source, target] = await Promise.all([viewer.scope.organizationInScope.load(link.sourceId), viewer.scope.organizationInScope.load(link.targetId)]);
    return source || target;
  },
};
