import { today } from '../lib/clock.js';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '../errors/index.js';
import { Link } from '../modules/links/link.entity.js';
import { LinkKind } from '../modules/links/link.kinds.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { DateScalar } from '../schema/scalars/date.js';
import type { Context } from '../modules/contract.js';
import { checkRange, organizationOf, organizationsOf, requireOrganization } from './arguments.js';
import type { EdgeOptions } from './edges.js';
import { GraphEdge, Path, Subgraph, type EdgeRecord } from './graph.types.js';
import { searchNeighborhood, searchShortestPath } from './traversal.js';

const MAX_HOPS = 4;
const MAX_PATH_HOPS = 10;
const MAX_NODES = 5000;
const MAX_SUBTREE_DEPTH = 6;

function toEdge(record: EdgeRecord): GraphEdge {
  return Object.assign(new GraphEdge(), record);
}

/** How is everything connected: traversals of the vertical chain and the horizontal links together. */
@Resolver(() => GraphEdge)
export class GraphResolver {
  @Query(() => Subgraph, { description: 'Every organization within `hops` (1 to 4) of `of`, through the chosen link kinds and, when includeVertical, parent–child steps; with the edges among them. Costs hops + 1 statements.' })
  async neighborhood(
    @Ctx() context: Context,
    @Arg('of', () => ID, { description: 'Where to start: an organization id or code.' }) of: string,
    @Arg('hops', () => Int, { description: 'How many steps away, 1 to 4.' }) hops: number,
    @Arg('linkKinds', () => [LinkKind], { nullable: true, description: 'Link kinds to follow; all when omitted.' }) linkKinds?: LinkKind[] | null,
    @Arg('includeVertical', () => Boolean, { nullable: true, defaultValue: true, description: 'Whether parent–child steps count; default true.' }) includeVertical?: boolean | null,
    @Arg('activeAt', () => DateScalar, { nullable: true, description: 'The graph as of this date; today when omitted (links in force today, the chain as it stands).' }) activeAt?: string | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 500, description: `At most this many organizations (1 to ${MAX_NODES}); truncated says when more were in reach.` }) limit?: number | null,
  ): Promise<Subgraph> {
    checkRange(hops, 1, MAX_HOPS, 'hops');
    const start = await requireOrganization(context, of, 'of');
    const options: EdgeOptions = { linkKinds: linkKinds ?? null, includeVertical: includeVertical ?? true, activeAt: activeAt ?? today() };
    const found = await searchNeighborhood(
      (frontier) => context.services.graph.edgesAround(frontier, options),
      start,
      hops,
      checkRange(limit ?? 500, 1, MAX_NODES, 'limit'),
      (id) => context.scope.organizationInScope.load(id),
    );
    return { nodes: await organizationsOf(context, found.nodeIds), edges: found.edges.map(toEdge), truncated: found.truncated };
  }

  @Query(() => Path, { nullable: true, description: 'The shortest chain between two organizations, step by step, through the chosen link kinds and parent–child steps; null when there is none within maxHops. Costs one statement per hop.' })
  async shortestPath(
    @Ctx() context: Context,
    @Arg('from', () => ID, { description: 'Where the path starts: an organization id or code.' }) from: string,
    @Arg('to', () => ID, { description: 'Where it ends (id or code); must differ from `from`.' }) to: string,
    @Arg('linkKinds', () => [LinkKind], { nullable: true, description: 'Link kinds to follow; all when omitted.' }) linkKinds?: LinkKind[] | null,
    @Arg('includeVertical', () => Boolean, { nullable: true, defaultValue: true, description: 'Whether parent–child steps count; default true.' }) includeVertical?: boolean | null,
    @Arg('activeAt', () => DateScalar, { nullable: true, description: 'The graph as of this date; today when omitted (links in force today, the chain as it stands).' }) activeAt?: string | null,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: 6, description: `The longest path to look for, 1 to ${MAX_PATH_HOPS}; default 6.` }) maxHops?: number | null,
  ): Promise<Path | null> {
    const hops = checkRange(maxHops ?? 6, 1, MAX_PATH_HOPS, 'maxHops');
    // Together, so that both ends cost one statement.
    const [start, end] = await Promise.all([requireOrganization(context, from, 'from'), requireOrganization(context, to, 'to')]);
    if (start === end) throw new BadUserInputError('Arguments "from" and "to" name the same organization; a path needs two.', { field: 'to' });
    const options: EdgeOptions = { linkKinds: linkKinds ?? null, includeVertical: includeVertical ?? true, activeAt: activeAt ?? today() };
    const found = await searchShortestPath((frontier) => context.services.graph.edgesAround(frontier, options), start, end, hops, (id) => context.scope.organizationInScope.load(id));
    if (!found) return null;
    const organizations = await organizationsOf(context, found.nodeIds);
    return { length: found.edges.length, steps: organizations.map((organization, index) => ({ organization, via: index === 0 ? null : toEdge(found.edges[index - 1]) })) };
  }

  @Query(() => Subgraph, { description: 'A subtree for drawing: `root` and its descendants down to `depth` levels, with the parent–child edges and every link (of the chosen kinds, in force on the date) among them and to outside partners. Also at GET /export/graph.' })
  async subgraph(
    @Ctx() context: Context,
    @Arg('root', () => ID, { description: 'The subtree root: an organization id or code.' }) root: string,
    @Arg('depth', () => Int, { description: `How many levels below the root, 0 to ${MAX_SUBTREE_DEPTH}.` }) depth: number,
    @Arg('linkKinds', () => [LinkKind], { nullable: true, description: 'Link kinds to include; all when omitted.' }) linkKinds?: LinkKind[] | null,
    @Arg('activeAt', () => DateScalar, { nullable: true, description: 'Only links in force on this date; all links when omitted.' }) activeAt?: string | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 2000, description: `At most this many members (1 to ${MAX_NODES}), nearest levels first; truncated says when more exist.` }) limit?: number | null,
  ): Promise<Subgraph> {
    checkRange(depth, 0, MAX_SUBTREE_DEPTH, 'depth');
    const rootId = await requireOrganization(context, root, 'root');
    const found = await context.services.graph.subtree(rootId, depth, checkRange(limit ?? 2000, 1, MAX_NODES, 'limit'), { linkKinds: linkKinds ?? null, activeAt: activeAt ?? null });
    return { nodes: await organizationsOf(context, [...found.memberIds, ...found.partnerIds]), edges: found.edges.map(toEdge), truncated: found.truncated };
  }

  @FieldResolver(() => Organization, { description: 'The parent, or the source of the link.' })
  async source(@Root() edge: GraphEdge, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, edge.sourceId);
  }

  @FieldResolver(() => Organization, { description: 'The child, or the target of the link.' })
  async target(@Root() edge: GraphEdge, @Ctx() context: Context): Promise<Organization> {
    return organizationOf(context, edge.targetId);
  }

  @FieldResolver(() => Link, { nullable: true, description: 'The link, for a horizontal edge; null for a VERTICAL one.' })
  link(@Root() edge: GraphEdge, @Ctx() context: Context): Promise<Link | null> | null {
    return edge.linkId === null ? null : context.loaders.links.byId.load(edge.linkId);
  }
}
