import type { ModuleDescriptor } from '../contract.js';
import { BrokerResolver, GridLoadResolver, IndicatorResolver, IndicatorTrendResolver } from './indicator.resolver.js';

/** Governance indicators as of a date, and their trends. */
export const indicatorsModule: ModuleDescriptor = {
  name: 'indicators',
  resolvers: [IndicatorResolver, GridLoadResolver, BrokerResolver, IndicatorTrendResolver],
};
