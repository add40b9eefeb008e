import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { onCommit } from '../../db/after-commit.js';
import { REVOKED_KEYS_TOPIC } from '../../auth/credential-cache.js';
import { queryEntities, queryRows } from '../../db/rows.js';
import { BadUserInputError, NotFoundError } from '../../errors/index.js';
import { nowTimestamp } from '../../lib/clock.js';
import { recordChange } from '../audit/audit.js';
import { ApiKey } from './api-key.entity.js';
import { ROLES, type Role } from '../../auth/principal.js';

const KEY_PATTERN = /^ggk_([0-9a-f]{16})_([A-Za-z0-9_-]{32})$/;

function hashSecret(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export interface NewApiKey {
  role: Role;
  scopeCode?: string | null;
  pii?: boolean;
  label?: string | null;
}

/** API keys: created (shown once), listed, revoked, and verified on every request that carries one. */
export class ApiKeyService {
  constructor(private readonly db: Database) {}

  /** Creates a key and returns it in full: the only time it is ever shown. */
  async create(input: NewApiKey): Promise<{ keyId: string; key: string }> {
    if (!ROLES.includes(input.role)) throw new BadUserInputError(`Unknown role "${input.role}"; use one of ${ROLES.join(', ')}.`, { field: 'role' });
    return this.db.transaction(async (manager) => {
      if (input.scopeCode) {
        const [organization] = await queryRows(manager, 'SELECT id FROM organizations WHERE code = :code', { code: input.scopeCode });
        if (!organization) throw new NotFoundError(`No organization has the code "${input.scopeCode}" given as the scope.`, { field: 'scope' });
      }
      const keyId = randomBytes(8).toString('hex');
      const key = `ggk_${keyId}_${randomBytes(24).toString('base64url')}`;
      const record = { keyId, role: input.role, scopeCode: input.scopeCode ?? null, pii: input.pii ?? false, label: input.label ?? null, createdAt: nowTimestamp(), revokedAt: null };
      await manager.createQueryBuilder().insert().into(ApiKey).values({ ...record, secretHash: hashSecret(key) }).execute();
      // The log holds what the key may do, never its secret or hash.
      await recordChange(manager, { entityType: 'ApiKey', entityCode: keyId, after: record });
      return { keyId, key };
    });
  }

  async list(): Promise<ApiKey[]> {
    return queryEntities(this.db.manager, ApiKey, 'SELECT t.* FROM api_keys t ORDER BY t.created_at, t.id');
  }

  async revoke(keyId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const [key] = await queryEntities(manager, ApiKey, 'SELECT t.* FROM api_keys t WHERE t.key_id = :keyId', { keyId });
      if (!key) throw new NotFoundError(`No API key has the id "${keyId}".`);
      if (key.revokedAt) return;
      const revokedAt = nowTimestamp();
      await manager.update(ApiKey, { databaseId: key.databaseId }, { revokedAt });
      const { secretHash: _secretHash, databaseId: _databaseId, ...visible } = key;
      await recordChange(manager, { entityType: 'ApiKey', entityCode: keyId, before: visible, after: { ...visible, revokedAt } });
      // Servers that keep verified keys for a while (CredentialCache) forget this one: in this process, and
      // in every process sharing its Redis.
      onCommit(manager, () => void this.db.pubSub.publish(REVOKED_KEYS_TOPIC, keyId));
    });
  }

  /** The key's record when the key is well formed, known, not revoked and its secret matches; otherwise null. */
  async verify(key: string): Promise<ApiKey | null> {
    const keyId = apiKeyIdOf(key);
    if (!keyId) return null;
    const [stored] = await queryEntities(this.db.manager, ApiKey, 'SELECT t.* FROM api_keys t WHERE t.key_id = :keyId', { keyId });
    if (!stored || stored.revokedAt) return null;
    return secretMatches(stored.secretHash, key) ? stored : null;
  }
}

/** The public id of an API key (`ggk_<id>_<secret>`), or null when `key` is not shaped like one. */
export function apiKeyIdOf(key: string): string | null {
  return KEY_PATTERN.exec(key)?.[1] ?? null;
}

/** Whether `key`'s secret hashes to `secretHash` (compared in constant time). */
export function secretMatches(secretHash: string, key: string): boolean {
  const expected = Buffer.from(secretHash, 'hex');
  const actual = Buffer.from(hashSecret(key), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export function looksLikeApiKey(credential: string): boolean {
  return credential.startsWith('ggk_');
}
