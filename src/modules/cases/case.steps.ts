import { BadUserInputError } from '../../errors/index.js';
import { EligibilityKind, type Resolution, type Satisfaction } from './case.kinds.js';
import type { Eligibility } from './case.reachability.js';
import { caseFacts, type CaseFactSource } from './case.facts.js';
import { checkStep, checkStepTime } from './case.rules.js';
import { CaseEventKind, CaseStatus } from './case.transitions.js';
import type { ServiceCase } from './service-case.entity.js';

/*
 * What one step does to a case, pure: the table says whether it may happen (checkStep); planStep says
 * what changes on the case and what the event records. The service runs it on a locked row inside a
 * transaction; the importer runs it on the cases of a document in memory. The facts a step needs from the
 * database (the target's eligibility, the case a duplicate merges into) come in as arguments.
 */

/** The columns of a case a step may change. */
export type CaseChanges = Partial<
  Pick<
    ServiceCase,
    | 'status' | 'lastSeq' | 'lastEventAt' | 'currentHandlerId' | 'dispatcherId' | 'dispatchCount' | 'returnCount' | 'reopenCount' | 'whistled'
    | 'signedAt' | 'contactedAt' | 'repliedAt' | 'closedAt' | 'handlerResolved' | 'resolved' | 'satisfaction' | 'revisitedAt' | 'dueAt'
    | 'extensionRequestedUntil' | 'duplicateOfId' | 'hoursToContact' | 'hoursToReply' | 'hoursToClose' | 'longestGapHours' | 'longestGapStage'
    | 'facts'
  >
>;

/** An event's values before it is written (it gets its id then). */
export interface EventValues {
  caseId: number;
  seq: number;
  kind: CaseEventKind;
  at: string;
  actingOrganizationId: number;
  actingPerson: string | null;
  fromOrganizationId: number | null;
  toOrganizationId: number | null;
  eligibility: EligibilityKind | null;
  viaLinkId: number | null;
  whistleId: number | null;
  reason: string | null;
  note: string | null;
  public: boolean;
  statusAfter: CaseStatus;
  resolved: Resolution | null;
  satisfaction: Satisfaction | null;
  dueAt: string | null;
  recordedAt: string;
}

/** One step as asked for, its ids resolved; `at` is the step's time (the caller's default is now). */
export interface StepCommand {
  kind: CaseEventKind;
  at: string;
  /** Default: the current handler (for RECEIVE, the intake). */
  actingOrganizationId?: number | null;
  actingPerson?: string | null;
  /** DISPATCH and TRANSFER: the unit it goes to. */
  toOrganizationId?: number | null;
  reason?: string | null;
  note?: string | null;
  public?: boolean | null;
  /** REPLY: the handler's claim (optional); REVISIT: the resident's answer (required). */
  resolved?: Resolution | null;
  satisfaction?: Satisfaction | null;
  /** REQUEST_EXTENSION: the due time asked for (required); GRANT_EXTENSION: the one granted (default: as asked). */
  dueAt?: string | null;
  /** MERGE: the case it duplicates. */
  duplicateOfId?: number | null;
  /** WHISTLE and UNIT_REPORT: the whistle. */
  whistleId?: number | null;
}

/** Facts from the database that some steps need. */
export interface StepFacts {
  /** DISPATCH, TRANSFER: what makes the target reachable from the case's community on the step's date (null: nothing). */
  eligibility?: Eligibility | null;
  /** MERGE: the case this one duplicates. */
  duplicateOf?: { databaseId: number; code: string; status: CaseStatus } | null;
  /** Names the target in a refusal. */
  describeOrganization?: (id: number) => string;
}

function refuse(serviceCase: ServiceCase, message: string, field: string): BadUserInputError {
  return new BadUserInputError(`Case ${serviceCase.code}: ${message}`, { field, record: serviceCase.code });
}

/**
 * Applies the lifecycle table and the step's own rules to a case as it stands; returns what changes and
 * the event to append. Throws BAD_USER_INPUT (naming the case, its status and the step) on any refusal,
 * having changed nothing. `fieldOf` names an input field for the message (the mutation's `input.x`, an
 * import's `events[3].x`).
 */
export function planStep(serviceCase: ServiceCase, command: StepCommand, facts: StepFacts, recordedAt: string, fieldOf: (name: string) => string = (name) => `input.${name}`): { changes: CaseChanges; event: EventValues } {
  const { kind, at } = command;
  const statusAfter = checkStep(serviceCase, kind, fieldOf('id'));
  checkStepTime(serviceCase, kind, at, fieldOf('at'));
  const describe = facts.describeOrganization ?? ((id: number) => `organization ${id}`);
  const changes: CaseChanges = { status: statusAfter, lastSeq: serviceCase.lastSeq + 1, lastEventAt: at };
  const event: EventValues = {
    caseId: serviceCase.databaseId,
    seq: serviceCase.lastSeq + 1,
    kind,
    at,
    actingOrganizationId: command.actingOrganizationId ?? serviceCase.currentHandlerId,
    actingPerson: command.actingPerson ?? null,
    fromOrganizationId: null,
    toOrganizationId: null,
    eligibility: null,
    viaLinkId: null,
    whistleId: command.whistleId ?? null,
    reason: command.reason ?? null,
    note: command.note ?? null,
    public: command.public ?? false,
    statusAfter,
    resolved: null,
    satisfaction: null,
    dueAt: null,
    recordedAt,
  };
  switch (kind) {
    case CaseEventKind.DISPATCH:
    case CaseEventKind.TRANSFER: {
      const target = command.toOrganizationId;
      if (target == null) throw refuse(serviceCase, `${kind} needs the unit it goes to ("toOrganizationId").`, fieldOf('toOrganizationId'));
      if (target === serviceCase.currentHandlerId) throw refuse(serviceCase, `${kind} to ${describe(target)}, which already handles it.`, fieldOf('toOrganizationId'));
      const eligibility = facts.eligibility;
      if (!eligibility) {
        throw refuse(
          serviceCase,
          `${kind} to ${describe(target)} refused: on ${at.slice(0, 10)} it is neither in the chain of the case's community (the community, an organization above it or one below it) nor joined to that chain by a link in force of kind CO_BUILDING, UNIT_REPORTING, SERVICE_PARTNERSHIP, GUIDANCE or PARTY_PRESENCE.`,
          fieldOf('toOrganizationId'),
        );
      }
      Object.assign(changes, { dispatcherId: serviceCase.currentHandlerId, currentHandlerId: target, dispatchCount: serviceCase.dispatchCount + 1 });
      Object.assign(event, { fromOrganizationId: serviceCase.currentHandlerId, toOrganizationId: target, eligibility: eligibility.kind, viaLinkId: eligibility.kind === EligibilityKind.LINK ? eligibility.linkId : null });
      break;
    }
    case CaseEventKind.RETURN: {
      // A DISPATCHED case always has its dispatcher (DISPATCH and TRANSFER set it).
      const back = serviceCase.dispatcherId ?? serviceCase.receivedById;
      Object.assign(changes, { currentHandlerId: back, dispatcherId: null, returnCount: serviceCase.returnCount + 1 });
      Object.assign(event, { fromOrganizationId: serviceCase.currentHandlerId, toOrganizationId: back });
      break;
    }
    case CaseEventKind.SIGN:
      changes.signedAt = serviceCase.signedAt ?? at;
      break;
    case CaseEventKind.CONTACT:
      changes.contactedAt = serviceCase.contactedAt ?? at;
      break;
    case CaseEventKind.REPLY:
      Object.assign(changes, { repliedAt: at, handlerResolved: command.resolved ?? null });
      event.resolved = command.resolved ?? null;
      break;
    case CaseEventKind.REVISIT:
      if (!command.resolved || !command.satisfaction) throw refuse(serviceCase, 'REVISIT needs the resident\'s answers: "resolved" and "satisfaction".', fieldOf(command.resolved ? 'satisfaction' : 'resolved'));
      Object.assign(changes, { resolved: command.resolved, satisfaction: command.satisfaction, revisitedAt: at });
      Object.assign(event, { resolved: command.resolved, satisfaction: command.satisfaction });
      break;
    case CaseEventKind.ANSWER_AT_INTAKE:
    case CaseEventKind.CLOSE:
      changes.closedAt = at;
      break;
    case CaseEventKind.REOPEN:
      Object.assign(changes, { reopenCount: serviceCase.reopenCount + 1, closedAt: null });
      break;
    case CaseEventKind.REQUEST_EXTENSION: {
      const asked = command.dueAt;
      if (!asked) throw refuse(serviceCase, 'REQUEST_EXTENSION needs the due time asked for ("dueAt").', fieldOf('dueAt'));
      if (asked <= serviceCase.dueAt) throw refuse(serviceCase, `the extension asked for (${asked}) is not after the current due time (${serviceCase.dueAt}).`, fieldOf('dueAt'));
      if (at > serviceCase.dueAt) throw refuse(serviceCase, `an extension must be asked for before the due time (${serviceCase.dueAt}); it is ${at}.`, fieldOf('at'));
      changes.extensionRequestedUntil = asked;
      event.dueAt = asked;
      break;
    }
    case CaseEventKind.GRANT_EXTENSION: {
      if (!serviceCase.extensionRequestedUntil) throw refuse(serviceCase, 'GRANT_EXTENSION refused: no extension has been asked for (REQUEST_EXTENSION).', fieldOf('id'));
      const granted = command.dueAt ?? serviceCase.extensionRequestedUntil;
      if (granted <= serviceCase.dueAt) throw refuse(serviceCase, `the due time granted (${granted}) is not after the current one (${serviceCase.dueAt}).`, fieldOf('dueAt'));
      Object.assign(changes, { dueAt: granted, extensionRequestedUntil: null });
      event.dueAt = granted;
      break;
    }
    case CaseEventKind.MERGE: {
      const other = facts.duplicateOf;
      if (command.duplicateOfId == null || !other) throw refuse(serviceCase, 'MERGE needs the case it duplicates ("duplicateOfId").', fieldOf('duplicateOfId'));
      if (other.databaseId === serviceCase.databaseId) throw refuse(serviceCase, 'a case cannot be merged into itself.', fieldOf('duplicateOfId'));
      if ([CaseStatus.MERGED, CaseStatus.REJECTED, CaseStatus.WITHDRAWN].includes(other.status)) throw refuse(serviceCase, `it cannot be merged into case ${other.code}, which is ${other.status}.`, fieldOf('duplicateOfId'));
      changes.duplicateOfId = other.databaseId;
      break;
    }
    case CaseEventKind.WHISTLE:
    case CaseEventKind.UNIT_REPORT:
      if (command.whistleId == null) throw refuse(serviceCase, `${kind} is recorded by ${kind === CaseEventKind.WHISTLE ? 'blowWhistle' : 'reportToWhistle'}, with its whistle.`, fieldOf('kind'));
      if (kind === CaseEventKind.WHISTLE) changes.whistled = true;
      break;
    case CaseEventKind.RECEIVE:
      throw refuse(serviceCase, 'RECEIVE is the first event of a case only (receiveCase).', fieldOf('kind'));
    default:
      break;
  }
  deriveHours(serviceCase, changes, at);
  const caseFactsAfter = caseFacts(factSourceAfter(serviceCase, changes));
  if (caseFactsAfter !== serviceCase.facts) changes.facts = caseFactsAfter;
  return { changes, event };
}

const FACT_SOURCE_COLUMNS = ['status', 'dispatchCount', 'signedAt', 'hoursToContact', 'resolved', 'satisfaction', 'handlerResolved', 'repliedAt', 'revisitedAt', 'closedAt', 'dueAt', 'reopenCount', 'whistled'] as const satisfies readonly (keyof CaseFactSource)[];

/**
 * What caseFacts reads of the case as the step leaves it: `{ ...serviceCase, ...changes }` for those columns
 * only (a change present, even undefined, wins), without copying the whole row for every event an import plans.
 */
function factSourceAfter(serviceCase: ServiceCase, changes: CaseChanges): CaseFactSource {
  const source: Record<string, unknown> = {};
  for (const column of FACT_SOURCE_COLUMNS) source[column] = Object.hasOwn(changes, column) ? changes[column] : serviceCase[column];
  return source as CaseFactSource;
}

/** Hours from instant `a` to instant `b` (stored UTC text, to the millisecond): whole milliseconds ÷ 3,600,000, as the SQL computes them. */
export function hoursBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 3_600_000;
}

/**
 * The columns derived from the events (hours to contact, reply and close; the longest gap between two
 * events and its stage), updated with the step's changes, so that they are written in the same statement.
 */
function deriveHours(serviceCase: ServiceCase, changes: CaseChanges, at: string): void {
  const since = (instant: string | null | undefined) => (instant == null ? null : hoursBetween(serviceCase.receivedAt, instant));
  if (changes.contactedAt !== undefined) changes.hoursToContact = since(changes.contactedAt);
  if (changes.repliedAt !== undefined) changes.hoursToReply = since(changes.repliedAt);
  if (changes.closedAt !== undefined) changes.hoursToClose = since(changes.closedAt);
  const gap = hoursBetween(serviceCase.lastEventAt, at);
  if (serviceCase.longestGapHours == null || gap > serviceCase.longestGapHours) {
    changes.longestGapHours = gap;
    changes.longestGapStage = serviceCase.status;
  }
}
