import { BadUserInputError } from '../../errors/index.js';
import { businessCodeSchema, textSchema } from '../../lib/parse-input.js';
import { OrganizationStatus } from '../organizations/organization.kinds.js';

/*
 * The rules of a post, pure: field schemas shared by appointPerson's input validation and the import
 * document, and the checks PeopleService applies to every post it writes. Facts from the database (the
 * organization's status) come in as arguments. A refusal names the post's code in `record`.
 */

export const postCodeSchema = businessCodeSchema(96);
export const postTitleSchema = textSchema(200);

/** A post ends after it starts (periods are half-open: [startDate, endDate)). */
export function checkPostPeriod(startDate: string, endDate: string | null | undefined, code: string, field = 'endDate'): void {
  if (endDate && endDate <= startDate) {
    throw new BadUserInputError(`endDate (${endDate}) must be after startDate (${startDate}).`, { field, record: code });
  }
}

/** Nobody starts a post in an organization on or after the day it was archived. */
export function checkOrganizationTakesPosts(organization: { code: string; status: OrganizationStatus; archivedOn: string | null }, startDate: string, code: string, field = 'organizationId'): void {
  if (organization.status === OrganizationStatus.ARCHIVED && (!organization.archivedOn || startDate >= organization.archivedOn)) {
    throw new BadUserInputError(`Organization ${organization.code} is archived; nobody can start a post there from ${startDate}.`, { field, record: code });
  }
}

/** A post belongs to one person in one organization for good: a change of either is a new post. */
export function checkPostKeepsHolder(current: { personId: number; organizationId: number }, next: { personId: number; organizationId: number }, code: string): void {
  if (current.personId !== next.personId || current.organizationId !== next.organizationId) {
    throw new BadUserInputError(`Post ${code} cannot move to another person or organization; end it and start a new one.`, { field: 'personId', record: code });
  }
}

/** A post ends once. */
export function checkPostOpen(post: { code: string; endDate: string | null }, field = 'id'): void {
  if (post.endDate) throw new BadUserInputError(`Post ${post.code} has already ended (on ${post.endDate}).`, { field, record: post.code });
}

/** An end reason goes with an end date: a post still held has none. */
export function checkEndReason(endDate: string | null | undefined, endReason: string | null | undefined, code: string, field = 'endReason'): void {
  if (endReason && !endDate) throw new BadUserInputError(`Post ${code} has an endReason (${endReason}) but no endDate; a post still held has no end reason.`, { field, record: code });
}
