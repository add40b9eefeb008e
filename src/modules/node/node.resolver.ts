import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { visibleGrid, visibleLink, visibleOrganization, visiblePerson, visiblePost } from '../../auth/scope.js';
import { BadUserInputError } from '../../errors/index.js';
import { decodeGlobalId } from '../../lib/global-id.js';
import { UnreachableCaseError } from '../../lib/invariant.js';
import type { Context } from '../../server/context.js';
import { Node } from './node.interface.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when it does not exist.' })
  async node(@Ctx() context: Context, @Arg('id', () => ID, { description: 'Global id of any object.' }) id: string): Promise<Node | null> {
    const decoded = decodeGlobalId(id);
    if (!decoded) throw new BadUserInputError(`Argument "id" is not a valid global id: "${id}".`, { field: 'id' });
    const { loaders } = context;
    switch (decoded.type) {
      case 'Organization':
        return visibleOrganization(context, await loaders.organizations.byId.load(decoded.databaseId));
      case 'Link':
        return visibleLink(context, await loaders.links.byId.load(decoded.databaseId));
      case 'Person':
        return visiblePerson(context, await loaders.people.personById.load(decoded.databaseId));
      case 'Post':
        return visiblePost(context, await loaders.people.postById.load(decoded.databaseId));
      case 'Grid':
        return visibleGrid(context, await loaders.grids.byId.load(decoded.databaseId));
      default:
        throw new UnreachableCaseError(decoded.type);
    }
  }
}
