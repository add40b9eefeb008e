import type { DatasetInput } from '../../src/modules/import/dataset.js';
import { CHAIN_KINDS } from '../../src/modules/organizations/organization.kinds.js';
import { isoOf } from '../random.js';
import type { OrganizationRow } from './model.js';
import type { DistrictState } from './state.js';

/** Phase 5, the import document: the rows of the state, referring to each other by code. */

export function outputDataset(state: DistrictState): DatasetInput {
  const organizations: OrganizationRow[] = state.organizations.map((org) => ({
    code: org.code,
    name: org.name,
    kind: org.kind,
    parentCode: org.parent?.code ?? null,
    // Outside the chain: the community's committee where it has one, else its subdistrict's or the district's.
    locatedInCode: CHAIN_KINDS.includes(org.kind) ? null : (org.community?.committee.code ?? org.area?.code ?? null),
    foundedOn: isoOf(org.founded),
    archivedOn: org.archived === null ? null : isoOf(org.archived),
    households: org.households,
    address: org.address,
    ...(org.seats === undefined ? {} : { seats: org.seats }),
  }));
  for (const community of state.communities) {
    for (const grid of community.grids) {
      state.gridRows.push({
        code: grid.code,
        name: grid.name,
        communityCode: community.committee.code,
        branchCode: grid.branch.code,
        households: grid.households,
        population: grid.population,
        buildings: grid.buildings,
        gridWorkers: grid.gridWorkers,
        functions: grid.functions,
      });
    }
  }
  return {
    organizations,
    grids: state.gridRows,
    people: state.people.map((person) => ({ code: person.code, name: person.name, phone: person.phone, partyMember: person.partyMember })),
    posts: state.posts,
    links: state.links,
  };
}
