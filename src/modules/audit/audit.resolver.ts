import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import type { Ability } from '../../auth/principal.js';
import { BadUserInputError } from '../../errors/index.js';
import { toGlobalId } from '../../lib/global-id.js';
import { decodeNodeId, nodeTypes } from '../node/node-types.js';
import { PageArgs, pageWindow, toConnection } from '../../schema/pagination.js';
import type { Context } from '../contract.js';
import { AuditEntry, AuditEntryConnection } from './audit-entry.entity.js';
import type { AuditFilter } from './audit-log.service.js';

@InputType('AuditFilter', { description: 'Conditions an audit entry must all meet to be listed.' })
export class AuditFilterInput {
  @Field(() => String, { nullable: true, description: 'Only changes made by this operation, e.g. moveOrganization.' })
  operation?: string | null;

  @Field(() => String, { nullable: true, description: 'Only changes to entities of this type, e.g. Organization.' })
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes to this entity (its global id).' })
  entity?: string | null;

  @Field(() => String, { nullable: true, description: "Only changes made by this principal, e.g. 'key:0123456789abcdef'." })
  principal?: string | null;

  @Field(() => String, { nullable: true, description: 'Only changes at or after this ISO 8601 timestamp.' })
  since?: string | null;

  @Field(() => String, { nullable: true, description: 'Only changes before this ISO 8601 timestamp.' })
  until?: string | null;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized<Ability>('read-audit-log')
  @Query(() => AuditEntryConnection, { description: 'Every recorded change, newest first. Admins only.' })
  async auditLog(
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditFilterInput, { nullable: true, description: 'Conditions to meet; all when omitted.' }) filter?: AuditFilterInput | null,
  ) {
    const window = pageWindow('auditLog', page);
    let entity: AuditFilter['entity'] = null;
    if (filter?.entity) {
      const decoded = decodeNodeId(filter.entity);
      if (!decoded) throw new BadUserInputError(`Argument "filter.entity" is not a valid global id: "${filter.entity}".`, { field: 'filter.entity' });
      entity = { type: decoded.type, id: decoded.databaseId };
    }
    const { operation, entityType, principal, since, until } = filter ?? {};
    return toConnection(window, await context.services.auditLog.list({ operation, entityType, entity, principal, since, until }, window));
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Global id of the entity changed; null for an import.' })
  entityId(@Root() entry: AuditEntry): string | null {
    return entry.entityId !== null && nodeTypes().has(entry.entityType) ? toGlobalId(entry.entityType, entry.entityId) : null;
  }
}
