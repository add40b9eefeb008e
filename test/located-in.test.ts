import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetInput } from '../src/modules/import/dataset.js';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { KEY_LOOKUP, startTestServer, type TestServer } from './helpers/server.js';

/**
 * The small district with more organisations outside the chain, in areas at every level:
 *
 *   S1 ── C1: E1, U1 (fixture), EP1 (its Party branch, under C1)
 *       ├─ C2: E2, SO1, and EP2 (a joint Party branch that sits under C1)
 *       └─ E3 located in S1 itself
 *   S2: E4
 *   CH1 (charity): no area recorded
 */
const DISTRICT: DatasetInput = {
  ...SMALL_DISTRICT,
  organizations: [
    ...SMALL_DISTRICT.organizations!.map((record) => (record.code === 'EP1' ? { ...record, locatedInCode: 'C1' } : record)),
    { code: 'E2', name: 'Beiyuan Supermarket Co.', kind: 'ENTERPRISE', locatedInCode: 'C2', foundedOn: '2010-01-01' },
    { code: 'E3', name: 'Qinghe Logistics Co.', kind: 'ENTERPRISE', locatedInCode: 'S1', foundedOn: '2012-01-01' },
    { code: 'E4', name: 'Donghu Printing Co.', kind: 'ENTERPRISE', locatedInCode: 'S2', foundedOn: '2014-01-01' },
    { code: 'SO1', name: 'Beiyuan Elderly Association', kind: 'SOCIAL_ORGANIZATION', locatedInCode: 'C2', foundedOn: '2016-01-01' },
    { code: 'CH1', name: 'Test District Charity Federation', kind: 'CHARITY', foundedOn: '2008-01-01' },
    { code: 'EP2', name: 'Joint Party Branch of Beiyuan Shops', kind: 'EMBEDDED_PARTY_ORGANIZATION', parentCode: 'C1', locatedInCode: 'C2', foundedOn: '2019-01-01' },
  ],
};

const IMPORT = 'mutation Import($dataset: JSONObject!) { importDataset(dataset: $dataset) { organizations { created updated unchanged } } }';
const CREATE = 'mutation Create($input: CreateOrganizationInput!) { createOrganization(input: $input) { id code version locatedIn { code } } }';
const UPDATE = 'mutation Update($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { code name version locatedIn { code } } }';
const AUDIT = 'query Audit($filter: AuditFilter) { auditLog(filter: $filter) { nodes { principal operation entityCode before after } } }';

/** The database id inside a global id ("Organization:12", base64). */
const databaseIdOf = (id: string): number => Number(Buffer.from(id, 'base64').toString('utf8').split(':')[1]);

describe.each(DIALECTS)('organizations located in an area on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: DISTRICT, diagnostics: true });
    const answer = await server.graphql('{ organizations(first: 100) { nodes { id code } } }');
    for (const node of answer.data!.organizations.nodes) ids[node.code] = node.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  const codes = (connection: { nodes: { code: string }[] }) => connection.nodes.map((node) => node.code);

  it('takes the area from the import, wherever it comes in the document, and leaves the chain without one', async () => {
    const answer = await server.graphql(`{ organizations(first: 100) { nodes { code locatedIn { code kind } } } }`);
    expect(answer.errors).toBeUndefined();
    const areas = Object.fromEntries(answer.data!.organizations.nodes.map((node: { code: string; locatedIn: { code: string } | null }) => [node.code, node.locatedIn?.code ?? null]));
    expect(areas).toEqual({
      D: null, S1: null, S2: null, C1: null, C2: null, G1: null, G2: null, G3: null, B1: null, B2: null, B3: null, RC1: null, CH1: null,
      E1: 'C1', U1: 'C1', EP1: 'C1', E2: 'C2', SO1: 'C2', EP2: 'C2', E3: 'S1', E4: 'S2',
    });
    // An area that comes after the organization in the document, and is new in it too.
    const later = await server.graphql(IMPORT, {
      dataset: {
        organizations: [
          { code: 'E5', name: 'Xiyuan Bakery Co.', kind: 'ENTERPRISE', locatedInCode: 'C3', foundedOn: '2020-01-01' },
          { code: 'C3', name: 'Xiyuan Community Party Committee', kind: 'COMMUNITY_PARTY_COMMITTEE', parentCode: 'S2', foundedOn: '2020-01-01' },
        ],
      },
    });
    expect(later.errors).toBeUndefined();
    expect(later.data!.importDataset.organizations).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const e5 = await server.graphql('{ organization(code: "E5") { version locatedIn { code locatedIn { code } parent { code } } } }');
    expect(e5.data!.organization).toEqual({ version: 1, locatedIn: { code: 'C3', locatedIn: null, parent: { code: 'S2' } } });
  });

  it('changes nothing when the same document comes again, and moves an organization to another area on update', async () => {
    const again = await server.graphql(IMPORT, { dataset: DISTRICT });
    expect(again.data!.importDataset.organizations).toEqual({ created: 0, updated: 0, unchanged: DISTRICT.organizations!.length });
    const before = await server.graphql('{ organization(code: "E2") { version locatedIn { code } } }');
    expect(before.data!.organization.locatedIn).toEqual({ code: 'C2' });
    const moved = structuredClone(DISTRICT);
    moved.organizations!.find((record) => record.code === 'E2')!.locatedInCode = 'S2';
    moved.organizations!.find((record) => record.code === 'CH1')!.locatedInCode = 'D';
    const changed = await server.graphql(IMPORT, { dataset: moved });
    expect(changed.data!.importDataset.organizations).toEqual({ created: 0, updated: 2, unchanged: DISTRICT.organizations!.length - 2 });
    const after = await server.graphql('{ e2: organization(code: "E2") { version locatedIn { code } } ch1: organization(code: "CH1") { locatedIn { code } } }');
    expect(after.data).toEqual({ e2: { version: before.data!.organization.version + 1, locatedIn: { code: 'S2' } }, ch1: { locatedIn: { code: 'D' } } });
    // Back as it was: the area follows the document, a missing locatedInCode clears it.
    const restored = await server.graphql(IMPORT, { dataset: DISTRICT });
    expect(restored.data!.importDataset.organizations).toEqual({ created: 0, updated: 2, unchanged: DISTRICT.organizations!.length - 2 });
    const back = await server.graphql('{ e2: organization(code: "E2") { locatedIn { code } } ch1: organization(code: "CH1") { locatedIn { code } } }');
    expect(back.data).toEqual({ e2: { locatedIn: { code: 'C2' } }, ch1: { locatedIn: null } });
  });

  it('resolves locatedIn for any number of organizations in one statement per level', async () => {
    const statements = async (query: string) => {
      const answer = await server.graphql(query);
      expect(answer.errors).toBeUndefined();
      return { data: answer.data, count: answer.extensions!.diagnostics!.sqlStatements };
    };
    const without = await statements('{ organizations(first: 100) { nodes { code } } }');
    const oneLevel = await statements('{ organizations(first: 100) { nodes { code locatedIn { code } } } }');
    const twoLevels = await statements('{ organizations(first: 100) { nodes { code locatedIn { code parent { code locatedIn { code } } } } } }');
    expect(oneLevel.data!.organizations.nodes.filter((node: { locatedIn: unknown }) => node.locatedIn !== null).length).toBeGreaterThanOrEqual(8);
    expect(oneLevel.count).toBe(without.count + 1);
    // locatedIn, then the areas' parents; the areas themselves have no area, so the last level costs nothing.
    expect(twoLevels.count).toBe(without.count + 2);
    const one = await statements('{ organization(code: "E1") { locatedIn { code } } }');
    expect(one.count).toBe(KEY_LOOKUP + 2);
  });

  it('filters organizations located in an area or anywhere below it, through the closure of the chain', async () => {
    const answer = await server.graphql(`{
      s1: organizations(filter: { locatedIn: "${ids.S1}", kinds: [ENTERPRISE, SOCIAL_ORGANIZATION] }) { totalCount nodes { code } }
      c1: organizations(filter: { locatedIn: "${ids.C1}" }) { nodes { code } }
      c2Party: organizations(filter: { locatedIn: "${ids.C2}", sectors: [PARTY] }) { nodes { code } }
      district: organizations(filter: { locatedIn: "${ids.D}" }, first: 0) { totalCount }
      grid: organizations(filter: { locatedIn: "${ids.G1}" }) { totalCount }
      counts: organizationsAggregate(groupBy: [KIND], filter: { locatedIn: "${ids.S1}" }) { totalCount groups { key { kind } count } }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.s1.totalCount).toBe(4);
    expect(codes(answer.data!.s1)).toEqual(['E1', 'E2', 'E3', 'SO1']);
    expect(codes(answer.data!.c1)).toEqual(['E1', 'EP1', 'U1']);
    expect(codes(answer.data!.c2Party)).toEqual(['EP2']);
    // Every organization with an area (E5 in C3 from the first test included): they all lie below the district.
    expect(answer.data!.district.totalCount).toBe(9);
    expect(answer.data!.grid.totalCount).toBe(0);
    expect(answer.data!.counts.totalCount).toBe(7);
    expect(answer.data!.counts.groups).toEqual(
      expect.arrayContaining([
        { key: { kind: 'ENTERPRISE' }, count: 3 },
        { key: { kind: 'SOCIAL_ORGANIZATION' }, count: 1 },
        { key: { kind: 'EMBEDDED_PARTY_ORGANIZATION' }, count: 2 },
        { key: { kind: 'PUBLIC_INSTITUTION' }, count: 1 },
      ]),
    );
  });

  it('creates, moves and clears an area through the mutations, versioned and in the audit log', async () => {
    const created = await server.graphql(CREATE, { input: { code: 'E6', name: 'Anyuan Florist Co.', kind: 'ENTERPRISE', locatedIn: ids.C1, foundedOn: '2024-01-01' } });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createOrganization).toMatchObject({ code: 'E6', version: 1, locatedIn: { code: 'C1' } });
    const id = created.data!.createOrganization.id;
    const moved = await server.graphql(UPDATE, { input: { id, locatedIn: ids.S2 } });
    expect(moved.data!.updateOrganization).toEqual({ code: 'E6', name: 'Anyuan Florist Co.', version: 2, locatedIn: { code: 'S2' } });
    // Left out, the area stays.
    const renamed = await server.graphql(UPDATE, { input: { id, name: 'Donghu Florist Co.' } });
    expect(renamed.data!.updateOrganization).toEqual({ code: 'E6', name: 'Donghu Florist Co.', version: 3, locatedIn: { code: 'S2' } });
    const cleared = await server.graphql(UPDATE, { input: { id, locatedIn: null } });
    expect(cleared.data!.updateOrganization).toEqual({ code: 'E6', name: 'Donghu Florist Co.', version: 4, locatedIn: null });
    // E6 has left S2; E4 is located in S2 itself, E5 in its community C3.
    const found = await server.graphql(`{ organizations(filter: { locatedIn: "${ids.S2}" }) { nodes { code } } }`);
    expect(codes(found.data!.organizations)).toEqual(['E4', 'E5']);

    const log = await server.graphql(AUDIT, { filter: { entity: id } });
    const entries = log.data!.auditLog.nodes.map((entry: { operation: string; before: Record<string, unknown> | null; after: Record<string, unknown> }) => ({
      operation: entry.operation,
      before: entry.before?.locatedInId,
      after: entry.after.locatedInId,
    }));
    expect(entries).toEqual([
      { operation: 'updateOrganization', before: databaseIdOf(ids.S2), after: null },
      { operation: 'updateOrganization', before: databaseIdOf(ids.S2), after: databaseIdOf(ids.S2) },
      { operation: 'updateOrganization', before: databaseIdOf(ids.C1), after: databaseIdOf(ids.S2) },
      { operation: 'createOrganization', before: undefined, after: databaseIdOf(ids.C1) },
    ]);
  });

  it('shows an area outside the caller\'s scope as null, and refuses to set one there', async () => {
    const scoped = await server.createKey({ role: 'editor', scopeCode: 'C1' });
    const answer = await server.graphql('{ ep1: organization(code: "EP1") { locatedIn { code } } ep2: organization(code: "EP2") { locatedIn { code } } }', undefined, scoped);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ ep1: { locatedIn: { code: 'C1' } }, ep2: { locatedIn: null } });
    const admin = await server.graphql('{ organization(code: "EP2") { version locatedIn { code } } }');
    expect(admin.data!.organization.locatedIn).toEqual({ code: 'C2' });
    const refused = await server.graphql(UPDATE, { input: { id: ids.EP1, locatedIn: ids.S2 } }, scoped);
    expect(refused.errors?.[0]).toMatchObject({ message: 'No organization has the id given in "input.locatedIn".', extensions: { code: 'NOT_FOUND', field: 'input.locatedIn' } });
    const imported = await server.graphql(IMPORT, { dataset: { organizations: [{ ...DISTRICT.organizations!.find((record) => record.code === 'EP1'), locatedInCode: 'S2' }] } }, scoped);
    expect(imported.errors?.[0]?.message).toBe('Import refused, nothing was changed: organizations record EP1: its area S2 lies outside your scope.');
    const unchanged = await server.graphql('{ ep1: organization(code: "EP1") { version locatedIn { code } } ep2: organization(code: "EP2") { version locatedIn { code } } }');
    expect(unchanged.data!.ep1.locatedIn).toEqual({ code: 'C1' });
    expect(unchanged.data!.ep2).toEqual(admin.data!.organization);
    const allowed = await server.graphql(UPDATE, { input: { id: ids.EP1, locatedIn: null } }, scoped);
    expect(allowed.data!.updateOrganization.locatedIn).toBeNull();
  });
});
