import type { Database } from '../src/db/database.js';
import type { DatasetInput } from '../src/modules/import/dataset.js';
import { importDataset } from '../src/modules/import/import-dataset.js';
import type { ImportSummary } from '../src/modules/import/importer.js';
import { generateResources } from './generate/resources.js';
import { generateSocial } from './generate/social.js';
import { validatedActivities, validatedDocument, validatedMemberReports, validatedNeeds, validatedParticipations, validatedResourceUses, validatedResources } from './generate/validated.js';

type Counts = { created: number; updated: number; unchanged: number };
export type SocialTotals = Pick<ImportSummary, 'resources' | 'resourceUses' | 'needs' | 'activities' | 'participations' | 'memberReports'>;
export const SOCIAL_SECTIONS = ['resources', 'resourceUses', 'needs', 'activities', 'participations', 'memberReports'] as const;

const number = new Intl.NumberFormat('en-US');
const seconds = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(1)} s`;

/**
 * Generates the district's resources with a year of their uses, and its social forces (member reports,
 * needs, activities, participations), and imports them in two imports (two transactions): the resources
 * and their uses, then the rest, with a line of progress for each step. `npm run seed` loads them this way,
 * after the district and its cases.
 */
export async function loadSocial(db: Database, district: DatasetInput, options: { scale: number; seed: number; onProgress?: (message: string) => void; actor: { principal: string; operation: string } }): Promise<SocialTotals> {
  const say = options.onProgress ?? (() => undefined);
  let started = performance.now();
  const resources = generateResources(district, { scale: options.scale, seed: options.seed });
  say(`generated ${number.format(resources.resources.length)} resources with ${number.format(resources.resourceUses.length)} uses in ${seconds(performance.now() - started)}`);
  started = performance.now();
  // In the validated form (seeds/generate/validated.ts): the generator's records are not parsed again.
  const first = await importDataset(db, validatedDocument({ resources: validatedResources(resources.resources), resourceUses: validatedResourceUses(resources.resourceUses) }), {
    actor: options.actor,
    validated: true,
    onProgress: (message) => say(`  ${message}`),
  });
  say(`resources and uses imported in ${seconds(performance.now() - started)}`);
  started = performance.now();
  const social = generateSocial(district, { scale: options.scale, seed: options.seed });
  say(
    `generated ${number.format(social.memberReports.length)} member reports, ${number.format(social.needs.length)} needs, ${number.format(social.activities.length)} activities ` +
      `and ${number.format(social.participations.length)} participations in ${seconds(performance.now() - started)}`,
  );
  started = performance.now();
  const document = validatedDocument({
    needs: validatedNeeds(social.needs),
    activities: validatedActivities(social.activities),
    participations: validatedParticipations(social.participations),
    memberReports: validatedMemberReports(social.memberReports),
  });
  const second = await importDataset(db, document, { actor: options.actor, validated: true, onProgress: (message) => say(`  ${message}`) });
  say(`social forces imported in ${seconds(performance.now() - started)}`);
  // What autovacuum does on a server that has it on (the test server has it off): the visibility map lets socialIndicators'
  // index-only scans skip the rows (without it, 528,000 heap fetches at scale 1 for the volunteer hours of a year), and the
  // chain's statistics give the planner the links' and the closure's sizes (without them it probed the closure 380,000 times
  // for a district's links, 2.4 s instead of 0.35 s). Outside a transaction, as VACUUM must be.
  if (db.dialect === 'postgres') {
    await db.manager.query(
      'VACUUM (ANALYZE) resources, resource_uses, needs, activities, activity_partners, participations, member_reports, links, organizations, organization_closure, grids',
    );
  }
  const pick = (summary: ImportSummary, section: (typeof SOCIAL_SECTIONS)[number]): Counts => summary[section];
  return {
    resources: pick(first, 'resources'),
    resourceUses: pick(first, 'resourceUses'),
    needs: pick(second, 'needs'),
    activities: pick(second, 'activities'),
    participations: pick(second, 'participations'),
    memberReports: pick(second, 'memberReports'),
  };
}
