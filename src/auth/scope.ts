import DataLoader from 'dataloader';
import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import { invariant } from '../lib/invariant.js';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../db/rows.js';
import { ForbiddenError, NotFoundError } from '../errors/index.js';
import { loaderOptions } from '../db/loader-family.js';
import type { Organization } from '../modules/organizations/organization.entity.js';
import type { NodeType } from '../modules/contract.js';
import type { Viewer } from './viewer.js';

/**
 * Jurisdiction. A credential scoped to an organization sees that organization's subtree, the links
 * with at least one end inside it, the people holding posts inside it, and the grids of its
 * communities; nothing else. Without a scope every check answers yes without a statement.
 * The checks batch like every other loader: one statement per level of a query.
 */
export function createScopeLoaders(manager: EntityManager, rootId: number | null) {
  const allVisible = async (ids: readonly number[]) => ids.map(() => true);
  const organizationInScope = new DataLoader<number, boolean>(
    rootId === null
      ? allVisible
      : async (ids) => {
          const rows = await queryRows(manager, 'SELECT descendant_id FROM organization_closure WHERE ancestor_id = :root AND descendant_id IN (:...ids)', { root: rootId, ids });
          const inside = new Set(rows.map((row) => Number(row.descendant_id)));
          return ids.map((id) => inside.has(id));
        },
    loaderOptions(manager),
  );
  const personInScope = new DataLoader<number, boolean>(
    rootId === null
      ? allVisible
      : async (ids) => {
          const rows = await queryRows(
            manager,
            `SELECT DISTINCT p.person_id FROM posts p JOIN organization_closure c ON c.descendant_id = p.organization_id AND c.ancestor_id = :root
             WHERE p.person_id IN (:...ids)`,
            { root: rootId, ids },
          );
          const inside = new Set(rows.map((row) => Number(row.person_id)));
          return ids.map((id) => inside.has(id));
        },
    loaderOptions(manager),
  );
  return {
    rootId,
    organizationInScope,
    personInScope,
    /** Organizations outside the scope reached through a link: only id, code, name and kind are shown. */
    limitedOrganizations: new Set<number>(),
  };
}

export type ScopeLoaders = ReturnType<typeof createScopeLoaders>;

/** `entity` when the viewer may see it, else null: the jurisdiction rule of its node type, batched. */
export async function visible<T>(viewer: Viewer, type: NodeType<T>, entity: T | null | undefined): Promise<T | null> {
  if (!entity) return null;
  return (await type.isVisible(viewer, entity)) ? entity : null;
}

/** The other end of a link, which may lie outside the scope: then it is shown, but limited. Without a scope, everything is inside. */
export function linkEnd(viewer: Viewer, organization: Organization): Organization | Promise<Organization> {
  if (viewer.scope.rootId === null) return organization;
  return limitOutside(viewer, organization);
}

async function limitOutside(viewer: Viewer, organization: Organization): Promise<Organization> {
  if (!(await viewer.scope.organizationInScope.load(organization.databaseId))) viewer.scope.limitedOrganizations.add(organization.databaseId);
  return organization;
}

const LIMITED_FIELDS = new Set(['id', 'code', 'name', 'kind', '__typename']);

/**
 * Wraps the resolvers of Organization's fields, except id, code, name and kind, so that they refuse an
 * organization outside the caller's scope. Only Organization's fields pay for the check, and for an
 * unscoped caller it is one comparison.
 */
export function limitOutOfScopeOrganizations(schema: GraphQLSchema): void {
  const type = schema.getType('Organization');
  invariant(isObjectType(type), 'Organization is an object type');
  for (const field of Object.values(type.getFields())) {
    if (LIMITED_FIELDS.has(field.name)) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (organization: Organization, args, context: Viewer, info) => {
      if (context.scope.rootId !== null && context.scope.limitedOrganizations.has(organization.databaseId)) {
        throw new ForbiddenError(`Organization ${organization.code} is outside your scope: only its id, code, name and kind are shown.`);
      }
      return resolve(organization, args, context, info);
    };
  }
}

/**
 * For writes: the organization must exist within the caller's scope. Outside it, it is reported as
 * not found, so that a scoped credential learns nothing of what lies outside.
 */
export async function requireOrganizationInScope(viewer: Viewer, id: number, field: string): Promise<void> {
  if (viewer.scope.rootId === null) return;
  if (!(await viewer.scope.organizationInScope.load(id))) throw new NotFoundError(`No organization has the id given in "${field}".`, { field });
}

/** A scoped credential can only create organizations inside its subtree, so never a root. */
export function requireParentForScoped(viewer: Viewer, parentId: number | null, field: string): void {
  if (viewer.scope.rootId !== null && parentId === null) {
    throw new ForbiddenError(`A credential scoped to ${viewer.principal.scope!.code} can only place organizations inside its scope: give "${field}".`);
  }
}
