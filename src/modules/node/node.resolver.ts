import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { visible } from '../../auth/scope.js';
import { BadUserInputError } from '../../errors/index.js';
import { invariant } from '../../lib/invariant.js';
import type { Context } from '../contract.js';
import { decodeNodeId, nodeTypes } from './node-types.js';
import { Node } from './node.interface.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when it does not exist.' })
  async node(@Ctx() context: Context, @Arg('id', () => ID, { description: 'Global id of any object.' }) id: string): Promise<Node | null> {
    const decoded = decodeNodeId(id);
    if (!decoded) throw new BadUserInputError(`Argument "id" is not a valid global id: "${id}".`, { field: 'id' });
    const type = nodeTypes().get(decoded.type);
    invariant(type, 'decodeNodeId accepts only the types of the registry');
    return visible(context, type, await type.load(context.loaders, decoded.databaseId)) as Promise<Node | null>;
  }
}
