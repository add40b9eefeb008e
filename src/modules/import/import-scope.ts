import type { EntityManager } from 'typeorm';
import { queryRows } from '../../db/rows.js';
import { BadUserInputError } from '../../errors/index.js';
import { chunk } from '../../lib/group-by.js';
import type { Dataset } from './dataset.js';

function outside(section: string, code: string, what: string): BadUserInputError {
  return new BadUserInputError(`Import refused, nothing was changed: ${section} record ${code}: ${what} lies outside your scope.`, { record: code, field: section });
}

/**
 * For a credential limited to a subtree: every record must stay inside it. Organizations must be (and
 * remain) in the subtree, so new ones need a parent inside it and nothing moves out, and their areas
 * must be inside too; grids, posts and service cases must belong to organizations inside; links need at least one end
 * inside; existing people may only be changed when they hold a post inside. Checked before anything is
 * written; the first breach refuses the whole import, naming the record.
 */
export async function checkImportScope(manager: EntityManager, dataset: Dataset, rootId: number): Promise<void> {
  const referenced = new Set<string>();
  for (const record of dataset.organizations) {
    referenced.add(record.code);
    if (record.parentCode) referenced.add(record.parentCode);
    if (record.locatedInCode) referenced.add(record.locatedInCode);
  }
  for (const grid of dataset.grids) referenced.add(grid.communityCode);
  for (const post of dataset.posts) referenced.add(post.organizationCode);
  for (const link of dataset.links) {
    referenced.add(link.sourceCode);
    referenced.add(link.targetCode);
  }
  // A case's community: its own code, or its grid's (grids by code, from the document or the database).
  const gridCommunities = new Map(dataset.grids.map((grid) => [grid.code, grid.communityCode]));
  for (const part of chunk(dataset.serviceCases.flatMap((record) => (record.gridCode && !gridCommunities.has(record.gridCode) ? [record.gridCode] : [])), 500)) {
    for (const row of await queryRows(manager, 'SELECT g.code, o.code AS community_code FROM grids g JOIN organizations o ON o.id = g.community_id WHERE g.code IN (:...codes)', { codes: part })) gridCommunities.set(String(row.code), String(row.community_code));
  }
  const caseCommunity = (record: Dataset['serviceCases'][number]) => record.communityCode ?? (record.gridCode ? (gridCommunities.get(record.gridCode) ?? null) : null);
  for (const record of dataset.serviceCases) {
    const community = caseCommunity(record);
    if (community) referenced.add(community);
  }
  for (const whistle of dataset.whistles) referenced.add(whistle.callerCode);
  // Resources, needs and activities by their place (a grid gives its community) and owner or organiser;
  // uses and participations by the resource or activity they belong to (in the document or the database).
  for (const part of chunk([...dataset.resources, ...dataset.needs, ...dataset.activities].flatMap((record) => (record.gridCode && !gridCommunities.has(record.gridCode) ? [record.gridCode] : [])), 500)) {
    for (const row of await queryRows(manager, 'SELECT g.code, o.code AS community_code FROM grids g JOIN organizations o ON o.id = g.community_id WHERE g.code IN (:...codes)', { codes: part })) gridCommunities.set(String(row.code), String(row.community_code));
  }
  const placeOf = (record: { communityCode: string | null; gridCode: string | null }) => record.communityCode ?? (record.gridCode ? (gridCommunities.get(record.gridCode) ?? null) : null);
  const resourceOwners = new Map(dataset.resources.map((record) => [record.code, record.ownerCode]));
  for (const part of chunk([...new Set(dataset.resourceUses.map((use) => use.resourceCode))].filter((code) => !resourceOwners.has(code)), 500)) {
    for (const row of await queryRows(manager, 'SELECT r.code, o.code AS owner_code FROM resources r JOIN organizations o ON o.id = r.owner_id WHERE r.code IN (:...codes)', { codes: part })) resourceOwners.set(String(row.code), String(row.owner_code));
  }
  const activityPlaces = new Map(dataset.activities.map((record) => [record.code, placeOf(record)]));
  for (const part of chunk([...new Set(dataset.participations.map((record) => record.activityCode))].filter((code) => !activityPlaces.has(code)), 500)) {
    for (const row of await queryRows(manager, 'SELECT a.code, o.code AS community_code FROM activities a JOIN organizations o ON o.id = a.community_id WHERE a.code IN (:...codes)', { codes: part })) activityPlaces.set(String(row.code), String(row.community_code));
  }
  const socialCodes = [
    ...dataset.resources.flatMap((record) => [record.ownerCode, placeOf(record)]),
    ...dataset.resourceUses.flatMap((record) => [record.userCode, resourceOwners.get(record.resourceCode) ?? null]),
    ...dataset.needs.map(placeOf),
    ...dataset.activities.flatMap((record) => [record.organiserCode, placeOf(record)]),
    ...dataset.participations.map((record) => activityPlaces.get(record.activityCode) ?? null),
    ...dataset.memberReports.map((record) => record.communityCode),
  ];
  for (const code of socialCodes) if (code) referenced.add(code);
  const existing = new Map<string, { id: number; parentId: number | null; inScope: boolean }>();
  for (const part of chunk([...referenced], 500)) {
    const rows = await queryRows(
      manager,
      `SELECT o.code, o.id, o.parent_id, c.descendant_id AS inside FROM organizations o
       LEFT JOIN organization_closure c ON c.descendant_id = o.id AND c.ancestor_id = :root
       WHERE o.code IN (:...codes)`,
      { root: rootId, codes: part },
    );
    for (const row of rows) existing.set(String(row.code), { id: Number(row.id), parentId: row.parent_id == null ? null : Number(row.parent_id), inScope: row.inside != null });
  }
  const records = new Map(dataset.organizations.map((record) => [record.code, record]));
  const memo = new Map<string, boolean>();
  // Whether the organization with this code is inside the scope once the import is done.
  const inScope = (code: string, seen: Set<string> = new Set()): boolean => {
    const known = memo.get(code);
    if (known !== undefined) return known;
    if (seen.has(code)) return false;
    seen.add(code);
    const record = records.get(code);
    const current = existing.get(code);
    let answer: boolean;
    if (!record) answer = current?.inScope ?? false;
    else if (current) {
      // A parent that is new in the document has no id yet, so it is never the current one.
      const parentIdAfter = record.parentCode === null ? null : (existing.get(record.parentCode)?.id ?? -1);
      const parentUnchanged = parentIdAfter === current.parentId;
      answer = current.inScope && (parentUnchanged || (record.parentCode !== null && inScope(record.parentCode, seen)));
    } else answer = record.parentCode !== null && inScope(record.parentCode, seen);
    memo.set(code, answer);
    return answer;
  };
  for (const record of dataset.organizations) {
    if (!inScope(record.code)) throw outside('organizations', record.code, 'the organization (or the parent it would sit under)');
    if (record.locatedInCode && !inScope(record.locatedInCode)) throw outside('organizations', record.code, `its area ${record.locatedInCode}`);
  }
  for (const grid of dataset.grids) if (!inScope(grid.communityCode)) throw outside('grids', grid.code, `its community ${grid.communityCode}`);
  for (const post of dataset.posts) if (!inScope(post.organizationCode)) throw outside('posts', post.code, `its organization ${post.organizationCode}`);
  for (const link of dataset.links) if (!inScope(link.sourceCode) && !inScope(link.targetCode)) throw outside('links', link.code, 'each of its ends');
  for (const record of dataset.serviceCases) {
    const community = caseCommunity(record);
    if (community && !inScope(community)) throw outside('serviceCases', record.code, `its community ${community}`);
  }
  // A whistle is blown in its caller's area: the caller must be inside (its cases then are, or the case rules refuse them).
  for (const whistle of dataset.whistles) if (!inScope(whistle.callerCode)) throw outside('whistles', whistle.code, `its caller ${whistle.callerCode}`);
  for (const record of dataset.resources) {
    if (!inScope(record.ownerCode)) throw outside('resources', record.code, `its owner ${record.ownerCode}`);
    const place = placeOf(record);
    if (place && !inScope(place)) throw outside('resources', record.code, `its community ${place}`);
  }
  for (const record of dataset.resourceUses) {
    const owner = resourceOwners.get(record.resourceCode);
    if (!inScope(record.userCode) && !(owner && inScope(owner))) throw outside('resourceUses', record.code, 'both its user and the owner of its resource');
  }
  for (const record of dataset.needs) {
    const place = placeOf(record);
    if (place && !inScope(place)) throw outside('needs', record.code, `its community ${place}`);
  }
  for (const record of dataset.activities) {
    const place = placeOf(record);
    if (!inScope(record.organiserCode)) throw outside('activities', record.code, `its organiser ${record.organiserCode}`);
    if (place && !inScope(place)) throw outside('activities', record.code, `its community ${place}`);
  }
  for (const record of dataset.participations) {
    const place = activityPlaces.get(record.activityCode);
    if (place && !inScope(place)) throw outside('participations', record.code, `the community ${place} of its activity`);
  }
  for (const record of dataset.memberReports) if (!inScope(record.communityCode)) throw outside('memberReports', record.code, `its community ${record.communityCode}`);
  const visiblePeople = new Set<string>();
  const existingPeople = new Set<string>();
  for (const part of chunk(dataset.people.map((person) => person.code), 500)) {
    for (const row of await queryRows(manager, 'SELECT code FROM people WHERE code IN (:...codes)', { codes: part })) existingPeople.add(String(row.code));
    const rows = await queryRows(
      manager,
      `SELECT DISTINCT pe.code FROM people pe JOIN posts p ON p.person_id = pe.id
       JOIN organization_closure c ON c.descendant_id = p.organization_id AND c.ancestor_id = :root
       WHERE pe.code IN (:...codes)`,
      { root: rootId, codes: part },
    );
    for (const row of rows) visiblePeople.add(String(row.code));
  }
  for (const person of dataset.people) {
    if (existingPeople.has(person.code) && !visiblePeople.has(person.code)) throw outside('people', person.code, 'the person');
  }
}
