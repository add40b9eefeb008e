import type { Database } from '../db/database.js';
import { loadEdgesAround, type EdgeOptions } from './edges.js';
import type { EdgeRecord } from './graph.types.js';
import { loadSubtree } from './subgraph.js';

/** The graph's reads, for the traversal and subgraph queries (and the export route, through them). */
export class GraphService {
  constructor(private readonly db: Database) {}

  /** The edges touching a frontier: one statement per hop (see loadEdgesAround). */
  edgesAround(frontier: number[], options: EdgeOptions): Promise<EdgeRecord[]> {
    return loadEdgesAround(this.db.manager, frontier, options);
  }

  /**
   * A subtree for drawing, with the links among its members and to outside partners: two statements (see
   * loadSubtree), on SQLite through the analytics connections: a district's links read for an export take
   * the reader's connection, which answers every other request's reads, for a tenth of a second.
   */
  subtree(root: number, depth: number, limit: number, options: Omit<EdgeOptions, 'includeVertical'>): ReturnType<typeof loadSubtree> {
    return loadSubtree(this.db.analytics, root, depth, limit, options);
  }
}
