import { Lifecycle } from '../../lib/lifecycle.js';

/** Where a need on the needs list stands. */
export enum NeedStatus {
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  FULFILLED = 'FULFILLED',
  EXPIRED = 'EXPIRED',
}

/** The steps of a need after it is raised, one mutation each. */
export enum NeedStep {
  CLAIM = 'CLAIM',
  FULFIL = 'FULFIL',
  EXPIRE = 'EXPIRE',
}

const S = NeedStatus;

/**
 * The one table of a need's lifecycle: OPEN → CLAIMED → FULFILLED, and OPEN or CLAIMED → EXPIRED. A need
 * is raised OPEN. The service checks every step against it, a refusal quotes it, and the schema's
 * descriptions are printed from it.
 */
export const NEED_LIFECYCLE = new Lifecycle<NeedStatus, NeedStep>('Need', {
  CLAIM: { from: [S.OPEN], to: S.CLAIMED, description: 'An organization or a person takes the need on (认领).' },
  FULFIL: { from: [S.CLAIMED], to: S.FULFILLED, description: 'The claimer met the need.' },
  EXPIRE: { from: [S.OPEN, S.CLAIMED], to: S.EXPIRED, description: 'The need lapsed unmet: nobody claimed it in time, or the claimer did not meet it.' },
});

const MEANINGS: Record<NeedStatus, string> = {
  OPEN: 'Raised; waiting for someone to claim it.',
  CLAIMED: 'Taken on by an organization or a person.',
  FULFILLED: 'Met. Final.',
  EXPIRED: 'Lapsed unmet. Final.',
};

NEED_LIFECYCLE.registerEnums(
  NeedStatus,
  NeedStep,
  {
    status: 'NeedStatus',
    statusDescription: 'Where a need stands; the steps follow the table of need.transitions.ts (README, "Social forces").',
    step: 'NeedStep',
    stepDescription: 'A step of a need after it is raised.',
  },
  MEANINGS,
);
