import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { parseGlobalId } from '../../lib/global-id.js';
import { checkTextFilter } from '../../lib/parse-input.js';
import { DateScalar } from '../../schema/scalars/date.js';
import { OrganizationKind, OrganizationStatus, Sector } from './organization.kinds.js';
import { OrganizationOrder, type OrganizationFilter } from './organization.service.js';

registerEnumType(OrganizationOrder, {
  name: 'OrganizationOrder',
  description: 'How to sort a list of organizations. Ties are broken by id, so pages are stable.',
  valuesConfig: {
    CODE_ASC: { description: 'By code, ascending (the chain in administrative order).' },
    NAME_ASC: { description: 'By name, A to Z.' },
    NAME_DESC: { description: 'By name, Z to A.' },
    FOUNDED_ON_ASC: { description: 'Oldest first.' },
    FOUNDED_ON_DESC: { description: 'Newest first.' },
    DEPTH_ASC: { description: 'Top of the chain first, then by code.' },
  },
});

@InputType('OrganizationFilter', { description: 'Conditions an organization must all meet to be listed.' })
export class OrganizationFilterInput {
  @Field(() => [OrganizationKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: OrganizationKind[] | null;

  @Field(() => [Sector], { nullable: true, description: 'Only these sectors.' })
  sectors?: Sector[] | null;

  @Field(() => [OrganizationStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: OrganizationStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Only names containing this text (case-insensitive).' })
  nameContains?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this organization and its descendants (a subtree root).' })
  under?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only organizations located in this area or anywhere below it (a community, subdistrict or district committee).' })
  locatedIn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only organizations in operation on this date (founded on or before it, not archived by it).' })
  activeAt?: string | null;
}

/** The filter argument as the service takes it (ids decoded, text checked), within the caller's scope. */
export function toOrganizationFilter(filter: OrganizationFilterInput | null | undefined, scopeRootId: number | null): OrganizationFilter {
  return {
    kinds: filter?.kinds,
    sectors: filter?.sectors,
    statuses: filter?.statuses,
    nameContains: checkTextFilter(filter?.nameContains, 'filter.nameContains'),
    underId: filter?.under == null ? null : parseGlobalId(filter.under, 'Organization', 'filter.under'),
    locatedInId: filter?.locatedIn == null ? null : parseGlobalId(filter.locatedIn, 'Organization', 'filter.locatedIn'),
    activeAt: filter?.activeAt,
    scopeRootId,
  };
}

@InputType('CreateOrganizationInput', { description: 'A new organization.' })
export class CreateOrganizationInput {
  @Field(() => String, { description: 'Stable business key: letters, digits and . _ : -, at most 64 characters, unique.' })
  code!: string;

  @Field(() => String, { description: 'Full name, at most 200 characters.' })
  name!: string;

  @Field(() => OrganizationKind, { description: 'What it is; decides the sector and where it may sit.' })
  kind!: OrganizationKind;

  @Field(() => ID, { nullable: true, description: 'The organization it sits under; must be a kind this kind may sit under. Omit for a root.' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The community, subdistrict or district (its Party committee) where it is located; only for organizations outside the chain.' })
  locatedIn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date it was founded; default today.' })
  foundedOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Households in its area.' })
  households?: number | null;

  @Field(() => String, { nullable: true, description: 'Street address (road level) or seat.' })
  address?: string | null;
}

@InputType('UpdateOrganizationInput', { description: 'Changes to an organization; fields left out stay as they are.' })
export class UpdateOrganizationInput {
  @Field(() => ID, { description: 'The organization to change.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; if it changed since, nothing is written and the answer is CONFLICT.' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'New number of households.' })
  households?: number | null;

  @Field(() => String, { nullable: true, description: 'New address.' })
  address?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Corrected founding date.' })
  foundedOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'New area: a community, subdistrict or district committee, for organizations outside the chain. Null clears it; left out, it stays.' })
  locatedIn?: string | null;
}

@InputType('MoveOrganizationInput', { description: 'Moves an organization, with its whole subtree, under a new parent.' })
export class MoveOrganizationInput {
  @Field(() => ID, { description: 'The organization to move.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The new parent; null makes it a root (only for kinds that may be roots).' })
  newParentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT if it changed since.' })
  expectedVersion?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the move takes effect in the chain history; default today.' })
  effectiveOn?: string | null;
}

@InputType('ArchiveOrganizationInput', { description: 'Archives an organization that stopped operating. It keeps its history.' })
export class ArchiveOrganizationInput {
  @Field(() => ID, { description: 'The organization to archive. It must have no active children.' })
  id!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day it is no longer active; default today.' })
  archivedOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you last read; CONFLICT if it changed since.' })
  expectedVersion?: number | null;
}
