import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../src/db/database.js';
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.js';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { KEY_LOOKUP, startTestServer, type TestServer } from './helpers/server.js';

const READ = '{ organization(code: "C1") { name } }';

/**
 * CREDENTIAL_CACHE_SECONDS: a key found valid is not read again for that long; its secret is still checked on
 * every request; a revocation through this server is heard at once, one made by another process (here a
 * second connection to the same database, with a PubSub of its own, as `npm run keys` without Redis) within
 * the cache's time. Across processes sharing Redis: test/slow/replicas.test.ts.
 */
describe.each(DIALECTS)('the credential cache on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT, env: { CREDENTIAL_CACHE_SECONDS: '2' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  const statements = async (credential: string) => {
    const answer = await server.graphql(READ, undefined, credential);
    expect(answer.errors).toBeUndefined();
    return answer.extensions?.diagnostics?.sqlStatements;
  };

  it('reads a key once, then answers its requests without reading it again until the cache time is over', async () => {
    const key = await server.createKey({ role: 'viewer' });
    const first = await statements(key);
    expect(await statements(key)).toBe(first! - KEY_LOOKUP);
    expect(await statements(key)).toBe(first! - KEY_LOOKUP);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect(await statements(key)).toBe(first);
  });

  it('reads a scoped key and its organization once', async () => {
    const key = await server.createKey({ role: 'viewer', scopeCode: 'C1' });
    const first = await statements(key);
    expect(await statements(key)).toBe(first! - KEY_LOOKUP - 1);
  });

  it('still checks the secret of a cached key on every request', async () => {
    const key = await server.createKey({ role: 'viewer' });
    expect(await statements(key)).toBeGreaterThan(0);
    const forged = `${key.slice(0, -4)}${key.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    const refused = await server.graphql(READ, undefined, forged);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a cached key as soon as revokeApiKey revokes it', async () => {
    const key = await server.createKey({ role: 'viewer' });
    await statements(key);
    expect((await server.graphql(`mutation { revokeApiKey(keyId: "${key.split('_')[1]}") }`)).data).toEqual({ revokeApiKey: true });
    const refused = await server.graphql(READ, undefined, key);
    expect(refused.status).toBe(401);
  });

  it('refuses a key revoked by another process within the cache time', async () => {
    const key = await server.createKey({ role: 'viewer' });
    await statements(key);
    const other = await Database.open({ databaseUrl: server.database.databaseUrl, sqlitePath: server.database.sqlitePath, migrate: false });
    try {
      await new ApiKeyService(other.as({ principal: 'test:other-process', operation: 'revoke' })).revoke(key.split('_')[1]!);
    } finally {
      await other.close();
    }
    // This server did not hear of it: the key it keeps still works until the cache time is over.
    expect((await server.graphql(READ, undefined, key)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await server.graphql(READ, undefined, key)).status).toBe(401);
  });
});
