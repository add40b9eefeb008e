import { registerEnumType } from 'type-graphql';
import { BadUserInputError } from '../errors/index.js';

/** One step of a lifecycle table: the statuses it may follow, the status it leads to, what it means. */
export interface LifecycleStep<Status extends string> {
  from: readonly Status[];
  to: Status;
  description: string;
}

/**
 * A lifecycle table (for each step, the statuses it may follow and the one it leads to) and what is built
 * from it: the check every mutation makes, its refusal (naming the record, its status, the step and what
 * is allowed), and the GraphQL enums' descriptions. Resource uses and needs are such tables; service
 * cases keep their own (case.transitions.ts), whose steps are events with richer rules.
 */
export class Lifecycle<Status extends string, Step extends string> {
  constructor(
    /** What a record is called in a refusal ("Need", "Resource use"). */
    private readonly noun: string,
    readonly steps: Record<Step, LifecycleStep<Status>>,
  ) {}

  next(status: Status, step: Step): Status | undefined {
    return this.steps[step].from.includes(status) ? this.steps[step].to : undefined;
  }

  allowed(status: Status): Step[] {
    return (Object.keys(this.steps) as Step[]).filter((step) => this.steps[step].from.includes(status));
  }

  /** The statuses reachable from `from` by steps of the table, `from` included (what an import may move a record on to). */
  reachable(from: Status): Set<Status> {
    const reached = new Set<Status>([from]);
    const queue = [from];
    while (queue.length > 0) {
      const status = queue.shift()!;
      for (const step of this.allowed(status)) {
        const next = this.next(status, step)!;
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    return reached;
  }

  /** The status `step` leads to from the record's; else BAD_USER_INPUT naming the record, its status, the step and what is allowed. */
  check(record: { code: string; status: Status }, step: Step, field = 'input.id'): Status {
    const next = this.next(record.status, step);
    if (next !== undefined) return next;
    const allowed = this.allowed(record.status);
    throw new BadUserInputError(
      `${this.noun} ${record.code} is ${record.status}: ${step} is not allowed from ${record.status} (only from ${this.steps[step].from.join(', ')}). Allowed from ${record.status}: ${allowed.length ? allowed.join(', ') : 'nothing (final)'}.`,
      { field, record: record.code },
    );
  }

  /** Registers both enums, each value described from the table (and `meanings` for the statuses). */
  registerEnums(
    statusEnum: Record<string, Status>,
    stepEnum: Record<string, Step>,
    names: { status: string; statusDescription: string; step: string; stepDescription: string },
    meanings: Record<Status, string>,
  ): void {
    registerEnumType(statusEnum, {
      name: names.status,
      description: names.statusDescription,
      valuesConfig: Object.fromEntries(
        Object.values(statusEnum).map((status) => {
          const steps = this.allowed(status);
          return [status, { description: `${meanings[status]} Next steps: ${steps.length ? steps.join(', ') : 'none'}.` }];
        }),
      ),
    });
    registerEnumType(stepEnum, {
      name: names.step,
      description: names.stepDescription,
      valuesConfig: Object.fromEntries(
        (Object.entries(this.steps) as [Step, LifecycleStep<Status>][]).map(([step, rule]) => [step, { description: `${rule.description} Allowed from ${rule.from.join(', ')}; leads to ${rule.to}.` }]),
      ),
    });
  }
}
