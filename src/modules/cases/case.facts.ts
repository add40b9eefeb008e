import { CaseStatus } from './case.transitions.js';
import type { ServiceCase } from './service-case.entity.js';

/**
 * The facts of a case that do not depend on a period, one bit each in `service_cases.facts`: what the case
 * indicators' counts test for every case (operations.md §4.2). Written by planStep with every step, from
 * the case as the step leaves it, as the derived hours are (and backfilled by the CaseFacts migration), so
 * that the counts group a few integers per case instead of evaluating some twenty conditions on its columns:
 * SQLite spent 27,000 instructions per case doing that. The CaseFacts migration's backfill says the same in SQL
 * (a frozen copy, as migrations are); test/seed-cases.test.ts holds the two equal on every case of a generated year.
 */
export const CaseFact = {
  /** REJECTED, MERGED or WITHDRAWN: left the lifecycle without a closure. */
  SIDE_EXIT: 1 << 0,
  /** MERGED or WITHDRAWN: not counted as dispatched. */
  WITHDRAWN_OR_MERGED: 1 << 1,
  /** Sent on at least once (dispatchCount > 0). */
  DISPATCHED: 1 << 2,
  /** Signed and contacted (hoursToContact known): responded, if within the response limit. */
  SIGNED_AND_CONTACTED: 1 << 3,
  /** The last revisit's answer on resolution given. */
  ANSWERED: 1 << 4,
  /** … and it was YES. */
  RESOLVED: 1 << 5,
  /** The last revisit's satisfaction given. */
  SATISFACTION_GIVEN: 1 << 6,
  SATISFIED: 1 << 7,
  BASICALLY_SATISFIED: 1 << 8,
  /** The last reply's claim of resolution given. */
  CLAIMED: 1 << 9,
  /** … and it was YES. */
  CLAIMED_RESOLVED: 1 << 10,
  REPLIED: 1 << 11,
  REVISITED: 1 << 12,
  /** Closed (closedAt set). */
  CLOSED: 1 << 13,
  /** Closed by its dueAt. */
  CLOSED_BY_DUE: 1 << 14,
  /** Closed after its dueAt. */
  CLOSED_LATE: 1 << 15,
  /** Reopened at least once. */
  REOPENED: 1 << 16,
  WHISTLED: 1 << 17,
} as const;

export type CaseFactName = keyof typeof CaseFact;

/** What caseFacts reads of a case. */
export type CaseFactSource = Pick<
  ServiceCase,
  'status' | 'dispatchCount' | 'signedAt' | 'hoursToContact' | 'resolved' | 'satisfaction' | 'handlerResolved' | 'repliedAt' | 'revisitedAt' | 'closedAt' | 'dueAt' | 'reopenCount' | 'whistled'
>;

const SIDE_EXITS: readonly CaseStatus[] = [CaseStatus.REJECTED, CaseStatus.MERGED, CaseStatus.WITHDRAWN];
const WITHDRAWN_OR_MERGED: readonly CaseStatus[] = [CaseStatus.MERGED, CaseStatus.WITHDRAWN];

/** The facts of a case in memory. */
export function caseFacts(c: CaseFactSource): number {
  const bits: [CaseFactName, boolean][] = [
    ['SIDE_EXIT', SIDE_EXITS.includes(c.status)],
    ['WITHDRAWN_OR_MERGED', WITHDRAWN_OR_MERGED.includes(c.status)],
    ['DISPATCHED', c.dispatchCount > 0],
    ['SIGNED_AND_CONTACTED', c.signedAt != null && c.hoursToContact != null],
    ['ANSWERED', c.resolved != null],
    ['RESOLVED', c.resolved === 'YES'],
    ['SATISFACTION_GIVEN', c.satisfaction != null],
    ['SATISFIED', c.satisfaction === 'SATISFIED'],
    ['BASICALLY_SATISFIED', c.satisfaction === 'BASICALLY'],
    ['CLAIMED', c.handlerResolved != null],
    ['CLAIMED_RESOLVED', c.handlerResolved === 'YES'],
    ['REPLIED', c.repliedAt != null],
    ['REVISITED', c.revisitedAt != null],
    ['CLOSED', c.closedAt != null],
    ['CLOSED_BY_DUE', c.closedAt != null && c.closedAt <= c.dueAt],
    ['CLOSED_LATE', c.closedAt != null && c.closedAt > c.dueAt],
    ['REOPENED', c.reopenCount > 0],
    ['WHISTLED', Boolean(c.whistled)],
  ];
  let facts = 0;
  for (const [name, holds] of bits) if (holds) facts |= CaseFact[name];
  return facts;
}
