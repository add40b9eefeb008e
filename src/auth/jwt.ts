import fs from 'node:fs';
import { createLocalJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../server/config.js';
import { ROLES, type Role } from './principal.js';

/** The claims a bearer token carries: who, which role, which scope (an organization code), and pii. */
export interface TokenClaims {
  subject: string;
  role: Role;
  scopeCode: string | null;
  pii: boolean;
}

const WEAK_SECRETS = new Set(['secret', 'changeme', 'change-me', 'password', 'jwt-secret', 'development', 'test']);

/**
 * Checks the JWT configuration at start-up. JWT is enabled by JWT_SECRET or JWKS_FILE; a weak secret
 * (shorter than 32 characters, a well-known word, or one repeated character) or an unreadable JWKS
 * file stops the start with a message naming the variable.
 */
export function createTokenVerifier(config: Config['auth']): ((token: string) => Promise<TokenClaims | null>) | null {
  const { jwtSecret, jwksFile } = config;
  if (!jwtSecret && !jwksFile) {
    if (config.jwtIssuer || config.jwtAudience) throw new Error('Configuration error: JWT_ISSUER or JWT_AUDIENCE is set, but neither JWT_SECRET nor JWKS_FILE: tokens could not be verified.');
    return null;
  }
  if (jwtSecret && jwksFile) throw new Error('Configuration error: set JWT_SECRET or JWKS_FILE, not both.');
  let key: Uint8Array | JWTVerifyGetKey;
  if (jwtSecret) {
    if (jwtSecret.length < 32 || WEAK_SECRETS.has(jwtSecret.toLowerCase()) || new Set(jwtSecret).size < 8) {
      throw new Error('Configuration error: JWT_SECRET is too weak: use at least 32 random characters (for example `openssl rand -base64 48`).');
    }
    key = new TextEncoder().encode(jwtSecret);
  } else {
    let document: unknown;
    try {
      document = JSON.parse(fs.readFileSync(jwksFile!, 'utf8'));
    } catch (error) {
      throw new Error(`Configuration error: JWKS_FILE cannot be read as JSON: ${(error as Error).message}`);
    }
    key = createLocalJWKSet(document as Parameters<typeof createLocalJWKSet>[0]);
  }
  const options = {
    ...(config.jwtIssuer ? { issuer: config.jwtIssuer } : {}),
    ...(config.jwtAudience ? { audience: config.jwtAudience } : {}),
    algorithms: jwtSecret ? ['HS256', 'HS384', 'HS512'] : ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'EdDSA'],
  };
  return async (token) => {
    try {
      const { payload } = typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options);
      const role = payload.role;
      if (typeof payload.sub !== 'string' || typeof role !== 'string' || !ROLES.includes(role as Role)) return null;
      const scope = payload.scope;
      return { subject: payload.sub, role: role as Role, scopeCode: typeof scope === 'string' && scope ? scope : null, pii: payload.pii === true };
    } catch {
      return null;
    }
  };
}
