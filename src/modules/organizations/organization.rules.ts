import { BadUserInputError } from '../../errors/index.js';
import { businessCodeSchema, countSchema, nameSchema, textSchema } from '../../lib/parse-input.js';
import { AREA_KINDS, CHAIN_KINDS, describeAllowedParents, mayBeLocatedIn, mayHaveParent, OrganizationKind, OrganizationStatus } from './organization.kinds.js';

/*
 * The rules of an organization, pure: the field schemas that the mutations' input validation and the
 * import document share, and the checks that the service applies to every write (single mutations and
 * the set-based writes of an import). A check that needs facts from the database (the parent's kind,
 * the area's kind) takes them as arguments; the service fetches them. A refusal names the record's
 * code in `record`, which the importer turns into "organizations record <code>: ...".
 */

export const organizationCodeSchema = businessCodeSchema(64);
export const organizationNameSchema = nameSchema(200);
export const organizationAddressSchema = textSchema(300);
export const householdsSchema = countSchema;

/** What the parent rule needs to know about a parent. */
export interface ParentFacts {
  code: string;
  kind: OrganizationKind;
  status: OrganizationStatus;
}

/** What the area rule needs to know about an area. */
export interface AreaFacts {
  code: string;
  kind: OrganizationKind;
}

/** The status that follows from an archive date: archived from that day, active without one. */
export function organizationStatusOf(archivedOn: string | null | undefined): OrganizationStatus {
  return archivedOn ? OrganizationStatus.ARCHIVED : OrganizationStatus.ACTIVE;
}

/** Refuses a parent whose kind the child's kind may not sit under, and an archived parent. */
export function checkParentKind(kind: OrganizationKind, parent: ParentFacts | null, code: string, field = 'parentId'): void {
  if (parent && parent.status === OrganizationStatus.ARCHIVED) {
    throw new BadUserInputError(`Organization ${code} cannot sit under ${parent.code}: ${parent.code} is archived.`, { field, record: code });
  }
  if (!mayHaveParent(kind, parent?.kind ?? null)) {
    const where = parent ? `under ${parent.code} (a ${parent.kind})` : 'without a parent';
    throw new BadUserInputError(`A ${kind} cannot sit ${where}; it may sit under: ${describeAllowedParents(kind)}.`, { field, record: code });
  }
}

/** Refuses an organization named as its own parent (a new one: an existing one would make a cycle). */
export function checkNotOwnParent(code: string, parentCode: string | null | undefined, field = 'parentId'): void {
  if (parentCode === code) throw new BadUserInputError(`Organization ${code} cannot be its own parent.`, { field, record: code });
}

/**
 * Refuses an area that is not a community, subdistrict or district committee, and any area for the
 * chain's own kinds (they are the areas, and the grids and buildings within them).
 */
export function checkArea(kind: OrganizationKind, area: AreaFacts | null, code: string, field = 'locatedIn'): void {
  if (area === null || mayBeLocatedIn(kind, area.kind)) return;
  if (CHAIN_KINDS.includes(kind)) {
    throw new BadUserInputError(`A ${kind} is part of the vertical chain and is located in no area; ${code} cannot be located in ${area.code}.`, { field, record: code });
  }
  throw new BadUserInputError(`Organization ${code} cannot be located in ${area.code} (a ${area.kind}); the area must be one of ${AREA_KINDS.join(', ')} (a community, subdistrict or district).`, { field, record: code });
}

/** An organization is archived after it was founded, never on the same day or before. */
export function checkOrganizationPeriod(foundedOn: string, archivedOn: string | null | undefined, code: string, field = 'archivedOn'): void {
  if (archivedOn && archivedOn <= foundedOn) {
    throw new BadUserInputError(`archivedOn (${archivedOn}) must be after foundedOn (${foundedOn}).`, { field, record: code });
  }
}

/** The kind decides the sector and the place in the chain, so it never changes. */
export function checkKindUnchanged(current: OrganizationKind, next: OrganizationKind, code: string, field = 'kind'): void {
  if (current !== next) {
    throw new BadUserInputError(`The kind of ${code} cannot change from ${current} to ${next}; archive it and create a new organization.`, { field, record: code });
  }
}

/** An organization is archived once, after it was founded, and only when nothing active sits under it. */
export function checkArchivable(organization: { code: string; status: OrganizationStatus; foundedOn: string; archivedOn: string | null }, archivedOn: string, activeChildren: number, field = 'id'): void {
  if (organization.status === OrganizationStatus.ARCHIVED) {
    throw new BadUserInputError(`Organization ${organization.code} is already archived (on ${organization.archivedOn}).`, { field, record: organization.code });
  }
  checkOrganizationPeriod(organization.foundedOn, archivedOn, organization.code);
  if (activeChildren > 0) {
    throw new BadUserInputError(`Organization ${organization.code} still has ${activeChildren} active child organization(s); move or archive them first.`, { field, record: organization.code });
  }
}
