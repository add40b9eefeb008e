import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_FIELDS, SERVICE_FIELDS } from '../src/open311/open311.mapping.js';
import { CASE_DISTRICT } from './fixtures/case-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/** Every field of the standard's list present, each of its JSON type (`string|null`: either). */
function expectFields(item: Record<string, unknown>, fields: Record<string, string>): void {
  expect(Object.keys(item).sort()).toEqual(Object.keys(fields).sort());
  for (const [field, types] of Object.entries(fields)) {
    const actual = item[field] === null ? 'null' : typeof item[field];
    expect(types.split('|'), `${field} is ${actual}`).toContain(actual);
  }
}

const CASES = [
  // Open, in C1 (under S1), a private note then a public one.
  { code: 'O1', categoryCode: 'PARK', channel: 'HOTLINE', receivedAt: '2026-02-01T08:00:00Z', communityCode: 'C1', events: [{ kind: 'NOTE', at: '2026-02-01T09:00:00Z', note: 'Public: a warden is on the way.', public: true }, { kind: 'NOTE', at: '2026-02-01T10:00:00Z', note: 'Private: the caller is 王秀兰.' }] },
  // Closed, in C2.
  { code: 'O2', categoryCode: 'CONSULT', channel: 'ONLINE', receivedAt: '2026-02-03T08:00:00Z', communityCode: 'C2', events: [{ kind: 'ANSWER_AT_INTAKE', at: '2026-02-03T08:05:00Z' }] },
  { code: 'O3', categoryCode: 'PARK-ILLEGAL', channel: 'HOTLINE', receivedAt: '2026-02-05T08:00:00Z', communityCode: 'C2', description: 'Car on the fire lane', events: [] },
];

describe.each(DIALECTS)('the Open311 GeoReport v2 view on %s', (dialect) => {
  let server: TestServer;
  let c1Viewer: string;
  const get = async (path: string, credential: string | null = server.adminKey) => {
    const response = await fetch(server.url.replace(/\/graphql$/, `/open311/v2/${path}`), { headers: credential ? { authorization: `Bearer ${credential}` } : {} });
    return { status: response.status, body: (await response.json()) as any, total: response.headers.get('x-total-count') };
  };
  const ids = (body: { service_request_id: string }[]) => body.map((request) => request.service_request_id);

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: { ...CASE_DISTRICT, serviceCases: [...CASE_DISTRICT.serviceCases!, ...CASES] } });
    c1Viewer = await server.createKey({ role: 'viewer', scopeCode: 'C1', pii: false });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists the service categories with the standard fields', async () => {
    const { status, body } = await get('services.json');
    expect(status).toBe(200);
    expect(body.map((service: { service_code: string }) => service.service_code)).toEqual(['CONSULT', 'heating', 'parking', 'PARK-ILLEGAL']);
    for (const service of body) expectFields(service, SERVICE_FIELDS);
    expect(body[3]).toEqual({ service_code: 'PARK-ILLEGAL', service_name: 'Illegal parking', description: 'Illegal parking (complaint)', metadata: false, type: 'realtime', keywords: 'PARK-ILLEGAL,complaint', group: 'Parking' });
  });

  it('lists requests newest first with every field of the standard, of the right JSON type, and our extended status', async () => {
    const { status, body, total } = await get('requests.json');
    expect(status).toBe(200);
    expect(ids(body)).toEqual(['O3', 'O2', 'O1', 'K2', 'K1']);
    expect(total).toBe('5');
    for (const request of body) expectFields(request, REQUEST_FIELDS);
    const byId = Object.fromEntries(body.map((request: { service_request_id: string }) => [request.service_request_id, request]));
    expect(byId.O1).toMatchObject({ status: 'open', status_notes: 'Public: a warden is on the way.', service_code: 'parking', service_name: 'Parking', agency_responsible: 'Anyuan Community Party Committee', requested_datetime: '2026-02-01T08:00:00.000Z', updated_datetime: '2026-02-01T10:00:00.000Z', lat: null, long: null, address: null, x_status: 'RECEIVED', x_fixmystreet_state: 'for_triage' });
    expect(byId.O2).toMatchObject({ status: 'closed', x_status: 'CLOSED', x_fixmystreet_state: 'closed', status_notes: null });
    expect(byId.K1).toMatchObject({ status: 'open', x_status: 'IN_PROGRESS', x_fixmystreet_state: 'in_progress', expected_datetime: '2026-01-06T00:00:00.000Z', description: 'No heating in building 2 since last night.' });
    const [single] = (await get('requests/O1.json')).body;
    expect(single).toEqual(byId.O1);
  });

  it('filters by service_code, status, start_date and end_date, and pages', async () => {
    expect(ids((await get('requests.json?service_code=parking')).body)).toEqual(['O1']);
    expect(ids((await get('requests.json?service_code=parking,PARK-ILLEGAL')).body)).toEqual(['O3', 'O1']);
    expect(ids((await get('requests.json?status=closed')).body)).toEqual(['O2', 'K2']);
    expect(ids((await get('requests.json?status=open')).body)).toEqual(['O3', 'O1', 'K1']);
    expect(ids((await get('requests.json?start_date=2026-02-01T00:00:00Z&end_date=2026-02-04T00:00:00%2B08:00')).body)).toEqual(['O2', 'O1']);
    expect(ids((await get('requests.json?service_request_id=K1,O2')).body)).toEqual(['O2', 'K1']);
    const first = await get('requests.json?page_size=2');
    const second = await get('requests.json?page_size=2&page=2');
    const third = await get('requests.json?page_size=2&page=3');
    expect([ids(first.body), ids(second.body), ids(third.body)]).toEqual([['O3', 'O2'], ['O1', 'K2'], ['K1']]);
    expect(third.total).toBe('5');
  });

  it('keeps a scoped credential to its jurisdiction and masks personal data', async () => {
    const { body } = await get('requests.json', c1Viewer);
    expect(ids(body)).toEqual(['O1', 'K2', 'K1']);
    expect(body.find((request: { service_request_id: string }) => request.service_request_id === 'K1').description).toBeNull();
    expect(body.find((request: { service_request_id: string }) => request.service_request_id === 'O1').status_notes).toBe('Public: a warden is on the way.');
    expect(await get('requests/O3.json', c1Viewer)).toMatchObject({ status: 404, body: [{ code: 404, description: 'No request has the service_request_id "O3".' }] });
  });

  it('answers bad filters and credentials with the standard error array and the HTTP status', async () => {
    expect(await get('requests.json?start_date=yesterday')).toMatchObject({ status: 400, body: [{ code: 400, description: expect.stringContaining('start_date must be a W3C (ISO 8601) date and time with a zone') }] });
    expect(await get('requests.json?end_date=2026-02-30T00:00:00Z')).toMatchObject({ status: 400, body: [{ code: 400 }] });
    expect(await get('requests.json?start_date=2026-03-01T00:00:00Z&end_date=2026-02-01T00:00:00Z')).toMatchObject({ status: 400, body: [{ code: 400, description: expect.stringContaining('is after end_date') }] });
    expect(await get('requests.json?status=pending')).toMatchObject({ status: 400, body: [{ code: 400, description: 'status must be open, closed or both (comma-separated); got "pending".' }] });
    expect(await get('requests.json?page_size=501')).toMatchObject({ status: 400, body: [{ code: 400 }] });
    expect(await get('requests.json?page=0')).toMatchObject({ status: 400, body: [{ code: 400 }] });
    expect(await get('requests.xml')).toMatchObject({ status: 404, body: [{ code: 404 }] });
    expect(await get('requests.json', 'gg_not_a_real_key')).toMatchObject({ status: 401, body: [{ code: 401, description: expect.stringContaining('not valid') }] });
    const production = await startTestServer(dialect, { env: { NODE_ENV: 'production' } });
    try {
      const refused = await fetch(production.url.replace(/\/graphql$/, '/open311/v2/services.json'));
      expect(refused.status).toBe(401);
      expect(await refused.json()).toEqual([{ code: 401, description: expect.stringContaining('Authentication required') }]);
    } finally {
      await production.close();
    }
  });
});
