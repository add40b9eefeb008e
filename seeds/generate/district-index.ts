import type { DatasetInput } from '../../src/modules/import/dataset.js';
import { LinkKind } from '../../src/modules/links/link.kinds.js';
import { OrganizationKind as K } from '../../src/modules/organizations/organization.kinds.js';
import type { Random } from '../random.js';
import { REFERENCE_DATE } from './constants.js';

/**
 * What the resource and social-force generators need to know of a generated district, read from its dataset
 * (organizations, grids, people, posts, links): each community with its service centre, residents'
 * committee, grids, the units located in it, the people who live or work there, and the links in force.
 */

type Organization = NonNullable<DatasetInput['organizations']>[number];
export type LinkRecord = NonNullable<DatasetInput['links']>[number];

export interface GridInfo {
  code: string;
  /** The grid's own part of its code ("G01"), for household references that are never long digit runs. */
  short: string;
  households: number;
}

export interface CommunityInfo {
  code: string;
  households: number;
  serviceCentre: string | null;
  residentsCommittee: string | null;
  grids: GridInfo[];
  /** Organizations outside the chain located in the community, by kind. */
  units: Map<string, string[]>;
  /** People with a current post in the community's grid branches, building cells, self-management organisations and volunteer teams. */
  residents: string[];
  /** People with a current post in the community's committees and service centre (cadres and workers). */
  workers: string[];
}

export interface DistrictIndex {
  communities: CommunityInfo[];
  kindOf: Map<string, string>;
  partyMembers: Set<string>;
  /** Current holders of posts in each organization. */
  holders: Map<string, string[]>;
  links: LinkRecord[];
  /** Links by source and by target code. */
  linksFrom: Map<string, LinkRecord[]>;
  linksTo: Map<string, LinkRecord[]>;
}

/** A link not suspended and in force on `date` (YYYY-MM-DD). */
export function linkInForce(link: LinkRecord, date: string): boolean {
  return link.status !== 'SUSPENDED' && link.since <= date && (link.until == null || link.until > date);
}

export function indexDistrict(district: DatasetInput): DistrictIndex {
  const organizations = district.organizations ?? [];
  const byCode = new Map<string, Organization>(organizations.map((org) => [org.code, org]));
  const kindOf = new Map(organizations.map((org) => [org.code, org.kind as string]));
  // The community of each organization: itself, up its chain of parents, or its area.
  const communityMemo = new Map<string, string | null>();
  const communityOf = (code: string): string | null => {
    if (communityMemo.has(code)) return communityMemo.get(code)!;
    const org = byCode.get(code);
    let answer: string | null = null;
    if (org) {
      if (org.kind === K.COMMUNITY_PARTY_COMMITTEE) answer = org.code;
      else if (org.locatedInCode && byCode.get(org.locatedInCode)?.kind === K.COMMUNITY_PARTY_COMMITTEE) answer = org.locatedInCode;
      else if (org.parentCode) answer = communityOf(org.parentCode);
    }
    communityMemo.set(code, answer);
    return answer;
  };
  const communities = new Map<string, CommunityInfo>();
  for (const org of organizations) {
    if (org.kind !== K.COMMUNITY_PARTY_COMMITTEE) continue;
    communities.set(org.code, { code: org.code, households: org.households ?? 1500, serviceCentre: null, residentsCommittee: null, grids: [], units: new Map(), residents: [], workers: [] });
  }
  for (const org of organizations) {
    if (org.kind === K.COMMUNITY_PARTY_COMMITTEE || org.archivedOn) continue;
    const community = communities.get(communityOf(org.code) ?? '');
    if (!community) continue;
    if (org.kind === K.PARTY_SERVICE_CENTRE && org.parentCode === community.code) community.serviceCentre = org.code;
    else if (org.kind === K.RESIDENTS_COMMITTEE) community.residentsCommittee = org.code;
    else if (org.kind !== K.GRID_PARTY_BRANCH && org.kind !== K.BUILDING_PARTY_CELL) {
      const list = community.units.get(org.kind) ?? [];
      list.push(org.code);
      community.units.set(org.kind, list);
    }
  }
  for (const grid of district.grids ?? []) {
    const community = communities.get(grid.communityCode);
    if (community) community.grids.push({ code: grid.code, short: grid.code.slice(grid.code.lastIndexOf('-') + 1), households: grid.households });
  }
  const holders = new Map<string, string[]>();
  const today = REFERENCE_DATE;
  const placed = new Set<string>();
  for (const post of district.posts ?? []) {
    if (post.endDate != null && post.endDate < today) continue;
    const list = holders.get(post.organizationCode) ?? [];
    list.push(post.personCode);
    holders.set(post.organizationCode, list);
    const community = communities.get(communityOf(post.organizationCode) ?? '');
    if (!community || placed.has(`${community.code}|${post.personCode}`)) continue;
    placed.add(`${community.code}|${post.personCode}`);
    const kind = kindOf.get(post.organizationCode);
    if (kind === K.COMMUNITY_PARTY_COMMITTEE || kind === K.RESIDENTS_COMMITTEE || kind === K.PARTY_SERVICE_CENTRE) community.workers.push(post.personCode);
    else if (kind === K.GRID_PARTY_BRANCH || kind === K.BUILDING_PARTY_CELL || kind === K.SELF_MANAGEMENT_ORGANIZATION || kind === K.VOLUNTEER_SERVICE_TEAM) community.residents.push(post.personCode);
  }
  const links = district.links ?? [];
  const linksFrom = new Map<string, LinkRecord[]>();
  const linksTo = new Map<string, LinkRecord[]>();
  for (const link of links) {
    if (link.kind === LinkKind.CROSS_APPOINTMENT) continue;
    for (const [map, key] of [[linksFrom, link.sourceCode], [linksTo, link.targetCode]] as const) {
      const list = map.get(key) ?? [];
      list.push(link);
      map.set(key, list);
    }
  }
  const partyMembers = new Set((district.people ?? []).filter((person) => person.partyMember).map((person) => person.code));
  return { communities: [...communities.values()], kindOf, partyMembers, holders, links, linksFrom, linksTo };
}

/** Draws among weighted values by binary search over the cumulative weights. */
export function picker<T>(entries: readonly (readonly [T, number])[]): (random: Random) => T {
  const values = entries.map(([value]) => value);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) cumulative.push((total += weight));
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return values[low]!;
  };
}

/** Draws from a log-normal distribution with this median and this 90th percentile. */
export function logNormal(random: Random, median: number, p90: number): number {
  const sigma = Math.log(p90 / median) / 1.2815515655446004;
  const u = Math.max(random.next(), 1e-12);
  const v = random.next();
  return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** Beijing time: local hours are UTC + 8. */
export const UTC_OFFSET = 8 * HOUR;
export const iso = (ms: number): string => new Date(ms).toISOString();
export const dateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
