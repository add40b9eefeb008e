import { z } from 'zod';
import { BadUserInputError } from '../../errors/index.js';
import { businessCodeSchema, nameSchema } from '../../lib/parse-input.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { NEED_LIFECYCLE, type NeedStatus, type NeedStep } from './need.transitions.js';

/*
 * The rules of the social forces (needs, activities, participations, member reports), pure: the field
 * schemas the mutations (and, later, the import format) share, and the checks the service applies.
 */

export const needCodeSchema = businessCodeSchema(64);
export const needTitleSchema = nameSchema(200);
export const needCategorySchema = nameSchema(64);
/** An opaque household reference: a code, never a name, an address or a phone number (no run of 7 or more digits). */
export const householdRefSchema = businessCodeSchema(64).refine((value) => !/\d{7,}/.test(value), 'must be an opaque reference, not a phone number (no run of 7 or more digits)');

/** Needs, activities and member reports are placed in a community: a community Party committee. `label` names the record ("Need N1"). */
export function checkCommunity(community: { code: string; kind: OrganizationKind }, label: string, field: string): void {
  if (community.kind !== OrganizationKind.COMMUNITY_PARTY_COMMITTEE) {
    throw new BadUserInputError(`${label}: ${field} ${community.code} is a ${community.kind}, not a ${OrganizationKind.COMMUNITY_PARTY_COMMITTEE}.`, { field });
  }
}

/** The table allows `step` after the need's status; else BAD_USER_INPUT naming the need, its status, the step and what is allowed. */
export function checkNeedStep(need: { code: string; status: NeedStatus }, step: NeedStep, field = 'input.id'): NeedStatus {
  return NEED_LIFECYCLE.check(need, step, field);
}

/** A step's time may not come before the need's previous one (raised, then claimed). */
export function checkNeedStepTime(need: { code: string; raisedAt: string; claimedAt: string | null }, step: NeedStep, at: string, field = 'input.at'): void {
  const [previous, what] = need.claimedAt !== null ? [need.claimedAt, 'claimed'] : [need.raisedAt, 'raised'];
  if (at < previous) throw new BadUserInputError(`Need ${need.code}: ${step} at ${at} is before it was ${what} (${previous}).`, { field, record: need.code });
}

export const activityCodeSchema = businessCodeSchema(64);
export const activityTitleSchema = nameSchema(200);
export const participationCodeSchema = businessCodeSchema(96);
export const memberReportCodeSchema = businessCodeSchema(64);
/** Hours served: more than 0 (at most the activity's length, checked by the service). */
export const hoursSchema = z.number().finite('must be a number').positive('must be more than 0');

/**
 * memberHoursCompliance's default minimum: each in-service member does at least 50 h of community volunteering a
 * year (one district's rule, operations.md §1.3, R24), pro-rated to a period's days ÷ 365.
 */
export const MEMBER_HOURS_PER_YEAR = 50;
