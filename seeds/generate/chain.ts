import { GridFunction } from '../../src/modules/grids/grid.entity.js';
import { COMMUNITY_VOLUNTEER_TEAM_TYPES, ESTATE_SUFFIXES, ROAD_SUFFIXES, placeWord } from '../names.js';
import { randomDay, type Day } from '../random.js';
import { COUNTY_CODE } from './constants.js';
import { K, d, pad, sum, type Community, type Estate, type GridUnit, type Org, type Subdistrict } from './model.js';
import type { DistrictState } from './state.js';

/** Phase 1, the vertical chain: the district, its subdistricts, communities, grids and building cells, with their service centres, self-management organisations and community volunteer teams. */

export function buildChain(state: DistrictState): void {
  const random = state.random;
  state.districtName = state.placeNames.take(placeWord);
  const subdistrictCount = state.count(12, 3);
  const communityCount = state.count(150, 2 * subdistrictCount);
  const gridCount = state.count(2000, 2 * communityCount);
  const cellCount = state.count(20_000, gridCount);

  state.district = state.addOrganization({
    code: `${COUNTY_CODE}000000`,
    name: `${state.districtName} District Party Committee`,
    kind: K.DISTRICT_PARTY_COMMITTEE,
    parent: null,
    founded: randomDay(random, d('1990-01-01'), d('1991-12-31')),
    community: null,
  });
  state.districtServiceCentre = state.addOrganization({
    code: `${COUNTY_CODE}000000-PSC`,
    name: `${state.districtName} District Party-Mass Service Centre`,
    kind: K.PARTY_SERVICE_CENTRE,
    parent: state.district,
    founded: randomDay(random, d('2015-01-01'), d('2018-12-31')),
    community: null,
    area: state.district,
  });

  const communitiesPerSubdistrict = random.split(communityCount, subdistrictCount, 2, 0.45);
  const gridsPerCommunity = random.split(gridCount, communityCount, Math.min(4, Math.floor(gridCount / communityCount)), 0.5);
  const cellsPerGrid = random.split(cellCount, gridCount, Math.min(3, Math.floor(cellCount / gridCount)), 0.6);
  let communityIndex = 0;
  let gridIndex = 0;

  for (let s = 0; s < subdistrictCount; s += 1) {
    const name = state.placeNames.take(placeWord);
    const code = `${COUNTY_CODE}${pad(s + 1, 3)}000`;
    const roads = Array.from({ length: random.int(5, 9) }, () =>
      state.roadNames.take((r) => `${placeWord(r)} ${r.weighted(ROAD_SUFFIXES)}`),
    );
    const electionDay = (year: number, from: string, to: string): Day => randomDay(random, d(`${year}-${from}`), d(`${year}-${to}`));
    const committee = state.addOrganization({
      code,
      name: `${name} Subdistrict Party Working Committee`,
      kind: K.SUBDISTRICT_PARTY_WORKING_COMMITTEE,
      parent: state.district,
      founded: randomDay(random, d('1990-06-01'), d('1999-12-31')),
      community: null,
    });
    const subdistrict: Subdistrict = {
      number: s + 1,
      name,
      code,
      committee,
      serviceCentre: committee,
      roads,
      communities: [],
      elections: [electionDay(2015, '04-01', '07-31'), electionDay(2018, '04-01', '07-31'), electionDay(2021, '03-01', '06-15')],
      office: null,
      socialWorkStation: null,
      federation: null,
    };
    committee.address = state.address(random.pick(roads), subdistrict);
    subdistrict.serviceCentre = state.addOrganization({
      code: `${code}-PSC`,
      name: `${name} Subdistrict Party-Mass Service Centre`,
      kind: K.PARTY_SERVICE_CENTRE,
      parent: committee,
      founded: randomDay(random, d('2012-01-01'), d('2019-12-31')),
      community: null,
      area: committee,
      address: state.address(random.pick(roads), subdistrict),
    });
    state.subdistricts.push(subdistrict);

    for (let c = 0; c < communitiesPerSubdistrict[s]!; c += 1) {
      const community = buildCommunity(state, subdistrict, c + 1, gridsPerCommunity[communityIndex]!, cellsPerGrid.slice(gridIndex));
      gridIndex += community.grids.length;
      communityIndex += 1;
      subdistrict.communities.push(community);
      state.communities.push(community);
    }
    committee.households = sum(subdistrict.communities.map((community) => community.households));
  }
  state.district.households = sum(state.communities.map((community) => community.households));
  state.district.address = state.address(random.pick(state.subdistricts[0]!.roads), state.subdistricts[0]!);
  state.districtServiceCentre.address = state.district.address;
}

function buildCommunity(state: DistrictState, subdistrict: Subdistrict, number: number, gridCount: number, cellsPerGrid: number[]): Community {
  const random = state.random;
  const name = state.placeNames.take(placeWord);
  const code = `${subdistrict.code.slice(0, 9)}${pad(number, 3)}`;
  const roads = random.sample(subdistrict.roads, random.int(2, 3));
  const committee = state.addOrganization({
    code,
    name: `${name} Community Party Committee`,
    kind: K.COMMUNITY_PARTY_COMMITTEE,
    parent: subdistrict.committee,
    founded: randomDay(random, d('1996-01-01'), d('2012-12-31')),
    community: null,
  });
  const community: Community = {
    name,
    code,
    subdistrict,
    committee,
    residentsCommittee: committee,
    serviceCentre: committee,
    roads,
    grids: [],
    selfManagement: [],
    volunteerTeams: [],
    units: [],
    households: 0,
    population: 0,
    cadres: [],
    workers: [],
    residents: [],
  };
  committee.community = community;
  committee.address = state.addressIn(community);
  community.residentsCommittee = state.addOrganization({
    code: `${code}-RC`,
    name: `${name} Community Residents' Committee`,
    kind: K.RESIDENTS_COMMITTEE,
    parent: committee,
    founded: committee.founded,
    community,
    address: committee.address,
  });
  community.serviceCentre = state.addOrganization({
    code: `${code}-PSC`,
    name: `${name} Community Party-Mass Service Centre`,
    kind: K.PARTY_SERVICE_CENTRE,
    parent: committee,
    founded: randomDay(random, d('2012-01-01'), d('2020-06-30')),
    community,
    address: committee.address,
  });

  for (let g = 0; g < gridCount; g += 1) community.grids.push(buildGrid(state, community, g + 1, cellsPerGrid[g]!));
  community.households = sum(community.grids.map((grid) => grid.households));
  community.population = sum(community.grids.map((grid) => grid.population));
  committee.households = community.households;
  community.residentsCommittee.households = community.households;

  // Owners' committees in about a fifth of the estates; old estates more often have a residents' self-management council.
  for (const grid of community.grids) {
    for (const estate of grid.estates) {
      const wantsCommittee = estate.old ? random.chance(0.14) : random.chance(0.22);
      if (!wantsCommittee) continue;
      const parent = random.weighted<Org | null>([[committee, 5], [grid.branch, 4], [null, 1]]);
      community.selfManagement.push(
        state.addOrganization({
          code: `${code}-SM${pad(community.selfManagement.length + 1, 2)}`,
          name: estate.old ? `${estate.name} Residents' Self-Management Council` : `${estate.name} Owners' Committee`,
          kind: K.SELF_MANAGEMENT_ORGANIZATION,
          parent,
          founded: randomDay(random, d('2005-01-01'), d('2023-12-31')),
          community,
          households: estate.households,
          address: state.address(estate.road, subdistrict),
        }),
      );
    }
  }
  if (community.selfManagement.length === 0 && state.communities.length === 0) {
    // Guarantees the kind in the smallest districts.
    const estate = community.grids[0]!.estates[0]!;
    community.selfManagement.push(
      state.addOrganization({
        code: `${code}-SM01`,
        name: `${estate.name} Owners' Committee`,
        kind: K.SELF_MANAGEMENT_ORGANIZATION,
        parent: committee,
        founded: randomDay(random, d('2010-01-01'), d('2023-12-31')),
        community,
        households: estate.households,
        address: state.address(estate.road, subdistrict),
      }),
    );
  }

  const teamTypes = random.sample(COMMUNITY_VOLUNTEER_TEAM_TYPES, random.weighted([[1, 2], [2, 3], [3, 3], [4, 2], [5, 1]]));
  for (const type of teamTypes) {
    community.volunteerTeams.push(
      state.addOrganization({
        code: state.serial('VST'),
        name: `${name} Community ${type}`,
        kind: K.VOLUNTEER_SERVICE_TEAM,
        parent: random.chance(0.85) ? committee : null,
        founded: randomDay(random, d('2008-01-01'), d('2023-12-31')),
        community,
        address: committee.address,
      }),
    );
  }
  return community;
}

function buildGrid(state: DistrictState, community: Community, number: number, cellCount: number): GridUnit {
  const random = state.random;
  const code = `${community.code}-G${pad(number, 2)}`;
  const households = random.int(300, 500);
  const population = Math.round(households * random.real(2.4, 2.8));
  const buildings = cellCount + random.weighted([[0, 4], [1, 3], [2, 2], [3, 1]]);
  const branch = state.addOrganization({
    code: `${code}-PB`,
    name: `Grid ${number} Party Branch of ${community.name} Community`,
    kind: K.GRID_PARTY_BRANCH,
    parent: community.committee,
    founded: randomDay(random, d('2012-01-01'), d('2019-12-31')),
    community,
    households,
    address: state.addressIn(community),
  });
  const grid: GridUnit = {
    number,
    code,
    name: `Grid ${number} of ${community.name} Community`,
    branch,
    cells: [],
    households,
    population,
    buildings,
    functions: gridFunctions(state),
    estates: [],
    branchCommittee: [],
    gridWorkers: 0,
  };

  // Buildings belong to one to three estates and are numbered within their estate.
  const estateCount = buildings <= 5 ? 1 : random.weighted([[1, 5], [2, 4], [3, 1]]);
  const buildingsPerEstate = random.split(buildings, estateCount, 1, 0.5);
  const householdsPerBuilding = random.split(households, buildings, 6, 0.5);
  const buildingList: { estate: Estate; number: number; households: number }[] = [];
  for (let e = 0; e < estateCount; e += 1) {
    const old = random.chance(0.3);
    const estate: Estate = {
      name: state.estateNames.take((r) => `${placeWord(r)} ${old ? 'Xincun' : r.weighted(ESTATE_SUFFIXES)}`),
      road: random.pick(community.roads),
      households: 0,
      grid,
      old,
    };
    for (let b = 0; b < buildingsPerEstate[e]!; b += 1) {
      const buildingHouseholds = householdsPerBuilding[buildingList.length]!;
      estate.households += buildingHouseholds;
      buildingList.push({ estate, number: b + 1, households: buildingHouseholds });
    }
    grid.estates.push(estate);
  }
  // Buildings with too few Party members have no cell of their own.
  const withCells = random.sample(
    buildingList.map((_, index) => index),
    cellCount,
  ).sort((a, b) => a - b);
  for (const index of withCells) {
    const building = buildingList[index]!;
    grid.cells.push(
      state.addOrganization({
        code: `${code}-B${pad(index + 1, 2)}`,
        name: `Building ${building.number} Party Cell of ${building.estate.name}`,
        kind: K.BUILDING_PARTY_CELL,
        parent: branch,
        founded: randomDay(random, branch.founded, Math.min(branch.founded + 730, d('2020-12-31'))),
        community,
        households: building.households,
        address: state.address(building.estate.road, community.subdistrict),
      }),
    );
  }
  return grid;
}

function gridFunctions(state: DistrictState): GridFunction[] {
  const random = state.random;
  const functions = new Set<GridFunction>([GridFunction.PARTY_BUILDING, GridFunction.SOCIAL_GOVERNANCE, GridFunction.SOCIAL_RELIEF]);
  if (random.chance(0.15)) {
    functions.delete(random.weighted([[GridFunction.SOCIAL_RELIEF, 5], [GridFunction.SOCIAL_GOVERNANCE, 2], [GridFunction.PARTY_BUILDING, 1]]));
  }
  if (random.chance(0.4)) functions.add(GridFunction.PUBLIC_SAFETY);
  if (random.chance(0.6)) functions.add(GridFunction.INFORMATION_COLLECTION);
  if (random.chance(0.3)) functions.add(GridFunction.CONVENIENCE_SERVICE);
  return Object.values(GridFunction).filter((value) => functions.has(value));
}
