import type { Database } from '../src/db/database.js';
import type { DatasetInput } from '../src/modules/import/dataset.js';
import { importDataset } from '../src/modules/import/import-dataset.js';
import type { ImportSummary } from '../src/modules/import/importer.js';
import { generateCases } from './generate/cases.js';
import { validatedCases, validatedCategories, validatedDocument, validatedWhistles } from './generate/validated.js';

type Counts = { created: number; updated: number; unchanged: number };
export type CaseTotals = Record<'serviceCategories' | 'serviceCases' | 'whistles', Counts>;

const number = new Intl.NumberFormat('en-US');
const seconds = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(1)} s`;

/**
 * Generates a year of service cases for `district` and imports them month by month, one import (one
 * transaction) each, so that progress shows and each document stays small; on PostgreSQL the case tables
 * are analyzed between months (without fresh statistics it plans the next month's lookups by code as if
 * the tables were empty, and each month took longer than the one before). `npm run seed` and the
 * benchmark load cases this way.
 */
export async function loadCases(db: Database, district: DatasetInput, options: { scale: number; seed: number; onProgress?: (message: string) => void; actor: { principal: string; operation: string } }): Promise<CaseTotals> {
  const say = options.onProgress ?? (() => undefined);
  const generating = performance.now();
  const cases = generateCases(district, { scale: options.scale, seed: options.seed });
  const eventCount = cases.serviceCases.reduce((sum, record) => sum + 1 + (record.events?.length ?? 0), 0);
  say(`generated ${number.format(cases.serviceCases.length)} service cases with ${number.format(eventCount)} events and ${number.format(cases.whistles.length)} whistles in ${seconds(performance.now() - generating)}`);
  const months = new Map<string, typeof cases.serviceCases>();
  for (const record of cases.serviceCases) {
    const month = record.receivedAt.slice(0, 7);
    const list = months.get(month) ?? [];
    list.push(record);
    months.set(month, list);
  }
  const whistlesOf = new Map(cases.whistles.map((whistle) => [whistle.caseCodes[0], whistle]));
  const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });
  const totals: CaseTotals = { serviceCategories: zero(), serviceCases: zero(), whistles: zero() };
  let first = true;
  for (const [month, records] of months) {
    const importing = performance.now();
    const whistles = records.flatMap((record) => (whistlesOf.has(record.code) ? [whistlesOf.get(record.code)!] : []));
    // In the validated form (seeds/generate/validated.ts): the generator's records are not parsed again.
    const document = validatedDocument({ serviceCategories: first ? validatedCategories(cases.serviceCategories) : [], serviceCases: validatedCases(records), whistles: validatedWhistles(whistles) });
    const part: ImportSummary = await importDataset(db, document, { actor: options.actor, validated: true });
    if (first) totals.serviceCategories = part.serviceCategories;
    first = false;
    for (const section of ['serviceCases', 'whistles'] as const) for (const key of ['created', 'updated', 'unchanged'] as const) totals[section][key] += part[section][key];
    if (db.dialect === 'postgres') await db.manager.query('ANALYZE service_cases, case_events, whistles, whistle_summons');
    const events = records.reduce((sum, record) => sum + 1 + (record.events?.length ?? 0), 0);
    say(`cases received in ${month}: ${number.format(records.length)} cases, ${number.format(events)} events, ${whistles.length} whistles imported in ${seconds(performance.now() - importing)}`);
  }
  return totals;
}
