import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from './organization.entity.js';

/**
 * The history of the vertical chain: one row per period an organization sat under a parent.
 * Moving an organization ends its open row and starts a new one, so who was under whom stays answerable.
 */
@Entity('organization_memberships')
@Index('idx_memberships_organization', ['organizationId', 'since'])
@Index('idx_memberships_parent', ['parentId'])
export class OrganizationMembership {
  @PrimaryGeneratedColumn({ type: 'integer', name: 'id' })
  databaseId!: number;

  @Column({ type: 'integer', name: 'organization_id' })
  organizationId!: number;

  @Column({ type: 'integer', name: 'parent_id', nullable: true })
  parentId!: number | null;

  @Column({ type: 'date' })
  since!: string;

  @Column({ type: 'date', nullable: true })
  until!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organizationRow?: Organization;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parentRow?: Organization | null;
}
