/** The public constants of the sample district, re-exported by seeds/generate.ts. */

/** The scale loaded into a fresh database on first start: a small but complete district. */
export const SAMPLE_SCALE = 0.03;
export const DEFAULT_SEED = 20260101;
/** "Today" inside the data: every ended post and link ended before it, nothing starts after it. */
export const REFERENCE_DATE = '2026-01-01';
/** Subdistrict numbers have three digits in the division code, which caps the district size. */
export const MAX_SCALE = 50;
/** The six-digit county part of every division code: an unallocated code, so it names no real place. */
export const COUNTY_CODE = '110199';
