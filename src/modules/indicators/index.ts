import type { ModuleDescriptor } from '../contract.js';
import { BrokerResolver, GridLoadResolver, IndicatorResolver, IndicatorTrendResolver } from './indicator.resolver.js';
import { IndicatorService } from './indicator.service.js';

declare module '../contract.js' {
  interface Services {
    indicators: IndicatorService;
  }
}

/** Governance indicators as of a date, and their trends. */
export const indicatorsModule: ModuleDescriptor = {
  name: 'indicators',
  resolvers: [IndicatorResolver, GridLoadResolver, BrokerResolver, IndicatorTrendResolver],
  services: { indicators: (db) => new IndicatorService(db) },
};
