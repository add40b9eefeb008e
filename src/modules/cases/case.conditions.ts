import { registerEnumType } from 'type-graphql';
import { Conditions } from '../../db/conditions.js';
import { UnreachableCaseError } from '../../lib/invariant.js';
import type { CaseChannel, CaseUrgency, WhistleReason } from './case.kinds.js';
import { CaseStatus } from './case.transitions.js';

/** The statuses in which a case still waits for its reply: those that can be overdue. */
export const AWAITING_REPLY: readonly CaseStatus[] = [CaseStatus.RECEIVED, CaseStatus.DISPATCHED, CaseStatus.RETURNED, CaseStatus.SIGNED, CaseStatus.IN_PROGRESS, CaseStatus.REOPENED];

export interface CaseFilter {
  statuses?: CaseStatus[] | null;
  /** Cases of these categories or of their direct subcategories (database ids). */
  categoryIds?: number[] | null;
  channels?: CaseChannel[] | null;
  urgencies?: CaseUrgency[] | null;
  /** Cases whose community is this organization or lies below it. */
  underId?: number | null;
  gridId?: number | null;
  /** Cases this organization handles now. */
  handlerId?: number | null;
  /** receivedAt in [receivedFrom, receivedTo). */
  receivedFrom?: string | null;
  receivedTo?: string | null;
  /** Still waiting for the reply past dueAt (true), or not (false). */
  overdue?: boolean | null;
  whistled?: boolean | null;
  /** The caller's jurisdiction: cases whose community is in this subtree, or whose current handler is. */
  scopeRootId?: number | null;
}

export enum CaseOrder {
  RECEIVED_AT_DESC = 'RECEIVED_AT_DESC',
  RECEIVED_AT_ASC = 'RECEIVED_AT_ASC',
  DUE_AT_ASC = 'DUE_AT_ASC',
  CODE_ASC = 'CODE_ASC',
}

registerEnumType(CaseOrder, {
  name: 'CaseOrder',
  description: 'How a list of service cases is sorted.',
  valuesConfig: {
    RECEIVED_AT_DESC: { description: 'Newest first (the default).' },
    RECEIVED_AT_ASC: { description: 'Oldest first.' },
    DUE_AT_ASC: { description: 'The soonest due first.' },
    CODE_ASC: { description: 'By work-order number.' },
  },
});

export function caseOrderSql(order: CaseOrder): string {
  switch (order) {
    case CaseOrder.RECEIVED_AT_DESC:
      return 't.received_at DESC, t.id DESC';
    case CaseOrder.RECEIVED_AT_ASC:
      return 't.received_at, t.id';
    case CaseOrder.DUE_AT_ASC:
      return 't.due_at, t.id';
    case CaseOrder.CODE_ASC:
      return 't.code, t.id';
    default:
      throw new UnreachableCaseError(order);
  }
}

/**
 * The WHERE clause of a case filter over `service_cases t`, at `now` (for `overdue`): one definition for
 * the root list and whatever counts cases later (indicators, aggregates, Open311).
 */
export function caseConditions(filter: CaseFilter, now: string, options: { byDates?: boolean } = {}): Conditions {
  const conditions = new Conditions()
    .in('t.status', filter.statuses)
    .in('t.channel', filter.channels)
    .in('t.urgency', filter.urgencies)
    // `byDates`: the subtree tested on each case rather than used to find them (a unary plus hides the column from
    // the planners), so that the cases are found through the date indexes the caller's other conditions range over.
    .inSubtree(options.byDates ? '+t.community_id' : 't.community_id', filter.underId)
    .equals('t.grid_id', filter.gridId)
    .equals('t.current_handler_id', filter.handlerId)
    .equals('t.whistled', filter.whistled);
  if (filter.categoryIds != null) {
    if (filter.categoryIds.length === 0) conditions.add(() => '1 = 0');
    else conditions.add((parameter) => {
      const ids = parameter(filter.categoryIds);
      return `t.category_id IN (SELECT k.id FROM service_categories k WHERE k.id IN (${ids.replace(':', ':...')}) OR k.parent_id IN (${ids.replace(':', ':...')}))`;
    });
  }
  if (filter.receivedFrom) conditions.add((parameter) => `t.received_at >= ${parameter(filter.receivedFrom)}`);
  if (filter.receivedTo) conditions.add((parameter) => `t.received_at < ${parameter(filter.receivedTo)}`);
  if (filter.overdue != null) {
    conditions.add((parameter) => {
      const overdue = `(t.status IN (${AWAITING_REPLY.map((status) => `'${status}'`).join(', ')}) AND t.due_at < ${parameter(now)})`;
      return filter.overdue ? overdue : `NOT ${overdue}`;
    });
  }
  if (filter.scopeRootId != null) {
    conditions.add((parameter) => {
      const root = parameter(filter.scopeRootId);
      return `(t.community_id IN (SELECT s.descendant_id FROM organization_closure s WHERE s.ancestor_id = ${root}) OR t.current_handler_id IN (SELECT s.descendant_id FROM organization_closure s WHERE s.ancestor_id = ${root}))`;
    });
  }
  return conditions;
}

export interface WhistleFilter {
  /** Whistles blown by this organization or by one below it. */
  underId?: number | null;
  callerId?: number | null;
  reasons?: WhistleReason[] | null;
  blownFrom?: string | null;
  blownTo?: string | null;
  /** Whistles covering this case. */
  caseId?: number | null;
  /** Whistles summoning this unit. */
  unitId?: number | null;
  /** The caller's jurisdiction: whistles blown inside this subtree. */
  scopeRootId?: number | null;
}

export function whistleConditions(filter: WhistleFilter): Conditions {
  const conditions = new Conditions().inSubtree('t.caller_id', filter.underId).equals('t.caller_id', filter.callerId).in('t.reason', filter.reasons).inSubtree('t.caller_id', filter.scopeRootId);
  if (filter.blownFrom) conditions.add((parameter) => `t.blown_at >= ${parameter(filter.blownFrom)}`);
  if (filter.blownTo) conditions.add((parameter) => `t.blown_at < ${parameter(filter.blownTo)}`);
  if (filter.caseId != null) conditions.add((parameter) => `t.id IN (SELECT w.whistle_id FROM whistle_cases w WHERE w.case_id = ${parameter(filter.caseId)})`);
  if (filter.unitId != null) conditions.add((parameter) => `t.id IN (SELECT s.whistle_id FROM whistle_summons s WHERE s.unit_id = ${parameter(filter.unitId)})`);
  return conditions;
}
