import { LinkKind, LinkStatus } from '../../src/modules/links/link.kinds.js';
import { isoOf, randomDay, type Day } from '../random.js';
import { K, LAST_DAY, LATEST_START, TODAY, d, type Community, type Org } from './model.js';
import type { DistrictState } from './state.js';

/** Phase 4, the horizontal links: Party presence, co-building, unit reporting, service partnerships, guidance, resource sharing and joint meetings. */

function link(state: DistrictState, kind: LinkKind, source: Org, target: Org, options: { from: Day; weight?: number; description: string; renewed?: number; ended?: number }): boolean {
  const random = state.random;
  const key = `${kind}|${source.code}|${target.code}`;
  if (source === target || state.linkPairs.has(key)) return false;
  const earliest = Math.max(options.from, source.founded + 30, target.founded + 30);
  const closes = Math.min(source.archived ?? TODAY, target.archived ?? TODAY);
  const latest = Math.min(LATEST_START, closes - 60);
  if (earliest > latest) return false;
  state.linkPairs.add(key);
  const since = randomDay(random, earliest, latest);
  // A renewed agreement: an earlier period ended on the day the current one began.
  if (since - earliest > 400 && random.chance(options.renewed ?? 0)) {
    const first = randomDay(random, earliest, since - 365);
    pushLink(state, kind, source, target, first, since, options);
  }
  let until: Day | null = closes < TODAY ? closes : null;
  if (until === null && LAST_DAY - since > 240 && random.chance(options.ended ?? 0)) until = randomDay(random, since + 180, LAST_DAY - 30);
  pushLink(state, kind, source, target, since, until, options);
  return true;
}

function pushLink(state: DistrictState, kind: LinkKind, source: Org, target: Org, since: Day, until: Day | null, options: { weight?: number; description: string }): void {
  const status = until !== null ? LinkStatus.ENDED : state.random.chance(0.03) ? LinkStatus.SUSPENDED : LinkStatus.ACTIVE;
  state.links.push({
    code: state.serial('LNK'),
    kind,
    sourceCode: source.code,
    targetCode: target.code,
    since: isoOf(since),
    until: until === null ? null : isoOf(until),
    status,
    weight: options.weight ?? 1,
    description: options.description,
  });
}

/** Reporting units located in communities at scale 1 (with the district's bureaus, about 250: operations.md §1.3). */
const LOCAL_REPORTING_UNITS = 232;

/**
 * "Double reporting" (双报到): a district-wide set of units (about 232 at scale 1, with the bureaus about 250)
 * whose Party organisations register with communities. Drawn from the units located in a community: government
 * agencies and public institutions first (weight 3), Party organisations of "two new" organisations under the
 * subdistrict or the district (2) or under the community committee (1); none archived. Each unit registers with
 * the community it is located in; a community with fewer than 2–5 units then draws more from the set's units of
 * its subdistrict, then of the district, so that the set serves every community without growing with it.
 */
function reportingUnits(state: DistrictState): Map<Community, Org[]> {
  const random = state.random;
  const weightOf = (unit: Org): number =>
    unit.kind === K.GOVERNMENT_AGENCY || unit.kind === K.PUBLIC_INSTITUTION ? 3 : unit.kind !== K.EMBEDDED_PARTY_ORGANIZATION ? 0 : unit.parent?.kind === K.COMMUNITY_PARTY_COMMITTEE ? 1 : 2;
  const bureaus = new Set(state.bureaus.values());
  const home = new Map<Org, Community>();
  for (const community of state.communities) for (const unit of community.units) if (!home.has(unit)) home.set(unit, community);
  const pool = [...home.keys()].filter((unit) => unit.archived === null && !bureaus.has(unit) && weightOf(unit) > 0);
  // Weighted sampling without replacement (Efraimidis–Spirakis keys), deterministic from the stream.
  const wanted = Math.min(pool.length, Math.max(state.communities.length, Math.round(LOCAL_REPORTING_UNITS * state.scale)));
  const set = pool
    .map((unit) => ({ unit, key: Math.log(random.next() || Number.MIN_VALUE) / weightOf(unit) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, wanted)
    .map((entry) => entry.unit);
  const of = new Map<Community, Org[]>();
  for (const community of state.communities) of.set(community, []);
  for (const unit of set) of.get(home.get(unit)!)!.push(unit);
  const bySubdistrict = new Map<Community['subdistrict'], Org[]>();
  for (const unit of set) {
    const subdistrict = home.get(unit)!.subdistrict;
    bySubdistrict.set(subdistrict, [...(bySubdistrict.get(subdistrict) ?? []), unit]);
  }
  for (const community of state.communities) {
    const list = of.get(community)!;
    const target = random.int(2, 5);
    if (list.length >= target) continue;
    const nearby = (bySubdistrict.get(community.subdistrict) ?? []).filter((unit) => !list.includes(unit));
    list.push(...random.sample(nearby, Math.min(nearby.length, target - list.length)));
    if (list.length < target) {
      const far = set.filter((unit) => !list.includes(unit));
      list.push(...random.sample(far, Math.min(far.length, target - list.length)));
    }
  }
  return of;
}

export function buildLinks(state: DistrictState): void {
  const random = state.random;
  const L = LinkKind;
  const embedded = state.organizations.filter((org) => org.kind === K.EMBEDDED_PARTY_ORGANIZATION);
  const hosts = [...state.enterprises, ...state.socialOrganizations, ...state.professionalOrganizations, ...state.charities];
  for (const host of hosts) {
    const party = host.partyOrganization;
    if (!party) continue;
    const since = Math.max(party.founded, host.founded + 60);
    state.linkPairs.add(`${L.PARTY_PRESENCE}|${party.code}|${host.code}`);
    pushLink(state, L.PARTY_PRESENCE, party, host, since, host.archived, {
      description: party.name.startsWith('Joint') ? 'Member of the joint Party branch' : 'Party branch inside the organisation',
    });
  }

  const coBuilding = ['Co-building agreement: joint patrols and venue sharing', 'Co-building agreement: volunteer services for residents', 'Co-building agreement: joint Party lessons and services', 'Co-building agreement: safety and environment projects'];
  const sharing: Record<string, string> = {
    [K.PUBLIC_INSTITUTION]: 'Opens its halls and grounds to community activities',
    [K.ENTERPRISE]: 'Funds community activities and lends equipment',
    [K.CHARITY]: 'Funds hardship relief for residents',
    [K.GOVERNMENT_AGENCY]: 'Seconds staff to the service centre',
    [K.PARTY_SERVICE_CENTRE]: 'Provides activity space free of charge',
  };
  const reportingOf = reportingUnits(state);
  for (const community of state.communities) {
    const units = community.units;
    const stationed = units.filter((unit) => unit.kind === K.GOVERNMENT_AGENCY || unit.kind === K.PUBLIC_INSTITUTION);
    const firms = units.filter((unit) => unit.kind === K.ENTERPRISE && unit.parent === null);
    const pool = [...stationed, ...stationed, ...random.sample(firms, 4)];
    for (const target of random.sample(pool, random.int(2, 5))) {
      link(state, L.CO_BUILDING, community.committee, target, { from: d('2014-01-01'), weight: random.int(1, 5), description: random.pick(coBuilding), renewed: 0.18, ended: 0.08 });
    }

    // "Double reporting": units of the district-wide set register with the community (below).
    const reporting = reportingOf.get(community) ?? [];
    for (const source of reporting) {
      link(state, L.UNIT_REPORTING, source, community.committee, { from: d('2018-01-01'), weight: random.int(1, 20), description: 'Registered with the community; members take on service tasks', ended: 0.08 });
    }

    for (const org of community.selfManagement) {
      link(state, L.SERVICE_PARTNERSHIP, community.serviceCentre, org, { from: d('2016-01-01'), description: 'Service centre supports the self-management organisation', ended: 0.06 });
    }
    const station = community.subdistrict.socialWorkStation;
    if (station) link(state, L.SERVICE_PARTNERSHIP, station, community.residentsCommittee, { from: d('2020-01-01'), description: 'Subdistrict social work station assists the community workers' });

    const socialTargets = units.filter((unit) => unit.kind === K.SOCIAL_ORGANIZATION);
    for (const team of community.volunteerTeams) {
      if (!random.chance(0.75)) continue;
      const targets = random.chance(0.7) && socialTargets.length > 0 ? random.sample(socialTargets, random.int(1, 2)) : [random.pick(state.charities)];
      for (const target of targets) {
        link(state, L.GUIDANCE, team, target, { from: d('2012-01-01'), description: 'Volunteer team leads its service activities', ended: 0.1 });
      }
    }

    for (let i = random.int(2, 6); i > 0; i -= 1) {
      const pattern = random.weighted([['institution', 3], ['firm', 3], ['charity', 2], ['agency', 1], ['space', 2]] as const);
      const institutions = units.filter((unit) => unit.kind === K.PUBLIC_INSTITUTION);
      const agencies = units.filter((unit) => unit.kind === K.GOVERNMENT_AGENCY);
      let source: Org | undefined;
      let target: Org = community.serviceCentre;
      if (pattern === 'institution') source = institutions.length > 0 ? random.pick(institutions) : undefined;
      else if (pattern === 'firm') source = firms.length > 0 ? random.pick(firms) : undefined;
      else if (pattern === 'agency') source = agencies.length > 0 ? random.pick(agencies) : undefined;
      else if (pattern === 'charity') {
        source = random.pick(state.charities);
        target = community.residentsCommittee;
      } else if (socialTargets.length > 0) {
        source = community.serviceCentre;
        target = random.pick(socialTargets);
      }
      if (!source) continue;
      link(state, L.RESOURCE_SHARING, source, target, { from: d('2015-01-01'), weight: random.int(1, 10), description: sharing[source.kind] ?? 'Shares resources', ended: 0.2 });
    }
  }

  for (const org of state.professionalOrganizations) {
    if (state.subdistricts.some((subdistrict) => subdistrict.socialWorkStation === org)) continue;
    for (const community of random.sample(state.communities, random.int(1, 4))) {
      // Government-purchased service contracts run one to three years and are often renewed.
      link(state, L.SERVICE_PARTNERSHIP, org, community.serviceCentre, { from: d('2015-01-01'), weight: random.int(1, 5), description: 'Purchased social work services assisting community workers', renewed: 0.3, ended: 0.3 });
    }
  }
  for (const bureau of state.bureaus.values()) {
    for (const community of random.sample(state.communities, random.int(1, 3))) {
      link(state, L.UNIT_REPORTING, bureau, community.committee, { from: d('2018-01-01'), weight: random.int(5, 40), description: 'In-service Party members of the bureau report to the community', ended: 0.05 });
    }
  }
  for (const team of state.districtVolunteerTeams) {
    for (const target of random.sample([...state.charities, ...state.socialOrganizations], random.int(1, 3))) {
      link(state, L.GUIDANCE, team, target, { from: d('2012-01-01'), description: 'Volunteer corps leads its service activities', ended: 0.1 });
    }
  }

  // Regional Party-building joint conferences: each subdistrict meets with a few major units.
  const majorUnits = [...state.bureaus.values(), ...state.publicInstitutions.filter((unit) => unit.name.includes(' District ')), ...embedded.filter((org) => org.parent?.kind !== K.COMMUNITY_PARTY_COMMITTEE)];
  for (const subdistrict of state.subdistricts) {
    const local = subdistrict.communities.flatMap((community) => community.units.filter((unit) => unit.kind === K.PUBLIC_INSTITUTION || unit.kind === K.GOVERNMENT_AGENCY));
    const members = random.sample([...local, ...majorUnits], random.int(1, 3));
    for (const member of members) {
      link(state, L.JOINT_MEETING, subdistrict.committee, member, { from: d('2016-01-01'), description: 'Member of the regional Party-building joint conference', ended: 0.15 });
    }
    for (const target of random.sample(local, Math.min(local.length, random.int(2, 6)))) {
      link(state, L.CO_BUILDING, subdistrict.committee, target, { from: d('2014-01-01'), weight: random.int(1, 5), description: random.pick(coBuilding), renewed: 0.18, ended: 0.08 });
    }
  }
}
