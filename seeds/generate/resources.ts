import type { DatasetInput } from '../../src/modules/import/dataset.js';
import { LinkKind } from '../../src/modules/links/link.kinds.js';
import { OrganizationKind as K } from '../../src/modules/organizations/organization.kinds.js';
import { Random } from '../random.js';
import { REFERENCE_DATE } from './constants.js';
import { DAY, HOUR, UTC_OFFSET, dateOf, indexDistrict, iso, linkInForce, picker, type CommunityInfo, type DistrictIndex } from './district-index.js';

/**
 * The resource list of a generated district and a year of its uses (operations.md §4.4): per community the
 * Party-mass service centre's bookable rooms (5–10), one to three service stations in its grids, the centre's
 * equipment and the residents' committee's fund, and what the units around it share through their
 * RESOURCE_SHARING links (a school's hall, a firm's equipment or fund, a charity's relief fund, an agency's
 * experts) or offer themselves (a volunteer team's time). About 2,000 resources and 200,000 uses at scale 1,
 * skewed, with a quarter of the spaces never used.
 *
 * Every use is valid by construction under requestResourceUse's rules: the resource ACTIVE; the user the
 * owner, or the target of a RESOURCE_SHARING link from it in force and not suspended on the use's day; and
 * never more than the capacity at once (rooms are booked whole in fixed slots, one booking a slot; equipment,
 * volunteer time and experts one booking a day or a slot; disbursements within the budget). Uses before the
 * reference date are mostly USED (some CANCELLED or NO_SHOW), those of its last week partly still APPROVED,
 * and those of the two weeks after it REQUESTED or APPROVED. Its own random stream: the district and its
 * cases stay what they were.
 */

export type ResourceRecord = NonNullable<DatasetInput['resources']>[number];
export type ResourceUseRecord = NonNullable<DatasetInput['resourceUses']>[number];

export interface GenerateResourcesOptions {
  scale: number;
  seed: number;
  /** Uses from this day (YYYY-MM-DD) for `days` days; default the year before the reference date. */
  from?: string;
  days?: number;
}

export interface GeneratedResources {
  resources: ResourceRecord[];
  resourceUses: ResourceUseRecord[];
}

const REFERENCE = Date.parse(`${REFERENCE_DATE}T00:00:00Z`);
/** Bookings are taken this far ahead of the reference date. */
const AHEAD = 14 * DAY;

const ROOMS: readonly (readonly [string, number, number])[] = [
  ['Multi-function hall', 120, 300],
  ['Meeting room', 30, 60],
  ['Reading room', 40, 90],
  ["Elders' day-care room", 60, 120],
  ["Children's activity room", 40, 80],
  ['Counselling room', 15, 30],
  ['Training room', 50, 100],
  ['Fitness room', 40, 90],
  ['Calligraphy and painting room', 30, 60],
  ['Dance studio', 60, 120],
];
/** Local (Beijing) booking slots of rooms and halls, in minutes after midnight: two hours each, never overlapping. */
const SLOTS: readonly (readonly [number, number])[] = [
  [9 * 60, 11 * 60],
  [13 * 60 + 30, 15 * 60 + 30],
  [15 * 60 + 30, 17 * 60 + 30],
];
const CENTRE_HOURS = 'Mo-Fr 08:30-17:30; Sa-Su 09:00-17:30';
const STATION_HOURS = 'Mo-Fr 09:00-17:30';
const WEEKEND_HOURS = 'Sa-Su 08:30-17:30';
const OFFICE_HOURS = 'Mo-Fr 09:00-17:00';

const PURPOSES: Record<string, readonly string[]> = {
  SPACE: ['Residents’ council meeting', 'Party lesson', 'Elderly singing group', 'Homework club', 'Health talk', 'Calligraphy class', 'Dance practice', 'Volunteer training', 'Owners’ committee meeting', 'Chess club', 'Parenting workshop', 'Legal advice session'],
  EQUIPMENT: ['Community fair', 'Volunteer service day', 'Garden clean-up', 'Outdoor film night', 'Health check day'],
  FUNDS: ['Hardship relief', 'Lift repair subsidy', 'Festival activity', 'Elderly meal subsidy', 'Stairwell repainting', 'Student grant'],
  EXPERTISE: ['Legal consultation', 'Tax consultation', 'Psychological counselling', 'Safety inspection'],
  VOLUNTEER_TIME: ['Visits to elders living alone', 'Traffic civility duty', 'Garbage sorting guidance', 'Community patrol'],
};

interface Plan {
  record: ResourceRecord;
  /** How the resource is used: the owner, and who else may by a sharing link. */
  sharedTo: string[];
  /** Weekly rate of bookings (spaces), or yearly count (the rest); 0: never used. */
  rate: number;
  /** Chance that a use is by a sharing partner rather than the owner, when one is in force. */
  shareShare: number;
}

export function generateResources(district: DatasetInput, options: GenerateResourcesOptions): GeneratedResources {
  const random = new Random((options.seed ^ 0x2e50c3) | 0);
  const index = indexDistrict(district);
  const start = Date.parse(`${options.from ?? '2025-01-01'}T00:00:00Z`);
  const days = options.days ?? Math.round((REFERENCE - start) / DAY);
  const end = start + days * DAY;
  const plans: Plan[] = [];
  for (const community of index.communities) plans.push(...planCommunity(random, index, community));
  // Status now: most resources ACTIVE; a few closed for a while, inactive or gone (they take no uses).
  const status = picker([['ACTIVE', 92], ['TEMPORARILY_CLOSED', 3], ['INACTIVE', 3], ['DEFUNCT', 2]] as const);
  for (const plan of plans) plan.record.status = status(random);
  // Even a small district shows every status once.
  for (const [offset, value] of (['TEMPORARILY_CLOSED', 'INACTIVE', 'DEFUNCT'] as const).entries()) {
    if (!plans.some((plan) => plan.record.status === value)) plans[plans.length - 1 - offset * 3]!.record.status = value;
  }
  const uses: ResourceUseRecord[] = [];
  for (const plan of plans) {
    if (plan.record.status !== 'ACTIVE' || plan.rate === 0) continue;
    generateUses(random, index, plan, start, end + (end >= REFERENCE ? AHEAD : 0), uses);
  }
  return { resources: plans.map((plan) => plan.record), resourceUses: uses };
}

function planCommunity(random: Random, index: DistrictIndex, community: CommunityInfo): Plan[] {
  const plans: Plan[] = [];
  let serial = 0;
  const code = () => `${community.code}-R${String((serial += 1)).padStart(2, '0')}`;
  const space = (owner: string, name: string, maximum: number, openingHours: string, idle: number, rateRange: [number, number], extra: Partial<ResourceRecord> = {}, sharedTo: string[] = [], shareShare = 0.25): void => {
    const idleNow = random.chance(idle);
    plans.push({
      record: { code: code(), ownerCode: owner, kind: 'SPACE', name, unit: 'm²', maximum, openingHours, communityCode: community.code, available: maximum, availableUpdatedAt: iso(REFERENCE - random.int(1, 200) * DAY), ...extra },
      sharedTo,
      // Skewed use: a few rooms busy most days, most a few times a week.
      rate: idleNow ? 0 : Math.min(rateRange[1], rateRange[0] + (rateRange[1] - rateRange[0]) * random.next() ** 1.6),
      shareShare,
    });
  };
  const sharingTargets = (owner: string) => (index.linksFrom.get(owner) ?? []).filter((link) => link.kind === LinkKind.RESOURCE_SHARING).map((link) => link.targetCode);
  const centre = community.serviceCentre;
  if (centre) {
    const rooms = random.sample(ROOMS, random.int(5, 10));
    for (const [name, smallest, largest] of rooms) space(centre, name, 10 * Math.round(random.int(smallest, largest) / 10), CENTRE_HOURS, 0.18, [1.5, 7], {}, sharingTargets(centre));
    for (let station = random.int(1, 3); station > 0 && community.grids.length > 0; station -= 1) {
      const grid = random.pick(community.grids);
      space(centre, `Party-mass service station, ${grid.short}`, 10 * random.int(8, 15), STATION_HOURS, 0.42, [0.5, 4], { communityCode: null, gridCode: grid.code });
    }
    plans.push({
      record: { code: code(), ownerCode: centre, kind: 'EQUIPMENT', name: 'Folding tents and chairs', unit: 'item', maximum: random.int(10, 40), openingHours: null, communityCode: community.code, description: 'Lent for outdoor activities; collect at the centre.' },
      sharedTo: sharingTargets(centre),
      rate: random.int(10, 30),
      shareShare: 0.3,
    });
  }
  if (community.residentsCommittee) {
    plans.push({
      record: { code: code(), ownerCode: community.residentsCommittee, kind: 'FUNDS', name: 'Community public-welfare fund', unit: 'CNY', maximum: 1000 * random.int(50, 200), openingHours: null, communityCode: community.code },
      sharedTo: [],
      rate: random.int(8, 24),
      shareShare: 0,
    });
  }
  // What the units share into the community through their RESOURCE_SHARING links (one resource per sharing owner).
  const offered = new Set<string>();
  const targets = new Set([centre, community.residentsCommittee].filter((code): code is string => code !== null));
  for (const target of targets) {
    for (const link of index.linksTo.get(target) ?? []) {
      if (link.kind !== LinkKind.RESOURCE_SHARING || offered.has(link.sourceCode)) continue;
      offered.add(link.sourceCode);
      const owner = link.sourceCode;
      const sharedTo = sharingTargets(owner).filter((code) => targets.has(code));
      const kind = index.kindOf.get(owner);
      if (kind === K.PUBLIC_INSTITUTION) {
        space(owner, random.pick(['School hall', 'Sports ground', 'Lecture theatre', 'Canteen hall']), 10 * random.int(20, 60), WEEKEND_HOURS, 0.35, [0.5, 3], {}, sharedTo, 0.85);
      } else if (kind === K.ENTERPRISE) {
        if (random.chance(0.5)) plans.push({ record: { code: code(), ownerCode: owner, kind: 'FUNDS', name: 'Co-building activity fund', unit: 'CNY', maximum: 1000 * random.int(20, 100), openingHours: null, communityCode: community.code }, sharedTo, rate: random.int(4, 12), shareShare: 0.9 });
        else plans.push({ record: { code: code(), ownerCode: owner, kind: 'EQUIPMENT', name: random.pick(['Projector and sound system', 'Delivery van', 'Stage and lighting']), unit: 'item', maximum: random.int(1, 3), openingHours: null, communityCode: community.code }, sharedTo, rate: random.int(4, 16), shareShare: 0.9 });
      } else if (kind === K.CHARITY) {
        plans.push({ record: { code: code(), ownerCode: owner, kind: 'FUNDS', name: 'Hardship relief fund', unit: 'CNY', maximum: 1000 * random.int(30, 200), openingHours: null, communityCode: community.code }, sharedTo, rate: random.int(6, 20), shareShare: 0.95 });
      } else if (kind === K.GOVERNMENT_AGENCY) {
        plans.push({ record: { code: code(), ownerCode: owner, kind: 'EXPERTISE', name: random.pick(['Legal advisers on duty', 'Tax advisers on duty', 'Safety inspectors']), unit: 'person', maximum: random.int(1, 3), openingHours: OFFICE_HOURS, communityCode: community.code }, sharedTo, rate: random.int(10, 40), shareShare: 0.9 });
      }
    }
  }
  const teams = community.units.get(K.VOLUNTEER_SERVICE_TEAM) ?? [];
  if (teams.length > 0 && random.chance(0.6)) {
    const team = random.pick(teams);
    plans.push({ record: { code: code(), ownerCode: team, kind: 'VOLUNTEER_TIME', name: 'Volunteers on call', unit: 'person', maximum: random.int(8, 30), openingHours: 'Sa-Su 08:00-18:00', communityCode: community.code }, sharedTo: sharingTargets(team), rate: random.int(10, 40), shareShare: 0 });
  }
  return plans;
}

const useStatusPast = picker([['USED', 88], ['CANCELLED', 8], ['NO_SHOW', 4]] as const);
const useStatusLastWeek = picker([['USED', 60], ['APPROVED', 30], ['CANCELLED', 10]] as const);
const useStatusAhead = picker([['REQUESTED', 45], ['APPROVED', 45], ['CANCELLED', 10]] as const);

function statusAt(random: Random, endsAt: number): ResourceUseRecord['status'] {
  if (endsAt <= REFERENCE - 7 * DAY) return useStatusPast(random);
  if (endsAt <= REFERENCE) return useStatusLastWeek(random);
  return useStatusAhead(random);
}

/** Local midnight (Beijing) of the UTC day `day` as an instant: booking times are added to it. */
const localMidnight = (day: number): number => day - UTC_OFFSET;

function generateUses(random: Random, index: DistrictIndex, plan: Plan, start: number, end: number, out: ResourceUseRecord[]): void {
  const resource = plan.record;
  let serial = 0;
  const partnerLinks = plan.sharedTo.flatMap((target) => (index.linksFrom.get(resource.ownerCode) ?? []).filter((link) => link.kind === LinkKind.RESOURCE_SHARING && link.targetCode === target));
  const userOn = (day: number): string => {
    const date = dateOf(day);
    const partners = partnerLinks.filter((link) => linkInForce(link, date)).map((link) => link.targetCode);
    return partners.length > 0 && random.chance(plan.shareShare) ? random.pick(partners) : resource.ownerCode;
  };
  const push = (from: number, to: number, quantity: number, user: string, extra: Partial<ResourceUseRecord>) => {
    const status = statusAt(random, to);
    const requestedAt = Math.min(from - random.int(1, 14) * DAY - random.int(0, 8) * HOUR, REFERENCE - HOUR);
    const changedAt = status === 'REQUESTED' ? null : status === 'APPROVED' ? Math.min(requestedAt + random.int(2, 30) * HOUR, REFERENCE - 1000) : status === 'CANCELLED' ? Math.min(from - HOUR, REFERENCE - 1000) : Math.min(to, REFERENCE - 1000);
    out.push({
      code: `${resource.code}-U${String((serial += 1)).padStart(4, '0')}`,
      resourceCode: resource.code,
      userCode: user,
      quantity,
      purpose: random.pick(PURPOSES[resource.kind]!),
      status,
      requestedAt: iso(requestedAt),
      statusChangedAt: changedAt === null ? null : iso(Math.max(changedAt, requestedAt)),
      ...extra,
    });
  };
  const openDays = (hours: string | null | undefined, day: number): boolean => {
    const weekday = (new Date(day).getUTCDay() + 6) % 7;
    if (hours === STATION_HOURS || hours === OFFICE_HOURS) return weekday < 5;
    if (hours === WEEKEND_HOURS || hours === 'Sa-Su 08:00-18:00') return weekday >= 5;
    return true;
  };
  if (resource.kind === 'SPACE') {
    // Weekly: a number of bookings around the rate, each a distinct (day, slot) of the week: never two at once.
    for (let week = start; week < end; week += 7 * DAY) {
      const cells: [number, number][] = [];
      for (let day = week; day < Math.min(end, week + 7 * DAY); day += DAY) if (openDays(resource.openingHours, day)) for (let slot = 0; slot < SLOTS.length; slot += 1) cells.push([day, slot]);
      const count = Math.min(cells.length, Math.floor(plan.rate + random.next()));
      for (const [day, slot] of random.sample(cells, count).sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
        const from = localMidnight(day) + SLOTS[slot]![0] * 60_000;
        const to = localMidnight(day) + SLOTS[slot]![1] * 60_000;
        push(from, to, resource.maximum, userOn(day), { from: iso(from), to: iso(to) });
      }
    }
    return;
  }
  const totalDays = Math.round((end - start) / DAY);
  const count = Math.max(1, Math.round((plan.rate * totalDays) / 365));
  const days = random.sample(Array.from({ length: totalDays }, (_, offset) => start + offset * DAY).filter((day) => openDays(resource.openingHours, day)), count).sort((a, b) => a - b);
  if (resource.kind === 'FUNDS') {
    // Disbursements within 85 % of the budget over the period.
    const shares = days.map(() => 0.3 + random.next());
    const total = shares.reduce((sum, share) => sum + share, 0);
    for (const [position, day] of days.entries()) {
      const amount = Math.max(100, Math.floor((resource.maximum * 0.85 * shares[position]!) / total / 100) * 100);
      push(day, day + DAY, amount, userOn(day), { date: dateOf(day) });
    }
    return;
  }
  for (const day of days) {
    // One booking a day: equipment all day, experts a consultation slot, volunteers a morning.
    const [opens, closes] = resource.kind === 'EQUIPMENT' ? [8 * 60, 20 * 60] : resource.kind === 'EXPERTISE' ? SLOTS[random.int(0, 1)]! : [9 * 60, 12 * 60];
    const from = localMidnight(day) + opens * 60_000;
    const to = localMidnight(day) + closes * 60_000;
    const quantity = Math.max(1, Math.min(resource.maximum, Math.round(resource.maximum * random.real(0.2, 0.8))));
    push(from, to, quantity, userOn(day), { from: iso(from), to: iso(to) });
  }
}
