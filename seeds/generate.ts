import type { DatasetInput } from '../src/modules/import/dataset.js';
import { generateCases } from './generate/cases.js';
import { buildChain } from './generate/chain.js';
import { DEFAULT_SEED, MAX_SCALE, SAMPLE_SCALE } from './generate/constants.js';
import { buildLinks } from './generate/links.js';
import { outputDataset } from './generate/output.js';
import { buildOutsideOrganizations } from './generate/outside.js';
import { generateResources } from './generate/resources.js';
import { generateSocial } from './generate/social.js';
import { appointPeople } from './generate/posts.js';
import { rotateCommitteePosts } from './generate/rotation.js';
import { DistrictState } from './generate/state.js';
import { generateWorkforce } from './generate/workforce.js';

/**
 * The deterministic sample district: a district Party committee with its subdistricts, communities,
 * grids and building cells, the organisations around that chain, the people holding posts in all of
 * them (with rotation history and cross-appointments) and the horizontal links between them.
 * Same scale and seed, same output, byte for byte: nothing here reads the clock or Math.random.
 *
 * The phases live in seeds/generate/, one file each, and run in this order on one DistrictState (the
 * shared random stream makes the order part of the output; test/seeds.test.ts pins it by hash).
 */

export { generateWorkforce } from './generate/workforce.js';
export { COUNTY_CODE, DEFAULT_SEED, MAX_SCALE, REFERENCE_DATE, SAMPLE_SCALE } from './generate/constants.js';

export interface GenerateDistrictOptions {
  /** 1 is a full district (about 12 subdistricts, 150 communities, 2,000 grids); counts scale linearly. */
  scale: number;
  seed?: number;
}

/**
 * Generates the sample district at `scale` (1 = a full district). Pure and deterministic: the same
 * scale and seed give an identical dataset. Small scales are clamped to a complete district (at least
 * three subdistricts with two communities each, every organisation and link kind present).
 */
export function generateDistrict(options: GenerateDistrictOptions): DatasetInput {
  const { scale } = options;
  const seed = options.seed ?? DEFAULT_SEED;
  if (typeof scale !== 'number' || !Number.isFinite(scale) || scale <= 0) throw new RangeError(`scale must be a positive number; got ${String(scale)}`);
  if (scale > MAX_SCALE) throw new RangeError(`scale must be at most ${MAX_SCALE}; got ${scale}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer; got ${String(seed)}`);
  const state = new DistrictState(scale, seed);
  buildChain(state);
  buildOutsideOrganizations(state);
  appointPeople(state);
  buildLinks(state);
  rotateCommitteePosts(state, seed);
  return outputDataset(state);
}

/** The sample's resources and social forces cover its last quarter (their uses, needs and activities), so that it stays small. */
export const SAMPLE_SOCIAL_FROM = '2025-10-01';

/**
 * The sample loaded into an empty database on first start (SEED_ON_START): the district at SAMPLE_SCALE
 * with a year of its service cases (a few thousand, every kind of event, whistles with their reports), its
 * resources with the last quarter's uses (every status), its social forces over the same quarter (needs
 * in every state, activities with their partners and participations, member reports) and its community
 * workforce (a few dozen workers with their grade and qualification histories, a year of trainings).
 * The golden answers of operations/ are computed on the same data.
 */
export function generateSample(): DatasetInput {
  const district = generateDistrict({ scale: SAMPLE_SCALE });
  const quarter = { scale: SAMPLE_SCALE, seed: DEFAULT_SEED, from: SAMPLE_SOCIAL_FROM };
  return {
    ...district,
    ...generateCases(district, { scale: SAMPLE_SCALE, seed: DEFAULT_SEED }),
    ...generateResources(district, quarter),
    ...generateSocial(district, quarter),
    ...generateWorkforce(district, { scale: SAMPLE_SCALE, seed: DEFAULT_SEED }),
  };
}
