import { registerEnumType } from 'type-graphql';

/**
 * Where a service case stands: the lifecycle of ../shared/operations.md §1.7. The first contact with
 * the resident (the "response") moves a signed case IN_PROGRESS: there is no separate CONTACTED status,
 * since the handler keeps working from there (extensions, urging, whistles) until it replies.
 */
export enum CaseStatus {
  RECEIVED = 'RECEIVED',
  DISPATCHED = 'DISPATCHED',
  RETURNED = 'RETURNED',
  SIGNED = 'SIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  REPLIED = 'REPLIED',
  REVISITED = 'REVISITED',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
  REJECTED = 'REJECTED',
  MERGED = 'MERGED',
  WITHDRAWN = 'WITHDRAWN',
}

/** What can happen to a case: one CaseEvent each, append-only. */
export enum CaseEventKind {
  RECEIVE = 'RECEIVE',
  ANSWER_AT_INTAKE = 'ANSWER_AT_INTAKE',
  DISPATCH = 'DISPATCH',
  RETURN = 'RETURN',
  SIGN = 'SIGN',
  CONTACT = 'CONTACT',
  NOTE = 'NOTE',
  REQUEST_EXTENSION = 'REQUEST_EXTENSION',
  GRANT_EXTENSION = 'GRANT_EXTENSION',
  URGE = 'URGE',
  WHISTLE = 'WHISTLE',
  UNIT_REPORT = 'UNIT_REPORT',
  TRANSFER = 'TRANSFER',
  REPLY = 'REPLY',
  REVISIT = 'REVISIT',
  CLOSE = 'CLOSE',
  REOPEN = 'REOPEN',
  MERGE = 'MERGE',
  REJECT = 'REJECT',
  WITHDRAW = 'WITHDRAW',
}

const S = CaseStatus;

interface CaseStep {
  /** The statuses this step may follow; empty for RECEIVE, the first event of every case and only it. */
  from: readonly CaseStatus[];
  /** The status after the step; null when the step leaves the status as it was (notes, urging, extensions). */
  to: CaseStatus | null;
  /** What the step is, for the schema and for messages. */
  description: string;
}

/** Every status a case may be in while a handler is working on it (signed, contacted, or reopened). */
const HANDLING: readonly CaseStatus[] = [S.SIGNED, S.IN_PROGRESS, S.REOPENED];
/** Statuses before anyone signed for the case. */
const UNSIGNED: readonly CaseStatus[] = [S.RECEIVED, S.DISPATCHED, S.RETURNED];

/**
 * The one table of a case's lifecycle: for each kind of event, the statuses it may follow and the status
 * it leads to. It is the only place the lifecycle is written: the services validate every step against
 * it (refusals quote it), a case's status is the replay of its events through it (replayStatus), and the
 * schema's descriptions of CaseStatus and CaseEventKind are built from it.
 */
export const CASE_STEPS: Record<CaseEventKind, CaseStep> = {
  RECEIVE: { from: [], to: S.RECEIVED, description: 'The intake (hotline operator, grid worker, front desk) registers the request.' },
  ANSWER_AT_INTAKE: { from: [S.RECEIVED], to: S.CLOSED, description: 'A consultation answered at intake (直办), closed without dispatch.' },
  DISPATCH: { from: [S.RECEIVED, S.RETURNED, S.REOPENED], to: S.DISPATCHED, description: 'Sent to a handling unit reachable from the case (派单); the unit becomes the current handler.' },
  RETURN: { from: [S.DISPATCHED], to: S.RETURNED, description: 'The unit sends it back unsigned, "not our jurisdiction or function" (退单); the dispatcher handles it again.' },
  SIGN: { from: [S.DISPATCHED], to: S.SIGNED, description: 'The unit signs for it (签收): the handling clock starts.' },
  CONTACT: { from: HANDLING, to: S.IN_PROGRESS, description: 'The handler contacts the resident (先行联系): the first one is the "response".' },
  NOTE: { from: Object.values(S), to: null, description: 'A note on the case; the status stays.' },
  REQUEST_EXTENSION: { from: HANDLING, to: null, description: 'The handler asks for a later due time (申请延期), before the deadline.' },
  GRANT_EXTENSION: { from: HANDLING, to: null, description: 'The extension asked for is granted: the case gets its new due time.' },
  URGE: { from: [S.DISPATCHED, ...HANDLING], to: null, description: 'Supervision urges the handler (督办).' },
  WHISTLE: { from: HANDLING, to: null, description: 'A community or subdistrict blows the whistle on it (吹哨): units are summoned.' },
  UNIT_REPORT: { from: [...HANDLING, S.REPLIED, S.REVISITED, S.CLOSED], to: null, description: 'A summoned unit reports (报到) to a whistle covering the case.' },
  TRANSFER: { from: HANDLING, to: S.DISPATCHED, description: 'The handler hands it on, after signing, to another reachable unit (转办); that unit must sign in turn.' },
  REPLY: { from: HANDLING, to: S.REPLIED, description: 'The handler answers the resident and reports the result (答复/办结), with the resolution it claims.' },
  REVISIT: { from: [S.REPLIED], to: S.REVISITED, description: 'The callback (回访): the resident judges whether it was resolved and how satisfied they are.' },
  CLOSE: { from: [S.REPLIED, S.REVISITED], to: S.CLOSED, description: 'Closed (办结归档), after a reply, with or without a revisit.' },
  REOPEN: { from: [S.REVISITED, S.CLOSED], to: S.REOPENED, description: 'Reopened for handling again (重办), usually after an unsatisfied revisit; the last handler works on it.' },
  MERGE: { from: [...UNSIGNED, S.SIGNED, S.IN_PROGRESS], to: S.MERGED, description: 'A duplicate of another case (合并), which carries on; this one stops.' },
  REJECT: { from: [S.RECEIVED, S.RETURNED], to: S.REJECTED, description: 'Refused at intake as outside the scope of the service (不予受理).' },
  WITHDRAW: { from: [...UNSIGNED, ...HANDLING], to: S.WITHDRAWN, description: 'The resident withdraws the request (撤单).' },
};

/** The status after `kind` from `status` (null: a case not yet received), or undefined when the table does not allow it. */
export function nextStatus(status: CaseStatus | null, kind: CaseEventKind): CaseStatus | undefined {
  const step = CASE_STEPS[kind];
  if (status === null) return step.from.length === 0 ? (step.to ?? undefined) : undefined;
  if (!step.from.includes(status)) return undefined;
  return step.to ?? status;
}

/** The kinds of event a case in `status` may take, in the table's order. */
export function allowedSteps(status: CaseStatus): CaseEventKind[] {
  return (Object.keys(CASE_STEPS) as CaseEventKind[]).filter((kind) => CASE_STEPS[kind].from.includes(status));
}

/** The statuses in which nothing but a note can happen, or a reopening for CLOSED. */
export const FINAL_STATUSES: readonly CaseStatus[] = [S.CLOSED, S.REJECTED, S.MERGED, S.WITHDRAWN];

/**
 * Replays a case's events, in order, through the table: the status they lead to, or the first event the
 * table refuses (its index and the status it met). The status stored on a case must always equal this.
 */
export function replayStatus(kinds: readonly CaseEventKind[]): { status: CaseStatus | null; refusedAt?: number; refusedFrom?: CaseStatus | null } {
  let status: CaseStatus | null = null;
  for (let index = 0; index < kinds.length; index += 1) {
    const next = nextStatus(status, kinds[index]);
    if (next === undefined) return { status, refusedAt: index, refusedFrom: status };
    status = next;
  }
  return { status };
}

const STATUS_MEANINGS: Record<CaseStatus, string> = {
  RECEIVED: 'Registered at intake (受理), not yet dispatched.',
  DISPATCHED: 'Sent to a unit (派单), waiting for it to sign or return it.',
  RETURNED: 'Returned by the unit unsigned (退单); the dispatcher must dispatch it again, or reject it.',
  SIGNED: 'Signed for by the unit (签收); the resident not yet contacted.',
  IN_PROGRESS: 'Being handled (办理): the resident has been contacted.',
  REPLIED: 'The handler replied (答复/办结); waiting for the revisit or closure.',
  REVISITED: 'The resident was called back (回访) and judged the result.',
  CLOSED: 'Closed (办结), or answered at intake. May be reopened.',
  REOPENED: 'Reopened (重办): the last handler works on it again.',
  REJECTED: 'Refused at intake as outside the service. Final.',
  MERGED: 'A duplicate merged into another case. Final.',
  WITHDRAWN: 'Withdrawn by the resident. Final.',
};

registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: "Where a service case stands, derived from its events through the lifecycle table (README, \"Service cases\").",
  valuesConfig: Object.fromEntries(
    Object.values(CaseStatus).map((status) => {
      const steps = allowedSteps(status).filter((kind) => kind !== CaseEventKind.NOTE);
      return [status, { description: `${STATUS_MEANINGS[status]} Next steps: ${steps.length ? steps.join(', ') : 'none'} (and NOTE).` }];
    }),
  ),
});

registerEnumType(CaseEventKind, {
  name: 'CaseEventKind',
  description: 'What happened to a service case; each kind may follow only the statuses the lifecycle table lists.',
  valuesConfig: Object.fromEntries(
    Object.entries(CASE_STEPS).map(([kind, step]) => {
      const from = step.from.length === 0 ? 'first event of every case' : step.from.length === Object.values(CaseStatus).length ? 'any status' : `from ${step.from.join(', ')}`;
      return [kind, { description: `${step.description} Allowed ${from}; leads to ${step.to ?? 'the same status'}.` }];
    }),
  ),
});
