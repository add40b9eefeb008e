import { can } from '../auth/principal.js';
import { visible } from '../auth/scope.js';
import { ForbiddenError } from '../errors/index.js';
import { decodeGlobalId } from '../lib/global-id.js';
import type { Context, NodeType } from '../modules/contract.js';
import { nodeTypes } from '../modules/node/node-types.js';

/** Entity look-ups are for partners' gateways: a viewer's credential may not resolve them. */
function checkMayResolveEntities(context: Context): void {
  if (!can(context.principal, 'resolve-entities')) {
    throw new ForbiddenError(`_entities needs a partner, editor or admin credential; yours has the role ${context.principal.role}.`);
  }
}

/** Decodes an entity representation's id; an id that is not of this type resolves to null rather than failing its siblings. */
function databaseIdOf(id: unknown, type: string): number | null {
  if (typeof id !== 'string') return null;
  const decoded = decodeGlobalId(id);
  return decoded && decoded.type === type ? decoded.databaseId : null;
}

/** The reference resolver of one node type: by its other keys (code) when the representation has them, else by id. */
function referenceResolver(type: NodeType) {
  return {
    async __resolveReference(reference: Record<string, unknown>, context: Context) {
      checkMayResolveEntities(context);
      for (const [key, load] of Object.entries(type.keys ?? {})) {
        const value = reference[key];
        if (value !== undefined) return typeof value === 'string' ? visible(context, type, await load(context.loaders, value)) : null;
      }
      const id = databaseIdOf(reference.id, type.name);
      return id === null ? null : visible(context, type, await type.load(context.loaders, id));
    },
  };
}

/**
 * Reference resolvers for `_entities`, one per node type of the modules. They go through the request's
 * loaders, so a thousand representations of one type cost one statement.
 */
export function referenceResolvers(): Record<string, ReturnType<typeof referenceResolver>> {
  return Object.fromEntries([...nodeTypes().values()].map((type) => [type.name, referenceResolver(type)]));
}
