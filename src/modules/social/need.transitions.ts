import { registerEnumType } from 'type-graphql';

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

interface Step {
  from: readonly NeedStatus[];
  to: NeedStatus;
  description: string;
}

/**
 * The one table of a need's lifecycle: OPEN → CLAIMED → FULFILLED, and OPEN or CLAIMED → EXPIRED. A need
 * is raised OPEN. The service checks every step against it, a refusal quotes it, and the schema's
 * descriptions are printed from it.
 */
export const NEED_STEPS: Record<NeedStep, Step> = {
  CLAIM: { from: [S.OPEN], to: S.CLAIMED, description: 'An organization or a person takes the need on (认领).' },
  FULFIL: { from: [S.CLAIMED], to: S.FULFILLED, description: 'The claimer met the need.' },
  EXPIRE: { from: [S.OPEN, S.CLAIMED], to: S.EXPIRED, description: 'The need lapsed unmet: nobody claimed it in time, or the claimer did not meet it.' },
};

export function nextNeedStatus(status: NeedStatus, step: NeedStep): NeedStatus | undefined {
  return NEED_STEPS[step].from.includes(status) ? NEED_STEPS[step].to : undefined;
}

export function allowedNeedSteps(status: NeedStatus): NeedStep[] {
  return (Object.keys(NEED_STEPS) as NeedStep[]).filter((step) => NEED_STEPS[step].from.includes(status));
}

const MEANINGS: Record<NeedStatus, string> = {
  OPEN: 'Raised; waiting for someone to claim it.',
  CLAIMED: 'Taken on by an organization or a person.',
  FULFILLED: 'Met. Final.',
  EXPIRED: 'Lapsed unmet. Final.',
};

registerEnumType(NeedStatus, {
  name: 'NeedStatus',
  description: 'Where a need stands; the steps follow the table of need.transitions.ts (README, "Social forces").',
  valuesConfig: Object.fromEntries(
    Object.values(NeedStatus).map((status) => {
      const steps = allowedNeedSteps(status);
      return [status, { description: `${MEANINGS[status]} Next steps: ${steps.length ? steps.join(', ') : 'none'}.` }];
    }),
  ),
});

registerEnumType(NeedStep, {
  name: 'NeedStep',
  description: 'A step of a need after it is raised.',
  valuesConfig: Object.fromEntries(Object.entries(NEED_STEPS).map(([step, rule]) => [step, { description: `${rule.description} Allowed from ${rule.from.join(', ')}; leads to ${rule.to}.` }])),
});
