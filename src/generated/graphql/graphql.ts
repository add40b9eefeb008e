// GENERATED FILE: DO NOT EDIT BY HAND. Written by npm run codegen (GraphQL Code Generator, see codegen.yml)
// from schema.graphql and operations/*.graphql; test/operations.test.ts fails when it is stale.
/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date without time or zone, written YYYY-MM-DD (ISO 8601). */
  Date: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  _Any: { input: unknown; output: unknown; }
  federation__FieldSet: { input: string; output: string; }
  link__Import: { input: unknown; output: unknown; }
};

/** An API key, without its secret (which is shown once, when created). */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When it was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** The public id of the key: the part after ggk_ and before the secret. */
  keyId: Scalars['String']['output'];
  /** What the key is for. */
  label?: Maybe<Scalars['String']['output']>;
  /** Whether the key may read personal data. */
  pii: Scalars['Boolean']['output'];
  /** When it was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** viewer, partner, editor or admin. */
  role: Scalars['String']['output'];
  /** Code of the organization the key is limited to; null for everything. */
  scopeCode?: Maybe<Scalars['String']['output']>;
};

/** Starts a post: a person takes a role in an organization. */
export type AppointPersonInput = {
  /** Stable business key of the post, unique, at most 96 characters. */
  code: Scalars['String']['input'];
  /** Day it ends, if already fixed; must be after startDate. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The organization of the post. */
  organizationId: Scalars['ID']['input'];
  /** The person appointed. */
  personId: Scalars['ID']['input'];
  /** The role. */
  role: PostRole;
  /** First day held; default today. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** The local title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Archives an organization that stopped operating. It keeps its history. */
export type ArchiveOrganizationInput = {
  /** First day it is no longer active; default today. */
  archivedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The organization to archive. It must have no active children. */
  id: Scalars['ID']['input'];
};

/** One recorded change: who made it, when, through which operation, to which entity, with the entity before and after. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The entity after the change. */
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** When the change was committed (ISO 8601 timestamp). */
  at: Scalars['String']['output'];
  /** The entity before the change; null when it was created. */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** Business code of the entity changed. */
  entityCode?: Maybe<Scalars['String']['output']>;
  /** Global id of the entity changed; null for an import. */
  entityId?: Maybe<Scalars['ID']['output']>;
  /** The type of the entity changed: Organization, Link, Person, Post, Grid, or Dataset for an import. */
  entityType: Scalars['String']['output'];
  /** The mutation (or command) that made it, e.g. moveOrganization. */
  operation: Scalars['String']['output'];
  /** Who made it: 'key:<key id>', 'jwt:<subject>', 'anonymous' or 'cli:<command>'. */
  principal: Scalars['String']['output'];
};

/** A page of audit entries, newest first, with the total across all pages. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The items of this page with their cursors. */
  edges: Array<AuditEntryEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<AuditEntry>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One AuditEntry in a page, with its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The AuditEntry. */
  node: AuditEntry;
};

/** Conditions an audit entry must all meet to be listed. */
export type AuditFilter = {
  /** Only changes to this entity (its global id). */
  entity?: InputMaybe<Scalars['ID']['input']>;
  /** Only changes to entities of this type, e.g. Organization. */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** Only changes made by this operation, e.g. moveOrganization. */
  operation?: InputMaybe<Scalars['String']['input']>;
  /** Only changes made by this principal, e.g. 'key:0123456789abcdef'. */
  principal?: InputMaybe<Scalars['String']['input']>;
  /** Only changes at or after this ISO 8601 timestamp. */
  since?: InputMaybe<Scalars['String']['input']>;
  /** Only changes before this ISO 8601 timestamp. */
  until?: InputMaybe<Scalars['String']['input']>;
};

/** An organization that lies on many shortest paths of the collaboration graph. */
export type Broker = {
  __typename?: 'Broker';
  /** Normalized betweenness centrality, 0 to 1: the share of pairs of other organizations whose shortest paths pass through it. */
  betweenness: Scalars['Float']['output'];
  /** How many organizations it is directly linked with. */
  degree: Scalars['Int']['output'];
  /** The organization. */
  organization: Organization;
};

/** The shape of the scope's collaboration graph: its organizations joined by the horizontal links in force (both directions, parallel links as one edge; the vertical chain left out). */
export type CollaborationStructure = {
  __typename?: 'CollaborationStructure';
  /** The organizations with the highest betweenness, highest first (ties by code); those with none are left out. */
  brokers: Array<Broker>;
  /** Connected components of the graph (isolated organizations are not part of it; see isolatedOrganizations). */
  componentCount: Scalars['Int']['output'];
  /** True when betweenness was computed from every organization; false when from a sample of them (large graphs). */
  exact: Scalars['Boolean']['output'];
  /** Organizations in the largest component. */
  largestComponentSize: Scalars['Int']['output'];
  /** Distinct linked pairs. */
  links: Scalars['Int']['output'];
  /** Organizations with at least one link in force touching the scope: its members and their outside partners. */
  organizations: Scalars['Int']['output'];
  /** How many organizations the shortest paths were counted from (Brandes–Pich estimation when fewer than organizations). */
  sampledSources: Scalars['Int']['output'];
};

/** A new API key. */
export type CreateApiKeyInput = {
  /** What the key is for. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** Let the key read personal data; default false. */
  pii?: InputMaybe<Scalars['Boolean']['input']>;
  /** viewer, partner, editor or admin. */
  role: Scalars['String']['input'];
  /** Limit the key to this organization (by code) and everything under it. */
  scopeCode?: InputMaybe<Scalars['String']['input']>;
};

/** A new horizontal link. CROSS_APPOINTMENT links cannot be created: they follow from posts. */
export type CreateLinkInput = {
  /** Stable business key, unique, at most 96 characters. */
  code: Scalars['String']['input'];
  /** What the link is about. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What kind of collaboration. */
  kind: LinkKind;
  /** First day in force; default today. */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** The organization the link starts from. */
  sourceId: Scalars['ID']['input'];
  /** The organization the link reaches. */
  targetId: Scalars['ID']['input'];
  /** Day it ends, if already agreed; must be after since. */
  until?: InputMaybe<Scalars['Date']['input']>;
  /** Strength, above 0; default 1. */
  weight?: InputMaybe<Scalars['Float']['input']>;
};

/** A new organization. */
export type CreateOrganizationInput = {
  /** Street address (road level) or seat. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Stable business key: letters, digits and . _ : -, at most 64 characters, unique. */
  code: Scalars['String']['input'];
  /** Date it was founded; default today. */
  foundedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Households in its area. */
  households?: InputMaybe<Scalars['Int']['input']>;
  /** What it is; decides the sector and where it may sit. */
  kind: OrganizationKind;
  /** The community, subdistrict or district (its Party committee) where it is located; only for organizations outside the chain. */
  locatedIn?: InputMaybe<Scalars['ID']['input']>;
  /** Full name, at most 200 characters. */
  name: Scalars['String']['input'];
  /** The organization it sits under; must be a kind this kind may sit under. Omit for a root. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new person. */
export type CreatePersonInput = {
  /** Stable business key, unique. Never an identity-card number. */
  code: Scalars['String']['input'];
  /** Full name. */
  name: Scalars['String']['input'];
  /** Whether the person is a Party member; default false. */
  partyMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** Contact phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A new API key: `key` is shown this once and never again. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The whole key, to send as "Authorization: Bearer <key>". Store it now. */
  key: Scalars['String']['output'];
  /** The public id of the key. */
  keyId: Scalars['String']['output'];
};

/** Derived links the import brought in step. */
export type DerivedLinkCounts = {
  __typename?: 'DerivedLinkCounts';
  /** Derived links created. */
  created: Scalars['Int']['output'];
  /** Derived links changed. */
  updated: Scalars['Int']['output'];
};

/** The spread of a value over a set of units (grids, communities, organizations). */
export type Distribution = {
  __typename?: 'Distribution';
  /** How many units the figures are over. */
  count: Scalars['Int']['output'];
  /** The largest value; null when count is 0. */
  max?: Maybe<Scalars['Float']['output']>;
  /** The mean of the values (each unit counts once); null when count is 0. */
  mean?: Maybe<Scalars['Float']['output']>;
  /** The smallest value; null when count is 0. */
  min?: Maybe<Scalars['Float']['output']>;
};

/** Ends a link. It stays in the history. */
export type EndLinkInput = {
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The link to end. */
  id: Scalars['ID']['input'];
  /** First day no longer in force; default today. */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** Ends a post. It stays in the history. */
export type EndPostInput = {
  /** First day no longer held; default today. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The post to end. */
  id: Scalars['ID']['input'];
};

/** How well the grassroots network works in a scope, as of a date. Every share comes with its numerator and denominator. */
export type GovernanceIndicators = {
  __typename?: 'GovernanceIndicators';
  /** The date the indicators are as of. */
  activeAt: Scalars['Date']['output'];
  /** The scope's collaboration graph on the date (links in force with an end in the subtree): its connected components and its brokers by betweenness centrality. */
  collaboration: CollaborationStructure;
  /** Community Party committees of the scope where at least one person also holds a post on the residents' committee under them on the date ÷ all community Party committees of the scope. */
  crossAppointmentRate: Ratio;
  /** Grids of the scope's communities that integrate Party-building, social governance and social relief ÷ all their grids. Grids keep no history: their current functions answer for every date. */
  gridFunctionIntegration: Ratio;
  /** Organizations of the scope without a horizontal link in force on the date, by code; totalCount is how many. */
  isolatedOrganizations: IsolatedOrganizationConnection;
  /** Households per grid worker and residents per community worker. */
  managementLoad: ManagementLoad;
  /** Organizations in the subtree of the scope on the date, the scope included. */
  organizations: Scalars['Int']['output'];
  /** Enterprises and social organisations located in the scope (locatedIn) and operating on the date, with a PARTY_PRESENCE link in force ÷ all of them ("Party organisation coverage"). */
  partyPresenceCoverage: Ratio;
  /** partyPresenceCoverage for ENTERPRISE and SOCIAL_ORGANIZATION separately. */
  partyPresenceCoverageByKind: Array<KindRatio>;
  /** The organization whose subtree the indicators are for. */
  scope: Organization;
  /** Organizations of the government, market and social sectors outside the subtree with at least one link in force into it, by kind. */
  socialForceParticipation: SocialForceParticipation;
  /** Children per organization, for each kind of the scope that can have children in the chain. */
  spanOfControl: Array<SpanOfControl>;
};


/** How well the grassroots network works in a scope, as of a date. Every share comes with its numerator and denominator. */
export type GovernanceIndicatorsCollaborationArgs = {
  brokers?: InputMaybe<Scalars['Int']['input']>;
};


/** How well the grassroots network works in a scope, as of a date. Every share comes with its numerator and denominator. */
export type GovernanceIndicatorsIsolatedOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<OrganizationKind>>;
};


/** How well the grassroots network works in a scope, as of a date. Every share comes with its numerator and denominator. */
export type GovernanceIndicatorsManagementLoadArgs = {
  heaviest?: InputMaybe<Scalars['Int']['input']>;
};

/** An edge of the governance graph: a parent → child step of the vertical chain, or a horizontal link. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** VERTICAL for parent → child, or the LinkKind of the link. */
  kind: Scalars['String']['output'];
  /** The link, for a horizontal edge; null for a VERTICAL one. */
  link?: Maybe<Link>;
  /** The parent, or the source of the link. */
  source: Organization;
  /** The child, or the target of the link. */
  target: Organization;
};

/** A grid: the basic management and service unit of a community, served by a grid Party branch and grid workers. */
export type Grid = Node & {
  __typename?: 'Grid';
  /** The grid Party branch serving the grid. */
  branch?: Maybe<Organization>;
  /** Buildings in the grid. */
  buildings: Scalars['Int']['output'];
  /** Stable grid code (community code plus grid number). */
  code: Scalars['String']['output'];
  /** The community Party committee whose community the grid belongs to. */
  community: Organization;
  /** The functions the grid integrates. */
  functions: Array<GridFunction>;
  /** Grid workers serving the grid, full- and part-time. */
  gridWorkers: Scalars['Int']['output'];
  /** Households in the grid. */
  households: Scalars['Int']['output'];
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
  /** Name of the grid. */
  name: Scalars['String']['output'];
  /** Resident population of the grid. */
  population: Scalars['Int']['output'];
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
};

/** A page of grids, with the total across all pages. */
export type GridConnection = {
  __typename?: 'GridConnection';
  /** The items of this page with their cursors. */
  edges: Array<GridEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<Grid>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Grid in a page, with its cursor. */
export type GridEdge = {
  __typename?: 'GridEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Grid. */
  node: Grid;
};

/** Conditions a grid must all meet to be listed. */
export type GridFilter = {
  /** Only grids integrating all of these functions. */
  functions?: InputMaybe<Array<GridFunction>>;
  /** Only names containing this text. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only grids of communities in this organization's subtree. */
  under?: InputMaybe<Scalars['ID']['input']>;
};

/** A function that a grid integrates. */
export type GridFunction =
  /** Convenience services for residents. */
  | 'CONVENIENCE_SERVICE'
  /** Standard addresses and actual population, housing and units. */
  | 'INFORMATION_COLLECTION'
  /** Party-building: organisation life, member contact, "micro-wishes". */
  | 'PARTY_BUILDING'
  /** Public safety patrols and risk reporting. */
  | 'PUBLIC_SAFETY'
  /** Social governance: disputes, hazards, environment, order. */
  | 'SOCIAL_GOVERNANCE'
  /** Social relief: allowances, elderly living alone, disability help. */
  | 'SOCIAL_RELIEF';

/** The load of one grid. */
export type GridLoad = {
  __typename?: 'GridLoad';
  /** The grid. */
  grid: Grid;
  /** Grid workers serving it, full- and part-time. */
  gridWorkers: Scalars['Int']['output'];
  /** Households in the grid. */
  households: Scalars['Int']['output'];
  /** Households per grid worker; null for a grid without workers. */
  householdsPerWorker?: Maybe<Scalars['Float']['output']>;
};

/** What an import did to one kind of record. */
export type ImportCounts = {
  __typename?: 'ImportCounts';
  /** Records that did not exist and were created. */
  created: Scalars['Int']['output'];
  /** Records that existed exactly as given. */
  unchanged: Scalars['Int']['output'];
  /** Records that existed and were changed. */
  updated: Scalars['Int']['output'];
};

/** What an import changed, per kind of record. */
export type ImportSummary = {
  __typename?: 'ImportSummary';
  /** CROSS_APPOINTMENT links that followed the posts. */
  crossAppointments: DerivedLinkCounts;
  /** Grids. */
  grids: ImportCounts;
  /** Links (other than derived ones). */
  links: ImportCounts;
  /** Organizations. */
  organizations: ImportCounts;
  /** People. */
  people: ImportCounts;
  /** Posts. */
  posts: ImportCounts;
};

/** An indicator that can be followed over time: those computed from the validity periods of the chain, links and posts. */
export type Indicator =
  /** governanceIndicators.crossAppointmentRate: community Party committees sharing a person with their residents' committee ÷ community Party committees. */
  | 'CROSS_APPOINTMENT_RATE'
  /** Organizations of the scope without a horizontal link in force ÷ organizations of the scope. */
  | 'ISOLATED_ORGANIZATIONS'
  /** collaboration: organizations in the largest connected component ÷ organizations in the collaboration graph (how far the network holds together). */
  | 'LARGEST_COMPONENT_SHARE'
  /** governanceIndicators.partyPresenceCoverage: enterprises and social organisations with a Party presence ÷ those located in the scope. */
  | 'PARTY_PRESENCE_COVERAGE'
  /** socialForceParticipation.locatedShare: outside organizations located in the scope that take part ÷ those located in the scope. */
  | 'SOCIAL_FORCE_PARTICIPATION';

/** An indicator at the end of each period between two dates. */
export type IndicatorTrend = {
  __typename?: 'IndicatorTrend';
  /** The indicator. */
  indicator: Indicator;
  /** The length of the periods. */
  interval: TrendInterval;
  /** One point per period, oldest first. */
  points: Array<TrendPoint>;
  /** The organization whose subtree it is for. */
  scope: Organization;
};

/** Organizations of the scope without a horizontal link in force, by code. */
export type IsolatedOrganizationConnection = {
  __typename?: 'IsolatedOrganizationConnection';
  /** The items of this page with their cursors. */
  edges: Array<IsolatedOrganizationEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<Organization>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One IsolatedOrganization in a page, with its cursor. */
export type IsolatedOrganizationEdge = {
  __typename?: 'IsolatedOrganizationEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The IsolatedOrganization. */
  node: Organization;
};

/** How many organizations of one kind. */
export type KindCount = {
  __typename?: 'KindCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: OrganizationKind;
};

/** A share among the organizations of one kind. */
export type KindRatio = {
  __typename?: 'KindRatio';
  /** The kind. */
  kind: OrganizationKind;
  /** The share among organizations of this kind. */
  ratio: Ratio;
};

/** A horizontal collaboration link from a source organization to a target organization, valid over a period. */
export type Link = Node & {
  __typename?: 'Link';
  /** Stable business key of the link. */
  code: Scalars['String']['output'];
  /** True when the server derives the link from other data (cross-appointments from posts). */
  derived: Scalars['Boolean']['output'];
  /** What the link is about, in a sentence. */
  description?: Maybe<Scalars['String']['output']>;
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
  /** What kind of collaboration this is. */
  kind: LinkKind;
  /** First day the link is in force. */
  since: Scalars['Date']['output'];
  /** The organization the link starts from. */
  source: Organization;
  /** Where the link stands today. */
  status: LinkStatus;
  /** The organization the link reaches. */
  target: Organization;
  /** Day the link ended (no longer in force from this day); null while open. */
  until?: Maybe<Scalars['Date']['output']>;
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
  /** Strength of the link: for CROSS_APPOINTMENT the number of people holding posts in both; otherwise as entered (default 1). */
  weight: Scalars['Float']['output'];
};

/** Links matching a filter, counted in groups. */
export type LinkAggregate = {
  __typename?: 'LinkAggregate';
  /** The groups, largest first. */
  groups: Array<LinkGroup>;
  /** How many links match the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A page of links, with the total across all pages. */
export type LinkConnection = {
  __typename?: 'LinkConnection';
  /** The items of this page with their cursors. */
  edges: Array<LinkEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<Link>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Which of an organization's links to follow. */
export type LinkDirection =
  /** Links in either direction. */
  | 'BOTH'
  /** Links where the organization is the target. */
  | 'IN'
  /** Links where the organization is the source. */
  | 'OUT';

/** One Link in a page, with its cursor. */
export type LinkEdge = {
  __typename?: 'LinkEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Link. */
  node: Link;
};

/** Conditions a link must all meet to be listed. */
export type LinkFilter = {
  /** Only links in force on this date. */
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  /** Only derived links (true) or only entered ones (false). */
  derived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<LinkKind>>;
  /** Only links with this organization at either end. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<LinkStatus>>;
};

/** Links sharing the values of the chosen dimensions, counted. */
export type LinkGroup = {
  __typename?: 'LinkGroup';
  /** How many links the group has. */
  count: Scalars['Int']['output'];
  /** The values the group shares. */
  key: LinkGroupKey;
};

/** A dimension to count links by. */
export type LinkGroupBy =
  /** By kind. */
  | 'KIND'
  /** By the sector of the source organization. */
  | 'SOURCE_SECTOR'
  /** By status. */
  | 'STATUS'
  /** By the sector of the target organization. */
  | 'TARGET_SECTOR';

/** The values of the chosen dimensions shared by a group; dimensions not chosen are null. */
export type LinkGroupKey = {
  __typename?: 'LinkGroupKey';
  /** The kind, when grouping by KIND. */
  kind?: Maybe<LinkKind>;
  /** The source's sector, when grouping by SOURCE_SECTOR. */
  sourceSector?: Maybe<Sector>;
  /** The status, when grouping by STATUS. */
  status?: Maybe<LinkStatus>;
  /** The target's sector, when grouping by TARGET_SECTOR. */
  targetSector?: Maybe<Sector>;
};

/** The kind of a horizontal collaboration link. */
export type LinkKind =
  /** A co-building agreement between a community (source) and a unit stationed there (target). */
  | 'CO_BUILDING'
  /** People hold concurrent posts in both organizations. Derived from posts and kept in step with them; weight is the number of people. */
  | 'CROSS_APPOINTMENT'
  /** A service group (source) leads a charity or social organisation (target). */
  | 'GUIDANCE'
  /** The organizations meet as a joint committee. */
  | 'JOINT_MEETING'
  /** A Party organisation (source) is present inside a non-public enterprise or social organisation (target). */
  | 'PARTY_PRESENCE'
  /** The source lends space, funds, people or equipment to the target. */
  | 'RESOURCE_SHARING'
  /** A service centre connects with a self-management organisation, or a professional organisation assists community workers. */
  | 'SERVICE_PARTNERSHIP'
  /** A unit or its Party members (source) register with the community (target) and take on services ("double reporting"). */
  | 'UNIT_REPORTING';

/** Where a link stands today. */
export type LinkStatus =
  /** In force. */
  | 'ACTIVE'
  /** Ended on its `until` date; kept for history. */
  | 'ENDED'
  /** Paused; not ended. */
  | 'SUSPENDED';

/** How much each worker has to manage ("the management scope is too large"). */
export type ManagementLoad = {
  __typename?: 'ManagementLoad';
  /** Communities of the scope without a community worker on the date, or without residents in grids (left out of the distribution). */
  communitiesWithoutWorkers: Scalars['Int']['output'];
  /** Grids of the scope without a grid worker (left out of the distribution). */
  gridsWithoutWorkers: Scalars['Int']['output'];
  /** The heaviest grids, most households per worker first; grids without workers are counted above, not listed here. */
  heaviestGrids: Array<GridLoad>;
  /** Households per grid worker, over the grids of the scope that have workers. */
  householdsPerGridWorker: Distribution;
  /** All the grids' households ÷ all their grid workers; null without workers. */
  householdsPerGridWorkerOverall?: Maybe<Scalars['Float']['output']>;
  /** Residents (the population of its grids) per community worker, over the communities of the scope that have both. Community workers are the people holding a post, other than volunteer or building head, in the community Party committee, its residents' committee or its Party service centre on the date. */
  residentsPerCommunityWorker: Distribution;
  /** All those communities' residents ÷ all their community workers; null without workers. */
  residentsPerCommunityWorkerOverall?: Maybe<Scalars['Float']['output']>;
};

/** Moves an organization, with its whole subtree, under a new parent. */
export type MoveOrganizationInput = {
  /** When the move takes effect in the chain history; default today. */
  effectiveOn?: InputMaybe<Scalars['Date']['input']>;
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The organization to move. */
  id: Scalars['ID']['input'];
  /** The new parent; null makes it a root (only for kinds that may be roots). */
  newParentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Starts a post. Concurrent posts of one person in two organizations make a CROSS_APPOINTMENT link between them. */
  appointPerson: Post;
  /** Archives an organization. Nothing is deleted: it answers activeAt questions before its archive date. */
  archiveOrganization: Organization;
  /** Creates an API key and shows it once. Admins only. */
  createApiKey: CreatedApiKey;
  /** Creates a horizontal link between two different organizations. */
  createLink: Link;
  /** Creates an organization under a parent its kind may sit under. */
  createOrganization: Organization;
  /** Creates a person. */
  createPerson: Person;
  /** Ends a link on a date. Nothing is deleted. */
  endLink: Link;
  /** Ends a post on a date; cross-appointment links follow. Nothing is deleted. */
  endPost: Post;
  /** Imports a document of organizations, grids, people, posts and links keyed by code (the format of `npm run import`). One transaction: a bad record refuses the whole import, naming its code; importing the same document twice changes nothing the second time. */
  importDataset: ImportSummary;
  /** Moves an organization and its subtree under a new parent. Refuses cycles and kinds that may not sit there; keeps the chain history. */
  moveOrganization: Organization;
  /** Revokes an API key: it stops working at once. Admins only. */
  revokeApiKey: Scalars['Boolean']['output'];
  /** Changes the name, households, address, founding date or area of an organization. */
  updateOrganization: Organization;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationAppointPersonArgs = {
  input: AppointPersonInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationArchiveOrganizationArgs = {
  input: ArchiveOrganizationInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationCreateLinkArgs = {
  input: CreateLinkInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationEndLinkArgs = {
  input: EndLinkInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationEndPostArgs = {
  input: EndPostInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationImportDatasetArgs = {
  dataset: Scalars['JSONObject']['input'];
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationMoveOrganizationArgs = {
  input: MoveOrganizationInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationRevokeApiKeyArgs = {
  keyId: Scalars['String']['input'];
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};

/** An object with a global id, fetchable with node(id). */
export type Node = {
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
};

/** An organization of the grassroots governance graph: a Party body of the vertical chain, or a committee, unit, enterprise or social force joined to it by links. */
export type Organization = Node & {
  __typename?: 'Organization';
  /** Street address (road level only) or seat. */
  address?: Maybe<Scalars['String']['output']>;
  /** Every organization above, root first, ending with the parent. Empty for a root. A scoped credential sees those within its scope only. */
  ancestors: Array<Organization>;
  /** Date it was archived; null while active. Not active from this day. */
  archivedOn?: Maybe<Scalars['Date']['output']>;
  /** Organizations directly below, by code. */
  children: OrganizationConnection;
  /** Stable business key (for chain members, the administrative division code). Partners may store it. */
  code: Scalars['String']['output'];
  /** Depth in the vertical chain: 0 for a root, 1 for its children, and so on. */
  depth: Scalars['Int']['output'];
  /** Every organization below, at any depth: nearest levels first, then by code. */
  descendants: OrganizationConnection;
  /** Date it was founded or started operating in the area. */
  foundedOn: Scalars['Date']['output'];
  /** The grid this organization serves, when it is a grid Party branch. */
  grid?: Maybe<Grid>;
  /** Households in its area, where it has one (communities, grids, buildings). */
  households?: Maybe<Scalars['Int']['output']>;
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
  /** What the organization is. */
  kind: OrganizationKind;
  /** Horizontal links of this organization, by kind then start date. */
  links: LinkConnection;
  /** The community, subdistrict or district where an organization outside the chain is located (its Party committee). Null when none is recorded, for the chain itself, or outside your scope. */
  locatedIn?: Maybe<Organization>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** The organization directly above in the vertical chain; null for a root. */
  parent?: Maybe<Organization>;
  /** Posts held in this organization, newest first. */
  posts: PostConnection;
  /** The sector, which follows from the kind. */
  sector: Sector;
  /** ACTIVE, or ARCHIVED once it stopped operating. */
  status: OrganizationStatus;
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
};


/** An organization of the grassroots governance graph: a Party body of the vertical chain, or a committee, unit, enterprise or social force joined to it by links. */
export type OrganizationChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<OrganizationKind>>;
};


/** An organization of the grassroots governance graph: a Party body of the vertical chain, or a committee, unit, enterprise or social force joined to it by links. */
export type OrganizationDescendantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<OrganizationKind>>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization of the grassroots governance graph: a Party body of the vertical chain, or a committee, unit, enterprise or social force joined to it by links. */
export type OrganizationLinksArgs = {
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<LinkDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<LinkKind>>;
};


/** An organization of the grassroots governance graph: a Party body of the vertical chain, or a committee, unit, enterprise or social force joined to it by links. */
export type OrganizationPostsArgs = {
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Organizations matching a filter, counted in groups. */
export type OrganizationAggregate = {
  __typename?: 'OrganizationAggregate';
  /** The groups, largest first. */
  groups: Array<OrganizationGroup>;
  /** How many organizations match the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A page of organizations, with the total across all pages. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The items of this page with their cursors. */
  edges: Array<OrganizationEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<Organization>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Organization in a page, with its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Organization. */
  node: Organization;
};

/** Conditions an organization must all meet to be listed. */
export type OrganizationFilter = {
  /** Only organizations in operation on this date (founded on or before it, not archived by it). */
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<OrganizationKind>>;
  /** Only organizations located in this area or anywhere below it (a community, subdistrict or district committee). */
  locatedIn?: InputMaybe<Scalars['ID']['input']>;
  /** Only names containing this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only these sectors. */
  sectors?: InputMaybe<Array<Sector>>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<OrganizationStatus>>;
  /** Only this organization and its descendants (a subtree root). */
  under?: InputMaybe<Scalars['ID']['input']>;
};

/** Organizations sharing the values of the chosen dimensions, counted. */
export type OrganizationGroup = {
  __typename?: 'OrganizationGroup';
  /** How many organizations the group has. */
  count: Scalars['Int']['output'];
  /** The values the group shares. */
  key: OrganizationGroupKey;
};

/** A dimension to count organizations by. */
export type OrganizationGroupBy =
  /** By depth in the vertical chain. */
  | 'DEPTH'
  /** By kind. */
  | 'KIND'
  /** By the organization directly above (null for roots, or above your scope). */
  | 'PARENT'
  /** By sector. */
  | 'SECTOR'
  /** ACTIVE or ARCHIVED. */
  | 'STATUS';

/** The values of the chosen dimensions shared by a group; dimensions not chosen are null. */
export type OrganizationGroupKey = {
  __typename?: 'OrganizationGroupKey';
  /** The depth, when grouping by DEPTH. */
  depth?: Maybe<Scalars['Int']['output']>;
  /** The kind, when grouping by KIND. */
  kind?: Maybe<OrganizationKind>;
  /** The parent, when grouping by PARENT (null for roots, or above your scope). */
  parent?: Maybe<Organization>;
  /** The sector, when grouping by SECTOR. */
  sector?: Maybe<Sector>;
  /** The status, when grouping by STATUS. */
  status?: Maybe<OrganizationStatus>;
};

/** What an organization is; its sector and the kinds it may sit under follow from it. */
export type OrganizationKind =
  /** Party cell (group) of one apartment building or courtyard. Sector PARTY. */
  | 'BUILDING_PARTY_CELL'
  /** Registered charity. Sector SOCIAL. */
  | 'CHARITY'
  /** Community Party committee: the grassroots headquarters of a community. Sector PARTY. */
  | 'COMMUNITY_PARTY_COMMITTEE'
  /** District Party committee: the top of a local chain. Sector PARTY. */
  | 'DISTRICT_PARTY_COMMITTEE'
  /** Party branch inside a non-public enterprise or social organisation. Sector PARTY. */
  | 'EMBEDDED_PARTY_ORGANIZATION'
  /** Non-public enterprise, including property management firms. Sector MARKET. */
  | 'ENTERPRISE'
  /** Government agency stationed in the area (a "social unit"). Sector GOVERNMENT. */
  | 'GOVERNMENT_AGENCY'
  /** Grid Party branch, one per grid. Sector PARTY. */
  | 'GRID_PARTY_BRANCH'
  /** Party-mass service centre that connects the others. Sector PARTY. */
  | 'PARTY_SERVICE_CENTRE'
  /** Social-work agency that assists community workers. Sector SOCIAL. */
  | 'PROFESSIONAL_SERVICE_ORGANIZATION'
  /** Public institution such as a school or hospital stationed in the area. Sector GOVERNMENT. */
  | 'PUBLIC_INSTITUTION'
  /** Elected residents' committee of a community. Sector SELF_GOVERNANCE. */
  | 'RESIDENTS_COMMITTEE'
  /** Owners' committee or residents' self-management group. Sector SELF_GOVERNANCE. */
  | 'SELF_MANAGEMENT_ORGANIZATION'
  /** Association, foundation or community group. Sector SOCIAL. */
  | 'SOCIAL_ORGANIZATION'
  /** Subdistrict (street) Party working committee. Sector PARTY. */
  | 'SUBDISTRICT_PARTY_WORKING_COMMITTEE'
  /** Volunteer service team that leads charities and social organisations. Sector SOCIAL. */
  | 'VOLUNTEER_SERVICE_TEAM';

/** How to sort a list of organizations. Ties are broken by id, so pages are stable. */
export type OrganizationOrder =
  /** By code, ascending (the chain in administrative order). */
  | 'CODE_ASC'
  /** Top of the chain first, then by code. */
  | 'DEPTH_ASC'
  /** Oldest first. */
  | 'FOUNDED_ON_ASC'
  /** Newest first. */
  | 'FOUNDED_ON_DESC'
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC';

/** Whether an organization is in operation. Archived organizations keep their history. */
export type OrganizationStatus =
  /** In operation. */
  | 'ACTIVE'
  /** Dissolved or merged; kept for history, answered by activeAt before its archive date. */
  | 'ARCHIVED';

/** Where a page sits in its list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page; null for an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The shortest chain between two organizations, step by step. */
export type Path = {
  __typename?: 'Path';
  /** How many edges the path has. */
  length: Scalars['Int']['output'];
  /** The organizations from the start to the end, each with the edge that led to it. */
  steps: Array<PathStep>;
};

/** One organization of a path, with the edge that led to it. */
export type PathStep = {
  __typename?: 'PathStep';
  /** The organization reached. */
  organization: Organization;
  /** The edge that led here; null on the first step. */
  via?: Maybe<GraphEdge>;
};

/** A person who holds or held posts in organizations. */
export type Person = Node & {
  __typename?: 'Person';
  /** Stable business key of the person (not an identity-card number). */
  code: Scalars['String']['output'];
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
  /** Full name. Personal data: without the pii right the family name is kept and the rest masked (王**). */
  name: Scalars['String']['output'];
  /** Whether the person is a Communist Party member. Personal data (political affiliation): null without the pii right; counts stay available. */
  partyMember?: Maybe<Scalars['Boolean']['output']>;
  /** Contact phone number. Personal data: null without the pii right. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Posts the person holds or held, newest first. */
  posts: PostConnection;
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
};


/** A person who holds or held posts in organizations. */
export type PersonPostsArgs = {
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of people, with the total across all pages. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The items of this page with their cursors. */
  edges: Array<PersonEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<Person>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Person in a page, with its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Person. */
  node: Person;
};

/** Conditions a person must all meet to be listed. */
export type PersonFilter = {
  /** Only people holding a post on this date. */
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  /** Only names containing this text. Needs the pii right. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only Party members (true) or non-members (false). Needs the pii right. */
  partyMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only people holding a post in this organization's subtree. */
  under?: InputMaybe<Scalars['ID']['input']>;
};

/** A post a person holds (or held) in an organization, from startDate until endDate. */
export type Post = Node & {
  __typename?: 'Post';
  /** Stable business key of the post. */
  code: Scalars['String']['output'];
  /** Day the post ended (no longer held from this day); null while held. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
  /** The organization of the post. */
  organization: Organization;
  /** The person holding the post. */
  person: Person;
  /** The role the post carries. */
  role: PostRole;
  /** First day the post is held. */
  startDate: Scalars['Date']['output'];
  /** The local title of the post, e.g. "Secretary of the Party committee". */
  title?: Maybe<Scalars['String']['output']>;
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
};

/** Posts matching a filter, counted in groups. */
export type PostAggregate = {
  __typename?: 'PostAggregate';
  /** The groups, largest first. */
  groups: Array<PostGroup>;
  /** How many posts match the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A page of posts, with the total across all pages. */
export type PostConnection = {
  __typename?: 'PostConnection';
  /** The items of this page with their cursors. */
  edges: Array<PostEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<Post>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Post in a page, with its cursor. */
export type PostEdge = {
  __typename?: 'PostEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Post. */
  node: Post;
};

/** Conditions a post must all meet to be counted. */
export type PostFilter = {
  /** Only posts held on this date. */
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  /** Only posts in organizations of these kinds. */
  organizationKinds?: InputMaybe<Array<OrganizationKind>>;
  /** Only these roles. */
  roles?: InputMaybe<Array<PostRole>>;
  /** Only posts in this organization's subtree. */
  under?: InputMaybe<Scalars['ID']['input']>;
};

/** Posts sharing the values of the chosen dimensions, counted. */
export type PostGroup = {
  __typename?: 'PostGroup';
  /** How many posts the group has. */
  count: Scalars['Int']['output'];
  /** The values the group shares. */
  key: PostGroupKey;
};

/** A dimension to count posts by. */
export type PostGroupBy =
  /** By the kind of the organization of the post. */
  | 'ORGANIZATION_KIND'
  /** By role. */
  | 'ROLE';

/** The values of the chosen dimensions shared by a group; dimensions not chosen are null. */
export type PostGroupKey = {
  __typename?: 'PostGroupKey';
  /** The organization's kind, when grouping by ORGANIZATION_KIND. */
  organizationKind?: Maybe<OrganizationKind>;
  /** The role, when grouping by ROLE. */
  role?: Maybe<PostRole>;
};

/** The role a post carries in its organization. */
export type PostRole =
  /** Building or unit head: the volunteer contact of one building. */
  | 'BUILDING_HEAD'
  /** Member of a Party committee or branch committee. */
  | 'COMMITTEE_MEMBER'
  /** Deputy director. */
  | 'DEPUTY_DIRECTOR'
  /** Deputy secretary of a Party organisation. */
  | 'DEPUTY_SECRETARY'
  /** Director (chair) of a residents' committee, centre or unit. */
  | 'DIRECTOR'
  /** Head of a grid. */
  | 'GRID_CHIEF'
  /** Full- or part-time grid worker. */
  | 'GRID_WORKER'
  /** Member of a residents' committee or self-management organisation. */
  | 'MEMBER'
  /** Party-building instructor or liaison to an enterprise or social organisation. */
  | 'PARTY_LIAISON'
  /** Secretary of a Party organisation. */
  | 'SECRETARY'
  /** Professional social worker. */
  | 'SOCIAL_WORKER'
  /** Paid staff member. */
  | 'STAFF'
  /** Volunteer. */
  | 'VOLUNTEER';

/** Entry points for reading the grassroots governance graph. */
export type Query = {
  __typename?: 'Query';
  _entities: Array<Maybe<_Entity>>;
  _service: _Service;
  /** Every API key, oldest first, without secrets. Admins only. */
  apiKeys: Array<ApiKey>;
  /** Every recorded change, newest first. Admins only. */
  auditLog: AuditEntryConnection;
  /** Governance indicators for a scope's subtree as of a date. Each part reads the rows it needs once and is computed in memory: at most five reads (chain, located organizations, links, community posts, grids), one to find the default scope, and one per list of organizations or grids shown, whatever the size of the scope. */
  governanceIndicators: GovernanceIndicators;
  /** One grid by id or by code (give exactly one); null when there is none. */
  grid?: Maybe<Grid>;
  /** Grids matching a filter, by code, a page at a time. */
  grids: GridConnection;
  /** An indicator as of the end of each period from `from` to `to`, computed from the validity periods of the chain, links and posts. Reads the same rows as one snapshot, however many periods. */
  indicatorTrend: IndicatorTrend;
  /** One link by id; null when there is none. */
  link?: Maybe<Link>;
  /** Links matching a filter, by code, a page at a time. */
  links: LinkConnection;
  /** Links matching a filter (the same as links), counted by the chosen dimensions. */
  linksAggregate: LinkAggregate;
  /** Every organization within `hops` (1 to 4) of `of`, through the chosen link kinds and, when includeVertical, parent–child steps; with the edges among them. Costs hops + 1 statements. */
  neighborhood: Subgraph;
  /** Any object by its global id; null when it does not exist. */
  node?: Maybe<Node>;
  /** One organization by id or by code (give exactly one). Null when there is none. */
  organization?: Maybe<Organization>;
  /** Organizations matching a filter, a page at a time. */
  organizations: OrganizationConnection;
  /** Organizations matching a filter (the same as organizations), counted by the chosen dimensions. */
  organizationsAggregate: OrganizationAggregate;
  /** People matching a filter, by code, a page at a time. */
  people: PersonConnection;
  /** One person by id; null when there is none. */
  person?: Maybe<Person>;
  /** Posts matching a filter, counted by the chosen dimensions. Counts need no personal-data right. */
  postsAggregate: PostAggregate;
  /** The shortest chain between two organizations, step by step, through the chosen link kinds and parent–child steps; null when there is none within maxHops. Costs one statement per hop. */
  shortestPath?: Maybe<Path>;
  /** A subtree for drawing: `root` and its descendants down to `depth` levels, with the parent–child edges and every link (of the chosen kinds, in force on the date) among them and to outside partners. Also at GET /export/graph. */
  subgraph: Subgraph;
};


/** Entry points for reading the grassroots governance graph. */
export type Query_EntitiesArgs = {
  representations: Array<Scalars['_Any']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryGovernanceIndicatorsArgs = {
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryGridArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryGridsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GridFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryIndicatorTrendArgs = {
  from: Scalars['Date']['input'];
  indicator: Indicator;
  interval: TrendInterval;
  scope?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
};


/** Entry points for reading the grassroots governance graph. */
export type QueryLinkArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the grassroots governance graph. */
export type QueryLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LinkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryLinksAggregateArgs = {
  filter?: InputMaybe<LinkFilter>;
  groupBy: Array<LinkGroupBy>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryNeighborhoodArgs = {
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  hops: Scalars['Int']['input'];
  includeVertical?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  linkKinds?: InputMaybe<Array<LinkKind>>;
  of: Scalars['ID']['input'];
};


/** Entry points for reading the grassroots governance graph. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the grassroots governance graph. */
export type QueryOrganizationArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrganizationOrder>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryOrganizationsAggregateArgs = {
  filter?: InputMaybe<OrganizationFilter>;
  groupBy: Array<OrganizationGroupBy>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the grassroots governance graph. */
export type QueryPostsAggregateArgs = {
  filter?: InputMaybe<PostFilter>;
  groupBy: Array<PostGroupBy>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryShortestPathArgs = {
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  from: Scalars['ID']['input'];
  includeVertical?: InputMaybe<Scalars['Boolean']['input']>;
  linkKinds?: InputMaybe<Array<LinkKind>>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/** Entry points for reading the grassroots governance graph. */
export type QuerySubgraphArgs = {
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  depth: Scalars['Int']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  linkKinds?: InputMaybe<Array<LinkKind>>;
  root: Scalars['ID']['input'];
};

/** A share, with the counts it is made of so that a dashboard can show both. */
export type Ratio = {
  __typename?: 'Ratio';
  /** How many were considered. */
  denominator: Scalars['Int']['output'];
  /** How many meet the condition. */
  numerator: Scalars['Int']['output'];
  /** numerator ÷ denominator, from 0 to 1; null when the denominator is 0. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** The part of society an organization belongs to. */
export type Sector =
  /** Government agencies and public institutions stationed in the area. */
  | 'GOVERNMENT'
  /** Enterprises. */
  | 'MARKET'
  /** Party organisations of the chain and those embedded elsewhere. */
  | 'PARTY'
  /** Residents' committees and self-management organisations. */
  | 'SELF_GOVERNANCE'
  /** Social organisations, professional agencies, charities and volunteer teams. */
  | 'SOCIAL';

/** Organizations outside the chain (government, market and social sectors) taking part through at least one link in force into the scope. */
export type SocialForceParticipation = {
  __typename?: 'SocialForceParticipation';
  /** The same, by kind, most first. */
  byKind: Array<KindCount>;
  /** Of the organizations outside the chain located in the scope (locatedIn), the share that take part. */
  locatedShare: Ratio;
  /** How many organizations outside the chain have at least one link in force to an organization of the scope. */
  organizations: Scalars['Int']['output'];
};

/** How many organizations sit directly under each organization of one kind. */
export type SpanOfControl = {
  __typename?: 'SpanOfControl';
  /** Children per organization of this kind, over every such organization in the scope (those without children count as 0). */
  children: Distribution;
  /** The kind of the organizations above. */
  kind: OrganizationKind;
};

/** A set of organizations and the edges among them. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The edges among them. */
  edges: Array<GraphEdge>;
  /** The organizations, nearest first. */
  nodes: Array<Organization>;
  /** True when the limit cut the answer short: more organizations lie within reach. */
  truncated: Scalars['Boolean']['output'];
};

/** The length of the periods of a trend. */
export type TrendInterval =
  /** Calendar months. */
  | 'MONTH'
  /** Calendar quarters. */
  | 'QUARTER'
  /** Calendar years. */
  | 'YEAR';

/** An indicator as of the last day of one period (or of `to`, for the last period). */
export type TrendPoint = {
  __typename?: 'TrendPoint';
  /** The date the value is as of. */
  date: Scalars['Date']['output'];
  /** The denominator on that date. */
  denominator: Scalars['Int']['output'];
  /** The numerator on that date. */
  numerator: Scalars['Int']['output'];
  /** numerator ÷ denominator; null when the denominator is 0. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Changes to an organization; fields left out stay as they are. */
export type UpdateOrganizationInput = {
  /** New address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; if it changed since, nothing is written and the answer is CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Corrected founding date. */
  foundedOn?: InputMaybe<Scalars['Date']['input']>;
  /** New number of households. */
  households?: InputMaybe<Scalars['Int']['input']>;
  /** The organization to change. */
  id: Scalars['ID']['input'];
  /** New area: a community, subdistrict or district committee, for organizations outside the chain. Null clears it; left out, it stays. */
  locatedIn?: InputMaybe<Scalars['ID']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

export type _Entity = Grid | Link | Organization | Person | Post;

export type _Service = {
  __typename?: '_Service';
  sdl?: Maybe<Scalars['String']['output']>;
};

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type AppointPersonMutationVariables = Exact<{
  input: AppointPersonInput;
}>;


export type AppointPersonMutation = { __typename?: 'Mutation', appointPerson: { __typename?: 'Post', id: string, code: string, role: PostRole, title?: string | null, startDate: string, endDate?: string | null, person: { __typename?: 'Person', id: string, code: string, name: string }, organization: { __typename?: 'Organization', id: string, code: string, name: string, links: { __typename?: 'LinkConnection', totalCount: number, nodes: Array<{ __typename?: 'Link', id: string, code: string, weight: number, since: string, until?: string | null, source: { __typename?: 'Organization', code: string }, target: { __typename?: 'Organization', code: string } }> } } } };

export type BuildingCellAncestorsQueryVariables = Exact<{
  code?: Scalars['String']['input'];
}>;


export type BuildingCellAncestorsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, depth: number, households?: number | null, address?: string | null, ancestors: Array<{ __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, depth: number }>, parent?: { __typename?: 'Organization', code: string, grid?: { __typename?: 'Grid', id: string, code: string, name: string, households: number, population: number } | null } | null } | null };

export type GovernanceIndicatorsQueryVariables = Exact<{
  scope?: InputMaybe<Scalars['ID']['input']>;
  activeAt?: InputMaybe<Scalars['Date']['input']>;
}>;


export type GovernanceIndicatorsQuery = { __typename?: 'Query', governanceIndicators: { __typename?: 'GovernanceIndicators', activeAt: string, organizations: number, scope: { __typename?: 'Organization', code: string, name: string }, partyPresenceCoverage: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null }, partyPresenceCoverageByKind: Array<{ __typename?: 'KindRatio', kind: OrganizationKind, ratio: { __typename?: 'Ratio', value?: number | null } }>, crossAppointmentRate: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null }, gridFunctionIntegration: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null }, spanOfControl: Array<{ __typename?: 'SpanOfControl', kind: OrganizationKind, children: { __typename?: 'Distribution', count: number, min?: number | null, mean?: number | null, max?: number | null } }>, managementLoad: { __typename?: 'ManagementLoad', householdsPerGridWorkerOverall?: number | null, gridsWithoutWorkers: number, residentsPerCommunityWorkerOverall?: number | null, communitiesWithoutWorkers: number, householdsPerGridWorker: { __typename?: 'Distribution', min?: number | null, mean?: number | null, max?: number | null }, heaviestGrids: Array<{ __typename?: 'GridLoad', households: number, gridWorkers: number, householdsPerWorker?: number | null, grid: { __typename?: 'Grid', code: string, name: string } }>, residentsPerCommunityWorker: { __typename?: 'Distribution', min?: number | null, mean?: number | null, max?: number | null } }, socialForceParticipation: { __typename?: 'SocialForceParticipation', organizations: number, byKind: Array<{ __typename?: 'KindCount', kind: OrganizationKind, count: number }>, locatedShare: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null } }, isolatedOrganizations: { __typename?: 'IsolatedOrganizationConnection', totalCount: number, nodes: Array<{ __typename?: 'Organization', code: string, name: string, kind: OrganizationKind }> }, collaboration: { __typename?: 'CollaborationStructure', organizations: number, links: number, componentCount: number, largestComponentSize: number, exact: boolean, sampledSources: number, brokers: Array<{ __typename?: 'Broker', betweenness: number, degree: number, organization: { __typename?: 'Organization', code: string, name: string, kind: OrganizationKind } }> } } };

export type GridsOfCommunityQueryVariables = Exact<{
  code?: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GridsOfCommunityQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, code: string, name: string, households?: number | null, children: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Organization', id: string, code: string, name: string, grid?: { __typename?: 'Grid', id: string, code: string, name: string, households: number, population: number, buildings: number, gridWorkers: number, functions: Array<GridFunction> } | null }> } } | null };

export type IndicatorTrendQueryVariables = Exact<{
  indicator?: Indicator;
  scope?: InputMaybe<Scalars['ID']['input']>;
  from?: Scalars['Date']['input'];
  to?: Scalars['Date']['input'];
  interval?: TrendInterval;
}>;


export type IndicatorTrendQuery = { __typename?: 'Query', indicatorTrend: { __typename?: 'IndicatorTrend', indicator: Indicator, interval: TrendInterval, scope: { __typename?: 'Organization', code: string }, points: Array<{ __typename?: 'TrendPoint', date: string, numerator: number, denominator: number, value?: number | null }> } };

export type LinksBySectorQueryVariables = Exact<{
  activeAt?: InputMaybe<Scalars['Date']['input']>;
}>;


export type LinksBySectorQuery = { __typename?: 'Query', linksAggregate: { __typename?: 'LinkAggregate', totalCount: number, groups: Array<{ __typename?: 'LinkGroup', count: number, key: { __typename?: 'LinkGroupKey', kind?: LinkKind | null, sourceSector?: Sector | null, targetSector?: Sector | null } }> } };

export type NeighborhoodQueryVariables = Exact<{
  of?: Scalars['ID']['input'];
  hops?: Scalars['Int']['input'];
  linkKinds?: InputMaybe<Array<LinkKind> | LinkKind>;
  includeVertical?: InputMaybe<Scalars['Boolean']['input']>;
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NeighborhoodQuery = { __typename?: 'Query', neighborhood: { __typename?: 'Subgraph', truncated: boolean, nodes: Array<{ __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind }>, edges: Array<{ __typename?: 'GraphEdge', kind: string, source: { __typename?: 'Organization', code: string }, target: { __typename?: 'Organization', code: string }, link?: { __typename?: 'Link', since: string, until?: string | null, weight: number } | null }> } };

export type NodeQueryVariables = Exact<{
  id?: Scalars['ID']['input'];
}>;


export type NodeQuery = { __typename?: 'Query', node?:
    | { __typename: 'Grid', code: string, name: string, households: number, id: string, community: { __typename?: 'Organization', code: string } }
    | { __typename: 'Link', code: string, since: string, until?: string | null, id: string, linkKind: LinkKind, linkStatus: LinkStatus, source: { __typename?: 'Organization', code: string }, target: { __typename?: 'Organization', code: string } }
    | { __typename: 'Organization', code: string, name: string, kind: OrganizationKind, sector: Sector, id: string, parent?: { __typename?: 'Organization', code: string } | null }
    | { __typename: 'Person', code: string, name: string, id: string }
    | { __typename: 'Post', code: string, role: PostRole, title?: string | null, startDate: string, endDate?: string | null, id: string, organization: { __typename?: 'Organization', code: string } }
   | null };

export type OrganizationByCodeQueryVariables = Exact<{
  code?: Scalars['String']['input'];
}>;


export type OrganizationByCodeQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, sector: Sector, status: OrganizationStatus, depth: number, foundedOn: string, archivedOn?: string | null, households?: number | null, address?: string | null, version: number, parent?: { __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind } | null, ancestors: Array<{ __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, depth: number }> } | null };

export type OrganizationLinksQueryVariables = Exact<{
  code?: Scalars['String']['input'];
  direction?: InputMaybe<LinkDirection>;
  kinds?: InputMaybe<Array<LinkKind> | LinkKind>;
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganizationLinksQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, code: string, name: string, links: { __typename?: 'LinkConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Link', id: string, code: string, kind: LinkKind, status: LinkStatus, since: string, until?: string | null, weight: number, derived: boolean, description?: string | null, source: { __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, sector: Sector }, target: { __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, sector: Sector } }> } } | null };

export type OrganizationTreeQueryVariables = Exact<{
  code?: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  postsFirst?: InputMaybe<Scalars['Int']['input']>;
  activeAt?: InputMaybe<Scalars['Date']['input']>;
}>;


export type OrganizationTreeQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, households?: number | null, children: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, households?: number | null, posts: { __typename?: 'PostConnection', totalCount: number, nodes: Array<{ __typename?: 'Post', id: string, role: PostRole, title?: string | null, startDate: string, endDate?: string | null, person: { __typename?: 'Person', id: string, code: string, name: string } }> }, children: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, households?: number | null, posts: { __typename?: 'PostConnection', totalCount: number, nodes: Array<{ __typename?: 'Post', id: string, role: PostRole, title?: string | null, startDate: string, endDate?: string | null, person: { __typename?: 'Person', id: string, code: string, name: string } }> } }> } }> } } | null };

export type OrganizationsByFilterQueryVariables = Exact<{
  kinds?: InputMaybe<Array<OrganizationKind> | OrganizationKind>;
  sectors?: InputMaybe<Array<Sector> | Sector>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  under?: InputMaybe<Scalars['ID']['input']>;
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  orderBy?: InputMaybe<OrganizationOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganizationsByFilterQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'OrganizationEdge', cursor: string, node: { __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, sector: Sector, status: OrganizationStatus, foundedOn: string, archivedOn?: string | null, parent?: { __typename?: 'Organization', code: string, name: string } | null } }> } };

export type PathAcrossDistrictQueryVariables = Exact<{
  from?: Scalars['ID']['input'];
  to?: Scalars['ID']['input'];
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PathAcrossDistrictQuery = { __typename?: 'Query', shortestPath?: { __typename?: 'Path', length: number, steps: Array<{ __typename?: 'PathStep', organization: { __typename?: 'Organization', code: string, name: string, kind: OrganizationKind }, via?: { __typename?: 'GraphEdge', kind: string } | null }> } | null };

export type PersonPostsQueryVariables = Exact<{
  id?: Scalars['ID']['input'];
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PersonPostsQuery = { __typename?: 'Query', person?: { __typename?: 'Person', id: string, code: string, name: string, posts: { __typename?: 'PostConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Post', id: string, code: string, role: PostRole, title?: string | null, startDate: string, endDate?: string | null, organization: { __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, parent?: { __typename?: 'Organization', code: string, name: string } | null } }> } } | null };

export type ShortestPathQueryVariables = Exact<{
  from?: Scalars['ID']['input'];
  to?: Scalars['ID']['input'];
  linkKinds?: InputMaybe<Array<LinkKind> | LinkKind>;
  includeVertical?: InputMaybe<Scalars['Boolean']['input']>;
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ShortestPathQuery = { __typename?: 'Query', shortestPath?: { __typename?: 'Path', length: number, steps: Array<{ __typename?: 'PathStep', organization: { __typename?: 'Organization', code: string, name: string, kind: OrganizationKind }, via?: { __typename?: 'GraphEdge', kind: string, source: { __typename?: 'Organization', code: string }, target: { __typename?: 'Organization', code: string } } | null }> } | null };

export type SubdistrictDescendantsQueryVariables = Exact<{
  code?: Scalars['String']['input'];
  kinds?: InputMaybe<Array<OrganizationKind> | OrganizationKind>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SubdistrictDescendantsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, descendants: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OrganizationEdge', cursor: string, node: { __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, depth: number, households?: number | null, parent?: { __typename?: 'Organization', code: string } | null } }> } } | null };

export type SubgraphQueryVariables = Exact<{
  root?: Scalars['ID']['input'];
  depth?: Scalars['Int']['input'];
  linkKinds?: InputMaybe<Array<LinkKind> | LinkKind>;
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SubgraphQuery = { __typename?: 'Query', subgraph: { __typename?: 'Subgraph', truncated: boolean, nodes: Array<{ __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, sector: Sector }>, edges: Array<{ __typename?: 'GraphEdge', kind: string, source: { __typename?: 'Organization', id: string }, target: { __typename?: 'Organization', id: string } }> } };


export const AppointPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointPersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CROSS_APPOINTMENT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppointPersonMutation, AppointPersonMutationVariables>;
export const BuildingCellAncestorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuildingCellAncestors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"110199001001-G01-B01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BuildingCellAncestorsQuery, BuildingCellAncestorsQueryVariables>;
export const GovernanceIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernanceIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governanceIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"partyPresenceCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyPresenceCoverageByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"crossAppointmentRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gridFunctionIntegration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spanOfControl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"managementLoad"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"heaviest"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdsPerGridWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdsPerGridWorkerOverall"}},{"kind":"Field","name":{"kind":"Name","value":"gridsWithoutWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"heaviestGrids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"gridWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"householdsPerWorker"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residentsPerCommunityWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residentsPerCommunityWorkerOverall"}},{"kind":"Field","name":{"kind":"Name","value":"communitiesWithoutWorkers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialForceParticipation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locatedShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"isolatedOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMMUNITY_PARTY_COMMITTEE"},{"kind":"EnumValue","value":"RESIDENTS_COMMITTEE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"brokers"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"links"}},{"kind":"Field","name":{"kind":"Name","value":"componentCount"}},{"kind":"Field","name":{"kind":"Name","value":"largestComponentSize"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"sampledSources"}},{"kind":"Field","name":{"kind":"Name","value":"brokers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GovernanceIndicatorsQuery, GovernanceIndicatorsQueryVariables>;
export const GridsOfCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridsOfCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"110199001001","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"GRID_PARTY_BRANCH"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"}},{"kind":"Field","name":{"kind":"Name","value":"gridWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"functions"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GridsOfCommunityQuery, GridsOfCommunityQueryVariables>;
export const IndicatorTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}}},"defaultValue":{"kind":"EnumValue","value":"PARTY_PRESENCE_COVERAGE"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2021-01-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2025-12-31","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrendInterval"}}},"defaultValue":{"kind":"EnumValue","value":"QUARTER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorTrendQuery, IndicatorTrendQueryVariables>;
export const LinksBySectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinksBySector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linksAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"KIND"},{"kind":"EnumValue","value":"SOURCE_SECTOR"},{"kind":"EnumValue","value":"TARGET_SECTOR"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"activeAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSector"}},{"kind":"Field","name":{"kind":"Name","value":"targetSector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<LinksBySectorQuery, LinksBySectorQueryVariables>;
export const NeighborhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighborhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"110199001001","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hops"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"2"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkKinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeVertical"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"hops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hops"}}},{"kind":"Argument","name":{"kind":"Name","value":"linkKinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkKinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeVertical"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeVertical"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"T3JnYW5pemF0aW9uOjE=","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","alias":{"kind":"Name","value":"linkKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"linkStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const OrganizationByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"110199001001","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationByCodeQuery, OrganizationByCodeQueryVariables>;
export const OrganizationLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"110199001001","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkDirection"}},"defaultValue":{"kind":"EnumValue","value":"BOTH"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkKind"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CO_BUILDING"},{"kind":"EnumValue","value":"UNIT_REPORTING"},{"kind":"EnumValue","value":"SERVICE_PARTNERSHIP"},{"kind":"EnumValue","value":"RESOURCE_SHARING"},{"kind":"EnumValue","value":"CROSS_APPOINTMENT"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationLinksQuery, OrganizationLinksQueryVariables>;
export const OrganizationTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"110199001001","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postsFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postsFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationTreeQuery, OrganizationTreeQueryVariables>;
export const OrganizationsByFilterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationsByFilter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectors"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Sector"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MARKET"},{"kind":"EnumValue","value":"SOCIAL"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationOrder"}},"defaultValue":{"kind":"EnumValue","value":"NAME_ASC"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"sectors"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectors"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"activeAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsByFilterQuery, OrganizationsByFilterQueryVariables>;
export const PathAcrossDistrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathAcrossDistrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"110199001001-G01-B01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"110199003002-G08-B08","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PathAcrossDistrictQuery, PathAcrossDistrictQueryVariables>;
export const PersonPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"UGVyc29uOjE=","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonPostsQuery, PersonPostsQueryVariables>;
export const ShortestPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortestPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"ENT-000003","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"110199000000","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkKinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeVertical"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"linkKinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkKinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeVertical"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeVertical"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShortestPathQuery, ShortestPathQueryVariables>;
export const SubdistrictDescendantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubdistrictDescendants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"110199001000","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationKind"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMMUNITY_PARTY_COMMITTEE"},{"kind":"EnumValue","value":"GRID_PARTY_BRANCH"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"2"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubdistrictDescendantsQuery, SubdistrictDescendantsQueryVariables>;
export const SubgraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Subgraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"root"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"110199001001","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"2"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkKinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"2000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subgraph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"root"},"value":{"kind":"Variable","name":{"kind":"Name","value":"root"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"linkKinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkKinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubgraphQuery, SubgraphQueryVariables>;