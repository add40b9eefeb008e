import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../src/modules/import/dataset.js';
import { DEFAULT_SEED, SAMPLE_SCALE, generateDistrict, generateSample } from '../seeds/generate.js';
import { generateResources, type GeneratedResources } from '../seeds/generate/resources.js';
import { generateSocial, type GeneratedSocial } from '../seeds/generate/social.js';

/**
 * The generated resources and social forces (seeds/generate/resources.ts, social.ts): deterministic, sized
 * as operations.md §4.4 says (checked at scale 0.3), and valid by construction under the importer's rules,
 * checked here record by record against the district's own links: every use by the owner or through a
 * RESOURCE_SHARING link in force and not suspended on its days, never more than the capacity at once, hours
 * within their activity, one participation per person and activity, reports only by Party members. The
 * golden tests import the first-start sample on both databases, so the importer accepts it.
 */

const middleDistrict = generateDistrict({ scale: 0.3 });
const middle = { ...generateResources(middleDistrict, { scale: 0.3, seed: DEFAULT_SEED }), ...generateSocial(middleDistrict, { scale: 0.3, seed: DEFAULT_SEED }) };
const sample = generateSample();

const within = (value: number, expected: number, tolerance: number) => value >= expected * (1 - tolerance) && value <= expected * (1 + tolerance);

describe('generated resources and social forces', () => {
  it('gives the same records for the same district, scale and seed, and others for another seed', () => {
    const small = generateDistrict({ scale: SAMPLE_SCALE });
    const options = { scale: SAMPLE_SCALE, seed: DEFAULT_SEED, from: '2025-10-01' };
    expect(JSON.stringify(generateResources(small, options))).toBe(JSON.stringify(generateResources(small, options)));
    expect(JSON.stringify(generateSocial(small, options))).toBe(JSON.stringify(generateSocial(small, options)));
    expect(JSON.stringify(generateResources(small, { ...options, seed: 7 }).resourceUses.slice(0, 50))).not.toBe(JSON.stringify(generateResources(small, options).resourceUses.slice(0, 50)));
    expect(JSON.stringify(generateSocial(small, { ...options, seed: 7 }).participations.slice(0, 50))).not.toBe(JSON.stringify(generateSocial(small, options).participations.slice(0, 50)));
  });

  it('produces records the import schema accepts', () => {
    const parsed = datasetSchema.safeParse({ resources: sample.resources, resourceUses: sample.resourceUses, needs: sample.needs, activities: sample.activities, participations: sample.participations, memberReports: sample.memberReports });
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  });

  it('sizes a year as operations.md says, scaled (0.3 of 2,000 resources, 200,000 uses, 30,000 needs, 40,000 activities, 500,000 participations, 20,000 members)', () => {
    expect(within(middle.resources.length, 600, 0.3)).toBe(true);
    expect(within(middle.resourceUses.length, 60_000, 0.3)).toBe(true);
    expect(within(middle.needs.length, 9_000, 0.05)).toBe(true);
    expect(within(middle.activities.length, 12_000, 0.05)).toBe(true);
    expect(within(middle.participations.length, 150_000, 0.2)).toBe(true);
    expect(within(middle.memberReports.length, 6_000, 0.1)).toBe(true);
    expect(within(new Set(middle.memberReports.map((report) => report.homeUnitCode)).size, 75, 0.1)).toBe(true);
    // A fifth to a third of the ACTIVE spaces are never used in the year.
    const used = new Set(middle.resourceUses.map((use) => use.resourceCode));
    const spaces = middle.resources.filter((resource) => resource.kind === 'SPACE' && resource.status === 'ACTIVE');
    const idle = spaces.filter((resource) => !used.has(resource.code)).length / spaces.length;
    expect(idle).toBeGreaterThanOrEqual(0.2);
    expect(idle).toBeLessThanOrEqual(0.3);
    // Volunteer hours: 1–4 h a participation; most reporting members serve, a few reach the 50 h a year target.
    const hours = middle.participations.reduce((sum, participation) => sum + participation.hours, 0) / middle.participations.length;
    expect(hours).toBeGreaterThan(1.2);
    expect(hours).toBeLessThan(3);
    const byMember = new Map<string, number>();
    for (const participation of middle.participations) if (participation.role === 'IN_SERVICE_MEMBER') byMember.set(participation.personCode, (byMember.get(participation.personCode) ?? 0) + participation.hours);
    expect(byMember.size / middle.memberReports.length).toBeGreaterThan(0.55);
    expect(byMember.size / middle.memberReports.length).toBeLessThan(0.85);
    expect([...byMember.values()].some((total) => total >= 50)).toBe(true);
  });

  it('uses a resource only as its owner or through a RESOURCE_SHARING link in force, never beyond its capacity', () => {
    for (const [district, generated] of [
      [middleDistrict, middle],
      [sample, sample as unknown as GeneratedResources],
    ] as const) {
      const resources = new Map(generated.resources.map((resource) => [resource.code, resource]));
      const links = (district.links ?? []).filter((link) => link.kind === 'RESOURCE_SHARING' && link.status !== 'SUSPENDED');
      const inForce = (date: string) => (link: (typeof links)[number]) => link.since <= date && (link.until == null || link.until > date);
      const held = new Map<string, { startsAt: string; endsAt: string; quantity: number }[]>();
      const broken: string[] = [];
      for (const use of generated.resourceUses) {
        const resource = resources.get(use.resourceCode)!;
        if ((resource.status ?? 'ACTIVE') !== 'ACTIVE') broken.push(`${use.code}: resource not ACTIVE`);
        const startsAt = use.date ? `${use.date}T00:00:00.000Z` : use.from!;
        const endsAt = use.date ? new Date(Date.parse(startsAt) + 86_400_000).toISOString() : use.to!;
        if (!(endsAt > startsAt)) broken.push(`${use.code}: empty period`);
        if (use.userCode !== resource.ownerCode) {
          const first = startsAt.slice(0, 10);
          const last = new Date(Date.parse(endsAt) - 1).toISOString().slice(0, 10);
          const link = links.find((candidate) => candidate.sourceCode === resource.ownerCode && candidate.targetCode === use.userCode && inForce(first)(candidate) && inForce(last)(candidate));
          if (!link) broken.push(`${use.code}: no link ${resource.ownerCode} → ${use.userCode}`);
        }
        if (use.status === 'CANCELLED' || use.status === 'NO_SHOW') continue;
        const list = held.get(use.resourceCode) ?? [];
        list.push({ startsAt, endsAt, quantity: use.quantity });
        held.set(use.resourceCode, list);
      }
      for (const [code, uses] of held) {
        const resource = resources.get(code)!;
        if (resource.kind === 'FUNDS') {
          if (uses.reduce((sum, use) => sum + use.quantity, 0) > resource.maximum) broken.push(`${code}: over budget`);
          continue;
        }
        const edges = uses.flatMap((use) => [[use.startsAt, use.quantity] as const, [use.endsAt, -use.quantity] as const]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
        let load = 0;
        for (const [, delta] of edges) {
          load += delta;
          if (load > resource.maximum) broken.push(`${code}: over capacity`);
        }
      }
      expect(broken).toEqual([]);
    }
  });

  it('keeps needs, activities, participations and member reports within their rules', () => {
    for (const [district, generated] of [
      [middleDistrict, middle],
      [sample, sample as unknown as GeneratedSocial],
    ] as const) {
      // Each rule collects the codes that break it (one expect per rule: a few hundred thousand records).
      const broken: Record<string, string[]> = { needTimes: [], needClaim: [], householdRef: [], activityLength: [], organiserPartner: [], hours: [], twice: [], notMember: [], reportTwice: [], reportPeriod: [] };
      const partyMembers = new Set((district.people ?? []).filter((person) => person.partyMember).map((person) => person.code));
      for (const need of generated.needs) {
        const times = [need.raisedAt, need.claimedAt, need.fulfilledAt ?? need.expiredAt].filter((time): time is string => time != null);
        if ([...times].sort().join() !== times.join()) broken.needTimes!.push(need.code);
        const claimers = Number(need.claimedByOrganizationCode != null) + Number(need.claimedByPersonCode != null);
        if ((need.status === 'OPEN' && (claimers > 0 || need.claimedAt != null)) || ((need.status === 'CLAIMED' || need.status === 'FULFILLED') && claimers !== 1)) broken.needClaim!.push(need.code);
        if (need.householdRef && /\d{7}/.test(need.householdRef)) broken.householdRef!.push(need.code);
      }
      const lengths = new Map(generated.activities.map((activity) => [activity.code, (Date.parse(activity.endsAt) - Date.parse(activity.startsAt)) / 3_600_000]));
      for (const activity of generated.activities) {
        if (!(lengths.get(activity.code)! > 0)) broken.activityLength!.push(activity.code);
        if ((activity.partnerCodes ?? []).includes(activity.organiserCode)) broken.organiserPartner!.push(activity.code);
      }
      const pairs = new Set<string>();
      for (const participation of generated.participations) {
        if (!(participation.hours > 0 && participation.hours <= lengths.get(participation.activityCode)!)) broken.hours!.push(participation.code);
        const pair = `${participation.activityCode}|${participation.personCode}`;
        if (pairs.has(pair)) broken.twice!.push(participation.code);
        pairs.add(pair);
      }
      const reported = new Set<string>();
      for (const report of generated.memberReports) {
        if (!partyMembers.has(report.personCode)) broken.notMember!.push(report.code);
        if (reported.has(`${report.personCode}|${report.communityCode}`)) broken.reportTwice!.push(report.code);
        reported.add(`${report.personCode}|${report.communityCode}`);
        if (report.until && report.until <= report.since) broken.reportPeriod!.push(report.code);
      }
      expect(broken).toEqual({ needTimes: [], needClaim: [], householdRef: [], activityLength: [], organiserPartner: [], hours: [], twice: [], notMember: [], reportTwice: [], reportPeriod: [] });
    }
  });

  it('gives the first-start sample a little of everything', () => {
    const statuses = (list: readonly { status?: string | null }[]) => [...new Set(list.map((item) => item.status))].sort();
    expect(statuses(sample.resources!)).toEqual(['ACTIVE', 'DEFUNCT', 'INACTIVE', 'TEMPORARILY_CLOSED']);
    expect(statuses(sample.resourceUses!)).toEqual(['APPROVED', 'CANCELLED', 'NO_SHOW', 'REQUESTED', 'USED']);
    expect(statuses(sample.needs!)).toEqual(['CLAIMED', 'EXPIRED', 'FULFILLED', 'OPEN']);
    expect([...new Set(sample.resources!.map((resource) => resource.kind))].sort()).toEqual(['EQUIPMENT', 'EXPERTISE', 'FUNDS', 'SPACE', 'VOLUNTEER_TIME']);
    expect([...new Set(sample.participations!.map((participation) => participation.role))].sort()).toEqual(['IN_SERVICE_MEMBER', 'PROFESSIONAL', 'RESIDENT_VOLUNTEER', 'WORKER']);
    expect(sample.activities!.some((activity) => (activity.partnerCodes ?? []).length > 0 && activity.needCode)).toBe(true);
    expect(sample.memberReports!.some((report) => report.until)).toBe(true);
    expect(sample.resourceUses!.some((use) => use.userCode !== sample.resources!.find((resource) => resource.code === use.resourceCode)!.ownerCode)).toBe(true);
  });
});
