import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database.js';
import { recordChange } from '../audit/audit.js';
import { entitiesByCode } from '../../db/rows.js';
import { BadUserInputError } from '../../errors/index.js';
import { Grid } from '../grids/grid.entity.js';
import { GridService, type GridChange, type NewGrid } from '../grids/grid.service.js';
import { Link } from '../links/link.entity.js';
import { LinkService, type LinkChange, type NewLink } from '../links/link.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { OrganizationService, type NewOrganization, type OrganizationChange } from '../organizations/organization.service.js';
import { PeopleService, type NewPerson, type NewPost, type PersonChange, type PostChange } from '../people/people.service.js';
import { Person } from '../people/person.entity.js';
import { Post } from '../people/post.entity.js';
import { datasetSchema, type Dataset, type DatasetOrganization } from './dataset.js';
import { importServiceCases, importServiceCategories } from '../cases/case.import.js';
import type { CaseService } from '../cases/case.service.js';
import { checkImportScope } from './import-scope.js';
import { importResources, importResourceUses } from '../resources/resource.import.js';
import { importSocial } from '../social/social.import.js';
import { importWorkforce } from '../workforce/workforce.import.js';
import { noImportCounts, refuseRecord, type ImportCounts } from './sections.js';

export type { ImportCounts } from './sections.js';


export interface ImportSummary {
  organizations: ImportCounts;
  grids: ImportCounts;
  people: ImportCounts;
  posts: ImportCounts;
  links: ImportCounts;
  serviceCategories: ImportCounts;
  serviceCases: ImportCounts;
  whistles: ImportCounts;
  resources: ImportCounts;
  resourceUses: ImportCounts;
  needs: ImportCounts;
  activities: ImportCounts;
  participations: ImportCounts;
  memberReports: ImportCounts;
  workerProfiles: ImportCounts;
  trainingCourses: ImportCounts;
  trainingAttendances: ImportCounts;
  /** Derived CROSS_APPOINTMENT links created or changed because posts changed. */
  crossAppointments: { created: number; updated: number };
}

export interface ImportOptions {
  /** The caller's jurisdiction: when set, every record must stay inside this subtree. */
  scopeRootId?: number | null;
  onProgress?: (message: string) => void;
  /**
   * The document is already in the form the validation gives (dataset.ts's output, every section present) and is
   * not parsed again: for records a generator built under the same rules (the seed, whose test holds them equal to
   * their parse), never for a document from outside.
   */
  validated?: boolean;
}

const SECTIONS = ['organizations', 'grids', 'people', 'posts', 'links', 'serviceCategories', 'serviceCases', 'whistles', 'resources', 'resourceUses', 'needs', 'activities', 'participations', 'memberReports', 'workerProfiles', 'trainingCourses', 'trainingAttendances'] as const;


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


/**
 * Imports a dataset in one transaction: every record is created, updated or left alone by its code,
 * so importing the same document twice changes nothing the second time. Any bad record refuses the
 * whole import with a message naming the record's code and the problem.
 *
 * The importer only orchestrates: it checks the document's form (dataset.ts, whose field schemas are
 * the nouns' rules), resolves codes to ids, counts, and hands every write to the services' set-based
 * methods, which apply the rules, versions and timestamps (a few hundred rows per statement, so a
 * whole district loads in seconds). A rule's refusal of a record comes back naming it and is reworded
 * as the import's refusal (inSection). It records one audit entry for the whole import.
 */
export class Importer {
  constructor(
    private readonly db: Database,
    private readonly organizations: OrganizationService,
    private readonly grids: GridService,
    private readonly people: PeopleService,
    private readonly links: LinkService,
    private readonly cases: CaseService,
  ) {}

  async import(input: unknown, options: ImportOptions = {}): Promise<ImportSummary> {
    let dataset: Dataset;
    if (options.validated) dataset = input as Dataset;
    else {
      const parsed = datasetSchema.safeParse(input);
      if (!parsed.success) throw describeValidationFailure(input, parsed.error.issues[0]);
      dataset = parsed.data;
    }
    for (const section of SECTIONS) {
      const seen = new Set<string>();
      for (const record of dataset[section]) {
        if (seen.has(record.code)) throw refuseRecord(section, record.code, 'the code appears more than once in the document');
        seen.add(record.code);
      }
    }
    const progress = options.onProgress ?? (() => undefined);
    return this.db.transaction(async (manager) => {
      const summary: ImportSummary = { organizations: noImportCounts(), grids: noImportCounts(), people: noImportCounts(), posts: noImportCounts(), links: noImportCounts(), serviceCategories: noImportCounts(), serviceCases: noImportCounts(), whistles: noImportCounts(), resources: noImportCounts(), resourceUses: noImportCounts(), needs: noImportCounts(), activities: noImportCounts(), participations: noImportCounts(), memberReports: noImportCounts(), workerProfiles: noImportCounts(), trainingCourses: noImportCounts(), trainingAttendances: noImportCounts(), crossAppointments: { created: 0, updated: 0 } };
      if (options.scopeRootId != null) await checkImportScope(manager, dataset, options.scopeRootId);
      const organizationIds = await this.importOrganizations(manager, dataset, summary.organizations);
      progress(`organizations: ${describe(summary.organizations)}`);
      await this.importGrids(manager, dataset, organizationIds, summary.grids);
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
      summary.serviceCategories = await importServiceCategories(manager, dataset.serviceCategories);
      progress(`service categories: ${describe(summary.serviceCategories)}`);
      const cases = await importServiceCases(manager, this.cases, dataset.serviceCases, dataset.whistles, progress);
      summary.serviceCases = cases.serviceCases;
      summary.whistles = cases.whistles;
      progress(`service cases: ${describe(summary.serviceCases)}`);
      summary.resources = await importResources(manager, dataset.resources);
      if (dataset.resources.length) progress(`resources: ${describe(summary.resources)}`);
      summary.resourceUses = await importResourceUses(manager, dataset.resourceUses, progress);
      if (dataset.resourceUses.length) progress(`resource uses: ${describe(summary.resourceUses)}`);
      Object.assign(summary, await importSocial(manager, dataset, progress));
      Object.assign(summary, await importWorkforce(manager, dataset, options.scopeRootId ?? null, progress));
      // One entry for the whole import: what it changed, by kind of record.
      await recordChange(manager, { entityType: 'Dataset', after: flattenSummary(summary) });
      return summary;
    });
  }

  /**
   * Resolves the organizations' codes and hands the records to the service: new ones to insertMany (a
   * parent or an area new in the document named by code), existing ones to updateMany. Returns the id of
   * every organization the document names, by code.
   */
  private async importOrganizations(manager: EntityManager, dataset: Dataset, summary: ImportCounts): Promise<Map<string, number>> {
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
    const existing = await entitiesByCode(manager, Organization, 'organizations', [...referenced]);
    const inFile = new Set(dataset.organizations.map((record) => record.code));
    const known = (code: string) => inFile.has(code) || existing.has(code);
    const toCreate: NewOrganization[] = [];
    const toUpdate: DatasetOrganization[] = [];
    for (const record of dataset.organizations) {
      if (record.parentCode && !known(record.parentCode)) throw refuseRecord('organizations', record.code, `parentCode ${record.parentCode} is neither in the document nor in the database`);
      if (record.locatedInCode && !known(record.locatedInCode)) throw refuseRecord('organizations', record.code, `locatedInCode ${record.locatedInCode} is neither in the document nor in the database`);
      if (existing.has(record.code)) {
        toUpdate.push(record);
        continue;
      }
      const parent = record.parentCode ? existing.get(record.parentCode) : undefined;
      const area = record.locatedInCode ? existing.get(record.locatedInCode) : undefined;
      toCreate.push({
        ...record,
        parentId: parent?.databaseId ?? null,
        parentCode: record.parentCode && !parent ? record.parentCode : null,
        locatedInId: area?.databaseId ?? null,
        locatedInCode: record.locatedInCode && !area ? record.locatedInCode : null,
      });
    }
    const created = toCreate.length ? await inSection('organizations', () => this.organizations.insertMany(manager, toCreate)) : [];
    summary.created = created.length;
    const ids = new Map<string, number>();
    for (const organization of [...existing.values(), ...created]) ids.set(organization.code, organization.databaseId);
    const changes: OrganizationChange[] = toUpdate.map((record) => ({
      ...record,
      current: existing.get(record.code)!,
      parentId: record.parentCode ? ids.get(record.parentCode)! : null,
      locatedInId: record.locatedInCode ? ids.get(record.locatedInCode)! : null,
    }));
    const changed = await inSection('organizations', () => this.organizations.updateMany(manager, changes));
    summary.updated = changed.length;
    summary.unchanged = changes.length - changed.length;
    return ids;
  }

  private async importGrids(manager: EntityManager, dataset: Dataset, organizationIds: Map<string, number>, summary: ImportCounts): Promise<void> {
    if (dataset.grids.length === 0) return;
    const existing = await entitiesByCode(manager, Grid, 'grids', dataset.grids.map((grid) => grid.code));
    const toInsert: NewGrid[] = [];
    const changes: GridChange[] = [];
    for (const record of dataset.grids) {
      const communityId = organizationIds.get(record.communityCode);
      if (communityId === undefined) throw refuseRecord('grids', record.code, `communityCode ${record.communityCode} is neither in the document nor in the database`);
      const branchId = record.branchCode ? organizationIds.get(record.branchCode) : null;
      if (branchId === undefined) throw refuseRecord('grids', record.code, `branchCode ${record.branchCode} is neither in the document nor in the database`);
      const values = { ...record, communityId, branchId };
      const current = existing.get(record.code);
      if (current) changes.push({ ...values, current });
      else toInsert.push(values);
    }
    await inSection('grids', () => this.grids.insertMany(manager, toInsert));
    const changed = await inSection('grids', () => this.grids.updateMany(manager, changes));
    count(summary, toInsert.length, changed.length, changes.length);
  }

  private async importPeople(manager: EntityManager, dataset: Dataset, summary: ImportCounts): Promise<Map<string, number>> {
    const codes = new Set([...dataset.people.map((person) => person.code), ...dataset.posts.map((post) => post.personCode)]);
    const existing = await entitiesByCode(manager, Person, 'people', [...codes]);
    const toInsert: NewPerson[] = [];
    const changes: PersonChange[] = [];
    for (const record of dataset.people) {
      const current = existing.get(record.code);
      if (current) changes.push({ ...record, current });
      else toInsert.push(record);
    }
    const created = await inSection('people', () => this.people.insertPeople(manager, toInsert));
    const changed = await inSection('people', () => this.people.updatePeople(manager, changes));
    count(summary, created.length, changed.length, changes.length);
    const ids = new Map<string, number>();
    for (const person of [...existing.values(), ...created]) ids.set(person.code, person.databaseId);
    return ids;
  }

  /** Returns the people whose posts changed, whose cross-appointments must be brought in step. */
  private async importPosts(manager: EntityManager, dataset: Dataset, organizationIds: Map<string, number>, personIds: Map<string, number>, summary: ImportCounts): Promise<Set<number>> {
    const changedPeople = new Set<number>();
    if (dataset.posts.length === 0) return changedPeople;
    const existing = await entitiesByCode(manager, Post, 'posts', dataset.posts.map((post) => post.code));
    const toInsert: NewPost[] = [];
    const changes: PostChange[] = [];
    for (const record of dataset.posts) {
      const personId = personIds.get(record.personCode);
      if (personId === undefined) throw refuseRecord('posts', record.code, `personCode ${record.personCode} is neither in the document nor in the database`);
      const organizationId = organizationIds.get(record.organizationCode);
      if (organizationId === undefined) throw refuseRecord('posts', record.code, `organizationCode ${record.organizationCode} is neither in the document nor in the database`);
      const values = { ...record, personId, organizationId };
      const current = existing.get(record.code);
      if (current) changes.push({ ...values, current });
      else toInsert.push(values);
    }
    await inSection('posts', () => this.people.insertPosts(manager, toInsert));
    const changed = await inSection('posts', () => this.people.updatePosts(manager, changes));
    for (const post of toInsert) changedPeople.add(post.personId);
    for (const post of changed) changedPeople.add(post.personId);
    count(summary, toInsert.length, changed.length, changes.length);
    return changedPeople;
  }

  private async importLinks(manager: EntityManager, dataset: Dataset, organizationIds: Map<string, number>, summary: ImportCounts): Promise<void> {
    if (dataset.links.length === 0) return;
    const existing = await entitiesByCode(manager, Link, 'links', dataset.links.map((link) => link.code));
    const toInsert: NewLink[] = [];
    const changes: LinkChange[] = [];
    for (const record of dataset.links) {
      const sourceId = organizationIds.get(record.sourceCode);
      if (sourceId === undefined) throw refuseRecord('links', record.code, `sourceCode ${record.sourceCode} is neither in the document nor in the database`);
      const targetId = organizationIds.get(record.targetCode);
      if (targetId === undefined) throw refuseRecord('links', record.code, `targetCode ${record.targetCode} is neither in the document nor in the database`);
      const values = { ...record, sourceId, targetId, status: record.status ?? null };
      const current = existing.get(record.code);
      if (current) changes.push({ ...values, current });
      else toInsert.push(values);
    }
    await inSection('links', () => this.links.insertMany(manager, toInsert));
    const changed = await inSection('links', () => this.links.updateMany(manager, changes));
    count(summary, toInsert.length, changed.length, changes.length);
  }
}

/** Counts of a section: records created, existing ones changed, and the rest unchanged. */
function count(summary: ImportCounts, created: number, changed: number, existing: number): void {
  summary.created = created;
  summary.updated = changed;
  summary.unchanged = existing - changed;
}

/**
 * Runs a service's write for one section; a rule's refusal of one record (a BAD_USER_INPUT naming it in
 * `record`) refuses the whole import as "<section> record <code>: <the rule's message>".
 */
async function inSection<T>(section: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const record = error instanceof BadUserInputError ? error.extensions.record : undefined;
    if (typeof record === 'string') throw refuseRecord(section, record, (error as Error).message.replace(/\.$/, ''));
    throw error;
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

