import { Lifecycle } from '../../lib/lifecycle.js';

/** Where a use (a booking, a disbursement) stands. */
export enum ResourceUseStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  USED = 'USED',
  CANCELLED = 'CANCELLED',
  NO_SHOW = 'NO_SHOW',
}

/** The steps of a use after its request, one mutation each. */
export enum ResourceUseStep {
  APPROVE = 'APPROVE',
  MARK_USED = 'MARK_USED',
  CANCEL = 'CANCEL',
  NO_SHOW = 'NO_SHOW',
}

const S = ResourceUseStatus;

/**
 * The one table of a use's lifecycle: for each step, the statuses it may follow and the status it leads to.
 * A request starts REQUESTED. The service checks every step against it, a refusal quotes it, and the
 * schema's descriptions are printed from it.
 */
export const USE_LIFECYCLE = new Lifecycle<ResourceUseStatus, ResourceUseStep>('Resource use', {
  APPROVE: { from: [S.REQUESTED], to: S.APPROVED, description: 'The owner approves the request.' },
  MARK_USED: { from: [S.APPROVED], to: S.USED, description: 'The use took place (the room was used, the money disbursed).' },
  CANCEL: { from: [S.REQUESTED, S.APPROVED], to: S.CANCELLED, description: 'Called off by the user or refused by the owner, before it took place.' },
  NO_SHOW: { from: [S.APPROVED], to: S.NO_SHOW, description: 'Approved, but the user did not come.' },
});

/** The statuses that hold capacity: a new request must fit beside every use in one of them. */
export const HOLDING_STATUSES: readonly ResourceUseStatus[] = [S.REQUESTED, S.APPROVED, S.USED];

const MEANINGS: Record<ResourceUseStatus, string> = {
  REQUESTED: 'Asked for; holds its capacity until approved or cancelled.',
  APPROVED: 'Approved by the owner.',
  USED: 'Took place. Final.',
  CANCELLED: 'Called off before it took place; frees its capacity. Final.',
  NO_SHOW: 'Approved but not used (nobody came, the money was not drawn). Final; frees its capacity.',
};

USE_LIFECYCLE.registerEnums(
  ResourceUseStatus,
  ResourceUseStep,
  {
    status: 'ResourceUseStatus',
    statusDescription: 'Where a resource use stands; the steps follow the table of resource-use.transitions.ts (README, "Resources").',
    step: 'ResourceUseStep',
    stepDescription: 'A step of a resource use after its request.',
  },
  MEANINGS,
);
