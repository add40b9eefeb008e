import type { ModuleDescriptor } from '../contract.js';
import { createRotationLoaders, type RotationLoaders } from './rotation.loaders.js';
import { OrganizationSeatsResolver, PostTransitionResolver, RotationIndicatorGroupResolver, RotationIndicatorsResolver, RotationResolver, VacancyResolver } from './rotation.resolver.js';
import { RotationService } from './rotation.service.js';

declare module '../contract.js' {
  interface Services {
    rotation: RotationService;
  }
  interface Loaders {
    rotation: RotationLoaders;
  }
}

/** Rotation and vacancy of the two committees' posts: derived transitions, vacant seats and their indicators. No tables of its own (posts' end reasons and committees' seats live in theirs). */
export const rotationModule: ModuleDescriptor = {
  name: 'rotation',
  resolvers: [RotationResolver, PostTransitionResolver, VacancyResolver, RotationIndicatorsResolver, RotationIndicatorGroupResolver, OrganizationSeatsResolver],
  services: { rotation: (db) => new RotationService(db) },
  loaders: { rotation: createRotationLoaders },
};
