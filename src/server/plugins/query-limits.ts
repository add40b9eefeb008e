import { ErrorCode } from '../../errors/index.js';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, validate, type DocumentNode, type GraphQLField, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { createComplexityRule, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../schema/pagination.js';
import type { LimitDetails } from '../request-error.js';

/**
 * How many selections, after expanding fragments, the cost estimate walks before giving up. Fragments
 * spread inside fragments multiply, so a short document can stand for millions of selections; the walk
 * stops here and the query is refused as over the complexity budget. The example operations and
 * GraphiQL's introspection query have a few hundred.
 */
export const MAX_SELECTIONS_MEASURED = 10_000;

/**
 * A refused query shape. Apollo gives validation errors the code GRAPHQL_VALIDATION_FAILED and HTTP
 * status 400; the complexity check, which needs the variables and so runs after validation, says the same.
 */
function queryLimitError(message: string, details: LimitDetails): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED, http: { status: 400 }, ...details } });
}

/** graphql-armor's messages ("Syntax Error: Query depth limit of 12 exceeded, found 13."), without the misleading prefix, naming the variable. */
function reportLimitTo(limit: string, maximum: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const message = `${error.message.replace(/^Syntax Error: /, '')} The limit is set by ${limit}.`;
    context?.reportError(queryLimitError(message, { limit, maximum }));
  };
}

/**
 * Validation rules for the query's depth and its number of aliases (graphql-armor's). Apollo runs them
 * with graphql-js's own rules, once per distinct document (it caches validated documents).
 *
 * Depth counts nested selections, fragments flattened: `{ organization { code } }` is 2 deep. Introspection
 * (`__schema`, GraphiQL's schema fetch, 15 deep) is not counted: graphql-js's MaxIntrospectionDepthRule,
 * one of its standard rules, already refuses the introspection queries that nest `fields`/`type` cycles.
 * Aliases of `__typename` are not counted.
 */
export function queryShapeRules(limits: { maxDepth: number; maxAliases: number }): ValidationRule[] {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, propagateOnRejection: false, onReject: [reportLimitTo('MAX_QUERY_DEPTH', limits.maxDepth)] },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [reportLimitTo('MAX_ALIASES', limits.maxAliases)] },
    // Limits without a configuration variable stay off; the complexity budget is ours (below).
    costLimit: { enabled: false },
    maxDirectives: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules;
}

/** How many items a field may return, for its selections' cost. */
function itemsAtMost(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (field.args.some((argument) => argument.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    // A `first` outside 0..500 is refused by the list itself with a message about `first`; here it counts as the nearest valid page.
    // `first: 0` still resolves totalCount and pageInfo once per parent, so it counts as 1.
    return Math.min(Math.max(first, 1), MAX_PAGE_SIZE);
  }
  if (field.name === '_entities' && Array.isArray(args.representations)) return Math.max(args.representations.length, 1);
  return 1;
}

/**
 * The cost of one field: 1, plus the cost of its selections times the number of items it may return:
 * `first` for a paginated list (50 when absent), the number of representations for `_entities`, 1 for
 * anything else (single objects, and `ancestors`, which is at most a few levels long). On a union or an
 * interface, the costliest type's selections count.
 */
export const estimateFieldCost: ComplexityEstimator = ({ field, args, childComplexity }) => 1 + itemsAtMost(field, args) * childComplexity;

/**
 * The estimated cost of the operation with these variables. Throws a GraphQLError when the document
 * expands to more than MAX_SELECTIONS_MEASURED selections.
 */
export function measureQueryCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number {
  let cost = 0;
  const rule = createComplexityRule({
    maximumComplexity: Number.POSITIVE_INFINITY,
    estimators: [estimateFieldCost],
    operationName,
    variables,
    maxQueryNodes: MAX_SELECTIONS_MEASURED,
    onComplete: (complexity) => {
      cost = complexity;
    },
  });
  // The errors this validation reports are bad variables or arguments: execution refuses those same
  // values before their resolvers run, with the usual BAD_USER_INPUT, so they are left to it. The fields
  // that can be measured still count.
  validate(schema, document, [rule]);
  return cost;
}

/**
 * Refuses, before execution, an operation whose estimated cost (`estimateFieldCost`, with the request's
 * variables) is over the budget. It runs in didResolveOperation, for every operation of every request:
 * queries, mutations, `_entities`, each operation of a batch.
 */
/**
 * A query's cost depends only on its document, operation and variables, and a dashboard sends the same
 * ones again and again: each is measured once (a validation pass over the whole document, with type
 * information) and remembered beside the document, which Apollo keeps parsed per query text. Variables
 * past a couple of kilobytes (a long list of representations) are measured every time rather than kept
 * as a key; a document keeps at most 64 costs.
 */
const measuredCosts = new WeakMap<DocumentNode, Map<string, number>>();
const MAX_VARIABLES_KEPT = 2_000;
const MAX_COSTS_PER_DOCUMENT = 64;

function measureOnce(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number {
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
  if (key.length > MAX_VARIABLES_KEPT) return measureQueryCost(schema, document, operationName, variables);
  let costs = measuredCosts.get(document);
  const known = costs?.get(key);
  if (known !== undefined) return known;
  const cost = measureQueryCost(schema, document, operationName, variables);
  if (!costs) measuredCosts.set(document, (costs = new Map()));
  if (costs.size >= MAX_COSTS_PER_DOCUMENT) costs.clear();
  costs.set(key, cost);
  return cost;
}

export function queryComplexityPlugin<TContext extends BaseContext>(maxComplexity: number): ApolloServerPlugin<TContext> {
  const limit = { limit: 'MAX_QUERY_COMPLEXITY', maximum: maxComplexity };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          // No operation: execution refuses the request (unknown or missing operation name) before running anything.
          if (!operation) return;
          let cost: number;
          try {
            cost = measureOnce(schema, document, operation.name?.value, request.variables ?? {});
          } catch (error) {
            if (!(error instanceof GraphQLError)) throw error;
            throw queryLimitError(
              `Query complexity limit of ${maxComplexity} exceeded: the query has more than ${MAX_SELECTIONS_MEASURED} selections once its fragments are expanded. The limit is set by MAX_QUERY_COMPLEXITY.`,
              limit,
            );
          }
          if (cost > maxComplexity) {
            throw queryLimitError(
              `Query complexity limit of ${maxComplexity} exceeded, found ${cost}: each field costs 1 plus its selections times the items it may return (\`first\`, 50 by default). Ask for smaller pages or fewer levels. The limit is set by MAX_QUERY_COMPLEXITY.`,
              limit,
            );
          }
        },
      };
    },
  };
}
