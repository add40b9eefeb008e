import { can } from '../auth/principal.js';
import { visibleGrid, visibleLink, visibleOrganization, visiblePerson, visiblePost } from '../auth/scope.js';
import { ForbiddenError } from '../errors/index.js';
import { decodeGlobalId, type NodeTypeName } from '../lib/global-id.js';
import type { Context } from '../server/context.js';

/** Decodes an entity representation's id; an id that is not of this type resolves to null rather than failing its siblings. */
/** Entity look-ups are for partners' gateways: a viewer's credential may not resolve them. */
function checkMayResolveEntities(context: Context): void {
  if (!can(context.principal, 'resolve-entities')) {
    throw new ForbiddenError(`_entities needs a partner, editor or admin credential; yours has the role ${context.principal.role}.`);
  }
}

function databaseIdOf(id: unknown, type: NodeTypeName): number | null {
  if (typeof id !== 'string') return null;
  const decoded = decodeGlobalId(id);
  return decoded && decoded.type === type ? decoded.databaseId : null;
}

/**
 * Reference resolvers for `_entities`. They go through the request's loaders, so a thousand
 * representations of one type cost one statement.
 */
export const REFERENCE_RESOLVERS = {
  Organization: {
    async __resolveReference(reference: { id?: string; code?: string }, context: Context) {
      checkMayResolveEntities(context);
      if (reference.code !== undefined) return visibleOrganization(context, await context.loaders.organizations.byCode.load(reference.code));
      const id = databaseIdOf(reference.id, 'Organization');
      return id === null ? null : visibleOrganization(context, await context.loaders.organizations.byId.load(id));
    },
  },
  Grid: {
    async __resolveReference(reference: { id?: string; code?: string }, context: Context) {
      checkMayResolveEntities(context);
      if (reference.code !== undefined) return visibleGrid(context, await context.loaders.grids.byCode.load(reference.code));
      const id = databaseIdOf(reference.id, 'Grid');
      return id === null ? null : visibleGrid(context, await context.loaders.grids.byId.load(id));
    },
  },
  Person: {
    async __resolveReference(reference: { id?: string }, context: Context) {
      checkMayResolveEntities(context);
      const id = databaseIdOf(reference.id, 'Person');
      return id === null ? null : visiblePerson(context, await context.loaders.people.personById.load(id));
    },
  },
  Link: {
    async __resolveReference(reference: { id?: string }, context: Context) {
      checkMayResolveEntities(context);
      const id = databaseIdOf(reference.id, 'Link');
      return id === null ? null : visibleLink(context, await context.loaders.links.byId.load(id));
    },
  },
  Post: {
    async __resolveReference(reference: { id?: string }, context: Context) {
      checkMayResolveEntities(context);
      const id = databaseIdOf(reference.id, 'Post');
      return id === null ? null : visiblePost(context, await context.loaders.people.postById.load(id));
    },
  },
};
