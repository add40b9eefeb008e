import type { ModuleDescriptor } from '../contract.js';
import { ImportResolver } from './import.resolver.js';
import { Importer } from './importer.js';

declare module '../contract.js' {
  interface Services {
    importer: Importer;
  }
}

/** Datasets in and out by code: the importDataset mutation (the CLI and the seeds use the Importer too). */
export const importModule: ModuleDescriptor = {
  name: 'import',
  resolvers: [ImportResolver],
  services: { importer: (db, services) => new Importer(db, services.organizations, services.grids, services.people, services.links, services.cases) },
};
