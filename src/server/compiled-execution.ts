import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  getVariableValues,
  printSchema,
  valueFromASTUntyped,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Executes operations with graphql-jit: each document is compiled once into a function that walks
 * exactly its selection, instead of graphql-js interpreting the document field by field on every request
 * (graphql-js builds a promise per async field and an object per parent, and looks every field up again).
 *
 * It sits behind Apollo Server through the gateway interface, the one hook Apollo Server 4 and 5 keep for
 * replacing execution: everything before it stays Apollo's (parsing, validation with the depth, alias and
 * complexity rules, persisted queries, the context, didResolveOperation), and so does everything after
 * (formatError's masking, the plugins' willSendResponse, the HTTP answer).
 *
 * Compiled queries are kept beside the parsed document, which Apollo caches by the query's hash in its
 * document store: a document Apollo evicts takes its compiled queries with it (WeakMap).
 *
 * Only queries are compiled. Mutations run on graphql-js's `execute`: they are few, each field a
 * transaction run one after the other, and nothing in them is worth compiling. So does a request whose
 * operation Apollo could not resolve (an unknown operation name): graphql-js answers it with the error
 * Apollo turns into OPERATION_RESOLUTION_FAILURE. Two other kinds of query still run on graphql-js,
 * because a compiled query calls the resolvers it saw when it was compiled and knows nothing of Apollo's
 * per-field hooks:
 * - a request for which a plugin asked to see every field (`willResolveField`, as the inline trace
 *   plugin does when a gateway asks for a federated trace): Apollo then marks the context and wraps
 *   the schema's resolvers, and graphql-js runs them through those wrappers;
 * - a document graphql-jit refuses to compile (it answers with errors instead of a function): graphql-js
 *   answers it, with the errors the rest of the API gives.
 *
 * Variables are coerced by graphql-js first, so that what is accepted and the messages that refuse the
 * rest are graphql-js's, as everywhere else in the API. graphql-jit then reads the raw values, with the
 * document's defaults filled in: it reports a required variable with a default as missing when the
 * request leaves it out (`$code: String! = "…"`), where graphql-js takes the default.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledOperation | null>>();

  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledOperation | null => {
    let byOperation = compiled.get(document);
    if (!byOperation) {
      byOperation = new Map();
      compiled.set(document, byOperation);
    }
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (query === undefined) {
      // No stack captured for each field error graphql-jit creates: none is ever sent, and formatError logs the original's.
      const result = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      const operation = getOperationAST(document, operationName);
      query = isCompiledQuery(result) && operation ? { query: result, variables: operation.variableDefinitions ?? [] } : null;
      byOperation.set(key, query);
    }
    return query;
  };

  const executor: GatewayExecutor = async (requestContext) => {
    // The operation name the client sent: Apollo's `operationName` is that of the operation it resolved,
    // null when it resolved none, and graphql-js must see the name that did not resolve to refuse it.
    const { document, operation, context, request } = requestContext;
    const operationName = request.operationName ?? null;
    const runOnGraphqlJs = async () =>
      (await execute({ schema, document, contextValue: context, variableValues: request.variables, operationName })) as ExecutionResult<Record<string, unknown>>;
    const compiledOperation = operation?.operation === OperationTypeNode.QUERY && !wantsEveryField(context) ? compiledFor(document, operationName) : null;
    if (!compiledOperation) return runOnGraphqlJs();
    const inputs = request.variables ?? {};
    const coerced = getVariableValues(schema, compiledOperation.variables, inputs);
    if (coerced.errors) return { errors: coerced.errors };
    // The graph export's operation, answered in a worker thread, which hands the file to the export (export.ts).
    const answerElsewhere = (context as { answerElsewhere?: () => Promise<boolean> }).answerElsewhere;
    if (answerElsewhere && (await answerElsewhere())) return { data: {} };
    const result = (await compiledOperation.query.query(undefined, context, withDefaults(compiledOperation.variables, inputs))) as ExecutionResult<Record<string, unknown>>;
    // Values graphql-js accepted that graphql-jit's own coercion refuses: graphql-js answers them.
    if (result.data === undefined && result.errors) return runOnGraphqlJs();
    return result.errors ? { ...result, errors: result.errors.map(toGraphqlJsError) } : result;
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      // Apollo derives its schema hash from the SDL; a subgraph has no supergraph, so its own SDL stands in.
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}

interface CompiledOperation {
  query: CompiledQuery;
  variables: readonly VariableDefinitionNode[];
}

/** The request's variables, with each default of the document for a variable the request leaves out. */
function withDefaults(definitions: readonly VariableDefinitionNode[], inputs: Record<string, unknown>): Record<string, unknown> {
  let filled = inputs;
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    if (definition.defaultValue && !(name in inputs)) {
      if (filled === inputs) filled = { ...inputs };
      filled[name] = valueFromASTUntyped(definition.defaultValue);
    }
  }
  return filled;
}

/**
 * graphql-jit's errors look like graphql-js's but are not quite: an error with no extensions has
 * `extensions` undefined, where graphql-js gives `{}` and Apollo's error formatting reads
 * `extensions.code` (it would throw, and the client would get an error with neither path nor request id).
 * Each becomes a graphql-js GraphQLError with the same message, locations, path, original error and
 * extensions.
 */
function toGraphqlJsError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? undefined });
  (converted as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return converted;
}

/**
 * Whether Apollo set a per-field hook dispatcher on this request's context (a plugin returned
 * `willResolveField` from `executionDidStart`). Apollo's symbol is not exported; its description is
 * how it is found.
 */
function wantsEveryField(context: object): boolean {
  return Object.getOwnPropertySymbols(context).some((symbol) => symbol.description === 'apolloServerExecutionDispatcherWillResolveField');
}
