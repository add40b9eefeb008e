import { registerEnumType } from 'type-graphql';

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

interface UseStep {
  from: readonly ResourceUseStatus[];
  to: ResourceUseStatus;
  description: string;
}

/**
 * The one table of a use's lifecycle: for each step, the statuses it may follow and the status it leads to.
 * A request starts REQUESTED. The service checks every step against it, a refusal quotes it, and the
 * schema's descriptions are printed from it.
 */
export const USE_STEPS: Record<ResourceUseStep, UseStep> = {
  APPROVE: { from: [S.REQUESTED], to: S.APPROVED, description: 'The owner approves the request.' },
  MARK_USED: { from: [S.APPROVED], to: S.USED, description: 'The use took place (the room was used, the money disbursed).' },
  CANCEL: { from: [S.REQUESTED, S.APPROVED], to: S.CANCELLED, description: 'Called off by the user or refused by the owner, before it took place.' },
  NO_SHOW: { from: [S.APPROVED], to: S.NO_SHOW, description: 'Approved, but the user did not come.' },
};

/** The statuses that hold capacity: a new request must fit beside every use in one of them. */
export const HOLDING_STATUSES: readonly ResourceUseStatus[] = [S.REQUESTED, S.APPROVED, S.USED];

export function nextUseStatus(status: ResourceUseStatus, step: ResourceUseStep): ResourceUseStatus | undefined {
  return USE_STEPS[step].from.includes(status) ? USE_STEPS[step].to : undefined;
}

export function allowedUseSteps(status: ResourceUseStatus): ResourceUseStep[] {
  return (Object.keys(USE_STEPS) as ResourceUseStep[]).filter((step) => USE_STEPS[step].from.includes(status));
}

const MEANINGS: Record<ResourceUseStatus, string> = {
  REQUESTED: 'Asked for; holds its capacity until approved or cancelled.',
  APPROVED: 'Approved by the owner.',
  USED: 'Took place. Final.',
  CANCELLED: 'Called off before it took place; frees its capacity. Final.',
  NO_SHOW: 'Approved but not used (nobody came, the money was not drawn). Final; frees its capacity.',
};

registerEnumType(ResourceUseStatus, {
  name: 'ResourceUseStatus',
  description: 'Where a resource use stands; the steps follow the table of resource-use.transitions.ts (README, "Resources").',
  valuesConfig: Object.fromEntries(
    Object.values(ResourceUseStatus).map((status) => {
      const steps = allowedUseSteps(status);
      return [status, { description: `${MEANINGS[status]} Next steps: ${steps.length ? steps.join(', ') : 'none'}.` }];
    }),
  ),
});

registerEnumType(ResourceUseStep, {
  name: 'ResourceUseStep',
  description: 'A step of a resource use after its request.',
  valuesConfig: Object.fromEntries(Object.entries(USE_STEPS).map(([step, rule]) => [step, { description: `${rule.description} Allowed from ${rule.from.join(', ')}; leads to ${rule.to}.` }])),
});
