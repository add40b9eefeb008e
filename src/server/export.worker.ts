import { onThreadDatabase } from '../modules/indicators/pool-thread.js';
import { getOperationAST, getVariableValues, parse, type GraphQLSchema, type VariableDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { move } from 'piscina';
import { buildFederatedSchema } from '../federation/build-subgraph-schema.js';
import { exportText, SUBGRAPH, type ExportedGraph, type ExportTask } from '../graph/export.js';
import { createContext } from './context.js';

/**
 * The graph export's handler in the worker pool's threads (indicator-pool.ts, `runIn`): it executes the
 * export's subgraph operation on the same schema as the server, with a context built from the request's
 * principal (the same jurisdiction and masking, the same resolvers and loaders), on the thread's database
 * (pool-thread.ts), and writes the file. The file goes back as UTF-8 bytes, handed over (piscina's `move`)
 * rather than copied.
 *
 * It answers null for anything but a file: errors of the operation, a database fault. The request's thread
 * then runs the operation itself (src/graph/export.ts), and so answers with the same errors as without
 * workers.
 *
 * The schema is built on the thread's first export, or as the pool starts (INDICATOR_WORKERS_WARM: the
 * pool's `warm`), and kept with the thread: loading the server's modules in a new thread took about 1.4 s
 * of its CPU on this machine and the schema 0.5 s, measured with node --cpu-prof.
 */

interface Prepared {
  schema: GraphQLSchema;
  query: CompiledQuery;
  variables: readonly VariableDefinitionNode[];
}

let prepared: Promise<Prepared> | null = null;

async function prepare(): Promise<Prepared> {
  const schema = await buildFederatedSchema();
  const document = parse(SUBGRAPH);
  // As the server compiles it (compiled-execution.ts).
  const query = compileQuery(schema, document, 'Export', { disablingCapturingStackErrors: true });
  if (!isCompiledQuery(query)) throw new Error(`The export's operation does not compile: ${JSON.stringify(query.errors)}`);
  return { schema, query, variables: getOperationAST(document, 'Export')?.variableDefinitions ?? [] };
}

/** Builds the thread's schema ahead of its first export (INDICATOR_WORKERS_WARM: the pool's `warm`). */
export interface ExportWarming {
  warm: true;
}

export default async function exportInWorker(task: ExportTask | ExportWarming): Promise<ReturnType<typeof move> | null> {
  const opening = (prepared ??= prepare());
  // A schema that failed to build is not kept: the next export tries again.
  opening.catch(() => {
    if (prepared === opening) prepared = null;
  });
  const { schema, query, variables } = await opening;
  if ('warm' in task) return null;
  if (getVariableValues(schema, variables, task.variables).errors) return null;
  const text = await onThreadDatabase(async (db) => {
    const result = await query.query(undefined, createContext(db, task.principal), task.variables);
    if (result.errors || !result.data) return null;
    return exportText(task.root, task.format, (result.data as { subgraph: ExportedGraph }).subgraph);
  });
  if (typeof text !== 'string') return null;
  return move(new TextEncoder().encode(text));
}
