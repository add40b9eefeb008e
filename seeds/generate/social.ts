import type { DatasetInput } from '../../src/modules/import/dataset.js';
import { LinkKind } from '../../src/modules/links/link.kinds.js';
import { OrganizationKind as K } from '../../src/modules/organizations/organization.kinds.js';
import { Random } from '../random.js';
import { REFERENCE_DATE } from './constants.js';
import { DAY, HOUR, UTC_OFFSET, dateOf, indexDistrict, iso, linkInForce, logNormal, picker, type CommunityInfo, type DistrictIndex, type LinkRecord } from './district-index.js';

/**
 * The social forces of a generated district over a year (operations.md §1.3, §4.4): Party members' individual
 * double reporting (about 250 reporting units and 20,000 members at scale 1), the needs list (about 30,000
 * needs: raised, claimed by a unit, a team or a Party member, fulfilled or expired), and the activities of the
 * community, its service centre, its volunteer teams and its units (about 40,000, with their partners) with
 * the people who served in them (about 500,000 participations of 1–4 hours: reporting members on behalf of
 * their units, resident volunteers, community workers, social workers of the professional organisations that
 * serve the community). Some links stay dormant on purpose: a quarter of a community's partners never join an
 * activity, and a quarter of its reporting members never serve.
 *
 * Valid by construction under the rules the importer applies (social.import.ts): places are communities or
 * their grids, a need's times follow its lifecycle and stop at the reference date, partners differ from the
 * organiser, hours never exceed the activity's length, one participation per person and activity, reports
 * only by Party members and never two at once to one community. Its own random stream.
 */

export type NeedRecord = NonNullable<DatasetInput['needs']>[number];
export type ActivityRecord = NonNullable<DatasetInput['activities']>[number];
export type ParticipationRecord = NonNullable<DatasetInput['participations']>[number];
export type MemberReportRecord = NonNullable<DatasetInput['memberReports']>[number];

export interface GenerateSocialOptions {
  scale: number;
  seed: number;
  /** Needs and activities from this day (YYYY-MM-DD) for `days` days; default the year before the reference date. */
  from?: string;
  days?: number;
}

export interface GeneratedSocial {
  needs: NeedRecord[];
  activities: ActivityRecord[];
  participations: ParticipationRecord[];
  memberReports: MemberReportRecord[];
}

/** At scale 1, a year (operations.md §4.4). */
export const NEEDS_PER_YEAR = 30_000;
export const ACTIVITIES_PER_YEAR = 40_000;
export const REPORTING_UNITS = 250;
export const REPORTING_MEMBERS = 20_000;

const REFERENCE = Date.parse(`${REFERENCE_DATE}T00:00:00Z`);

const NEED_KIND = picker([['MICRO_WISH', 45], ['SERVICE', 30], ['GOODS', 17], ['PROJECT', 8]] as const);
const NEED_TITLES: Record<string, readonly (readonly [string, string])[]> = {
  MICRO_WISH: [['A school bag for a pupil', 'children'], ['A walking stick', 'elderly care'], ['A winter quilt', 'hardship'], ['Books for a reading corner', 'children'], ['A visit on the Double Ninth festival', 'elderly care'], ['A birthday cake for an elder living alone', 'elderly care'], ['A reading lamp', 'children']],
  SERVICE: [['Fix a leaking tap', 'repairs'], ['Escort to a hospital visit', 'health'], ['Haircuts for elders', 'elderly care'], ['Help with an online application', 'employment'], ['Tutoring in mathematics', 'children'], ['Legal advice on a rental dispute', 'legal'], ['Clean a stairwell', 'environment']],
  GOODS: [['Winter coats', 'hardship'], ['Rice and cooking oil', 'hardship'], ['A wheelchair', 'disability'], ['Desks for the homework club', 'children'], ['First-aid kits for each building', 'health']],
  PROJECT: [['A ramp at the estate entrance', 'disability'], ['Shelter for the bicycle park', 'environment'], ['A small garden in the courtyard', 'environment'], ['Benches along the path', 'elderly care'], ['Charging posts for e-bikes', 'safety'], ['Repaint the corridor murals', 'culture']],
};
const ACTIVITY_TITLES: Record<string, readonly string[]> = {
  VOLUNTEER_SERVICE: ['Free haircuts and repairs in the square', 'Visiting elders living alone', 'Garbage sorting guidance', 'Homework help for pupils', 'Cleaning the green belts'],
  CO_BUILDING_PROJECT: ['Co-building: courtyard renewal', 'Co-building: reading corner', 'Co-building: safety check of old buildings', 'Co-building: elderly canteen'],
  CHARITY: ['Charity sale for families in difficulty', 'Donation drive for winter clothes', 'Spring Festival gift packages'],
  PATROL: ['Evening safety patrol', 'Fire safety patrol', 'Civility patrol at the school gate'],
  PARTY_LIFE: ['Theme Party day', 'Party lesson on grassroots governance', 'Reading session of the Party branch'],
  CONSULTATION_DAY: ['Legal consultation day', 'Health consultation day', 'Psychological counselling day', 'Social work open day'],
};

export function generateSocial(district: DatasetInput, options: GenerateSocialOptions): GeneratedSocial {
  const random = new Random((options.seed ^ 0x50c1a1) | 0);
  const index = indexDistrict(district);
  const start = Date.parse(`${options.from ?? '2025-01-01'}T00:00:00Z`);
  const days = options.days ?? Math.round((REFERENCE - start) / DAY);
  const end = start + days * DAY;
  const yearShare = days / 365;
  const households = Math.max(1, index.communities.reduce((sum, community) => sum + community.households, 0));
  /** A community's share of a district volume, by its households. */
  const perCommunity = (atScaleOne: number, community: CommunityInfo) => (atScaleOne * options.scale * yearShare * community.households) / households;
  const out: GeneratedSocial = { needs: [], activities: [], participations: [], memberReports: [] };
  const reports = generateMemberReports(random, index, options.scale, out.memberReports);
  for (const community of index.communities) {
    const needs = generateNeeds(random, index, community, Math.round(perCommunity(NEEDS_PER_YEAR, community)), start, end, out.needs);
    generateActivities(random, index, community, Math.round(perCommunity(ACTIVITIES_PER_YEAR, community)), start, end, needs, reports.get(community.code) ?? [], out);
  }
  return out;
}

interface Reporter {
  person: string;
  homeUnit: string;
  since: string;
  until: string | null;
  /** How keen: 0 never serves; the rest weigh how often they are drawn. */
  zeal: number;
}

/**
 * The reporting units (UNIT_REPORTING sources, about 250 at scale 1) and their members: Party members who
 * live in a community (a post in its grids, cells, self-management organisations or teams) and do not work
 * for it, each reporting to that community, most since the campaigns of 2018–2024, a few ended.
 */
function generateMemberReports(random: Random, index: DistrictIndex, scale: number, out: MemberReportRecord[]): Map<string, Reporter[]> {
  const byCommunity = new Map<string, Reporter[]>();
  const reportingLinks = index.links.filter((link) => link.kind === LinkKind.UNIT_REPORTING && index.kindOf.get(link.targetCode) === K.COMMUNITY_PARTY_COMMITTEE);
  const sources = [...new Set(reportingLinks.map((link) => link.sourceCode))];
  const units = random.sample(sources, Math.max(Math.min(sources.length, 3), Math.round(REPORTING_UNITS * scale)));
  if (units.length === 0) return byCommunity;
  const unitsOf = new Map<string, string[]>();
  for (const link of reportingLinks) {
    if (!units.includes(link.sourceCode)) continue;
    const list = unitsOf.get(link.targetCode) ?? [];
    if (!list.includes(link.sourceCode)) list.push(link.sourceCode);
    unitsOf.set(link.targetCode, list);
  }
  const total = index.communities.reduce((sum, community) => sum + community.households, 0);
  const taken = new Set<string>();
  let serial = 0;
  for (const community of index.communities) {
    const workers = new Set(community.workers);
    const pool = community.residents.filter((person) => index.partyMembers.has(person) && !workers.has(person) && !taken.has(person));
    const wanted = Math.min(Math.floor(pool.length * 0.7), Math.round((REPORTING_MEMBERS * scale * community.households) / total));
    const local = unitsOf.get(community.code) ?? [];
    const list: Reporter[] = [];
    for (const person of random.sample(pool, wanted)) {
      taken.add(person);
      const homeUnit = local.length > 0 && random.chance(0.6) ? random.pick(local) : random.pick(units);
      const since = dateOf(Date.parse(`${random.int(2018, 2025)}-01-01T00:00:00Z`) + random.int(0, 300) * DAY);
      const sinceMs = Date.parse(`${since}T00:00:00Z`);
      const until = random.chance(0.08) && sinceMs < REFERENCE - 200 * DAY ? dateOf(sinceMs + random.int(120, Math.round((REFERENCE - sinceMs) / DAY) - 30) * DAY) : null;
      const reporter = { person, homeUnit, since, until, zeal: random.chance(0.25) ? 0 : logNormal(random, 1, 3) };
      list.push(reporter);
      out.push({ code: `MR-${String((serial += 1)).padStart(6, '0')}`, personCode: person, homeUnitCode: homeUnit, communityCode: community.code, since, until });
    }
    byCommunity.set(community.code, list);
  }
  return byCommunity;
}

/** Who may claim a need or partner an activity in a community: the organizations linked to it, in force on a date. */
function partnersOf(index: DistrictIndex, community: CommunityInfo): LinkRecord[] {
  const own = [community.code, community.serviceCentre, community.residentsCommittee].filter((code): code is string => code !== null);
  const links: LinkRecord[] = [];
  for (const code of own) {
    for (const link of [...(index.linksFrom.get(code) ?? []), ...(index.linksTo.get(code) ?? [])]) {
      if (link.kind === LinkKind.CO_BUILDING || link.kind === LinkKind.UNIT_REPORTING || link.kind === LinkKind.SERVICE_PARTNERSHIP || link.kind === LinkKind.GUIDANCE) links.push(link);
    }
  }
  return links;
}

const otherEnd = (link: LinkRecord, own: ReadonlySet<string>): string => (own.has(link.sourceCode) ? link.targetCode : link.sourceCode);

function generateNeeds(random: Random, index: DistrictIndex, community: CommunityInfo, count: number, start: number, end: number, out: NeedRecord[]): NeedRecord[] {
  const created: NeedRecord[] = [];
  const own = new Set([community.code, community.serviceCentre, community.residentsCommittee].filter((code): code is string => code !== null));
  const links = partnersOf(index, community);
  const teams = community.units.get(K.VOLUNTEER_SERVICE_TEAM) ?? [];
  const members = community.residents.filter((person) => index.partyMembers.has(person));
  const gridPick = community.grids.length > 0 ? picker(community.grids.map((grid) => [grid, grid.households] as const)) : null;
  const times: number[] = Array.from({ length: count }, () => start + Math.floor(random.next() * (Math.min(end, REFERENCE) - start)));
  times.sort((a, b) => a - b);
  for (const [position, raisedMs] of times.entries()) {
    const kind = NEED_KIND(random);
    const [title, category] = random.pick(NEED_TITLES[kind]!);
    const grid = gridPick && random.chance(0.7) ? gridPick(random) : null;
    // Daytime in Beijing.
    const raised = raisedMs - (raisedMs % DAY) - UTC_OFFSET + random.int(8 * 60, 20 * 60) * 60_000;
    const need: NeedRecord = {
      code: `${community.code}-N${String(position + 1).padStart(4, '0')}`,
      kind,
      title,
      category,
      communityCode: grid ? null : community.code,
      gridCode: grid?.code ?? null,
      raisedAt: iso(raised),
      householdRef: kind === 'PROJECT' || !grid ? null : `HH-${grid.short}-${String(random.int(1, 9999)).padStart(4, '0')}`,
      status: 'OPEN',
    };
    const claimAt = raised + logNormal(random, 3, 15) * DAY;
    if (random.chance(0.85) && claimAt < REFERENCE) {
      const date = dateOf(claimAt);
      const partners = links.filter((link) => linkInForce(link, date)).map((link) => otherEnd(link, own));
      const byPerson = members.length > 0 && (kind === 'MICRO_WISH' ? random.chance(0.6) : random.chance(0.15));
      const claimer = byPerson ? null : partners.length > 0 && random.chance(0.7) ? random.pick(partners) : teams.length > 0 && random.chance(0.6) ? random.pick(teams) : (community.residentsCommittee ?? community.code);
      Object.assign(need, { status: 'CLAIMED', claimedAt: iso(claimAt), claimedByPersonCode: byPerson ? random.pick(members) : null, claimedByOrganizationCode: claimer });
      const fulfilAt = claimAt + logNormal(random, kind === 'PROJECT' ? 20 : 5, kind === 'PROJECT' ? 60 : 25) * DAY;
      if (random.chance(0.9) && fulfilAt < REFERENCE) Object.assign(need, { status: 'FULFILLED', fulfilledAt: iso(fulfilAt) });
      else if (claimAt + 90 * DAY < REFERENCE) Object.assign(need, { status: 'EXPIRED', expiredAt: iso(claimAt + 90 * DAY) });
    } else if (raised + 60 * DAY < REFERENCE) Object.assign(need, { status: 'EXPIRED', expiredAt: iso(raised + 60 * DAY) });
    out.push(need);
    created.push(need);
  }
  return created;
}

const ACTIVITY_LENGTHS = picker([[1.5, 2], [2, 4], [2.5, 2], [3, 3], [4, 1]] as const);
const ROLE = picker([['IN_SERVICE_MEMBER', 36], ['RESIDENT_VOLUNTEER', 40], ['WORKER', 15], ['PROFESSIONAL', 9]] as const);

function generateActivities(random: Random, index: DistrictIndex, community: CommunityInfo, count: number, start: number, end: number, needs: NeedRecord[], reporters: Reporter[], out: GeneratedSocial): void {
  const own = new Set([community.code, community.serviceCentre, community.residentsCommittee].filter((code): code is string => code !== null));
  // A quarter of the community's partners never join anything: their links stay dormant.
  const links = partnersOf(index, community).filter(() => random.chance(0.75));
  const teams = community.units.get(K.VOLUNTEER_SERVICE_TEAM) ?? [];
  const professionals = [...own].flatMap((code) => (index.linksTo.get(code) ?? []).filter((link) => link.kind === LinkKind.SERVICE_PARTNERSHIP && index.kindOf.get(link.sourceCode) === K.PROFESSIONAL_SERVICE_ORGANIZATION));
  const organiserKind = picker([['committee', 20], ['centre', 25], ['residents', 15], ['team', 20], ['partner', 20]] as const);
  const zealous = reporters.filter((reporter) => reporter.zeal > 0);
  const reporterPick = zealous.length > 0 ? picker(zealous.map((reporter) => [reporter, reporter.zeal] as const)) : null;
  const fulfilled = needs.filter((need) => need.status === 'FULFILLED' && (need.kind === 'PROJECT' || need.kind === 'SERVICE'));
  let serial = 0;
  for (let made = 0; made < count; made += 1) {
    const length = ACTIVITY_LENGTHS(random);
    let startsAt = start + Math.floor(random.next() * (end - start));
    startsAt = startsAt - (startsAt % DAY) - UTC_OFFSET + random.int(16, 38) * 30 * 60_000;
    // Some activities answer a need: they end when it was fulfilled.
    let need: NeedRecord | null = null;
    if (fulfilled.length > 0 && random.chance(0.12)) {
      need = random.pick(fulfilled);
      startsAt = Date.parse(need.fulfilledAt!) - length * HOUR;
    }
    const date = dateOf(startsAt);
    const inForce = links.filter((link) => linkInForce(link, date));
    const partnerCodes = [...new Set(inForce.map((link) => otherEnd(link, own)))];
    let kind = organiserKind(random);
    if (kind === 'team' && teams.length === 0) kind = 'centre';
    if (kind === 'partner' && partnerCodes.length === 0) kind = 'committee';
    const organiser = kind === 'committee' ? community.code : kind === 'centre' ? (community.serviceCentre ?? community.code) : kind === 'residents' ? (community.residentsCommittee ?? community.code) : kind === 'team' ? random.pick(teams) : random.pick(partnerCodes);
    const activityKind = kind === 'committee' ? random.weighted([['PARTY_LIFE', 5], ['PATROL', 2], ['CO_BUILDING_PROJECT', 2]] as const) : kind === 'team' ? random.weighted([['VOLUNTEER_SERVICE', 6], ['PATROL', 2], ['CHARITY', 1]] as const) : kind === 'partner' ? random.weighted([['CO_BUILDING_PROJECT', 4], ['CONSULTATION_DAY', 3], ['VOLUNTEER_SERVICE', 2], ['CHARITY', 1]] as const) : random.weighted([['VOLUNTEER_SERVICE', 4], ['CONSULTATION_DAY', 2], ['CHARITY', 1], ['PATROL', 1], ['CO_BUILDING_PROJECT', 1]] as const);
    const partners = random.sample(partnerCodes.filter((code) => code !== organiser), random.weighted([[0, 4], [1, 4], [2, 2], [3, 1]] as const));
    const grid = community.grids.length > 0 && random.chance(0.4) ? random.pick(community.grids) : null;
    const code = `${community.code}-A${String((serial += 1)).padStart(4, '0')}`;
    const endsAt = startsAt + length * HOUR;
    out.activities.push({
      code,
      title: random.pick(ACTIVITY_TITLES[activityKind]!),
      kind: activityKind,
      organiserCode: organiser,
      partnerCodes: partners,
      communityCode: grid ? null : community.code,
      gridCode: grid?.code ?? null,
      startsAt: iso(startsAt),
      endsAt: iso(endsAt),
      beneficiaries: random.int(8, 40) * (activityKind === 'CHARITY' || activityKind === 'CONSULTATION_DAY' ? 4 : 1),
      needCode: need?.code ?? null,
    });
    // Who served: 5–25 people, each once, hours in half-hour steps up to the activity's length.
    const seen = new Set<string>();
    let participant = 0;
    const size = Math.max(3, Math.round(logNormal(random, 12, 21)));
    const professionalUnits = professionals.filter((link) => linkInForce(link, date)).map((link) => link.sourceCode);
    for (let attempt = 0; attempt < size * 2 && participant < size; attempt += 1) {
      const role = ROLE(random);
      let person: string | null = null;
      let onBehalfOf: string | null = null;
      let verifiedBy: string | null = null;
      if (role === 'IN_SERVICE_MEMBER' && reporterPick) {
        const reporter = reporterPick(random);
        if (reporter.since <= date && (reporter.until === null || reporter.until > date)) {
          person = reporter.person;
          onBehalfOf = reporter.homeUnit;
          verifiedBy = community.code;
        }
      } else if (role === 'RESIDENT_VOLUNTEER' && community.residents.length > 0) person = random.pick(community.residents);
      else if (role === 'WORKER' && community.workers.length > 0) person = random.pick(community.workers);
      else if (role === 'PROFESSIONAL' && professionalUnits.length > 0) {
        const unit = random.pick(professionalUnits);
        const staff = index.holders.get(unit) ?? [];
        if (staff.length > 0) {
          person = random.pick(staff);
          onBehalfOf = unit;
        }
      }
      if (person === null || seen.has(person)) continue;
      seen.add(person);
      const hours = Math.min(length, 0.5 * random.int(2, Math.round(length * 2)));
      out.participations.push({ code: `${code}-P${String((participant += 1)).padStart(2, '0')}`, activityCode: code, personCode: person, role, hours, onBehalfOfCode: onBehalfOf, verifiedByCode: verifiedBy ?? (random.chance(0.5) ? organiser : null) });
    }
  }
}
