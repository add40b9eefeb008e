import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { toGlobalId } from '../lib/global-id.js';

/**
 * What every stored entity has: a database id (clients see a global id), a version for optimistic
 * concurrency, and timestamps. Subclasses are named as their GraphQL types, which gives the global id
 * its type prefix.
 */
@ObjectType({ simpleResolvers: true })
export abstract class StoredEntity {
  /** Database id; clients see the global id. */
  @PrimaryGeneratedColumn({ type: 'integer', name: 'id' })
  databaseId!: number;

  @Field(() => ID, { description: 'Global, opaque id. Stable: it never changes; node(id) fetches it.' })
  get id(): string {
    // test/modules.test.ts checks that every node type's entity class carries its node type's name.
    return toGlobalId(this.constructor.name, this.databaseId);
  }

  @Field(() => Int, { description: 'Incremented on every change; pass it back as expectedVersion to change it safely.' })
  @VersionColumn({ type: 'integer' })
  version!: number;

  /** ISO timestamps of creation and of the last change, set by the services. */
  @Column({ type: 'varchar', name: 'created_at', length: 32 })
  createdAt!: string;

  @Column({ type: 'varchar', name: 'updated_at', length: 32 })
  updatedAt!: string;
}
