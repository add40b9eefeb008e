import { CaseStatus } from '../modules/cases/case.transitions.js';

/**
 * Our statuses in Open311 GeoReport v2 terms: its `status` (open | closed) and, in `x_fixmystreet_state`,
 * the nearest of FixMyStreet's extended states (its Open311 adapter's list). A case is open until our
 * lifecycle ends it (CLOSE, or a final status); the FixMyStreet state says `fixed` once the handler
 * has replied. The README has this table.
 */
export const OPEN311_STATUS: Record<CaseStatus, { status: 'open' | 'closed'; fixMyStreet: string }> = {
  [CaseStatus.RECEIVED]: { status: 'open', fixMyStreet: 'for_triage' },
  [CaseStatus.DISPATCHED]: { status: 'open', fixMyStreet: 'action_scheduled' },
  [CaseStatus.RETURNED]: { status: 'open', fixMyStreet: 'not_councils_responsibility' },
  [CaseStatus.SIGNED]: { status: 'open', fixMyStreet: 'investigating' },
  [CaseStatus.IN_PROGRESS]: { status: 'open', fixMyStreet: 'in_progress' },
  [CaseStatus.REPLIED]: { status: 'open', fixMyStreet: 'fixed' },
  [CaseStatus.REVISITED]: { status: 'open', fixMyStreet: 'fixed' },
  [CaseStatus.REOPENED]: { status: 'open', fixMyStreet: 'reopen' },
  [CaseStatus.CLOSED]: { status: 'closed', fixMyStreet: 'closed' },
  [CaseStatus.REJECTED]: { status: 'closed', fixMyStreet: 'no_further_action' },
  [CaseStatus.MERGED]: { status: 'closed', fixMyStreet: 'duplicate' },
  [CaseStatus.WITHDRAWN]: { status: 'closed', fixMyStreet: 'closed' },
};

export function statusesOf(open311Status: 'open' | 'closed'): CaseStatus[] {
  return (Object.keys(OPEN311_STATUS) as CaseStatus[]).filter((status) => OPEN311_STATUS[status].status === open311Status);
}

/** JSON types of the fields of a request (GeoReport v2, GET requests), and our `x_` extensions. */
export const REQUEST_FIELDS = {
  service_request_id: 'string',
  status: 'string',
  status_notes: 'string|null',
  service_name: 'string',
  service_code: 'string',
  description: 'string|null',
  agency_responsible: 'string',
  service_notice: 'string|null',
  requested_datetime: 'string',
  updated_datetime: 'string',
  expected_datetime: 'string|null',
  address: 'string|null',
  address_id: 'string|null',
  zipcode: 'string|null',
  lat: 'number|null',
  long: 'number|null',
  media_url: 'string|null',
  x_status: 'string',
  x_fixmystreet_state: 'string',
} as const;

/** JSON types of the fields of a service (GeoReport v2, GET services). */
export const SERVICE_FIELDS = {
  service_code: 'string',
  service_name: 'string',
  description: 'string',
  metadata: 'boolean',
  type: 'string',
  keywords: 'string',
  group: 'string',
} as const;

export type Open311Request = { [Field in keyof typeof REQUEST_FIELDS]: unknown };
export type Open311Service = { [Field in keyof typeof SERVICE_FIELDS]: unknown };
