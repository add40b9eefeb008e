import { ErrorCode } from '../errors/index.js';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { SharedState } from '../db/shared-state.js';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { sendRequestError } from './request-error.js';

/** The example operations at the root of the repository; with PERSISTED_QUERIES=only, the only operations that run. */
export const OPERATIONS_DIRECTORY = fileURLToPath(new URL('../../operations/', import.meta.url));

export interface PersistedOperation {
  /** The operation's name, e.g. OrganizationTree. */
  name: string;
  type: OperationDefinitionNode['operation'];
  /** The file's text, exactly. */
  body: string;
  /** sha256 of `body`, in hex: the `extensions.persistedQuery.sha256Hash` that runs it. */
  sha256Hash: string;
}

/** The hash Apollo Server and APQ clients use: sha256 of the document's text, in hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Reads every `*.graphql` file of the folder; each holds one named operation (test/operations.test.ts checks it). */
export function loadPersistedOperations(directory = OPERATIONS_DIRECTORY): PersistedOperation[] {
  return fs
    .readdirSync(directory)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const body = fs.readFileSync(path.join(directory, file), 'utf8');
      const operation = parse(body).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
      if (!operation?.name) throw new Error(`${path.join(directory, file)} must hold one named operation to be persisted.`);
      return { name: operation.name.value, type: operation.operation, body, sha256Hash: sha256Hex(body) };
    });
}

/**
 * The documents a server with PERSISTED_QUERIES=only runs, by the sha256 of their text. Each operation is
 * allowed in two spellings: the file's text, and graphql-js's `print` of it, which is what clients built
 * on typed documents (codegen's output with Apollo Client, for instance) send and hash.
 */
export class OperationAllowList {
  private readonly documentsByHash = new Map<string, string>();

  constructor(operations: readonly PersistedOperation[]) {
    for (const operation of operations) {
      const printed = print(parse(operation.body));
      this.documentsByHash.set(operation.sha256Hash, operation.body);
      this.documentsByHash.set(sha256Hex(printed), printed);
    }
  }

  allows(sha256Hash: string): boolean {
    return this.documentsByHash.has(sha256Hash);
  }

  documentFor(sha256Hash: string): string | undefined {
    return this.documentsByHash.get(sha256Hash);
  }
}

/** How long a document registered by automatic persisted queries stays in Redis after its last registration. */
export const SHARED_PERSISTED_QUERY_TTL_SECONDS = 24 * 60 * 60;

/**
 * Apollo's KeyValueCache on Redis: the automatic persisted queries that replicas share. A document registered
 * on one is found on the others. Redis's own eviction and the TTL bound it; a client whose hash has expired
 * gets PERSISTED_QUERY_NOT_FOUND and sends the document again, as the APQ protocol has it.
 */
class RedisPersistedQueryCache implements KeyValueCache<string> {
  constructor(private readonly shared: SharedState) {}

  private key(key: string): string {
    return `${this.shared.keyPrefix}${key}`;
  }

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.shared.redis.get(this.key(key))) ?? undefined;
    } catch (error) {
      // A miss: the client sends the document, which runs (and registers here if Redis is back).
      this.shared.noteFallback('persisted_queries', error);
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const ttl = options?.ttl ?? SHARED_PERSISTED_QUERY_TTL_SECONDS;
    try {
      await this.shared.redis.set(this.key(key), value, 'EX', ttl);
    } catch (error) {
      this.shared.noteFallback('persisted_queries', error);
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      return (await this.shared.redis.del(this.key(key))) > 0;
    } catch (error) {
      this.shared.noteFallback('persisted_queries', error);
      return false;
    }
  }
}

/**
 * Apollo's `persistedQueries` option. 'auto' (no allow-list): Apollo's automatic persisted queries, in its
 * bounded in-memory cache, or in Redis when `shared` (REDIS_URL) is given, so that replicas share them.
 * 'only': a store that holds the allow-list and never learns another document, so a hash alone runs an
 * allow-listed operation and nothing else.
 */
export function persistedQueryOptions(allowList: OperationAllowList | null, shared: SharedState | null = null) {
  if (!allowList) return shared ? { cache: new RedisPersistedQueryCache(shared), ttl: SHARED_PERSISTED_QUERY_TTL_SECONDS } : undefined;
  const cache = {
    // Apollo prefixes its keys ("apq:<hash>"); a hex hash has no colon.
    async get(key: string): Promise<string | undefined> {
      return allowList.documentFor(key.slice(key.lastIndexOf(':') + 1));
    },
    async set(): Promise<void> {},
    async delete(): Promise<boolean> {
      return false;
    },
  };
  return { cache, ttl: null };
}

interface SentOperation {
  query: unknown;
  sha256Hash: unknown;
}

function persistedQueryHashIn(extensions: unknown): unknown {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const persistedQuery = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (typeof persistedQuery !== 'object' || persistedQuery === null) return undefined;
  return (persistedQuery as { sha256Hash?: unknown }).sha256Hash;
}

/** The operations of a request, read where Apollo Server reads them: the URL's search for GET, the JSON body (one object or a batch) otherwise. */
function sentOperations(request: Request): SentOperation[] {
  if (request.method === 'GET') {
    const search = new URLSearchParams(request.originalUrl.split('?')[1] ?? '');
    let extensions: unknown;
    try {
      extensions = JSON.parse(search.get('extensions') ?? 'null');
    } catch {
      extensions = undefined; // Apollo refuses the request itself.
    }
    return [{ query: search.get('query') ?? undefined, sha256Hash: persistedQueryHashIn(extensions) }];
  }
  const pieces: unknown[] = Array.isArray(request.body) ? request.body : [request.body];
  return pieces.map((piece) =>
    typeof piece === 'object' && piece !== null
      ? { query: (piece as { query?: unknown }).query, sha256Hash: persistedQueryHashIn((piece as { extensions?: unknown }).extensions) }
      : { query: undefined, sha256Hash: undefined },
  );
}

/** Why an operation may not run under the allow-list, or null when it may (or when Apollo will refuse it anyway: no query and no hash). */
function refusalOf(operation: SentOperation, allowList: OperationAllowList): string | null {
  if (typeof operation.query === 'string') {
    if (allowList.allows(sha256Hex(operation.query))) return null;
    return 'This server runs only the operations of its allow-list (PERSISTED_QUERIES=only), and this document is not one of them: send the text of an operation of operations/*.graphql unchanged, or its sha256 hash in extensions.persistedQuery.';
  }
  if (typeof operation.sha256Hash === 'string') {
    if (allowList.allows(operation.sha256Hash)) return null;
    return `This server runs only the operations of its allow-list (PERSISTED_QUERIES=only), and none has the sha256 hash "${operation.sha256Hash.slice(0, 64)}".`;
  }
  return null;
}

/**
 * Express middleware for PERSISTED_QUERIES=only: refuses (400 PERSISTED_QUERY_NOT_ALLOWED) a request any of
 * whose operations is not allow-listed, by text or by hash, before it is parsed; nothing of it runs.
 */
export function refuseOperationsOutsideAllowList(allowList: OperationAllowList) {
  return (request: Request, response: Response, next: NextFunction) => {
    for (const operation of sentOperations(request)) {
      const refusal = refusalOf(operation, allowList);
      if (refusal) {
        sendRequestError(response, 400, refusal, { code: ErrorCode.PERSISTED_QUERY_NOT_ALLOWED });
        return;
      }
    }
    next();
  };
}

/**
 * The same rule inside Apollo Server, for every path that does not come through that middleware: an
 * operation whose document is not allow-listed is refused before execution.
 */
export function allowListPlugin<TContext extends BaseContext>(allowList: OperationAllowList): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash }) {
          if (!allowList.allows(queryHash)) {
            throw new GraphQLError('This server runs only the operations of its allow-list (PERSISTED_QUERIES=only), and this document is not one of them.', {
              extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_ALLOWED, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
