import { BadUserInputError } from '../../errors/index.js';
import { businessCodeSchema, countSchema, nameSchema } from '../../lib/parse-input.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';

/*
 * The rules of a grid, pure: field schemas of the import document, and the checks GridService applies
 * to every grid it writes. The kinds of the organizations a grid names come in as arguments. A refusal
 * names the grid's code in `record`.
 */

export const gridCodeSchema = businessCodeSchema(64);
export const gridNameSchema = nameSchema(200);
export const gridCountSchema = countSchema;

/** A grid belongs to a community: its community Party committee. */
export function checkGridCommunity(community: { code: string; kind: OrganizationKind }, code: string, field = 'communityCode'): void {
  if (community.kind !== OrganizationKind.COMMUNITY_PARTY_COMMITTEE) {
    throw new BadUserInputError(`${field} ${community.code} is a ${community.kind}, not a ${OrganizationKind.COMMUNITY_PARTY_COMMITTEE}.`, { field, record: code });
  }
}

/** A grid is served by a grid Party branch, when it has one. */
export function checkGridBranch(branch: { code: string; kind: OrganizationKind } | null, code: string, field = 'branchCode'): void {
  if (branch && branch.kind !== OrganizationKind.GRID_PARTY_BRANCH) {
    throw new BadUserInputError(`${field} ${branch.code} is a ${branch.kind}, not a ${OrganizationKind.GRID_PARTY_BRANCH}.`, { field, record: code });
  }
}
