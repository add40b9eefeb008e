import type { ModuleDescriptor } from '../contract.js';
import { PersonTrainingsResolver, TrainingAttendanceResolver, TrainingCourseChangeResolver, TrainingCourseResolver } from './training.resolver.js';
import { TrainingAttendance, TrainingCourse } from './training.entity.js';
import { OrganizationWorkersResolver, PersonWorkerProfileResolver, WorkerProfileResolver } from './worker.resolver.js';
import { WorkerGradeChange, WorkerProfile, WorkerQualification } from './worker-profile.entity.js';
import { WorkforceIndicatorGroupResolver, WorkforceIndicatorResolver } from './workforce.indicator.resolver.js';
import { createWorkforceLoaders, type WorkforceLoaders } from './workforce.loaders.js';
import { TrainingAttendanceNode, TrainingCourseNode, WorkerProfileNode } from './workforce.node.js';
import { WorkforceService } from './workforce.service.js';

declare module '../contract.js' {
  interface Services {
    workforce: WorkforceService;
  }
  interface Loaders {
    workforce: WorkforceLoaders;
  }
}

/** The community workforce (README, "Workforce"): worker profiles with grade and qualification histories, training courses and attendances, and their indicators. */
export const workforceModule: ModuleDescriptor = {
  name: 'workforce',
  entities: [WorkerProfile, WorkerGradeChange, WorkerQualification, TrainingCourse, TrainingAttendance],
  resolvers: [WorkerProfileResolver, OrganizationWorkersResolver, PersonWorkerProfileResolver, TrainingCourseResolver, TrainingCourseChangeResolver, TrainingAttendanceResolver, PersonTrainingsResolver, WorkforceIndicatorResolver, WorkforceIndicatorGroupResolver],
  services: { workforce: (db) => new WorkforceService(db) },
  loaders: { workforce: createWorkforceLoaders },
  nodeTypes: [WorkerProfileNode, TrainingCourseNode, TrainingAttendanceNode],
};
