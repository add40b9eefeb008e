import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { COUNTY_CODE, DEFAULT_SEED, REFERENCE_DATE, SAMPLE_SCALE, generateDistrict } from '../seeds/generate.js';
import { datasetSchema, type Dataset, type DatasetInput } from '../src/modules/import/dataset.js';
import { GridFunction } from '../src/modules/grids/grid.entity.js';
import { LinkKind } from '../src/modules/links/link.kinds.js';
import { AREA_KINDS, CHAIN_KINDS, OrganizationKind, mayHaveParent } from '../src/modules/organizations/organization.kinds.js';

const K = OrganizationKind;
const OUTSIDE_CHAIN: readonly OrganizationKind[] = [
  K.ENTERPRISE,
  K.SOCIAL_ORGANIZATION,
  K.PROFESSIONAL_SERVICE_ORGANIZATION,
  K.CHARITY,
  K.VOLUNTEER_SERVICE_TEAM,
  K.GOVERNMENT_AGENCY,
  K.PUBLIC_INSTITUTION,
];

// Generated once per file: scale 1 is the expensive one.
const fullInput = generateDistrict({ scale: 1 });
const sampleInput = generateDistrict({ scale: SAMPLE_SCALE });
const full = datasetSchema.parse(fullInput);
const sample = datasetSchema.parse(sampleInput);

/**
 * sha256 of the canonical JSON (object keys sorted, at every level) of a generated dataset. The golden
 * hashes below pin the generator's output byte for byte: a refactoring of seeds/ must keep them; a
 * change meant to alter the sample district updates them (and the operations' golden answers with them).
 */
function datasetHash(dataset: unknown): string {
  const sortKeys = (_key: string, value: unknown): unknown =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value;
  return createHash('sha256').update(JSON.stringify(dataset, sortKeys)).digest('hex');
}

function countKind(dataset: Dataset, kind: OrganizationKind): number {
  return dataset.organizations.filter((org) => org.kind === kind).length;
}

/** Every broken rule of the import format and of the domain, as readable lines (empty when all hold). */
function problems(dataset: Dataset): string[] {
  const found: string[] = [];
  const report = (message: string): void => {
    if (found.length < 20) found.push(message);
  };
  const organizations = new Map<string, Dataset['organizations'][number]>();
  for (const org of dataset.organizations) {
    if (organizations.has(org.code)) report(`organization ${org.code} appears twice`);
    if (org.parentCode !== null) {
      const parent = organizations.get(org.parentCode);
      if (!parent) report(`organization ${org.code} comes before its parent ${org.parentCode} or the parent is missing`);
      else {
        if (!mayHaveParent(org.kind, parent.kind)) report(`${org.code}: ${org.kind} under ${parent.kind} breaks KIND_RULES`);
        if (parent.foundedOn > org.foundedOn) report(`${org.code} was founded before its parent ${parent.code}`);
      }
    } else if (!mayHaveParent(org.kind, null)) {
      report(`${org.code}: ${org.kind} may not be a root`);
    }
    if (org.archivedOn !== null && org.archivedOn <= org.foundedOn) report(`${org.code} is archived before it was founded`);
    if (org.foundedOn >= REFERENCE_DATE) report(`${org.code} is founded in the future`);
    organizations.set(org.code, org);
  }
  for (const org of dataset.organizations) {
    if (org.locatedInCode === null) continue;
    const area = organizations.get(org.locatedInCode);
    if (!area) report(`organization ${org.code}: unknown area ${org.locatedInCode}`);
    else if (!AREA_KINDS.includes(area.kind)) report(`organization ${org.code} is located in ${area.code}, a ${area.kind}`);
    if (CHAIN_KINDS.includes(org.kind)) report(`organization ${org.code}, a ${org.kind} of the chain, has an area`);
  }

  const grids = new Set<string>();
  for (const grid of dataset.grids) {
    if (grids.has(grid.code)) report(`grid ${grid.code} appears twice`);
    grids.add(grid.code);
    const community = organizations.get(grid.communityCode);
    const branch = grid.branchCode === null ? undefined : organizations.get(grid.branchCode);
    if (community?.kind !== K.COMMUNITY_PARTY_COMMITTEE) report(`grid ${grid.code}: community ${grid.communityCode} is not a community Party committee`);
    if (branch?.kind !== K.GRID_PARTY_BRANCH) report(`grid ${grid.code}: branch ${grid.branchCode} is not a grid Party branch`);
    else if (branch.parentCode !== grid.communityCode) report(`grid ${grid.code}: its branch sits under another community`);
  }

  const people = new Map<string, Dataset['people'][number]>();
  for (const person of dataset.people) {
    if (people.has(person.code)) report(`person ${person.code} appears twice`);
    if (person.phone !== null && !/^100\d{8}$/.test(person.phone)) report(`person ${person.code} has a phone outside the 100 prefix`);
    people.set(person.code, person);
  }
  const holders = new Set<string>();
  const postCodes = new Set<string>();
  for (const post of dataset.posts) {
    if (postCodes.has(post.code)) report(`post ${post.code} appears twice`);
    postCodes.add(post.code);
    holders.add(post.personCode);
    if (!people.has(post.personCode)) report(`post ${post.code}: unknown person ${post.personCode}`);
    const org = organizations.get(post.organizationCode);
    if (!org) report(`post ${post.code}: unknown organization ${post.organizationCode}`);
    else if (post.startDate < org.foundedOn) report(`post ${post.code} starts before ${org.code} was founded`);
    if (post.startDate < '2015-01-01' || post.startDate >= REFERENCE_DATE) report(`post ${post.code} starts on ${post.startDate}`);
    if (post.endDate !== null && (post.endDate <= post.startDate || post.endDate >= REFERENCE_DATE)) {
      report(`post ${post.code} runs from ${post.startDate} to ${post.endDate}`);
    }
  }
  for (const person of dataset.people) if (!holders.has(person.code)) report(`person ${person.code} holds no post`);

  const linkCodes = new Set<string>();
  for (const link of dataset.links) {
    if (linkCodes.has(link.code)) report(`link ${link.code} appears twice`);
    linkCodes.add(link.code);
    if (link.kind === LinkKind.CROSS_APPOINTMENT) report(`link ${link.code} is a CROSS_APPOINTMENT, which the server derives`);
    const source = organizations.get(link.sourceCode);
    const target = organizations.get(link.targetCode);
    if (!source || !target) report(`link ${link.code}: unknown endpoint`);
    if (link.sourceCode === link.targetCode) report(`link ${link.code} joins an organization to itself`);
    if (source && target && (link.since < source.foundedOn || link.since < target.foundedOn)) report(`link ${link.code} starts before an endpoint was founded`);
    if (link.until !== null && (link.until <= link.since || link.until >= REFERENCE_DATE)) report(`link ${link.code} runs from ${link.since} to ${link.until}`);
    if (link.since >= REFERENCE_DATE) report(`link ${link.code} starts in the future`);
    if (link.until !== null && link.status !== 'ENDED') report(`link ${link.code} has ended but its status is ${link.status}`);
    for (const endpoint of [source, target]) {
      if (endpoint?.archivedOn && (link.until === null || link.until > endpoint.archivedOn)) report(`link ${link.code} outlives the archived ${endpoint.code}`);
    }
  }
  return found;
}

const activeAt = (post: Dataset['posts'][number], day: string): boolean => post.startDate <= day && (post.endDate === null || post.endDate > day);

/** People holding, at the reference date, a post in a community Party committee and one in that community's residents' committee. */
function crossAppointedPeople(dataset: Dataset): Set<string> {
  const organizations = new Map(dataset.organizations.map((org) => [org.code, org]));
  const today = '2025-12-31';
  const committeesByPerson = new Map<string, Set<string>>();
  for (const post of dataset.posts) {
    if (!activeAt(post, today) || organizations.get(post.organizationCode)?.kind !== K.COMMUNITY_PARTY_COMMITTEE) continue;
    const set = committeesByPerson.get(post.personCode) ?? new Set<string>();
    set.add(post.organizationCode);
    committeesByPerson.set(post.personCode, set);
  }
  const result = new Set<string>();
  for (const post of dataset.posts) {
    const org = organizations.get(post.organizationCode);
    if (!activeAt(post, today) || org?.kind !== K.RESIDENTS_COMMITTEE || org.parentCode === null) continue;
    if (committeesByPerson.get(post.personCode)?.has(org.parentCode)) result.add(post.personCode);
  }
  return result;
}

describe('the sample district generator', () => {
  it('gives the same dataset, byte for byte, for the same scale and seed', () => {
    const first = JSON.stringify(generateDistrict({ scale: SAMPLE_SCALE, seed: 7 }));
    const second = JSON.stringify(generateDistrict({ scale: SAMPLE_SCALE, seed: 7 }));
    expect(second).toBe(first);
    expect(JSON.stringify(generateDistrict({ scale: SAMPLE_SCALE, seed: 8 }))).not.toBe(first);
  });

  it('generates the golden sample district (npm start) and the golden full district (scale 1), hash for hash', () => {
    expect(datasetHash(sampleInput), `the sample district at scale ${SAMPLE_SCALE}, seed ${DEFAULT_SEED}`).toBe('b018e3647f8c6bdd03c48fa5904aefc5145cf2625bc5c90fe3dfaa07e455c3e1');
    expect(datasetHash(fullInput), `the full district at scale 1, seed ${DEFAULT_SEED}`).toBe('7705b8a3e45c0ea3edec73c5dbf87f7d20a315f531101d77eae7bc0e8fbf1cc5');
  });

  it('produces datasets that the import schema accepts', () => {
    expect(() => datasetSchema.parse(generateDistrict({ scale: 0.001 }))).not.toThrow();
    expect(full.organizations.length).toBeGreaterThan(0);
    expect(sample.organizations.length).toBeGreaterThan(0);
  });

  it('sizes a full district at scale 1 as the brief describes', () => {
    const outside = full.organizations.filter((org) => OUTSIDE_CHAIN.includes(org.kind)).length;
    expect(countKind(full, K.DISTRICT_PARTY_COMMITTEE)).toBe(1);
    expect(countKind(full, K.SUBDISTRICT_PARTY_WORKING_COMMITTEE)).toBeGreaterThanOrEqual(10);
    expect(countKind(full, K.SUBDISTRICT_PARTY_WORKING_COMMITTEE)).toBeLessThanOrEqual(14);
    expect(countKind(full, K.COMMUNITY_PARTY_COMMITTEE)).toBeGreaterThanOrEqual(130);
    expect(countKind(full, K.COMMUNITY_PARTY_COMMITTEE)).toBeLessThanOrEqual(170);
    expect(full.grids.length).toBeGreaterThanOrEqual(1800);
    expect(full.grids.length).toBeLessThanOrEqual(2200);
    expect(countKind(full, K.GRID_PARTY_BRANCH)).toBe(full.grids.length);
    expect(countKind(full, K.BUILDING_PARTY_CELL)).toBeGreaterThanOrEqual(18_000);
    expect(countKind(full, K.BUILDING_PARTY_CELL)).toBeLessThanOrEqual(22_000);
    expect(outside).toBeGreaterThanOrEqual(2700);
    expect(outside).toBeLessThanOrEqual(3300);
    expect(full.people.length).toBeGreaterThanOrEqual(54_000);
    expect(full.people.length).toBeLessThanOrEqual(66_000);
    expect(full.posts.length).toBeGreaterThanOrEqual(72_000);
    expect(full.posts.length).toBeLessThanOrEqual(88_000);
    expect(countKind(full, K.RESIDENTS_COMMITTEE)).toBe(countKind(full, K.COMMUNITY_PARTY_COMMITTEE));
  });

  it('draws the communities\' reporting units from a district-wide set of about 250 (operations.md §1.3), each community with at least two', () => {
    const reporting = full.links.filter((link) => link.kind === LinkKind.UNIT_REPORTING);
    const units = new Set(reporting.map((link) => link.sourceCode));
    expect(units.size).toBeGreaterThanOrEqual(225);
    expect(units.size).toBeLessThanOrEqual(275);
    const perCommunity = new Map<string, number>();
    for (const link of reporting) perCommunity.set(link.targetCode, (perCommunity.get(link.targetCode) ?? 0) + 1);
    expect(perCommunity.size).toBe(countKind(full, K.COMMUNITY_PARTY_COMMITTEE));
    expect(Math.min(...perCommunity.values())).toBeGreaterThanOrEqual(2);
  });

  it('locates every organisation outside the chain in its community, or its subdistrict or district', () => {
    for (const dataset of [full, sample]) {
      const organizations = new Map(dataset.organizations.map((org) => [org.code, org]));
      const outside = dataset.organizations.filter((org) => !CHAIN_KINDS.includes(org.kind));
      expect(outside.filter((org) => org.locatedInCode === null).map((org) => org.code)).toEqual([]);
      const areaKinds = new Map<OrganizationKind, number>();
      for (const org of outside) {
        const kind = organizations.get(org.locatedInCode!)!.kind;
        areaKinds.set(kind, (areaKinds.get(kind) ?? 0) + 1);
      }
      // The party-mass service centres of the district and of each subdistrict have no community.
      expect(areaKinds.get(K.DISTRICT_PARTY_COMMITTEE)).toBe(1);
      expect(areaKinds.get(K.SUBDISTRICT_PARTY_WORKING_COMMITTEE)).toBe(countKind(dataset, K.SUBDISTRICT_PARTY_WORKING_COMMITTEE));
      expect(areaKinds.get(K.COMMUNITY_PARTY_COMMITTEE)).toBe(outside.length - 1 - countKind(dataset, K.SUBDISTRICT_PARTY_WORKING_COMMITTEE));
    }
    // Units in a community are in that community: a residents' committee in its own.
    const residents = full.organizations.filter((org) => org.kind === K.RESIDENTS_COMMITTEE);
    expect(residents.filter((org) => org.locatedInCode !== org.parentCode).map((org) => org.code)).toEqual([]);
  });

  it('covers most enterprises and social organisations with an embedded Party organisation', () => {
    const organizations = new Map(full.organizations.map((org) => [org.code, org]));
    const covered = new Set(full.links.filter((link) => link.kind === LinkKind.PARTY_PRESENCE).map((link) => link.targetCode));
    for (const link of full.links.filter((candidate) => candidate.kind === LinkKind.PARTY_PRESENCE)) {
      expect(organizations.get(link.sourceCode)?.kind).toBe(K.EMBEDDED_PARTY_ORGANIZATION);
    }
    const share = (kind: OrganizationKind): number => {
      const hosts = full.organizations.filter((org) => org.kind === kind);
      return hosts.filter((org) => covered.has(org.code)).length / hosts.length;
    };
    expect(share(K.ENTERPRISE)).toBeGreaterThan(0.65);
    expect(share(K.ENTERPRISE)).toBeLessThan(0.8);
    expect(share(K.SOCIAL_ORGANIZATION)).toBeGreaterThan(0.5);
    expect(share(K.SOCIAL_ORGANIZATION)).toBeLessThan(0.75);
  });

  it('resolves every reference and respects the kind rules, at every scale', () => {
    expect(problems(full)).toEqual([]);
    expect(problems(sample)).toEqual([]);
    expect(problems(datasetSchema.parse(generateDistrict({ scale: 0.001, seed: 3 })))).toEqual([]);
  });

  it('uses division-style codes for the chain and prefixed serials elsewhere', () => {
    const codeOf = (kind: OrganizationKind): string => full.organizations.find((org) => org.kind === kind)!.code;
    expect(codeOf(K.DISTRICT_PARTY_COMMITTEE)).toBe(`${COUNTY_CODE}000000`);
    expect(codeOf(K.SUBDISTRICT_PARTY_WORKING_COMMITTEE)).toMatch(new RegExp(`^${COUNTY_CODE}\\d{3}000$`));
    expect(codeOf(K.COMMUNITY_PARTY_COMMITTEE)).toMatch(new RegExp(`^${COUNTY_CODE}\\d{6}$`));
    expect(codeOf(K.BUILDING_PARTY_CELL)).toMatch(/^\d{12}-G\d{2,}-B\d{2,}$/);
    expect(full.grids[0]!.code).toMatch(/^\d{12}-G\d{2,}$/);
    expect(codeOf(K.ENTERPRISE)).toMatch(/^ENT-\d{6}$/);
    expect(full.people[0]!.code).toMatch(/^P-\d{6}$/);
    expect(full.posts[0]!.code).toMatch(/^POST-\d{6}$/);
    expect(full.links[0]!.code).toMatch(/^LNK-\d{6}$/);
  });

  it('keeps the chain founded between 1990 and 2020 and sizes grids by households', () => {
    const chain: readonly OrganizationKind[] = [K.DISTRICT_PARTY_COMMITTEE, K.SUBDISTRICT_PARTY_WORKING_COMMITTEE, K.COMMUNITY_PARTY_COMMITTEE, K.GRID_PARTY_BRANCH, K.BUILDING_PARTY_CELL];
    const misdated = full.organizations.filter((org) => chain.includes(org.kind) && (org.foundedOn < '1990-01-01' || org.foundedOn > '2020-12-31'));
    expect(misdated.map((org) => org.code)).toEqual([]);
    const missized = full.grids.filter(
      (grid) => grid.households < 300 || grid.households > 500 || Math.abs(grid.population / grid.households - 2.6) > 0.25 || grid.gridWorkers < 3,
    );
    expect(missized.map((grid) => grid.code)).toEqual([]);
    const integrated = [GridFunction.PARTY_BUILDING, GridFunction.SOCIAL_GOVERNANCE, GridFunction.SOCIAL_RELIEF];
    const complete = full.grids.filter((grid) => integrated.every((fn) => grid.functions.includes(fn)));
    expect(complete.length / full.grids.length).toBeGreaterThan(0.75);
    expect(complete.length).toBeLessThan(full.grids.length);
  });

  it('has every organization kind and every importable link kind in the sample district', () => {
    for (const dataset of [sample, datasetSchema.parse(generateDistrict({ scale: 0.001 }))]) {
      const kinds = new Set(dataset.organizations.map((org) => org.kind));
      expect([...kinds].sort()).toEqual(Object.values(OrganizationKind).sort());
      const linkKinds = new Set(dataset.links.map((link) => link.kind));
      expect([...linkKinds].sort()).toEqual(Object.values(LinkKind).filter((kind) => kind !== LinkKind.CROSS_APPOINTMENT).sort());
      expect(countKind(dataset, K.SUBDISTRICT_PARTY_WORKING_COMMITTEE)).toBeGreaterThanOrEqual(3);
      const communitiesPerSubdistrict = new Map<string, number>();
      for (const org of dataset.organizations.filter((candidate) => candidate.kind === K.COMMUNITY_PARTY_COMMITTEE)) {
        communitiesPerSubdistrict.set(org.parentCode!, (communitiesPerSubdistrict.get(org.parentCode!) ?? 0) + 1);
      }
      expect(Math.min(...communitiesPerSubdistrict.values())).toBeGreaterThanOrEqual(2);
    }
    expect(sample.organizations.length).toBeGreaterThanOrEqual(300);
    expect(sample.organizations.length).toBeLessThanOrEqual(1500);
  });

  it('keeps rotation history: ended posts, each followed by a successor from its end date', () => {
    for (const dataset of [full, sample]) {
      const organizations = new Map(dataset.organizations.map((org) => [org.code, org]));
      const ended = dataset.posts.filter((post) => post.endDate !== null);
      expect(ended.length / dataset.posts.length).toBeGreaterThanOrEqual(0.1);
      // (0.15 before the rotation phase, which ends a few percent more of the committee posts.)
      expect(ended.length / dataset.posts.length).toBeLessThanOrEqual(0.17);
      const starts = new Set(dataset.posts.map((post) => `${post.organizationCode}|${post.role}|${post.startDate}`));
      // Posts in a closed organisation end with it and have no successor; so may those the rotation phase
      // ended from 2023 (seeds/generate/rotation.ts: the holder moved, or left a seat vacant for a while or for good).
      const rotated = (post: (typeof ended)[number]) => post.endReason != null && post.endReason !== 'TERM_END' && post.endDate! >= '2023-01-01';
      const withoutSuccessor = ended.filter(
        (post) => organizations.get(post.organizationCode)?.archivedOn !== post.endDate && !rotated(post) && !starts.has(`${post.organizationCode}|${post.role}|${post.endDate}`),
      );
      expect(withoutSuccessor.map((post) => post.code)).toEqual([]);
      expect(ended.filter(rotated).length / ended.length).toBeLessThan(0.1);
    }
  });

  it('cross-appoints community Party committee members to their residents\' committee', () => {
    for (const dataset of [full, sample]) expect(crossAppointedPeople(dataset).size).toBeGreaterThan(0);
    // "One shoulder": in most communities the secretary is also the residents' committee director.
    const organizations = new Map(full.organizations.map((org) => [org.code, org]));
    const current = full.posts.filter((post) => activeAt(post, '2025-12-31'));
    const secretaries = new Set(current.filter((post) => post.role === 'SECRETARY' && organizations.get(post.organizationCode)?.kind === K.COMMUNITY_PARTY_COMMITTEE).map((post) => post.personCode));
    const directors = current.filter((post) => post.role === 'DIRECTOR' && organizations.get(post.organizationCode)?.kind === K.RESIDENTS_COMMITTEE);
    const oneShoulder = directors.filter((post) => secretaries.has(post.personCode)).length;
    expect(oneShoulder / directors.length).toBeGreaterThan(0.8);
  });

  it('refuses a scale that is not a positive number', () => {
    for (const scale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => generateDistrict({ scale })).toThrow(RangeError);
    expect(() => generateDistrict({ scale: 1, seed: 1.5 })).toThrow(RangeError);
  });
});

// The input type must stay assignable to what the importer accepts.
const typed: DatasetInput = generateDistrict({ scale: 0.001 });
void typed;
