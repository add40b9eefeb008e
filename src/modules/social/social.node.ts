import type { Viewer } from '../../auth/viewer.js';
import type { Context, NodeType } from '../contract.js';
import type { Activity } from './activity.entity.js';
import type { MemberReport } from './member-report.entity.js';
import type { Need } from './need.entity.js';
import type { Participation } from './participation.entity.js';

/** A need is visible when the community it was raised in lies in the viewer's subtree. */
export const NeedNode: NodeType<Need> = {
  name: 'Need',
  load: (loaders, id) => loaders.social.needById.load(id),
  isVisible: (viewer, need) => viewer.scope.organizationInScope.load(need.communityId),
};

/** An activity is visible when it took place in one of the viewer's communities or was organised by one of its organizations. */
export async function isActivityVisible(viewer: Viewer, activity: Activity): Promise<boolean> {
  if (viewer.scope.rootId === null) return true;
  const [community, organiser] = await Promise.all([viewer.scope.organizationInScope.load(activity.communityId), viewer.scope.organizationInScope.load(activity.organiserId)]);
  return community || organiser;
}

export const ActivityNode: NodeType<Activity> = {
  name: 'Activity',
  load: (loaders, id) => loaders.social.activityById.load(id),
  isVisible: isActivityVisible,
  keys: { code: (loaders, code) => loaders.social.activityByCode.load(code) },
};

/** A participation is visible when its activity is, or when it counts for or was verified by one of the viewer's organizations. */
export const ParticipationNode: NodeType<Participation> = {
  name: 'Participation',
  load: (loaders, id) => loaders.social.participationById.load(id),
  async isVisible(viewer, participation) {
    if (viewer.scope.rootId === null) return true;
    const ids = [participation.onBehalfOfId, participation.verifiedById].filter((id): id is number => id !== null);
    if ((await Promise.all(ids.map((id) => viewer.scope.organizationInScope.load(id)))).some(Boolean)) return true;
    const loaders = (viewer as Partial<Context>).loaders;
    const activity = loaders ? await loaders.social.activityById.load(participation.activityId) : null;
    return activity ? isActivityVisible(viewer, activity) : false;
  },
};

/** A member report is visible when its community or the member's home unit lies in the viewer's subtree. */
export const MemberReportNode: NodeType<MemberReport> = {
  name: 'MemberReport',
  load: (loaders, id) => loaders.social.memberReportById.load(id),
  async isVisible(viewer, report) {
    if (viewer.scope.rootId === null) return true;
    const [community, home] = await Promise.all([viewer.scope.organizationInScope.load(report.communityId), viewer.scope.organizationInScope.load(report.homeUnitId)]);
    return community || home;
  },
};
