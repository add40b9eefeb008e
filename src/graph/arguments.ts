import { invariant } from '../lib/invariant.js';
import { linkEnd, requireOrganizationInScope } from '../auth/scope.js';
import { BadUserInputError, NotFoundError } from '../errors/index.js';
import { decodeNodeId } from '../modules/node/node-types.js';
import type { Organization } from '../modules/organizations/organization.entity.js';
import type { Context } from '../modules/contract.js';

/** An integer argument within [minimum, maximum], or an error naming it. */
export function checkRange(value: number, minimum: number, maximum: number, field: string): number {
  if (!Number.isInteger(value) || value < minimum || value > maximum) {
    throw new BadUserInputError(`Argument "${field}" must be between ${minimum} and ${maximum}; got ${value}.`, { field });
  }
  return value;
}

/**
 * The database id of an organization argument given by global id or by code, that exists and lies within
 * the caller's jurisdiction. A value that decodes as an Organization id is taken as one; any other value
 * is looked up as a code, so dashboards and examples can write `"110199000000"` without looking up an id.
 */
export async function requireOrganization(context: Context, value: string, field: string): Promise<number> {
  const decoded = decodeNodeId(value);
  if (decoded && decoded.type !== 'Organization') {
    throw new BadUserInputError(`Argument "${field}" is a ${decoded.type} id; it needs an organization's id or code.`, { field });
  }
  const organization = decoded ? await context.loaders.organizations.byId.load(decoded.databaseId) : await context.loaders.organizations.byCode.load(value);
  if (!organization) throw new NotFoundError(`No organization has the id or code given in "${field}": "${value.slice(0, 100)}".`, { field });
  await requireOrganizationInScope(context, organization.databaseId, field);
  return organization.databaseId;
}

/** Organizations by id, in one statement; those outside the caller's scope show only id, code, name and kind. */
export async function organizationsOf(context: Context, ids: number[]): Promise<Organization[]> {
  const organizations = await context.loaders.organizations.byId.loadMany(ids);
  return Promise.all(
    organizations.map((organization) => {
      // A failed load (the database stopping or down) is answered as what it is, not as a missing organization.
      if (organization instanceof Error) throw organization;
      invariant(organization, 'an organization reached by an edge exists');
      return linkEnd(context, organization);
    }),
  );
}

/** One organization by id, as organizationsOf gives it. */
export async function organizationOf(context: Context, id: number): Promise<Organization> {
  const [organization] = await organizationsOf(context, [id]);
  return organization!;
}
