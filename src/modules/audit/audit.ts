import { AsyncLocalStorage } from 'node:async_hooks';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { EntityManager } from 'typeorm';
import { nowTimestamp } from '../../lib/clock.js';
import { invariant } from '../../lib/invariant.js';
import type { Viewer } from '../../auth/viewer.js';
import { AuditEntry } from './audit-entry.entity.js';

/** Who is changing things, and through which operation: set around every mutation and command. */
export interface Actor {
  principal: string;
  operation: string;
}

const actors = new AsyncLocalStorage<Actor>();

/** Runs `work` as `actor`: every change it records is attributed to them. */
export function runAs<T>(actor: Actor, work: () => T): T {
  return actors.run(actor, work);
}

/** Wraps every mutation's resolver, so that the services' audit records know who and which operation. */
export function attributeMutations(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: Pick<Viewer, 'principal'>, info) => runAs({ principal: context.principal.id, operation: info.fieldName }, () => resolve(source, args, context, info));
  }
}

/** A plain copy of an entity's columns, for the before/after of the log. */
export function snapshot(entity: object | null | undefined): Record<string, unknown> | null {
  if (!entity) return null;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) if (value === null || typeof value !== 'object') copy[key] = value;
  return copy;
}

/**
 * Records a change in the caller's transaction. Every write path calls this; a write outside an
 * attributed operation is a bug.
 */
export async function recordChange(
  manager: EntityManager,
  change: { entityType: string; entityId?: number | null; entityCode?: string | null; before?: object | null; after?: object | null },
): Promise<void> {
  const actor = actors.getStore();
  invariant(actor, 'changes are made inside runAs (a mutation or a command)');
  await manager
    .createQueryBuilder()
    .insert()
    .into(AuditEntry)
    .values({
      at: nowTimestamp(),
      principal: actor.principal,
      operation: actor.operation,
      entityType: change.entityType,
      entityId: change.entityId ?? null,
      entityCode: change.entityCode ?? null,
      beforeJson: change.before ? JSON.stringify(snapshot(change.before)) : null,
      afterJson: change.after ? JSON.stringify(snapshot(change.after)) : null,
    })
    .updateEntity(false)
    .execute();
}
