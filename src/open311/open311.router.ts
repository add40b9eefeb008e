import express, { type Request, type Response } from 'express';
import { principalOf, type CredentialCheck } from '../auth/authenticate.js';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/database.js';
import { answerDatabaseFault } from '../db/faults.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../schema/pagination.js';
import { normalizeDateTime } from '../schema/scalars/date-time.js';
import { OPEN311_STATUS, statusesOf, type Open311Request, type Open311Service } from './open311.mapping.js';
import { Open311Reads, type CategoryRow, type RequestRow } from './open311.reads.js';

export interface Open311Options {
  db: Database;
  credentials: Omit<CredentialCheck, 'database'>;
}

/** An Open311 error: the standard's JSON array of `{ code, description }`, the code being the HTTP status. */
class Open311Error extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendErrors(response: Response, status: number, description: string): void {
  response.status(status).json([{ code: status, description }]);
}

/**
 * Answers a failure that is no Open311Error: a database fault as on /graphql (503 with Retry-After while
 * the database is down), anything else 500 with its detail in the log.
 */
function sendFailure(response: Response, error: unknown): void {
  const fault = answerDatabaseFault(error);
  if (fault) {
    if (fault.retryAfterSeconds) response.set('Retry-After', String(fault.retryAfterSeconds));
    sendErrors(response, fault.status, fault.message);
    return;
  }
  console.error('Open311 request failed', error);
  sendErrors(response, 500, 'Internal server error.');
}

/** One query parameter as text: repeated parameters count as one comma-separated list. */
function parameter(request: Request, name: string): string | null {
  const value = (request.query as Record<string, unknown>)[name];
  if (value == null || value === '') return null;
  if (Array.isArray(value)) return value.map(String).join(',');
  if (typeof value !== 'string') throw new Open311Error(400, `${name} must be a plain value.`);
  return value;
}

function list(request: Request, name: string): string[] | null {
  const value = parameter(request, name);
  if (value === null) return null;
  const items = value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  if (items.length > MAX_PAGE_SIZE) throw new Open311Error(400, `${name} lists at most ${MAX_PAGE_SIZE} values.`);
  return items;
}

function dateTime(request: Request, name: string): string | null {
  const value = parameter(request, name);
  if (value === null) return null;
  const normalized = normalizeDateTime(value);
  if (!normalized) throw new Open311Error(400, `${name} must be a W3C (ISO 8601) date and time with a zone, such as 2026-01-05T08:00:00+08:00 or 2026-01-05T00:00:00Z; got "${value.slice(0, 64)}".`);
  return normalized;
}

function wholeNumber(request: Request, name: string, fallback: number, maximum: number): number {
  const value = parameter(request, name);
  if (value === null) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1 || number > maximum) throw new Open311Error(400, `${name} must be a whole number from 1 to ${maximum}; got "${value.slice(0, 32)}".`);
  return number;
}

function toService(category: CategoryRow): Open311Service {
  return {
    service_code: category.serviceCode,
    service_name: category.name,
    description: `${category.name} (${category.kind.toLowerCase().replaceAll('_', ' ')})`,
    metadata: false,
    type: 'realtime',
    keywords: [category.code, category.kind.toLowerCase()].join(','),
    group: category.parentName ?? category.name,
  };
}

function toRequest(row: RequestRow, principal: Principal): Open311Request {
  const { serviceCase, category } = row;
  const mapped = OPEN311_STATUS[serviceCase.status];
  return {
    service_request_id: serviceCase.code,
    status: mapped.status,
    status_notes: row.publicNote,
    service_name: category.name,
    service_code: category.serviceCode,
    // Personal data: residents describe themselves and their neighbours.
    description: principal.pii ? serviceCase.description : null,
    agency_responsible: row.handlerName,
    service_notice: null,
    requested_datetime: serviceCase.receivedAt,
    updated_datetime: serviceCase.lastEventAt,
    expected_datetime: serviceCase.dueAt,
    // Cases refer to a grid or a community, never to a street address or a point.
    address: null,
    address_id: null,
    zipcode: null,
    lat: null,
    long: null,
    media_url: null,
    x_status: serviceCase.status,
    x_fixmystreet_state: mapped.fixMyStreet,
  };
}

/**
 * A read-only Open311 GeoReport v2 view of the service cases (README, "Service cases"), mounted at
 * /open311/v2: GET services.json, requests.json and requests/{service_request_id}.json. Credentials as on
 * /graphql (`Authorization: Bearer …`, the same check), the same jurisdiction (a scoped credential sees
 * the cases of its subtree and those its organizations handle) and masking (no description without the
 * pii right; status_notes come from public events only). Errors are the standard's array of
 * `{ code, description }` with the HTTP status as code. Only JSON is served.
 */
export function open311Router(options: Open311Options): express.Router {
  const router = express.Router();
  const reads = new Open311Reads(options.db);

  router.use(async (request, response, next) => {
    try {
      const principal = await principalOf(request.headers.authorization, { ...options.credentials, database: options.db });
      if ('refused' in principal) {
        response.set('WWW-Authenticate', 'Bearer');
        sendErrors(response, 401, principal.refused);
        return;
      }
      response.locals.principal = principal;
      next();
    } catch (error) {
      sendFailure(response, error);
    }
  });

  const handle = (work: (request: Request, response: Response, principal: Principal) => Promise<unknown>) => async (request: Request, response: Response) => {
    try {
      response.json(await work(request, response, response.locals.principal as Principal));
    } catch (error) {
      if (error instanceof Open311Error) sendErrors(response, error.status, error.message);
      else sendFailure(response, error);
    }
  };

  router.get(
    '/services.json',
    handle(async () => (await reads.categories()).map(toService)),
  );

  router.get(
    '/requests.json',
    handle(async (request, _response, principal) => {
      const statusValues = list(request, 'status');
      for (const value of statusValues ?? []) if (value !== 'open' && value !== 'closed') throw new Open311Error(400, `status must be open, closed or both (comma-separated); got "${value.slice(0, 32)}".`);
      const from = dateTime(request, 'start_date');
      const to = dateTime(request, 'end_date');
      if (from && to && from > to) throw new Open311Error(400, `start_date (${from}) is after end_date (${to}).`);
      const page = wholeNumber(request, 'page', 1, 1_000_000);
      const pageSize = wholeNumber(request, 'page_size', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
      const categories = await reads.categories();
      const result = await reads.requests(
        {
          serviceRequestIds: list(request, 'service_request_id'),
          serviceCodes: list(request, 'service_code'),
          statuses: statusValues ? [...new Set(statusValues)].flatMap((value) => statusesOf(value as 'open' | 'closed')) : null,
          from,
          to,
          scopeRootId: principal.scope?.organizationId ?? null,
          offset: (page - 1) * pageSize,
          limit: pageSize,
        },
        categories,
      );
      _response.set('X-Total-Count', String(result.totalCount));
      return result.rows.map((row) => toRequest(row, principal));
    }),
  );

  router.get(
    '/requests/:file',
    handle(async (request, _response, principal) => {
      const match = /^(.+)\.json$/.exec(String(request.params.file));
      if (!match) throw new Open311Error(400, 'Only JSON is served here: ask for requests/{service_request_id}.json.');
      const result = await reads.requests({ serviceRequestIds: [match[1]], scopeRootId: principal.scope?.organizationId ?? null, offset: 0, limit: 1 }, await reads.categories());
      if (result.rows.length === 0) throw new Open311Error(404, `No request has the service_request_id "${match[1].slice(0, 64)}".`);
      return result.rows.map((row) => toRequest(row, principal));
    }),
  );

  router.use((_request, response) => sendErrors(response, 404, 'Not an Open311 endpoint here: GET services.json, requests.json or requests/{service_request_id}.json (JSON only).'));
  return router;
}
