// The order of these imports is the order in which TypeGraphQL registers the classes, and so the order of
// the types in schema.graphql: keep it (a new module goes last), or regenerate schema.graphql on purpose.
import { indicatorsModule } from './indicators/index.js';
import { auditModule } from './audit/index.js';
import { apiKeysModule } from './api-keys/index.js';
import { aggregatesModule } from './aggregates/index.js';
import { graphModule } from '../graph/index.js';
import { gridsModule } from './grids/index.js';
import { importModule } from './import/index.js';
import { linksModule } from './links/index.js';
import { nodeModule } from './node/index.js';
import { organizationsModule } from './organizations/index.js';
import { peopleModule } from './people/index.js';
import { casesModule } from './cases/index.js';
import { resourcesModule } from './resources/index.js';
import { socialModule } from './social/index.js';
import { workforceModule } from './workforce/index.js';
import { rotationModule } from './rotation/index.js';
import type { ModuleDescriptor } from './contract.js';

/**
 * Every module of the application, one line each. The schema, the tables, the services, the loaders,
 * `node(id)` and `_entities` are built from this list (README, "Adding an entity"). The order is the
 * order of the types in schema.graphql.
 */
export const MODULES: readonly ModuleDescriptor[] = [
  organizationsModule,
  linksModule,
  peopleModule,
  gridsModule,
  nodeModule,
  importModule,
  auditModule,
  apiKeysModule,
  aggregatesModule,
  graphModule,
  indicatorsModule,
  casesModule,
  resourcesModule,
  socialModule,
  workforceModule,
  rotationModule,
];
