import { z } from 'zod';
import { BadUserInputError } from '../../errors/index.js';
import { businessCodeSchema, nameSchema, textSchema } from '../../lib/parse-input.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { WHISTLE_CALLER_KINDS } from './case.kinds.js';
import { CASE_STEPS, allowedSteps, nextStatus, type CaseEventKind, type CaseStatus } from './case.transitions.js';

/*
 * The rules of service cases, pure: the field schemas that the mutations' input validation and the import
 * format share, and the checks the service applies to every step (the lifecycle itself is the table of
 * case.transitions.ts). A refusal names the case's code in `record`.
 */

export const caseCodeSchema = businessCodeSchema(64);
export const categoryCodeSchema = businessCodeSchema(64);
export const whistleCodeSchema = businessCodeSchema(64);
export const categoryNameSchema = nameSchema(200);
export const open311CodeSchema = businessCodeSchema(64);
export const caseDescriptionSchema = textSchema(2000);
export const caseNoteSchema = textSchema(2000);
export const whistleNoteSchema = textSchema(500);
/** A reason code: RETURN's NOT_OUR_JURISDICTION, REJECT's OUT_OF_SCOPE… */
export const reasonSchema = businessCodeSchema(64);
/** The staff member who acted: a name or a staff number; personal data. */
export const actingPersonSchema = nameSchema(100);
/** An opaque household reference: never a name, an address or a phone number. */
export const householdRefSchema = businessCodeSchema(64);
/** A time limit in hours: at least one, at most a year. */
export const hoursSchema = z.number().int('must be a whole number').min(1, 'must be at least 1').max(8760, 'must be at most 8760 (a year)');
/** The caller's score of a summoned unit. */
export const scoreSchema = z.number().int('must be a whole number').min(1, 'must be at least 1').max(5, 'must be at most 5');
/** Minutes the summoned units have to report. */
export const reportMinutesSchema = z.number().int('must be a whole number').min(1, 'must be at least 1').max(10080, 'must be at most 10080 (a week)');

/**
 * The lifecycle table allows `kind` after the case's status; else BAD_USER_INPUT naming the case, its
 * status, the step, and what the table allows instead.
 */
export function checkStep(serviceCase: { code: string; status: CaseStatus }, kind: CaseEventKind, field = 'input.id'): CaseStatus {
  const next = nextStatus(serviceCase.status, kind);
  if (next === undefined) {
    const from = CASE_STEPS[kind].from;
    throw new BadUserInputError(
      `Case ${serviceCase.code} is ${serviceCase.status}: ${kind} is not allowed from ${serviceCase.status} (only from ${from.join(', ') || 'a new case'}). Allowed from ${serviceCase.status}: ${allowedSteps(serviceCase.status).join(', ')}.`,
      { field, record: serviceCase.code },
    );
  }
  return next;
}

/** Events are in time order: a step cannot be dated before the case's previous event. */
export function checkStepTime(serviceCase: { code: string; lastEventAt: string }, kind: CaseEventKind, at: string, field = 'input.at'): void {
  if (at < serviceCase.lastEventAt) {
    throw new BadUserInputError(`Case ${serviceCase.code}: ${kind} at ${at} is before its previous event (${serviceCase.lastEventAt}); events are recorded in order.`, { field, record: serviceCase.code });
  }
}

/** A case belongs to a community: a community Party committee. */
export function checkCaseCommunity(community: { code: string; kind: OrganizationKind }, code: string, field = 'communityId'): void {
  if (community.kind !== OrganizationKind.COMMUNITY_PARTY_COMMITTEE) {
    throw new BadUserInputError(`Case ${code}: ${field} ${community.code} is a ${community.kind}, not a ${OrganizationKind.COMMUNITY_PARTY_COMMITTEE}.`, { field, record: code });
  }
}

/** A whistle is blown by a community committee or a subdistrict working committee. */
export function checkWhistleCaller(caller: { code: string; kind: OrganizationKind }, code: string, field = 'input.callerId'): void {
  if (!WHISTLE_CALLER_KINDS.includes(caller.kind)) {
    throw new BadUserInputError(`Whistle ${code}: the caller ${caller.code} is a ${caller.kind}; only a ${WHISTLE_CALLER_KINDS.join(' or a ')} may blow a whistle.`, { field, record: code });
  }
}
