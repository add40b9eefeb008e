import { BadUserInputError } from '../../errors/index.js';

/** What an import did to one section of the document (one kind of record). */
export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Nothing done yet. */
export function noImportCounts(): ImportCounts {
  return { created: 0, updated: 0, unchanged: 0 };
}

/** The error that refuses a whole import for one record of a section, naming both: nothing was changed. */
export function refuseRecord(section: string, code: string, problem: string): BadUserInputError {
  return new BadUserInputError(`Import refused, nothing was changed: ${section} record ${code}: ${problem}.`, { record: code, field: section });
}
