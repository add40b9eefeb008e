import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskName } from '../src/auth/personal-data.js';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const SECRET = 'a-long-random-test-secret-9f8e7d6c5b4a3f2e1d0c';
const CREATE_PERSON = 'mutation { createPerson(input: { code: "PX", name: "周杰" }) { code } }';
const PEOPLE = '{ people(first: 10) { totalCount nodes { code name phone partyMember } } }';

async function token(claims: Record<string, unknown>, options: { secret?: string; expiresIn?: string } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(claims.sub ?? 'dashboard-1'))
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m')
    .sign(new TextEncoder().encode(options.secret ?? SECRET));
}

describe.each(DIALECTS)('credentials and roles on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT, env: { JWT_SECRET: SECRET } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lets a request without credentials read, as a viewer, on a development server', async () => {
    const read = await server.graphql('{ organization(code: "C1") { name } }', undefined, null);
    expect(read.data).toEqual({ organization: { name: 'Anyuan Community Party Committee' } });
    const write = await server.graphql(CREATE_PERSON, undefined, null);
    expect(write.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(write.errors?.[0]?.message).toBe('Mutation.createPerson needs an editor or admin credential; yours has the role viewer.');
  });

  it('gives each role what it may do, and nothing more', async () => {
    const viewer = await server.createKey({ role: 'viewer' });
    const partner = await server.createKey({ role: 'partner' });
    const editor = await server.createKey({ role: 'editor' });
    const entities = `{ _entities(representations: [{ __typename: "Organization", code: "C1" }]) { ... on Organization { name } } }`;
    expect((await server.graphql(entities, undefined, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.graphql(entities, undefined, partner)).data).toEqual({ _entities: [{ name: 'Anyuan Community Party Committee' }] });
    expect((await server.graphql(CREATE_PERSON, undefined, partner)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.graphql(CREATE_PERSON, undefined, editor)).data).toEqual({ createPerson: { code: 'PX' } });
  });

  it('refuses unknown, revoked and malformed credentials with 401', async () => {
    const unknown = await server.graphql('{ organizations { totalCount } }', undefined, 'ggk_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.status).toBe(401);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Basic abc' }, body: '{"query":"{ __typename }"}' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    const wrongSignature = await server.graphql('{ __typename }', undefined, await token({ role: 'admin' }, { secret: 'another-long-random-secret-0a1b2c3d4e5f6a7b8c9d' }));
    expect(wrongSignature.status).toBe(401);
    const expired = await server.graphql('{ __typename }', undefined, await token({ role: 'admin' }, { expiresIn: '-1m' }));
    expect(expired.status).toBe(401);
    const noRole = await server.graphql('{ __typename }', undefined, await token({ role: 'superuser' }));
    expect(noRole.status).toBe(401);
  });

  it('accepts JWT bearer tokens whose claims carry the role and the pii right', async () => {
    const editor = await token({ sub: 'importer-1', role: 'editor', pii: true });
    const people = await server.graphql(PEOPLE, undefined, editor);
    expect(people.data!.people.nodes[0]).toEqual({ code: 'P1', name: '王秀兰', phone: '10000000001', partyMember: true });
  });

  it('masks personal data for a credential without the pii right, and keeps the counts', async () => {
    const viewer = await server.createKey({ role: 'viewer' });
    const masked = await server.graphql(PEOPLE, undefined, viewer);
    expect(masked.data!.people.totalCount).toBeGreaterThanOrEqual(3);
    expect(masked.data!.people.nodes.slice(0, 3)).toEqual([
      { code: 'P1', name: '王**', phone: null, partyMember: null },
      { code: 'P2', name: '李**', phone: null, partyMember: null },
      { code: 'P3', name: '张*', phone: null, partyMember: null },
    ]);
    const byMembership = await server.graphql('{ people(filter: { partyMember: true }) { totalCount } }', undefined, viewer);
    expect(byMembership.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const byName = await server.graphql('{ people(filter: { nameContains: "王" }) { totalCount } }', undefined, viewer);
    expect(byName.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const throughPosts = await server.graphql('{ organization(code: "C1") { posts { nodes { person { name phone } } } } }', undefined, viewer);
    expect(throughPosts.data!.organization.posts.nodes).toContainEqual({ person: { name: '王**', phone: null } });
  });
});

describe.each(DIALECTS)('key management through GraphQL on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lets an admin create, list and revoke keys, records it without the secret, and nobody else', async () => {
    const created = await server.graphql('mutation { createApiKey(input: { role: "viewer", scopeCode: "C1", label: "kiosk" }) { keyId key } }');
    const { keyId, key } = created.data!.createApiKey;
    expect(key).toMatch(new RegExp(`^ggk_${keyId}_`));
    expect((await server.graphql('{ organizations { totalCount } }', undefined, key)).data!.organizations.totalCount).toBe(8);
    const listed = await server.graphql('{ apiKeys { keyId role scopeCode pii label revokedAt } }');
    expect(listed.data!.apiKeys).toContainEqual({ keyId, role: 'viewer', scopeCode: 'C1', pii: false, label: 'kiosk', revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(key);
    expect((await server.graphql('{ apiKeys { keyId } }', undefined, key)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.graphql(`mutation { revokeApiKey(keyId: "${keyId}") }`)).data).toEqual({ revokeApiKey: true });
    expect((await server.graphql('{ organizations { totalCount } }', undefined, key)).status).toBe(401);
    const log = await server.graphql('{ auditLog(filter: { entityType: "ApiKey" }) { nodes { operation entityCode after } } }');
    const entries = log.data!.auditLog.nodes.filter((entry: { entityCode: string }) => entry.entityCode === keyId);
    expect(entries.map((entry: { operation: string }) => entry.operation)).toEqual(['revokeApiKey', 'createApiKey']);
    expect(JSON.stringify(log)).not.toMatch(/ggk_|secretHash/);
  });
});

describe('a production server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { dataset: SMALL_DISTRICT, env: { NODE_ENV: 'production' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses requests without credentials, but still serves the GraphiQL page', async () => {
    const anonymous = await server.graphql('{ organizations { totalCount } }', undefined, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.message).toMatch(/Authentication required/);
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const keyed = await server.graphql('{ organizations { totalCount } }');
    expect(keyed.data!.organizations.totalCount).toBe(15);
  });
});

describe('JWT configuration', () => {
  it('refuses to start on a weak secret or an unreadable JWKS file, naming the variable', async () => {
    await expect(startTestServer('sqlite', { env: { JWT_SECRET: 'secret' } })).rejects.toThrow(/JWT_SECRET is too weak/);
    await expect(startTestServer('sqlite', { env: { JWKS_FILE: '/nonexistent/jwks.json' } })).rejects.toThrow(/JWKS_FILE cannot be read/);
  });

  it('verifies tokens against the public keys of a JWKS file', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gg-jwks-'));
    const jwksFile = path.join(folder, 'jwks.json');
    fs.writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] }));
    const server = await startTestServer('sqlite', { dataset: SMALL_DISTRICT, env: { JWKS_FILE: jwksFile, JWT_ISSUER: 'https://idp.example' } });
    try {
      const signed = await new SignJWT({ role: 'viewer' }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject('partner-app').setIssuer('https://idp.example').setExpirationTime('5m').sign(privateKey);
      expect((await server.graphql('{ organization(code: "C1") { code } }', undefined, signed)).data).toEqual({ organization: { code: 'C1' } });
      const wrongIssuer = await new SignJWT({ role: 'viewer' }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject('x').setIssuer('https://other.example').setExpirationTime('5m').sign(privateKey);
      expect((await server.graphql('{ __typename }', undefined, wrongIssuer)).status).toBe(401);
    } finally {
      await server.close();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('masking names', () => {
  it('keeps the family name and hides the rest', () => {
    expect([maskName('王秀兰'), maskName('欧阳明'), maskName('张伟'), maskName('Person 12'), maskName('王')]).toEqual(['王**', '欧阳*', '张*', 'Person ***', '王']);
  });
});
