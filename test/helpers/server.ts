import type { AddressInfo } from 'node:net';
import { ApiKeyService } from '../../src/modules/api-keys/api-key.service.js';
import type { Role } from '../../src/auth/principal.js';
import type { Dialect } from '../../src/db/database.js';
import { importDataset } from '../../src/modules/import/import-dataset.js';
import { loadConfig } from '../../src/server/config.js';
import { createServer, type GrassrootsServer } from '../../src/server/create-server.js';
import { createLogger, type DestinationStream } from '../../src/server/logger.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

export interface GraphqlResponse<Data = Record<string, any>> {
  status: number;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: { diagnostics?: { sqlStatements: number } } & Record<string, unknown>;
}

/**
 * The statements a request's authentication runs with an unscoped API key (the admin key `graphql`
 * sends by default): looking the key up. They are part of the request, so its
 * `extensions.diagnostics.sqlStatements` counts them beside the operation's own. A scoped key adds one,
 * finding its organization; a request without credentials runs none. Test servers read credentials on every
 * request (CREDENTIAL_CACHE_SECONDS=0) unless a test turns the cache on.
 */
export const KEY_LOOKUP = 1;

export interface TestServer {
  url: string;
  database: TestDatabase;
  server: GrassrootsServer;
  /**
   * POSTs an operation over real HTTP and returns the parsed response with its status. It sends the
   * server's admin key (with personal data) unless `credential` says otherwise: another key or token,
   * or null for none.
   */
  graphql<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>, credential?: string | null): Promise<GraphqlResponse<Data>>;
  /** A full-access key for this server: role admin, personal data included. */
  adminKey: string;
  /** Creates another API key on this server. */
  createKey(options: { role: Role; scopeCode?: string; pii?: boolean }): Promise<string>;
  close(): Promise<void>;
}

/**
 * A real server on an ephemeral port over a fresh database, optionally filled with a dataset. Its logs
 * are silent unless `env` sets LOG_LEVEL; `logDestination` receives them (one JSON line per write).
 */
export async function startTestServer(dialect: Dialect, options: { dataset?: unknown; diagnostics?: boolean; env?: Record<string, string>; logDestination?: DestinationStream } = {}): Promise<TestServer> {
  const database = await createTestDatabase(dialect);
  const keys = new ApiKeyService(database.db.as({ principal: 'test:setup', operation: 'createKey' }));
  let server: GrassrootsServer | undefined;
  let port: number;
  let adminKey: string;
  // Whatever fails here (a refused setting, a bad dataset) fails the test, and leaves no database behind.
  try {
    if (options.dataset) await importDataset(database.db, options.dataset);
    // Credentials are read on every request unless a test asks for the cache (CREDENTIAL_CACHE_SECONDS): a
    // request's statement count then always includes KEY_LOOKUP, whichever request came before it.
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DIAGNOSTICS: String(options.diagnostics ?? true), CREDENTIAL_CACHE_SECONDS: '0', ...options.env });
    server = await createServer(config, database.db, { logger: createLogger(config, options.logDestination) });
    const listening = server.httpServer;
    await new Promise<void>((resolve, reject) => listening.once('error', reject).listen(0, '127.0.0.1', resolve));
    port = (listening.address() as AddressInfo).port;
    adminKey = (await keys.create({ role: 'admin', pii: true, label: 'test admin' })).key;
  } catch (error) {
    await server?.apollo.stop().catch(() => undefined);
    await database.drop();
    throw error;
  }
  const started = server;
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    database,
    server: started,
    adminKey,
    async createKey(keyOptions) {
      return (await keys.create(keyOptions)).key;
    },
    async graphql(query, variables, credential = adminKey) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (credential) headers.authorization = `Bearer ${credential}`;
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return { status: response.status, ...((await response.json()) as Omit<GraphqlResponse<any>, 'status'>) };
    },
    async close() {
      await started.apollo.stop();
      await database.drop();
    },
  };
}
