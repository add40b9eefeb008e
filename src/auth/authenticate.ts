import { ErrorCode } from '../errors/index.js';
import type { NextFunction, Request, Response } from 'express';
import type { Database } from '../db/database.js';
import { queryRows } from '../db/rows.js';
import { ApiKeyService, apiKeyIdOf, looksLikeApiKey, secretMatches } from '../modules/api-keys/api-key.service.js';
import type { CredentialCache } from './credential-cache.js';
import type { TokenClaims } from './jwt.js';
import { LOCAL_VIEWER, type Principal, type Role } from './principal.js';

export interface AuthenticationOptions {
  /** The database as this request sees it (on /graphql, a view that counts the request's statements). */
  database: (response: Response) => Database;
  cache?: CredentialCache | null;
  verifyToken: ((token: string) => Promise<TokenClaims | null>) | null;
  /** Refuse requests without credentials (NODE_ENV=production); otherwise they read as a viewer of everything. */
  requireCredentials: boolean;
}

function refuse(response: Response, message: string): void {
  response
    .status(401)
    .set('WWW-Authenticate', 'Bearer')
    .json({ errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
}

/** A browser asking for the GraphiQL page itself: harmless HTML, served without credentials. */
function isLandingPageRequest(request: Request): boolean {
  return request.method === 'GET' && !request.query.query && (request.headers.accept ?? '').includes('text/html');
}

export interface CredentialCheck {
  database: Database;
  /** Keys and scopes found within CREDENTIAL_CACHE_SECONDS: not read again (credential-cache.ts). */
  cache?: CredentialCache | null;
  verifyToken: ((token: string) => Promise<TokenClaims | null>) | null;
  requireCredentials: boolean;
}

/**
 * The Principal of an `Authorization` value (`Bearer <API key or token>`), or the reason it is refused:
 * the one check of credentials, for HTTP requests (below) and WebSocket connections (subscriptions).
 * Without a value, a viewer of everything, unless credentials are required (NODE_ENV=production).
 */
export async function principalOf(header: string | undefined | null, options: CredentialCheck): Promise<Principal | { refused: string }> {
  if (!header) {
    if (options.requireCredentials) return { refused: 'Authentication required: send "Authorization: Bearer <API key or token>".' };
    return LOCAL_VIEWER;
  }
  const match = /^Bearer ([^\s]+)$/i.exec(header.trim());
  if (!match) return { refused: 'The Authorization header must be "Bearer <API key or token>".' };
  const credential = match[1];
  const db = options.database;
  const cache = options.cache ?? null;
  let principal: Principal | string | null = null;
  if (looksLikeApiKey(credential)) {
    principal = await apiKeyPrincipal(credential, db, cache);
  } else if (options.verifyToken) {
    const claims = await options.verifyToken(credential);
    if (claims) principal = await principalFor(db, cache, claims.role, claims.scopeCode, claims.pii, `jwt:${claims.subject}`, 'jwt');
  }
  if (principal === null) return { refused: 'The credential is not valid: unknown, revoked, expired or badly signed.' };
  if (typeof principal === 'string') return { refused: principal };
  return principal;
}

/**
 * An API key's Principal, null when the key is unknown, revoked or its secret does not match. A key found
 * valid within the cache's time is not read again; its secret is still checked against the stored hash.
 */
async function apiKeyPrincipal(credential: string, db: Database, cache: CredentialCache | null): Promise<Principal | string | null> {
  const keyId = apiKeyIdOf(credential);
  if (!keyId) return null;
  const cached = cache?.key(keyId);
  if (cached) return secretMatches(cached.secretHash, credential) ? cached.principal : null;
  const key = await new ApiKeyService(db).verify(credential);
  if (!key) return null;
  const principal = await principalFor(db, cache, key.role as Role, key.scopeCode, key.pii, `key:${key.keyId}`, 'api-key');
  if (typeof principal !== 'string') cache?.rememberKey(keyId, key.secretHash, principal);
  return principal;
}

async function principalFor(db: Database, cache: CredentialCache | null, role: Role, scopeCode: string | null, pii: boolean, id: string, kind: Principal['kind']): Promise<Principal | string> {
  if (!scopeCode) return { id, kind, role, scope: null, pii };
  let organizationId = cache?.scope(scopeCode);
  if (organizationId === undefined) {
    const [organization] = await queryRows(db.manager, 'SELECT id FROM organizations WHERE code = :code', { code: scopeCode });
    if (!organization) return `The credential's scope (organization ${scopeCode}) no longer exists.`;
    organizationId = Number(organization.id);
    cache?.rememberScope(scopeCode, organizationId);
  }
  return { id, kind, role, scope: { code: scopeCode, organizationId }, pii };
}

/**
 * Express middleware: turns the request's `Authorization: Bearer …` (an API key or a JWT) into a
 * Principal on `response.locals.principal`, or answers 401. It never logs or echoes the credential.
 */
export function authenticate(options: AuthenticationOptions) {
  return async (request: Request, response: Response, next: NextFunction) => {
    try {
      const header = request.headers.authorization;
      // A browser asking for the GraphiQL page needs no credentials.
      const requireCredentials = options.requireCredentials && !(!header && isLandingPageRequest(request));
      const principal = await principalOf(header, { database: options.database(response), cache: options.cache, verifyToken: options.verifyToken, requireCredentials });
      if ('refused' in principal) {
        refuse(response, principal.refused);
        return;
      }
      response.locals.principal = principal;
      next();
    } catch (error) {
      next(error);
    }
  };
}
