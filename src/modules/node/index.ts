import type { ModuleDescriptor } from '../contract.js';
import { NodeResolver } from './node.resolver.js';

/** `node(id)`: any entity of any module by its global id. */
export const nodeModule: ModuleDescriptor = {
  name: 'node',
  resolvers: [NodeResolver],
};
