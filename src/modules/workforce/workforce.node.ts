import type { Viewer } from '../../auth/viewer.js';
import type { Context, NodeType } from '../contract.js';
import type { TrainingAttendance, TrainingCourse } from './training.entity.js';
import type { WorkerProfile } from './worker-profile.entity.js';

/** A worker profile is visible when its assigned community or its employer lies in the viewer's subtree. */
export async function isProfileVisible(viewer: Viewer, profile: WorkerProfile): Promise<boolean> {
  if (viewer.scope.rootId === null) return true;
  const [community, employer] = await Promise.all([viewer.scope.organizationInScope.load(profile.communityId), viewer.scope.organizationInScope.load(profile.employerId)]);
  return community || employer;
}

export const WorkerProfileNode: NodeType<WorkerProfile> = {
  name: 'WorkerProfile',
  load: (loaders, id) => loaders.workforce.profileById.load(id),
  isVisible: isProfileVisible,
  keys: { code: (loaders, code) => loaders.workforce.profileByCode.load(code) },
};

/**
 * A course is visible when one of the viewer's organizations provides it or one of its workers attends it.
 * The second needs this module's batched loader, which the request's context (every caller's viewer) carries.
 */
export const TrainingCourseNode: NodeType<TrainingCourse> = {
  name: 'TrainingCourse',
  load: (loaders, id) => loaders.workforce.courseById.load(id),
  async isVisible(viewer, course) {
    if (viewer.scope.rootId === null) return true;
    if (await viewer.scope.organizationInScope.load(course.providerId)) return true;
    const loaders = (viewer as Partial<Context>).loaders;
    return loaders ? loaders.workforce.courseInScope.load(course.databaseId) : false;
  },
  keys: { code: (loaders, code) => loaders.workforce.courseByCode.load(code) },
};

/** An attendance is visible when it is by one of the viewer's workers or at a course one of its organizations provides. */
export const TrainingAttendanceNode: NodeType<TrainingAttendance> = {
  name: 'TrainingAttendance',
  load: (loaders, id) => loaders.workforce.attendanceById.load(id),
  async isVisible(viewer, attendance) {
    if (viewer.scope.rootId === null) return true;
    const loaders = (viewer as Partial<Context>).loaders;
    return loaders ? loaders.workforce.attendanceInScope.load(attendance.databaseId) : false;
  },
};
