import { ArgsType, ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { BadUserInputError } from '../errors/index.js';
import { base64 } from '../lib/global-id.js';

/** The largest `first` any list accepts. A larger one is an error, never silently cut. */
export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

@ObjectType('PageInfo', { simpleResolvers: true, description: 'Where a page sits in its list (Relay cursor connections).' })
// Relay-style partner subgraphs define PageInfo too; shareable lets them compose with ours.
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean, { description: 'True when items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page; null for an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` to get the next page.' })
  endCursor!: string | null;
}

/** `first` and `after`, the arguments of every list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'How many items to return: 0 to 500, default 50. More than 500 is an error.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an endCursor of an earlier page of the same list).' })
  after?: string | null;
}

/** A slice of a list: the rows, where they start, and how many the whole list has. */
export interface Page<T> {
  rows: T[];
  offset: number;
  totalCount: number;
}

/** The window a connection argument pair asks for, validated. */
export interface PageWindow {
  offset: number;
  limit: number;
  /** Names the list the cursors belong to, so that a cursor from another list is refused. */
  list: string;
}

/**
 * Cursors are opaque: base64 of `list:offset`. They are positions, like graphql-relay's array
 * connections, which lets one SQL statement page every parent's children at once (ROW_NUMBER per parent).
 * A row inserted before the position shifts later pages by one; `totalCount` always tells the truth.
 */
export function encodeCursor(list: string, offset: number): string {
  return base64(`${list}:${offset}`);
}

function decodeCursor(list: string, cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64').toString('utf8');
  const separator = decoded.lastIndexOf(':');
  const offset = Number(decoded.slice(separator + 1));
  if (separator < 0 || decoded.slice(0, separator) !== list || !Number.isSafeInteger(offset) || offset < 0 || encodeCursor(list, offset) !== cursor) {
    throw new BadUserInputError(`Argument "after" is not a cursor of this list (${list}): "${cursor}".`, { field: 'after' });
  }
  return offset;
}

/** Checks `first` and `after` and turns them into an offset and a limit. */
export function pageWindow(list: string, args: { first?: number | null; after?: string | null }): PageWindow {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`Argument "first" must be between 0 and ${MAX_PAGE_SIZE}; got ${first}.`, { field: 'first' });
  }
  const offset = args.after ? decodeCursor(list, args.after) + 1 : 0;
  return { offset, limit: first, list };
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A page as its connection. Edges and cursors are made when a query asks for them: a tree that asks only
 * for `nodes` made a cursor (a base64 text) and an edge object per row for nothing. The getters are the
 * object's own, so spreading it still copies every field.
 */
export function toConnection<T>(window: PageWindow, page: Page<T>): ConnectionShape<T> {
  const rows = page.rows;
  const cursor = (index: number) => encodeCursor(window.list, window.offset + index);
  let edges: { cursor: string; node: T }[] | undefined;
  return {
    get edges() {
      return (edges ??= rows.map((node, index) => ({ cursor: cursor(index), node })));
    },
    nodes: rows,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: window.offset + rows.length < page.totalCount,
      hasPreviousPage: window.offset > 0,
      get startCursor() {
        return rows.length > 0 ? cursor(0) : null;
      },
      get endCursor() {
        return rows.length > 0 ? cursor(rows.length - 1) : null;
      },
    },
  };
}

/** Builds the `XConnection` and `XEdge` types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Position of this item; pass it as `after` to continue from here.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The items of this page, without cursors (shorthand for edges.node).' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list has, across all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}
