import type { ModuleDescriptor } from '../contract.js';
import { Activity, ActivityPartner } from './activity.entity.js';
import { ActivityResolver, MemberReportResolver, OrganizationActivitiesResolver, ParticipationResolver, PersonParticipationsResolver } from './activity.resolver.js';
import { MemberReport } from './member-report.entity.js';
import { Need } from './need.entity.js';
import { Participation } from './participation.entity.js';
import { NeedResolver } from './need.resolver.js';
import { SocialIndicatorGroupResolver, SocialIndicatorResolver } from './social.indicator.resolver.js';
import { createSocialLoaders, type SocialLoaders } from './social.loaders.js';
import { ActivityNode, MemberReportNode, NeedNode, ParticipationNode } from './social.node.js';
import { SocialService } from './social.service.js';

declare module '../contract.js' {
  interface Services {
    social: SocialService;
  }
  interface Loaders {
    social: SocialLoaders;
  }
}

/** The social forces (README, "Social forces"): the needs list (需求清单), activities and who served in them, Party members' individual double reporting. */
export const socialModule: ModuleDescriptor = {
  name: 'social',
  entities: [Need, Activity, ActivityPartner, Participation, MemberReport],
  resolvers: [NeedResolver, ActivityResolver, ParticipationResolver, MemberReportResolver, OrganizationActivitiesResolver, PersonParticipationsResolver, SocialIndicatorResolver, SocialIndicatorGroupResolver],
  services: { social: (db) => new SocialService(db) },
  loaders: { social: createSocialLoaders },
  nodeTypes: [NeedNode, ActivityNode, ParticipationNode, MemberReportNode],
};
