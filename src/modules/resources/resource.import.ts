import type { EntityManager } from 'typeorm';
import { insertRowsBulk } from '../../db/bulk-insert.js';
import { entitiesByCode, queryRows } from '../../db/rows.js';
import { updateRowsVersioned, type VersionedChanges } from '../../db/versioned-update.js';
import { BadUserInputError } from '../../errors/index.js';
import { nowTimestamp } from '../../lib/clock.js';
import { chunk } from '../../lib/group-by.js';
import { isInForceOn } from '../../lib/period.js';
import type { DatasetResource, DatasetResourceUse } from '../import/dataset.js';
import { LinkKind, LinkStatus } from '../links/link.kinds.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { Resource } from './resource.entity.js';
import { ResourceKind, ResourceStatus } from './resource.kinds.js';
import { ALWAYS_OPEN, parseOpeningHours, usePeriod, useDays } from './resource.rules.js';
import { ResourceUse } from './resource-use.entity.js';
import { HOLDING_STATUSES, ResourceUseStatus, USE_LIFECYCLE } from './resource-use.transitions.js';
import { noImportCounts, refuseRecord, type ImportCounts } from '../import/sections.js';

/*
 * The importer's sections for resources and their uses, by code, under the rules of createResource,
 * updateResource, changeResourceStatus and requestResourceUse (resource.service.ts): the place a community
 * (or a grid, which gives it), the opening hours' format; a use's resource ACTIVE, its period by kind, a
 * RESOURCE_SHARING link owner → user in force on its first and last day unless the user is the owner, and
 * the capacity: at no instant do the uses holding a resource (REQUESTED, APPROVED, USED; stored and in the
 * document) take more than its maximum, nor do a budget's disbursements exceed it. Set-based: a few
 * statements per few hundred records, so a year of uses loads in bulk.
 */



/** A rule's refusal (a BadUserInputError about the record) reworded as the import's, naming section and record. */
function reword(section: string, code: string, error: unknown): never {
  if (error instanceof BadUserInputError) throw refuseRecord(section, code, error.message.replace(/\.$/, ''));
  throw error;
}

async function rowsByCode(manager: EntityManager, sql: string, codes: Iterable<string>): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  for (const part of chunk([...new Set(codes)], 500)) for (const row of await queryRows(manager, sql, { codes: part })) found.set(String(row.code), row);
  return found;
}

interface ResourceFacts {
  id: number;
  code: string;
  ownerId: number;
  kind: ResourceKind;
  unit: string;
  maximum: number;
  status: ResourceStatus;
}

/** Creates and updates resources by code, under the rules of createResource, updateResource and changeResourceStatus. */
export async function importResources(manager: EntityManager, records: readonly DatasetResource[]): Promise<ImportCounts> {
  const counts = noImportCounts();
  if (records.length === 0) return counts;
  const section = 'resources';
  const organizations = await rowsByCode(manager, 'SELECT id, code, kind FROM organizations WHERE code IN (:...codes)', records.flatMap((record) => [record.ownerCode, ...(record.communityCode ? [record.communityCode] : [])]));
  const grids = await rowsByCode(manager, 'SELECT g.id, g.code, g.community_id FROM grids g WHERE g.code IN (:...codes)', records.flatMap((record) => (record.gridCode ? [record.gridCode] : [])));
  const existing = await entitiesByCode(manager, Resource, 'resources', records.map((record) => record.code));
  const stamp = nowTimestamp();
  const fresh: Partial<Resource>[] = [];
  const writes: { id: number; changes: VersionedChanges<Resource> }[] = [];
  for (const [index, record] of records.entries()) {
    const problem = (message: string) => refuseRecord(section, record.code, message);
    const owner = organizations.get(record.ownerCode);
    if (!owner) throw problem(`ownerCode ${record.ownerCode} is neither in the document nor in the database`);
    let communityId: number;
    let gridId: number | null = null;
    if (record.gridCode !== null) {
      const grid = grids.get(record.gridCode);
      if (!grid) throw problem(`gridCode ${record.gridCode} is neither in the document nor in the database`);
      gridId = Number(grid.id);
      communityId = Number(grid.community_id);
      if (record.communityCode !== null && organizations.get(record.communityCode)?.id !== undefined && Number(organizations.get(record.communityCode)!.id) !== communityId) {
        throw problem(`gridCode ${record.gridCode} lies in another community than communityCode ${record.communityCode}`);
      }
    } else {
      if (record.communityCode === null) throw problem('give the grid (gridCode) or the community (communityCode) it is in');
      const community = organizations.get(record.communityCode);
      if (!community) throw problem(`communityCode ${record.communityCode} is neither in the document nor in the database`);
      if (community.kind !== OrganizationKind.COMMUNITY_PARTY_COMMITTEE) throw problem(`communityCode ${record.communityCode} is a ${String(community.kind)}, not a ${OrganizationKind.COMMUNITY_PARTY_COMMITTEE}`);
      communityId = Number(community.id);
    }
    let minutes = ALWAYS_OPEN;
    try {
      if (record.openingHours !== null) minutes = parseOpeningHours(record.openingHours, `resources[${index}].openingHours`);
    } catch (error) {
      reword(section, record.code, error);
    }
    const [openMo, openTu, openWe, openTh, openFr, openSa, openSu] = minutes;
    const changeable = {
      name: record.name,
      unit: record.unit,
      maximum: record.maximum,
      available: record.available,
      openingHours: record.openingHours?.trim() ?? null,
      openMo,
      openTu,
      openWe,
      openTh,
      openFr,
      openSa,
      openSu,
      description: record.description,
      status: record.status,
    };
    const current = existing.get(record.code);
    if (!current) {
      fresh.push({
        code: record.code,
        ownerId: Number(owner.id),
        kind: record.kind,
        ...changeable,
        availableUpdatedAt: record.available === null ? null : (record.availableUpdatedAt ?? stamp),
        communityId,
        gridId,
        version: 1,
        createdAt: stamp,
        updatedAt: stamp,
      });
      continue;
    }
    if (current.ownerId !== Number(owner.id) || current.kind !== record.kind || current.communityId !== communityId || current.gridId !== gridId) {
      throw problem('a stored resource keeps its owner, kind and place (community and grid); only its name, unit, capacity, availability, opening hours, description and status may change');
    }
    if (current.status === ResourceStatus.DEFUNCT && record.status !== ResourceStatus.DEFUNCT) throw problem('it is DEFUNCT in the database: it cannot come back (create a new resource)');
    const changes: VersionedChanges<Resource> = {};
    for (const [key, value] of Object.entries(changeable) as [keyof typeof changeable, unknown][]) {
      if ((current[key] ?? null) !== (value ?? null)) Object.assign(changes, { [key]: value });
    }
    // A new available figure is dated: by the record, or now.
    if (changes.available !== undefined || (record.availableUpdatedAt !== null && record.availableUpdatedAt !== current.availableUpdatedAt)) {
      changes.availableUpdatedAt = record.available === null ? null : (record.availableUpdatedAt ?? stamp);
    }
    if (Object.keys(changes).length > 0) writes.push({ id: current.databaseId, changes });
  }
  await insertRowsBulk(manager, Resource, fresh);
  await updateRowsVersioned(manager, Resource, writes);
  counts.created = fresh.length;
  counts.updated = writes.length;
  counts.unchanged = records.length - fresh.length - writes.length;
  return counts;
}

interface HoldingUse {
  code: string;
  startsAt: string;
  endsAt: string;
  quantity: number;
  /** In the document (new, or a stored one whose record is checked here). */
  inDocument: boolean;
}

/**
 * Creates uses by code and moves stored ones on along the lifecycle table. Every new use is checked as
 * requestResourceUse would check it; then the capacity of every resource the document touches is checked
 * over all the uses holding it at once, stored and new, and the first new use that does not fit refuses
 * the import, naming the uses it collides with.
 */
export async function importResourceUses(manager: EntityManager, records: readonly DatasetResourceUse[], onProgress: (message: string) => void = () => undefined): Promise<ImportCounts> {
  const counts = noImportCounts();
  if (records.length === 0) return counts;
  const section = 'resourceUses';
  const resources = new Map<string, ResourceFacts>();
  for (const row of (await rowsByCode(manager, 'SELECT id, code, owner_id, kind, unit, maximum, status FROM resources WHERE code IN (:...codes)', records.map((record) => record.resourceCode))).values()) {
    resources.set(String(row.code), { id: Number(row.id), code: String(row.code), ownerId: Number(row.owner_id), kind: row.kind as ResourceKind, unit: String(row.unit), maximum: Number(row.maximum), status: row.status as ResourceStatus });
  }
  const organizations = await rowsByCode(manager, 'SELECT id, code FROM organizations WHERE code IN (:...codes)', records.map((record) => record.userCode));
  const ownerCodes = new Map<number, string>();
  for (const part of chunk([...new Set([...resources.values()].map((resource) => resource.ownerId))], 500)) {
    for (const row of await queryRows(manager, 'SELECT id, code FROM organizations WHERE id IN (:...ids)', { ids: part })) ownerCodes.set(Number(row.id), String(row.code));
  }
  const people = await rowsByCode(manager, 'SELECT id, code FROM people WHERE code IN (:...codes)', records.flatMap((record) => (record.personCode ? [record.personCode] : [])));
  const cases = await rowsByCode(manager, 'SELECT id, code FROM service_cases WHERE code IN (:...codes)', records.flatMap((record) => (record.serviceCaseCode ? [record.serviceCaseCode] : [])));
  const existing = await entitiesByCode(manager, ResourceUse, 'resource_uses', records.map((record) => record.code));
  // The RESOURCE_SHARING links from the owners of the resources used by others, by owner and user.
  const sharing = new Map<string, { id: number; since: string; until: string | null }[]>();
  const owners = [...new Set(records.flatMap((record) => (resources.has(record.resourceCode) ? [resources.get(record.resourceCode)!.ownerId] : [])))];
  for (const part of chunk(owners, 500)) {
    const rows = await queryRows(manager, `SELECT id, source_id, target_id, since, until FROM links WHERE kind = :kind AND status <> :suspended AND source_id IN (:...owners) ORDER BY id`, { kind: LinkKind.RESOURCE_SHARING, suspended: LinkStatus.SUSPENDED, owners: part });
    for (const row of rows) {
      const key = `${Number(row.source_id)}|${Number(row.target_id)}`;
      const list = sharing.get(key) ?? [];
      list.push({ id: Number(row.id), since: String(row.since).slice(0, 10), until: row.until == null ? null : String(row.until).slice(0, 10) });
      sharing.set(key, list);
    }
  }
  const stamp = nowTimestamp();
  const fresh: Partial<ResourceUse>[] = [];
  const writes: { id: number; changes: VersionedChanges<ResourceUse> }[] = [];
  /** The holding uses in the document, by resource id, with the code of the resource. */
  const holding = new Map<number, HoldingUse[]>();
  /** Stored uses whose status the document changes: their stored rows no longer count as they were. */
  const restated = new Set<number>();
  for (const record of records) {
    const problem = (message: string) => refuseRecord(section, record.code, message);
    const resource = resources.get(record.resourceCode);
    if (!resource) throw problem(`resourceCode ${record.resourceCode} is neither in the document nor in the database`);
    const user = organizations.get(record.userCode);
    if (!user) throw problem(`userCode ${record.userCode} is neither in the document nor in the database`);
    const userId = Number(user.id);
    const current = existing.get(record.code);
    let period: { startsAt: string; endsAt: string };
    try {
      period = usePeriod(resource.kind, { from: record.from, to: record.to, date: record.date }, resource.code);
    } catch (error) {
      reword(section, record.code, error);
    }
    if (current) {
      if (current.resourceId !== resource.id || current.userId !== userId || current.startsAt !== period.startsAt || current.endsAt !== period.endsAt || current.quantity !== record.quantity) {
        throw problem('a stored use keeps its resource, user, period and quantity; only its status may move on');
      }
      if (current.status === record.status) {
        counts.unchanged += 1;
        continue;
      }
      if (!USE_LIFECYCLE.reachable(current.status).has(record.status)) {
        throw problem(`it is ${current.status} in the database: no step of the lifecycle leads from ${current.status} to ${record.status} (allowed from ${current.status}: ${USE_LIFECYCLE.allowed(current.status).join(', ') || 'nothing (final)'})`);
      }
      writes.push({ id: current.databaseId, changes: { status: record.status, statusChangedAt: record.statusChangedAt ?? stamp } });
      restated.add(current.databaseId);
      if (HOLDING_STATUSES.includes(record.status)) {
        const list = holding.get(resource.id) ?? [];
        list.push({ code: record.code, startsAt: current.startsAt, endsAt: current.endsAt, quantity: current.quantity, inDocument: false });
        holding.set(resource.id, list);
      }
      continue;
    }
    if (resource.status !== ResourceStatus.ACTIVE) throw problem(`resource ${resource.code} is ${resource.status}: only ACTIVE resources take requests`);
    if (record.quantity > resource.maximum) throw problem(`${record.quantity} ${resource.unit} is more than the capacity of ${resource.code}, ${resource.maximum} ${resource.unit}`);
    let viaLinkId: number | null = null;
    if (userId !== resource.ownerId) {
      const days = useDays(period.startsAt, period.endsAt);
      const link = (sharing.get(`${resource.ownerId}|${userId}`) ?? []).find((candidate) => isInForceOn(candidate, days.first) && isInForceOn(candidate, days.last));
      if (!link) {
        const owner = ownerCodes.get(resource.ownerId)!;
        const when = days.first === days.last ? `on ${days.first}` : `from ${days.first} to ${days.last}`;
        throw problem(`resource ${resource.code} belongs to ${owner}: ${record.userCode} may use it only through a RESOURCE_SHARING link ${owner} → ${record.userCode} in force ${when}, not suspended, and there is none (missing link ${owner} → ${record.userCode}, ${days.first})`);
      }
      viaLinkId = link.id;
    }
    let personId: number | null = null;
    if (record.personCode !== null) {
      const person = people.get(record.personCode);
      if (!person) throw problem(`personCode ${record.personCode} is neither in the document nor in the database`);
      personId = Number(person.id);
    }
    let caseId: number | null = null;
    if (record.serviceCaseCode !== null) {
      const serviceCase = cases.get(record.serviceCaseCode);
      if (!serviceCase) throw problem(`serviceCaseCode ${record.serviceCaseCode} is neither in the document nor in the database`);
      caseId = Number(serviceCase.id);
    }
    const requestedAt = record.requestedAt ?? stamp;
    fresh.push({
      code: record.code,
      resourceId: resource.id,
      userId,
      personId,
      startsAt: period.startsAt,
      endsAt: period.endsAt,
      quantity: record.quantity,
      purpose: record.purpose,
      status: record.status,
      requestedAt,
      statusChangedAt: record.statusChangedAt ?? (record.status === ResourceUseStatus.REQUESTED ? null : requestedAt),
      viaLinkId,
      caseId,
      version: 1,
      createdAt: stamp,
      updatedAt: stamp,
    });
    if (HOLDING_STATUSES.includes(record.status)) {
      const list = holding.get(resource.id) ?? [];
      list.push({ code: record.code, startsAt: period.startsAt, endsAt: period.endsAt, quantity: record.quantity, inDocument: true });
      holding.set(resource.id, list);
    }
  }
  // Capacity, over each resource's holding uses at once: the stored ones (as the document leaves them) and the new ones.
  const byId = new Map([...resources.values()].map((resource) => [resource.id, resource]));
  for (const part of chunk([...holding.keys()], 200)) {
    const stored = await queryRows(manager, 'SELECT id, code, resource_id, starts_at, ends_at, quantity FROM resource_uses WHERE resource_id IN (:...ids) AND status IN (:...statuses)', { ids: part, statuses: [...HOLDING_STATUSES] });
    const storedBy = new Map<number, HoldingUse[]>();
    for (const row of stored) {
      if (restated.has(Number(row.id))) continue;
      const list = storedBy.get(Number(row.resource_id)) ?? [];
      list.push({ code: String(row.code), startsAt: String(row.starts_at), endsAt: String(row.ends_at), quantity: Number(row.quantity), inDocument: false });
      storedBy.set(Number(row.resource_id), list);
    }
    for (const resourceId of part) {
      const resource = byId.get(resourceId)!;
      checkCapacity(resource, [...(storedBy.get(resourceId) ?? []), ...holding.get(resourceId)!]);
    }
  }
  const step = Math.max(20_000, Math.ceil(fresh.length / 10));
  let reported = 0;
  await insertRowsBulk(manager, ResourceUse, fresh, (done) => {
    if (done - reported >= step || done === fresh.length) onProgress(`resource uses: ${(reported = done)} of ${fresh.length} inserted`);
  });
  await updateRowsVersioned(manager, ResourceUse, writes);
  counts.created = fresh.length;
  counts.updated = writes.length;
  return counts;
}

function listCodes(uses: readonly { code: string }[]): string {
  const codes = uses.map((use) => use.code);
  return codes.length > 5 ? `${codes.slice(0, 5).join(', ')} and ${codes.length - 5} more` : codes.join(', ');
}

/**
 * The uses holding a resource at once never exceed its maximum: for FUNDS their sum; for the timed kinds the
 * load at every instant (a sweep over starts and ends; a use ending when another starts does not overlap it).
 * The first document use found over the limit refuses the import, naming the uses it collides with.
 */
function checkCapacity(resource: ResourceFacts, uses: HoldingUse[]): void {
  const section = 'resourceUses';
  if (resource.kind === ResourceKind.FUNDS) {
    let spent = 0;
    const held: HoldingUse[] = [];
    for (const use of [...uses].sort((a, b) => Number(a.inDocument) - Number(b.inDocument) || (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0))) {
      if (use.inDocument && spent + use.quantity > resource.maximum) {
        throw refuseRecord(section, use.code, `${use.quantity} ${resource.unit} is more than what remains of the budget of ${resource.code}, ${resource.maximum - spent} of ${resource.maximum} ${resource.unit} (held by ${listCodes(held)})`);
      }
      spent += use.quantity;
      held.push(use);
    }
    return;
  }
  const edges: { at: string; delta: number; use: HoldingUse }[] = [];
  for (const use of uses) {
    edges.push({ at: use.startsAt, delta: use.quantity, use });
    edges.push({ at: use.endsAt, delta: -use.quantity, use });
  }
  // Ends before starts at the same instant: periods are half-open.
  edges.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.delta - b.delta));
  let load = 0;
  const active = new Set<HoldingUse>();
  for (const edge of edges) {
    load += edge.delta;
    if (edge.delta < 0) {
      active.delete(edge.use);
      continue;
    }
    active.add(edge.use);
    // An overload of stored uses alone (a capacity lowered since) is the owner's to resolve, not this document's.
    const culprit = load > resource.maximum + 1e-9 ? [...active].reverse().find((use) => use.inDocument) : undefined;
    if (culprit) {
      const others = [...active].filter((use) => use !== culprit);
      throw refuseRecord(
        section,
        culprit.code,
        `${culprit.quantity} ${resource.unit} from ${culprit.startsAt} to ${culprit.endsAt} does not fit the capacity of ${resource.code}, ${resource.maximum} ${resource.unit}: ${load - culprit.quantity} ${resource.unit} are booked at once by ${listCodes(others)}`,
      );
    }
  }
}
