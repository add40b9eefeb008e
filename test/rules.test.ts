import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetInput } from '../src/modules/import/dataset.js';
import { SMALL_DISTRICT } from './fixtures/small-district.js';
import { DIALECTS } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * Issue 8, point 2: every rule is written once, in its noun's rules file, and the mutations and the
 * importer both apply it. So a bad value gets the same rule message from either way in: after the
 * argument's name from a mutation, after the record (and field) from an import, and nothing is changed.
 */

/** The small district with an archived charity, for the rules about archived organizations. */
const DISTRICT: DatasetInput = {
  ...SMALL_DISTRICT,
  organizations: [...SMALL_DISTRICT.organizations!, { code: 'AC', name: 'Closed Charity', kind: 'CHARITY', foundedOn: '2000-01-01', archivedOn: '2020-01-01' }],
};

const CREATE_ORGANIZATION = 'mutation Create($input: CreateOrganizationInput!) { createOrganization(input: $input) { code } }';
const UPDATE_ORGANIZATION = 'mutation Update($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { code } }';
const CREATE_PERSON = 'mutation Person($input: CreatePersonInput!) { createPerson(input: $input) { code } }';
const APPOINT = 'mutation Appoint($input: AppointPersonInput!) { appointPerson(input: $input) { code } }';
const CREATE_LINK = 'mutation Link($input: CreateLinkInput!) { createLink(input: $input) { code } }';
const IMPORT = 'mutation Import($dataset: JSONObject!) { importDataset(dataset: $dataset) { organizations { created } } }';

/** What a refused request might have changed. */
const SNAPSHOT = `{
  organizations(first: 100) { totalCount nodes { code version name address households } }
  people(first: 100) { totalCount nodes { code version } }
  links(first: 100) { totalCount nodes { code version } }
  auditLog(first: 0) { totalCount }
}`;

type Ids = Record<string, string>;

interface RuleCase {
  /** The mutation that breaks the rule. */
  mutation: (ids: Ids) => { query: string; variables: Record<string, unknown> };
  /** The argument a field schema names in the mutation's refusal; none for a check across fields or records. */
  argument?: string;
  /** The record the import adds to the district, breaking the same rule. */
  record: (dataset: DatasetInput) => void;
  /** Where the import's refusal says the bad value is. */
  where: string;
  /** The rule's own words, the same both ways. */
  rule: string;
}

const CASES: Record<string, RuleCase> = {
  'a malformed code': {
    mutation: () => ({ query: CREATE_ORGANIZATION, variables: { input: { code: 'bad code!', name: 'X', kind: 'CHARITY' } } }),
    argument: 'input.code',
    record: (d) => d.organizations!.push({ code: 'bad code!', name: 'X', kind: 'CHARITY', foundedOn: '2020-01-01' }),
    where: 'organizations[16] (code bad code!), field code',
    rule: 'may contain only letters, digits and . _ : - (and start with a letter or digit)',
  },
  'an organization name of 201 characters': {
    mutation: () => ({ query: CREATE_ORGANIZATION, variables: { input: { code: 'N1', name: 'n'.repeat(201), kind: 'CHARITY' } } }),
    argument: 'input.name',
    record: (d) => d.organizations!.push({ code: 'N1', name: 'n'.repeat(201), kind: 'CHARITY', foundedOn: '2020-01-01' }),
    where: 'organizations[16] (code N1), field name',
    rule: 'must be at most 200 characters',
  },
  'an address of 301 characters': {
    mutation: (ids) => ({ query: UPDATE_ORGANIZATION, variables: { input: { id: ids.U1, address: 'a'.repeat(301) } } }),
    argument: 'input.address',
    record: (d) => (d.organizations!.find((o) => o.code === 'U1')!.address = 'a'.repeat(301)),
    where: 'organizations[14] (code U1), field address',
    rule: 'must be at most 300 characters',
  },
  'negative households': {
    mutation: () => ({ query: CREATE_ORGANIZATION, variables: { input: { code: 'N2', name: 'X', kind: 'CHARITY', households: -1 } } }),
    argument: 'input.households',
    record: (d) => d.organizations!.push({ code: 'N2', name: 'X', kind: 'CHARITY', foundedOn: '2020-01-01', households: -1 }),
    where: 'organizations[16] (code N2), field households',
    rule: 'must not be negative',
  },
  'a kind under a parent it may not sit under': {
    mutation: (ids) => ({ query: CREATE_ORGANIZATION, variables: { input: { code: 'N3', name: 'Cell', kind: 'BUILDING_PARTY_CELL', parentId: ids.E1, foundedOn: '2020-01-01' } } }),
    record: (d) => d.organizations!.push({ code: 'N3', name: 'Cell', kind: 'BUILDING_PARTY_CELL', parentCode: 'E1', foundedOn: '2020-01-01' }),
    where: 'organizations record N3',
    rule: 'A BUILDING_PARTY_CELL cannot sit under E1 (a ENTERPRISE); it may sit under: GRID_PARTY_BRANCH.',
  },
  'a parent that is archived': {
    mutation: (ids) => ({ query: CREATE_ORGANIZATION, variables: { input: { code: 'N4', name: 'Branch', kind: 'CHARITY', parentId: ids.AC, foundedOn: '2020-01-01' } } }),
    record: (d) => d.organizations!.push({ code: 'N4', name: 'Branch', kind: 'CHARITY', parentCode: 'AC', foundedOn: '2020-01-01' }),
    where: 'organizations record N4',
    rule: 'Organization N4 cannot sit under AC: AC is archived.',
  },
  'a founding date after the archive date': {
    mutation: (ids) => ({ query: UPDATE_ORGANIZATION, variables: { input: { id: ids.AC, foundedOn: '2021-01-01' } } }),
    record: (d) => (d.organizations!.find((o) => o.code === 'AC')!.foundedOn = '2021-01-01'),
    where: 'organizations record AC',
    rule: 'archivedOn (2020-01-01) must be after foundedOn (2021-01-01).',
  },
  'a person name of 101 characters': {
    mutation: () => ({ query: CREATE_PERSON, variables: { input: { code: 'P9', name: 'n'.repeat(101) } } }),
    argument: 'input.name',
    record: (d) => d.people!.push({ code: 'P9', name: 'n'.repeat(101) }),
    where: 'people[3] (code P9), field name',
    rule: 'must be at most 100 characters',
  },
  'a phone number of letters': {
    mutation: () => ({ query: CREATE_PERSON, variables: { input: { code: 'P9', name: 'Zhao', phone: 'call me' } } }),
    argument: 'input.phone',
    record: (d) => d.people!.push({ code: 'P9', name: 'Zhao', phone: 'call me' }),
    where: 'people[3] (code P9), field phone',
    rule: 'must be a phone number of digits, spaces and dashes',
  },
  'a post title of 201 characters': {
    mutation: (ids) => ({ query: APPOINT, variables: { input: { code: 'POST9', personId: ids.P3, organizationId: ids.C2, role: 'MEMBER', title: 't'.repeat(201) } } }),
    argument: 'input.title',
    record: (d) => d.posts!.push({ code: 'POST9', personCode: 'P3', organizationCode: 'C2', role: 'MEMBER', title: 't'.repeat(201), startDate: '2024-01-01' }),
    where: 'posts[4] (code POST9), field title',
    rule: 'must be at most 200 characters',
  },
  'a post that ends before it starts': {
    mutation: (ids) => ({ query: APPOINT, variables: { input: { code: 'POST9', personId: ids.P3, organizationId: ids.C2, role: 'MEMBER', startDate: '2024-01-01', endDate: '2023-01-01' } } }),
    record: (d) => d.posts!.push({ code: 'POST9', personCode: 'P3', organizationCode: 'C2', role: 'MEMBER', startDate: '2024-01-01', endDate: '2023-01-01' }),
    where: 'posts record POST9',
    rule: 'endDate (2023-01-01) must be after startDate (2024-01-01).',
  },
  'a post in an archived organization': {
    mutation: (ids) => ({ query: APPOINT, variables: { input: { code: 'POST9', personId: ids.P3, organizationId: ids.AC, role: 'VOLUNTEER', startDate: '2024-01-01' } } }),
    record: (d) => d.posts!.push({ code: 'POST9', personCode: 'P3', organizationCode: 'AC', role: 'VOLUNTEER', startDate: '2024-01-01' }),
    where: 'posts record POST9',
    rule: 'Organization AC is archived; nobody can start a post there from 2024-01-01.',
  },
  'a link description of 501 characters': {
    mutation: (ids) => ({ query: CREATE_LINK, variables: { input: { code: 'L9', kind: 'GUIDANCE', sourceId: ids.C2, targetId: ids.U1, since: '2024-01-01', description: 'd'.repeat(501) } } }),
    argument: 'input.description',
    record: (d) => d.links!.push({ code: 'L9', kind: 'GUIDANCE', sourceCode: 'C2', targetCode: 'U1', since: '2024-01-01', description: 'd'.repeat(501) }),
    where: 'links[2] (code L9), field description',
    rule: 'must be at most 500 characters',
  },
  'a link weight of 0': {
    mutation: (ids) => ({ query: CREATE_LINK, variables: { input: { code: 'L9', kind: 'GUIDANCE', sourceId: ids.C2, targetId: ids.U1, since: '2024-01-01', weight: 0 } } }),
    argument: 'input.weight',
    record: (d) => d.links!.push({ code: 'L9', kind: 'GUIDANCE', sourceCode: 'C2', targetCode: 'U1', since: '2024-01-01', weight: 0 }),
    where: 'links[2] (code L9), field weight',
    rule: 'must be above 0',
  },
  'a link that ends before it starts': {
    mutation: (ids) => ({ query: CREATE_LINK, variables: { input: { code: 'L9', kind: 'GUIDANCE', sourceId: ids.C2, targetId: ids.U1, since: '2024-01-01', until: '2023-01-01' } } }),
    record: (d) => d.links!.push({ code: 'L9', kind: 'GUIDANCE', sourceCode: 'C2', targetCode: 'U1', since: '2024-01-01', until: '2023-01-01' }),
    where: 'links record L9',
    rule: 'until (2023-01-01) must be after since (2024-01-01).',
  },
  'a link from an organization to itself': {
    mutation: (ids) => ({ query: CREATE_LINK, variables: { input: { code: 'L9', kind: 'GUIDANCE', sourceId: ids.C2, targetId: ids.C2, since: '2024-01-01' } } }),
    record: (d) => d.links!.push({ code: 'L9', kind: 'GUIDANCE', sourceCode: 'C2', targetCode: 'C2', since: '2024-01-01' }),
    where: 'links record L9',
    rule: 'A link needs two different organizations: source and target are the same.',
  },
  'a derived link kind': {
    mutation: (ids) => ({ query: CREATE_LINK, variables: { input: { code: 'L9', kind: 'CROSS_APPOINTMENT', sourceId: ids.C2, targetId: ids.U1, since: '2024-01-01' } } }),
    record: (d) => d.links!.push({ code: 'L9', kind: 'CROSS_APPOINTMENT', sourceCode: 'C2', targetCode: 'U1', since: '2024-01-01' }),
    where: 'links record L9',
    rule: "CROSS_APPOINTMENT links are derived from people's concurrent posts; appoint people instead.",
  },
  'an open link to an archived organization': {
    mutation: (ids) => ({ query: CREATE_LINK, variables: { input: { code: 'L9', kind: 'GUIDANCE', sourceId: ids.C2, targetId: ids.AC, since: '2024-01-01' } } }),
    record: (d) => d.links!.push({ code: 'L9', kind: 'GUIDANCE', sourceCode: 'C2', targetCode: 'AC', since: '2024-01-01' }),
    where: 'links record L9',
    rule: 'Organization AC is archived; an open link cannot start from or reach it.',
  },
};

describe.each(DIALECTS)('one rule, one message, on %s', (dialect) => {
  let server: TestServer;
  const ids: Ids = {};

  beforeAll(async () => {
    server = await startTestServer(dialect, { dataset: DISTRICT });
    const answer = await server.graphql('{ organizations(first: 100) { nodes { id code } } people { nodes { id code } } }');
    for (const node of [...answer.data!.organizations.nodes, ...answer.data!.people.nodes]) ids[node.code] = node.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  async function refusal(query: string, variables: Record<string, unknown>): Promise<{ message: string; code: unknown }> {
    const before = await server.graphql(SNAPSHOT);
    const answer = await server.graphql(query, variables);
    expect(answer.data?.[Object.keys(answer.data ?? {})[0]] ?? null).toBeNull();
    expect((await server.graphql(SNAPSHOT)).data).toEqual(before.data);
    return { message: answer.errors?.[0]?.message ?? '(no error)', code: answer.errors?.[0]?.extensions?.code };
  }

  it.each(Object.entries(CASES))('refuses %s with the same rule message from the mutation and from the importer', async (_label, rule) => {
    const { query, variables } = rule.mutation(ids);
    const mutation = await refusal(query, variables);
    expect(mutation).toEqual({ code: 'BAD_USER_INPUT', message: rule.argument ? `Argument "${rule.argument}" ${rule.rule}.` : rule.rule });
    const dataset = structuredClone(DISTRICT);
    rule.record(dataset);
    const imported = await refusal(IMPORT, { dataset });
    const ruleWords = rule.argument ? `${rule.rule}.` : rule.rule;
    expect(imported).toEqual({ code: 'BAD_USER_INPUT', message: `Import refused, nothing was changed: ${rule.where}: ${ruleWords}` });
  });
});
