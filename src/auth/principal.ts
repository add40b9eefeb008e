/**
 * Who is asking. Built once per request from the credential (or its absence) and carried in the
 * GraphQL context and in `response.locals.principal`; every read and write path consults it.
 */
export type Role = 'viewer' | 'partner' | 'editor' | 'admin';

export const ROLES: readonly Role[] = ['viewer', 'partner', 'editor', 'admin'];

export interface Principal {
  /** For logs, metrics and rate limits: 'anonymous', 'key:<key id>' or 'jwt:<subject>'. Never the credential itself. */
  id: string;
  kind: 'anonymous' | 'api-key' | 'jwt';
  role: Role;
  /** The organization subtree the credential is limited to; null for everything. */
  scope: { code: string; organizationId: number } | null;
  /** Whether personal data (names, phones, Party membership) may be shown unmasked. */
  pii: boolean;
}

/** What each role may do beyond reading organizations, links, grids and aggregates. */
const ABILITIES = {
  viewer: new Set<Ability>([]),
  partner: new Set<Ability>(['resolve-entities']),
  editor: new Set<Ability>(['resolve-entities', 'write']),
  admin: new Set<Ability>(['resolve-entities', 'write', 'manage-keys', 'read-audit-log']),
} as const;

export type Ability = 'resolve-entities' | 'write' | 'manage-keys' | 'read-audit-log';

export function can(principal: Principal, ability: Ability): boolean {
  return ABILITIES[principal.role].has(ability);
}

/** The principal of a request without credentials on a development server: a viewer of everything. */
export const LOCAL_VIEWER: Principal = { id: 'anonymous', kind: 'anonymous', role: 'viewer', scope: null, pii: false };
