import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../src/modules/import/dataset.js';
import { DEFAULT_SEED, generateDistrict } from '../seeds/generate.js';
import { generateCases } from '../seeds/generate/cases.js';
import { generateResources } from '../seeds/generate/resources.js';
import { generateSocial } from '../seeds/generate/social.js';
import {
  validatedActivities,
  validatedCases,
  validatedCategories,
  validatedDocument,
  validatedMemberReports,
  validatedNeeds,
  validatedParticipations,
  validatedResourceUses,
  validatedResources,
  validatedWhistles,
} from '../seeds/generate/validated.js';

/**
 * `npm run seed` hands the importer the generator's records in their validated form without parsing them
 * (seeds/generate/validated.ts, `importDataset(…, { validated: true })`). That form must be exactly what the
 * import's validation makes of the same records, or the seed would store something else than an import of
 * the generated document: checked here on a year of a twentieth of a district (10,000 cases, 80,000 events) and
 * on a quarter of its resources and social forces, section by section.
 */
const scale = 0.05;
const district = generateDistrict({ scale });

describe("the generator's records in validated form", () => {
  it('are what the import schema makes of the cases, their events, whistles and categories', () => {
    const cases = generateCases(district, { scale, seed: DEFAULT_SEED });
    const parsed = datasetSchema.parse({ serviceCategories: cases.serviceCategories, serviceCases: cases.serviceCases, whistles: cases.whistles });
    const mine = validatedDocument({ serviceCategories: validatedCategories(cases.serviceCategories), serviceCases: validatedCases(cases.serviceCases), whistles: validatedWhistles(cases.whistles) });
    expect(parsed.serviceCases.length).toBeGreaterThan(8_000);
    expect(parsed.serviceCases.some((record) => record.events.some((event) => event.duplicateOfCode !== null))).toBe(true);
    expect(parsed.serviceCases.some((record) => record.events.some((event) => event.whistleCode !== null))).toBe(true);
    expect(mine).toStrictEqual(parsed);
  });

  it('are what the import schema makes of the resources, their uses and the social forces', () => {
    const options = { scale, seed: DEFAULT_SEED, from: '2025-10-01' };
    const resources = generateResources(district, options);
    const social = generateSocial(district, options);
    const parsed = datasetSchema.parse({ ...resources, ...social });
    const mine = validatedDocument({
      resources: validatedResources(resources.resources),
      resourceUses: validatedResourceUses(resources.resourceUses),
      needs: validatedNeeds(social.needs),
      activities: validatedActivities(social.activities),
      participations: validatedParticipations(social.participations),
      memberReports: validatedMemberReports(social.memberReports),
    });
    expect(parsed.participations.length).toBeGreaterThan(2_000);
    expect(parsed.needs.some((need) => need.claimedByPersonCode !== null)).toBe(true);
    expect(mine).toStrictEqual(parsed);
  });
});
