import type { ModuleDescriptor } from '../contract.js';
import { CaseEvent } from './case-event.entity.js';
import { GridCasesResolver, OrganizationCasesResolver, ServiceCategoryResolver } from './case-links.resolver.js';
import { createCaseLoaders, type CaseLoaders } from './case.loaders.js';
import { ServiceCaseNode, ServiceCategoryNode, WhistleNode } from './case.node.js';
import { CaseGroupKeyResolver, CaseIndicatorGroupResolver, CaseIndicatorResolver, CaseReturnPathResolver, CaseSlaBreachesResolver, CaseSummonedUnitResolver } from './case.indicator.resolver.js';
import { CaseIndicatorService } from './case.indicators.js';
import { CaseEligibilityResolver, CaseEventResolver, CasePathStepResolver, ServiceCaseResolver } from './case.resolver.js';
import { CaseService } from './case.service.js';
import { CaseSubscriptionResolver } from './case.subscription.js';
import { ServiceCase } from './service-case.entity.js';
import { ServiceCategory } from './service-category.entity.js';
import { Whistle, WhistleCase, WhistleSummons } from './whistle.entity.js';
import { WhistleResolver, WhistleSummonsResolver } from './whistle.resolver.js';

declare module '../contract.js' {
  interface Services {
    cases: CaseService;
    caseIndicators: CaseIndicatorService;
  }
  interface Loaders {
    cases: CaseLoaders;
  }
}

/** Service cases (接诉即办): categories, cases and their append-only events, whistles and their summons. */
export const casesModule: ModuleDescriptor = {
  name: 'cases',
  entities: [ServiceCategory, ServiceCase, CaseEvent, Whistle, WhistleCase, WhistleSummons],
  resolvers: [ServiceCategoryResolver, ServiceCaseResolver, CaseEventResolver, CaseEligibilityResolver, CasePathStepResolver, WhistleResolver, WhistleSummonsResolver, OrganizationCasesResolver, GridCasesResolver, CaseSubscriptionResolver,
    CaseIndicatorResolver, CaseIndicatorGroupResolver, CaseSlaBreachesResolver, CaseReturnPathResolver, CaseSummonedUnitResolver, CaseGroupKeyResolver],
  services: { cases: (db) => new CaseService(db), caseIndicators: (db) => new CaseIndicatorService(db) },
  loaders: { cases: createCaseLoaders },
  nodeTypes: [ServiceCategoryNode, ServiceCaseNode, WhistleNode],
};
