import type { DatasetInput } from '../../src/modules/import/dataset.js';
import type { GridFunction } from '../../src/modules/grids/grid.entity.js';
import { OrganizationKind } from '../../src/modules/organizations/organization.kinds.js';
import { PostRole } from '../../src/modules/people/post.kinds.js';
import { dayOf, type Day } from '../random.js';
import { REFERENCE_DATE } from './constants.js';

/** The generator's working picture of the district, shared by its phases, and the helpers they all use. */

export type OrganizationRow = NonNullable<DatasetInput['organizations']>[number];
export type GridRow = NonNullable<DatasetInput['grids']>[number];
export type PostRow = NonNullable<DatasetInput['posts']>[number];
export type LinkRow = NonNullable<DatasetInput['links']>[number];

export interface Person {
  code: string;
  name: string;
  phone: string | null;
  partyMember: boolean;
  /** Start of the person's earliest post so far: someone moving into a post left an earlier one first. */
  firstStart: Day;
}

export interface Org {
  code: string;
  name: string;
  kind: OrganizationKind;
  parent: Org | null;
  founded: Day;
  archived: Day | null;
  households: number | null;
  address: string | null;
  /** Established seats of a committee, set by the rotation phase (seeds/generate/rotation.ts). */
  seats?: number;
  /** Where the organisation is located, for links with the chain around it. */
  community: Community | null;
  /** For a unit of a whole subdistrict or the district with no community: that subdistrict's or the district's committee. */
  area: Org | null;
  hasChildren: boolean;
  /** The Party organisation present in it, if any. */
  partyOrganization: Org | null;
  /** Its head, once appointed: Party secretaries of embedded organisations are often the boss. */
  head: Person | null;
}

export interface Subdistrict {
  number: number;
  name: string;
  code: string;
  committee: Org;
  serviceCentre: Org;
  roads: string[];
  communities: Community[];
  /** Dates of the community "two committees" elections of 2015, 2018 and 2021. */
  elections: [Day, Day, Day];
  office: Org | null;
  socialWorkStation: Org | null;
  federation: Org | null;
}

export interface Estate {
  name: string;
  road: string;
  households: number;
  grid: GridUnit;
  old: boolean;
}

export interface GridUnit {
  number: number;
  code: string;
  name: string;
  branch: Org;
  cells: Org[];
  households: number;
  population: number;
  buildings: number;
  functions: GridFunction[];
  estates: Estate[];
  branchCommittee: Person[];
  gridWorkers: number;
}

export interface Community {
  name: string;
  code: string;
  subdistrict: Subdistrict;
  committee: Org;
  residentsCommittee: Org;
  serviceCentre: Org;
  roads: string[];
  grids: GridUnit[];
  selfManagement: Org[];
  volunteerTeams: Org[];
  /** Organisations outside the chain located in the community. */
  units: Org[];
  households: number;
  population: number;
  /** Current community cadres (two-committee members) and community workers, for concurrent posts. */
  cadres: Person[];
  workers: Person[];
  /** Current cell leaders and building heads, who also volunteer and work part-time in the grid. */
  residents: Person[];
}

export const K = OrganizationKind;
export const R = PostRole;
export const TODAY = dayOf(REFERENCE_DATE);
export const LAST_DAY = TODAY - 1;
export const POSTS_FROM = dayOf('2015-01-01');
export const LATEST_START = dayOf('2025-10-31');
export const PARTY_ROLES: ReadonlySet<PostRole> = new Set([R.SECRETARY, R.DEPUTY_SECRETARY, R.COMMITTEE_MEMBER]);

const dayCache = new Map<string, Day>();
export const d = (isoDate: string): Day => {
  let day = dayCache.get(isoDate);
  if (day === undefined) dayCache.set(isoDate, (day = dayOf(isoDate)));
  return day;
};
export const pad = (value: number, width: number): string => String(value).padStart(width, '0');

export interface FillOptions {
  start: Day;
  /** Chance that the post had an earlier holder, then one before that, and so on (most recent first). */
  history?: readonly number[];
  /** Fixed start dates of the earlier holders (election dates), most recent first; random otherwise. */
  earlierStarts?: readonly Day[];
  /** Who held the post until `end`: an existing person moving between posts, or null for a new person. */
  predecessor?: (level: number, holder: Person, end: Day) => Person | null;
  /** Chance that a new earlier holder is a Party member (0.35 when left out); Party posts always go to members. */
  party?: number;
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
