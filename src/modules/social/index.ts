import type { ModuleDescriptor } from '../contract.js';
import { Need } from './need.entity.js';
import { NeedResolver } from './need.resolver.js';
import { createSocialLoaders, type SocialLoaders } from './social.loaders.js';
import { NeedNode } from './social.node.js';
import { SocialService } from './social.service.js';

declare module '../contract.js' {
  interface Services {
    social: SocialService;
  }
  interface Loaders {
    social: SocialLoaders;
  }
}

/** The social forces (README, "Social forces"): the needs list (需求清单), claimed and fulfilled. */
export const socialModule: ModuleDescriptor = {
  name: 'social',
  entities: [Need],
  resolvers: [NeedResolver],
  services: { social: (db) => new SocialService(db) },
  loaders: { social: createSocialLoaders },
  nodeTypes: [NeedNode],
};
