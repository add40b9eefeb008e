import type { DatasetInput } from '../../src/modules/import/dataset.js';
import { CaseChannel, CaseUrgency, REACHING_LINK_KINDS, Resolution, Satisfaction, WhistleReason } from '../../src/modules/cases/case.kinds.js';
import { CaseEventKind as E } from '../../src/modules/cases/case.transitions.js';
import { OrganizationKind as K } from '../../src/modules/organizations/organization.kinds.js';
import { Random } from '../random.js';
import { CATEGORY_SPECS, categoryRecords, type CategorySpec } from './categories.js';
import { REFERENCE_DATE } from './constants.js';
import { picker } from './district-index.js';

/**
 * A year of service cases for a generated district (operations.md §4.4): about 200,000 cases at scale 1,
 * with their events, the whistles blown on some of them and the units they summoned. Built from the
 * district's dataset (its organizations, grids and links), with a random stream of its own, so the district
 * itself stays byte for byte what it was. Same district, scale and seed: the same cases.
 *
 * Every case follows a path of the lifecycle table (case.transitions.ts) by construction: the generator
 * walks the table's happy path (RECEIVE, DISPATCH, SIGN, CONTACT, REPLY, REVISIT, CLOSE) with its detours
 * (RETURN and re-DISPATCH, TRANSFER and SIGN again, NOTE, URGE, REQUEST_EXTENSION and GRANT_EXTENSION,
 * WHISTLE and UNIT_REPORT, REOPEN and round again) and its side exits (ANSWER_AT_INTAKE, MERGE, REJECT,
 * WITHDRAW), each only where the table allows it; test/seeds.test.ts replays a sample through the table.
 * Dispatch targets and summoned units are drawn only from what the reachability rule allows on the date:
 * the chain of the case's community (or of the whistle's caller), or an organization joined to that chain
 * by a link in force of a reaching kind, not suspended. Events after the reference date are cut, so the
 * cases of the last days stay open.
 */

type Organization = NonNullable<DatasetInput['organizations']>[number];
type Link = NonNullable<DatasetInput['links']>[number];
export type CaseRecord = NonNullable<DatasetInput['serviceCases']>[number];
type EventRecord = NonNullable<CaseRecord['events']>[number];
export type WhistleRecord = NonNullable<DatasetInput['whistles']>[number];

export interface GenerateCasesOptions {
  /** 1 is a full district's year: about 200,000 cases. */
  scale: number;
  seed: number;
  /** Cases received from this day (YYYY-MM-DD) for `days` days; default the year before the reference date. */
  from?: string;
  days?: number;
}

export interface GeneratedCases {
  serviceCategories: NonNullable<DatasetInput['serviceCategories']>;
  serviceCases: CaseRecord[];
  whistles: WhistleRecord[];
}

/** Cases per year at scale 1 (operations.md §4.4: 150–250 k, seed 200 k). */
export const CASES_PER_YEAR = 200_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 24 * HOUR;
/** Beijing time: receipts cluster in its daytime. */
const UTC_OFFSET = 8 * HOUR;

const CHAIN_ONLY = new Set<string>([K.COMMUNITY_PARTY_COMMITTEE, K.SUBDISTRICT_PARTY_WORKING_COMMITTEE, K.DISTRICT_PARTY_COMMITTEE, K.GRID_PARTY_BRANCH, K.BUILDING_PARTY_CELL]);

/** A period during which an organization is reachable from an anchor, and through what. */
interface Reach {
  code: string;
  kind: `${K}`;
  since: string;
  until: string | null;
}

interface CommunityProfile {
  code: string;
  subdistrictCode: string;
  residentsCommitteeCode: string | null;
  grids: (readonly [string, number])[];
  pickGrid: (random: Random) => string;
  /** The share of cases whose first contact misses the response limit, whose resident says not solved, not satisfied. */
  responseFailure: number;
  resolutionFailure: number;
  satisfactionFailure: number;
  /** Units outside the chain reachable by a link (agencies and public institutions, enterprises, all). */
  reach: Reach[];
  agencies: Reach[];
  firms: Reach[];
}

const inForce = (reach: { since: string; until: string | null }, date: string): boolean => reach.since <= date && (reach.until === null || reach.until > date);
/** Whole seconds: rounding down keeps the order of events. */
const iso = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString();

/** Orders events by time; events at the same minute keep their planned order (the sort is stable). */
function byTime(a: Planned, b: Planned): number {
  return a.at - b.at;
}

interface Planned {
  at: number;
  event: EventRecord;
}


/** Draws from a log-normal distribution with this median and this 90th percentile. */
function logNormal(random: Random, median: number, p90: number): number {
  const sigma = Math.log(p90 / median) / 1.2815515655446004;
  // Box–Muller on two uniform draws of the stream.
  const u = Math.max(random.next(), 1e-12);
  const v = random.next();
  const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return median * Math.exp(sigma * normal);
}

/**
 * Generates the cases of a district: `district` is the dataset generateDistrict made (or any dataset with
 * organizations, grids and links in the same form).
 */
export function generateCases(district: DatasetInput, options: GenerateCasesOptions): GeneratedCases {
  // Its own stream, so that adding cases moves no draw of the district.
  const random = new Random((options.seed ^ 0x5ca1ab1e) | 0);
  const organizations = district.organizations ?? [];
  const byCode = new Map<string, Organization>(organizations.map((org) => [org.code, org]));
  const children = new Map<string, Organization[]>();
  for (const org of organizations) {
    if (!org.parentCode) continue;
    const list = children.get(org.parentCode) ?? [];
    list.push(org);
    children.set(org.parentCode, list);
  }
  const communities = organizations.filter((org) => org.kind === K.COMMUNITY_PARTY_COMMITTEE);
  const subdistricts = organizations.filter((org) => org.kind === K.SUBDISTRICT_PARTY_WORKING_COMMITTEE);
  const district0 = organizations.find((org) => org.kind === K.DISTRICT_PARTY_COMMITTEE);
  if (!district0 || communities.length === 0) throw new Error('generateCases needs a district with communities');
  const districtCode = district0.code;
  // The 12345 hotline's intake: the district government (its citizen service centre), else the district committee.
  const hotline = organizations.find((org) => org.kind === K.GOVERNMENT_AGENCY && !org.parentCode)?.code ?? districtCode;

  // The anchors whose chain holds each organization: itself if an anchor, every anchor above it, and for an
  // anchor itself every anchor below it (a subdistrict's communities; the district's everything).
  const anchorsOf = new Map<string, string[]>();
  const anchorCodes = new Set([...communities, ...subdistricts].map((org) => org.code));
  const subdistrictCommunities = new Map<string, string[]>();
  for (const community of communities) {
    const list = subdistrictCommunities.get(community.parentCode!) ?? [];
    list.push(community.code);
    subdistrictCommunities.set(community.parentCode!, list);
  }
  const anchorsHolding = (code: string): string[] => {
    let found = anchorsOf.get(code);
    if (found) return found;
    found = [];
    if (code === districtCode) found = [...anchorCodes];
    else {
      for (let current: Organization | undefined = byCode.get(code); current; current = current.parentCode ? byCode.get(current.parentCode) : undefined) {
        if (anchorCodes.has(current.code)) found.push(current.code);
      }
      if (subdistrictCommunities.has(code)) found.push(...subdistrictCommunities.get(code)!);
    }
    anchorsOf.set(code, found);
    return found;
  };
  const lifeOf = (org: Organization): { since: string; until: string | null } => ({ since: org.foundedOn, until: org.archivedOn ?? null });
  const overlap = (a: { since: string; until: string | null }, b: { since: string; until: string | null }) => {
    const since = a.since > b.since ? a.since : b.since;
    const until = a.until === null ? b.until : b.until === null ? a.until : a.until < b.until ? a.until : b.until;
    return until !== null && until <= since ? null : { since, until };
  };
  const reachOf = new Map<string, Reach[]>();
  const reaching = new Set<string>(REACHING_LINK_KINDS);
  const links: Link[] = district.links ?? [];
  for (const link of links) {
    if (!reaching.has(link.kind) || link.status === 'SUSPENDED') continue;
    for (const [end, other] of [[link.sourceCode, link.targetCode], [link.targetCode, link.sourceCode]] as const) {
      const endOrg = byCode.get(end);
      const otherOrg = byCode.get(other);
      if (!endOrg || !otherOrg) continue;
      // Units outside the chain only: what the chain holds is reachable anyway.
      if (CHAIN_ONLY.has(otherOrg.kind)) continue;
      let period = overlap({ since: link.since, until: link.until ?? null }, lifeOf(endOrg));
      period = period && overlap(period, lifeOf(otherOrg));
      if (!period) continue;
      for (const anchor of anchorsHolding(end)) {
        const list = reachOf.get(anchor) ?? [];
        list.push({ code: other, kind: otherOrg.kind, ...period });
        reachOf.set(anchor, list);
      }
    }
  }

  // Community profiles: grids weighted by population, and rates that differ (5–10 % of communities weak).
  const gridsOf = new Map<string, (readonly [string, number])[]>();
  for (const grid of district.grids ?? []) {
    const list = gridsOf.get(grid.communityCode) ?? [];
    list.push([grid.code, grid.population] as const);
    gridsOf.set(grid.communityCode, list);
  }
  const weak = new Set(random.sample(communities.map((community) => community.code), Math.max(1, Math.round(communities.length * 0.075))));
  const profiles: CommunityProfile[] = communities.map((community) => {
    const isWeak = weak.has(community.code);
    const residents = (children.get(community.code) ?? []).find((org) => org.kind === K.RESIDENTS_COMMITTEE);
    const reach = reachOf.get(community.code) ?? [];
    return {
      code: community.code,
      subdistrictCode: community.parentCode!,
      residentsCommitteeCode: residents?.code ?? null,
      grids: gridsOf.get(community.code) ?? [],
      pickGrid: picker(gridsOf.get(community.code) ?? []),
      responseFailure: isWeak ? random.real(0.1, 0.14) : random.real(0.004, 0.03),
      resolutionFailure: isWeak ? random.real(0.2, 0.26) : random.real(0.03, 0.06),
      satisfactionFailure: isWeak ? random.real(0.08, 0.12) : random.real(0.004, 0.03),
      reach,
      agencies: reach.filter((unit) => unit.kind === K.GOVERNMENT_AGENCY || unit.kind === K.PUBLIC_INSTITUTION),
      firms: reach.filter((unit) => unit.kind === K.ENTERPRISE),
    };
  });
  // Busier and quieter communities: a volume factor on top of population.
  const pickCommunity = picker(profiles.map((profile) => [profile, profile.grids.reduce((sum, grid) => sum + grid[1], 0) * random.real(0.6, 1.5)] as const));

  // Receipt times: a day of the period (seasonal categories three times as frequent in season), an hour of Beijing's day.
  const startDay = options.from ?? `${Number(REFERENCE_DATE.slice(0, 4)) - 1}${REFERENCE_DATE.slice(4)}`;
  const start = Date.parse(`${startDay}T00:00:00Z`) - UTC_OFFSET;
  const days = options.days ?? Math.round((Date.parse(`${REFERENCE_DATE}T00:00:00Z`) - Date.parse(`${startDay}T00:00:00Z`)) / DAY);
  const cutoff = Date.parse(`${REFERENCE_DATE}T00:00:00Z`) - UTC_OFFSET;
  const total = Math.max(1, Math.round((CASES_PER_YEAR * options.scale * days) / 365));
  const pickHour = picker([0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 0.8, 2, 4, 6, 6, 5, 4, 5, 6, 6, 5, 4, 4, 4, 3, 2, 1, 0.5].map((weight, hour) => [hour, weight] as const));
  const pickCategory = picker(CATEGORY_SPECS.map((spec) => [spec, spec.weight] as const));
  const plans: { receivedAt: number; spec: CategorySpec; profile: CommunityProfile }[] = [];
  while (plans.length < total) {
    const spec = pickCategory(random);
    const day = random.int(0, days - 1);
    const receivedAt = start + day * DAY + pickHour(random) * HOUR + random.int(0, 59) * MINUTE;
    const month = new Date(receivedAt + UTC_OFFSET).getUTCMonth() + 1;
    if (spec.season && !spec.season.includes(month) && !random.chance(1 / 3)) continue;
    plans.push({ receivedAt, spec, profile: pickCommunity(random) });
  }
  plans.sort((a, b) => a.receivedAt - b.receivedAt);

  const year = new Date(start + UTC_OFFSET + DAY).getUTCFullYear();
  const cases: CaseRecord[] = [];
  const whistles: WhistleRecord[] = [];
  /** The last cases of each community that may still take a duplicate (not merged, rejected or withdrawn). */
  const recentOf = new Map<string, { code: string; spec: CategorySpec }[]>();
  const channelWeights = [[CaseChannel.HOTLINE, 62], [CaseChannel.ONLINE, 18], [CaseChannel.GRID_PATROL, 8], [CaseChannel.WALK_IN, 6], [CaseChannel.PARTY_MEMBER, 4], [CaseChannel.SENSOR, 2]] as const;
  const noteTexts = ['Called the resident to confirm the address.', 'Site visit arranged with the property company.', 'Waiting for parts from the supplier.', 'Coordinated with the grid worker on site.', 'Photos of the site added to the file.', 'The resident sent more details.', 'Discussed at the community joint meeting.'];
  const publicNotes = ['Repair scheduled.', 'Work in progress on site.', 'Handled by the responsible unit.'];
  let serial = 0;

  for (const plan of plans) {
    serial += 1;
    const { spec, profile } = plan;
    const code = `SC-${year}-${String(serial).padStart(6, '0')}`;
    const urgency = random.chance(spec.emergency) ? CaseUrgency.EMERGENCY : random.chance(spec.urgent / Math.max(1e-9, 1 - spec.emergency)) ? CaseUrgency.URGENT : CaseUrgency.NORMAL;
    const limits = urgency === CaseUrgency.EMERGENCY ? [2, 24] : urgency === CaseUrgency.URGENT ? [Math.min(12, spec.responseHours), 72] : [spec.responseHours, spec.closeHours];
    const channel = urgency === CaseUrgency.EMERGENCY && random.chance(0.5) ? CaseChannel.HOTLINE : random.weighted(channelWeights);
    const intake = channel === CaseChannel.HOTLINE || channel === CaseChannel.ONLINE ? hotline : profile.code;
    const t0 = plan.receivedAt;
    let dueAt = t0 + limits[1]! * HOUR;
    const grid = profile.grids.length > 0 ? profile.pickGrid(random) : null;
    const record: CaseRecord = {
      code,
      categoryCode: spec.code,
      channel,
      urgency,
      description: random.pick(spec.descriptions),
      receivedAt: iso(t0),
      ...(grid ? { gridCode: grid } : { communityCode: profile.code }),
      ...(intake !== profile.code ? { receivedByCode: intake } : {}),
    };
    const planned: Planned[] = [];
    const add = (at: number, event: Omit<EventRecord, 'at'>) => {
      (event as EventRecord).at = '';
      planned.push({ at, event: event as EventRecord });
    };
    let final: 'OPEN' | 'SIDE_EXIT' = 'OPEN';

    // Side exits at intake: consultations answered at once, duplicates, requests outside the service.
    const answered = spec.kind === 'CONSULTATION' ? random.chance(0.85) : random.chance(0.01);
    const recent = recentOf.get(profile.code) ?? [];
    if (answered) {
      add(t0 + random.int(2, 15) * MINUTE, { kind: E.ANSWER_AT_INTAKE, note: 'Answered on the call.', public: true });
    } else if (recent.length > 0 && random.chance(0.005)) {
      add(t0 + random.int(5, 60) * MINUTE, { kind: E.MERGE, duplicateOfCode: random.pick(recent.slice(-20)).code, reason: 'DUPLICATE' });
      final = 'SIDE_EXIT';
    } else if (random.chance(0.003)) {
      add(t0 + random.int(5, 90) * MINUTE, { kind: E.REJECT, reason: 'OUT_OF_SCOPE', note: 'A civil dispute for the courts; the resident was told where to go.' });
      final = 'SIDE_EXIT';
    } else {
      buildHandling();
    }
    if (final === 'OPEN') {
      recent.push({ code, spec });
      if (recent.length > 40) recent.shift();
      recentOf.set(profile.code, recent);
    }
    // Time order (stable), then the cut at the reference date.
    planned.sort(byTime);
    const events: EventRecord[] = [];
    let last = t0;
    for (const item of planned) {
      const at = Math.max(item.at, last);
      if (at >= cutoff) break;
      last = at;
      item.event.at = iso(at);
      events.push(item.event);
    }
    if (events.length > 0) record.events = events;
    cases.push(record);

    /** The dispatched path: dispatch (with returns), sign, contact, handling, reply, revisit, close (and reopen). */
    function buildHandling(): void {
      let handler = intake;
      let at = t0 + random.int(5, 40) * MINUTE;
      const hard = random.chance(0.05);
      const returnChance = hard ? 0.45 : 0.12;
      const tried = new Set<string>();
      const pickTarget = (ms: number, exclude: string): string => {
        const day = iso(ms).slice(0, 10);
        const usable = (code: string) => code !== exclude && !tried.has(code);
        const chain = [profile.subdistrictCode, profile.code, ...(profile.residentsCommitteeCode ? [profile.residentsCommitteeCode] : [])];
        // Mostly a unit of the category's usual kind, sometimes anyone reachable.
        if (random.chance(0.75)) {
          const preference = random.chance(0.6) ? spec.handlers[0]! : random.pick(spec.handlers);
          const pool =
            preference === 'AGENCY' ? profile.agencies.filter((unit) => inForce(unit, day) && usable(unit.code)).map((unit) => unit.code)
            : preference === 'FIRM' ? profile.firms.filter((unit) => inForce(unit, day) && usable(unit.code)).map((unit) => unit.code)
            : preference === 'SUBDISTRICT' ? [profile.subdistrictCode].filter(usable)
            : chain.slice(1).filter(usable);
          if (pool.length > 0) return random.pick(pool);
        }
        const everyone = [...chain, ...profile.reach.filter((unit) => inForce(unit, day)).map((unit) => unit.code)].filter((code) => code !== exclude);
        const fresh = everyone.filter((code) => !tried.has(code));
        return random.pick(fresh.length > 0 ? fresh : everyone);
      };
      // Pre-contact gaps, in hours, scaled below to fit the response limit when the response is on time;
      // the targets are drawn at the time of each dispatch, when the links in force are known.
      const steps: { kind: 'DISPATCH' | 'RETURN' | 'SIGN'; gap: number }[] = [{ kind: 'DISPATCH', gap: 0 }];
      for (let returns = 0; returns < 8 && random.chance(returnChance); returns += 1) {
        steps.push({ kind: 'RETURN', gap: random.real(0.5, 4) }, { kind: 'DISPATCH', gap: random.real(0.1, 1) });
      }
      steps.push({ kind: 'SIGN', gap: random.real(0.2, 3) });
      const contactGap = random.real(0.2, 6);
      const limit = limits[0]! * HOUR;
      const onTime = !random.chance(profile.responseFailure);
      const natural = steps.reduce((sum, step) => sum + step.gap, 0) * HOUR + contactGap * HOUR + (at - t0);
      const squeeze = onTime ? Math.min(1, (0.85 * limit) / natural) : 1;
      at = t0 + (at - t0) * squeeze;
      for (const step of steps) {
        at += step.gap * HOUR * squeeze;
        if (step.kind === 'DISPATCH') {
          const target = pickTarget(at, handler);
          tried.add(target);
          add(at, { kind: E.DISPATCH, toCode: target });
          handler = target;
        } else if (step.kind === 'RETURN') {
          add(at, { kind: E.RETURN, reason: random.pick(['NOT_OUR_JURISDICTION', 'NOT_OUR_FUNCTION', 'WRONG_ADDRESS']) });
          handler = intake;
        } else add(at, { kind: E.SIGN });
      }
      const signedAt = at;
      // A few are withdrawn before anything is done.
      if (random.chance(0.004)) {
        add(at + random.real(0.5, 12) * HOUR, { kind: E.WITHDRAW, reason: 'RESIDENT_WITHDREW' });
        final = 'SIDE_EXIT';
        return;
      }
      // A transfer (转办): the signing unit hands it on, the new unit signs in turn.
      if (random.chance(0.01)) {
        at += random.real(0.5, 4) * HOUR * squeeze;
        const next = pickTarget(at, handler);
        add(at, { kind: E.TRANSFER, toCode: next, reason: 'BETTER_PLACED_UNIT' });
        handler = next;
        at += random.real(0.2, 2) * HOUR * squeeze;
        add(at, { kind: E.SIGN });
      }
      const contactAt = onTime ? at + contactGap * HOUR * squeeze : Math.max(at + contactGap * HOUR, t0 + limit * random.real(1.05, 2.5));
      add(contactAt, { kind: E.CONTACT });

      // Time to close: log-normal (median 1.5 d, p90 6 d for ordinary matters), shorter when urgent.
      const factor = urgency === CaseUrgency.EMERGENCY ? 0.12 : urgency === CaseUrgency.URGENT ? 0.45 : spec.closeHours > 200 ? 1.6 : 1;
      const revisited = random.chance(0.93);
      const revisitGap = revisited ? random.real(2, 26) * HOUR : 0;
      const closeGap = revisited ? random.real(0.1, 3) * HOUR : random.real(4, 30) * HOUR;
      const toClose = logNormal(random, 36 * HOUR, 6 * DAY) * factor;
      const replyAt = Math.max(contactAt + random.real(0.5, 4) * HOUR, t0 + toClose - revisitGap - closeGap);
      const handling = replyAt - contactAt;
      for (let notes = random.weighted([[0, 30], [1, 35], [2, 22], [3, 13]] as const); notes > 0; notes -= 1) {
        const isPublic = random.chance(0.3);
        add(contactAt + random.next() * handling, { kind: E.NOTE, note: isPublic ? random.pick(publicNotes) : random.pick(noteTexts), ...(isPublic ? { public: true } : {}) });
      }
      // Urging (督办): mostly on the slow ones.
      if (random.chance(replyAt - t0 > 3 * DAY ? 0.25 : 0.035)) {
        add(signedAt + random.real(0.3, 0.9) * (replyAt - signedAt), { kind: E.URGE, actingCode: intake, reason: replyAt > dueAt ? 'OVERDUE' : 'APPROACHING_DUE' });
      }
      // Extensions: asked for before the due time when the reply will be late (most of those), granted hours later.
      const late = replyAt > dueAt - 2 * HOUR;
      if ((late && random.chance(0.72)) || random.chance(0.008)) {
        const askAt = Math.min(dueAt - random.real(2, 24) * HOUR, replyAt - 2 * HOUR);
        if (askAt > contactAt) {
          const asked = dueAt + limits[1]! * HOUR * random.real(0.5, 1.2);
          const grantAt = Math.min(askAt + random.real(1, 20) * HOUR, askAt + (replyAt - askAt) / 2);
          add(askAt, { kind: E.REQUEST_EXTENSION, dueAt: iso(asked), reason: random.pick(['NEEDS_COORDINATION', 'AWAITING_PARTS', 'COMPLEX_REPAIR']) });
          add(grantAt, { kind: E.GRANT_EXTENSION, actingCode: intake });
          dueAt = asked;
        }
      }
      // Whistles (吹哨): about 1 % of cases, more for emergencies and for problems beyond a community.
      const whistleChance = 0.0085 * spec.whistle * (urgency === CaseUrgency.EMERGENCY ? 2.5 : 1);
      if (handling > HOUR && random.chance(whistleChance)) {
        blowWhistle(contactAt + random.real(0.05, 0.4) * handling);
      }
      add(replyAt, { kind: E.REPLY, resolved: random.weighted([[Resolution.YES, 93], [Resolution.PARTLY, 5], [Resolution.NO, 2]] as const) });
      let at2 = replyAt;
      // Revisit and close; an unhappy resident often gets the case reopened, once in a while a closed one comes back.
      for (let round = 0; round < 3; round += 1) {
        const failedResolution = random.chance(profile.resolutionFailure);
        const failedSatisfaction = random.chance(failedResolution ? 0.5 : profile.satisfactionFailure);
        if (revisited || round > 0) {
          at2 += revisitGap || random.real(2, 26) * HOUR;
          add(at2, {
            kind: E.REVISIT,
            actingCode: intake,
            resolved: failedResolution ? (random.chance(0.6) ? Resolution.NO : Resolution.PARTLY) : Resolution.YES,
            satisfaction: failedSatisfaction ? Satisfaction.DISSATISFIED : random.chance(0.07) ? Satisfaction.BASICALLY : Satisfaction.SATISFIED,
          });
          if (round < 2 && (failedResolution || failedSatisfaction) && random.chance(0.55)) {
            at2 += random.real(0.5, 3) * HOUR;
            add(at2, { kind: E.REOPEN, actingCode: intake, reason: 'RESIDENT_DISSATISFIED' });
            at2 += random.real(1, 12) * HOUR;
            add(at2, { kind: E.CONTACT });
            at2 += logNormal(random, 30 * HOUR, 5 * DAY) * factor;
            add(at2, { kind: E.REPLY, resolved: Resolution.YES });
            continue;
          }
        }
        at2 += closeGap;
        add(at2, { kind: E.CLOSE, actingCode: intake });
        if (round < 2 && random.chance(0.006)) {
          at2 += random.real(1, 10) * DAY;
          add(at2, { kind: E.REOPEN, actingCode: intake, reason: 'PROBLEM_RECURRED' });
          at2 += random.real(1, 12) * HOUR;
          add(at2, { kind: E.CONTACT });
          at2 += logNormal(random, 30 * HOUR, 5 * DAY) * factor;
          add(at2, { kind: E.REPLY, resolved: Resolution.YES });
          continue;
        }
        break;
      }
    }

    /** A whistle on this case by its community or its subdistrict, summoning 2–4 units reachable from the caller. */
    function blowWhistle(blownAt: number): void {
      const bySubdistrict = spec.whistle >= 2.5 ? random.chance(0.6) : random.chance(0.25);
      const caller = bySubdistrict ? profile.subdistrictCode : profile.code;
      const day = iso(blownAt).slice(0, 10);
      const linked = (reachOf.get(caller) ?? []).filter((reach) => inForce(reach, day) && reach.kind !== K.EMBEDDED_PARTY_ORGANIZATION);
      const agencies = linked.filter((reach) => reach.kind === K.GOVERNMENT_AGENCY || reach.kind === K.PUBLIC_INSTITUTION || reach.kind === K.ENTERPRISE);
      const chain = [bySubdistrict ? profile.code : profile.subdistrictCode, ...(profile.residentsCommitteeCode ? [profile.residentsCommitteeCode] : [])];
      const count = random.int(2, 4);
      const units = [...new Set([...random.sample(agencies.map((unit) => unit.code), count), ...random.sample(linked.map((unit) => unit.code), count), ...chain])].filter((unit) => unit !== caller).slice(0, count);
      if (units.length < 2) return;
      const reason = urgency === CaseUrgency.EMERGENCY ? WhistleReason.EMERGENCY : spec.code.startsWith('ENFORCEMENT') ? WhistleReason.ENFORCEMENT : WhistleReason.BEYOND_CAPACITY;
      const window = reason === WhistleReason.EMERGENCY ? 30 : 120;
      const whistleCode = `WH-${year}-${String(whistles.length + 1).padStart(5, '0')}`;
      const summons: WhistleRecord['summons'] = [];
      add(blownAt, { kind: E.WHISTLE, actingCode: caller, whistleCode, reason });
      for (const unit of units) {
        const onTime = random.chance(reason === WhistleReason.EMERGENCY ? 0.95 : 0.9);
        const minutes = onTime ? random.int(Math.min(5, window - 1), window - 1) : random.int(window + 5, window * 3);
        const reportedAt = blownAt + minutes * MINUTE;
        const reported = reportedAt < cutoff;
        summons.push({ unitCode: unit, ...(reported ? { reportedAt: iso(reportedAt), score: random.weighted([[5, 45], [4, 35], [3, 14], [2, 4], [1, 2]] as const) } : {}) });
        if (reported) add(reportedAt, { kind: E.UNIT_REPORT, actingCode: unit, whistleCode });
      }
      if (blownAt >= cutoff) return;
      whistles.push({ code: whistleCode, callerCode: caller, reason, blownAt: iso(blownAt), reportBy: iso(blownAt + window * MINUTE), note: spec.name, caseCodes: [code], summons });
    }
  }
  return { serviceCategories: categoryRecords(), serviceCases: cases, whistles };
}
