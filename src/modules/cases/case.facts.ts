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

/**
 * The facts of a case in memory. Runs with every step of every case an import plans (1.6 million for a
 * year at scale 1), so it tests the columns one by one rather than through a list of pairs.
 */
export function caseFacts(c: CaseFactSource): number {
  let facts = 0;
  if (SIDE_EXITS.includes(c.status)) facts |= CaseFact.SIDE_EXIT;
  if (WITHDRAWN_OR_MERGED.includes(c.status)) facts |= CaseFact.WITHDRAWN_OR_MERGED;
  if (c.dispatchCount > 0) facts |= CaseFact.DISPATCHED;
  if (c.signedAt != null && c.hoursToContact != null) facts |= CaseFact.SIGNED_AND_CONTACTED;
  if (c.resolved != null) facts |= CaseFact.ANSWERED;
  if (c.resolved === 'YES') facts |= CaseFact.RESOLVED;
  if (c.satisfaction != null) facts |= CaseFact.SATISFACTION_GIVEN;
  if (c.satisfaction === 'SATISFIED') facts |= CaseFact.SATISFIED;
  if (c.satisfaction === 'BASICALLY') facts |= CaseFact.BASICALLY_SATISFIED;
  if (c.handlerResolved != null) facts |= CaseFact.CLAIMED;
  if (c.handlerResolved === 'YES') facts |= CaseFact.CLAIMED_RESOLVED;
  if (c.repliedAt != null) facts |= CaseFact.REPLIED;
  if (c.revisitedAt != null) facts |= CaseFact.REVISITED;
  if (c.closedAt != null) facts |= CaseFact.CLOSED;
  if (c.closedAt != null && c.closedAt <= c.dueAt) facts |= CaseFact.CLOSED_BY_DUE;
  if (c.closedAt != null && c.closedAt > c.dueAt) facts |= CaseFact.CLOSED_LATE;
  if (c.reopenCount > 0) facts |= CaseFact.REOPENED;
  if (c.whistled) facts |= CaseFact.WHISTLED;
  return facts;
}
