import type { Actor, Database } from '../../db/database.js';
import { createServices } from '../wiring.js';
import type { ImportOptions, ImportSummary } from './importer.js';

/**
 * Imports a dataset with services of its own, outside a request: the entry point of the CLI, the seed
 * script and the sample district. `actor` names who does it in the audit log. (Nothing inside the
 * modules imports this file: it builds every module's services.)
 */
export function importDataset(db: Database, input: unknown, options: ImportOptions & { actor?: Actor } = {}): Promise<ImportSummary> {
  const { importer } = createServices(db.as(options.actor ?? { principal: 'system', operation: 'importDataset' }));
  return importer.import(input, options);
}
