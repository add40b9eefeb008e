import { z } from 'zod';
import { BadUserInputError } from '../../errors/index.js';
import { businessCodeSchema, textSchema } from '../../lib/parse-input.js';
import { OrganizationStatus } from '../organizations/organization.kinds.js';
import { DERIVED_LINK_KINDS, LinkKind, LinkStatus } from './link.kinds.js';

/*
 * The rules of a link, pure: field schemas shared by createLink's input validation and the import
 * document, and the checks LinkService applies to every link it writes. Facts from the database (the
 * ends' status) come in as arguments. A refusal names the link's code in `record`.
 */

export const linkCodeSchema = businessCodeSchema(96);
export const linkDescriptionSchema = textSchema(500);
export const linkWeightSchema = z.number().positive('must be above 0').max(1_000_000, 'must be at most 1000000');

/** The status that follows from an end date, when none is given. */
export function linkStatusOf(until: string | null | undefined, status?: LinkStatus | null): LinkStatus {
  return status ?? (until ? LinkStatus.ENDED : LinkStatus.ACTIVE);
}

/** A link ends after it starts (periods are half-open: [since, until)). */
export function checkLinkPeriod(since: string, until: string | null | undefined, code?: string, field = 'until'): void {
  if (until && until <= since) {
    throw new BadUserInputError(`until (${until}) must be after since (${since}).`, { field, ...(code ? { record: code } : {}) });
  }
}

/** Derived kinds follow from other records; clients neither create nor import them. */
export function checkKindNotDerived(kind: LinkKind, code?: string, field = 'kind'): void {
  if (DERIVED_LINK_KINDS.includes(kind)) {
    throw new BadUserInputError(`${kind} links are derived from people's concurrent posts; appoint people instead.`, { field, ...(code ? { record: code } : {}) });
  }
}

/** A link joins two different organizations. */
export function checkDistinctEnds(sourceId: number, targetId: number, code?: string, field = 'targetId'): void {
  if (sourceId === targetId) throw new BadUserInputError('A link needs two different organizations: source and target are the same.', { field, ...(code ? { record: code } : {}) });
}

/** An open link neither starts from nor reaches an archived organization. */
export function checkEndOpen(end: { code: string; status: OrganizationStatus }, until: string | null | undefined, code: string | undefined, field: string): void {
  if (end.status === OrganizationStatus.ARCHIVED && !until) {
    throw new BadUserInputError(`Organization ${end.code} is archived; an open link cannot start from or reach it.`, { field, ...(code ? { record: code } : {}) });
  }
}

/** A derived link is changed only by the records it follows from. */
export function checkNotDerivedLink(link: { code: string; kind: LinkKind; derived: boolean }, field = 'id'): void {
  if (link.derived) throw new BadUserInputError(`Link ${link.code} is a derived ${link.kind}; it ends when the posts behind it end.`, { field, record: link.code });
}

/** A link ends once. */
export function checkLinkOpen(link: { code: string; status: LinkStatus; until: string | null }, field = 'id'): void {
  if (link.status === LinkStatus.ENDED) throw new BadUserInputError(`Link ${link.code} has already ended (on ${link.until}).`, { field, record: link.code });
}
