import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { Database } from '../../db/database.js';
import { recordChange, runAs, type Actor } from '../audit/audit.js';
import { queryEntities, queryRows } from '../../db/rows.js';
import { BadUserInputError } from '../../errors/index.js';
import { nowTimestamp } from '../../lib/clock.js';
import { chunk } from '../../lib/group-by.js';
import { today } from '../../schema/scalars/date.js';
import { Grid } from '../grids/grid.entity.js';
import { Link } from '../links/link.entity.js';
import { LinkStatus } from '../links/link.kinds.js';
import { LinkService, type NewLink } from '../links/link.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { OrganizationKind, OrganizationStatus } from '../organizations/organization.kinds.js';
import { checkArea, checkParentKind, OrganizationService, type NewOrganization } from '../organizations/organization.service.js';
import { Person } from '../people/person.entity.js';
import { Post } from '../people/post.entity.js';
import { datasetSchema, type Dataset } from './dataset.js';
import { checkImportScope } from './import-scope.js';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  organizations: ImportCounts;
  grids: ImportCounts;
  people: ImportCounts;
  posts: ImportCounts;
  links: ImportCounts;
  /** Derived CROSS_APPOINTMENT links created or changed because posts changed. */
  crossAppointments: { created: number; updated: number };
}

export interface ImportOptions {
  /** The caller's jurisdiction: when set, every record must stay inside this subtree. */
  scopeRootId?: number | null;
  onProgress?: (message: string) => void;
}

const SECTIONS = ['organizations', 'grids', 'people', 'posts', 'links'] as const;

function counts(): ImportCounts {
  return { created: 0, updated: 0, unchanged: 0 };
}

/** Reads a validation failure as a sentence naming the section, the record's code and the field. */
function describeValidationFailure(input: unknown, issue: { path: PropertyKey[]; message: string }): BadUserInputError {
  const [section, index, ...field] = issue.path;
  if (typeof section === 'string' && typeof index === 'number') {
    const record = (input as Record<string, { code?: unknown }[]>)[section]?.[index];
    const code = typeof record?.code === 'string' ? record.code : null;
    const where = `${section}[${index}]${code ? ` (code ${code})` : ''}`;
    return new BadUserInputError(`Import refused, nothing was changed: ${where}${field.length ? `, field ${field.join('.')}` : ''}: ${issue.message}.`, {
      field: [section, index, ...field].join('.'),
      ...(code ? { record: code } : {}),
    });
  }
  return new BadUserInputError(`Import refused, nothing was changed: ${issue.path.join('.') || 'the document'}: ${issue.message}.`, { field: issue.path.join('.') });
}

function refuse(section: string, code: string, problem: string): BadUserInputError {
  return new BadUserInputError(`Import refused, nothing was changed: ${section} record ${code}: ${problem}.`, { record: code, field: section });
}

/**
 * Imports a dataset in one transaction: every record is created, updated or left alone by its code,
 * so importing the same document twice changes nothing the second time. Any bad record refuses the
 * whole import with a message naming the record's code and the problem. Writes are set-based (a few
 * hundred rows per statement), so a whole district loads in seconds.
 */
export class Importer {
  constructor(
    private readonly db: Database,
    private readonly organizations: OrganizationService,
    private readonly links: LinkService,
  ) {}

  async import(input: unknown, options: ImportOptions = {}): Promise<ImportSummary> {
    const parsed = datasetSchema.safeParse(input);
    if (!parsed.success) throw describeValidationFailure(input, parsed.error.issues[0]);
    const dataset = parsed.data;
    for (const section of SECTIONS) {
      const seen = new Set<string>();
      for (const record of dataset[section]) {
        if (seen.has(record.code)) throw refuse(section, record.code, 'the code appears more than once in the document');
        seen.add(record.code);
      }
    }
    const progress = options.onProgress ?? (() => undefined);
    return this.db.transaction(async (manager) => {
      const summary: ImportSummary = { organizations: counts(), grids: counts(), people: counts(), posts: counts(), links: counts(), crossAppointments: { created: 0, updated: 0 } };
      if (options.scopeRootId != null) await checkImportScope(manager, dataset, options.scopeRootId);
      const { ids: organizationIds, kinds: organizationKinds } = await this.importOrganizations(manager, dataset, summary.organizations);
      progress(`organizations: ${describe(summary.organizations)}`);
      await this.importGrids(manager, dataset, organizationIds, organizationKinds, summary.grids);
      progress(`grids: ${describe(summary.grids)}`);
      const personIds = await this.importPeople(manager, dataset, summary.people);
      progress(`people: ${describe(summary.people)}`);
      const changedPeople = await this.importPosts(manager, dataset, organizationIds, personIds, summary.posts);
      progress(`posts: ${describe(summary.posts)}`);
      await this.importLinks(manager, dataset, organizationIds, summary.links);
      progress(`links: ${describe(summary.links)}`);
      if (changedPeople.size > 0) {
        summary.crossAppointments = await this.links.syncCrossAppointments(manager, changedPeople.size > 2000 ? 'all' : [...changedPeople]);
        progress(`cross-appointment links: ${summary.crossAppointments.created} created, ${summary.crossAppointments.updated} updated`);
      }
      // One entry for the whole import: what it changed, by kind of record.
      await recordChange(manager, { entityType: 'Dataset', after: flattenSummary(summary) });
      return summary;
    });
  }

  /**
   * Creates, moves and updates organizations, and sets their areas once every organization has an id (an
   * area may come anywhere in the document); returns the id of every organization the document names, by code.
   */
  private async importOrganizations(manager: EntityManager, dataset: Dataset, summary: ImportCounts): Promise<{ ids: Map<string, number>; kinds: Map<number, OrganizationKind> }> {
    const referenced = new Set<string>();
    for (const record of dataset.organizations) {
      referenced.add(record.code);
      if (record.parentCode) referenced.add(record.parentCode);
      if (record.locatedInCode) referenced.add(record.locatedInCode);
    }
    for (const grid of dataset.grids) {
      referenced.add(grid.communityCode);
      if (grid.branchCode) referenced.add(grid.branchCode);
    }
    for (const post of dataset.posts) referenced.add(post.organizationCode);
    for (const link of dataset.links) {
      referenced.add(link.sourceCode);
      referenced.add(link.targetCode);
    }
    const existing = await selectByCodes(manager, Organization, 'organizations', [...referenced]);
    const inFile = new Map(dataset.organizations.map((record) => [record.code, record]));
    const kindOf = (code: string) => inFile.get(code)?.kind ?? existing.get(code)?.kind;

    const toCreate: NewOrganization[] = [];
    const parentCodes = new Map<string, string | null>();
    for (const record of dataset.organizations) {
      if (record.archivedOn && record.archivedOn <= record.foundedOn) throw refuse('organizations', record.code, `archivedOn (${record.archivedOn}) must be after foundedOn (${record.foundedOn})`);
      if (record.parentCode === record.code) throw refuse('organizations', record.code, 'it cannot be its own parent');
      if (record.parentCode && !kindOf(record.parentCode)) throw refuse('organizations', record.code, `parentCode ${record.parentCode} is neither in the document nor in the database`);
      const parentKind = record.parentCode ? kindOf(record.parentCode)! : null;
      try {
        checkParentKind(record.kind, parentKind ? ({ kind: parentKind, code: record.parentCode, status: OrganizationStatus.ACTIVE } as Organization) : null, record.code);
      } catch (error) {
        throw refuse('organizations', record.code, (error as Error).message.replace(/\.$/, ''));
      }
      if (record.locatedInCode && !kindOf(record.locatedInCode)) throw refuse('organizations', record.code, `locatedInCode ${record.locatedInCode} is neither in the document nor in the database`);
      try {
        checkArea(record.kind, record.locatedInCode ? { code: record.locatedInCode, kind: kindOf(record.locatedInCode)! } : null, record.code);
      } catch (error) {
        throw refuse('organizations', record.code, (error as Error).message.replace(/\.$/, ''));
      }
      const current = existing.get(record.code);
      if (!current) {
        toCreate.push({
          ...record,
          parentId: record.parentCode ? existing.get(record.parentCode)?.databaseId ?? null : null,
          // An area that is new in the document has no id yet: it is set below, once it has one.
          locatedInId: record.locatedInCode ? existing.get(record.locatedInCode)?.databaseId ?? null : null,
        });
        if (record.parentCode && !existing.has(record.parentCode)) parentCodes.set(record.code, record.parentCode);
      } else if (current.kind !== record.kind) {
        throw refuse('organizations', record.code, `its kind cannot change from ${current.kind} to ${record.kind}; archive it and create a new organization`);
      }
    }
    const created = toCreate.length ? await this.organizations.insertMany(manager, toCreate, parentCodes) : [];
    summary.created = created.length;
    const ids = new Map<string, number>();
    // Kinds never change on import (that is refused above), so these stay true after the updates below.
    const kinds = new Map<number, OrganizationKind>();
    for (const organization of [...existing.values(), ...created]) {
      ids.set(organization.code, organization.databaseId);
      kinds.set(organization.databaseId, organization.kind);
    }
    // New organizations located in an area that is new too: one statement per area (and 500 codes).
    const codesByNewArea = new Map<number, string[]>();
    for (const record of dataset.organizations) {
      if (!record.locatedInCode || existing.has(record.code) || existing.has(record.locatedInCode)) continue;
      const areaId = ids.get(record.locatedInCode)!;
      const codes = codesByNewArea.get(areaId) ?? [];
      codes.push(record.code);
      codesByNewArea.set(areaId, codes);
    }
    for (const [areaId, codes] of codesByNewArea) {
      for (const part of chunk(codes, 500)) await queryRows(manager, 'UPDATE organizations SET located_in_id = :areaId WHERE code IN (:...codes)', { areaId, codes: part });
    }

    for (const record of dataset.organizations) {
      const current = existing.get(record.code);
      if (!current) continue;
      let changed = false;
      const parentId = record.parentCode ? ids.get(record.parentCode)! : null;
      if (parentId !== current.parentId) {
        const [fresh] = await queryEntities(manager, Organization, 'SELECT t.* FROM organizations t WHERE t.id = :id', { id: current.databaseId });
        const [parent] = parentId === null ? [null] : await queryEntities(manager, Organization, 'SELECT t.* FROM organizations t WHERE t.id = :id', { id: parentId });
        try {
          await this.organizations.moveWithin(manager, fresh, parent, today());
        } catch (error) {
          throw refuse('organizations', record.code, (error as Error).message.replace(/\.$/, ''));
        }
        changed = true;
      }
      const status = record.archivedOn ? OrganizationStatus.ARCHIVED : OrganizationStatus.ACTIVE;
      const locatedInId = record.locatedInCode ? ids.get(record.locatedInCode)! : null;
      if (current.name !== record.name || current.foundedOn !== record.foundedOn || current.archivedOn !== record.archivedOn || current.households !== record.households || current.address !== record.address || current.status !== status || current.locatedInId !== locatedInId) {
        await manager.update(Organization, { databaseId: current.databaseId }, { name: record.name, foundedOn: record.foundedOn, archivedOn: record.archivedOn, status, households: record.households, address: record.address, locatedInId, version: () => 'version + 1', updatedAt: nowTimestamp() });
        changed = true;
      }
      if (changed) summary.updated += 1;
      else summary.unchanged += 1;
    }
    return { ids, kinds };
  }

  private async importGrids(manager: EntityManager, dataset: Dataset, organizationIds: Map<string, number>, kinds: Map<number, OrganizationKind>, summary: ImportCounts): Promise<void> {
    if (dataset.grids.length === 0) return;
    const existing = await selectByCodes(manager, Grid, 'grids', dataset.grids.map((grid) => grid.code));
    const stamp = nowTimestamp();
    const toInsert: ObjectLiteral[] = [];
    for (const record of dataset.grids) {
      const communityId = organizationIds.get(record.communityCode);
      if (communityId === undefined) throw refuse('grids', record.code, `communityCode ${record.communityCode} is neither in the document nor in the database`);
      if (kinds.get(communityId) !== OrganizationKind.COMMUNITY_PARTY_COMMITTEE) throw refuse('grids', record.code, `communityCode ${record.communityCode} is a ${kinds.get(communityId)}, not a COMMUNITY_PARTY_COMMITTEE`);
      const branchId = record.branchCode ? organizationIds.get(record.branchCode) : null;
      if (branchId === undefined) throw refuse('grids', record.code, `branchCode ${record.branchCode} is neither in the document nor in the database`);
      if (branchId !== null && kinds.get(branchId) !== OrganizationKind.GRID_PARTY_BRANCH) throw refuse('grids', record.code, `branchCode ${record.branchCode} is a ${kinds.get(branchId)}, not a GRID_PARTY_BRANCH`);
      const values = { name: record.name, communityId, branchId, households: record.households, population: record.population, buildings: record.buildings, gridWorkers: record.gridWorkers, functionList: [...new Set(record.functions)].sort().join(',') };
      const current = existing.get(record.code);
      if (!current) {
        toInsert.push({ code: record.code, ...values, version: 1, createdAt: stamp, updatedAt: stamp });
        summary.created += 1;
      } else if (differs(current, values)) {
        await manager.update(Grid, { databaseId: current.databaseId }, { ...values, version: () => 'version + 1', updatedAt: stamp });
        summary.updated += 1;
      } else summary.unchanged += 1;
    }
    await insertChunked(manager, Grid, toInsert);
  }

  private async importPeople(manager: EntityManager, dataset: Dataset, summary: ImportCounts): Promise<Map<string, number>> {
    const codes = new Set([...dataset.people.map((person) => person.code), ...dataset.posts.map((post) => post.personCode)]);
    const existing = await selectByCodes(manager, Person, 'people', [...codes]);
    const stamp = nowTimestamp();
    const toInsert: ObjectLiteral[] = [];
    for (const record of dataset.people) {
      const values = { name: record.name, phone: record.phone, partyMember: record.partyMember };
      const current = existing.get(record.code);
      if (!current) {
        toInsert.push({ code: record.code, ...values, version: 1, createdAt: stamp, updatedAt: stamp });
        summary.created += 1;
      } else if (differs(current, values)) {
        await manager.update(Person, { databaseId: current.databaseId }, { ...values, version: () => 'version + 1', updatedAt: stamp });
        summary.updated += 1;
      } else summary.unchanged += 1;
    }
    await insertChunked(manager, Person, toInsert);
    const ids = new Map<string, number>();
    for (const [code, person] of existing) ids.set(code, person.databaseId);
    if (toInsert.length) for (const [code, person] of await selectByCodes(manager, Person, 'people', toInsert.map((row) => row.code))) ids.set(code, person.databaseId);
    return ids;
  }

  /** Returns the people whose posts changed, whose cross-appointments must be brought in step. */
  private async importPosts(manager: EntityManager, dataset: Dataset, organizationIds: Map<string, number>, personIds: Map<string, number>, summary: ImportCounts): Promise<Set<number>> {
    const changedPeople = new Set<number>();
    if (dataset.posts.length === 0) return changedPeople;
    const existing = await selectByCodes(manager, Post, 'posts', dataset.posts.map((post) => post.code));
    const stamp = nowTimestamp();
    const toInsert: ObjectLiteral[] = [];
    for (const record of dataset.posts) {
      const personId = personIds.get(record.personCode);
      if (personId === undefined) throw refuse('posts', record.code, `personCode ${record.personCode} is neither in the document nor in the database`);
      const organizationId = organizationIds.get(record.organizationCode);
      if (organizationId === undefined) throw refuse('posts', record.code, `organizationCode ${record.organizationCode} is neither in the document nor in the database`);
      if (record.endDate && record.endDate <= record.startDate) throw refuse('posts', record.code, `endDate (${record.endDate}) must be after startDate (${record.startDate})`);
      const values = { role: record.role, title: record.title, startDate: record.startDate, endDate: record.endDate };
      const current = existing.get(record.code);
      if (!current) {
        toInsert.push({ code: record.code, personId, organizationId, ...values, version: 1, createdAt: stamp, updatedAt: stamp });
        changedPeople.add(personId);
        summary.created += 1;
      } else if (current.personId !== personId || current.organizationId !== organizationId) {
        throw refuse('posts', record.code, 'a post cannot move to another person or organization; end it and start a new one');
      } else if (differs(current, values)) {
        await manager.update(Post, { databaseId: current.databaseId }, { ...values, version: () => 'version + 1', updatedAt: stamp });
        changedPeople.add(personId);
        summary.updated += 1;
      } else summary.unchanged += 1;
    }
    await insertChunked(manager, Post, toInsert);
    return changedPeople;
  }

  private async importLinks(manager: EntityManager, dataset: Dataset, organizationIds: Map<string, number>, summary: ImportCounts): Promise<void> {
    if (dataset.links.length === 0) return;
    const existing = await selectByCodes(manager, Link, 'links', dataset.links.map((link) => link.code));
    const stamp = nowTimestamp();
    const toInsert: NewLink[] = [];
    for (const record of dataset.links) {
      const sourceId = organizationIds.get(record.sourceCode);
      if (sourceId === undefined) throw refuse('links', record.code, `sourceCode ${record.sourceCode} is neither in the document nor in the database`);
      const targetId = organizationIds.get(record.targetCode);
      if (targetId === undefined) throw refuse('links', record.code, `targetCode ${record.targetCode} is neither in the document nor in the database`);
      if (sourceId === targetId) throw refuse('links', record.code, 'source and target are the same organization');
      if (record.until && record.until <= record.since) throw refuse('links', record.code, `until (${record.until}) must be after since (${record.since})`);
      const values = { kind: record.kind, sourceId, targetId, since: record.since, until: record.until, status: record.status ?? (record.until ? LinkStatus.ENDED : LinkStatus.ACTIVE), weight: record.weight, description: record.description };
      const current = existing.get(record.code);
      if (!current) {
        toInsert.push({ code: record.code, ...values });
        summary.created += 1;
      } else if (current.derived) {
        throw refuse('links', record.code, 'the code belongs to a derived CROSS_APPOINTMENT link');
      } else if (differs(current, values)) {
        await manager.update(Link, { databaseId: current.databaseId }, { ...values, version: () => 'version + 1', updatedAt: stamp });
        summary.updated += 1;
      } else summary.unchanged += 1;
    }
    await this.links.insertMany(manager, toInsert);
  }
}

function flattenSummary(summary: ImportSummary): Record<string, number> {
  const flat: Record<string, number> = {};
  for (const [section, counts] of Object.entries(summary)) for (const [what, count] of Object.entries(counts)) flat[`${section}.${what}`] = count as number;
  return flat;
}

function describe(counts: ImportCounts): string {
  return `${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`;
}

function differs(current: ObjectLiteral, values: ObjectLiteral): boolean {
  return Object.entries(values).some(([key, value]) => (current[key] ?? null) !== (value ?? null));
}

async function selectByCodes<T extends ObjectLiteral & { code: string }>(manager: EntityManager, entity: new () => T, table: string, codes: string[]): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  for (const part of chunk(codes, 500)) {
    for (const row of await queryEntities(manager, entity, `SELECT t.* FROM ${table} t WHERE t.code IN (:...codes)`, { codes: part })) found.set(row.code, row);
  }
  return found;
}

async function insertChunked(manager: EntityManager, entity: new () => ObjectLiteral, rows: ObjectLiteral[]): Promise<void> {
  for (const part of chunk(rows, 200)) await manager.createQueryBuilder().insert().into(entity).values(part).updateEntity(false).execute();
}

/**
 * Imports a dataset with a fresh set of services: the entry point of the CLI, the seed script and the
 * sample district. `actor` names who does it in the audit log.
 */
export function importDataset(db: Database, input: unknown, options: ImportOptions & { actor?: Actor } = {}): Promise<ImportSummary> {
  const organizations = new OrganizationService(db);
  const importer = new Importer(db, organizations, new LinkService(db));
  return runAs(options.actor ?? { principal: 'system', operation: 'importDataset' }, () => importer.import(input, options));
}
