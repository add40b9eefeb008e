import type { DatasetInput } from '../src/modules/import/dataset.js';
import { GridFunction } from '../src/modules/grids/grid.entity.js';
import { LinkKind, LinkStatus } from '../src/modules/links/link.kinds.js';
import { CHAIN_KINDS, KIND_RULES, OrganizationKind, Sector, mayHaveParent } from '../src/modules/organizations/organization.kinds.js';
import { PostRole } from '../src/modules/people/post.kinds.js';
import {
  CHARITY_TYPES,
  COMMUNITY_SOCIAL_ORGANIZATION_TYPES,
  COMMUNITY_VOLUNTEER_TEAM_TYPES,
  DISTRICT_BUREAUS,
  DISTRICT_SOCIAL_ORGANIZATION_TYPES,
  ENTERPRISE_INDUSTRIES,
  ESTATE_SUFFIXES,
  NameRegistry,
  PRIVATE_NON_ENTERPRISE_TYPES,
  PROFESSIONAL_SERVICE_TYPES,
  ROAD_SUFFIXES,
  SUBDISTRICT_SOCIAL_ORGANIZATION_TYPES,
  personName,
  placeWord,
  syntheticPhone,
  type DistrictBureau,
} from './names.js';
import { Random, dayOf, isoOf, randomDay, type Day } from './random.js';

/**
 * The deterministic sample district: a district Party committee with its subdistricts, communities,
 * grids and building cells, the organisations around that chain, the people holding posts in all of
 * them (with rotation history and cross-appointments) and the horizontal links between them.
 * Same scale and seed, same output, byte for byte: nothing here reads the clock or Math.random.
 */

export interface GenerateDistrictOptions {
  /** 1 is a full district (about 12 subdistricts, 150 communities, 2,000 grids); counts scale linearly. */
  scale: number;
  seed?: number;
}

/** The scale loaded into a fresh database on first start: a small but complete district. */
export const SAMPLE_SCALE = 0.03;
export const DEFAULT_SEED = 20260101;
/** "Today" inside the data: every ended post and link ended before it, nothing starts after it. */
export const REFERENCE_DATE = '2026-01-01';
/** Subdistrict numbers have three digits in the division code, which caps the district size. */
export const MAX_SCALE = 50;
/** The six-digit county part of every division code: an unallocated code, so it names no real place. */
export const COUNTY_CODE = '110199';

type OrganizationRow = NonNullable<DatasetInput['organizations']>[number];
type GridRow = NonNullable<DatasetInput['grids']>[number];
type PostRow = NonNullable<DatasetInput['posts']>[number];
type LinkRow = NonNullable<DatasetInput['links']>[number];

interface Person {
  code: string;
  name: string;
  phone: string | null;
  partyMember: boolean;
  /** Start of the person's earliest post so far: someone moving into a post left an earlier one first. */
  firstStart: Day;
}

interface Org {
  code: string;
  name: string;
  kind: OrganizationKind;
  parent: Org | null;
  founded: Day;
  archived: Day | null;
  households: number | null;
  address: string | null;
  /** Where the organisation is located, for links with the chain around it. */
  community: Community | null;
  /** For a unit of a whole subdistrict or the district with no community: that subdistrict's or the district's committee. */
  area: Org | null;
  hasChildren: boolean;
  /** The Party organisation present in it, if any. */
  partyOrganization: Org | null;
  /** Its head, once appointed: Party secretaries of embedded organisations are often the boss. */
  head: Person | null;
}

interface Subdistrict {
  number: number;
  name: string;
  code: string;
  committee: Org;
  serviceCentre: Org;
  roads: string[];
  communities: Community[];
  /** Dates of the community "two committees" elections of 2015, 2018 and 2021. */
  elections: [Day, Day, Day];
  office: Org | null;
  socialWorkStation: Org | null;
  federation: Org | null;
}

interface Estate {
  name: string;
  road: string;
  households: number;
  grid: GridUnit;
  old: boolean;
}

interface GridUnit {
  number: number;
  code: string;
  name: string;
  branch: Org;
  cells: Org[];
  households: number;
  population: number;
  buildings: number;
  functions: GridFunction[];
  estates: Estate[];
  branchCommittee: Person[];
  gridWorkers: number;
}

interface Community {
  name: string;
  code: string;
  subdistrict: Subdistrict;
  committee: Org;
  residentsCommittee: Org;
  serviceCentre: Org;
  roads: string[];
  grids: GridUnit[];
  selfManagement: Org[];
  volunteerTeams: Org[];
  /** Organisations outside the chain located in the community. */
  units: Org[];
  households: number;
  population: number;
  /** Current community cadres (two-committee members) and community workers, for concurrent posts. */
  cadres: Person[];
  workers: Person[];
  /** Current cell leaders and building heads, who also volunteer and work part-time in the grid. */
  residents: Person[];
}

const K = OrganizationKind;
const R = PostRole;
const TODAY = dayOf(REFERENCE_DATE);
const LAST_DAY = TODAY - 1;
const POSTS_FROM = dayOf('2015-01-01');
const LATEST_START = dayOf('2025-10-31');
const PARTY_ROLES: ReadonlySet<PostRole> = new Set([R.SECRETARY, R.DEPUTY_SECRETARY, R.COMMITTEE_MEMBER]);

const dayCache = new Map<string, Day>();
const d = (isoDate: string): Day => {
  let day = dayCache.get(isoDate);
  if (day === undefined) dayCache.set(isoDate, (day = dayOf(isoDate)));
  return day;
};
const pad = (value: number, width: number): string => String(value).padStart(width, '0');

interface FillOptions {
  start: Day;
  /** Chance that the post had an earlier holder, then one before that, and so on (most recent first). */
  history?: readonly number[];
  /** Fixed start dates of the earlier holders (election dates), most recent first; random otherwise. */
  earlierStarts?: readonly Day[];
  /** Who held the post until `end`: an existing person moving between posts, or null for a new person. */
  predecessor?: (level: number, holder: Person, end: Day) => Person | null;
  /** Chance that a new earlier holder is a Party member (0.35 when left out); Party posts always go to members. */
  party?: number;
}

class DistrictGenerator {
  private readonly random: Random;
  private readonly placeNames: NameRegistry;
  private readonly roadNames: NameRegistry;
  private readonly estateNames: NameRegistry;
  private readonly firmNames: NameRegistry;
  private readonly organizations: Org[] = [];
  private readonly gridRows: GridRow[] = [];
  private readonly people: Person[] = [];
  private readonly posts: PostRow[] = [];
  private readonly links: LinkRow[] = [];
  private readonly linkPairs = new Set<string>();
  private readonly serials = new Map<string, number>();

  private districtName = '';
  private district!: Org;
  private districtServiceCentre!: Org;
  private government!: Org;
  private readonly bureaus = new Map<DistrictBureau, Org>();
  private readonly subdistricts: Subdistrict[] = [];
  private readonly communities: Community[] = [];
  private readonly enterprises: Org[] = [];
  private readonly socialOrganizations: Org[] = [];
  private readonly professionalOrganizations: Org[] = [];
  private readonly charities: Org[] = [];
  private readonly governmentUnits: Org[] = [];
  private readonly publicInstitutions: Org[] = [];
  private readonly districtVolunteerTeams: Org[] = [];

  constructor(
    private readonly scale: number,
    seed: number,
  ) {
    this.random = new Random(seed);
    this.placeNames = new NameRegistry(this.random);
    this.roadNames = new NameRegistry(this.random);
    this.estateNames = new NameRegistry(this.random);
    this.firmNames = new NameRegistry(this.random);
  }

  /** A count at this scale, never below `minimum`. */
  private count(atScaleOne: number, minimum: number): number {
    return Math.max(minimum, Math.round(atScaleOne * this.scale));
  }

  private serial(prefix: string): string {
    const next = (this.serials.get(prefix) ?? 0) + 1;
    this.serials.set(prefix, next);
    return `${prefix}-${pad(next, 6)}`;
  }

  generate(): DatasetInput {
    this.buildChain();
    this.buildGovernment();
    this.buildPublicInstitutions();
    this.buildSocialOrganizations();
    this.buildEnterprises();
    this.buildSocialServiceOrganizations();
    this.buildEmbeddedPartyOrganizations();
    this.appointDistrictLevel();
    for (const community of this.communities) this.appointCommunity(community);
    this.appointOutsideOrganizations();
    this.buildLinks();
    return this.output();
  }

  // ---------------------------------------------------------------- organisations

  private addOrganization(spec: {
    code: string;
    name: string;
    kind: OrganizationKind;
    parent: Org | null;
    founded: Day;
    community: Community | null;
    area?: Org | null;
    households?: number | null;
    address?: string | null;
  }): Org {
    if (!mayHaveParent(spec.kind, spec.parent?.kind ?? null)) {
      throw new Error(`${spec.kind} may not sit under ${spec.parent?.kind ?? 'no parent'} (${spec.code})`);
    }
    const org: Org = {
      code: spec.code,
      name: spec.name,
      kind: spec.kind,
      parent: spec.parent,
      // A unit cannot be founded before the organisation it sits under.
      founded: Math.min(LAST_DAY - 400, Math.max(spec.founded, spec.parent?.founded ?? spec.founded)),
      archived: null,
      households: spec.households ?? null,
      address: spec.address ?? null,
      community: spec.community,
      area: spec.area ?? null,
      hasChildren: false,
      partyOrganization: null,
      head: null,
    };
    if (spec.parent) spec.parent.hasChildren = true;
    this.organizations.push(org);
    return org;
  }

  private address(road: string, subdistrict: Subdistrict): string {
    return `${road}, ${subdistrict.name} Subdistrict, ${this.districtName} District`;
  }

  private addressIn(community: Community): string {
    return this.address(this.random.pick(community.roads), community.subdistrict);
  }

  private anyCommunity(): Community {
    return this.random.pick(this.communities);
  }

  private buildChain(): void {
    const random = this.random;
    this.districtName = this.placeNames.take(placeWord);
    const subdistrictCount = this.count(12, 3);
    const communityCount = this.count(150, 2 * subdistrictCount);
    const gridCount = this.count(2000, 2 * communityCount);
    const cellCount = this.count(20_000, gridCount);

    this.district = this.addOrganization({
      code: `${COUNTY_CODE}000000`,
      name: `${this.districtName} District Party Committee`,
      kind: K.DISTRICT_PARTY_COMMITTEE,
      parent: null,
      founded: randomDay(random, d('1990-01-01'), d('1991-12-31')),
      community: null,
    });
    this.districtServiceCentre = this.addOrganization({
      code: `${COUNTY_CODE}000000-PSC`,
      name: `${this.districtName} District Party-Mass Service Centre`,
      kind: K.PARTY_SERVICE_CENTRE,
      parent: this.district,
      founded: randomDay(random, d('2015-01-01'), d('2018-12-31')),
      community: null,
      area: this.district,
    });

    const communitiesPerSubdistrict = random.split(communityCount, subdistrictCount, 2, 0.45);
    const gridsPerCommunity = random.split(gridCount, communityCount, Math.min(4, Math.floor(gridCount / communityCount)), 0.5);
    const cellsPerGrid = random.split(cellCount, gridCount, Math.min(3, Math.floor(cellCount / gridCount)), 0.6);
    let communityIndex = 0;
    let gridIndex = 0;

    for (let s = 0; s < subdistrictCount; s += 1) {
      const name = this.placeNames.take(placeWord);
      const code = `${COUNTY_CODE}${pad(s + 1, 3)}000`;
      const roads = Array.from({ length: random.int(5, 9) }, () =>
        this.roadNames.take((r) => `${placeWord(r)} ${r.weighted(ROAD_SUFFIXES)}`),
      );
      const electionDay = (year: number, from: string, to: string): Day => randomDay(random, d(`${year}-${from}`), d(`${year}-${to}`));
      const committee = this.addOrganization({
        code,
        name: `${name} Subdistrict Party Working Committee`,
        kind: K.SUBDISTRICT_PARTY_WORKING_COMMITTEE,
        parent: this.district,
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
      committee.address = this.address(random.pick(roads), subdistrict);
      subdistrict.serviceCentre = this.addOrganization({
        code: `${code}-PSC`,
        name: `${name} Subdistrict Party-Mass Service Centre`,
        kind: K.PARTY_SERVICE_CENTRE,
        parent: committee,
        founded: randomDay(random, d('2012-01-01'), d('2019-12-31')),
        community: null,
        area: committee,
        address: this.address(random.pick(roads), subdistrict),
      });
      this.subdistricts.push(subdistrict);

      for (let c = 0; c < communitiesPerSubdistrict[s]!; c += 1) {
        const community = this.buildCommunity(subdistrict, c + 1, gridsPerCommunity[communityIndex]!, cellsPerGrid.slice(gridIndex));
        gridIndex += community.grids.length;
        communityIndex += 1;
        subdistrict.communities.push(community);
        this.communities.push(community);
      }
      committee.households = sum(subdistrict.communities.map((community) => community.households));
    }
    this.district.households = sum(this.communities.map((community) => community.households));
    this.district.address = this.address(random.pick(this.subdistricts[0]!.roads), this.subdistricts[0]!);
    this.districtServiceCentre.address = this.district.address;
  }

  private buildCommunity(subdistrict: Subdistrict, number: number, gridCount: number, cellsPerGrid: number[]): Community {
    const random = this.random;
    const name = this.placeNames.take(placeWord);
    const code = `${subdistrict.code.slice(0, 9)}${pad(number, 3)}`;
    const roads = random.sample(subdistrict.roads, random.int(2, 3));
    const committee = this.addOrganization({
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
    committee.address = this.addressIn(community);
    community.residentsCommittee = this.addOrganization({
      code: `${code}-RC`,
      name: `${name} Community Residents' Committee`,
      kind: K.RESIDENTS_COMMITTEE,
      parent: committee,
      founded: committee.founded,
      community,
      address: committee.address,
    });
    community.serviceCentre = this.addOrganization({
      code: `${code}-PSC`,
      name: `${name} Community Party-Mass Service Centre`,
      kind: K.PARTY_SERVICE_CENTRE,
      parent: committee,
      founded: randomDay(random, d('2012-01-01'), d('2020-06-30')),
      community,
      address: committee.address,
    });

    for (let g = 0; g < gridCount; g += 1) community.grids.push(this.buildGrid(community, g + 1, cellsPerGrid[g]!));
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
          this.addOrganization({
            code: `${code}-SM${pad(community.selfManagement.length + 1, 2)}`,
            name: estate.old ? `${estate.name} Residents' Self-Management Council` : `${estate.name} Owners' Committee`,
            kind: K.SELF_MANAGEMENT_ORGANIZATION,
            parent,
            founded: randomDay(random, d('2005-01-01'), d('2023-12-31')),
            community,
            households: estate.households,
            address: this.address(estate.road, subdistrict),
          }),
        );
      }
    }
    if (community.selfManagement.length === 0 && this.communities.length === 0) {
      // Guarantees the kind in the smallest districts.
      const estate = community.grids[0]!.estates[0]!;
      community.selfManagement.push(
        this.addOrganization({
          code: `${code}-SM01`,
          name: `${estate.name} Owners' Committee`,
          kind: K.SELF_MANAGEMENT_ORGANIZATION,
          parent: committee,
          founded: randomDay(random, d('2010-01-01'), d('2023-12-31')),
          community,
          households: estate.households,
          address: this.address(estate.road, subdistrict),
        }),
      );
    }

    const teamTypes = random.sample(COMMUNITY_VOLUNTEER_TEAM_TYPES, random.weighted([[1, 2], [2, 3], [3, 3], [4, 2], [5, 1]]));
    for (const type of teamTypes) {
      community.volunteerTeams.push(
        this.addOrganization({
          code: this.serial('VST'),
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

  private buildGrid(community: Community, number: number, cellCount: number): GridUnit {
    const random = this.random;
    const code = `${community.code}-G${pad(number, 2)}`;
    const households = random.int(300, 500);
    const population = Math.round(households * random.real(2.4, 2.8));
    const buildings = cellCount + random.weighted([[0, 4], [1, 3], [2, 2], [3, 1]]);
    const branch = this.addOrganization({
      code: `${code}-PB`,
      name: `Grid ${number} Party Branch of ${community.name} Community`,
      kind: K.GRID_PARTY_BRANCH,
      parent: community.committee,
      founded: randomDay(random, d('2012-01-01'), d('2019-12-31')),
      community,
      households,
      address: this.addressIn(community),
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
      functions: this.gridFunctions(),
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
        name: this.estateNames.take((r) => `${placeWord(r)} ${old ? 'Xincun' : r.weighted(ESTATE_SUFFIXES)}`),
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
        this.addOrganization({
          code: `${code}-B${pad(index + 1, 2)}`,
          name: `Building ${building.number} Party Cell of ${building.estate.name}`,
          kind: K.BUILDING_PARTY_CELL,
          parent: branch,
          founded: randomDay(random, branch.founded, Math.min(branch.founded + 730, d('2020-12-31'))),
          community,
          households: building.households,
          address: this.address(building.estate.road, community.subdistrict),
        }),
      );
    }
    return grid;
  }

  private gridFunctions(): GridFunction[] {
    const random = this.random;
    const functions = new Set<GridFunction>([GridFunction.PARTY_BUILDING, GridFunction.SOCIAL_GOVERNANCE, GridFunction.SOCIAL_RELIEF]);
    if (random.chance(0.15)) {
      functions.delete(random.weighted([[GridFunction.SOCIAL_RELIEF, 5], [GridFunction.SOCIAL_GOVERNANCE, 2], [GridFunction.PARTY_BUILDING, 1]]));
    }
    if (random.chance(0.4)) functions.add(GridFunction.PUBLIC_SAFETY);
    if (random.chance(0.6)) functions.add(GridFunction.INFORMATION_COLLECTION);
    if (random.chance(0.3)) functions.add(GridFunction.CONVENIENCE_SERVICE);
    return Object.values(GridFunction).filter((value) => functions.has(value));
  }

  private buildGovernment(): void {
    const random = this.random;
    const home = this.anyCommunity();
    this.government = this.addOrganization({
      code: this.serial('GOV'),
      name: `${this.districtName} District People's Government`,
      kind: K.GOVERNMENT_AGENCY,
      parent: null,
      founded: this.district.founded,
      community: home,
      address: this.district.address,
    });
    this.governmentUnits.push(this.government);
    // Bureaus formed in the 2018–2019 institutional reform were founded then.
    const reformed = new Set<string>(['Market Supervision Bureau', 'Emergency Management Bureau', 'Veterans Affairs Bureau']);
    const bureauCount = Math.min(DISTRICT_BUREAUS.length, this.count(DISTRICT_BUREAUS.length, 8));
    for (const bureau of DISTRICT_BUREAUS.slice(0, bureauCount)) {
      const community = this.anyCommunity();
      const org = this.addOrganization({
        code: this.serial('GOV'),
        name: `${this.districtName} District ${bureau}`,
        kind: K.GOVERNMENT_AGENCY,
        parent: this.government,
        founded: reformed.has(bureau) ? randomDay(random, d('2019-01-01'), d('2019-06-30')) : randomDay(random, d('1990-06-01'), d('2005-12-31')),
        community,
        address: this.addressIn(community),
      });
      this.bureaus.set(bureau, org);
      this.governmentUnits.push(org);
      community.units.push(org);
    }
    const stationed: [string, DistrictBureau | null][] = [
      ['Subdistrict Office', null],
      ['Police Station', 'Public Security Sub-bureau'],
      ['Judicial Office', 'Justice Bureau'],
      ['Market Supervision Office', 'Market Supervision Bureau'],
      ['Urban Management Squadron', 'Urban Management and Law Enforcement Bureau'],
    ];
    for (const subdistrict of this.subdistricts) {
      for (const [unit, bureau] of stationed) {
        const community = random.pick(subdistrict.communities);
        const org = this.addOrganization({
          code: this.serial('GOV'),
          name: `${subdistrict.name} ${unit}`,
          kind: K.GOVERNMENT_AGENCY,
          parent: bureau ? (this.bureaus.get(bureau) ?? this.government) : this.government,
          founded: randomDay(random, d('1992-01-01'), d('2010-12-31')),
          community,
          address: this.addressIn(community),
        });
        if (!bureau) subdistrict.office = org;
        this.governmentUnits.push(org);
        community.units.push(org);
      }
    }
  }

  private buildPublicInstitutions(): void {
    const random = this.random;
    const total = Math.max(this.count(180, 0), 2 * this.subdistricts.length);
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
    for (const subdistrict of this.subdistricts) {
      specs.push({ name: `${subdistrict.name} Subdistrict Community Health Service Centre`, bureau: 'Health Commission', community: random.pick(subdistrict.communities) });
    }
    for (const [unit, bureau] of districtLevel) specs.push({ name: `${this.districtName} District ${unit}`, bureau, community: this.anyCommunity() });
    for (const subdistrict of this.subdistricts) {
      specs.push({ name: `${subdistrict.name} Subdistrict Cultural Station`, bureau: 'Culture and Tourism Bureau', community: random.pick(subdistrict.communities) });
      specs.push({ name: `${subdistrict.name} Subdistrict Elderly Care Service Centre`, bureau: 'Civil Affairs Bureau', community: random.pick(subdistrict.communities) });
    }
    let middleSchool = 0;
    const schools = new NameRegistry(random);
    while (specs.length < total) {
      const community = this.anyCommunity();
      const type = random.weighted([['primary', 4], ['kindergarten', 4], ['station', 3], ['middle', 1]] as const);
      if (type === 'middle') {
        middleSchool += 1;
        specs.push({ name: `${this.districtName} District No. ${middleSchool} Middle School`, bureau: 'Education Commission', community });
      } else if (type === 'station') {
        specs.push({ name: schools.take(() => `${community.name} Community Health Service Station`), bureau: 'Health Commission', community });
      } else {
        const suffix = type === 'primary' ? 'Primary School' : 'Kindergarten';
        specs.push({ name: schools.take((r) => `${r.chance(0.6) ? community.name : placeWord(r)} ${suffix}`), bureau: 'Education Commission', community });
      }
    }
    for (const spec of specs.slice(0, total)) {
      const parent = random.chance(0.85) ? (this.bureaus.get(spec.bureau) ?? null) : null;
      const org = this.addOrganization({
        code: this.serial('PUB'),
        name: spec.name,
        kind: K.PUBLIC_INSTITUTION,
        parent,
        founded: randomDay(random, d('1990-01-01'), d('2015-12-31')),
        community: spec.community,
        address: this.addressIn(spec.community),
      });
      this.publicInstitutions.push(org);
      spec.community.units.push(org);
    }
  }

  private buildSocialOrganizations(): void {
    const random = this.random;
    const total = this.count(600, 4);
    const made: Org[] = [];
    const add = (name: string, parent: Org | null, community: Community, from: string): Org => {
      const org = this.addOrganization({
        code: this.serial('SOC'),
        name,
        kind: K.SOCIAL_ORGANIZATION,
        parent,
        founded: randomDay(random, d(from), d('2023-12-31')),
        community,
        address: this.addressIn(community),
      });
      made.push(org);
      community.units.push(org);
      return org;
    };
    for (const subdistrict of this.subdistricts) {
      if (made.length >= total) break;
      subdistrict.federation = add(`${subdistrict.name} Subdistrict Community Social Organisation Federation`, null, random.pick(subdistrict.communities), '2012-01-01');
    }
    const districtTypes = random.sample(DISTRICT_SOCIAL_ORGANIZATION_TYPES, Math.min(DISTRICT_SOCIAL_ORGANIZATION_TYPES.length, this.count(8, 1)));
    for (const type of districtTypes) {
      if (made.length >= total) break;
      add(`${this.districtName} District ${type}`, null, this.anyCommunity(), '1995-01-01');
    }
    const subdistrictTypes = new Map(this.subdistricts.map((subdistrict) => [subdistrict, random.shuffle([...SUBDISTRICT_SOCIAL_ORGANIZATION_TYPES])]));
    const communityTypes = new Map(this.communities.map((community) => [community, random.shuffle([...COMMUNITY_SOCIAL_ORGANIZATION_TYPES])]));
    const branchable = made.filter((org) => org.name.includes(' District '));
    while (made.length < total) {
      const community = this.anyCommunity();
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
        add(this.firmNames.take(() => `${parent.name} ${community.subdistrict.name} Branch`), parent, community, '2008-01-01');
      } else {
        add(this.firmNames.take((r) => `${placeWord(r)} ${r.pick(PRIVATE_NON_ENTERPRISE_TYPES)}`), null, community, '2003-01-01');
      }
    }
    this.socialOrganizations.push(...made);
  }

  private buildEnterprises(): void {
    const random = this.random;
    const total = this.count(1500, 6);
    for (let i = 0; i < total; i += 1) {
      const community = this.anyCommunity();
      const parentCandidate = this.enterprises.length > 10 && random.chance(0.05) ? random.pick(this.enterprises) : null;
      const parent = parentCandidate && parentCandidate.parent === null ? parentCandidate : null;
      // More firms were registered in recent years than in the 1990s.
      const foundedYear = Math.floor(1995 + 28.99 * Math.sqrt(random.next()));
      const name = parent
        ? this.firmNames.take(() => `${parent.name.replace(/ Co\., Ltd\.$/, '')} ${community.subdistrict.name} Branch`)
        : this.firmNames.take((r) => `${placeWord(r)} ${r.weighted(ENTERPRISE_INDUSTRIES)} Co., Ltd.`);
      const org = this.addOrganization({
        code: this.serial('ENT'),
        name,
        kind: K.ENTERPRISE,
        parent,
        founded: randomDay(random, d(`${foundedYear}-01-01`), d(`${foundedYear}-12-31`)),
        community,
        address: this.addressIn(community),
      });
      this.enterprises.push(org);
      community.units.push(org);
    }
    // About one firm in a hundred has closed: its posts, links and Party branch ended on the same day.
    const closable = this.enterprises.filter((org) => !org.hasChildren && org.founded < d('2018-01-01'));
    const closedCount = Math.max(1, Math.round(this.enterprises.length * 0.012));
    for (const org of random.sample(closable, closedCount)) {
      org.archived = randomDay(random, Math.max(org.founded + 1100, d('2019-01-01')), d('2025-06-30'));
    }
  }

  private buildSocialServiceOrganizations(): void {
    const random = this.random;
    for (const subdistrict of this.subdistricts) {
      const community = random.pick(subdistrict.communities);
      subdistrict.socialWorkStation = this.addOrganization({
        code: this.serial('PSO'),
        name: `${subdistrict.name} Subdistrict Social Work Station`,
        kind: K.PROFESSIONAL_SERVICE_ORGANIZATION,
        parent: null,
        founded: randomDay(random, d('2020-01-01'), d('2023-06-30')),
        community,
        address: this.addressIn(community),
      });
      this.professionalOrganizations.push(subdistrict.socialWorkStation);
      community.units.push(subdistrict.socialWorkStation);
    }
    for (let i = this.count(90, 1); i > 0; i -= 1) {
      const community = this.anyCommunity();
      const org = this.addOrganization({
        code: this.serial('PSO'),
        name: this.firmNames.take((r) => `${placeWord(r)} ${r.pick(PROFESSIONAL_SERVICE_TYPES)}`),
        kind: K.PROFESSIONAL_SERVICE_ORGANIZATION,
        parent: null,
        founded: randomDay(random, d('2008-01-01'), d('2022-12-31')),
        community,
        address: this.addressIn(community),
      });
      this.professionalOrganizations.push(org);
      community.units.push(org);
    }
    for (let i = this.count(90, 2); i > 0; i -= 1) {
      const community = this.anyCommunity();
      const name =
        i === 1
          ? `${this.districtName} District Charity Federation`
          : random.chance(0.2)
            ? this.firmNames.take(() => `${community.subdistrict.name} Subdistrict Charity Association`)
            : this.firmNames.take((r) => `${placeWord(r)} ${r.pick(CHARITY_TYPES)}`);
      const org = this.addOrganization({
        code: this.serial('CHA'),
        name,
        kind: K.CHARITY,
        parent: null,
        founded: randomDay(random, d('2005-01-01'), d('2022-12-31')),
        community,
        address: this.addressIn(community),
      });
      this.charities.push(org);
      community.units.push(org);
    }
    for (let i = this.count(10, 1); i > 0; i -= 1) {
      const community = this.anyCommunity();
      const org = this.addOrganization({
        code: this.serial('VST'),
        name:
          i === 1
            ? `${this.districtName} District Red Vest Volunteer Corps`
            : this.firmNames.take((r) => `${placeWord(r)} ${r.pick(['Public Welfare Volunteer Team', 'Volunteer Rescue Team', 'Caring Volunteer Team'])}`),
        kind: K.VOLUNTEER_SERVICE_TEAM,
        parent: null,
        founded: randomDay(random, d('2010-01-01'), d('2023-12-31')),
        community,
        address: this.addressIn(community),
      });
      this.districtVolunteerTeams.push(org);
    }
  }

  /**
   * Party organisations inside "two new" organisations: about 73% of enterprises and 62% of social
   * organisations are covered (domain.md), a fifth of them by a joint branch of several small units.
   */
  private buildEmbeddedPartyOrganizations(): void {
    const random = this.random;
    const embedded: Org[] = [];
    const hostsByCommunity = new Map<Community, Org[]>();
    const eligible = [...this.enterprises, ...this.socialOrganizations, ...this.professionalOrganizations, ...this.charities];
    for (const host of eligible) {
      const coverage = host.kind === K.ENTERPRISE ? 0.731 : 0.617;
      if (!random.chance(coverage)) continue;
      const list = hostsByCommunity.get(host.community!) ?? [];
      list.push(host);
      hostsByCommunity.set(host.community!, list);
    }
    if (hostsByCommunity.size === 0) hostsByCommunity.set(this.enterprises[0]!.community!, [this.enterprises[0]!]);
    const joint = new NameRegistry(random);
    for (const community of this.communities) {
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
          const org = this.addOrganization({
            code: this.serial('EPO'),
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
        const parent = random.weighted<Org>([[community.committee, 16], [community.subdistrict.committee, 3], [this.district, 1]]);
        const latest = host.archived === null ? d('2024-06-30') : host.archived - 400;
        const earliest = Math.max(d('2000-01-01'), host.founded + 90);
        const org = this.addOrganization({
          code: this.serial('EPO'),
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

  // ---------------------------------------------------------------- people and posts

  private person(partyMember: boolean): Person {
    const random = this.random;
    const person: Person = {
      code: this.serial('P'),
      name: personName(random),
      phone: random.chance(0.92) ? syntheticPhone(random) : null,
      partyMember,
      firstStart: Number.POSITIVE_INFINITY,
    };
    this.people.push(person);
    return person;
  }

  private maybeParty(chance: number): Person {
    return this.person(this.random.chance(chance));
  }

  private post(person: Person, org: Org, role: PostRole, title: string, start: Day, end: Day | null): void {
    person.firstStart = Math.min(person.firstStart, start);
    this.posts.push({
      code: this.serial('POST'),
      personCode: person.code,
      organizationCode: org.code,
      role,
      title,
      startDate: isoOf(start),
      endDate: end === null ? null : isoOf(end),
    });
  }

  private isPartyPost(org: Org, role: PostRole): boolean {
    return role === R.PARTY_LIAISON || (KIND_RULES[org.kind].sector === Sector.PARTY && PARTY_ROLES.has(role));
  }

  /**
   * Appoints `holder` to a post and, by chance, creates the earlier holders of the same post: each
   * ended on the day its successor started, which is the rotation history the API answers about.
   * Posts in a closed organisation all ended on its archive date.
   */
  private fill(org: Org, role: PostRole, title: string, holder: Person, options: FillOptions): void {
    const random = this.random;
    const partyPost = this.isPartyPost(org, role);
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
      const predecessor = chosen && chosen !== holder ? chosen : this.person(partyPost || random.chance(options.party ?? 0.35));
      if (partyPost) predecessor.partyMember = true;
      this.post(predecessor, org, role, title, earlier[level]!, end);
    }
    this.post(holder, org, role, title, start, org.archived);
  }

  /** A start date for a post whose holders change at random times. */
  private randomStart(org: Org, from: Day = POSTS_FROM): Day {
    return randomDay(this.random, Math.max(from, org.founded + 30), LATEST_START);
  }

  private appointDistrictLevel(): void {
    const random = this.random;
    const district = this.district;
    const history = [0.5, 0.3];
    this.fill(district, R.SECRETARY, 'Secretary of the district Party committee', this.person(true), { start: this.randomStart(district, d('2019-01-01')), history });
    const mayor = this.person(true);
    this.fill(district, R.DEPUTY_SECRETARY, 'Deputy secretary of the district Party committee', mayor, { start: this.randomStart(district, d('2019-01-01')), history });
    this.fill(this.government, R.DIRECTOR, 'District mayor', mayor, { start: this.randomStart(this.government, d('2019-01-01')), history });
    this.fill(district, R.DEPUTY_SECRETARY, 'Deputy secretary of the district Party committee', this.person(true), { start: this.randomStart(district, d('2019-01-01')), history });
    const standing = ['Head of the organisation department', 'Head of the publicity department', 'Secretary of the political and legal affairs commission', 'Head of the united front work department', 'Secretary of the discipline inspection commission'];
    for (const title of standing) {
      this.fill(district, R.COMMITTEE_MEMBER, `Member of the standing committee, ${title.toLowerCase()}`, this.person(true), { start: this.randomStart(district, d('2018-01-01')), history });
    }
    this.appointServiceCentre(this.districtServiceCentre, null, random.int(3, 5));
    for (const [, bureau] of this.bureaus) {
      this.fill(bureau, R.DIRECTOR, 'Director', this.maybeParty(0.95), { start: this.randomStart(bureau), history: [0.4, 0.2], party: 0.95 });
      this.fill(bureau, R.DEPUTY_DIRECTOR, 'Deputy director', this.maybeParty(0.85), { start: this.randomStart(bureau), history: [0.3], party: 0.85 });
    }

    for (const subdistrict of this.subdistricts) {
      const committee = subdistrict.committee;
      this.fill(committee, R.SECRETARY, 'Secretary of the subdistrict Party working committee', this.person(true), { start: this.randomStart(committee, d('2018-01-01')), history });
      const officeDirector = this.person(true);
      const officeStart = this.randomStart(committee, d('2018-01-01'));
      this.fill(committee, R.DEPUTY_SECRETARY, 'Deputy secretary of the subdistrict Party working committee', officeDirector, { start: officeStart, history });
      if (subdistrict.office) this.fill(subdistrict.office, R.DIRECTOR, 'Director of the subdistrict office', officeDirector, { start: officeStart, history });
      this.fill(committee, R.DEPUTY_SECRETARY, 'Deputy secretary of the subdistrict Party working committee', this.person(true), { start: this.randomStart(committee, d('2018-01-01')), history });
      const members: Person[] = [];
      for (let i = random.int(4, 6); i > 0; i -= 1) {
        const member = this.person(true);
        members.push(member);
        this.fill(committee, R.COMMITTEE_MEMBER, 'Member of the subdistrict Party working committee', member, { start: this.randomStart(committee, d('2017-01-01')), history: [0.4, 0.2] });
      }
      this.appointServiceCentre(subdistrict.serviceCentre, random.chance(0.5) ? random.pick(members) : null, random.int(2, 4));
    }
  }

  private appointServiceCentre(centre: Org, director: Person | null, staff: number, workers: Person[] = []): void {
    this.fill(centre, R.DIRECTOR, 'Director of the service centre', director ?? this.maybeParty(0.8), { start: this.randomStart(centre), history: [0.3, 0.2], party: 0.8 });
    for (let i = 0; i < staff; i += 1) {
      const holder = workers[i] ?? this.maybeParty(0.4);
      this.fill(centre, R.STAFF, 'Service centre staff', holder, { start: this.randomStart(centre), history: [0.25] });
    }
  }

  /** The two committees with their cross-appointments, community workers, grids and building cells. */
  private appointCommunity(community: Community): void {
    const random = this.random;
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
    const secretary = this.person(true);
    const committeeMembers: Person[] = [];
    const oneShoulderStart = seatStart();
    seats.push({ org: committee, role: R.SECRETARY, title: 'Secretary of the community Party committee', holder: secretary, start: oneShoulderStart });
    const deputies = random.int(1, 2);
    for (let i = 0; i < deputies; i += 1) {
      const deputy = this.person(true);
      committeeMembers.push(deputy);
      seats.push({ org: committee, role: R.DEPUTY_SECRETARY, title: 'Deputy secretary of the community Party committee', holder: deputy, start: seatStart() });
    }
    const committeeSize = random.int(5, 7);
    for (let i = 1 + deputies; i < committeeSize; i += 1) {
      const member = this.person(true);
      committeeMembers.push(member);
      seats.push({ org: committee, role: R.COMMITTEE_MEMBER, title: 'Member of the community Party committee', holder: member, start: seatStart() });
    }

    // "One shoulder": in most communities the secretary is also the residents' committee director.
    const oneShoulder = random.chance(0.92);
    const director = oneShoulder ? secretary : random.chance(0.5) ? committeeMembers[0]! : this.maybeParty(0.8);
    const residentsSize = random.int(5, 7);
    const crossAppointed = random.sample(committeeMembers.filter((member) => member !== director), random.int(1, Math.min(3, residentsSize - 2)));
    const seatOf = (holder: Person): Seat | undefined => seats.find((seat) => seat.holder === holder);
    const directorStart = oneShoulder ? oneShoulderStart : (seatOf(director)?.start ?? seatStart());
    seats.push({ org: residents, role: R.DIRECTOR, title: "Director of the residents' committee", holder: director, start: directorStart });
    const residentsDeputies = random.int(1, 2);
    for (let i = 1; i < residentsSize; i += 1) {
      const holder = crossAppointed[i - 1] ?? this.maybeParty(0.4);
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
      this.fill(seat.org, seat.role, seat.title, seat.holder, {
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
    this.fill(committee, R.GRID_CHIEF, 'Grid general chief', secretary, { start: oneShoulderStart });

    // Community workers: about 18 per 10,000 residents, counting the two-committee members.
    const workerCount = Math.max(2, Math.min(24, Math.round((community.population * 18) / 10_000) - cadres.length));
    for (let i = 0; i < workerCount; i += 1) {
      const worker = this.maybeParty(0.45);
      community.workers.push(worker);
      this.fill(residents, R.STAFF, 'Community worker', worker, { start: this.randomStart(residents), history: [0.25, 0.15] });
    }
    const deputySecretary = committeeMembers[0]!;
    this.appointServiceCentre(
      community.serviceCentre,
      random.chance(0.6) ? deputySecretary : null,
      random.int(2, 4),
      random.sample(community.workers, random.int(0, 2)),
    );

    const freeWorkers = random.shuffle([...community.workers]);
    for (const grid of community.grids) this.appointGrid(community, grid, freeWorkers);
    for (const org of community.selfManagement) this.appointSelfManagement(community, org);
    for (const team of community.volunteerTeams) this.appointVolunteerTeam(team, community.residents);
  }

  private appointGrid(community: Community, grid: GridUnit, freeWorkers: Person[]): void {
    const random = this.random;
    const branch = grid.branch;
    const partyCadres = community.cadres.filter((cadre) => cadre.partyMember);
    // Two-committee members often also lead a grid branch.
    const secretary = random.chance(0.2) && partyCadres.length > 0 ? random.pick(partyCadres) : this.person(true);
    this.fill(branch, R.SECRETARY, 'Secretary of the grid Party branch', secretary, { start: this.randomStart(branch), history: [0.25, 0.2] });
    grid.branchCommittee.push(secretary);
    const branchTitles = ['Branch committee member for organisation', 'Branch committee member for publicity', 'Branch committee member for discipline', 'Branch committee member for youth work'];
    for (const title of branchTitles.slice(0, random.int(2, 4))) {
      const member = this.person(true);
      grid.branchCommittee.push(member);
      this.fill(branch, R.COMMITTEE_MEMBER, title, member, { start: this.randomStart(branch), history: [0.15] });
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
      const leader = random.chance(0.08) ? random.pick(grid.branchCommittee) : this.person(true);
      this.fill(cell, R.SECRETARY, 'Party cell leader', leader, { start: this.randomStart(cell), history: [0.07], predecessor: movedWithin });
      gridResidents.push(leader);
      if (random.chance(0.72)) {
        const head = random.chance(0.6) ? leader : this.maybeParty(0.3);
        this.fill(cell, R.BUILDING_HEAD, 'Building head', head, { start: this.randomStart(cell), history: [0.1], party: 0.3, predecessor: movedWithin });
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
            : this.maybeParty(0.5);
    this.fill(branch, R.GRID_CHIEF, 'Grid chief', chief, { start: this.randomStart(branch), history: [0.25], party: 0.5 });

    const fullTime = freeWorkers.length > 0 && random.chance(0.5) ? freeWorkers.pop()! : this.maybeParty(0.4);
    this.fill(branch, R.GRID_WORKER, 'Full-time grid worker', fullTime, { start: this.randomStart(branch, d('2016-01-01')), history: [0.3, 0.15], party: 0.4 });
    const partTime = random.weighted([[2, 2], [3, 4], [4, 3], [5, 1]]);
    for (let i = 0; i < partTime; i += 1) {
      const worker = gridResidents.length > 0 && random.chance(0.35) ? random.pick(gridResidents) : this.maybeParty(0.3);
      this.fill(branch, R.GRID_WORKER, 'Part-time grid worker', worker, { start: this.randomStart(branch, d('2016-01-01')), history: [0.18], party: 0.3, predecessor: movedWithin });
    }
    grid.gridWorkers = 1 + partTime;
    community.residents.push(...gridResidents);
  }

  private appointSelfManagement(community: Community, org: Org): void {
    const random = this.random;
    const council = org.name.endsWith('Council');
    const what = council ? 'self-management council' : "owners' committee";
    // "Red" owners' committees recruit Party members from the grid branch (cross-appointment).
    const grid = community.grids.find((candidate) => candidate.branch === org.parent) ?? random.pick(community.grids);
    const red = random.chance(0.35) ? random.pick(grid.branchCommittee) : null;
    const history = [0.22, 0.1];
    const redChair = red !== null && random.chance(0.5);
    this.fill(org, R.DIRECTOR, `Chair of the ${what}`, redChair ? red : this.maybeParty(0.35), { start: this.randomStart(org), history });
    if (!council) this.fill(org, R.DEPUTY_DIRECTOR, `Vice-chair of the ${what}`, this.maybeParty(0.3), { start: this.randomStart(org), history });
    const members = random.int(2, council ? 4 : 5);
    for (let i = 0; i < members; i += 1) {
      const holder = i === 0 && red !== null && !redChair ? red : this.maybeParty(0.3);
      this.fill(org, R.MEMBER, `Member of the ${what}`, holder, { start: this.randomStart(org), history });
    }
  }

  private appointVolunteerTeam(team: Org, residents: readonly Person[]): void {
    const random = this.random;
    const leader = residents.length > 0 && random.chance(0.3) ? random.pick(residents) : this.maybeParty(0.6);
    this.fill(team, R.DIRECTOR, 'Team leader', leader, { start: this.randomStart(team), history: [0.25], party: 0.6 });
    for (let i = random.int(4, 8); i > 0; i -= 1) {
      const volunteer = residents.length > 0 && random.chance(0.35) ? random.pick(residents) : this.maybeParty(0.3);
      this.fill(team, R.VOLUNTEER, 'Volunteer', volunteer, { start: this.randomStart(team), history: [0.15] });
    }
  }

  private appointOutsideOrganizations(): void {
    const random = this.random;
    const bureaus = new Set(this.bureaus.values());
    for (const org of this.governmentUnits) {
      if (org === this.government || bureaus.has(org)) continue;
      if (org.name.endsWith('Subdistrict Office')) {
        this.fill(org, R.DEPUTY_DIRECTOR, 'Deputy director of the subdistrict office', this.maybeParty(0.9), { start: this.randomStart(org), history: [0.4], party: 0.9 });
        continue;
      }
      const title = org.name.endsWith('Police Station') ? 'Chief of the police station' : 'Head';
      this.fill(org, R.DIRECTOR, title, this.maybeParty(0.95), { start: this.randomStart(org), history: [0.45, 0.2], party: 0.95 });
    }
    for (const org of this.publicInstitutions) {
      const title = /School|Kindergarten/.test(org.name) ? 'Principal' : /Hospital/.test(org.name) ? 'President' : 'Director';
      this.fill(org, R.DIRECTOR, title, this.maybeParty(0.85), { start: this.randomStart(org), history: [0.35, 0.15], party: 0.85 });
    }
    for (const org of this.enterprises) {
      org.head = this.maybeParty(0.25);
      this.fill(org, R.DIRECTOR, org.parent ? 'Branch manager' : 'General manager', org.head, { start: this.randomStart(org), history: [0.12], party: 0.25 });
    }
    for (const org of this.socialOrganizations) {
      org.head = this.maybeParty(0.35);
      this.fill(org, R.DIRECTOR, 'President', org.head, { start: this.randomStart(org), history: [0.25], party: 0.35 });
      if (random.chance(0.3)) this.fill(org, R.STAFF, 'Secretary-general', this.maybeParty(0.3), { start: this.randomStart(org), history: [0.2] });
    }
    for (const org of this.professionalOrganizations) {
      org.head = this.maybeParty(0.5);
      this.fill(org, R.DIRECTOR, 'Director', org.head, { start: this.randomStart(org), history: [0.25], party: 0.5 });
      for (let i = random.int(3, 8); i > 0; i -= 1) {
        this.fill(org, R.SOCIAL_WORKER, 'Social worker', this.maybeParty(0.25), { start: this.randomStart(org), history: [0.3], party: 0.25 });
      }
    }
    for (const org of this.charities) {
      org.head = this.maybeParty(0.5);
      this.fill(org, R.DIRECTOR, 'Chair of the board', org.head, { start: this.randomStart(org), history: [0.25], party: 0.5 });
      for (let i = random.int(1, 2); i > 0; i -= 1) this.fill(org, R.STAFF, 'Project officer', this.maybeParty(0.3), { start: this.randomStart(org), history: [0.25] });
    }
    for (const team of this.districtVolunteerTeams) this.appointVolunteerTeam(team, []);

    // Party organisations in firms and social organisations; the boss is often the secretary.
    const embedded = this.organizations.filter((org) => org.kind === K.EMBEDDED_PARTY_ORGANIZATION);
    const hostsOf = new Map<Org, Org[]>();
    for (const host of [...this.enterprises, ...this.socialOrganizations, ...this.professionalOrganizations, ...this.charities]) {
      if (!host.partyOrganization) continue;
      hostsOf.set(host.partyOrganization, [...(hostsOf.get(host.partyOrganization) ?? []), host]);
    }
    for (const org of embedded) {
      const hosts = hostsOf.get(org) ?? [];
      const boss = hosts.length === 1 && random.chance(0.35) ? hosts[0]!.head : null;
      this.fill(org, R.SECRETARY, 'Secretary of the Party branch', boss ?? this.person(true), { start: this.randomStart(org), history: [0.25, 0.15] });
      for (let i = random.weighted([[0, 3], [1, 3], [2, 2]]); i > 0; i -= 1) {
        this.fill(org, R.COMMITTEE_MEMBER, 'Member of the Party branch committee', this.person(true), { start: this.randomStart(org), history: [0.15] });
      }
    }

    // Units without a Party organisation are reached by an instructor covering several of them ("work coverage").
    for (const community of this.communities) {
      const uncovered = community.units.filter(
        (unit) => (unit.kind === K.ENTERPRISE || unit.kind === K.SOCIAL_ORGANIZATION) && !unit.partyOrganization && unit.archived === null && random.chance(0.6),
      );
      let instructor: Person | null = null;
      let load = 0;
      for (const unit of uncovered) {
        if (!instructor || load === 0) {
          instructor = this.person(true);
          load = random.int(2, 5);
        }
        this.fill(unit, R.PARTY_LIAISON, 'Party-building instructor', instructor, { start: this.randomStart(unit, d('2016-01-01')), history: [0.2] });
        load -= 1;
      }
    }
  }

  // ---------------------------------------------------------------- links

  private link(kind: LinkKind, source: Org, target: Org, options: { from: Day; weight?: number; description: string; renewed?: number; ended?: number }): boolean {
    const random = this.random;
    const key = `${kind}|${source.code}|${target.code}`;
    if (source === target || this.linkPairs.has(key)) return false;
    const earliest = Math.max(options.from, source.founded + 30, target.founded + 30);
    const closes = Math.min(source.archived ?? TODAY, target.archived ?? TODAY);
    const latest = Math.min(LATEST_START, closes - 60);
    if (earliest > latest) return false;
    this.linkPairs.add(key);
    const since = randomDay(random, earliest, latest);
    // A renewed agreement: an earlier period ended on the day the current one began.
    if (since - earliest > 400 && random.chance(options.renewed ?? 0)) {
      const first = randomDay(random, earliest, since - 365);
      this.pushLink(kind, source, target, first, since, options);
    }
    let until: Day | null = closes < TODAY ? closes : null;
    if (until === null && LAST_DAY - since > 240 && random.chance(options.ended ?? 0)) until = randomDay(random, since + 180, LAST_DAY - 30);
    this.pushLink(kind, source, target, since, until, options);
    return true;
  }

  private pushLink(kind: LinkKind, source: Org, target: Org, since: Day, until: Day | null, options: { weight?: number; description: string }): void {
    const status = until !== null ? LinkStatus.ENDED : this.random.chance(0.03) ? LinkStatus.SUSPENDED : LinkStatus.ACTIVE;
    this.links.push({
      code: this.serial('LNK'),
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

  private buildLinks(): void {
    const random = this.random;
    const L = LinkKind;
    const embedded = this.organizations.filter((org) => org.kind === K.EMBEDDED_PARTY_ORGANIZATION);
    const hosts = [...this.enterprises, ...this.socialOrganizations, ...this.professionalOrganizations, ...this.charities];
    for (const host of hosts) {
      const party = host.partyOrganization;
      if (!party) continue;
      const since = Math.max(party.founded, host.founded + 60);
      this.linkPairs.add(`${L.PARTY_PRESENCE}|${party.code}|${host.code}`);
      this.pushLink(L.PARTY_PRESENCE, party, host, since, host.archived, {
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
    for (const community of this.communities) {
      const units = community.units;
      const stationed = units.filter((unit) => unit.kind === K.GOVERNMENT_AGENCY || unit.kind === K.PUBLIC_INSTITUTION);
      const firms = units.filter((unit) => unit.kind === K.ENTERPRISE && unit.parent === null);
      const pool = [...stationed, ...stationed, ...random.sample(firms, 4)];
      for (const target of random.sample(pool, random.int(2, 5))) {
        this.link(L.CO_BUILDING, community.committee, target, { from: d('2014-01-01'), weight: random.int(1, 5), description: random.pick(coBuilding), renewed: 0.18, ended: 0.08 });
      }

      // "Double reporting": units and their Party organisations register with the community.
      const reporters = units.filter((unit) => unit.kind === K.EMBEDDED_PARTY_ORGANIZATION || unit.kind === K.GOVERNMENT_AGENCY || unit.kind === K.PUBLIC_INSTITUTION);
      for (const source of random.sample(reporters, random.int(3, 9))) {
        this.link(L.UNIT_REPORTING, source, community.committee, { from: d('2018-01-01'), weight: random.int(1, 20), description: 'Registered with the community; members take on service tasks', ended: 0.08 });
      }

      for (const org of community.selfManagement) {
        this.link(L.SERVICE_PARTNERSHIP, community.serviceCentre, org, { from: d('2016-01-01'), description: 'Service centre supports the self-management organisation', ended: 0.06 });
      }
      const station = community.subdistrict.socialWorkStation;
      if (station) this.link(L.SERVICE_PARTNERSHIP, station, community.residentsCommittee, { from: d('2020-01-01'), description: 'Subdistrict social work station assists the community workers' });

      const socialTargets = units.filter((unit) => unit.kind === K.SOCIAL_ORGANIZATION);
      for (const team of community.volunteerTeams) {
        if (!random.chance(0.75)) continue;
        const targets = random.chance(0.7) && socialTargets.length > 0 ? random.sample(socialTargets, random.int(1, 2)) : [random.pick(this.charities)];
        for (const target of targets) {
          this.link(L.GUIDANCE, team, target, { from: d('2012-01-01'), description: 'Volunteer team leads its service activities', ended: 0.1 });
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
          source = random.pick(this.charities);
          target = community.residentsCommittee;
        } else if (socialTargets.length > 0) {
          source = community.serviceCentre;
          target = random.pick(socialTargets);
        }
        if (!source) continue;
        this.link(L.RESOURCE_SHARING, source, target, { from: d('2015-01-01'), weight: random.int(1, 10), description: sharing[source.kind] ?? 'Shares resources', ended: 0.2 });
      }
    }

    for (const org of this.professionalOrganizations) {
      if (this.subdistricts.some((subdistrict) => subdistrict.socialWorkStation === org)) continue;
      for (const community of random.sample(this.communities, random.int(1, 4))) {
        // Government-purchased service contracts run one to three years and are often renewed.
        this.link(L.SERVICE_PARTNERSHIP, org, community.serviceCentre, { from: d('2015-01-01'), weight: random.int(1, 5), description: 'Purchased social work services assisting community workers', renewed: 0.3, ended: 0.3 });
      }
    }
    for (const bureau of this.bureaus.values()) {
      for (const community of random.sample(this.communities, random.int(1, 3))) {
        this.link(L.UNIT_REPORTING, bureau, community.committee, { from: d('2018-01-01'), weight: random.int(5, 40), description: 'In-service Party members of the bureau report to the community', ended: 0.05 });
      }
    }
    for (const team of this.districtVolunteerTeams) {
      for (const target of random.sample([...this.charities, ...this.socialOrganizations], random.int(1, 3))) {
        this.link(L.GUIDANCE, team, target, { from: d('2012-01-01'), description: 'Volunteer corps leads its service activities', ended: 0.1 });
      }
    }

    // Regional Party-building joint conferences: each subdistrict meets with a few major units.
    const majorUnits = [...this.bureaus.values(), ...this.publicInstitutions.filter((unit) => unit.name.includes(' District ')), ...embedded.filter((org) => org.parent?.kind !== K.COMMUNITY_PARTY_COMMITTEE)];
    for (const subdistrict of this.subdistricts) {
      const local = subdistrict.communities.flatMap((community) => community.units.filter((unit) => unit.kind === K.PUBLIC_INSTITUTION || unit.kind === K.GOVERNMENT_AGENCY));
      const members = random.sample([...local, ...majorUnits], random.int(1, 3));
      for (const member of members) {
        this.link(L.JOINT_MEETING, subdistrict.committee, member, { from: d('2016-01-01'), description: 'Member of the regional Party-building joint conference', ended: 0.15 });
      }
      for (const target of random.sample(local, Math.min(local.length, random.int(2, 6)))) {
        this.link(L.CO_BUILDING, subdistrict.committee, target, { from: d('2014-01-01'), weight: random.int(1, 5), description: random.pick(coBuilding), renewed: 0.18, ended: 0.08 });
      }
    }
  }

  // ---------------------------------------------------------------- output

  private output(): DatasetInput {
    const organizations: OrganizationRow[] = this.organizations.map((org) => ({
      code: org.code,
      name: org.name,
      kind: org.kind,
      parentCode: org.parent?.code ?? null,
      // Outside the chain: the community's committee where it has one, else its subdistrict's or the district's.
      locatedInCode: CHAIN_KINDS.includes(org.kind) ? null : (org.community?.committee.code ?? org.area?.code ?? null),
      foundedOn: isoOf(org.founded),
      archivedOn: org.archived === null ? null : isoOf(org.archived),
      households: org.households,
      address: org.address,
    }));
    for (const community of this.communities) {
      for (const grid of community.grids) {
        this.gridRows.push({
          code: grid.code,
          name: grid.name,
          communityCode: community.committee.code,
          branchCode: grid.branch.code,
          households: grid.households,
          population: grid.population,
          buildings: grid.buildings,
          gridWorkers: grid.gridWorkers,
          functions: grid.functions,
        });
      }
    }
    return {
      organizations,
      grids: this.gridRows,
      people: this.people.map((person) => ({ code: person.code, name: person.name, phone: person.phone, partyMember: person.partyMember })),
      posts: this.posts,
      links: this.links,
    };
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * Generates the sample district at `scale` (1 = a full district). Pure and deterministic: the same
 * scale and seed give an identical dataset. Small scales are clamped to a complete district (at least
 * three subdistricts with two communities each, every organisation and link kind present).
 */
export function generateDistrict(options: GenerateDistrictOptions): DatasetInput {
  const { scale } = options;
  const seed = options.seed ?? DEFAULT_SEED;
  if (typeof scale !== 'number' || !Number.isFinite(scale) || scale <= 0) throw new RangeError(`scale must be a positive number; got ${String(scale)}`);
  if (scale > MAX_SCALE) throw new RangeError(`scale must be at most ${MAX_SCALE}; got ${scale}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer; got ${String(seed)}`);
  return new DistrictGenerator(scale, seed).generate();
}
