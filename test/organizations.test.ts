import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

describe.each(DIALECTS)('organizations on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: SMALL_DISTRICT });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('finds an organization by code with its parent, children and ancestors', async () => {
    const response = await server.graphql(`{
      organization(code: "G1") {
        code name kind sector depth
        parent { code }
        ancestors { code }
        children { totalCount nodes { code } }
        grid { code households functions }
      }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      organization: {
        code: 'G1',
        name: 'Grid 1 Party Branch',
        kind: 'GRID_PARTY_BRANCH',
        sector: 'PARTY',
        depth: 3,
        parent: { code: 'C1' },
        ancestors: [{ code: 'D' }, { code: 'S1' }, { code: 'C1' }],
        children: { totalCount: 2, nodes: [{ code: 'B1' }, { code: 'B2' }] },
        grid: { code: 'C1-G1', households: 400, functions: ['PARTY_BUILDING', 'SOCIAL_GOVERNANCE', 'SOCIAL_RELIEF'] },
      },
    });
  });
});
