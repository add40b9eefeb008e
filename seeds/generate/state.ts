import { mayHaveParent, type OrganizationKind } from '../../src/modules/organizations/organization.kinds.js';
import { NameRegistry, type DistrictBureau } from '../names.js';
import { Random, type Day } from '../random.js';
import { LAST_DAY, pad, type Community, type GridRow, type LinkRow, type Org, type Person, type PostRow, type Subdistrict } from './model.js';

/**
 * Everything the phases build, the one random stream they all draw from, and the helpers more than one
 * phase uses. The phases run one after another on one state and each one's draws follow the previous
 * one's, so the order of the phases (seeds/generate.ts) and of the draws within them decides the output.
 */
export class DistrictState {
  readonly random: Random;
  readonly placeNames: NameRegistry;
  readonly roadNames: NameRegistry;
  readonly estateNames: NameRegistry;
  readonly firmNames: NameRegistry;
  readonly organizations: Org[] = [];
  readonly gridRows: GridRow[] = [];
  readonly people: Person[] = [];
  readonly posts: PostRow[] = [];
  readonly links: LinkRow[] = [];
  readonly linkPairs = new Set<string>();
  readonly serials = new Map<string, number>();

  districtName = '';
  district!: Org;
  districtServiceCentre!: Org;
  government!: Org;
  readonly bureaus = new Map<DistrictBureau, Org>();
  readonly subdistricts: Subdistrict[] = [];
  readonly communities: Community[] = [];
  readonly enterprises: Org[] = [];
  readonly socialOrganizations: Org[] = [];
  readonly professionalOrganizations: Org[] = [];
  readonly charities: Org[] = [];
  readonly governmentUnits: Org[] = [];
  readonly publicInstitutions: Org[] = [];
  readonly districtVolunteerTeams: Org[] = [];

  constructor(
    readonly scale: number,
    seed: number,
  ) {
    this.random = new Random(seed);
    this.placeNames = new NameRegistry(this.random);
    this.roadNames = new NameRegistry(this.random);
    this.estateNames = new NameRegistry(this.random);
    this.firmNames = new NameRegistry(this.random);
  }

  /** A count at this scale, never below `minimum`. */
  count(atScaleOne: number, minimum: number): number {
    return Math.max(minimum, Math.round(atScaleOne * this.scale));
  }

  serial(prefix: string): string {
    const next = (this.serials.get(prefix) ?? 0) + 1;
    this.serials.set(prefix, next);
    return `${prefix}-${pad(next, 6)}`;
  }

  addOrganization(spec: {
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

  address(road: string, subdistrict: Subdistrict): string {
    return `${road}, ${subdistrict.name} Subdistrict, ${this.districtName} District`;
  }

  addressIn(community: Community): string {
    return this.address(this.random.pick(community.roads), community.subdistrict);
  }

  anyCommunity(): Community {
    return this.random.pick(this.communities);
  }
}
