import type { Database } from '../../db/database.js';
import { runAs, type Actor } from '../audit/audit.js';
import { createServices } from '../wiring.js';
import type { ImportOptions, ImportSummary } from './importer.js';

/**
 * Imports a dataset with the process's services, outside a request: the entry point of the CLI, the
 * seed script and the sample district. `actor` names who does it in the audit log. (Nothing inside the
 * modules imports this file: it builds every module's services.)
 */
export function importDataset(db: Database, input: unknown, options: ImportOptions & { actor?: Actor } = {}): Promise<ImportSummary> {
  const { importer } = createServices(db);
  return runAs(options.actor ?? { principal: 'system', operation: 'importDataset' }, () => importer.import(input, options));
}
