import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const AUDIT = `query Audit($filter: AuditFilter, $first: Int) {
  auditLog(filter: $filter, first: $first) { totalCount nodes { principal operation entityType entityId entityCode before after } }
}`;

describe.each(DIALECTS)('the audit log on %s', (dialect) => {
  let server: TestServer;
  let editor: string;
  let editorId: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT });
    editor = await server.createKey({ role: 'editor' });
    editorId = `key:${editor.split('_')[1]}`;
    const all = await server.graphql('{ organizations(first: 100) { nodes { id code } } }');
    for (const node of all.data!.organizations.nodes) ids[node.code] = node.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('records who changed what, through which operation, with the entity before and after', async () => {
    const moved = await server.graphql('mutation M($input: MoveOrganizationInput!) { moveOrganization(input: $input) { code } }', { input: { id: ids.C2, newParentId: ids.S2 } }, editor);
    expect(moved.errors).toBeUndefined();
    const log = await server.graphql(AUDIT, { filter: { entity: ids.C2 } });
    expect(log.data!.auditLog.totalCount).toBe(1);
    const [entry] = log.data!.auditLog.nodes;
    expect(entry).toMatchObject({ principal: editorId, operation: 'moveOrganization', entityType: 'Organization', entityId: ids.C2, entityCode: 'C2' });
    expect(entry.before.parentId).not.toBe(entry.after.parentId);
    expect(entry.after.version).toBe(entry.before.version + 1);
  });

  it('records every kind of change, and the imports that seeded the server', async () => {
    const person = await server.graphql('mutation { createPerson(input: { code: "PA", name: "郑强" }) { id } }', undefined, editor);
    const post = await server.graphql('mutation A($input: AppointPersonInput!) { appointPerson(input: $input) { id } }', { input: { code: 'POSTA', personId: person.data!.createPerson.id, organizationId: ids.C1, role: 'MEMBER', startDate: '2024-01-01' } }, editor);
    await server.graphql('mutation E($input: EndPostInput!) { endPost(input: $input) { id } }', { input: { id: post.data!.appointPerson.id, endDate: '2025-01-01' } }, editor);
    const link = await server.graphql('mutation L($input: CreateLinkInput!) { createLink(input: $input) { id } }', { input: { code: 'LA', kind: 'GUIDANCE', sourceId: ids.C1, targetId: ids.E1, since: '2024-01-01' } }, editor);
    await server.graphql('mutation L($input: EndLinkInput!) { endLink(input: $input) { id } }', { input: { id: link.data!.createLink.id, until: '2025-01-01' } }, editor);
    const log = await server.graphql(AUDIT, { filter: { principal: editorId }, first: 10 });
    expect(log.data!.auditLog.nodes.map((entry: { operation: string; entityCode: string }) => `${entry.operation} ${entry.entityCode}`)).toEqual([
      'endLink LA',
      'createLink LA',
      'endPost POSTA',
      'appointPerson POSTA',
      'createPerson PA',
      'moveOrganization C2',
    ]);
    const imports = await server.graphql(AUDIT, { filter: { entityType: 'Dataset' } });
    expect(imports.data!.auditLog.nodes).toEqual([expect.objectContaining({ principal: 'system', operation: 'importDataset', entityId: null, after: expect.objectContaining({ 'organizations.created': 15 }) })]);
  });

  it('records nothing for a refused change', async () => {
    const before = (await server.graphql(AUDIT, {})).data!.auditLog.totalCount;
    const refused = await server.graphql('mutation M($input: MoveOrganizationInput!) { moveOrganization(input: $input) { code } }', { input: { id: ids.S1, newParentId: ids.B1 } }, editor);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await server.graphql(AUDIT, {})).data!.auditLog.totalCount).toBe(before);
  });

  it('is for admins only', async () => {
    const refused = await server.graphql(AUDIT, {}, editor);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: 'Query.auditLog needs an admin credential; yours has the role editor.' });
  });
});
