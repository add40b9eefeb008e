import { KIND_RULES, Sector } from '../../src/modules/organizations/organization.kinds.js';
import type { PostRole } from '../../src/modules/people/post.kinds.js';
import { personName, syntheticPhone } from '../names.js';
import { isoOf, randomDay, type Day } from '../random.js';
import { K, LATEST_START, PARTY_ROLES, POSTS_FROM, R, TODAY, d, type Community, type FillOptions, type GridUnit, type Org, type Person } from './model.js';
import type { DistrictState } from './state.js';

/** Phase 3, people and posts: who holds which post where, with rotation history and cross-appointments. */
export function appointPeople(state: DistrictState): void {
  appointDistrictLevel(state);
  for (const community of state.communities) appointCommunity(state, community);
  appointOutsideOrganizations(state);
}

function person(state: DistrictState, partyMember: boolean): Person {
  const random = state.random;
  const person: Person = {
    code: state.serial('P'),
    name: personName(random),
    phone: random.chance(0.92) ? syntheticPhone(random) : null,
    partyMember,
    firstStart: Number.POSITIVE_INFINITY,
  };
  state.people.push(person);
  return person;
}

function maybeParty(state: DistrictState, chance: number): Person {
  return person(state, state.random.chance(chance));
}

function post(state: DistrictState, person: Person, org: Org, role: PostRole, title: string, start: Day, end: Day | null): void {
  person.firstStart = Math.min(person.firstStart, start);
  state.posts.push({
    code: state.serial('POST'),
    personCode: person.code,
    organizationCode: org.code,
    role,
    title,
    startDate: isoOf(start),
    endDate: end === null ? null : isoOf(end),
  });
}

function isPartyPost(state: DistrictState, org: Org, role: PostRole): boolean {
  return role === R.PARTY_LIAISON || (KIND_RULES[org.kind].sector === Sector.PARTY && PARTY_ROLES.has(role));
}

/**
 * Appoints `holder` to a post and, by chance, creates the earlier holders of the same post: each
 * ended on the day its successor started, which is the rotation history the API answers about.
 * Posts in a closed organisation all ended on its archive date.
 */
function fill(state: DistrictState, org: Org, role: PostRole, title: string, holder: Person, options: FillOptions): void {
  const random = state.random;
  const partyPost = isPartyPost(state, org, role);
  if (partyPost) holder.partyMember = true;
  const earliest = Math.max(POSTS_FROM, org.founded + 1);
  const latest = Math.min(LATEST_START, (org.archived ?? TODAY) - 30);
  const start = Math.min(latest, Math.max(earliest, options.start));
  const earlier: Day[] = [];
  const chances = options.history ?? [];
  for (let level = 0; level < chances.length && random.chance(chances[level]!); level += 1) {
    const next = earlier[level - 1] ?? start;
    const fixed = options.earlierStarts?.[level];
    const candidate = fixed ?? randomDay(random, earliest, next - 365);
    if (candidate < earliest || candidate > next - 180) break;
    earlier.push(candidate);
  }
  for (let level = earlier.length - 1; level >= 0; level -= 1) {
    const end = earlier[level - 1] ?? start;
    const chosen = options.predecessor?.(level, holder, end) ?? null;
    const predecessor = chosen && chosen !== holder ? chosen : person(state, partyPost || random.chance(options.party ?? 0.35));
    if (partyPost) predecessor.partyMember = true;
    post(state, predecessor, org, role, title, earlier[level]!, end);
  }
  post(state, holder, org, role, title, start, org.archived);
}

/** A start date for a post whose holders change at random times. */
function randomStart(state: DistrictState, org: Org, from: Day = POSTS_FROM): Day {
  return randomDay(state.random, Math.max(from, org.founded + 30), LATEST_START);
}

function appointDistrictLevel(state: DistrictState): void {
  const random = state.random;
  const district = state.district;
  const history = [0.5, 0.3];
  fill(state, district, R.SECRETARY, 'Secretary of the district Party committee', person(state, true), { start: randomStart(state, district, d('2019-01-01')), history });
  const mayor = person(state, true);
  fill(state, district, R.DEPUTY_SECRETARY, 'Deputy secretary of the district Party committee', mayor, { start: randomStart(state, district, d('2019-01-01')), history });
  fill(state, state.government, R.DIRECTOR, 'District mayor', mayor, { start: randomStart(state, state.government, d('2019-01-01')), history });
  fill(state, district, R.DEPUTY_SECRETARY, 'Deputy secretary of the district Party committee', person(state, true), { start: randomStart(state, district, d('2019-01-01')), history });
  const standing = ['Head of the organisation department', 'Head of the publicity department', 'Secretary of the political and legal affairs commission', 'Head of the united front work department', 'Secretary of the discipline inspection commission'];
  for (const title of standing) {
    fill(state, district, R.COMMITTEE_MEMBER, `Member of the standing committee, ${title.toLowerCase()}`, person(state, true), { start: randomStart(state, district, d('2018-01-01')), history });
  }
  appointServiceCentre(state, state.districtServiceCentre, null, random.int(3, 5));
  for (const [, bureau] of state.bureaus) {
    fill(state, bureau, R.DIRECTOR, 'Director', maybeParty(state, 0.95), { start: randomStart(state, bureau), history: [0.4, 0.2], party: 0.95 });
    fill(state, bureau, R.DEPUTY_DIRECTOR, 'Deputy director', maybeParty(state, 0.85), { start: randomStart(state, bureau), history: [0.3], party: 0.85 });
  }

  for (const subdistrict of state.subdistricts) {
    const committee = subdistrict.committee;
    fill(state, committee, R.SECRETARY, 'Secretary of the subdistrict Party working committee', person(state, true), { start: randomStart(state, committee, d('2018-01-01')), history });
    const officeDirector = person(state, true);
    const officeStart = randomStart(state, committee, d('2018-01-01'));
    fill(state, committee, R.DEPUTY_SECRETARY, 'Deputy secretary of the subdistrict Party working committee', officeDirector, { start: officeStart, history });
    if (subdistrict.office) fill(state, subdistrict.office, R.DIRECTOR, 'Director of the subdistrict office', officeDirector, { start: officeStart, history });
    fill(state, committee, R.DEPUTY_SECRETARY, 'Deputy secretary of the subdistrict Party working committee', person(state, true), { start: randomStart(state, committee, d('2018-01-01')), history });
    const members: Person[] = [];
    for (let i = random.int(4, 6); i > 0; i -= 1) {
      const member = person(state, true);
      members.push(member);
      fill(state, committee, R.COMMITTEE_MEMBER, 'Member of the subdistrict Party working committee', member, { start: randomStart(state, committee, d('2017-01-01')), history: [0.4, 0.2] });
    }
    appointServiceCentre(state, subdistrict.serviceCentre, random.chance(0.5) ? random.pick(members) : null, random.int(2, 4));
  }
}

function appointServiceCentre(state: DistrictState, centre: Org, director: Person | null, staff: number, workers: Person[] = []): void {
  fill(state, centre, R.DIRECTOR, 'Director of the service centre', director ?? maybeParty(state, 0.8), { start: randomStart(state, centre), history: [0.3, 0.2], party: 0.8 });
  for (let i = 0; i < staff; i += 1) {
    const holder = workers[i] ?? maybeParty(state, 0.4);
    fill(state, centre, R.STAFF, 'Service centre staff', holder, { start: randomStart(state, centre), history: [0.25] });
  }
}

/** The two committees with their cross-appointments, community workers, grids and building cells. */
function appointCommunity(state: DistrictState, community: Community): void {
  const random = state.random;
  const [election2015, election2018, election2021] = community.subdistrict.elections;
  const electionDay = Math.min(election2021 + random.int(0, 20), LATEST_START);
  const earlierElections = [election2018 + random.int(0, 20), election2015 + random.int(0, 20)];

  interface Seat {
    org: Org;
    role: PostRole;
    title: string;
    holder: Person;
    start: Day;
  }
  const seats: Seat[] = [];
  // Most seats were filled at the 2021 general election; some later, in a by-election.
  const seatStart = (): Day => (random.chance(0.82) ? electionDay : randomDay(random, electionDay + 180, d('2025-09-30')));

  const committee = community.committee;
  const residents = community.residentsCommittee;
  const secretary = person(state, true);
  const committeeMembers: Person[] = [];
  const oneShoulderStart = seatStart();
  seats.push({ org: committee, role: R.SECRETARY, title: 'Secretary of the community Party committee', holder: secretary, start: oneShoulderStart });
  const deputies = random.int(1, 2);
  for (let i = 0; i < deputies; i += 1) {
    const deputy = person(state, true);
    committeeMembers.push(deputy);
    seats.push({ org: committee, role: R.DEPUTY_SECRETARY, title: 'Deputy secretary of the community Party committee', holder: deputy, start: seatStart() });
  }
  const committeeSize = random.int(5, 7);
  for (let i = 1 + deputies; i < committeeSize; i += 1) {
    const member = person(state, true);
    committeeMembers.push(member);
    seats.push({ org: committee, role: R.COMMITTEE_MEMBER, title: 'Member of the community Party committee', holder: member, start: seatStart() });
  }

  // "One shoulder": in most communities the secretary is also the residents' committee director.
  const oneShoulder = random.chance(0.92);
  const director = oneShoulder ? secretary : random.chance(0.5) ? committeeMembers[0]! : maybeParty(state, 0.8);
  const residentsSize = random.int(5, 7);
  const crossAppointed = random.sample(committeeMembers.filter((member) => member !== director), random.int(1, Math.min(3, residentsSize - 2)));
  const seatOf = (holder: Person): Seat | undefined => seats.find((seat) => seat.holder === holder);
  const directorStart = oneShoulder ? oneShoulderStart : (seatOf(director)?.start ?? seatStart());
  seats.push({ org: residents, role: R.DIRECTOR, title: "Director of the residents' committee", holder: director, start: directorStart });
  const residentsDeputies = random.int(1, 2);
  for (let i = 1; i < residentsSize; i += 1) {
    const holder = crossAppointed[i - 1] ?? maybeParty(state, 0.4);
    const role = i <= residentsDeputies ? R.DEPUTY_DIRECTOR : R.MEMBER;
    const title = role === R.DEPUTY_DIRECTOR ? "Deputy director of the residents' committee" : "Member of the residents' committee";
    // A cross-appointed member was elected to both committees on the same day.
    seats.push({ org: residents, role, title, holder, start: seatOf(holder)?.start ?? seatStart() });
  }

  const cadres = [...new Set(seats.map((seat) => seat.holder))];
  community.cadres.push(...cadres);
  const rotated = new Set<Person>();
  for (const seat of seats) {
    const byElection = seat.start !== electionDay;
    fill(state, seat.org, seat.role, seat.title, seat.holder, {
      start: seat.start,
      history: byElection ? [1, 0.3] : [0.42, 0.35],
      earlierStarts: byElection ? [electionDay, earlierElections[0]!] : earlierElections,
      party: seat.org === committee ? 1 : 0.45,
      // At the 2021 election some members moved between the two committees or up within one.
      predecessor: (level, holder, end) => {
        if (level !== 0 || byElection || !random.chance(0.3)) return null;
        const candidates = cadres.filter(
          (cadre) =>
            cadre !== holder &&
            !rotated.has(cadre) &&
            cadre.firstStart >= end &&
            seatOf(cadre)?.start === electionDay &&
            !seats.some((other) => other.holder === cadre && other.org === seat.org && other.role === seat.role),
        );
        if (candidates.length === 0) return null;
        const mover = random.pick(candidates);
        rotated.add(mover);
        return mover;
      },
    });
  }
  fill(state, committee, R.GRID_CHIEF, 'Grid general chief', secretary, { start: oneShoulderStart });

  // Community workers: about 18 per 10,000 residents, counting the two-committee members.
  const workerCount = Math.max(2, Math.min(24, Math.round((community.population * 18) / 10_000) - cadres.length));
  for (let i = 0; i < workerCount; i += 1) {
    const worker = maybeParty(state, 0.45);
    community.workers.push(worker);
    fill(state, residents, R.STAFF, 'Community worker', worker, { start: randomStart(state, residents), history: [0.25, 0.15] });
  }
  const deputySecretary = committeeMembers[0]!;
  appointServiceCentre(state, 
    community.serviceCentre,
    random.chance(0.6) ? deputySecretary : null,
    random.int(2, 4),
    random.sample(community.workers, random.int(0, 2)),
  );

  const freeWorkers = random.shuffle([...community.workers]);
  for (const grid of community.grids) appointGrid(state, community, grid, freeWorkers);
  for (const org of community.selfManagement) appointSelfManagement(state, community, org);
  for (const team of community.volunteerTeams) appointVolunteerTeam(state, team, community.residents);
}

function appointGrid(state: DistrictState, community: Community, grid: GridUnit, freeWorkers: Person[]): void {
  const random = state.random;
  const branch = grid.branch;
  const partyCadres = community.cadres.filter((cadre) => cadre.partyMember);
  // Two-committee members often also lead a grid branch.
  const secretary = random.chance(0.2) && partyCadres.length > 0 ? random.pick(partyCadres) : person(state, true);
  fill(state, branch, R.SECRETARY, 'Secretary of the grid Party branch', secretary, { start: randomStart(state, branch), history: [0.25, 0.2] });
  grid.branchCommittee.push(secretary);
  const branchTitles = ['Branch committee member for organisation', 'Branch committee member for publicity', 'Branch committee member for discipline', 'Branch committee member for youth work'];
  for (const title of branchTitles.slice(0, random.int(2, 4))) {
    const member = person(state, true);
    grid.branchCommittee.push(member);
    fill(state, branch, R.COMMITTEE_MEMBER, title, member, { start: randomStart(state, branch), history: [0.15] });
  }

  // Cells first: their leaders and building heads are the pool for part-time grid work and volunteering.
  const gridResidents: Person[] = [];
  // Many earlier holders of grid and building posts still serve the grid in another post.
  const movedWithin = (_level: number, holder: Person, end: Day): Person | null => {
    if (!random.chance(0.35)) return null;
    const candidates = gridResidents.filter((resident) => resident !== holder && resident.firstStart >= end);
    return candidates.length > 0 ? random.pick(candidates) : null;
  };
  for (const cell of grid.cells) {
    const leader = random.chance(0.08) ? random.pick(grid.branchCommittee) : person(state, true);
    fill(state, cell, R.SECRETARY, 'Party cell leader', leader, { start: randomStart(state, cell), history: [0.07], predecessor: movedWithin });
    gridResidents.push(leader);
    if (random.chance(0.72)) {
      const head = random.chance(0.6) ? leader : maybeParty(state, 0.3);
      fill(state, cell, R.BUILDING_HEAD, 'Building head', head, { start: randomStart(state, cell), history: [0.1], party: 0.3, predecessor: movedWithin });
      if (head !== leader) gridResidents.push(head);
    }
  }

  const chiefRoll = random.next();
  const chief =
    chiefRoll < 0.45 && freeWorkers.length > 0
      ? freeWorkers.pop()!
      : chiefRoll < 0.6
        ? random.pick(community.cadres)
        : chiefRoll < 0.9
          ? secretary
          : maybeParty(state, 0.5);
  fill(state, branch, R.GRID_CHIEF, 'Grid chief', chief, { start: randomStart(state, branch), history: [0.25], party: 0.5 });

  const fullTime = freeWorkers.length > 0 && random.chance(0.5) ? freeWorkers.pop()! : maybeParty(state, 0.4);
  fill(state, branch, R.GRID_WORKER, 'Full-time grid worker', fullTime, { start: randomStart(state, branch, d('2016-01-01')), history: [0.3, 0.15], party: 0.4 });
  const partTime = random.weighted([[2, 2], [3, 4], [4, 3], [5, 1]]);
  for (let i = 0; i < partTime; i += 1) {
    const worker = gridResidents.length > 0 && random.chance(0.35) ? random.pick(gridResidents) : maybeParty(state, 0.3);
    fill(state, branch, R.GRID_WORKER, 'Part-time grid worker', worker, { start: randomStart(state, branch, d('2016-01-01')), history: [0.18], party: 0.3, predecessor: movedWithin });
  }
  grid.gridWorkers = 1 + partTime;
  community.residents.push(...gridResidents);
}

function appointSelfManagement(state: DistrictState, community: Community, org: Org): void {
  const random = state.random;
  const council = org.name.endsWith('Council');
  const what = council ? 'self-management council' : "owners' committee";
  // "Red" owners' committees recruit Party members from the grid branch (cross-appointment).
  const grid = community.grids.find((candidate) => candidate.branch === org.parent) ?? random.pick(community.grids);
  const red = random.chance(0.35) ? random.pick(grid.branchCommittee) : null;
  const history = [0.22, 0.1];
  const redChair = red !== null && random.chance(0.5);
  fill(state, org, R.DIRECTOR, `Chair of the ${what}`, redChair ? red : maybeParty(state, 0.35), { start: randomStart(state, org), history });
  if (!council) fill(state, org, R.DEPUTY_DIRECTOR, `Vice-chair of the ${what}`, maybeParty(state, 0.3), { start: randomStart(state, org), history });
  const members = random.int(2, council ? 4 : 5);
  for (let i = 0; i < members; i += 1) {
    const holder = i === 0 && red !== null && !redChair ? red : maybeParty(state, 0.3);
    fill(state, org, R.MEMBER, `Member of the ${what}`, holder, { start: randomStart(state, org), history });
  }
}

function appointVolunteerTeam(state: DistrictState, team: Org, residents: readonly Person[]): void {
  const random = state.random;
  const leader = residents.length > 0 && random.chance(0.3) ? random.pick(residents) : maybeParty(state, 0.6);
  fill(state, team, R.DIRECTOR, 'Team leader', leader, { start: randomStart(state, team), history: [0.25], party: 0.6 });
  for (let i = random.int(4, 8); i > 0; i -= 1) {
    const volunteer = residents.length > 0 && random.chance(0.35) ? random.pick(residents) : maybeParty(state, 0.3);
    fill(state, team, R.VOLUNTEER, 'Volunteer', volunteer, { start: randomStart(state, team), history: [0.15] });
  }
}

function appointOutsideOrganizations(state: DistrictState): void {
  const random = state.random;
  const bureaus = new Set(state.bureaus.values());
  for (const org of state.governmentUnits) {
    if (org === state.government || bureaus.has(org)) continue;
    if (org.name.endsWith('Subdistrict Office')) {
      fill(state, org, R.DEPUTY_DIRECTOR, 'Deputy director of the subdistrict office', maybeParty(state, 0.9), { start: randomStart(state, org), history: [0.4], party: 0.9 });
      continue;
    }
    const title = org.name.endsWith('Police Station') ? 'Chief of the police station' : 'Head';
    fill(state, org, R.DIRECTOR, title, maybeParty(state, 0.95), { start: randomStart(state, org), history: [0.45, 0.2], party: 0.95 });
  }
  for (const org of state.publicInstitutions) {
    const title = /School|Kindergarten/.test(org.name) ? 'Principal' : /Hospital/.test(org.name) ? 'President' : 'Director';
    fill(state, org, R.DIRECTOR, title, maybeParty(state, 0.85), { start: randomStart(state, org), history: [0.35, 0.15], party: 0.85 });
  }
  for (const org of state.enterprises) {
    org.head = maybeParty(state, 0.25);
    fill(state, org, R.DIRECTOR, org.parent ? 'Branch manager' : 'General manager', org.head, { start: randomStart(state, org), history: [0.12], party: 0.25 });
  }
  for (const org of state.socialOrganizations) {
    org.head = maybeParty(state, 0.35);
    fill(state, org, R.DIRECTOR, 'President', org.head, { start: randomStart(state, org), history: [0.25], party: 0.35 });
    if (random.chance(0.3)) fill(state, org, R.STAFF, 'Secretary-general', maybeParty(state, 0.3), { start: randomStart(state, org), history: [0.2] });
  }
  for (const org of state.professionalOrganizations) {
    org.head = maybeParty(state, 0.5);
    fill(state, org, R.DIRECTOR, 'Director', org.head, { start: randomStart(state, org), history: [0.25], party: 0.5 });
    for (let i = random.int(3, 8); i > 0; i -= 1) {
      fill(state, org, R.SOCIAL_WORKER, 'Social worker', maybeParty(state, 0.25), { start: randomStart(state, org), history: [0.3], party: 0.25 });
    }
  }
  for (const org of state.charities) {
    org.head = maybeParty(state, 0.5);
    fill(state, org, R.DIRECTOR, 'Chair of the board', org.head, { start: randomStart(state, org), history: [0.25], party: 0.5 });
    for (let i = random.int(1, 2); i > 0; i -= 1) fill(state, org, R.STAFF, 'Project officer', maybeParty(state, 0.3), { start: randomStart(state, org), history: [0.25] });
  }
  for (const team of state.districtVolunteerTeams) appointVolunteerTeam(state, team, []);

  // Party organisations in firms and social organisations; the boss is often the secretary.
  const embedded = state.organizations.filter((org) => org.kind === K.EMBEDDED_PARTY_ORGANIZATION);
  const hostsOf = new Map<Org, Org[]>();
  for (const host of [...state.enterprises, ...state.socialOrganizations, ...state.professionalOrganizations, ...state.charities]) {
    if (!host.partyOrganization) continue;
    hostsOf.set(host.partyOrganization, [...(hostsOf.get(host.partyOrganization) ?? []), host]);
  }
  for (const org of embedded) {
    const hosts = hostsOf.get(org) ?? [];
    const boss = hosts.length === 1 && random.chance(0.35) ? hosts[0]!.head : null;
    fill(state, org, R.SECRETARY, 'Secretary of the Party branch', boss ?? person(state, true), { start: randomStart(state, org), history: [0.25, 0.15] });
    for (let i = random.weighted([[0, 3], [1, 3], [2, 2]]); i > 0; i -= 1) {
      fill(state, org, R.COMMITTEE_MEMBER, 'Member of the Party branch committee', person(state, true), { start: randomStart(state, org), history: [0.15] });
    }
  }

  // Units without a Party organisation are reached by an instructor covering several of them ("work coverage").
  for (const community of state.communities) {
    const uncovered = community.units.filter(
      (unit) => (unit.kind === K.ENTERPRISE || unit.kind === K.SOCIAL_ORGANIZATION) && !unit.partyOrganization && unit.archived === null && random.chance(0.6),
    );
    let instructor: Person | null = null;
    let load = 0;
    for (const unit of uncovered) {
      if (!instructor || load === 0) {
        instructor = person(state, true);
        load = random.int(2, 5);
      }
      fill(state, unit, R.PARTY_LIAISON, 'Party-building instructor', instructor, { start: randomStart(state, unit, d('2016-01-01')), history: [0.2] });
      load -= 1;
    }
  }
}
