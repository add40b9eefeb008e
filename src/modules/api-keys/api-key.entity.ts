import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An API key, stored as a SHA-256 hash: the key itself is shown once, when created, and never again.
 * (Keys carry 192 random bits, so a fast hash is enough; there is nothing to brute-force.)
 */
@Entity('api_keys')
export class ApiKey {
  @PrimaryGeneratedColumn({ type: 'integer', name: 'id' })
  databaseId!: number;

  /** The public part of the key (`ggk_<keyId>_<secret>`), used to find it and to name it in logs. */
  @Index('idx_api_keys_key_id', { unique: true })
  @Column({ type: 'varchar', name: 'key_id', length: 32 })
  keyId!: string;

  @Column({ type: 'varchar', name: 'secret_hash', length: 64 })
  secretHash!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: string;

  /** Code of the organization whose subtree the key is limited to; null for everything. */
  @Column({ type: 'varchar', name: 'scope_code', length: 64, nullable: true })
  scopeCode!: string | null;

  @Column({ type: 'boolean', default: false })
  pii!: boolean;

  @Column({ type: 'varchar', length: 200, nullable: true })
  label!: string | null;

  @Column({ type: 'varchar', name: 'created_at', length: 32 })
  createdAt!: string;

  @Column({ type: 'varchar', name: 'revoked_at', length: 32, nullable: true })
  revokedAt!: string | null;
}
