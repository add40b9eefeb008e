import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../src/auth/principal.js';
import type { ExportTask } from '../src/graph/export.js';
import { decodeGlobalId } from '../src/lib/global-id.js';
import { indicatorRunner } from '../src/modules/indicators/indicator-pool.js';
import { EXPORT_WORKER } from '../src/server/create-server.js';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/** Everything a client gets from a download: status, the headers that describe the file, and its bytes. */
async function download(server: TestServer, query: string, key: string) {
  const response = await fetch(`${server.url.replace('/graphql', '/export/graph')}?${query}`, { headers: { authorization: `Bearer ${key}` } });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    length: response.headers.get('content-length'),
    retryAfter: response.headers.get('retry-after'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** The files each thread has written, from /metrics (graph_export_files_total). */
async function filesWritten(server: TestServer) {
  const text = await (await fetch(server.url.replace('/graphql', '/metrics'))).text();
  const count = (thread: string) => Number(new RegExp(`^graph_export_files_total\\{thread="${thread}"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { worker: count('worker'), request: count('request') };
}

describe.each(DIALECTS)('the graph export in a worker thread on %s', (dialect) => {
  // The same district on two servers: the export written in a worker thread (the default), and in the request's thread.
  let worker: TestServer;
  let inThread: TestServer;
  const keys: Record<'worker' | 'inThread', Record<'admin' | 'scoped' | 'masked', string>> = { worker: {} as never, inThread: {} as never };

  beforeAll(async () => {
    [worker, inThread] = await Promise.all([startTestServer(dialect, { dataset: SMALL_DISTRICT }), startTestServer(dialect, { dataset: SMALL_DISTRICT, env: { INDICATOR_WORKERS: '0' } })]);
    for (const [name, server] of [['worker', worker], ['inThread', inThread]] as const) {
      keys[name] = {
        admin: server.adminKey,
        // Scoped to the community C1: E1 and U1, linked to it from outside, are shown limited.
        scoped: await server.createKey({ role: 'viewer', scopeCode: 'C1' }),
        // No scope, and without the personal-data right.
        masked: await server.createKey({ role: 'viewer', pii: false }),
      };
    }
  });

  afterAll(async () => {
    await Promise.all([worker?.close(), inThread?.close()]);
  });

  it('sends the same bytes and headers as the request thread (INDICATOR_WORKERS=0), for every credential, format and filter', async () => {
    const queries = [
      'root=D&depth=6&format=graphml',
      'root=D&depth=6&format=json',
      'root=C1&depth=2&format=json&activeAt=2021-06-01',
      'root=C1&depth=1&format=graphml&linkKinds=CO_BUILDING,PARTY_PRESENCE',
      'root=S1&format=graphml&activeAt=2024-01-01',
    ];
    let files = 0;
    for (const key of ['admin', 'scoped', 'masked'] as const) {
      for (const query of queries) {
        // The scoped key sees C1's subtree only: D and S1 are not found for it, the same way on both.
        const [fromWorker, local] = await Promise.all([download(worker, query, keys.worker[key]), download(inThread, query, keys.inThread[key])]);
        expect(fromWorker.status, `${key} ${query}`).toBe(local.status);
        expect({ ...fromWorker, body: fromWorker.body.toString('utf8') }, `${key} ${query}`).toEqual({ ...local, body: local.body.toString('utf8') });
        expect(fromWorker.body.equals(local.body), `${key} ${query}: the same bytes`).toBe(true);
        if (local.status === 200) files += 1;
      }
    }
    // Hand-checked: 5 files each for the admin and the masked key, 2 for the scoped one (its root C1).
    expect(files).toBe(12);
    // The scoped file names C1's outside partners, limited to what a scoped key sees (code, name, kind).
    const scoped = (await download(worker, 'root=C1&depth=1&format=json', keys.worker.scoped)).body.toString('utf8');
    expect(JSON.parse(scoped).nodes.map((node: { code: string }) => node.code).sort()).toEqual(['C1', 'E1', 'EP1', 'G1', 'G2', 'RC1', 'U1']);
    expect(await filesWritten(worker)).toEqual({ worker: files + 1, request: 0 });
    expect(await filesWritten(inThread)).toEqual({ worker: 0, request: files });
  });

  it('answers bad requests with the same statuses and errors', async () => {
    const queries = ['root=D&depth=9&format=graphml', 'root=D&depth=two', 'root=D&linkKinds=NOPE', 'root=D&activeAt=2024-13-45', 'root=ZZ', 'root=D&format=pdf', 'format=json'];
    for (const query of queries) {
      const [fromWorker, local] = await Promise.all([download(worker, query, keys.worker.admin), download(inThread, query, keys.inThread.admin)]);
      expect(fromWorker.status, query).toBeGreaterThanOrEqual(400);
      expect({ ...fromWorker, body: fromWorker.body.toString('utf8') }, query).toEqual({ ...local, body: local.body.toString('utf8') });
    }
    expect(JSON.parse((await download(worker, 'root=D&depth=9', keys.worker.admin)).body.toString('utf8')).errors[0].message).toBe('Argument "depth" must be between 0 and 6; got 9.');
  });

  it('sends identical downloads asked at the same time the same file', async () => {
    const query = 'root=D&depth=6&format=graphml&activeAt=2022-01-01';
    const before = await filesWritten(worker);
    const [alone, ...together] = await Promise.all([download(inThread, query, keys.inThread.masked), ...Array.from({ length: 3 }, () => download(worker, query, keys.worker.masked))]);
    for (const file of together) expect(file.body.equals(alone.body)).toBe(true);
    expect(await filesWritten(worker)).toEqual({ worker: before.worker + 3, request: before.request });
  });

  it('computes identical tasks in flight at the same time once, and counts them in /metrics', async () => {
    const district = (await worker.graphql('{ organization(code: "D") { id } }')).data!.organization.id as string;
    const task: ExportTask = { root: 'D', format: 'json', variables: { root: district, depth: 3, linkKinds: null, activeAt: '2023-06-01' }, principal: { id: 'test', kind: 'api-key', role: 'viewer', scope: null, pii: false } };
    const runner = indicatorRunner(worker.database.db);
    const tasks = async () => {
      const text = await (await fetch(worker.url.replace('/graphql', '/metrics'))).text();
      const count = (outcome: string) => Number(new RegExp(`^graph_export_tasks_total\\{outcome="${outcome}"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
      return { computed: count('computed'), joined: count('joined') };
    };
    const before = await tasks();
    // Three identical tasks asked in the same tick: the first is computed, the other two wait for its answer.
    const [first, ...others] = (await Promise.all([runner.runIn(EXPORT_WORKER, task), runner.runIn(EXPORT_WORKER, task), runner.runIn(EXPORT_WORKER, task)])) as Uint8Array[];
    expect(first).not.toBeNull();
    for (const other of others) expect(other).toBe(first);
    expect(await tasks()).toEqual({ computed: before.computed + 1, joined: before.joined + 2 });
    // A task asked once the first is answered is computed again.
    await runner.runIn(EXPORT_WORKER, task);
    expect(await tasks()).toEqual({ computed: before.computed + 2, joined: before.joined + 2 });
  });

  it('applies the principal\'s jurisdiction in the worker thread, not a bypass: a root outside it gets no file there', async () => {
    const idOf = async (code: string) => (await worker.graphql(`{ organization(code: "${code}") { id } }`)).data!.organization.id as string;
    const [district, community] = [await idOf('D'), await idOf('C1')];
    const scopedTo = (code: string, id: string): Principal => ({ id: 'test', kind: 'api-key', role: 'viewer', scope: { code, organizationId: decodeGlobalId(id)!.databaseId }, pii: false });
    const task = (principal: Principal): ExportTask => ({ root: 'D', format: 'graphml', variables: { root: district, depth: 1, linkKinds: null, activeAt: null }, principal });
    const runner = indicatorRunner(worker.database.db);
    // The request's thread never asks this (it finds the root under the same scope first); asked directly, the worker refuses it.
    expect(await runner.runIn(EXPORT_WORKER, task(scopedTo('C1', community)))).toBeNull();
    const unscoped = (await runner.runIn(EXPORT_WORKER, task({ ...scopedTo('C1', community), scope: null }))) as Uint8Array;
    expect(Buffer.from(unscoped).toString('utf8')).toBe((await download(inThread, 'root=D&depth=1&format=graphml', keys.inThread.masked)).body.toString('utf8'));
  });

  it('with INDICATOR_WORKERS_WARM, starts the thread and builds its schema with the server, before any download, and sends the same file', async () => {
    const warm = await startTestServer(dialect, { dataset: SMALL_DISTRICT, env: { INDICATOR_WORKERS_WARM: 'true' } });
    try {
      const runner = indicatorRunner(warm.database.db);
      expect(runner.warming).not.toBeNull();
      await runner.warming;
      expect(runner.threads).toBe(1);
      const query = 'root=D&depth=6&format=graphml';
      const [fromWarm, local] = await Promise.all([download(warm, query, warm.adminKey), download(inThread, query, keys.inThread.admin)]);
      expect(fromWarm.status).toBe(200);
      expect(fromWarm.body.equals(local.body)).toBe(true);
      // Written in the warmed thread, the warming itself not counted as an export task.
      expect(await filesWritten(warm)).toEqual({ worker: 1, request: 0 });
      expect(runner.otherCounts).toEqual({ computed: 1, joined: 0 });
      expect(runner.threads).toBe(1);
    } finally {
      await warm.close();
    }
  });
});
