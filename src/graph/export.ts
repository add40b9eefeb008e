import { ErrorCode } from '../errors/index.js';
import type { ApolloServer } from '@apollo/server';
import type { Request, Response } from 'express';
import type { Principal } from '../auth/principal.js';
import type { Context } from '../modules/contract.js';

const FIND_ROOT = 'query ExportRoot($code: String!) { organization(code: $code) { id } }';
/** The operation the file is written from, in the request's thread or in a worker thread (src/server/export.worker.ts). */
export const SUBGRAPH = `query Export($root: ID!, $depth: Int!, $linkKinds: [LinkKind!], $activeAt: Date) {
  subgraph(root: $root, depth: $depth, linkKinds: $linkKinds, activeAt: $activeAt) {
    truncated
    nodes { id code name kind }
    edges { kind source { code } target { code } link { code since until weight } }
  }
}`;

export interface ExportedGraph {
  truncated: boolean;
  nodes: { id: string; code: string; name: string; kind: string }[];
  edges: { kind: string; source: { code: string }; target: { code: string }; link: { code: string; since: string; until: string | null; weight: number } | null }[];
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[character]!);
}

/** GraphML for Gephi, Cytoscape and yEd: organizations keyed by code, edges with kind and weight. */
export function toGraphml(root: string, graph: ExportedGraph): string {
  const nodes = graph.nodes.map((node) => `    <node id="${escapeXml(node.code)}"><data key="name">${escapeXml(node.name)}</data><data key="kind">${node.kind}</data></node>`);
  const edges = graph.edges.map(
    (edge, index) =>
      `    <edge id="e${index}" source="${escapeXml(edge.source.code)}" target="${escapeXml(edge.target.code)}"><data key="edgeKind">${edge.kind}</data>` +
      (edge.link ? `<data key="weight">${edge.link.weight}</data><data key="since">${edge.link.since}</data>${edge.link.until ? `<data key="until">${edge.link.until}</data>` : ''}` : '') +
      '</edge>',
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="edgeKind" for="edge" attr.name="kind" attr.type="string"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="since" for="edge" attr.name="since" attr.type="string"/>',
    '  <key id="until" for="edge" attr.name="until" attr.type="string"/>',
    `  <graph id="${escapeXml(root)}" edgedefault="directed">`,
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

export type ExportFormat = 'json' | 'graphml';

/** The file's text: GraphML, or the subgraph as indented JSON with the root's code first. */
export function exportText(root: string, format: ExportFormat, graph: ExportedGraph): string {
  return format === 'graphml' ? toGraphml(root, graph) : JSON.stringify({ root, ...graph }, null, 2);
}

/** What a worker thread needs to answer the export's subgraph operation and write the file (src/server/export.worker.ts). */
export interface ExportTask {
  root: string;
  format: ExportFormat;
  /** The operation's variables, as Apollo accepted them. */
  variables: Record<string, unknown>;
  /** Who asks: the worker builds the same context from it, with the same scope and masking. */
  principal: Principal;
}

/** Answers `task` elsewhere (a worker thread): the file as UTF-8, or null when it could not (the request's thread then answers). */
export type ExportElsewhere = (task: ExportTask) => Promise<Uint8Array | null>;

function answerErrors(response: Response, errors: readonly { message: string; extensions?: Record<string, unknown> }[]): void {
  // The database down: 503 with Retry-After, as on /graphql (formatError has given the error its code).
  const unavailable = errors.find((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE);
  if (unavailable) response.set('Retry-After', String(unavailable.extensions?.retryAfterSeconds));
  const status = unavailable
    ? 503
    : errors.some((error) => error.extensions?.code === ErrorCode.NOT_FOUND)
      ? 404
      : errors.every((error) => error.extensions?.code === ErrorCode.BAD_USER_INPUT)
        ? 400
        : 500;
  response.status(status).json({ errors: errors.map(({ message, extensions }) => ({ message, extensions: { code: extensions?.code } })) });
}

/**
 * GET /export/graph?root=CODE&format=json|graphml[&depth=N][&linkKinds=A,B][&activeAt=YYYY-MM-DD]:
 * the subgraph query as a download, under the same credentials, scope and errors, since it runs
 * through the same schema.
 *
 * With `elsewhere` (the server gives it when INDICATOR_WORKERS is above 0), the subgraph operation goes
 * through Apollo here as before (validation, limits, its variables), then is executed and written as a
 * file in a worker thread, on the same schema with a context built from the same principal: a district's
 * 4,000 organizations and 6,500 edges, resolved field by field and written as 1.6 MB of GraphML, took
 * 0.9–1.5 s of this thread per download. The file comes back as bytes handed over, not copied. Whatever
 * the worker could not answer (an error of the operation, the database, the thread) runs here, as without
 * workers, and so is answered with the same errors.
 */
export function exportGraph(
  apollo: ApolloServer<Context>,
  contextFor: (response: Response) => Context,
  elsewhere: ExportElsewhere | null = null,
  /** Files sent, by the thread that wrote them (the metric graph_export_files_total). */
  written: { worker: number; request: number } = { worker: 0, request: 0 },
) {
  return async (request: Request, response: Response) => {
    const root = typeof request.query.root === 'string' ? request.query.root : '';
    const format = typeof request.query.format === 'string' ? request.query.format : 'json';
    if (!root) return answerErrors(response, [{ message: 'Query parameter "root" (an organization code) is required.', extensions: { code: ErrorCode.BAD_USER_INPUT } }]);
    if (format !== 'json' && format !== 'graphml') return answerErrors(response, [{ message: `Query parameter "format" must be json or graphml; got "${format}".`, extensions: { code: ErrorCode.BAD_USER_INPUT } }]);
    const depth = request.query.depth === undefined ? 3 : Number(request.query.depth);
    const linkKinds = typeof request.query.linkKinds === 'string' && request.query.linkKinds ? request.query.linkKinds.split(',') : null;
    const activeAt = typeof request.query.activeAt === 'string' ? request.query.activeAt : null;
    const run = async (query: string, variables: Record<string, unknown>, context = contextFor(response)) => {
      const result = await apollo.executeOperation({ query, variables }, { contextValue: context });
      if (result.body.kind !== 'single') throw new Error('export queries are single results');
      return result.body.singleResult;
    };
    const found = await run(FIND_ROOT, { code: root });
    if (found.errors) return answerErrors(response, found.errors);
    const id = (found.data as { organization: { id: string } | null }).organization?.id;
    if (!id) return answerErrors(response, [{ message: `No organization has the code "${root}".`, extensions: { code: ErrorCode.NOT_FOUND } }]);
    const variables = { root: id, depth: Number.isInteger(depth) ? depth : -1, linkKinds, activeAt };
    const context = contextFor(response);
    const file: { bytes: Uint8Array | null } = { bytes: null };
    if (elsewhere) {
      context.answerElsewhere = async () => {
        file.bytes = await elsewhere({ root, format, variables, principal: context.principal });
        return file.bytes !== null;
      };
    }
    const exported = await run(SUBGRAPH, variables, context);
    if (exported.errors) return answerErrors(response, exported.errors);
    const name = `grassroots-graph-${root}`.replace(/[^A-Za-z0-9._-]/g, '_');
    // The bytes from the worker as they are (a Buffer over them, not a copy), or the text written here.
    const { bytes } = file;
    written[bytes ? 'worker' : 'request'] += 1;
    const body = bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : exportText(root, format, (exported.data as { subgraph: ExportedGraph }).subgraph);
    // The charset said as Express says it for a text body, so that a file from the worker (bytes) has the same headers.
    const type = format === 'graphml' ? 'application/graphml+xml; charset=utf-8' : 'application/json; charset=utf-8';
    // attachment() sets a type from the file name; the type is set after it.
    response.attachment(`${name}.${format}`).type(type).send(body);
  };
}
