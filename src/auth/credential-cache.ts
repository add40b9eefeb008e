import { LRUCache } from 'lru-cache';
import type { PubSub } from '../db/pubsub.js';
import type { Principal } from './principal.js';

/** The topic on which a revoked API key's id is announced, once its revocation has committed (api-key.service.ts). */
export const REVOKED_KEYS_TOPIC = 'credentials.revoked';

/** What a cached API key keeps: the hash its secret must match on every request, and the Principal it was found to be. */
interface CachedKey {
  secretHash: string;
  principal: Principal;
}

/** At most this many keys and scopes are kept; the least recently used go first. */
const MAX_ENTRIES = 10_000;

/**
 * API keys found valid, and the organizations that scopes name, for `ttlSeconds` (CREDENTIAL_CACHE_SECONDS):
 * a request whose key was read from the database within that time is not read again. Every request still
 * presents its secret, which is hashed and compared with the stored hash as on a read; only the lookup
 * is saved, one statement of every request (a small request's CPU: -10 % on SQLite, -20 % on PostgreSQL
 * with the database's own).
 *
 * What may be stale, and for how long: a key revoked through this process (revokeApiKey) is forgotten at
 * once; revoked by another process (`npm run keys -- revoke`, another replica), at once when both share Redis
 * (REDIS_URL: the revocation is announced on REVOKED_KEYS_TOPIC), otherwise within `ttlSeconds`. Keys
 * refused are never cached, so a key created since works at once. `ttlSeconds` 0 turns the cache off.
 */
export class CredentialCache {
  private readonly keys: LRUCache<string, CachedKey> | null;
  private readonly scopes: LRUCache<string, number> | null;
  private stopListening: (() => Promise<void>) | null = null;

  constructor(readonly ttlSeconds: number) {
    const options = { max: MAX_ENTRIES, ttl: ttlSeconds * 1000 };
    this.keys = ttlSeconds > 0 ? new LRUCache<string, CachedKey>(options) : null;
    this.scopes = ttlSeconds > 0 ? new LRUCache<string, number>(options) : null;
  }

  /** Forgets each key whose revocation `pubSub` announces (in this process, and from every process sharing its Redis). */
  async listen(pubSub: PubSub): Promise<void> {
    if (!this.keys) return;
    this.stopListening = await pubSub.subscribe(REVOKED_KEYS_TOPIC, (message) => {
      if (typeof message === 'string') this.forgetKey(message);
    });
  }

  async close(): Promise<void> {
    await this.stopListening?.();
    this.stopListening = null;
  }

  key(keyId: string): CachedKey | undefined {
    return this.keys?.get(keyId);
  }

  rememberKey(keyId: string, secretHash: string, principal: Principal): void {
    this.keys?.set(keyId, { secretHash, principal });
  }

  forgetKey(keyId: string): void {
    this.keys?.delete(keyId);
  }

  /** The id of the organization whose code a scope names, when it was found within `ttlSeconds`. */
  scope(code: string): number | undefined {
    return this.scopes?.get(code);
  }

  rememberScope(code: string, organizationId: number): void {
    this.scopes?.set(code, organizationId);
  }
}
