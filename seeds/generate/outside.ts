import {
  CHARITY_TYPES,
  COMMUNITY_SOCIAL_ORGANIZATION_TYPES,
  DISTRICT_BUREAUS,
  DISTRICT_SOCIAL_ORGANIZATION_TYPES,
  ENTERPRISE_INDUSTRIES,
  NameRegistry,
  PRIVATE_NON_ENTERPRISE_TYPES,
  PROFESSIONAL_SERVICE_TYPES,
  SUBDISTRICT_SOCIAL_ORGANIZATION_TYPES,
  placeWord,
  type DistrictBureau,
} from '../names.js';
import { randomDay } from '../random.js';
import { K, d, type Community, type Org } from './model.js';
import type { DistrictState } from './state.js';

/** Phase 2, the organisations around the chain: government, public institutions, social organisations, enterprises, professional services, charities, volunteer corps, and the Party organisations embedded in them. */
export function buildOutsideOrganizations(state: DistrictState): void {
  buildGovernment(state);
  buildPublicInstitutions(state);
  buildSocialOrganizations(state);
  buildEnterprises(state);
  buildSocialServiceOrganizations(state);
  buildEmbeddedPartyOrganizations(state);
}

function buildGovernment(state: DistrictState): void {
  const random = state.random;
  const home = state.anyCommunity();
  state.government = state.addOrganization({
    code: state.serial('GOV'),
    name: `${state.districtName} District People's Government`,
    kind: K.GOVERNMENT_AGENCY,
    parent: null,
    founded: state.district.founded,
    community: home,
    address: state.district.address,
  });
  state.governmentUnits.push(state.government);
  // Bureaus formed in the 2018–2019 institutional reform were founded then.
  const reformed = new Set<string>(['Market Supervision Bureau', 'Emergency Management Bureau', 'Veterans Affairs Bureau']);
  const bureauCount = Math.min(DISTRICT_BUREAUS.length, state.count(DISTRICT_BUREAUS.length, 8));
  for (const bureau of DISTRICT_BUREAUS.slice(0, bureauCount)) {
    const community = state.anyCommunity();
    const org = state.addOrganization({
      code: state.serial('GOV'),
      name: `${state.districtName} District ${bureau}`,
      kind: K.GOVERNMENT_AGENCY,
      parent: state.government,
      founded: reformed.has(bureau) ? randomDay(random, d('2019-01-01'), d('2019-06-30')) : randomDay(random, d('1990-06-01'), d('2005-12-31')),
      community,
      address: state.addressIn(community),
    });
    state.bureaus.set(bureau, org);
    state.governmentUnits.push(org);
    community.units.push(org);
  }
  const stationed: [string, DistrictBureau | null][] = [
    ['Subdistrict Office', null],
    ['Police Station', 'Public Security Sub-bureau'],
    ['Judicial Office', 'Justice Bureau'],
    ['Market Supervision Office', 'Market Supervision Bureau'],
    ['Urban Management Squadron', 'Urban Management and Law Enforcement Bureau'],
  ];
  for (const subdistrict of state.subdistricts) {
    for (const [unit, bureau] of stationed) {
      const community = random.pick(subdistrict.communities);
      const org = state.addOrganization({
        code: state.serial('GOV'),
        name: `${subdistrict.name} ${unit}`,
        kind: K.GOVERNMENT_AGENCY,
        parent: bureau ? (state.bureaus.get(bureau) ?? state.government) : state.government,
        founded: randomDay(random, d('1992-01-01'), d('2010-12-31')),
        community,
        address: state.addressIn(community),
      });
      if (!bureau) subdistrict.office = org;
      state.governmentUnits.push(org);
      community.units.push(org);
    }
  }
}

function buildPublicInstitutions(state: DistrictState): void {
  const random = state.random;
  const total = Math.max(state.count(180, 0), 2 * state.subdistricts.length);
  const districtLevel: [string, DistrictBureau][] = [
    ["People's Hospital", 'Health Commission'],
    ['Hospital of Traditional Chinese Medicine', 'Health Commission'],
    ['Maternal and Child Health Hospital', 'Health Commission'],
    ['Library', 'Culture and Tourism Bureau'],
    ['Cultural Centre', 'Culture and Tourism Bureau'],
    ['Vocational School', 'Education Commission'],
    ['Social Welfare Institute', 'Civil Affairs Bureau'],
  ];
  const specs: { name: string; bureau: DistrictBureau; community: Community }[] = [];
  for (const subdistrict of state.subdistricts) {
    specs.push({ name: `${subdistrict.name} Subdistrict Community Health Service Centre`, bureau: 'Health Commission', community: random.pick(subdistrict.communities) });
  }
  for (const [unit, bureau] of districtLevel) specs.push({ name: `${state.districtName} District ${unit}`, bureau, community: state.anyCommunity() });
  for (const subdistrict of state.subdistricts) {
    specs.push({ name: `${subdistrict.name} Subdistrict Cultural Station`, bureau: 'Culture and Tourism Bureau', community: random.pick(subdistrict.communities) });
    specs.push({ name: `${subdistrict.name} Subdistrict Elderly Care Service Centre`, bureau: 'Civil Affairs Bureau', community: random.pick(subdistrict.communities) });
  }
  let middleSchool = 0;
  const schools = new NameRegistry(random);
  while (specs.length < total) {
    const community = state.anyCommunity();
    const type = random.weighted([['primary', 4], ['kindergarten', 4], ['station', 3], ['middle', 1]] as const);
    if (type === 'middle') {
      middleSchool += 1;
      specs.push({ name: `${state.districtName} District No. ${middleSchool} Middle School`, bureau: 'Education Commission', community });
    } else if (type === 'station') {
      specs.push({ name: schools.take(() => `${community.name} Community Health Service Station`), bureau: 'Health Commission', community });
    } else {
      const suffix = type === 'primary' ? 'Primary School' : 'Kindergarten';
      specs.push({ name: schools.take((r) => `${r.chance(0.6) ? community.name : placeWord(r)} ${suffix}`), bureau: 'Education Commission', community });
    }
  }
  for (const spec of specs.slice(0, total)) {
    const parent = random.chance(0.85) ? (state.bureaus.get(spec.bureau) ?? null) : null;
    const org = state.addOrganization({
      code: state.serial('PUB'),
      name: spec.name,
      kind: K.PUBLIC_INSTITUTION,
      parent,
      founded: randomDay(random, d('1990-01-01'), d('2015-12-31')),
      community: spec.community,
      address: state.addressIn(spec.community),
    });
    state.publicInstitutions.push(org);
    spec.community.units.push(org);
  }
}

function buildSocialOrganizations(state: DistrictState): void {
  const random = state.random;
  const total = state.count(600, 4);
  const made: Org[] = [];
  const add = (name: string, parent: Org | null, community: Community, from: string): Org => {
    const org = state.addOrganization({
      code: state.serial('SOC'),
      name,
      kind: K.SOCIAL_ORGANIZATION,
      parent,
      founded: randomDay(random, d(from), d('2023-12-31')),
      community,
      address: state.addressIn(community),
    });
    made.push(org);
    community.units.push(org);
    return org;
  };
  for (const subdistrict of state.subdistricts) {
    if (made.length >= total) break;
    subdistrict.federation = add(`${subdistrict.name} Subdistrict Community Social Organisation Federation`, null, random.pick(subdistrict.communities), '2012-01-01');
  }
  const districtTypes = random.sample(DISTRICT_SOCIAL_ORGANIZATION_TYPES, Math.min(DISTRICT_SOCIAL_ORGANIZATION_TYPES.length, state.count(8, 1)));
  for (const type of districtTypes) {
    if (made.length >= total) break;
    add(`${state.districtName} District ${type}`, null, state.anyCommunity(), '1995-01-01');
  }
  const subdistrictTypes = new Map(state.subdistricts.map((subdistrict) => [subdistrict, random.shuffle([...SUBDISTRICT_SOCIAL_ORGANIZATION_TYPES])]));
  const communityTypes = new Map(state.communities.map((community) => [community, random.shuffle([...COMMUNITY_SOCIAL_ORGANIZATION_TYPES])]));
  const branchable = made.filter((org) => org.name.includes(' District '));
  while (made.length < total) {
    const community = state.anyCommunity();
    const form = random.weighted([['community', 60], ['private', 25], ['subdistrict', 8], ['branch', 7]] as const);
    const communityList = communityTypes.get(community)!;
    const subdistrictList = subdistrictTypes.get(community.subdistrict)!;
    if (form === 'community' && communityList.length > 0) {
      const federation = community.subdistrict.federation;
      add(`${community.name} Community ${communityList.pop()!}`, federation && random.chance(0.4) ? federation : null, community, '2005-01-01');
    } else if (form === 'subdistrict' && subdistrictList.length > 0) {
      add(`${community.subdistrict.name} Subdistrict ${subdistrictList.pop()!}`, null, community, '2000-01-01');
    } else if (form === 'branch' && branchable.length > 0) {
      const parent = random.pick(branchable);
      add(state.firmNames.take(() => `${parent.name} ${community.subdistrict.name} Branch`), parent, community, '2008-01-01');
    } else {
      add(state.firmNames.take((r) => `${placeWord(r)} ${r.pick(PRIVATE_NON_ENTERPRISE_TYPES)}`), null, community, '2003-01-01');
    }
  }
  state.socialOrganizations.push(...made);
}

function buildEnterprises(state: DistrictState): void {
  const random = state.random;
  const total = state.count(1500, 6);
  for (let i = 0; i < total; i += 1) {
    const community = state.anyCommunity();
    const parentCandidate = state.enterprises.length > 10 && random.chance(0.05) ? random.pick(state.enterprises) : null;
    const parent = parentCandidate && parentCandidate.parent === null ? parentCandidate : null;
    // More firms were registered in recent years than in the 1990s.
    const foundedYear = Math.floor(1995 + 28.99 * Math.sqrt(random.next()));
    const name = parent
      ? state.firmNames.take(() => `${parent.name.replace(/ Co\., Ltd\.$/, '')} ${community.subdistrict.name} Branch`)
      : state.firmNames.take((r) => `${placeWord(r)} ${r.weighted(ENTERPRISE_INDUSTRIES)} Co., Ltd.`);
    const org = state.addOrganization({
      code: state.serial('ENT'),
      name,
      kind: K.ENTERPRISE,
      parent,
      founded: randomDay(random, d(`${foundedYear}-01-01`), d(`${foundedYear}-12-31`)),
      community,
      address: state.addressIn(community),
    });
    state.enterprises.push(org);
    community.units.push(org);
  }
  // About one firm in a hundred has closed: its posts, links and Party branch ended on the same day.
  const closable = state.enterprises.filter((org) => !org.hasChildren && org.founded < d('2018-01-01'));
  const closedCount = Math.max(1, Math.round(state.enterprises.length * 0.012));
  for (const org of random.sample(closable, closedCount)) {
    org.archived = randomDay(random, Math.max(org.founded + 1100, d('2019-01-01')), d('2025-06-30'));
  }
}

function buildSocialServiceOrganizations(state: DistrictState): void {
  const random = state.random;
  for (const subdistrict of state.subdistricts) {
    const community = random.pick(subdistrict.communities);
    subdistrict.socialWorkStation = state.addOrganization({
      code: state.serial('PSO'),
      name: `${subdistrict.name} Subdistrict Social Work Station`,
      kind: K.PROFESSIONAL_SERVICE_ORGANIZATION,
      parent: null,
      founded: randomDay(random, d('2020-01-01'), d('2023-06-30')),
      community,
      address: state.addressIn(community),
    });
    state.professionalOrganizations.push(subdistrict.socialWorkStation);
    community.units.push(subdistrict.socialWorkStation);
  }
  for (let i = state.count(90, 1); i > 0; i -= 1) {
    const community = state.anyCommunity();
    const org = state.addOrganization({
      code: state.serial('PSO'),
      name: state.firmNames.take((r) => `${placeWord(r)} ${r.pick(PROFESSIONAL_SERVICE_TYPES)}`),
      kind: K.PROFESSIONAL_SERVICE_ORGANIZATION,
      parent: null,
      founded: randomDay(random, d('2008-01-01'), d('2022-12-31')),
      community,
      address: state.addressIn(community),
    });
    state.professionalOrganizations.push(org);
    community.units.push(org);
  }
  for (let i = state.count(90, 2); i > 0; i -= 1) {
    const community = state.anyCommunity();
    const name =
      i === 1
        ? `${state.districtName} District Charity Federation`
        : random.chance(0.2)
          ? state.firmNames.take(() => `${community.subdistrict.name} Subdistrict Charity Association`)
          : state.firmNames.take((r) => `${placeWord(r)} ${r.pick(CHARITY_TYPES)}`);
    const org = state.addOrganization({
      code: state.serial('CHA'),
      name,
      kind: K.CHARITY,
      parent: null,
      founded: randomDay(random, d('2005-01-01'), d('2022-12-31')),
      community,
      address: state.addressIn(community),
    });
    state.charities.push(org);
    community.units.push(org);
  }
  for (let i = state.count(10, 1); i > 0; i -= 1) {
    const community = state.anyCommunity();
    const org = state.addOrganization({
      code: state.serial('VST'),
      name:
        i === 1
          ? `${state.districtName} District Red Vest Volunteer Corps`
          : state.firmNames.take((r) => `${placeWord(r)} ${r.pick(['Public Welfare Volunteer Team', 'Volunteer Rescue Team', 'Caring Volunteer Team'])}`),
      kind: K.VOLUNTEER_SERVICE_TEAM,
      parent: null,
      founded: randomDay(random, d('2010-01-01'), d('2023-12-31')),
      community,
      address: state.addressIn(community),
    });
    state.districtVolunteerTeams.push(org);
  }
}

/**
 * Party organisations inside "two new" organisations: about 73% of enterprises and 62% of social
 * organisations are covered (domain.md), a fifth of them by a joint branch of several small units.
 */
function buildEmbeddedPartyOrganizations(state: DistrictState): void {
  const random = state.random;
  const embedded: Org[] = [];
  const hostsByCommunity = new Map<Community, Org[]>();
  const eligible = [...state.enterprises, ...state.socialOrganizations, ...state.professionalOrganizations, ...state.charities];
  for (const host of eligible) {
    const coverage = host.kind === K.ENTERPRISE ? 0.731 : 0.617;
    if (!random.chance(coverage)) continue;
    const list = hostsByCommunity.get(host.community!) ?? [];
    list.push(host);
    hostsByCommunity.set(host.community!, list);
  }
  if (hostsByCommunity.size === 0) hostsByCommunity.set(state.enterprises[0]!.community!, [state.enterprises[0]!]);
  const joint = new NameRegistry(random);
  for (const community of state.communities) {
    const hosts = hostsByCommunity.get(community);
    if (!hosts) continue;
    const queue = [...hosts];
    while (queue.length > 0) {
      const host = queue.shift()!;
      const partners = queue.filter((other) => other.kind === host.kind && other.archived === null);
      if (host.archived === null && partners.length > 0 && random.chance(0.2)) {
        const members = [host, ...partners.slice(0, random.int(1, 3))];
        for (const member of members.slice(1)) queue.splice(queue.indexOf(member), 1);
        const what = host.kind === K.ENTERPRISE ? 'Non-public Enterprises' : 'Social Organisations';
        const org = state.addOrganization({
          code: state.serial('EPO'),
          name: joint.take(() => `Joint Party Branch of ${community.name} Community ${what}`),
          kind: K.EMBEDDED_PARTY_ORGANIZATION,
          parent: community.committee,
          founded: randomDay(random, Math.max(d('2005-01-01'), ...members.map((member) => member.founded + 180)), d('2024-06-30')),
          community,
          address: host.address,
        });
        for (const member of members) member.partyOrganization = org;
        embedded.push(org);
        continue;
      }
      const parent = random.weighted<Org>([[community.committee, 16], [community.subdistrict.committee, 3], [state.district, 1]]);
      const latest = host.archived === null ? d('2024-06-30') : host.archived - 400;
      const earliest = Math.max(d('2000-01-01'), host.founded + 90);
      const org = state.addOrganization({
        code: state.serial('EPO'),
        name: `Party Branch of ${host.name}`,
        kind: K.EMBEDDED_PARTY_ORGANIZATION,
        parent,
        founded: randomDay(random, Math.min(earliest, latest), latest),
        community,
        address: host.address,
      });
      org.archived = host.archived;
      host.partyOrganization = org;
      embedded.push(org);
    }
  }
  for (const org of embedded) org.community?.units.push(org);
}
