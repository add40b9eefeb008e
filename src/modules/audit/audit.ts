import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { EntityManager } from 'typeorm';
import { actorOf } from '../../db/statement-counter.js';
import { nowTimestamp } from '../../lib/clock.js';
import { invariant } from '../../lib/invariant.js';
import type { Context } from '../contract.js';
import { AuditEntry } from './audit-entry.entity.js';

/** Who is changing things, and through which operation: every mutation, and every command (`db.as(actor)`). */
export type { Actor } from '../../db/database.js';

/**
 * Wraps every mutation's resolver, so that the services' audit records know who and which operation:
 * the resolver gets the request's services as its principal, through this mutation field
 * (`context.servicesAs`). The fields below it, reads, keep the request's own context.
 */
export function attributeMutations(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: Context, info) =>
      resolve(source, args, { ...context, services: context.servicesAs({ principal: context.principal.id, operation: info.fieldName }) }, info);
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
 * Records a change in the caller's transaction, as made by the actor of the view that opened it
 * (`db.as(actor)`). Every write path calls this; a write outside an attributed operation is a bug.
 */
export async function recordChange(
  manager: EntityManager,
  change: { entityType: string; entityId?: number | null; entityCode?: string | null; before?: object | null; after?: object | null },
): Promise<void> {
  const actor = actorOf(manager);
  invariant(actor, 'changes are made in a transaction of a database view with an actor, db.as(actor) (a mutation or a command)');
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
