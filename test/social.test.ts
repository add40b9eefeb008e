import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * The social forces (README, "Social forces"), through the public interface on every database: the needs
 * list's validation, its lifecycle table and version checks, jurisdiction and personal data on every read
 * path, and flat statement counts.
 */
describe.each(DIALECTS)('social forces on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  let s1NoPii: string;
  let s2Key: string;
  let c2Key: string;

  async function ok<T = any>(query: string, variables?: Record<string, unknown>, credential?: string): Promise<T> {
    const response = await server.graphql(query, variables, credential);
    expect(response.errors, query).toBeUndefined();
    return response.data as T;
  }

  async function raise(fields: string, credential?: string) {
    const response = await server.graphql(`mutation { raiseNeed(input: { ${fields} }) { id code status version community { code } grid { code } } }`, undefined, credential);
    if (!response.errors) ids[response.data!.raiseNeed.code] = response.data!.raiseNeed.id;
    return response;
  }

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT });
    const organizations = await ok('{ organizations(first: 100) { nodes { id code } } grids(first: 100) { nodes { id code } } people(first: 100) { nodes { id code } } }');
    for (const list of Object.values(organizations) as { nodes: { id: string; code: string }[] }[]) for (const node of list.nodes) ids[node.code] = node.id;
    s1NoPii = await server.createKey({ role: 'editor', scopeCode: 'S1', pii: false });
    s2Key = await server.createKey({ role: 'editor', scopeCode: 'S2', pii: true });
    c2Key = await server.createKey({ role: 'editor', scopeCode: 'C2', pii: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses malformed needs with BAD_USER_INPUT naming the field, and needs outside the jurisdiction', async () => {
    const cases: [string, string][] = [
      [`code: "X1", kind: GOODS, title: "Wheelchair", gridId: "${ids['C1-G1']}", householdRef: "13800138000"`, 'input.householdRef'],
      [`code: "X2", kind: GOODS, title: "Wheelchair", gridId: "${ids['C1-G1']}", householdRef: "王秀兰"`, 'input.householdRef'],
      [`code: "X3", kind: GOODS, title: "Wheelchair", communityId: "${ids.S1}"`, 'input.communityId'],
      [`code: "X4", kind: GOODS, title: "Wheelchair"`, 'input.communityId'],
      [`code: "X5", kind: GOODS, title: "  ", communityId: "${ids.C1}"`, 'input.title'],
      [`code: "X6", kind: GOODS, title: "Wheelchair", gridId: "${ids['C1-G1']}", communityId: "${ids.C2}"`, 'input.communityId'],
      [`code: "X 7", kind: GOODS, title: "Wheelchair", communityId: "${ids.C1}"`, 'input.code'],
    ];
    for (const [fields, field] of cases) {
      const response = await raise(fields);
      expect(response.errors?.[0]?.extensions?.code, fields).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.field, fields).toBe(field);
    }
    const outside = await raise(`code: "X8", kind: GOODS, title: "Wheelchair", communityId: "${ids.C1}"`, s2Key);
    expect(outside.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await ok('{ needs { totalCount } }')).needs.totalCount).toBe(0);
  });

  it('follows the lifecycle table, checks versions and times, and audits every change', async () => {
    const n1 = await raise(`code: "N1", kind: MICRO_WISH, title: "School bag for a child", category: "children", gridId: "${ids['C1-G1']}", raisedAt: "2026-03-02T08:00:00Z", householdRef: "H-0001"`);
    expect(n1.errors).toBeUndefined();
    expect(n1.data!.raiseNeed).toMatchObject({ status: 'OPEN', version: 1, community: { code: 'C1' }, grid: { code: 'C1-G1' } });
    const step = (name: string, fields: string) => server.graphql(`mutation { ${name}(input: { ${fields} }) { status version claimedAt fulfilledAt expiredAt claimedByOrganization { code } } }`);
    expect((await step('fulfilNeed', `id: "${ids.N1}"`)).errors?.[0]?.message).toBe('Need N1 is OPEN: FULFIL is not allowed from OPEN (only from CLAIMED). Allowed from OPEN: CLAIM, EXPIRE.');
    const both = await step('claimNeed', `id: "${ids.N1}", organizationId: "${ids.E1}", personId: "${ids.P1}"`);
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organizationId' });
    expect((await step('claimNeed', `id: "${ids.N1}"`)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organizationId' });
    expect((await step('claimNeed', `id: "${ids.N1}", expectedVersion: 7, organizationId: "${ids.E1}", at: "2026-03-02T20:00:00Z"`)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const early = await step('claimNeed', `id: "${ids.N1}", organizationId: "${ids.E1}", at: "2026-03-01T20:00:00Z"`);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.at' });
    expect(early.errors?.[0]?.message).toContain('before it was raised');
    const claimed = await step('claimNeed', `id: "${ids.N1}", expectedVersion: 1, organizationId: "${ids.E1}", at: "2026-03-02T20:00:00Z"`);
    expect(claimed.data!.claimNeed).toEqual({ status: 'CLAIMED', version: 2, claimedAt: '2026-03-02T20:00:00.000Z', fulfilledAt: null, expiredAt: null, claimedByOrganization: { code: 'E1' } });
    expect((await step('claimNeed', `id: "${ids.N1}", organizationId: "${ids.U1}", at: "2026-03-03T20:00:00Z"`)).errors?.[0]?.message).toBe(
      'Need N1 is CLAIMED: CLAIM is not allowed from CLAIMED (only from OPEN). Allowed from CLAIMED: FULFIL, EXPIRE.',
    );
    const fulfilled = await step('fulfilNeed', `id: "${ids.N1}", expectedVersion: 2, at: "2026-03-05T10:00:00Z"`);
    expect(fulfilled.data!.fulfilNeed).toMatchObject({ status: 'FULFILLED', version: 3, fulfilledAt: '2026-03-05T10:00:00.000Z' });
    expect((await step('expireNeed', `id: "${ids.N1}"`)).errors?.[0]?.message).toBe('Need N1 is FULFILLED: EXPIRE is not allowed from FULFILLED (only from OPEN, CLAIMED). Allowed from FULFILLED: nothing (final).');

    await raise(`code: "N2", kind: SERVICE, title: "Fix a leaking tap", communityId: "${ids.C1}", raisedAt: "2026-03-03T08:00:00Z"`);
    expect((await step('claimNeed', `id: "${ids.N2}", personId: "${ids.P1}", at: "2026-03-04T08:00:00Z"`)).data!.claimNeed).toMatchObject({ status: 'CLAIMED', claimedByOrganization: null });
    expect((await step('expireNeed', `id: "${ids.N2}", at: "2026-03-03T09:00:00Z"`)).errors?.[0]?.message).toContain('before it was claimed');
    expect((await step('expireNeed', `id: "${ids.N2}", at: "2026-04-01T00:00:00Z"`)).data!.expireNeed).toMatchObject({ status: 'EXPIRED', version: 3 });
    const audit = await ok('{ auditLog(first: 100, filter: { entityType: "Need" }) { totalCount } }');
    expect(audit.auditLog.totalCount).toBe(6);
  });

  it('shows each credential only its jurisdiction on every read path, and masks personal data', async () => {
    await raise(`code: "N3", kind: PROJECT, title: "A ramp at building 3", communityId: "${ids.C2}", raisedAt: "2026-03-10T08:00:00Z"`);
    const list = '{ needs(first: 50) { totalCount nodes { code householdRef claimedByPerson { name } } } }';
    const s2 = await ok(list, undefined, s2Key);
    expect(s2.needs).toEqual({ totalCount: 0, nodes: [] });
    expect(await ok(`{ need(code: "N1") { id } n: node(id: "${ids.N1}") { id } }`, undefined, s2Key)).toEqual({ need: null, n: null });
    expect((await server.graphql(`mutation { expireNeed(input: { id: "${ids.N3}" }) { status } }`, undefined, s2Key)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const c2 = await ok(list, undefined, c2Key);
    expect(c2.needs.nodes.map((node: { code: string }) => node.code)).toEqual(['N3']);
    expect(await ok(`{ need(code: "N2") { id } n: node(id: "${ids.N2}") { id } }`, undefined, c2Key)).toEqual({ need: null, n: null });
    // Without the pii right: no household, the claiming person's name masked.
    const s1 = await ok(list, undefined, s1NoPii);
    expect(s1.needs).toEqual({
      totalCount: 3,
      nodes: [
        { code: 'N1', householdRef: null, claimedByPerson: null },
        { code: 'N2', householdRef: null, claimedByPerson: { name: '王**' } },
        { code: 'N3', householdRef: null, claimedByPerson: null },
      ],
    });
    const admin = await ok(list);
    expect(admin.needs.nodes.slice(0, 2)).toEqual([
      { code: 'N1', householdRef: 'H-0001', claimedByPerson: null },
      { code: 'N2', householdRef: null, claimedByPerson: { name: '王秀兰' } },
    ]);
    const codes = (data: { nodes: { code: string }[] }) => data.nodes.map((node) => node.code);
    const filtered = await ok(`{
      a: needs(filter: { under: "${ids.C1}" }) { nodes { code } }
      b: needs(filter: { grid: "${ids['C1-G1']}" }) { nodes { code } }
      c: needs(filter: { claimedBy: "${ids.E1}" }) { nodes { code } }
      d: needs(filter: { statuses: [OPEN, EXPIRED] }) { nodes { code } }
      e: needs(filter: { kinds: [PROJECT, SERVICE] }) { nodes { code } }
      f: needs(filter: { raisedFrom: "2026-03-03", raisedTo: "2026-03-10" }) { nodes { code } }
      g: needs(first: 1, filter: { under: "${ids.S1}" }) { totalCount nodes { code } pageInfo { hasNextPage } } }`);
    expect([filtered.a, filtered.b, filtered.c, filtered.d, filtered.e, filtered.f].map(codes)).toEqual([['N1', 'N2'], ['N1'], ['N1'], ['N2', 'N3'], ['N2', 'N3'], ['N2']]);
    expect(filtered.g).toEqual({ totalCount: 3, nodes: [{ code: 'N1' }], pageInfo: { hasNextPage: true } });
  });

  it('reads needs in as many statements for many as for few', async () => {
    const page = '{ needs(first: 50) { totalCount nodes { code community { code } grid { code } claimedByOrganization { code } claimedByPerson { name } } } }';
    await server.graphql(page, undefined, s1NoPii);
    const before = await server.graphql(page, undefined, s1NoPii);
    expect(before.errors).toBeUndefined();
    for (let index = 0; index < 6; index += 1) {
      const made = await raise(`code: "M${index}", kind: GOODS, title: "Winter coat ${index}", ${index % 2 ? `gridId: "${ids['C1-G2']}"` : `communityId: "${ids.C2}"`}, raisedAt: "2026-03-1${index}T08:00:00Z"`);
      const claimer = index % 3 === 0 ? `personId: "${ids[`P${1 + (index % 3)}`]}"` : `organizationId: "${ids[index % 3 === 1 ? 'U1' : 'EP1']}"`;
      expect((await server.graphql(`mutation { claimNeed(input: { id: "${made.data!.raiseNeed.id}", ${claimer}, at: "2026-03-2${index}T08:00:00Z" }) { status } }`)).errors).toBeUndefined();
    }
    const after = await server.graphql(page, undefined, s1NoPii);
    expect(after.errors).toBeUndefined();
    expect(after.data!.needs.totalCount).toBe(before.data!.needs.totalCount + 6);
    expect(after.extensions?.diagnostics?.sqlStatements).toBeLessThanOrEqual(before.extensions!.diagnostics!.sqlStatements);
  });
});
