import { Connection } from '../../schema/pagination.js';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JSONObjectResolver } from 'graphql-scalars';

/**
 * One change, as it was made: who (the principal's id, never a credential), when, through which
 * operation, to which entity, and the entity before and after. Written in the same transaction as
 * the change, so the log holds exactly the changes that were committed. Never updated or deleted.
 */
@ObjectType('AuditEntry', { simpleResolvers: true, description: 'One recorded change: who made it, when, through which operation, to which entity, with the entity before and after.' })
@Entity('audit_log')
@Index('idx_audit_log_entity', ['entityType', 'entityId'])
@Index('idx_audit_log_at', ['at'])
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'integer', name: 'id' })
  databaseId!: number;

  @Field(() => String, { description: 'When the change was committed (ISO 8601 timestamp).' })
  @Column({ type: 'varchar', length: 32 })
  at!: string;

  @Field(() => String, { description: "Who made it: 'key:<key id>', 'jwt:<subject>', 'anonymous' or 'cli:<command>'." })
  @Column({ type: 'varchar', length: 200 })
  principal!: string;

  @Field(() => String, { description: 'The mutation (or command) that made it, e.g. moveOrganization.' })
  @Column({ type: 'varchar', length: 64 })
  operation!: string;

  @Field(() => String, { description: 'The type of the entity changed: Organization, Link, Person, Post, Grid, or Dataset for an import.' })
  @Column({ type: 'varchar', name: 'entity_type', length: 32 })
  entityType!: string;

  @Column({ type: 'integer', name: 'entity_id', nullable: true })
  entityId!: number | null;

  @Field(() => String, { nullable: true, description: 'Business code of the entity changed.' })
  @Column({ type: 'varchar', name: 'entity_code', length: 96, nullable: true })
  entityCode!: string | null;

  /** JSON text; exposed parsed. */
  @Column({ type: 'text', name: 'before', nullable: true })
  beforeJson!: string | null;

  @Column({ type: 'text', name: 'after', nullable: true })
  afterJson!: string | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The entity before the change; null when it was created.' })
  get before(): Record<string, unknown> | null {
    return this.beforeJson ? JSON.parse(this.beforeJson) : null;
  }

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The entity after the change.' })
  get after(): Record<string, unknown> | null {
    return this.afterJson ? JSON.parse(this.afterJson) : null;
  }
}

/** Pages of AuditEntrys, for every list of them. */
export const AuditEntryConnection = Connection(AuditEntry, 'AuditEntry', 'A page of audit entries, newest first, with the total across all pages.');
