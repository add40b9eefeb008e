import type { ModuleDescriptor } from '../contract.js';
import { AggregateResolver } from './aggregate.resolver.js';
import { AggregateService } from './aggregate.service.js';

declare module '../contract.js' {
  interface Services {
    aggregates: AggregateService;
  }
}

/** Counts in groups for dashboards: organizationsAggregate, linksAggregate, postsAggregate. */
export const aggregatesModule: ModuleDescriptor = {
  name: 'aggregates',
  resolvers: [AggregateResolver],
  services: { aggregates: (db) => new AggregateService(db) },
};
