import { registerEnumType } from 'type-graphql';

/** What an organization is. Sector and permitted parents follow from the kind. */
export enum OrganizationKind {
  DISTRICT_PARTY_COMMITTEE = 'DISTRICT_PARTY_COMMITTEE',
  SUBDISTRICT_PARTY_WORKING_COMMITTEE = 'SUBDISTRICT_PARTY_WORKING_COMMITTEE',
  COMMUNITY_PARTY_COMMITTEE = 'COMMUNITY_PARTY_COMMITTEE',
  GRID_PARTY_BRANCH = 'GRID_PARTY_BRANCH',
  BUILDING_PARTY_CELL = 'BUILDING_PARTY_CELL',
  EMBEDDED_PARTY_ORGANIZATION = 'EMBEDDED_PARTY_ORGANIZATION',
  PARTY_SERVICE_CENTRE = 'PARTY_SERVICE_CENTRE',
  RESIDENTS_COMMITTEE = 'RESIDENTS_COMMITTEE',
  SELF_MANAGEMENT_ORGANIZATION = 'SELF_MANAGEMENT_ORGANIZATION',
  GOVERNMENT_AGENCY = 'GOVERNMENT_AGENCY',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  ENTERPRISE = 'ENTERPRISE',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
  PROFESSIONAL_SERVICE_ORGANIZATION = 'PROFESSIONAL_SERVICE_ORGANIZATION',
  CHARITY = 'CHARITY',
  VOLUNTEER_SERVICE_TEAM = 'VOLUNTEER_SERVICE_TEAM',
}

export enum Sector {
  PARTY = 'PARTY',
  SELF_GOVERNANCE = 'SELF_GOVERNANCE',
  GOVERNMENT = 'GOVERNMENT',
  MARKET = 'MARKET',
  SOCIAL = 'SOCIAL',
}

export enum OrganizationStatus {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}

interface KindRule {
  sector: Sector;
  description: string;
  /** Kinds this kind may sit under; `null` in the list means it may also be a root. */
  parents: readonly (OrganizationKind | null)[];
}

const K = OrganizationKind;

/**
 * The rules of the vertical chain. A kind may only sit under the kinds listed here: a building cell
 * under a grid branch, never under an enterprise. Organisations outside the chain are roots, joined to
 * it by horizontal links.
 */
export const KIND_RULES: Record<OrganizationKind, KindRule> = {
  [K.DISTRICT_PARTY_COMMITTEE]: { sector: Sector.PARTY, parents: [null], description: 'District Party committee: the top of a local chain.' },
  [K.SUBDISTRICT_PARTY_WORKING_COMMITTEE]: { sector: Sector.PARTY, parents: [K.DISTRICT_PARTY_COMMITTEE], description: 'Subdistrict (street) Party working committee.' },
  [K.COMMUNITY_PARTY_COMMITTEE]: { sector: Sector.PARTY, parents: [K.SUBDISTRICT_PARTY_WORKING_COMMITTEE], description: 'Community Party committee: the grassroots headquarters of a community.' },
  [K.GRID_PARTY_BRANCH]: { sector: Sector.PARTY, parents: [K.COMMUNITY_PARTY_COMMITTEE], description: 'Grid Party branch, one per grid.' },
  [K.BUILDING_PARTY_CELL]: { sector: Sector.PARTY, parents: [K.GRID_PARTY_BRANCH], description: 'Party cell (group) of one apartment building or courtyard.' },
  [K.EMBEDDED_PARTY_ORGANIZATION]: { sector: Sector.PARTY, parents: [K.COMMUNITY_PARTY_COMMITTEE, K.SUBDISTRICT_PARTY_WORKING_COMMITTEE, K.DISTRICT_PARTY_COMMITTEE], description: 'Party branch inside a non-public enterprise or social organisation.' },
  [K.PARTY_SERVICE_CENTRE]: { sector: Sector.PARTY, parents: [K.COMMUNITY_PARTY_COMMITTEE, K.SUBDISTRICT_PARTY_WORKING_COMMITTEE, K.DISTRICT_PARTY_COMMITTEE], description: 'Party-mass service centre that connects the others.' },
  [K.RESIDENTS_COMMITTEE]: { sector: Sector.SELF_GOVERNANCE, parents: [K.COMMUNITY_PARTY_COMMITTEE], description: "Elected residents' committee of a community." },
  [K.SELF_MANAGEMENT_ORGANIZATION]: { sector: Sector.SELF_GOVERNANCE, parents: [K.COMMUNITY_PARTY_COMMITTEE, K.GRID_PARTY_BRANCH, null], description: "Owners' committee or residents' self-management group." },
  [K.GOVERNMENT_AGENCY]: { sector: Sector.GOVERNMENT, parents: [K.GOVERNMENT_AGENCY, null], description: 'Government agency stationed in the area (a "social unit").' },
  [K.PUBLIC_INSTITUTION]: { sector: Sector.GOVERNMENT, parents: [K.GOVERNMENT_AGENCY, null], description: 'Public institution such as a school or hospital stationed in the area.' },
  [K.ENTERPRISE]: { sector: Sector.MARKET, parents: [K.ENTERPRISE, null], description: 'Non-public enterprise, including property management firms.' },
  [K.SOCIAL_ORGANIZATION]: { sector: Sector.SOCIAL, parents: [K.SOCIAL_ORGANIZATION, null], description: 'Association, foundation or community group.' },
  [K.PROFESSIONAL_SERVICE_ORGANIZATION]: { sector: Sector.SOCIAL, parents: [null], description: 'Social-work agency that assists community workers.' },
  [K.CHARITY]: { sector: Sector.SOCIAL, parents: [null], description: 'Registered charity.' },
  [K.VOLUNTEER_SERVICE_TEAM]: { sector: Sector.SOCIAL, parents: [K.COMMUNITY_PARTY_COMMITTEE, null], description: 'Volunteer service team that leads charities and social organisations.' },
};

export function sectorOf(kind: OrganizationKind): Sector {
  return KIND_RULES[kind].sector;
}

/** Whether an organization of `kind` may sit under a parent of `parentKind` (null: as a root). */
export function mayHaveParent(kind: OrganizationKind, parentKind: OrganizationKind | null): boolean {
  return KIND_RULES[kind].parents.includes(parentKind);
}

export function describeAllowedParents(kind: OrganizationKind): string {
  return KIND_RULES[kind].parents.map((parent) => parent ?? 'no parent').join(', ');
}

/** The kinds that stand for an area (the community, the subdistrict, the district): what `locatedIn` may name. */
export const AREA_KINDS: readonly OrganizationKind[] = [K.COMMUNITY_PARTY_COMMITTEE, K.SUBDISTRICT_PARTY_WORKING_COMMITTEE, K.DISTRICT_PARTY_COMMITTEE];

/** The vertical chain itself, from the district down to the building: these are not located in an area. */
export const CHAIN_KINDS: readonly OrganizationKind[] = [...AREA_KINDS, K.GRID_PARTY_BRANCH, K.BUILDING_PARTY_CELL];

/** Whether an organization of `kind` may be located in an area of `areaKind` (null: in none, always allowed). */
export function mayBeLocatedIn(kind: OrganizationKind, areaKind: OrganizationKind | null): boolean {
  return areaKind === null || (!CHAIN_KINDS.includes(kind) && AREA_KINDS.includes(areaKind));
}

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What an organization is; its sector and the kinds it may sit under follow from it.',
  valuesConfig: Object.fromEntries(
    Object.entries(KIND_RULES).map(([kind, rule]) => [kind, { description: `${rule.description} Sector ${rule.sector}.` }]),
  ),
});

registerEnumType(Sector, {
  name: 'Sector',
  description: 'The part of society an organization belongs to.',
  valuesConfig: {
    PARTY: { description: 'Party organisations of the chain and those embedded elsewhere.' },
    SELF_GOVERNANCE: { description: "Residents' committees and self-management organisations." },
    GOVERNMENT: { description: 'Government agencies and public institutions stationed in the area.' },
    MARKET: { description: 'Enterprises.' },
    SOCIAL: { description: 'Social organisations, professional agencies, charities and volunteer teams.' },
  },
});

registerEnumType(OrganizationStatus, {
  name: 'OrganizationStatus',
  description: 'Whether an organization is in operation. Archived organizations keep their history.',
  valuesConfig: {
    ACTIVE: { description: 'In operation.' },
    ARCHIVED: { description: 'Dissolved or merged; kept for history, answered by activeAt before its archive date.' },
  },
});
