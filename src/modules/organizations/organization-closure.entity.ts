import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organization } from './organization.entity.js';

/**
 * One row per (ancestor, descendant) pair of the current vertical chain, including each organization
 * with itself at depth 0. Maintained by the organization service in the same transaction as parent_id,
 * so that ancestors and a whole subtree are each one indexed statement. (TypeORM's @Tree is not used:
 * its closure table is not updated when a node moves.)
 */
@Entity('organization_closure')
@Index('idx_closure_descendant', ['descendantId', 'depth'])
export class OrganizationClosure {
  @PrimaryColumn({ type: 'integer', name: 'ancestor_id' })
  ancestorId!: number;

  @PrimaryColumn({ type: 'integer', name: 'descendant_id' })
  descendantId!: number;

  @Column({ type: 'integer' })
  depth!: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ancestor_id' })
  ancestorRow?: Organization;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'descendant_id' })
  descendantRow?: Organization;
}
