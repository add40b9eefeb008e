import type { ModuleDescriptor } from '../contract.js';
import { AggregateResolver } from './aggregate.resolver.js';

/** Counts in groups for dashboards: organizationsAggregate, linksAggregate, postsAggregate. */
export const aggregatesModule: ModuleDescriptor = {
  name: 'aggregates',
  resolvers: [AggregateResolver],
};
