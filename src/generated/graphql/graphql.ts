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
  /** A point in time, written in ISO 8601 with a zone (2026-01-05T08:30:00+08:00 or …Z); answered in UTC, with milliseconds. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  _Any: { input: unknown; output: unknown; }
  federation__FieldSet: { input: string; output: string; }
  link__Import: { input: unknown; output: unknown; }
};

/** An activity of the social forces: organised by an organization with partners, in a community or grid, over a period. */
export type Activity = Node & {
  __typename?: 'Activity';
  /** How many people it served. */
  beneficiaries: Scalars['Int']['output'];
  /** Stable business key. */
  code: Scalars['String']['output'];
  /** The community (its Party committee) it took place in. */
  community: Organization;
  /** When it ends (after it starts). */
  endsAt: Scalars['DateTime']['output'];
  /** The grid it took place in; null when placed in a community only. */
  grid?: Maybe<Grid>;
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
  /** What kind of activity. */
  kind: ActivityKind;
  /** Its length in hours. */
  lengthHours: Scalars['Float']['output'];
  /** The need it answers, if any (and within your jurisdiction). */
  need?: Maybe<Need>;
  /** The organization that organised it. Outside your scope, only its id, code, name and kind are shown. */
  organiser: Organization;
  /** Who took part, by code. */
  participations: ParticipationConnection;
  /** Its partner organizations, by id. Outside your scope, only their id, code, name and kind are shown. */
  partners: Array<Organization>;
  /** The service case it answers, if any (and within your jurisdiction). */
  serviceCase?: Maybe<ServiceCase>;
  /** When it starts. */
  startsAt: Scalars['DateTime']['output'];
  /** What it is, in a line. */
  title: Scalars['String']['output'];
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
};


/** An activity of the social forces: organised by an organization with partners, in a community or grid, over a period. */
export type ActivityParticipationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  roles?: InputMaybe<Array<ParticipationRole>>;
};

/** A page of activities, with the total across all pages. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** The items of this page with their cursors. */
  edges: Array<ActivityEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<Activity>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Activity in a page, with its cursor. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Activity. */
  node: Activity;
};

/** Conditions an activity must all meet to be listed. */
export type ActivityFilter = {
  /** Only activities ending after the start of this day (UTC). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only activities in this grid. */
  grid?: InputMaybe<Scalars['ID']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<ActivityKind>>;
  /** Only activities answering this need. */
  need?: InputMaybe<Scalars['ID']['input']>;
  /** Only activities this organization organised. */
  organiser?: InputMaybe<Scalars['ID']['input']>;
  /** Only activities this organization organised or was a partner in. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** Only activities starting before the start of this day (UTC). */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only activities in a community of this subtree. */
  under?: InputMaybe<Scalars['ID']['input']>;
};

/** What kind of activity. */
export type ActivityKind =
  /** Donations, a charity sale, help for families in difficulty. */
  | 'CHARITY'
  /** Professionals answer residents (legal, medical, psychological). */
  | 'CONSULTATION_DAY'
  /** A project of a co-building agreement between a community and units. */
  | 'CO_BUILDING_PROJECT'
  /** Party organisational life (a theme Party day, a lecture). */
  | 'PARTY_LIFE'
  /** Safety or civility patrols. */
  | 'PATROL'
  /** Volunteer service for residents. */
  | 'VOLUNTEER_SERVICE';

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
  /** Why it ends, with endDate only. */
  endReason?: InputMaybe<PostEndReason>;
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

/** A whistle: who blows it, on which cases, summoning which units. */
export type BlowWhistleInput = {
  /** Who blew it. Personal data. */
  actingPerson?: InputMaybe<Scalars['String']['input']>;
  /** When; default now. */
  blownAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The caller: a community Party committee or a subdistrict Party working committee above the cases. */
  callerId: Scalars['ID']['input'];
  /** The cases it covers (one, or a cluster). */
  cases: Array<WhistleCaseInput>;
  /** Stable business key, unique. */
  code: Scalars['String']['input'];
  /** What the problem is, at most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Why. */
  reason: WhistleReason;
  /** When the units must have reported. */
  reportBy?: InputMaybe<Scalars['DateTime']['input']>;
  /** Minutes the units have to report; default 30. Ignored when reportBy is given. */
  reportWithinMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The units summoned: each in the caller's chain or linked to it by a link in force. */
  unitIds: Array<Scalars['ID']['input']>;
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

/** The cancellation of a training course. */
export type CancelTrainingCourseInput = {
  /** The version last read; CONFLICT when it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The course. */
  id: Scalars['ID']['input'];
  /** Why (at most 200 characters). */
  reason: Scalars['String']['input'];
};

/** Service cases matching a filter, counted in groups. */
export type CaseAggregate = {
  __typename?: 'CaseAggregate';
  /** The groups, largest first. */
  groups: Array<CaseGroup>;
  /** How many cases match the filter. */
  totalCount: Scalars['Int']['output'];
};

/** Breached cases whose longest wait was in one status. */
export type CaseBreachStage = {
  __typename?: 'CaseBreachStage';
  /** Breached cases whose longest gap was in this status. */
  cases: Scalars['Int']['output'];
  /** The hours those longest gaps add up to. */
  hours: Scalars['Float']['output'];
  /** The status the case sat in during its longest gap between two consecutive events (for a case still open, its last event to now counts as a gap). */
  stage: CaseStatus;
};

/** How a request came in. */
export type CaseChannel =
  /** Found by a grid worker on patrol (proactive governance, 未诉先办). */
  | 'GRID_PATROL'
  /** A call to the 12345 citizen service hotline. */
  | 'HOTLINE'
  /** A web, app or mini-program submission. */
  | 'ONLINE'
  /** Raised by a Party member reporting to the community (吹哨 from below). */
  | 'PARTY_MEMBER'
  /** Raised by a sensor or camera (smoke, water, lifts). */
  | 'SENSOR'
  /** Brought to a community or subdistrict front desk. */
  | 'WALK_IN';

/** What made an organization reachable from a case: its chain, or a link (given). */
export type CaseEligibility = {
  __typename?: 'CaseEligibility';
  /** CHAIN or LINK. */
  kind: EligibilityKind;
  /** LINK: the link in force that made the target reachable. */
  link?: Maybe<Link>;
};

/** One step in the history of a service case. Append-only. */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  /** The organization that acted. */
  actingOrganization: Organization;
  /** The staff member who acted. Personal data: without the pii right the family name is kept and the rest masked. */
  actingPerson?: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** REQUEST_EXTENSION: the due time asked for; GRANT_EXTENSION: the new due time. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** For a DISPATCH or TRANSFER: what made the target reachable. */
  eligibility?: Maybe<EligibilityKind>;
  /** DISPATCH, TRANSFER, RETURN: where the case came from. */
  fromOrganization?: Maybe<Organization>;
  /** Global, opaque id of the event. Stable. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: CaseEventKind;
  /** A note. Notes may hold personal data: without the pii right only public notes are shown. */
  note?: Maybe<Scalars['String']['output']>;
  /** Whether the event may be shown to the public (Open311 status_notes). */
  public: Scalars['Boolean']['output'];
  /** A reason code (why it was returned, rejected, extended, urged…). */
  reason?: Maybe<Scalars['String']['output']>;
  /** REPLY: the handler's claim; REVISIT: the resident's answer. */
  resolved?: Maybe<Resolution>;
  /** REVISIT: the resident's satisfaction. */
  satisfaction?: Maybe<Satisfaction>;
  /** Position in the case: 1 for its RECEIVE, then 2, 3, … */
  seq: Scalars['Int']['output'];
  /** The case. */
  serviceCase: ServiceCase;
  /** The status of the case after this event. */
  statusAfter: CaseStatus;
  /** RECEIVE: the intake; DISPATCH, TRANSFER, RETURN: where the case went. */
  toOrganization?: Maybe<Organization>;
  /** DISPATCH, TRANSFER with eligibility LINK: the link that made the target reachable. */
  viaLink?: Maybe<Link>;
  /** WHISTLE, UNIT_REPORT: the whistle. */
  whistle?: Maybe<Whistle>;
};

/** A page of case events, in order, with the total across all pages. */
export type CaseEventConnection = {
  __typename?: 'CaseEventConnection';
  /** The items of this page with their cursors. */
  edges: Array<CaseEventEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<CaseEvent>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One CaseEvent in a page, with its cursor. */
export type CaseEventEdge = {
  __typename?: 'CaseEventEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The CaseEvent. */
  node: CaseEvent;
};

/** What happened to a service case; each kind may follow only the statuses the lifecycle table lists. */
export type CaseEventKind =
  /** A consultation answered at intake (直办), closed without dispatch. Allowed from RECEIVED; leads to CLOSED. */
  | 'ANSWER_AT_INTAKE'
  /** Closed (办结归档), after a reply, with or without a revisit. Allowed from REPLIED, REVISITED; leads to CLOSED. */
  | 'CLOSE'
  /** The handler contacts the resident (先行联系): the first one is the "response". Allowed from SIGNED, IN_PROGRESS, REOPENED; leads to IN_PROGRESS. */
  | 'CONTACT'
  /** Sent to a handling unit reachable from the case (派单); the unit becomes the current handler. Allowed from RECEIVED, RETURNED, REOPENED; leads to DISPATCHED. */
  | 'DISPATCH'
  /** The extension asked for is granted: the case gets its new due time. Allowed from SIGNED, IN_PROGRESS, REOPENED; leads to the same status. */
  | 'GRANT_EXTENSION'
  /** A duplicate of another case (合并), which carries on; this one stops. Allowed from RECEIVED, DISPATCHED, RETURNED, SIGNED, IN_PROGRESS; leads to MERGED. */
  | 'MERGE'
  /** A note on the case; the status stays. Allowed any status; leads to the same status. */
  | 'NOTE'
  /** The intake (hotline operator, grid worker, front desk) registers the request. Allowed first event of every case; leads to RECEIVED. */
  | 'RECEIVE'
  /** Refused at intake as outside the scope of the service (不予受理). Allowed from RECEIVED, RETURNED; leads to REJECTED. */
  | 'REJECT'
  /** Reopened for handling again (重办), usually after an unsatisfied revisit; the last handler works on it. Allowed from REVISITED, CLOSED; leads to REOPENED. */
  | 'REOPEN'
  /** The handler answers the resident and reports the result (答复/办结), with the resolution it claims. Allowed from SIGNED, IN_PROGRESS, REOPENED; leads to REPLIED. */
  | 'REPLY'
  /** The handler asks for a later due time (申请延期), before the deadline. Allowed from SIGNED, IN_PROGRESS, REOPENED; leads to the same status. */
  | 'REQUEST_EXTENSION'
  /** The unit sends it back unsigned, "not our jurisdiction or function" (退单); the dispatcher handles it again. Allowed from DISPATCHED; leads to RETURNED. */
  | 'RETURN'
  /** The callback (回访): the resident judges whether it was resolved and how satisfied they are. Allowed from REPLIED; leads to REVISITED. */
  | 'REVISIT'
  /** The unit signs for it (签收): the handling clock starts. Allowed from DISPATCHED; leads to SIGNED. */
  | 'SIGN'
  /** The handler hands it on, after signing, to another reachable unit (转办); that unit must sign in turn. Allowed from SIGNED, IN_PROGRESS, REOPENED; leads to DISPATCHED. */
  | 'TRANSFER'
  /** A summoned unit reports (报到) to a whistle covering the case. Allowed from SIGNED, IN_PROGRESS, REOPENED, REPLIED, REVISITED, CLOSED; leads to the same status. */
  | 'UNIT_REPORT'
  /** Supervision urges the handler (督办). Allowed from DISPATCHED, SIGNED, IN_PROGRESS, REOPENED; leads to the same status. */
  | 'URGE'
  /** A community or subdistrict blows the whistle on it (吹哨): units are summoned. Allowed from SIGNED, IN_PROGRESS, REOPENED; leads to the same status. */
  | 'WHISTLE'
  /** The resident withdraws the request (撤单). Allowed from RECEIVED, DISPATCHED, RETURNED, SIGNED, IN_PROGRESS, REOPENED; leads to WITHDRAWN. */
  | 'WITHDRAW';

/** Conditions a case event must all meet to be sent to a caseEvents subscriber. */
export type CaseEventSubscriptionFilter = {
  /** Only cases of these categories (ServiceCategory ids), each with its direct subcategories. */
  categories?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only cases this organization handles after the event, or that it has just handed on (dispatched, transferred, returned). */
  handler?: InputMaybe<Scalars['ID']['input']>;
  /** Only these kinds of event. */
  kinds?: InputMaybe<Array<CaseEventKind>>;
  /** Only events that leave their case in one of these statuses. */
  statuses?: InputMaybe<Array<CaseStatus>>;
  /** Only cases whose community is this organization or lies in its subtree. */
  under?: InputMaybe<Scalars['ID']['input']>;
};

/** An extension asked for or granted. */
export type CaseExtensionInput = {
  /** The organization that acted; default the current handler. */
  actingOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The staff member who acted. Personal data: masked without the pii right. */
  actingPerson?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; default now. Not before the case’s previous event. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** requestExtension: the due time asked for (required). grantExtension: the one granted; default as asked. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  id: Scalars['ID']['input'];
  /** A note, at most 2,000 characters. Shown without the pii right only when public. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Whether the note may be shown publicly; default false. */
  public?: InputMaybe<Scalars['Boolean']['input']>;
  /** A reason code (NOT_OUR_JURISDICTION, OUT_OF_SCOPE, NEEDS_MATERIALS…). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Service cases sharing the values of the chosen dimensions, counted. */
export type CaseGroup = {
  __typename?: 'CaseGroup';
  /** How many cases the group has. */
  count: Scalars['Int']['output'];
  /** The values the group shares. */
  key: CaseGroupKey;
};

/** A dimension to count service cases by. */
export type CaseGroupBy =
  /** By category. */
  | 'CATEGORY'
  /** By channel. */
  | 'CHANNEL'
  /** By community. */
  | 'COMMUNITY'
  /** By grid (null for cases without one). */
  | 'GRID'
  /** By the month of receipt (UTC), as 2026-01. */
  | 'MONTH'
  /** By status. */
  | 'STATUS'
  /** By urgency tier. */
  | 'URGENCY'
  /** By the ISO week of receipt (UTC), as the date of its Monday. */
  | 'WEEK';

/** The values of the chosen dimensions shared by a group; dimensions not chosen are null. */
export type CaseGroupKey = {
  __typename?: 'CaseGroupKey';
  /** The category, when grouping by CATEGORY. */
  category?: Maybe<ServiceCategory>;
  /** The channel, when grouping by CHANNEL. */
  channel?: Maybe<CaseChannel>;
  /** The community, when grouping by COMMUNITY. */
  community?: Maybe<Organization>;
  /** The grid, when grouping by GRID (null for cases without one, or outside your jurisdiction). */
  grid?: Maybe<Grid>;
  /** The month of receipt (2026-01), when grouping by MONTH. */
  month?: Maybe<Scalars['String']['output']>;
  /** The status, when grouping by STATUS. */
  status?: Maybe<CaseStatus>;
  /** The urgency tier, when grouping by URGENCY. */
  urgency?: Maybe<CaseUrgency>;
  /** The Monday of the week of receipt (2026-01-05), when grouping by WEEK. */
  week?: Maybe<Scalars['String']['output']>;
};

/** The case indicators of one group. The period is receivedAt in [from, to), except for onTimeClosureRate (dueAt in it). Every share is numerator ÷ denominator; see the README, "Service cases", for each definition. */
export type CaseIndicatorGroup = {
  __typename?: 'CaseIndicatorGroup';
  /** True when the group has fewer cases than minSample: its figures are shown but it is not ranked. */
  belowMinimumSample: Scalars['Boolean']['output'];
  /** callbackRate: revisited cases ÷ replied cases. */
  callbackRate: Ratio;
  /** Cases received in the period. */
  cases: Scalars['Int']['output'];
  /** cases ÷ (population ÷ 1,000); null without a population. */
  casesPer1000Residents?: Maybe<Scalars['Float']['output']>;
  /** CATEGORY: the category. */
  category?: Maybe<ServiceCategory>;
  /** CHANNEL: the channel. */
  channel?: Maybe<CaseChannel>;
  /** escalationRate (吹哨率): cases with a whistle ÷ cases (every case lies in a community, the level that whistles). */
  escalationRate: Ratio;
  /** GRID: the grid; null for the cases without one. */
  grid?: Maybe<Grid>;
  /** handlerResolutionRate: cases whose handler's last reply claimed YES ÷ replied cases with a claim (beside resolutionRate, to show the gap). */
  handlerResolutionRate: Ratio;
  /** Not hours: dispatches and transfers (hops) per dispatched case received in the period; 1 when no unit returned it or passed it on. */
  hopStats: DurationStats;
  /** onTimeClosureRate: cases closed by their dueAt (extensions included) ÷ cases whose dueAt falls in the period (REJECTED, MERGED and WITHDRAWN left out). */
  onTimeClosureRate: Ratio;
  /** COMMUNITY, SUBDISTRICT or HANDLER: the organization (outside your scope, only its id, code, name and kind). */
  organization?: Maybe<Organization>;
  /** Residents of the group's grids (GRID, COMMUNITY, SUBDISTRICT); null for the other groupings. */
  population?: Maybe<Scalars['Int']['output']>;
  /** Its place by rankBy among the groups that have at least minSample cases and a value (1 the highest; ties share a place); null otherwise. */
  rank?: Maybe<Scalars['Int']['output']>;
  /** reopenRate (重办率): cases reopened at least once ÷ cases closed at least once (closed now, or reopened). */
  reopenRate: Ratio;
  /** resolutionRate (解决率), resident-judged: cases whose last revisit answered resolved YES ÷ revisited cases with an answer. */
  resolutionRate: Ratio;
  /** responseRate (响应率): dispatched cases signed and contacted within the response limit of their category and urgency (from receipt) ÷ dispatched cases, WITHDRAWN and MERGED left out. */
  responseRate: Ratio;
  /** The most frequent return paths of the group (topReturnPaths of them), most returns first. */
  returnPaths: Array<CaseReturnPath>;
  /** returnRate (退单率): RETURN events ÷ DISPATCH events, of the cases received in the period. */
  returnRate: Ratio;
  /** satisfactionRate (满意率): SATISFIED (and BASICALLY with countBasically) at the last revisit ÷ revisited cases with an answer. */
  satisfactionRate: Ratio;
  /** Cases received in the period and closed after their dueAt, or not closed and past it (REJECTED, MERGED and WITHDRAWN left out). */
  slaBreaches: CaseSlaBreaches;
  /** Hours from receipt to the closure, of the cases received in the period that are closed. */
  timeToClose: DurationStats;
  /** Hours from receipt to the first contact with the resident (the response), of the cases received in the period that had one. */
  timeToFirstResponse: DurationStats;
  /** Hours from receipt to the last reply, of the cases received in the period that were replied to. */
  timeToReply: DurationStats;
  /** In MINUTES: from the whistle to the report of each summoned unit that reported (one value per summons), over the whistles on the cases received in the period. */
  unitReportMinutes: DurationStats;
  /** unitReportOnTime: summons reported by their whistle's reportBy ÷ summons, over the whistles on the cases received in the period. */
  unitReportOnTime: Ratio;
  /** URGENCY: the tier. */
  urgency?: Maybe<CaseUrgency>;
};

/** What the case indicators are computed per. */
export type CaseIndicatorGroupBy =
  /** The case's category. */
  | 'CATEGORY'
  /** How the request came in. */
  | 'CHANNEL'
  /** The case's community. */
  | 'COMMUNITY'
  /** The case's grid (cases without one form a group of their own). */
  | 'GRID'
  /** The organization handling the case now. */
  | 'HANDLER'
  /** The subdistrict above the case's community. */
  | 'SUBDISTRICT'
  /** The urgency tier. */
  | 'URGENCY';

/** What the groups are ranked by: highest first. Groups below the minimum sample, and groups whose value is null, are not ranked. */
export type CaseIndicatorRanking =
  /** casesPer1000Residents: the hotspots first. */
  | 'CASES_PER_1000_RESIDENTS'
  /** onTimeClosureRate. */
  | 'ON_TIME_CLOSURE_RATE'
  /** resolutionRate (resident-judged). */
  | 'RESOLUTION_RATE'
  /** responseRate. */
  | 'RESPONSE_RATE'
  /** satisfactionRate (with BASICALLY when countBasically is true). */
  | 'SATISFACTION_RATE';

/** Case indicators of a scope over a period, per group. */
export type CaseIndicators = {
  __typename?: 'CaseIndicators';
  /** The first day of the period. */
  from: Scalars['Date']['output'];
  /** What the groups are. */
  groupBy: CaseIndicatorGroupBy;
  /** The groups with cases received (or due) in the period: ranked groups by rank, then the others, most cases first. */
  groups: Array<CaseIndicatorGroup>;
  /** The minimum number of cases for a group to be ranked. */
  minSample: Scalars['Int']['output'];
  /** What the groups are ranked by. */
  rankBy: CaseIndicatorRanking;
  /** The organization whose subtree was measured. */
  scope: Organization;
  /** The units summoned by the whistles on the cases of the scope received in the period, whatever the groups: ranked units by rank, then the others, most summons first. One statement. */
  summonedUnits: Array<CaseSummonedUnit>;
  /** The day after the period (the period is [from, to)). */
  to: Scalars['Date']['output'];
};


/** Case indicators of a scope over a period, per group. */
export type CaseIndicatorsSummonedUnitsArgs = {
  minSummons?: Scalars['Int']['input'];
  rankBy?: CaseSummonedUnitRanking;
};

/** How a list of service cases is sorted. */
export type CaseOrder =
  /** By work-order number. */
  | 'CODE_ASC'
  /** The soonest due first. */
  | 'DUE_AT_ASC'
  /** Oldest first. */
  | 'RECEIVED_AT_ASC'
  /** Newest first (the default). */
  | 'RECEIVED_AT_DESC';

/** An organization a case passed through, with the event that brought it there. */
export type CasePathStep = {
  __typename?: 'CasePathStep';
  /** The hop that led here: RECEIVE (the intake), DISPATCH, TRANSFER or RETURN. */
  event: CaseEvent;
  /** The organization the case reached. */
  organization: Organization;
};

/** A return path (退单): the unit that sent cases back, and the unit they went back to. */
export type CaseReturnPath = {
  __typename?: 'CaseReturnPath';
  /** The unit that returned them (the handler that said "not ours"). */
  from: Organization;
  /** RETURN events along this path. */
  returns: Scalars['Int']['output'];
  /** The unit they went back to (the dispatcher). */
  to: Organization;
};

/** Cases received in the period and closed after their dueAt, or still not closed past it (side exits left out), with where their time went. */
export type CaseSlaBreaches = {
  __typename?: 'CaseSlaBreaches';
  /** How many. */
  count: Scalars['Int']['output'];
  /** Where the time went: the breached cases by the status of their longest wait, most cases first. */
  stages: Array<CaseBreachStage>;
};

/** Where a service case stands, derived from its events through the lifecycle table (README, "Service cases"). */
export type CaseStatus =
  /** Closed (办结), or answered at intake. May be reopened. Next steps: UNIT_REPORT, REOPEN (and NOTE). */
  | 'CLOSED'
  /** Sent to a unit (派单), waiting for it to sign or return it. Next steps: RETURN, SIGN, URGE, MERGE, WITHDRAW (and NOTE). */
  | 'DISPATCHED'
  /** Being handled (办理): the resident has been contacted. Next steps: CONTACT, REQUEST_EXTENSION, GRANT_EXTENSION, URGE, WHISTLE, UNIT_REPORT, TRANSFER, REPLY, MERGE, WITHDRAW (and NOTE). */
  | 'IN_PROGRESS'
  /** A duplicate merged into another case. Final. Next steps: none (and NOTE). */
  | 'MERGED'
  /** Registered at intake (受理), not yet dispatched. Next steps: ANSWER_AT_INTAKE, DISPATCH, MERGE, REJECT, WITHDRAW (and NOTE). */
  | 'RECEIVED'
  /** Refused at intake as outside the service. Final. Next steps: none (and NOTE). */
  | 'REJECTED'
  /** Reopened (重办): the last handler works on it again. Next steps: DISPATCH, CONTACT, REQUEST_EXTENSION, GRANT_EXTENSION, URGE, WHISTLE, UNIT_REPORT, TRANSFER, REPLY, WITHDRAW (and NOTE). */
  | 'REOPENED'
  /** The handler replied (答复/办结); waiting for the revisit or closure. Next steps: UNIT_REPORT, REVISIT, CLOSE (and NOTE). */
  | 'REPLIED'
  /** Returned by the unit unsigned (退单); the dispatcher must dispatch it again, or reject it. Next steps: DISPATCH, MERGE, REJECT, WITHDRAW (and NOTE). */
  | 'RETURNED'
  /** The resident was called back (回访) and judged the result. Next steps: UNIT_REPORT, CLOSE, REOPEN (and NOTE). */
  | 'REVISITED'
  /** Signed for by the unit (签收); the resident not yet contacted. Next steps: CONTACT, REQUEST_EXTENSION, GRANT_EXTENSION, URGE, WHISTLE, UNIT_REPORT, TRANSFER, REPLY, MERGE, WITHDRAW (and NOTE). */
  | 'SIGNED'
  /** Withdrawn by the resident. Final. Next steps: none (and NOTE). */
  | 'WITHDRAWN';

/** One step of a case: which case, the version you last read, and who did it when. */
export type CaseStepInput = {
  /** The organization that acted; default the current handler. */
  actingOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The staff member who acted. Personal data: masked without the pii right. */
  actingPerson?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; default now. Not before the case’s previous event. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  id: Scalars['ID']['input'];
  /** A note, at most 2,000 characters. Shown without the pii right only when public. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Whether the note may be shown publicly; default false. */
  public?: InputMaybe<Scalars['Boolean']['input']>;
  /** A reason code (NOT_OUR_JURISDICTION, OUT_OF_SCOPE, NEEDS_MATERIALS…). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** What a step did: the case after it, the event appended, and, for a dispatch or a transfer, what made the target reachable. */
export type CaseStepResult = {
  __typename?: 'CaseStepResult';
  /** DISPATCH and TRANSFER: the edge that made the target eligible. */
  eligibility?: Maybe<CaseEligibility>;
  /** The event appended. */
  event: CaseEvent;
  /** The case after the step (its new status and version). */
  serviceCase: ServiceCase;
};

/** A unit summoned by the whistles on the cases (吹哨报到, the departments report): how fast it reported, over caseIndicators' scope and period. */
export type CaseSummonedUnit = {
  __typename?: 'CaseSummonedUnit';
  /** True when it has fewer summons than minSummons: its figures are shown but it is not ranked. */
  belowMinimumSample: Scalars['Boolean']['output'];
  /** The unit (outside your scope, only its id, code, name and kind). */
  organization: Organization;
  /** Its place by rankBy among the units with at least minSummons summons and a value (1 the best; ties share a place); null otherwise. */
  rank?: Maybe<Scalars['Int']['output']>;
  /** Its summons by the whistles on the cases of the scope received in the period (a summons once, however many of those cases its whistle covers). */
  summons: Scalars['Int']['output'];
  /** In MINUTES: from the whistle to its report, one value per summons it reported on. */
  unitReportMinutes: DurationStats;
  /** Its summons reported by their whistle's reportBy ÷ its summons. */
  unitReportOnTime: Ratio;
};

/** What the summoned units are ranked by. Units below the minimum number of summons, and units without a value, are not ranked. */
export type CaseSummonedUnitRanking =
  /** unitReportMinutes.median: the fastest first. */
  | 'MEDIAN_REPORT_MINUTES'
  /** unitReportOnTime: the highest share reported by reportBy first. */
  | 'ON_TIME_RATE';

/** Urgency tier; the category sets the time limits of each. */
export type CaseUrgency =
  /** Red: an emergency (burst pipe, no heating in winter); default 2 h to respond. */
  | 'EMERGENCY'
  /** Blue: ordinary; default 72 h to respond, 7 days to close. */
  | 'NORMAL'
  /** Yellow: urgent; default 24 h to respond. */
  | 'URGENT';

/** The kinds of request of the Beijing regulation on handling complaints upon receipt. */
export type CategoryKind =
  /** A complaint (投诉). */
  | 'COMPLAINT'
  /** A question (咨询); often answered at intake. */
  | 'CONSULTATION'
  /** A report of a violation (举报). */
  | 'REPORT'
  /** A request for help (求助). */
  | 'REQUEST_FOR_HELP'
  /** A suggestion (建议). */
  | 'SUGGESTION';

/** The time limits of a category for one urgency tier. */
export type CategoryTimeLimit = {
  __typename?: 'CategoryTimeLimit';
  /** Hours from receipt to the reply: the case's dueAt, unless an extension is granted. */
  closeHours: Scalars['Int']['output'];
  /** Hours from receipt to the first contact with the resident (the response). */
  responseHours: Scalars['Int']['output'];
  /** The urgency tier. */
  urgency: CaseUrgency;
};

/** A resource opens, closes for a while, or ends. */
export type ChangeResourceStatusInput = {
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The resource. */
  id: Scalars['ID']['input'];
  /** The new status. DEFUNCT is final. */
  status: ResourceStatus;
};

/** A new grade for a worker, from a date after the last change; a PROMOTION may change the post. */
export type ChangeWorkerGradeInput = {
  /** From when: not before the last grade change, within the employment. */
  effectiveOn: Scalars['Date']['input'];
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The new grade, within the post’s range. */
  grade: Scalars['Int']['input'];
  /** The worker profile. */
  id: Scalars['ID']['input'];
  /** The post from this date (only with PROMOTION); default unchanged. */
  postCategory?: InputMaybe<WorkerPostCategory>;
  /** Why. */
  reason: GradeChangeReason;
};

/** An organization or a person takes an OPEN need on: give exactly one of organizationId and personId. */
export type ClaimNeedInput = {
  /** When it was claimed; default now. Not before it was raised. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The need. */
  id: Scalars['ID']['input'];
  /** The claiming organization (a unit, an enterprise, a Party branch). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The claiming person (a volunteer, a Party member). Personal data. */
  personId?: InputMaybe<Scalars['ID']['input']>;
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

/** A new activity. */
export type CreateActivityInput = {
  /** How many people it served; default 0. */
  beneficiaries?: InputMaybe<Scalars['Int']['input']>;
  /** Stable business key, unique, at most 64 characters. */
  code: Scalars['String']['input'];
  /** The community (Party committee) it takes place in; required without a grid. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** When it ends, after it starts. */
  endsAt: Scalars['DateTime']['input'];
  /** The grid it takes place in; its community is the activity’s. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** What kind of activity. */
  kind: ActivityKind;
  /** The need it answers. */
  needId?: InputMaybe<Scalars['ID']['input']>;
  /** The organising organization. */
  organiserId: Scalars['ID']['input'];
  /** Partner organizations, besides the organiser. */
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The service case it answers. */
  serviceCaseId?: InputMaybe<Scalars['ID']['input']>;
  /** When it starts. */
  startsAt: Scalars['DateTime']['input'];
  /** What it is, in a line (at most 200 characters). */
  title: Scalars['String']['input'];
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

/** A new resource on the resource list. */
export type CreateResourceInput = {
  /** How much is available, as the owner reports it. */
  available?: InputMaybe<Scalars['Float']['input']>;
  /** When available was reported; default now. */
  availableUpdatedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Stable business key, unique, at most 64 characters. */
  code: Scalars['String']['input'];
  /** The community (Party committee) it is in; required without a grid. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** What it is and how to get it, at most 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The grid it is in; its community is the resource’s. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** What it is. */
  kind: ResourceKind;
  /** The capacity at once (the budget for FUNDS); more than 0. */
  maximum: Scalars['Float']['input'];
  /** Its name, at most 200 characters. */
  name: Scalars['String']['input'];
  /** Weekly opening hours, "Mo-Fr 08:30-17:30; Sa 09:00-12:00" (local times); omitted: always open. */
  openingHours?: InputMaybe<Scalars['String']['input']>;
  /** The organization that owns and offers it. */
  ownerId: Scalars['ID']['input'];
  /** Default ACTIVE. */
  status?: InputMaybe<ResourceStatus>;
  /** The unit of its capacity and of every use: m², seat, CNY, hour, item… (at most 16 characters). */
  unit: Scalars['String']['input'];
};

/** A new training course. */
export type CreateTrainingCourseInput = {
  /** Stable business key, unique, at most 64 characters. */
  code: Scalars['String']['input'];
  /** Last day (inclusive), not before the first. */
  endsOn: Scalars['Date']['input'];
  /** Its length in hours: more than 0. */
  hours: Scalars['Float']['input'];
  /** At what level. */
  level: TrainingLevel;
  /** The provider: an organization of your jurisdiction, or one with a SERVICE_PARTNERSHIP link in force with one of them (a professional service organisation). */
  providerId: Scalars['ID']['input'];
  /** First day. */
  startsOn: Scalars['Date']['input'];
  /** What it is, in a line (at most 200 characters). */
  title: Scalars['String']['input'];
  /** Its topic, at most 64 characters. */
  topic: Scalars['String']['input'];
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

/** A dispatch or transfer: the unit the case goes to must be reachable from it. */
export type DispatchCaseInput = {
  /** The organization that acted; default the current handler. */
  actingOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The staff member who acted. Personal data: masked without the pii right. */
  actingPerson?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; default now. Not before the case’s previous event. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  id: Scalars['ID']['input'];
  /** A note, at most 2,000 characters. Shown without the pii right only when public. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Whether the note may be shown publicly; default false. */
  public?: InputMaybe<Scalars['Boolean']['input']>;
  /** A reason code (NOT_OUR_JURISDICTION, OUT_OF_SCOPE, NEEDS_MATERIALS…). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The unit it goes to: in the case's chain, or linked to it by a link in force. */
  toOrganizationId: Scalars['ID']['input'];
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

/** The spread of a duration over cases (or summons): in hours unless the field says otherwise. Median and p90 interpolate linearly between the two nearest values (percentile_cont). */
export type DurationStats = {
  __typename?: 'DurationStats';
  /** How many durations. */
  count: Scalars['Int']['output'];
  /** Their mean; null when count is 0. */
  mean?: Maybe<Scalars['Float']['output']>;
  /** Their median; null when count is 0. */
  median?: Maybe<Scalars['Float']['output']>;
  /** Their 90th percentile; null when count is 0. */
  p90?: Maybe<Scalars['Float']['output']>;
};

/** What made an organization reachable from a case. */
export type EligibilityKind =
  /** It is in the case's chain on the date: the community, an organization above it, or one below it. */
  | 'CHAIN'
  /** It is joined to the chain by a link in force on the date, of kind CO_BUILDING, UNIT_REPORTING, SERVICE_PARTNERSHIP, GUIDANCE, PARTY_PRESENCE. */
  | 'LINK';

/** An activity cut short. */
export type EndActivityInput = {
  /** When it ended: after it started, before its planned end; default now. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you last read; CONFLICT when it has changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The activity. */
  id: Scalars['ID']['input'];
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

/** The end of a Party member's individual double reporting. */
export type EndMemberReportInput = {
  /** The version you last read; CONFLICT when it has changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The member report. */
  id: Scalars['ID']['input'];
  /** The day it ends (exclusive): after it started. */
  until: Scalars['Date']['input'];
};

/** Ends a post. It stays in the history. */
export type EndPostInput = {
  /** First day no longer held; default today. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Why it ends (TERM_END, ROTATION, RESIGNATION, ELECTION, DISMISSAL); not recorded when omitted. */
  endReason?: InputMaybe<PostEndReason>;
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The post to end. */
  id: Scalars['ID']['input'];
};

/** A worker leaves. */
export type ExitWorkerInput = {
  /** First day no longer employed: after the hiring and the last grade change. */
  exitedOn: Scalars['Date']['input'];
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The worker profile. */
  id: Scalars['ID']['input'];
  /** Why. */
  reason: WorkerExitReason;
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

/** Why a grade was given or changed. */
export type GradeChangeReason =
  /** A social-work qualification obtained. */
  | 'CERTIFICATE'
  /** A degree, counted as years of service (bachelor 3, master 5, doctorate 7). */
  | 'EDUCATION'
  /** A move to a higher post (GENERAL → DEPUTY → HEAD). */
  | 'PROMOTION'
  /** Years of service: about one step every 3 years (also the grade given on hiring). */
  | 'SENIORITY';

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
  /** Service cases of this grid, newest first by default. */
  serviceCases: ServiceCaseConnection;
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
};


/** A grid: the basic management and service unit of a community, served by a grid Party branch and grid workers. */
export type GridServiceCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CaseOrder>;
  statuses?: InputMaybe<Array<CaseStatus>>;
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

/** A person hired as a community worker: employer, assigned community, post and first grade. */
export type HireWorkerInput = {
  /** A business key, at most 64 characters; default the person's code and the next number (P1-W1). */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The community (Party committee) the worker is assigned to; within your jurisdiction. */
  communityId: Scalars['ID']['input'];
  /** The employer: a subdistrict (usually), a community Party committee, a residents’ committee, a service centre or a government agency. */
  employerId: Scalars['ID']['input'];
  /** The grade on hiring, within the post’s range (HEAD 7–18, DEPUTY 4–15, GENERAL 1–12). */
  grade: Scalars['Int']['input'];
  /** Why this grade (a degree counts as EDUCATION); default SENIORITY. */
  gradeReason?: InputMaybe<GradeChangeReason>;
  /** First day employed. */
  hiredOn: Scalars['Date']['input'];
  /** The person hired. */
  personId: Scalars['ID']['input'];
  /** The post. */
  postCategory: WorkerPostCategory;
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
  /** Activities (with their partners); a stored activity never changes. */
  activities: ImportCounts;
  /** CROSS_APPOINTMENT links that followed the posts. */
  crossAppointments: DerivedLinkCounts;
  /** Grids. */
  grids: ImportCounts;
  /** Links (other than derived ones). */
  links: ImportCounts;
  /** Member reports: created, or updated when an open one was ended. */
  memberReports: ImportCounts;
  /** Needs: created, or updated when their status moved on. */
  needs: ImportCounts;
  /** Organizations. */
  organizations: ImportCounts;
  /** Participations; a stored participation never changes. */
  participations: ImportCounts;
  /** People. */
  people: ImportCounts;
  /** Posts. */
  posts: ImportCounts;
  /** Resource uses: created, or updated when their status moved on. */
  resourceUses: ImportCounts;
  /** Resources: created, or updated (name, unit, capacity, availability, opening hours, description, status). */
  resources: ImportCounts;
  /** Service cases: created with their events, updated when events were appended, unchanged when their events were all stored. */
  serviceCases: ImportCounts;
  /** Service categories. */
  serviceCategories: ImportCounts;
  /** Training attendances. */
  trainingAttendances: ImportCounts;
  /** Training courses. */
  trainingCourses: ImportCounts;
  /** Whistles: created with their summons, updated when reports or scores were added. */
  whistles: ImportCounts;
  /** Worker profiles: created with their grades and qualifications, updated when grades, qualifications or an exit were added. */
  workerProfiles: ImportCounts;
};

/** An indicator that can be followed over time: those computed from the validity periods of the chain, links and posts (as of each period's last day), the service-case rates (CASE_…: of the cases received in each period; caseIndicators has their definitions), the social forces' ratios (SOCIAL_…: of each period; socialIndicators has their definitions), rotation and vacancy, the workforce's ratios (WORKFORCE_…: workforceIndicators has their definitions), and the resources' (RESOURCE_…: of each period over the whole scope; resourceIndicators has their definitions). */
export type Indicator =
  /** caseIndicators.callbackRate of the cases received in each period. */
  | 'CASE_CALLBACK_RATE'
  /** caseIndicators.escalationRate (whistled cases) of the cases received in each period. */
  | 'CASE_ESCALATION_RATE'
  /** caseIndicators.handlerResolutionRate (the handlers' claims) of the cases received in each period. */
  | 'CASE_HANDLER_RESOLUTION_RATE'
  /** caseIndicators.onTimeClosureRate of the cases due in each period. */
  | 'CASE_ON_TIME_CLOSURE_RATE'
  /** caseIndicators.reopenRate of the cases received in each period. */
  | 'CASE_REOPEN_RATE'
  /** caseIndicators.resolutionRate (resident-judged) of the cases received in each period. */
  | 'CASE_RESOLUTION_RATE'
  /** caseIndicators.responseRate of the cases received in each period. */
  | 'CASE_RESPONSE_RATE'
  /** caseIndicators.returnRate (RETURN ÷ DISPATCH events) of the cases received in each period. */
  | 'CASE_RETURN_RATE'
  /** caseIndicators.satisfactionRate (SATISFIED only) of the cases received in each period. */
  | 'CASE_SATISFACTION_RATE'
  /** governanceIndicators.crossAppointmentRate: community Party committees sharing a person with their residents' committee ÷ community Party committees. */
  | 'CROSS_APPOINTMENT_RATE'
  /** Organizations of the scope without a horizontal link in force ÷ organizations of the scope. */
  | 'ISOLATED_ORGANIZATIONS'
  /** collaboration: organizations in the largest connected component ÷ organizations in the collaboration graph (how far the network holds together). */
  | 'LARGEST_COMPONENT_SHARE'
  /** governanceIndicators.partyPresenceCoverage: enterprises and social organisations with a Party presence ÷ those located in the scope. */
  | 'PARTY_PRESENCE_COVERAGE'
  /** resourceIndicators.fundsUtilisation of each period, over the whole scope: Σ quantity of the USED disbursements of FUNDS dated in it ÷ Σ budget (maximum) of the ACTIVE FUNDS. Resources keep no history: today's status and budgets count for every period. */
  | 'RESOURCE_FUNDS_UTILISATION'
  /** resourceIndicators.idleSharedSpaces of each period, over the whole scope: ACTIVE spaces whose owner shares them (a RESOURCE_SHARING link, not suspended, in force on its last day) with no USED use overlapping it ÷ those shared spaces. The links' validity periods are followed; a resource's status is today's (resources keep no history). */
  | 'RESOURCE_IDLE_SHARED_SPACES'
  /** resourceIndicators.serviceSpacePer100Households of each period, over the whole scope: m² of ACTIVE SPACE resources (unit m²) placed in the scope or shared into it by a RESOURCE_SHARING link in force on its last day ÷ the households of its communities; value = numerator ÷ denominator × 100 (the standard: 30). The links are those of each period; the resources' status, unit and m² and the households are today's (no history is kept of them). */
  | 'RESOURCE_SERVICE_SPACE_PER_100_HOUSEHOLDS'
  /** resourceIndicators.resourceSharingRate of each period, over the whole scope: USED uses starting in it by an organization other than the owner ÷ all USED uses starting in it. */
  | 'RESOURCE_SHARING_RATE'
  /** resourceIndicators.resourceUtilisation of each period, over the whole scope: Σ quantity × hours of the USED uses of SPACE and EQUIPMENT inside it ÷ Σ capacity (maximum) × open hours in it of the ACTIVE ones. Resources keep no history: today's status, capacity and opening hours count for every period. */
  | 'RESOURCE_UTILISATION'
  /** rotationIndicators.rotationRate of each period: committee members at its first day who changed posts during it ÷ committee members at its first day. */
  | 'ROTATION_RATE'
  /** socialIndicators.dormantLinkShare: collaboration links in force on each period's last day with no use in the period ÷ those links, each link once, over the whole scope. */
  | 'SOCIAL_DORMANT_LINK_SHARE'
  /** socialForceParticipation.locatedShare: outside organizations located in the scope that take part ÷ those located in the scope. */
  | 'SOCIAL_FORCE_PARTICIPATION'
  /** socialIndicators.memberHoursCompliance with its default minimum (50 h a year, pro-rated to each period's days): members reporting on each period's last day whose hours in activities of the community they report to, started in the period, reach the minimum ÷ those member reports, over the whole scope. */
  | 'SOCIAL_MEMBER_HOURS_COMPLIANCE'
  /** socialIndicators.memberReportActivation: member reports in force on each period's last day with a participation in the period ÷ those reports, over the whole scope. */
  | 'SOCIAL_MEMBER_REPORT_ACTIVATION'
  /** socialIndicators.needFulfilmentRate of the needs raised in each period, over the whole scope. */
  | 'SOCIAL_NEED_FULFILMENT_RATE'
  /** socialIndicators.timeToClaim.mean of the needs raised in each period, over the whole scope: Σ days from raised to claimed ÷ the needs raised in the period and claimed (timeToClaim.count; a need claimed then expired counts); numerator and value to the microday, as the durations are. */
  | 'SOCIAL_NEED_MEAN_DAYS_TO_CLAIM'
  /** socialIndicators.timeToFulfil.mean of the needs raised in each period, over the whole scope: Σ days from raised to fulfilled ÷ the needs raised in the period and fulfilled (timeToFulfil.count); numerator and value to the microday, as the durations are. */
  | 'SOCIAL_NEED_MEAN_DAYS_TO_FULFIL'
  /** socialIndicators.unitParticipationRate: reporting units (UNIT_REPORTING links in force on each period's last day) that took part in the period ÷ those units, over the whole scope. */
  | 'SOCIAL_UNIT_PARTICIPATION_RATE'
  /** socialIndicators.volunteerHoursPerReportingMember: Σ hours the members reporting on each period's last day served in activities of the community they report to, started in the period ÷ those member reports, over the whole scope. */
  | 'SOCIAL_VOLUNTEER_HOURS_PER_REPORTING_MEMBER'
  /** socialIndicators.volunteerHoursPerResident: Σ hours of the participations in the scope's activities started in each period ÷ the residents of the scope's grids. Grids keep no history: their current population is the denominator of every point. */
  | 'SOCIAL_VOLUNTEER_HOURS_PER_RESIDENT'
  /** rotationIndicators.vacancyDays of each period: seat-days vacant ÷ seat-days of the committees. */
  | 'VACANCY_DAYS'
  /** workforceIndicators.certificationShare on each period's last day: workers with a valid social-work qualification ÷ workers employed. */
  | 'WORKFORCE_CERTIFICATION_SHARE'
  /** workforceIndicators.continuingEducationCompliance of each period: certified workers with the continuing-education hours of their level over the 3 years ending with it ÷ certified workers. */
  | 'WORKFORCE_CONTINUING_EDUCATION_COMPLIANCE'
  /** workforceIndicators.gradeStall of each period: workers employed on its last day whose last grade change on or before that day (their hiring's, without one) is more than 3 years before it ÷ those workers. */
  | 'WORKFORCE_GRADE_STALL'
  /** workforceIndicators.householdsPerWorker of each period: the households of the scope's grids ÷ the workers employed on its last day (value null without workers). Grids keep no history: their current households are the numerator of every point. */
  | 'WORKFORCE_HOUSEHOLDS_PER_WORKER'
  /** workforceIndicators.retention12m of each period: of the workers hired in (to − 24 months, to − 12 months], those employed for their first 12 months (exitedOn null or on or after the first anniversary of hiredOn) ÷ those workers. */
  | 'WORKFORCE_RETENTION_12M'
  /** workforceIndicators.trainingCoverage of each period: workers employed on its last day with at least one completed attendance at a course starting in it ÷ those workers. */
  | 'WORKFORCE_TRAINING_COVERAGE'
  /** workforceIndicators.trainingHoursPerWorker of each period: hours credited for completed attendances at courses starting in it, to the workers employed on its last day ÷ those workers. */
  | 'WORKFORCE_TRAINING_HOURS_PER_WORKER'
  /** workforceIndicators.turnoverRate of each period: exits in it ÷ the mean headcount, (employed on its first day + on its last day) ÷ 2 (a denominator that may be a half). */
  | 'WORKFORCE_TURNOVER_RATE'
  /** workforceIndicators.voluntaryTurnoverRate of each period: voluntary exits (RESIGNED) in it ÷ the mean headcount, (employed on its first day + on its last day) ÷ 2 (a denominator that may be a half). */
  | 'WORKFORCE_VOLUNTARY_TURNOVER_RATE'
  /** workforceIndicators.workersPer10kResidents of each period (target 18): workers employed on its last day (hiredOn ≤ day < exitedOn) ÷ the residents of the scope's grids; value = numerator ÷ denominator × 10,000. Grids keep no history: their current population is the denominator of every point. */
  | 'WORKFORCE_WORKERS_PER_10K_RESIDENTS';

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

/** A Party member's individual double reporting: home unit, the community reported to, from, until. */
export type MemberReport = Node & {
  __typename?: 'MemberReport';
  /** Stable business key. */
  code: Scalars['String']['output'];
  /** The community reported to. */
  community: Organization;
  /** The unit the member works in (the home unit). */
  homeUnit: Organization;
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
  /** The member. Personal data: null outside your jurisdiction; without the pii right the name is masked. */
  person?: Maybe<Person>;
  /** First day of the reporting. */
  since: Scalars['Date']['output'];
  /** Day it ended (exclusive); null while in force. */
  until?: Maybe<Scalars['Date']['output']>;
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
};

/** A page of member reports, with the total across all pages. */
export type MemberReportConnection = {
  __typename?: 'MemberReportConnection';
  /** The items of this page with their cursors. */
  edges: Array<MemberReportEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<MemberReport>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One MemberReport in a page, with its cursor. */
export type MemberReportEdge = {
  __typename?: 'MemberReportEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The MemberReport. */
  node: MemberReport;
};

/** Conditions a member report must all meet to be listed. */
export type MemberReportFilter = {
  /** Only reports in force on this day. */
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  /** Only reports by members of this unit. */
  homeUnit?: InputMaybe<Scalars['ID']['input']>;
  /** Only reports to a community of this subtree. */
  under?: InputMaybe<Scalars['ID']['input']>;
};

/** A duplicate merged into another case. */
export type MergeCaseInput = {
  /** The organization that acted; default the current handler. */
  actingOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The staff member who acted. Personal data: masked without the pii right. */
  actingPerson?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; default now. Not before the case’s previous event. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The case it duplicates, which carries on. */
  duplicateOfId: Scalars['ID']['input'];
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  id: Scalars['ID']['input'];
  /** A note, at most 2,000 characters. Shown without the pii right only when public. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Whether the note may be shown publicly; default false. */
  public?: InputMaybe<Scalars['Boolean']['input']>;
  /** A reason code (NOT_OUR_JURISDICTION, OUT_OF_SCOPE, NEEDS_MATERIALS…). */
  reason?: InputMaybe<Scalars['String']['input']>;
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
  /** ANSWER_AT_INTAKE: a consultation answered at intake (直办), closed without dispatch. */
  answerAtIntake: CaseStepResult;
  /** Starts a post. Concurrent posts of one person in two organizations make a CROSS_APPOINTMENT link between them. */
  appointPerson: Post;
  /** APPROVE: the owner approves a REQUESTED use. Needs the owner in your jurisdiction. */
  approveResourceUse: ResourceUse;
  /** Archives an organization. Nothing is deleted: it answers activeAt questions before its archive date. */
  archiveOrganization: Organization;
  /** Blows a whistle (吹哨) on one or more cases under the caller, summoning units reachable from it (its chain, or linked to it by a link in force). Appends a WHISTLE event to each case; the units must report by reportBy (default 30 minutes). */
  blowWhistle: Whistle;
  /** CANCEL: a REQUESTED or APPROVED use is called off (by the user) or refused (by the owner); its capacity is freed. */
  cancelResourceUse: ResourceUse;
  /** Cancels a course (status CANCELLED, with the reason): nothing is deleted; its attendances stay, and no indicator counts them. Once. Version-checked, audited. */
  cancelTrainingCourse: TrainingCourse;
  /** Changes where a resource stands: ACTIVE, INACTIVE, TEMPORARILY_CLOSED, or DEFUNCT (final). Nothing is deleted. */
  changeResourceStatus: Resource;
  /** Records a new grade of a worker of your jurisdiction, from a date not before the last change and within the employment; only a PROMOTION changes the post. */
  changeWorkerGrade: WorkerProfile;
  /** CLAIM: an organization or a person takes an OPEN need on. Refused (BAD_USER_INPUT naming the need, its status and the step) from any other status. */
  claimNeed: Need;
  /** CLOSE: closes a replied (or revisited) case. */
  closeCase: CaseStepResult;
  /** CONTACT (先行联系): the handler contacts the resident; the first contact is the response. */
  contactCase: CaseStepResult;
  /** Records an activity organised by an organization of your jurisdiction, in a community or grid of it. */
  createActivity: Activity;
  /** Creates an API key and shows it once. Admins only. */
  createApiKey: CreatedApiKey;
  /** Creates a horizontal link between two different organizations. */
  createLink: Link;
  /** Creates an organization under a parent its kind may sit under. */
  createOrganization: Organization;
  /** Creates a person. */
  createPerson: Person;
  /** Adds a resource to its owner’s resource list. */
  createResource: Resource;
  /** Records a training course by a provider of your jurisdiction or reached from it by a SERVICE_PARTNERSHIP link in force. */
  createTrainingCourse: TrainingCourse;
  /** DISPATCH (派单) to a unit reachable from the case: in its chain, or linked to it by a link in force; the answer's eligibility says which. */
  dispatchCase: CaseStepResult;
  /** Ends an activity of your jurisdiction early, at `at` (default now): after it started, before its planned end, no participation longer than what is left. */
  endActivity: Activity;
  /** Ends a link on a date. Nothing is deleted. */
  endLink: Link;
  /** Ends a Party member's double reporting to a community of your jurisdiction on `until` (exclusive), after it started; a later end may not overlap another report of the member. */
  endMemberReport: MemberReport;
  /** Ends a post on a date; cross-appointment links follow. Nothing is deleted. */
  endPost: Post;
  /** Records that a worker of your jurisdiction left: once, after the hiring and the last grade change. */
  exitWorker: WorkerProfile;
  /** EXPIRE: an OPEN or CLAIMED need lapsed unmet. Refused (BAD_USER_INPUT naming the need, its status and the step) once FULFILLED or EXPIRED. */
  expireNeed: Need;
  /** FULFIL: a CLAIMED need was met. Refused (BAD_USER_INPUT naming the need, its status and the step) from any other status. */
  fulfilNeed: Need;
  /** GRANT_EXTENSION: the extension asked for is granted; the case gets its new due time. */
  grantExtension: CaseStepResult;
  /** Hires a person as a community worker assigned to a community of your jurisdiction: a grade within the post’s range, no overlapping employment; the first grade is recorded on hiredOn. */
  hireWorker: WorkerProfile;
  /** Imports a document of organizations, grids, people, posts, links, service categories, service cases (with their events), whistles, resources and their uses, needs, activities, participations and member reports keyed by code (the format of `npm run import`). One transaction: a bad record refuses the whole import, naming its code; importing the same document twice changes nothing the second time. */
  importDataset: ImportSummary;
  /** NO_SHOW: an APPROVED use did not take place. Needs the owner in your jurisdiction. */
  markResourceNoShow: ResourceUse;
  /** MARK_USED: an APPROVED use took place. Needs the owner in your jurisdiction. */
  markResourceUsed: ResourceUse;
  /** MERGE: a duplicate merged into the case it duplicates, which carries on. */
  mergeCase: CaseStepResult;
  /** Moves an organization and its subtree under a new parent. Refuses cycles and kinds that may not sit there; keeps the chain history. */
  moveOrganization: Organization;
  /** NOTE: a note on the case, in any status; the status stays. */
  noteCase: CaseStepResult;
  /** Raises a need on the needs list of a community or grid within your jurisdiction, OPEN. */
  raiseNeed: Need;
  /** Receives a request (受理): a new case, RECEIVED, handled by its intake, due by the category’s limit for its urgency. */
  receiveCase: CaseStepResult;
  /** Records a person's attendance at a course of your jurisdiction: once per person, hours credited at most the course's. */
  recordAttendance: TrainingAttendance;
  /** Records a person's part in an activity of your jurisdiction: hours more than 0 and at most the activity's length, once per person. */
  recordParticipation: Participation;
  /** Records a social-work qualification of a worker of your jurisdiction. */
  recordQualification: WorkerProfile;
  /** Registers a Party member's individual double reporting to a community of your jurisdiction. */
  registerMemberReport: MemberReport;
  /** REJECT (不予受理): refused at intake as outside the service. */
  rejectCase: CaseStepResult;
  /** REOPEN (重办): a revisited or closed case is handled again by its last handler. */
  reopenCase: CaseStepResult;
  /** REPLY (答复/办结): the handler answers the resident, with the resolution it claims. */
  replyCase: CaseStepResult;
  /** A summoned unit reports (报到): records the time, and a UNIT_REPORT event on each case of the whistle. Once per summons. */
  reportToWhistle: WhistleSummons;
  /** REQUEST_EXTENSION (申请延期): the handler asks, before the due time, for a later one. */
  requestExtension: CaseStepResult;
  /** Requests a use of a resource (a booking, a disbursement), REQUESTED. Refused (BAD_USER_INPUT, nothing written) when the resource is not ACTIVE, when another organization than the owner has no RESOURCE_SHARING link from the owner in force on the dates (the message names the missing link), or when the quantity does not fit the capacity beside the uses holding it (naming them). */
  requestResourceUse: ResourceUse;
  /** RETURN (退单): the unit sends a dispatched case back unsigned to its dispatcher; give a reason code. */
  returnCase: CaseStepResult;
  /** REVISIT (回访): the callback, with the resident's judgement (resolved, satisfaction). */
  revisitCase: CaseStepResult;
  /** Revokes an API key: it stops working at once. Admins only. */
  revokeApiKey: Scalars['Boolean']['output'];
  /** The caller scores a summoned unit's response, 1 to 5 (评价权). */
  scoreWhistleSummons: WhistleSummons;
  /** Records the established seats of a community Party committee or residents' committee (what vacancies count against). Versioned and audited. */
  setCommitteeSeats: Organization;
  /** SIGN (签收): the unit signs for a dispatched case. */
  signCase: CaseStepResult;
  /** TRANSFER (转办): the handler hands a signed case on to another reachable unit, which must sign in turn. */
  transferCase: CaseStepResult;
  /** Changes an activity of your jurisdiction: title, kind, period, beneficiaries, partners (only the fields given). Refused (BAD_USER_INPUT) when it would end before it starts, hold a participation longer than itself, or have its organiser as a partner. */
  updateActivity: Activity;
  /** Changes the name, households, address, founding date or area of an organization. */
  updateOrganization: Organization;
  /** Changes a participation of your jurisdiction: hours (more than 0, at most the activity's length), role, the reporting unit (null clears it). */
  updateParticipation: Participation;
  /** Changes a resource: name, unit, capacity, what is available now, opening hours, description. */
  updateResource: Resource;
  /** Changes a recorded attendance within your jurisdiction: any of hoursCredited (at most the course's), completed, continuingEducation. A withdrawn attendance, or one at a cancelled course, no longer changes. Version-checked, audited. */
  updateTrainingAttendance: TrainingAttendance;
  /** Changes a recorded course provided within your jurisdiction or by a partner of it (as createTrainingCourse): any of title, level, topic, hours, startsOn, endsOn. The period stays in order, the hours at least every attendance’s credited hours; a cancelled course no longer changes. Version-checked, audited. */
  updateTrainingCourse: TrainingCourse;
  /** URGE (督办): supervision urges the handler. */
  urgeCase: CaseStepResult;
  /** Records that an organization verified the hours of a participation of your jurisdiction. */
  verifyParticipation: Participation;
  /** WITHDRAW (撤单): the resident withdraws the request. */
  withdrawCase: CaseStepResult;
  /** Withdraws an attendance (withdrawn, with the reason): nothing is deleted; no indicator counts it. Once. Version-checked, audited. */
  withdrawTrainingAttendance: TrainingAttendance;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationAnswerAtIntakeArgs = {
  input: CaseStepInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationAppointPersonArgs = {
  input: AppointPersonInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationApproveResourceUseArgs = {
  input: ResourceUseStepInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationArchiveOrganizationArgs = {
  input: ArchiveOrganizationInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationBlowWhistleArgs = {
  input: BlowWhistleInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationCancelResourceUseArgs = {
  input: ResourceUseStepInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationCancelTrainingCourseArgs = {
  input: CancelTrainingCourseInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationChangeResourceStatusArgs = {
  input: ChangeResourceStatusInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationChangeWorkerGradeArgs = {
  input: ChangeWorkerGradeInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationClaimNeedArgs = {
  input: ClaimNeedInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationCloseCaseArgs = {
  input: CaseStepInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationContactCaseArgs = {
  input: CaseStepInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationCreateActivityArgs = {
  input: CreateActivityInput;
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
export type MutationCreateResourceArgs = {
  input: CreateResourceInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationCreateTrainingCourseArgs = {
  input: CreateTrainingCourseInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationDispatchCaseArgs = {
  input: DispatchCaseInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationEndActivityArgs = {
  input: EndActivityInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationEndLinkArgs = {
  input: EndLinkInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationEndMemberReportArgs = {
  input: EndMemberReportInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationEndPostArgs = {
  input: EndPostInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationExitWorkerArgs = {
  input: ExitWorkerInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationExpireNeedArgs = {
  input: NeedStepInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationFulfilNeedArgs = {
  input: NeedStepInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationGrantExtensionArgs = {
  input: CaseExtensionInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationHireWorkerArgs = {
  input: HireWorkerInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationImportDatasetArgs = {
  dataset: Scalars['JSONObject']['input'];
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationMarkResourceNoShowArgs = {
  input: ResourceUseStepInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationMarkResourceUsedArgs = {
  input: ResourceUseStepInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationMergeCaseArgs = {
  input: MergeCaseInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationMoveOrganizationArgs = {
  input: MoveOrganizationInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationNoteCaseArgs = {
  input: CaseStepInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationRaiseNeedArgs = {
  input: RaiseNeedInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationReceiveCaseArgs = {
  input: ReceiveCaseInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationRecordParticipationArgs = {
  input: RecordParticipationInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationRecordQualificationArgs = {
  input: RecordQualificationInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationRegisterMemberReportArgs = {
  input: RegisterMemberReportInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationRejectCaseArgs = {
  input: CaseStepInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationReopenCaseArgs = {
  input: CaseStepInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationReplyCaseArgs = {
  input: ReplyCaseInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationReportToWhistleArgs = {
  input: ReportToWhistleInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationRequestExtensionArgs = {
  input: CaseExtensionInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationRequestResourceUseArgs = {
  input: RequestResourceUseInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationReturnCaseArgs = {
  input: CaseStepInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationRevisitCaseArgs = {
  input: RevisitCaseInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationRevokeApiKeyArgs = {
  keyId: Scalars['String']['input'];
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationScoreWhistleSummonsArgs = {
  input: ScoreWhistleSummonsInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationSetCommitteeSeatsArgs = {
  input: SetCommitteeSeatsInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationSignCaseArgs = {
  input: CaseStepInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationTransferCaseArgs = {
  input: DispatchCaseInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationUpdateActivityArgs = {
  input: UpdateActivityInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationUpdateParticipationArgs = {
  input: UpdateParticipationInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationUpdateResourceArgs = {
  input: UpdateResourceInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationUpdateTrainingAttendanceArgs = {
  input: UpdateTrainingAttendanceInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationUpdateTrainingCourseArgs = {
  input: UpdateTrainingCourseInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationUrgeCaseArgs = {
  input: CaseStepInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationVerifyParticipationArgs = {
  input: VerifyParticipationInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationWithdrawCaseArgs = {
  input: CaseStepInput;
};


/** Entry points for changing it. Every mutation is one transaction; nothing is deleted: things end or are archived. */
export type MutationWithdrawTrainingAttendanceArgs = {
  input: WithdrawTrainingAttendanceInput;
};

/** A need on the needs list: goods, a service, a micro-wish or a project raised in a community or grid, claimed and fulfilled. */
export type Need = Node & {
  __typename?: 'Need';
  /** A free category (elderly care, children, repairs…). */
  category?: Maybe<Scalars['String']['output']>;
  /** When it was claimed. */
  claimedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The organization that claimed it; null when unclaimed or claimed by a person. Outside your scope, only its id, code, name and kind are shown. */
  claimedByOrganization?: Maybe<Organization>;
  /** The person who claimed it. Personal data: null outside your jurisdiction; without the pii right the person's name is masked (王**) and the phone hidden. */
  claimedByPerson?: Maybe<Person>;
  /** Stable business key. */
  code: Scalars['String']['output'];
  /** The community (its Party committee) it was raised in. */
  community: Organization;
  /** When it expired. */
  expiredAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was fulfilled. */
  fulfilledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The grid it was raised in; null when raised in a community only. */
  grid?: Maybe<Grid>;
  /** An opaque household reference, never a name or a phone. Personal data: null without the pii right. */
  householdRef?: Maybe<Scalars['String']['output']>;
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
  /** What is needed. */
  kind: NeedKind;
  /** When it was raised. */
  raisedAt: Scalars['DateTime']['output'];
  /** Where it stands. */
  status: NeedStatus;
  /** What is needed, in a line. */
  title: Scalars['String']['output'];
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
};

/** A page of needs, with the total across all pages. */
export type NeedConnection = {
  __typename?: 'NeedConnection';
  /** The items of this page with their cursors. */
  edges: Array<NeedEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<Need>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Need in a page, with its cursor. */
export type NeedEdge = {
  __typename?: 'NeedEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Need. */
  node: Need;
};

/** Conditions a need must all meet to be listed. */
export type NeedFilter = {
  /** Only needs claimed by this organization. */
  claimedBy?: InputMaybe<Scalars['ID']['input']>;
  /** Only needs raised in this grid. */
  grid?: InputMaybe<Scalars['ID']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<NeedKind>>;
  /** Only needs raised on or after this day (UTC). */
  raisedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only needs raised before this day (UTC). */
  raisedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<NeedStatus>>;
  /** Only needs raised in a community of this subtree (a community, a subdistrict, the district). */
  under?: InputMaybe<Scalars['ID']['input']>;
};

/** What a need on the needs list is. */
export type NeedKind =
  /** Things: furniture, clothes, food, school supplies. */
  | 'GOODS'
  /** A small wish of one household (微心愿), usually met by one person or unit. */
  | 'MICRO_WISH'
  /** A community project: a ramp, a garden, a playground, a meeting room. */
  | 'PROJECT'
  /** Help: repairs, escort, care, tutoring, legal advice. */
  | 'SERVICE';

/** Where a need stands; the steps follow the table of need.transitions.ts (README, "Social forces"). */
export type NeedStatus =
  /** Taken on by an organization or a person. Next steps: FULFIL, EXPIRE. */
  | 'CLAIMED'
  /** Lapsed unmet. Final. Next steps: none. */
  | 'EXPIRED'
  /** Met. Final. Next steps: none. */
  | 'FULFILLED'
  /** Raised; waiting for someone to claim it. Next steps: CLAIM, EXPIRE. */
  | 'OPEN';

/** A step of a need: which need, the version you last read, and when. */
export type NeedStepInput = {
  /** When; default now. Not before the previous step. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The need. */
  id: Scalars['ID']['input'];
};

/** An object with a global id, fetchable with node(id). */
export type Node = {
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
};

/** An organization of the grassroots governance graph: a Party body of the vertical chain, or a committee, unit, enterprise or social force joined to it by links. */
export type Organization = Node & {
  __typename?: 'Organization';
  /** The activities it organised or was a partner in, by start (within your jurisdiction). */
  activities: ActivityConnection;
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
  /** The resources it owns, by code unless ordered otherwise. */
  resources: ResourceConnection;
  /** Established seats of a community Party committee or residents' committee: recorded (setCommitteeSeats), else the default of its kind (5). Null for other kinds. */
  seats?: Maybe<Scalars['Int']['output']>;
  /** The sector, which follows from the kind. */
  sector: Sector;
  /** Service cases it handles now, or located in its subtree (role), newest first by default. */
  serviceCases: ServiceCaseConnection;
  /** The resources other organizations share with it: their owner has a RESOURCE_SHARING link to it in force (on availableAt, or today). */
  sharedResources: ResourceConnection;
  /** ACTIVE, or ARCHIVED once it stopped operating. */
  status: OrganizationStatus;
  /** Seats with no holder on the date (seats − seat posts held, never below 0); null for other kinds, and for a committee not existing on the date. One statement per date for every committee asked. */
  vacantSeats?: Maybe<Scalars['Int']['output']>;
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
  /** The community workers it employs or who are assigned to it, by code (within your jurisdiction). */
  workers: WorkerProfileConnection;
};


/** An organization of the grassroots governance graph: a Party body of the vertical chain, or a committee, unit, enterprise or social force joined to it by links. */
export type OrganizationActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<ActivityKind>>;
  to?: InputMaybe<Scalars['Date']['input']>;
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


/** An organization of the grassroots governance graph: a Party body of the vertical chain, or a committee, unit, enterprise or social force joined to it by links. */
export type OrganizationResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  availableAt?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ResourceKind>>;
  orderBy?: InputMaybe<ResourceOrder>;
  statuses?: InputMaybe<Array<ResourceStatus>>;
};


/** An organization of the grassroots governance graph: a Party body of the vertical chain, or a committee, unit, enterprise or social force joined to it by links. */
export type OrganizationServiceCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CaseOrder>;
  role?: InputMaybe<OrganizationCaseRole>;
  statuses?: InputMaybe<Array<CaseStatus>>;
};


/** An organization of the grassroots governance graph: a Party body of the vertical chain, or a committee, unit, enterprise or social force joined to it by links. */
export type OrganizationSharedResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  availableAt?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ResourceKind>>;
  orderBy?: InputMaybe<ResourceOrder>;
  statuses?: InputMaybe<Array<ResourceStatus>>;
};


/** An organization of the grassroots governance graph: a Party body of the vertical chain, or a committee, unit, enterprise or social force joined to it by links. */
export type OrganizationVacantSeatsArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** An organization of the grassroots governance graph: a Party body of the vertical chain, or a committee, unit, enterprise or social force joined to it by links. */
export type OrganizationWorkersArgs = {
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

/** Which of an organization's service cases. */
export type OrganizationCaseRole =
  /** Both, each case once. */
  | 'EITHER'
  /** Those it handles now (it is their current handler). */
  | 'HANDLED'
  /** Those whose community is the organization or lies below it. */
  | 'LOCATED';

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

/** A person's part in an activity: role, hours, on behalf of which reporting unit, verified by whom. */
export type Participation = Node & {
  __typename?: 'Participation';
  /** The activity; null outside your jurisdiction. */
  activity?: Maybe<Activity>;
  /** Stable business key: the activity's code and a number, unless given. */
  code: Scalars['String']['output'];
  /** The day the hours count on: the activity's first day (UTC). */
  day: Scalars['Date']['output'];
  /** Hours served: more than 0, at most the activity's length. */
  hours: Scalars['Float']['output'];
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
  /** The reporting unit the hours count for (Popolo on_behalf_of). */
  onBehalfOf?: Maybe<Organization>;
  /** Who took part. Personal data: null outside your jurisdiction; without the pii right the name is masked (王**) and the phone hidden. */
  person?: Maybe<Person>;
  /** In what capacity the person served. */
  role: ParticipationRole;
  /** The organization that verified the hours. */
  verifiedBy?: Maybe<Organization>;
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
};

/** A page of participations, with the total across all pages. */
export type ParticipationConnection = {
  __typename?: 'ParticipationConnection';
  /** The items of this page with their cursors. */
  edges: Array<ParticipationEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<Participation>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Participation in a page, with its cursor. */
export type ParticipationEdge = {
  __typename?: 'ParticipationEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Participation. */
  node: Participation;
};

/** In what capacity a person took part in an activity. */
export type ParticipationRole =
  /** An in-service Party member reporting to the community (双报到). */
  | 'IN_SERVICE_MEMBER'
  /** A professional (social worker, lawyer, doctor). */
  | 'PROFESSIONAL'
  /** A resident volunteer. */
  | 'RESIDENT_VOLUNTEER'
  /** A community worker. */
  | 'WORKER';

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
  /** The person's participations, by day (within your jurisdiction: in its activities or for its organizations). */
  participations: ParticipationConnection;
  /** Whether the person is a Communist Party member. Personal data (political affiliation): null without the pii right; counts stay available. */
  partyMember?: Maybe<Scalars['Boolean']['output']>;
  /** Contact phone number. Personal data: null without the pii right. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Posts the person holds or held, newest first. */
  posts: PostConnection;
  /** The person's training attendances at courses starting in [from, to) (each bound optional), within your jurisdiction; the list only with the pii right. */
  trainings: PersonTrainings;
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
  /** The person's latest employment as a community worker (by hiring); null when none, or outside your jurisdiction. */
  workerProfile?: Maybe<WorkerProfile>;
};


/** A person who holds or held posts in organizations. */
export type PersonParticipationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A person who holds or held posts in organizations. */
export type PersonPostsArgs = {
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person who holds or held posts in organizations. */
export type PersonTrainingsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
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

/** A person's training attendances at courses starting in the period asked for, within your jurisdiction (the attendances of its workers, and at the courses it provides). Personal data: without the pii right the list is null; the counts stay. */
export type PersonTrainings = {
  __typename?: 'PersonTrainings';
  /** The attendances, by the course's start. Personal data: null without the pii right. */
  attendances?: Maybe<Array<TrainingAttendance>>;
  /** Of those, how many count: completed, not withdrawn, at a course not cancelled (what the indicators count). */
  completed: Scalars['Int']['output'];
  /** How many attendances, withdrawn ones and those at cancelled courses included (the history). */
  count: Scalars['Int']['output'];
};

/** A post a person holds (or held) in an organization, from startDate until endDate. */
export type Post = Node & {
  __typename?: 'Post';
  /** Stable business key of the post. */
  code: Scalars['String']['output'];
  /** Day the post ended (no longer held from this day); null while held. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Why the post ended; null while held, or when the reason was not recorded. */
  endReason?: Maybe<PostEndReason>;
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

/** Why a post ended. */
export type PostEndReason =
  /** Dismissed or removed from the post. */
  | 'DISMISSAL'
  /** Not re-elected, or replaced in an election or by-election. */
  | 'ELECTION'
  /** The holder resigned or left of their own accord (retirement, a move away). */
  | 'RESIGNATION'
  /** Rotated to another post: an exchange between the two committees, a move to another community, a posting up the chain. */
  | 'ROTATION'
  /** The term of office ended (a general election, the end of an appointment). */
  | 'TERM_END';

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

/** A person leaving a committee seat, and the next post they took within the window (README, "Rotation and vacancy"). Derived from the posts; nothing is stored. */
export type PostTransition = {
  __typename?: 'PostTransition';
  /** Days from the seat post's end to the next post's start: negative when the next post began first (a handover, at most 30 days), null for an EXIT. */
  daysBetween?: Maybe<Scalars['Int']['output']>;
  /** The seat post's end reason, when recorded. */
  endReason?: Maybe<PostEndReason>;
  /** The seat post that ended. */
  fromPost: Post;
  /** What kind of change it was. */
  kind: PostTransitionKind;
  /** The day the seat post ended (its endDate). */
  leftOn: Scalars['Date']['output'];
  /** The person (personal data masked without the pii right, as everywhere). */
  person: Person;
  /** The organization of the next post; null for an EXIT. Outside your jurisdiction only its id, code, name and kind. */
  toOrganization?: Maybe<Organization>;
  /** The next post; null for an EXIT, and when it lies outside your jurisdiction (toOrganization still says where, in short). */
  toPost?: Maybe<Post>;
};

/** A page of post transitions, by the day the seat was left, with the total across all pages. */
export type PostTransitionConnection = {
  __typename?: 'PostTransitionConnection';
  /** The items of this page with their cursors. */
  edges: Array<PostTransitionEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<PostTransition>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many transitions match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One transition in a page, with its cursor. */
export type PostTransitionEdge = {
  __typename?: 'PostTransitionEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The transition. */
  node: PostTransition;
};

/** What a person did after leaving a committee seat, judged from the next post they took (checked in this order: PROMOTION, EXCHANGE, MOVE_ACROSS_COMMUNITIES, OTHER_POST). */
export type PostTransitionKind =
  /** The next post is in the other committee of the same community: from the community Party committee to its residents' committee or back. */
  | 'EXCHANGE'
  /** No next post within the window: the person left. */
  | 'EXIT'
  /** The next post is in (or under) another community. */
  | 'MOVE_ACROSS_COMMUNITIES'
  /** Another post in the same community that is none of the above (another role in the same committee, a grid branch, the service centre), or outside the chain. */
  | 'OTHER_POST'
  /** The next post is in the subdistrict or district Party committee, or is a head post (secretary, director) after a post that was not. */
  | 'PROMOTION';

/** A social-work qualification; its registration is renewed every 3 years with continuing education (72 h for ASSISTANT, 90 h for the two higher levels). */
export type QualificationLevel =
  /** Assistant social worker (助理社会工作师). */
  | 'ASSISTANT'
  /** Social worker (社会工作师). */
  | 'INTERMEDIATE'
  /** Senior social worker (高级社会工作师). */
  | 'SENIOR';

/** A share of two measured quantities (m²·hours, CNY), with both so that a dashboard can show them. */
export type QuantityRatio = {
  __typename?: 'QuantityRatio';
  /** The whole. */
  denominator: Scalars['Float']['output'];
  /** The part. */
  numerator: Scalars['Float']['output'];
  /** numerator ÷ denominator; null when the denominator is 0. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Entry points for reading the grassroots governance graph. */
export type Query = {
  __typename?: 'Query';
  _entities: Array<Maybe<_Entity>>;
  _service: _Service;
  /** Activities matching a filter, by start, a page at a time: within a jurisdiction, those in its communities or organised by its organizations. */
  activities: ActivityConnection;
  /** One activity by id or by code (give exactly one); null when there is none or it is outside your jurisdiction. */
  activity?: Maybe<Activity>;
  /** Every API key, oldest first, without secrets. Admins only. */
  apiKeys: Array<ApiKey>;
  /** Every recorded change, newest first. Admins only. */
  auditLog: AuditEntryConnection;
  /** Service cases matching a filter (the same as serviceCases), counted by the chosen dimensions: one statement, within your jurisdiction. */
  caseAggregate: CaseAggregate;
  /** Indicators of the service cases of a subtree over a period, per group: the three rates and the rest (README, "Service cases"). A constant number of statements whatever the number of cases: one for the counts and the population, and one more for each of the durations and summons (only the measures asked for), the returns, and the stages of the breaches, when asked for. */
  caseIndicators: CaseIndicators;
  /** Governance indicators for a scope's subtree as of a date. Each part reads the rows it needs once and is computed in memory: at most five reads (chain, located organizations, links, community posts, grids), one to find the default scope, and one per list of organizations or grids shown, whatever the size of the scope. */
  governanceIndicators: GovernanceIndicators;
  /** One grid by id or by code (give exactly one); null when there is none. */
  grid?: Maybe<Grid>;
  /** Grids matching a filter, by code, a page at a time. */
  grids: GridConnection;
  /** An indicator as of the end of each period from `from` to `to`, computed from the validity periods of the chain, links and posts: reads the same rows as one snapshot, however many periods. The CASE_ indicators are the ratios of the cases of each period instead, in one grouped statement; the SOCIAL_ ones those of the social forces of each period, in one statement; ROTATION_RATE and VACANCY_DAYS the ratios of each whole period, in two statements; the WORKFORCE_ ones those of each whole period, in one statement (two for WORKFORCE_WORKERS_PER_10K_RESIDENTS and WORKFORCE_HOUSEHOLDS_PER_WORKER, with the residents and households); the RESOURCE_ ones those of each whole period, in one statement. */
  indicatorTrend: IndicatorTrend;
  /** One link by id; null when there is none. */
  link?: Maybe<Link>;
  /** Links matching a filter, by code, a page at a time. */
  links: LinkConnection;
  /** Links matching a filter (the same as links), counted by the chosen dimensions. */
  linksAggregate: LinkAggregate;
  /** Party members' individual double reporting, by start, a page at a time: within a jurisdiction, the reports to its communities or by members of its units. */
  memberReports: MemberReportConnection;
  /** One need by id or by code (give exactly one); null when there is none or it is outside your jurisdiction. */
  need?: Maybe<Need>;
  /** Needs matching a filter, by the time they were raised, a page at a time: within a jurisdiction, those raised in its communities. */
  needs: NeedConnection;
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
  /** People leaving a seat of a community Party committee or residents' committee of the scope in [from, to), each with the next post they took (from 30 days before to 90 days after) and its kind, by the day they left. One statement for the page and its total, whatever the number of posts. */
  postTransitions: PostTransitionConnection;
  /** Posts matching a filter, counted by the chosen dimensions. Counts need no personal-data right. */
  postsAggregate: PostAggregate;
  /** One resource by id or by code (give exactly one); null when there is none or it is outside your jurisdiction. */
  resource?: Maybe<Resource>;
  /** Resource indicators of the resources placed in a scope’s communities, over [from, to): utilisation, sharing rate, idle resources and idle shared spaces, service space per 100 households. Seven statements whatever the size of the scope, computed in SQL. */
  resourceIndicators: ResourceIndicators;
  /** One resource use by id or by code (give exactly one); null when there is none or it is outside your jurisdiction. */
  resourceUse?: Maybe<ResourceUse>;
  /** Resource uses matching a filter, by start, a page at a time: within a jurisdiction, the uses by its organizations and of resources they own. */
  resourceUses: ResourceUseConnection;
  /** Resources matching a filter, a page at a time: within a jurisdiction, those owned in it and those shared into it. */
  resources: ResourceConnection;
  /** Rotation rate and vacancy days of the committees of a scope over [from, to), grouped by community or subdistrict: two statements whatever the size of the scope, computed in SQL. */
  rotationIndicators: RotationIndicators;
  /** One service case by id or by code (give exactly one); null when there is none or it is outside your jurisdiction. */
  serviceCase?: Maybe<ServiceCase>;
  /** Service cases matching a filter, a page at a time: those of your subtree, and those your organizations handle. */
  serviceCases: ServiceCaseConnection;
  /** The service categories (the dispatch catalogue), by code, a page at a time. Public to every credential. */
  serviceCategories: ServiceCategoryConnection;
  /** One service category by id or by code (give exactly one); null when there is none. */
  serviceCategory?: Maybe<ServiceCategory>;
  /** The shortest chain between two organizations, step by step, through the chosen link kinds and parent–child steps; null when there is none within maxHops. Costs one statement per hop. */
  shortestPath?: Maybe<Path>;
  /** Indicators of the social forces of a scope over [from, to), per community or grid: needs fulfilled and the days to claim and fulfil them, volunteer hours per resident and per reporting member, reporting members active and meeting the yearly minimum of hours, reporting units participating, dormant collaboration links. Computed in SQL: one statement for every count, one more for the durations and one for the dormant links’ pages when asked for, whatever the size of the scope. */
  socialIndicators: SocialIndicators;
  /** A subtree for drawing: `root` and its descendants down to `depth` levels, with the parent–child edges and every link (of the chosen kinds, in force on the date) among them and to outside partners. Also at GET /export/graph. */
  subgraph: Subgraph;
  /** One training course by id or by code (give exactly one); null when there is none or it is outside your jurisdiction. */
  trainingCourse?: Maybe<TrainingCourse>;
  /** Training courses matching a filter, by start, a page at a time: within a jurisdiction, those its organizations provide or its workers attend. */
  trainingCourses: TrainingCourseConnection;
  /** The committees of the scope with fewer seats held than they have on a date, by code, with the scope's seat totals: one statement. */
  vacancies: VacancyConnection;
  /** One whistle by id or by code (give exactly one); null when there is none or its caller is outside your jurisdiction. */
  whistle?: Maybe<Whistle>;
  /** Whistles matching a filter, newest first, a page at a time: those blown within your jurisdiction. */
  whistles: WhistleConnection;
  /** One worker profile by id or by code (give exactly one); null when there is none or it is outside your jurisdiction. */
  workerProfile?: Maybe<WorkerProfile>;
  /** Worker profiles matching a filter, by code, a page at a time: within a jurisdiction, those assigned to or employed by its organizations. totalCount needs no pii right. */
  workerProfiles: WorkerProfileConnection;
  /** Workforce indicators of the workers assigned to a scope’s communities, over [from, to): turnover (all exits and the voluntary ones), 12-month retention, workers per 10,000 residents and households per worker, certification share, training coverage and hours per worker, continuing-education compliance, grade stall. Two statements whatever the size of the scope, computed in SQL. Counts only: no pii right needed. */
  workforceIndicators: WorkforceIndicators;
};


/** Entry points for reading the grassroots governance graph. */
export type Query_EntitiesArgs = {
  representations: Array<Scalars['_Any']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryActivityArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryCaseAggregateArgs = {
  filter?: InputMaybe<ServiceCaseFilter>;
  groupBy: Array<CaseGroupBy>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryCaseIndicatorsArgs = {
  countBasically?: Scalars['Boolean']['input'];
  from: Scalars['Date']['input'];
  groupBy: CaseIndicatorGroupBy;
  minSample?: Scalars['Int']['input'];
  rankBy?: CaseIndicatorRanking;
  scope: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
  topReturnPaths?: Scalars['Int']['input'];
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
export type QueryMemberReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryNeedArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryNeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NeedFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
export type QueryPostTransitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  kinds?: InputMaybe<Array<PostTransitionKind>>;
  scope: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
};


/** Entry points for reading the grassroots governance graph. */
export type QueryPostsAggregateArgs = {
  filter?: InputMaybe<PostFilter>;
  groupBy: Array<PostGroupBy>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryResourceArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryResourceIndicatorsArgs = {
  from: Scalars['Date']['input'];
  groupBy?: InputMaybe<ResourceGroupBy>;
  idleFirst?: InputMaybe<Scalars['Int']['input']>;
  scope: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
};


/** Entry points for reading the grassroots governance graph. */
export type QueryResourceUseArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryResourceUsesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceUseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ResourceOrder>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryRotationIndicatorsArgs = {
  from: Scalars['Date']['input'];
  groupBy?: InputMaybe<RotationGroupBy>;
  scope: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
};


/** Entry points for reading the grassroots governance graph. */
export type QueryServiceCaseArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryServiceCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CaseOrder>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryServiceCategoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceCategoryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryServiceCategoryArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
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
export type QuerySocialIndicatorsArgs = {
  dormantFirst?: Scalars['Int']['input'];
  from: Scalars['Date']['input'];
  groupBy: SocialGroupBy;
  memberHoursPerYear?: Scalars['Float']['input'];
  minSample?: Scalars['Int']['input'];
  scope: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
};


/** Entry points for reading the grassroots governance graph. */
export type QuerySubgraphArgs = {
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  depth: Scalars['Int']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  linkKinds?: InputMaybe<Array<LinkKind>>;
  root: Scalars['ID']['input'];
};


/** Entry points for reading the grassroots governance graph. */
export type QueryTrainingCourseArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryTrainingCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrainingCourseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryVacanciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
  scope: Scalars['ID']['input'];
};


/** Entry points for reading the grassroots governance graph. */
export type QueryWhistleArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryWhistlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WhistleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryWorkerProfileArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryWorkerProfilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkerProfileFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading the grassroots governance graph. */
export type QueryWorkforceIndicatorsArgs = {
  from: Scalars['Date']['input'];
  groupBy?: InputMaybe<WorkforceGroupBy>;
  minSample?: Scalars['Int']['input'];
  scope: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
};

/** A new need on the needs list. The resident is never named: give the grid or community, and at most an opaque household reference. */
export type RaiseNeedInput = {
  /** A free category, at most 64 characters. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** A business key, at most 64 characters; default the community's code and the next number (C1-N7). */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The community (Party committee) it is raised in; required without a grid. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** The grid it is raised in; its community is the need’s. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** An opaque household reference (never a name, address or phone number). Personal data. */
  householdRef?: InputMaybe<Scalars['String']['input']>;
  /** What is needed. */
  kind: NeedKind;
  /** When it was raised; default now. */
  raisedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What is needed, in a line (at most 200 characters). */
  title: Scalars['String']['input'];
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

/** A new request. The resident is never named: give the grid, and at most an opaque household reference. */
export type ReceiveCaseInput = {
  /** The staff member who received it. Personal data. */
  actingPerson?: InputMaybe<Scalars['String']['input']>;
  /** Its ServiceCategory. */
  categoryId: Scalars['ID']['input'];
  /** How it came in. */
  channel: CaseChannel;
  /** Stable business key: the work-order number, unique, at most 64 characters. */
  code: Scalars['String']['input'];
  /** The community (Party committee) it concerns; required without a grid. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** What the resident asks, at most 2,000 characters. Personal data: shown only with the pii right. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The grid it concerns; its community is the case’s. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** An opaque household reference (never a name, address or phone number). Personal data. */
  householdRef?: InputMaybe<Scalars['String']['input']>;
  /** A note on the receipt. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Whether the note may be shown publicly; default false. */
  public?: InputMaybe<Scalars['Boolean']['input']>;
  /** When it was received; default now. */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The intake that received it (a hotline centre, a subdistrict, the community); default the community. It handles the case until it is dispatched. */
  receivedById?: InputMaybe<Scalars['ID']['input']>;
  /** Urgency tier; default NORMAL. */
  urgency?: InputMaybe<CaseUrgency>;
};

/** A person's attendance at a training course. */
export type RecordAttendanceInput = {
  /** A business key; default the course's code and the person's (TC1-P1). */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Whether the course was completed; default true. */
  completed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether the hours count as continuing education; default true. */
  continuingEducation?: InputMaybe<Scalars['Boolean']['input']>;
  /** The course. */
  courseId: Scalars['ID']['input'];
  /** Hours credited, 0 to the course's hours; default the course's hours when completed, else 0. */
  hoursCredited?: InputMaybe<Scalars['Float']['input']>;
  /** The person. Personal data. */
  personId: Scalars['ID']['input'];
};

/** A person's part in an activity. */
export type RecordParticipationInput = {
  /** The activity. */
  activityId: Scalars['ID']['input'];
  /** A business key; default the activity's code and the next number (A1-P3). */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Hours served: more than 0, at most the activity's length. */
  hours: Scalars['Float']['input'];
  /** The reporting unit the hours count for. */
  onBehalfOfId?: InputMaybe<Scalars['ID']['input']>;
  /** The person. Personal data. */
  personId: Scalars['ID']['input'];
  /** In what capacity. */
  role: ParticipationRole;
  /** The organization that verified the hours. */
  verifiedById?: InputMaybe<Scalars['ID']['input']>;
};

/** A social-work qualification a worker obtained. */
export type RecordQualificationInput = {
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The worker profile. */
  id: Scalars['ID']['input'];
  /** The level. */
  level: QualificationLevel;
  /** When it was obtained (before the exit). */
  obtainedOn: Scalars['Date']['input'];
  /** Last day its registration is valid; after obtainedOn. Usually 3 years on. */
  registrationValidUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** A Party member's individual double reporting to a community. */
export type RegisterMemberReportInput = {
  /** Stable business key, unique, at most 64 characters. */
  code: Scalars['String']['input'];
  /** The community (Party committee) reported to. */
  communityId: Scalars['ID']['input'];
  /** The unit the member works in. */
  homeUnitId: Scalars['ID']['input'];
  /** The member (a Party member). */
  personId: Scalars['ID']['input'];
  /** First day. */
  since: Scalars['Date']['input'];
  /** Day it ends (exclusive); null while in force. */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** The handler's reply. */
export type ReplyCaseInput = {
  /** The organization that acted; default the current handler. */
  actingOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The staff member who acted. Personal data: masked without the pii right. */
  actingPerson?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; default now. Not before the case’s previous event. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  id: Scalars['ID']['input'];
  /** A note, at most 2,000 characters. Shown without the pii right only when public. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Whether the note may be shown publicly; default false. */
  public?: InputMaybe<Scalars['Boolean']['input']>;
  /** A reason code (NOT_OUR_JURISDICTION, OUT_OF_SCOPE, NEEDS_MATERIALS…). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Whether the handler says it solved the problem. */
  resolved?: InputMaybe<Resolution>;
};

/** A summoned unit reports (报到). */
export type ReportToWhistleInput = {
  /** When; default now. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version of the summons you last read. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A note on the report. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Who reported for the unit. Personal data. */
  reportingPerson?: InputMaybe<Scalars['String']['input']>;
  /** The summons (WhistleSummons id). */
  summonsId: Scalars['ID']['input'];
};

/** A request to use a resource: a booking over a period, or a disbursement of funds on a date. */
export type RequestResourceUseInput = {
  /** A business key; default the resource's code and the next number (R1-U7). */
  code?: InputMaybe<Scalars['String']['input']>;
  /** FUNDS: the date of the disbursement. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** Start of the use (all kinds but FUNDS). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** The person who books it. Personal data. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** What for, at most 500 characters. */
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** How much, in the resource's unit; more than 0. */
  quantity: Scalars['Float']['input'];
  /** The resource. */
  resourceId: Scalars['ID']['input'];
  /** The service case it serves. */
  serviceCaseId?: InputMaybe<Scalars['ID']['input']>;
  /** End of the use, exclusive (all kinds but FUNDS). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** The organization that will use it: the owner, or one the owner shares it with through a RESOURCE_SHARING link in force on the dates. */
  userId: Scalars['ID']['input'];
};

/** The resident's judgement at the revisit (回访). */
export type ResidentOutcome = {
  __typename?: 'ResidentOutcome';
  /** Whether the resident says the problem was solved. */
  resolved: Resolution;
  /** When the revisit took place. */
  revisitedAt: Scalars['DateTime']['output'];
  /** How satisfied the resident is. */
  satisfaction: Satisfaction;
};

/** Whether the problem was solved. */
export type Resolution =
  /** Not solved. */
  | 'NO'
  /** Partly solved. */
  | 'PARTLY'
  /** Solved. */
  | 'YES';

/** Something an organization offers others: space, funds, equipment, volunteer time or expertise, with its capacity and opening hours. */
export type Resource = Node & {
  __typename?: 'Resource';
  /** How much the owner last reported available (HSDS service_capacity.available); null when never reported. Bookings are checked against maximum. */
  available?: Maybe<Scalars['Float']['output']>;
  /** When available was last reported (HSDS service_capacity.updated). */
  availableUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable business key. */
  code: Scalars['String']['output'];
  /** The community (its Party committee) it is in. */
  community: Organization;
  /** What it is and how to get it, in a few sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** The grid it is in; null when placed in a community only, or outside your jurisdiction. */
  grid?: Maybe<Grid>;
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
  /** What it is. */
  kind: ResourceKind;
  /** The capacity: how much may be in use at once (SPACE, EQUIPMENT, VOLUNTEER_TIME, EXPERTISE), or the budget (FUNDS) (HSDS service_capacity.maximum). */
  maximum: Scalars['Float']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** Its weekly opening hours, as "Mo-Fr 08:30-17:30; Sa 09:00-12:00" (local times); null: always open. */
  openingHours?: Maybe<Scalars['String']['output']>;
  /** The organization that owns and offers it. Outside your scope, only its id, code, name and kind are shown. */
  owner: Organization;
  /** The RESOURCE_SHARING links from its owner through which others may use it (those within your jurisdiction), by code: in force on activeAt, or all of them. */
  sharedThrough: Array<Link>;
  /** Where it stands; only ACTIVE resources take requests. */
  status: ResourceStatus;
  /** The unit of maximum, available and every use’s quantity: m², seat, CNY, hour, item, person… (HSDS service_capacity.unit). */
  unit: Scalars['String']['output'];
  /** Its uses, by start: within a jurisdiction, those by its organizations or of resources they own. */
  uses: ResourceUseConnection;
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
  /** Hours open in a week, from openingHours (168 when always open). */
  weeklyOpenHours: Scalars['Float']['output'];
};


/** Something an organization offers others: space, funds, equipment, volunteer time or expertise, with its capacity and opening hours. */
export type ResourceSharedThroughArgs = {
  activeAt?: InputMaybe<Scalars['Date']['input']>;
};


/** Something an organization offers others: space, funds, equipment, volunteer time or expertise, with its capacity and opening hours. */
export type ResourceUsesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceUsesFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of resources, with the total across all pages. */
export type ResourceConnection = {
  __typename?: 'ResourceConnection';
  /** The items of this page with their cursors. */
  edges: Array<ResourceEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<Resource>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Resource in a page, with its cursor. */
export type ResourceEdge = {
  __typename?: 'ResourceEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Resource. */
  node: Resource;
};

/** Conditions a resource must all meet to be listed. */
export type ResourceFilter = {
  /** Only resources ACTIVE and open on this day of the week (by their opening hours). */
  availableAt?: InputMaybe<Scalars['Date']['input']>;
  /** Only resources placed in this grid. */
  grid?: InputMaybe<Scalars['ID']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<ResourceKind>>;
  /** Only resources this organization owns. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Only resources whose owner shares them with this organization through a RESOURCE_SHARING link in force (on availableAt, or today). */
  sharedWith?: InputMaybe<Scalars['ID']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<ResourceStatus>>;
  /** Only resources placed in a community of this subtree (a community, a subdistrict, the district). */
  under?: InputMaybe<Scalars['ID']['input']>;
};

/** What resource indicators are grouped by. */
export type ResourceGroupBy =
  /** The resource's community. */
  | 'COMMUNITY'
  /** The resource's grid (resources placed in a community without a grid are left out). */
  | 'GRID'
  /** The kind of resource. */
  | 'KIND';

/** Resource indicators of one group (a community, a grid, a kind) or of the whole scope. */
export type ResourceIndicatorGroup = {
  __typename?: 'ResourceIndicatorGroup';
  /** COMMUNITY: the community. */
  community?: Maybe<Organization>;
  /** resourceUtilisation of FUNDS: Σ quantity of USED disbursements dated in [from, to) ÷ Σ maximum (the budget) of the ACTIVE FUNDS resources. */
  fundsUtilisation: QuantityRatio;
  /** GRID: the grid. */
  grid?: Maybe<Grid>;
  /** idleResources: the ACTIVE resources of the group with no USED use overlapping [from, to): their count (totalCount) and the first page, by code (idleFirst). */
  idleResources: ResourceConnection;
  /** idleSharedSpaces: ACTIVE SPACE resources whose owner shares them (a RESOURCE_SHARING link, not suspended, in force on the last day of the period) with no USED use overlapping [from, to) ÷ those shared spaces. */
  idleSharedSpaces: Ratio;
  /** KIND: the kind. */
  kind?: Maybe<ResourceKind>;
  /** resourceSharingRate: USED uses starting in [from, to) by an organization other than the owner ÷ all USED uses starting in [from, to). */
  resourceSharingRate: Ratio;
  /** resourceUtilisation of SPACE and EQUIPMENT: Σ over USED uses of quantity × hours of the use inside [from, to) ÷ Σ over the ACTIVE resources of maximum × their open hours in [from, to) (opening hours; always open: 24 h a day). */
  resourceUtilisation: QuantityRatio;
  /** serviceSpacePer100Households, per community or grid; for the whole scope without grouping, and for the SPACE group by kind. Null for the other kinds. */
  serviceSpacePer100Households?: Maybe<ServiceSpace>;
};

/** Resource indicators of a scope over a period (README, "Resources"). */
export type ResourceIndicators = {
  __typename?: 'ResourceIndicators';
  /** First day of the period. */
  from: Scalars['Date']['output'];
  /** What the groups are; null: one group, the whole scope. */
  groupBy?: Maybe<ResourceGroupBy>;
  /** The groups: communities or grids of the scope (those with households or resources), or kinds with resources. */
  groups: Array<ResourceIndicatorGroup>;
  /** The scope. */
  scope: Organization;
  /** Day after the period (exclusive). */
  to: Scalars['Date']['output'];
};

/** What a resource is. */
export type ResourceKind =
  /** Items lent out (tents, chairs, a projector); booked over periods. */
  | 'EQUIPMENT'
  /** Professional help (legal, medical, social work), in hours or people at a time; booked over periods. */
  | 'EXPERTISE'
  /** A budget (CNY); disbursed on dates against the remaining amount. */
  | 'FUNDS'
  /** A room, hall or station, measured in m² or seats; booked over periods. */
  | 'SPACE'
  /** People offered for service (hours, people at a time); booked over periods. */
  | 'VOLUNTEER_TIME';

/** How a list of resources is sorted. */
export type ResourceOrder =
  /** By code (the default). */
  | 'CODE_ASC'
  /** Largest capacity first. */
  | 'MAXIMUM_DESC'
  /** By name. */
  | 'NAME_ASC';

/** Where a resource stands (Open Referral HSDS 3). Only ACTIVE resources take new requests. */
export type ResourceStatus =
  /** Offered: takes requests. */
  | 'ACTIVE'
  /** Gone for good; kept for history. */
  | 'DEFUNCT'
  /** Not offered for now. */
  | 'INACTIVE'
  /** Closed for a while (repairs, an event); expected back. */
  | 'TEMPORARILY_CLOSED';

/** A booking of a resource over a period, or a disbursement of funds on a date. */
export type ResourceUse = Node & {
  __typename?: 'ResourceUse';
  /** Stable business key: the resource’s code and a number, unless given. */
  code: Scalars['String']['output'];
  /** FUNDS: the date of the disbursement; null for the other kinds. */
  date?: Maybe<Scalars['Date']['output']>;
  /** When it ends, exclusive (FUNDS: the start of the next day). */
  endsAt: Scalars['DateTime']['output'];
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
  /** The person who booked it. Personal data: null outside your jurisdiction; without the pii right the person's name is masked (王**) and the phone hidden. */
  person?: Maybe<Person>;
  /** What it is for. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** How much, in the resource's unit (m², seats, items, CNY, hours). */
  quantity: Scalars['Float']['output'];
  /** When it was requested. */
  requestedAt: Scalars['DateTime']['output'];
  /** The resource used. */
  resource: Resource;
  /** The service case it served, if any (and within your jurisdiction). */
  serviceCase?: Maybe<ServiceCase>;
  /** When the use starts (FUNDS: the start of the disbursement date, UTC). */
  startsAt: Scalars['DateTime']['output'];
  /** Where it stands. */
  status: ResourceUseStatus;
  /** When its status last changed after the request. */
  statusChangedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The organization using it. Outside your scope, only its id, code, name and kind are shown. */
  user: Organization;
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
  /** The RESOURCE_SHARING link that allowed a use by another organization than the owner; null for the owner's own use. */
  viaLink?: Maybe<Link>;
};

/** A page of resource uses, with the total across all pages. */
export type ResourceUseConnection = {
  __typename?: 'ResourceUseConnection';
  /** The items of this page with their cursors. */
  edges: Array<ResourceUseEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<ResourceUse>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ResourceUse in a page, with its cursor. */
export type ResourceUseEdge = {
  __typename?: 'ResourceUseEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The ResourceUse. */
  node: ResourceUse;
};

/** Conditions a resource use must all meet to be listed. */
export type ResourceUseFilter = {
  /** Only uses ending after the start of this day (UTC). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only uses of resources this organization owns. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Only uses of this resource. */
  resource?: InputMaybe<Scalars['ID']['input']>;
  /** Only uses serving this service case. */
  serviceCase?: InputMaybe<Scalars['ID']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<ResourceUseStatus>>;
  /** Only uses starting before the start of this day (UTC). */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only uses by this organization. */
  user?: InputMaybe<Scalars['ID']['input']>;
};

/** Where a resource use stands; the steps follow the table of resource-use.transitions.ts (README, "Resources"). */
export type ResourceUseStatus =
  /** Approved by the owner. Next steps: MARK_USED, CANCEL, NO_SHOW. */
  | 'APPROVED'
  /** Called off before it took place; frees its capacity. Final. Next steps: none. */
  | 'CANCELLED'
  /** Approved but not used (nobody came, the money was not drawn). Final; frees its capacity. Next steps: none. */
  | 'NO_SHOW'
  /** Asked for; holds its capacity until approved or cancelled. Next steps: APPROVE, CANCEL. */
  | 'REQUESTED'
  /** Took place. Final. Next steps: none. */
  | 'USED';

/** A step of a resource use: which use, and the version you last read. */
export type ResourceUseStepInput = {
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The use. */
  id: Scalars['ID']['input'];
};

/** Conditions on a resource's uses. */
export type ResourceUsesFilter = {
  /** Only uses ending after the start of this day (UTC). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<ResourceUseStatus>>;
  /** Only uses starting before the start of this day (UTC). */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only uses by this organization. */
  user?: InputMaybe<Scalars['ID']['input']>;
};

/** The callback and the resident's judgement. */
export type RevisitCaseInput = {
  /** The organization that acted; default the current handler. */
  actingOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The staff member who acted. Personal data: masked without the pii right. */
  actingPerson?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; default now. Not before the case’s previous event. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  id: Scalars['ID']['input'];
  /** A note, at most 2,000 characters. Shown without the pii right only when public. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Whether the note may be shown publicly; default false. */
  public?: InputMaybe<Scalars['Boolean']['input']>;
  /** A reason code (NOT_OUR_JURISDICTION, OUT_OF_SCOPE, NEEDS_MATERIALS…). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Whether the resident says it was solved. */
  resolved: Resolution;
  /** How satisfied the resident is. */
  satisfaction: Satisfaction;
};

/** What rotation and vacancy indicators are grouped by: the community of the committee, or its subdistrict. */
export type RotationGroupBy =
  /** By community: a community Party committee with the residents' committee under it. */
  | 'COMMUNITY'
  /** By subdistrict: the subdistrict Party working committee above the community. */
  | 'SUBDISTRICT';

/** Rotation and vacancy of the committees of one community or subdistrict, or of the whole scope. */
export type RotationIndicatorGroup = {
  __typename?: 'RotationIndicatorGroup';
  /** COMMUNITY: the community Party committee. SUBDISTRICT: the subdistrict Party working committee. Null for the whole scope. */
  organization?: Maybe<Organization>;
  /** rotationRate: committee members at `from` (distinct people holding a seat post in a community Party committee or residents' committee of the group on that day) whose seat post ended in [from, to) and who took another post within the window (30 days before to 90 days after; a transition other than EXIT) ÷ committee members at `from`. */
  rotationRate: Ratio;
  /** vacancyDays: seat-days vacant ÷ seat-days, over [from, to). Seat-days: Σ over the committees of the group of their seats × the days of the period they existed. Seat-days vacant: Σ over those days of seats − seats held (never below 0). */
  vacancyDays: Ratio;
};

/** Rotation and vacancy indicators of the committees of a scope over a period (README, "Rotation and vacancy"). */
export type RotationIndicators = {
  __typename?: 'RotationIndicators';
  /** First day of the period. */
  from: Scalars['Date']['output'];
  /** What the groups are; null: one group, the whole scope. */
  groupBy?: Maybe<RotationGroupBy>;
  /** The groups, by database id of the community or subdistrict (those with committee members or seats). */
  groups: Array<RotationIndicatorGroup>;
  /** The scope. */
  scope: Organization;
  /** Day after the period (exclusive). */
  to: Scalars['Date']['output'];
};

/** The resident's satisfaction at the revisit. */
export type Satisfaction =
  /** Basically satisfied. */
  | 'BASICALLY'
  /** Dissatisfied. */
  | 'DISSATISFIED'
  /** Satisfied. */
  | 'SATISFIED';

/** The caller's score of a summoned unit. */
export type ScoreWhistleSummonsInput = {
  /** The version of the summons you last read. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** 1 (poor) to 5 (excellent). */
  score: Scalars['Int']['input'];
  /** The summons (WhistleSummons id). */
  summonsId: Scalars['ID']['input'];
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

/** A resident's request (a work order), from receipt to revisit, with its history of events. */
export type ServiceCase = Node & {
  __typename?: 'ServiceCase';
  /** What the request is about. */
  category: ServiceCategory;
  /** How the request came in. */
  channel: CaseChannel;
  /** The last closure; null while it is not closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable business key: the work-order number. */
  code: Scalars['String']['output'];
  /** The community (its Party committee) it concerns. Outside your scope, only its id, code, name and kind are shown. */
  community: Organization;
  /** The first contact with the resident: the response. */
  contactedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The organization handling it now: the intake until it is dispatched, then the unit it was last sent to. Outside your scope, only its id, code, name and kind are shown. */
  currentHandler: Organization;
  /** What the resident asks. Personal data (residents describe themselves and their neighbours): null without the pii right. */
  description?: Maybe<Scalars['String']['output']>;
  /** How many times it was dispatched or transferred (hops). */
  dispatchCount: Scalars['Int']['output'];
  /** When the reply is due: receipt plus the category's close limit for the urgency, moved by granted extensions (Open311 expected_datetime). */
  dueAt: Scalars['DateTime']['output'];
  /** MERGED: the case it duplicates. */
  duplicateOf?: Maybe<ServiceCase>;
  /** Its events, in order (seq). */
  events: CaseEventConnection;
  /** The due time an extension was asked for and not yet granted. */
  extensionRequestedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** The grid it concerns; null when none was given or it is outside your jurisdiction. */
  grid?: Maybe<Grid>;
  /** The handler's claim in its last reply: whether it solved the problem. */
  handlerResolved?: Maybe<Resolution>;
  /** Hours left until dueAt (negative when past it), for cases still waiting for their reply; null otherwise. */
  hoursToDue: Scalars['Int']['output'];
  /** An opaque household reference, never a name or a phone. Personal data: null without the pii right. */
  householdRef?: Maybe<Scalars['String']['output']>;
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
  /** When its last event happened (Open311 updated_datetime). */
  lastEventAt: Scalars['DateTime']['output'];
  /** The resident's judgement at the last revisit; null before one. */
  outcome?: Maybe<ResidentOutcome>;
  /** The organizations it passed through, in order: the intake, then each unit it was dispatched, transferred or returned to, with the hop that led there. */
  path: Array<CasePathStep>;
  /** When the request was received. */
  receivedAt: Scalars['DateTime']['output'];
  /** The intake that received it. */
  receivedBy: Organization;
  /** How many times it was reopened (重办). */
  reopenCount: Scalars['Int']['output'];
  /** The last reply. */
  repliedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How many times a unit returned it unsigned (退单). */
  returnCount: Scalars['Int']['output'];
  /** The first time a unit signed for it. */
  signedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the case stands: the status its last event led to. */
  status: CaseStatus;
  /** Urgency tier. */
  urgency: CaseUrgency;
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
  /** Whether a whistle was blown on it. */
  whistled: Scalars['Boolean']['output'];
  /** The whistles blown on it, oldest first (those within your jurisdiction). */
  whistles: Array<Whistle>;
};


/** A resident's request (a work order), from receipt to revisit, with its history of events. */
export type ServiceCaseEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<CaseEventKind>>;
};

/** A page of service cases, with the total across all pages. */
export type ServiceCaseConnection = {
  __typename?: 'ServiceCaseConnection';
  /** The items of this page with their cursors. */
  edges: Array<ServiceCaseEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<ServiceCase>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ServiceCase in a page, with its cursor. */
export type ServiceCaseEdge = {
  __typename?: 'ServiceCaseEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The ServiceCase. */
  node: ServiceCase;
};

/** Conditions a service case must all meet to be listed. */
export type ServiceCaseFilter = {
  /** Only these categories (ServiceCategory ids), each with its direct subcategories. */
  categories?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these channels. */
  channels?: InputMaybe<Array<CaseChannel>>;
  /** Only cases of this grid. */
  grid?: InputMaybe<Scalars['ID']['input']>;
  /** Only cases this organization handles now. */
  handler?: InputMaybe<Scalars['ID']['input']>;
  /** Only cases still waiting for their reply past dueAt (true), or only the others (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only cases received at or after this time. */
  receivedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only cases received before this time. */
  receivedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<CaseStatus>>;
  /** Only cases whose community is this organization or lies in its subtree (a subdistrict's, a district's). */
  under?: InputMaybe<Scalars['ID']['input']>;
  /** Only these urgency tiers. */
  urgencies?: InputMaybe<Array<CaseUrgency>>;
  /** Only whistled cases (true), or only the others (false). */
  whistled?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A category of service request (派单目录), in a tree: what the request is about, its kind and its time limits. */
export type ServiceCategory = Node & {
  __typename?: 'ServiceCategory';
  /** Stable business key of the category. */
  code: Scalars['String']['output'];
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
  /** The kind of request. */
  kind: CategoryKind;
  /** Name of the category. */
  name: Scalars['String']['output'];
  /** The Open311 GeoReport v2 service_code of the category. */
  open311Code?: Maybe<Scalars['String']['output']>;
  /** The category above; null at the top of the tree. */
  parent?: Maybe<ServiceCategory>;
  /** Time limits per urgency tier, most urgent first. */
  timeLimits: Array<CategoryTimeLimit>;
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
};

/** A page of service categories, with the total across all pages. */
export type ServiceCategoryConnection = {
  __typename?: 'ServiceCategoryConnection';
  /** The items of this page with their cursors. */
  edges: Array<ServiceCategoryEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<ServiceCategory>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ServiceCategory in a page, with its cursor. */
export type ServiceCategoryEdge = {
  __typename?: 'ServiceCategoryEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The ServiceCategory. */
  node: ServiceCategory;
};

/** Conditions a service category must all meet to be listed. */
export type ServiceCategoryFilter = {
  /** Only these kinds. */
  kinds?: InputMaybe<Array<CategoryKind>>;
  /** Only the subcategories of this category. */
  parent?: InputMaybe<Scalars['ID']['input']>;
  /** Only the top of the tree (true). */
  rootsOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Service space against households (the standard: at least 30 m² per 100 households). */
export type ServiceSpace = {
  __typename?: 'ServiceSpace';
  /** Households of the area: the community's own figure, else the sum of its grids'. */
  households: Scalars['Int']['output'];
  /** per100Households ≥ 30; null without households. */
  meetsStandard?: Maybe<Scalars['Boolean']['output']>;
  /** squareMetres ÷ households × 100; null without households. */
  per100Households?: Maybe<Scalars['Float']['output']>;
  /** m² of ACTIVE SPACE resources (unit m²) placed in the area or shared into it by a RESOURCE_SHARING link in force on the last day of the period. */
  squareMetres: Scalars['Float']['output'];
};

/** Records how many seats a committee (community Party committee or residents' committee) has. */
export type SetCommitteeSeatsInput = {
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The committee. */
  organizationId: Scalars['ID']['input'];
  /** Established seats, 1 to 50; null returns to the default of the kind (5). */
  seats?: InputMaybe<Scalars['Int']['input']>;
};

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

/** What the social indicators are computed per. */
export type SocialGroupBy =
  /** Each community (Party committee) of the scope, with the grids' residents. */
  | 'COMMUNITY'
  /** Each grid of the scope’s communities. Members and reporting units report to communities: those figures are null by grid. A grid’s links are those of its Party branch’s subtree. */
  | 'GRID';

/** The social indicators of one community or grid over the period [from, to). Stocks (member reports, links) are those in force on the period’s last day; see the README, "Social forces", for each definition. */
export type SocialIndicatorGroup = {
  __typename?: 'SocialIndicatorGroup';
  /** True when needsRaised + participations is below minSample: the shares rest on too few records to compare. */
  belowMinimumSample: Scalars['Boolean']['output'];
  /** COMMUNITY: the community. */
  community?: Maybe<Organization>;
  /** dormantLinkShare (dormant collaboration): RESOURCE_SHARING, CO_BUILDING, UNIT_REPORTING and SERVICE_PARTNERSHIP links with an end in the community’s subtree (by grid, the subtree of the grid’s Party branch; a grid without a branch has none: 0 ÷ 0), not suspended, in force on the period’s last day, with no use in the period ÷ those links, each link once per group. A link is used by an activity started in the period with both ends among its organiser and partners, a participation on behalf of one end in an activity the other organised or partnered, or a USED resource use through it overlapping the period. */
  dormantLinkShare: Ratio;
  /** The dormant links of dormantLinkShare: their count (totalCount) and the first page by code (dormantFirst). */
  dormantLinks: LinkConnection;
  /** GRID: the grid. */
  grid?: Maybe<Grid>;
  /** memberHoursCompliance: reporting members (as above) whose hours served in activities of the community they report to, started in the period, reach the minimum of the period (memberHoursRequired: memberHoursPerYear, default 50 h a year, × the period’s days ÷ 365) ÷ reportingMembers; null by grid. */
  memberHoursCompliance?: Maybe<Ratio>;
  /** memberReportActivation: reporting members (as above) with at least one participation in an activity of that community started in the period ÷ reportingMembers; null by grid. */
  memberReportActivation?: Maybe<Ratio>;
  /** needFulfilmentRate: needs raised in the period that are FULFILLED (now) ÷ needs raised in the period. */
  needFulfilmentRate: Ratio;
  /** Needs raised in the group in the period. */
  needsRaised: Scalars['Int']['output'];
  /** Participations in the activities of the group that started in the period. */
  participations: Scalars['Int']['output'];
  /** Residents of the group: its grids’ population. */
  population: Scalars['Int']['output'];
  /** Member reports (individual double reporting) to the community in force on the period’s last day; null by grid. */
  reportingMembers?: Maybe<Scalars['Int']['output']>;
  /** timeToClaim: days from raised to claimed, of the needs raised in the period and claimed (count, mean, median, p90). */
  timeToClaim: DurationStats;
  /** timeToFulfil: days from raised to fulfilled, of the needs raised in the period and fulfilled (count, mean, median, p90). */
  timeToFulfil: DurationStats;
  /** unitParticipationRate: reporting units (UNIT_REPORTING links to the community, not suspended, in force on the period’s last day) that organised or partnered an activity of the community started in the period, or on whose behalf someone took part in one ÷ those reporting units; null by grid. */
  unitParticipationRate?: Maybe<Ratio>;
  /** Σ hours of the participations in the activities of the group that started in the period. */
  volunteerHours: Scalars['Float']['output'];
  /** volunteerHoursPerReportingMember: Σ hours those reporting members served in activities of the community they report to, started in the period ÷ reportingMembers; null by grid. */
  volunteerHoursPerReportingMember?: Maybe<QuantityRatio>;
  /** volunteerHoursPerResident: volunteerHours ÷ population (value null without residents). */
  volunteerHoursPerResident: QuantityRatio;
};

/** The social indicators of a scope over a period (README, "Social forces"). */
export type SocialIndicators = {
  __typename?: 'SocialIndicators';
  /** First day of the period. */
  from: Scalars['Date']['output'];
  /** What the groups are. */
  groupBy: SocialGroupBy;
  /** Every community or grid of the scope, by id. */
  groups: Array<SocialIndicatorGroup>;
  /** memberHoursCompliance’s yearly minimum of hours per reporting member (the memberHoursPerYear argument). */
  memberHoursPerYear: Scalars['Float']['output'];
  /** The hours a reporting member must serve in the period to count in memberHoursCompliance: memberHoursPerYear × the period’s days ÷ 365 (50 h for a year of 365 days, 4.247 h for 31 days). */
  memberHoursRequired: Scalars['Float']['output'];
  /** The minimum sample of the groups. */
  minSample: Scalars['Int']['output'];
  /** The organization whose subtree was measured. */
  scope: Organization;
  /** Day after the period (exclusive). */
  to: Scalars['Date']['output'];
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

/** Live changes, over graphql-ws (WebSocket) on /graphql with the same credentials, jurisdiction and masking as queries. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Every case event committed from now on that your jurisdiction lets you see (the cases of your subtree and those your organizations handle), as it happens: over graphql-ws (WebSocket) on /graphql, with the same credentials as HTTP in connectionParams ({ authorization: "Bearer …" }). Personal data is masked as in queries. Its `serviceCase` is the case as it stood just after the event was committed. An event of a write that failed is never sent. */
  caseEvents: CaseEvent;
};


/** Live changes, over graphql-ws (WebSocket) on /graphql with the same credentials, jurisdiction and masking as queries. */
export type SubscriptionCaseEventsArgs = {
  filter?: InputMaybe<CaseEventSubscriptionFilter>;
};

/** A person's attendance at a training course: hours credited, completed, and whether it counts as continuing education. */
export type TrainingAttendance = Node & {
  __typename?: 'TrainingAttendance';
  /** Stable business key: the course's code and the person's, unless given. */
  code: Scalars['String']['output'];
  /** Whether the course was completed; only completed attendances count in the indicators. */
  completed: Scalars['Boolean']['output'];
  /** Whether the hours count as continuing education for a social-work registration. */
  continuingEducation: Scalars['Boolean']['output'];
  /** The course; null outside your jurisdiction. */
  course?: Maybe<TrainingCourse>;
  /** Hours credited: from 0 to the course's hours. */
  hoursCredited: Scalars['Float']['output'];
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
  /** Who attended. Personal data: without the pii right the name is masked (王**) and the phone hidden. */
  person: Person;
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
  /** Why it was withdrawn; null while not. Personal data: null without the pii right. */
  withdrawReason?: Maybe<Scalars['String']['output']>;
  /** Whether the attendance was withdrawn (withdrawTrainingAttendance): kept, but no indicator counts it and it can no longer change. */
  withdrawn: Scalars['Boolean']['output'];
};

/** A page of training attendances, with the total across all pages. */
export type TrainingAttendanceConnection = {
  __typename?: 'TrainingAttendanceConnection';
  /** The items of this page with their cursors. */
  edges: Array<TrainingAttendanceEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<TrainingAttendance>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One TrainingAttendance in a page, with its cursor. */
export type TrainingAttendanceEdge = {
  __typename?: 'TrainingAttendanceEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The TrainingAttendance. */
  node: TrainingAttendance;
};

/** A training course for community workers: its provider (often a professional service organisation, through a SERVICE_PARTNERSHIP), level, topic, hours and period. */
export type TrainingCourse = Node & {
  __typename?: 'TrainingCourse';
  /** Who attended, by code: within a jurisdiction, its workers, or everyone at a course it provides. */
  attendances: TrainingAttendanceConnection;
  /** Why it was cancelled; null while scheduled. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** Stable business key. */
  code: Scalars['String']['output'];
  /** Last day (inclusive). */
  endsOn: Scalars['Date']['output'];
  /** Its length in hours (the most an attendance can be credited). */
  hours: Scalars['Float']['output'];
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
  /** At what level it is held. */
  level: TrainingLevel;
  /** The provider (often a professional service organisation). Outside your scope, only its id, code, name and kind are shown. */
  provider: Organization;
  /** First day. */
  startsOn: Scalars['Date']['output'];
  /** SCHEDULED, or CANCELLED (kept with its attendances, which no indicator counts). */
  status: TrainingCourseStatus;
  /** What it is, in a line. */
  title: Scalars['String']['output'];
  /** Its topic (casework, elderly care, Party building, grid governance…). */
  topic: Scalars['String']['output'];
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
};


/** A training course for community workers: its provider (often a professional service organisation, through a SERVICE_PARTNERSHIP), level, topic, hours and period. */
export type TrainingCourseAttendancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of training courses, with the total across all pages. */
export type TrainingCourseConnection = {
  __typename?: 'TrainingCourseConnection';
  /** The items of this page with their cursors. */
  edges: Array<TrainingCourseEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<TrainingCourse>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One TrainingCourse in a page, with its cursor. */
export type TrainingCourseEdge = {
  __typename?: 'TrainingCourseEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The TrainingCourse. */
  node: TrainingCourse;
};

/** Conditions a training course must all meet to be listed. */
export type TrainingCourseFilter = {
  /** Only courses starting on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only these levels. */
  levels?: InputMaybe<Array<TrainingLevel>>;
  /** Only courses of this provider. */
  provider?: InputMaybe<Scalars['ID']['input']>;
  /** Only courses starting before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only this topic. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** Whether a training course is held or was called off. */
export type TrainingCourseStatus =
  /** Called off (cancelTrainingCourse): kept with its attendances, which no indicator counts; it can no longer change. */
  | 'CANCELLED'
  /** Held as recorded (or to be). */
  | 'SCHEDULED';

/** At what level a training course is held. */
export type TrainingLevel =
  /** Training in a community. */
  | 'COMMUNITY'
  /** Concentrated training at district level (or above). */
  | 'DISTRICT'
  /** An online course. */
  | 'ONLINE'
  /** Training at subdistrict level. */
  | 'SUBDISTRICT';

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
  /** The denominator on that date: a count (a whole number) for every indicator but WORKFORCE_TURNOVER_RATE and WORKFORCE_VOLUNTARY_TURNOVER_RATE, whose mean headcount ((at start + at end) ÷ 2) may be a half, RESOURCE_UTILISATION, whose capacity is in m²·hours (or items·hours), and RESOURCE_FUNDS_UTILISATION, whose budget is in its units (CNY). */
  denominator: Scalars['Float']['output'];
  /** The numerator on that date: a count (a whole number) for the shares, Σ hours for the SOCIAL_VOLUNTEER_HOURS_… and WORKFORCE_TRAINING_HOURS_PER_WORKER quantities, Σ days for SOCIAL_NEED_MEAN_DAYS_TO_FULFIL and SOCIAL_NEED_MEAN_DAYS_TO_CLAIM, m²·hours for RESOURCE_UTILISATION, m² for RESOURCE_SERVICE_SPACE_PER_100_HOUSEHOLDS, the budget units (CNY) for RESOURCE_FUNDS_UTILISATION and households for WORKFORCE_HOUSEHOLDS_PER_WORKER (may have a fraction). Float so that one point type fits every indicator. */
  numerator: Scalars['Float']['output'];
  /** numerator ÷ denominator (× 10,000 for WORKFORCE_WORKERS_PER_10K_RESIDENTS, × 100 for RESOURCE_SERVICE_SPACE_PER_100_HOUSEHOLDS); null when the denominator is 0. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Changes to an activity: only the fields given change. */
export type UpdateActivityInput = {
  /** How many people it served. */
  beneficiaries?: InputMaybe<Scalars['Int']['input']>;
  /** When it ends, after it starts; no participation's hours may then exceed its length. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you last read; CONFLICT when it has changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The activity. */
  id: Scalars['ID']['input'];
  /** What kind of activity. */
  kind?: InputMaybe<ActivityKind>;
  /** The partner organizations, replacing the ones it had. */
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** When it starts. Its participations then count on its new first day. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What it is, in a line (at most 200 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
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

/** Changes to a participation: only the fields given change (onBehalfOfId: null clears it). */
export type UpdateParticipationInput = {
  /** The version you last read; CONFLICT when it has changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Hours served: more than 0, at most the activity's length. */
  hours?: InputMaybe<Scalars['Float']['input']>;
  /** The participation. */
  id: Scalars['ID']['input'];
  /** The reporting unit the hours count for; null to clear. */
  onBehalfOfId?: InputMaybe<Scalars['ID']['input']>;
  /** In what capacity. */
  role?: InputMaybe<ParticipationRole>;
};

/** Changes to a resource; fields left out stay as they are. */
export type UpdateResourceInput = {
  /** How much is available now (null clears it); availableUpdatedAt becomes now unless given. */
  available?: InputMaybe<Scalars['Float']['input']>;
  /** When available was reported. */
  availableUpdatedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A new description; null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The resource. */
  id: Scalars['ID']['input'];
  /** A new capacity. Existing uses are kept even if they no longer fit; new requests are checked against it. */
  maximum?: InputMaybe<Scalars['Float']['input']>;
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New weekly opening hours; null: always open. */
  openingHours?: InputMaybe<Scalars['String']['input']>;
  /** A new unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a recorded attendance: give at least one field. */
export type UpdateTrainingAttendanceInput = {
  /** Whether the course was completed. */
  completed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether the hours count as continuing education. */
  continuingEducation?: InputMaybe<Scalars['Boolean']['input']>;
  /** The version last read; CONFLICT when it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Hours credited, 0 to the course's hours. */
  hoursCredited?: InputMaybe<Scalars['Float']['input']>;
  /** The attendance. */
  id: Scalars['ID']['input'];
};

/** Changes to a recorded training course: give at least one field. */
export type UpdateTrainingCourseInput = {
  /** A new last day (inclusive), not before the first. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The version last read; CONFLICT when it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** New hours: more than 0, and at least every attendance's credited hours. */
  hours?: InputMaybe<Scalars['Float']['input']>;
  /** The course. */
  id: Scalars['ID']['input'];
  /** A new level. */
  level?: InputMaybe<TrainingLevel>;
  /** A new first day, not after the last. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** A new title (at most 200 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** A new topic (at most 64 characters). */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** A committee with fewer seats held than it has, on a date. */
export type Vacancy = {
  __typename?: 'Vacancy';
  /** Seats held on the date: the seat posts of the committee held that day (secretary, deputy secretary, committee member, director, deputy director, member). */
  filled: Scalars['Int']['output'];
  /** The committee. */
  organization: Organization;
  /** The committee's established seats: recorded (setCommitteeSeats, the import) or the default of its kind (5). */
  seats: Scalars['Int']['output'];
  /** seats − filled. */
  vacant: Scalars['Int']['output'];
};

/** The committees of a scope with vacant seats on a date, by code, with the totals of the scope. */
export type VacancyConnection = {
  __typename?: 'VacancyConnection';
  /** The items of this page with their cursors. */
  edges: Array<VacancyEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Vacancy>;
  /** The date. */
  on: Scalars['Date']['output'];
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** Established seats of every committee of the scope existing on the date. */
  seats: Scalars['Int']['output'];
  /** How many committees have vacant seats, across all pages. */
  totalCount: Scalars['Int']['output'];
  /** Of those, how many are vacant. */
  vacantSeats: Scalars['Int']['output'];
};

/** One vacancy in a page, with its cursor. */
export type VacancyEdge = {
  __typename?: 'VacancyEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The vacancy. */
  node: Vacancy;
};

/** An organization verifies the hours of a participation. */
export type VerifyParticipationInput = {
  /** The version you last read; CONFLICT when it has changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The participation. */
  id: Scalars['ID']['input'];
  /** The organization that verified the hours. */
  verifiedById: Scalars['ID']['input'];
};

/** A whistle (吹哨): a community or subdistrict summons units to a problem it cannot solve alone; they must report by a deadline. */
export type Whistle = Node & {
  __typename?: 'Whistle';
  /** When it was blown. */
  blownAt: Scalars['DateTime']['output'];
  /** Who blew it: a community or subdistrict Party committee. */
  caller: Organization;
  /** The cases it covers, by code (those within your jurisdiction). */
  cases: Array<ServiceCase>;
  /** Stable business key of the whistle. */
  code: Scalars['String']['output'];
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
  /** What the problem is, in a sentence. */
  note?: Maybe<Scalars['String']['output']>;
  /** Why it was blown. */
  reason: WhistleReason;
  /** When the summoned units must have reported. */
  reportBy: Scalars['DateTime']['output'];
  /** The units summoned, with their reports and scores. */
  summons: Array<WhistleSummons>;
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
};

/** A case a whistle covers, with the version you last read. */
export type WhistleCaseInput = {
  /** The version you last read; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The case. */
  id: Scalars['ID']['input'];
};

/** A page of whistles, with the total across all pages. */
export type WhistleConnection = {
  __typename?: 'WhistleConnection';
  /** The items of this page with their cursors. */
  edges: Array<WhistleEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<Whistle>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Whistle in a page, with its cursor. */
export type WhistleEdge = {
  __typename?: 'WhistleEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Whistle. */
  node: Whistle;
};

/** Conditions a whistle must all meet to be listed. */
export type WhistleFilter = {
  /** Only whistles blown at or after this time. */
  blownFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only whistles blown before this time. */
  blownTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these reasons. */
  reasons?: InputMaybe<Array<WhistleReason>>;
  /** Only whistles covering this case. */
  serviceCase?: InputMaybe<Scalars['ID']['input']>;
  /** Only whistles blown by this organization or by one below it. */
  under?: InputMaybe<Scalars['ID']['input']>;
  /** Only whistles summoning this unit. */
  unit?: InputMaybe<Scalars['ID']['input']>;
};

/** Why a whistle was blown (operations.md §1.2). */
export type WhistleReason =
  /** A prominent problem the community or subdistrict cannot solve alone (parking, old-estate renewal, lifts). */
  | 'BEYOND_CAPACITY'
  /** An emergency (burst pipe, road collapse). */
  | 'EMERGENCY'
  /** Comprehensive enforcement the caller has no power for (illegal construction). */
  | 'ENFORCEMENT';

/** A unit summoned by a whistle, with its report and the score the caller gave it. */
export type WhistleSummons = {
  __typename?: 'WhistleSummons';
  /** The whistle code and the unit code: stable. */
  code: Scalars['String']['output'];
  /** What made the unit reachable from the caller: the caller's chain, or a link. */
  eligibility: EligibilityKind;
  /** Global, opaque id. Stable: it never changes; node(id) fetches it. */
  id: Scalars['ID']['output'];
  /** When the unit reported; null until it does. */
  reportedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether it reported by the whistle’s reportBy (false while it has not reported). */
  reportedOnTime: Scalars['Boolean']['output'];
  /** Who reported for the unit. Personal data: masked without the pii right. */
  reportingPerson?: Maybe<Scalars['String']['output']>;
  /** The caller's score of the unit's response, 1 (poor) to 5 (excellent) (评价权); null until scored. */
  score?: Maybe<Scalars['Int']['output']>;
  /** The unit summoned. Outside your scope, only its id, code, name and kind are shown. */
  unit: Organization;
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
  /** eligibility LINK: the link through which the unit was reached. */
  viaLink?: Maybe<Link>;
  /** The whistle. */
  whistle: Whistle;
};

/** The withdrawal of an attendance. */
export type WithdrawTrainingAttendanceInput = {
  /** The version last read; CONFLICT when it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The attendance. */
  id: Scalars['ID']['input'];
  /** Why (at most 200 characters). Personal data: shown only with the pii right. */
  reason: Scalars['String']['input'];
};

/** Community workers against residents, per 10,000 (the target: 18 per 10,000 urban residents). */
export type WorkerDensity = {
  __typename?: 'WorkerDensity';
  /** Residents of the group's grids. */
  denominator: Scalars['Int']['output'];
  /** value ≥ target; null without residents. */
  meetsTarget?: Maybe<Scalars['Boolean']['output']>;
  /** Workers employed on the last day of the period. */
  numerator: Scalars['Int']['output'];
  /** The target: 18 workers per 10,000 residents. */
  target: Scalars['Float']['output'];
  /** numerator ÷ denominator × 10,000; null without residents. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Why a community worker left. */
export type WorkerExitReason =
  /** Entered the civil service. */
  | 'CIVIL_SERVICE'
  /** Dismissed. */
  | 'DISMISSED'
  /** Not re-elected at the end of a term. */
  | 'NOT_RE_ELECTED'
  /** Resigned (the voluntary exits). */
  | 'RESIGNED'
  /** Retired. */
  | 'RETIRED'
  /** Transferred to another employer outside the community workforce. */
  | 'TRANSFERRED';

/** A grade given to a worker (on hiring) or changed, from a date, and why. Personal data. */
export type WorkerGradeChange = {
  __typename?: 'WorkerGradeChange';
  /** From when. */
  effectiveOn: Scalars['Date']['output'];
  /** The grade, 1–18, within the post’s range. */
  grade: Scalars['Int']['output'];
  /** The post from this date. */
  postCategory: WorkerPostCategory;
  /** Why. */
  reason: GradeChangeReason;
};

/** The post of a community worker on the 3-post, 18-grade scale. */
export type WorkerPostCategory =
  /** Deputy head: grades 4–15. */
  | 'DEPUTY'
  /** Other community staff: grades 1–12. */
  | 'GENERAL'
  /** Head of a community (Party secretary, residents’ committee director): grades 7–18. */
  | 'HEAD';

/** A person's employment as a community worker: employer, assigned community, post, grade and qualification histories, hired and exited. Personal data: without the pii right the person is masked and the grades, qualifications and exit reason are null. */
export type WorkerProfile = Node & {
  __typename?: 'WorkerProfile';
  /** Stable business key. */
  code: Scalars['String']['output'];
  /** The community (its Party committee) the worker is assigned to. */
  community: Organization;
  /** The employer (usually the subdistrict). Outside your scope, only its id, code, name and kind are shown. */
  employer: Organization;
  /** Why the worker left; null while employed. Personal data: null without the pii right. */
  exitReason?: Maybe<WorkerExitReason>;
  /** First day no longer employed (exclusive: the last day worked is the day before); null while employed. */
  exitedOn?: Maybe<Scalars['Date']['output']>;
  /** The grade now (1–18). Personal data: null without the pii right. */
  grade?: Maybe<Scalars['Int']['output']>;
  /** The grade history, oldest first (the first is the grade on hiring). Personal data: null without the pii right. */
  grades?: Maybe<Array<WorkerGradeChange>>;
  /** First day employed. */
  hiredOn: Scalars['Date']['output'];
  /** Global, opaque id of the object. Stable: it never changes. */
  id: Scalars['ID']['output'];
  /** The worker. Personal data: without the pii right the name is masked (王**) and the phone hidden. */
  person: Person;
  /** The post now (HEAD, DEPUTY, GENERAL); a PROMOTION changes it. */
  postCategory: WorkerPostCategory;
  /** The social-work qualifications, by the day obtained. Personal data: null without the pii right. */
  qualifications?: Maybe<Array<WorkerQualification>>;
  /** Incremented on every change; pass it back as expectedVersion to change it safely. */
  version: Scalars['Int']['output'];
};

/** A page of worker profiles, with the total across all pages. */
export type WorkerProfileConnection = {
  __typename?: 'WorkerProfileConnection';
  /** The items of this page with their cursors. */
  edges: Array<WorkerProfileEdge>;
  /** The items of this page, without cursors (shorthand for edges.node). */
  nodes: Array<WorkerProfile>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One WorkerProfile in a page, with its cursor. */
export type WorkerProfileEdge = {
  __typename?: 'WorkerProfileEdge';
  /** Position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The WorkerProfile. */
  node: WorkerProfile;
};

/** Conditions a worker profile must all meet to be listed. */
export type WorkerProfileFilter = {
  /** Only workers employed on this day (hiredOn ≤ day < exitedOn). */
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  /** Only workers assigned to this community. */
  community?: InputMaybe<Scalars['ID']['input']>;
  /** Only workers of this employer. */
  employer?: InputMaybe<Scalars['ID']['input']>;
  /** Only the profiles of this person. */
  person?: InputMaybe<Scalars['ID']['input']>;
  /** Only these posts (now). */
  postCategories?: InputMaybe<Array<WorkerPostCategory>>;
  /** Only workers assigned to a community of this subtree. */
  under?: InputMaybe<Scalars['ID']['input']>;
};

/** A social-work qualification a worker holds: level, when obtained, and until when its registration is valid. Personal data. */
export type WorkerQualification = {
  __typename?: 'WorkerQualification';
  /** The level. */
  level: QualificationLevel;
  /** When it was obtained. */
  obtainedOn: Scalars['Date']['output'];
  /** Last day its registration is valid (renewed every 3 years with continuing education); null: no expiry recorded. */
  registrationValidUntil?: Maybe<Scalars['Date']['output']>;
};

/** What the workforce indicators are computed per. */
export type WorkforceGroupBy =
  /** The worker's assigned community. */
  | 'COMMUNITY'
  /** The subdistrict above the worker's assigned community. */
  | 'SUBDISTRICT';

/** The workforce indicators of one group (a community, a subdistrict) or of the whole scope, over the workers assigned to its communities. A worker is employed on day d when hiredOn ≤ d < exitedOn; the period is [from, to), its last day to − 1. */
export type WorkforceIndicatorGroup = {
  __typename?: 'WorkforceIndicatorGroup';
  /** True when the group has fewer than minSample workers at the end of the period: its figures are shown, but too few to compare. */
  belowMinimumSample: Scalars['Boolean']['output'];
  /** certificationShare: of the workers employed on the period's last day, those holding a qualification whose registration is valid that day (obtainedOn ≤ day ≤ registrationValidUntil, or no expiry) ÷ those workers. */
  certificationShare: Ratio;
  /** continuingEducationCompliance: of the certified workers (certificationShare’s numerator), those whose continuing-education hours (completed, counted as continuing education, at courses starting in the 3 years ending with the period, [to − 3 years, to)) reach the minimum of their highest valid level: 72 h for ASSISTANT, 90 h for INTERMEDIATE and SENIOR ÷ the certified workers. */
  continuingEducationCompliance: Ratio;
  /** Exits: workers whose last day employed (the day before exitedOn) falls in the period, i.e. from < exitedOn ≤ to. */
  exits: Scalars['Int']['output'];
  /** gradeStall: of the workers employed on the period's last day, those whose last grade change on or before that day (their hiring grade's date when none is recorded) is more than 3 years before it (effectiveOn < last day − 3 years; one grade step is about every 3 years) ÷ those workers. */
  gradeStall: Ratio;
  /** householdsPerWorker: households of the group's grids ÷ workers employed on the period's last day (value null without workers; about 210 at 18 workers per 10,000 residents). */
  householdsPerWorker: QuantityRatio;
  /** COMMUNITY or SUBDISTRICT: the organization; null for the whole scope. */
  organization?: Maybe<Organization>;
  /** retention12m, a hiring cohort’s (operations.md §4.2): of the workers hired in the 12 months ending 12 months before the period’s end (to − 24 months < hiredOn ≤ to − 12 months), those employed for their first 12 months (exitedOn null or on or after the first anniversary of hiredOn, so that a worker whose last day is the day before it counts) ÷ those workers; 0 ÷ 0 gives null. Depends on to only. n months before or after a date: the same day n ÷ 12 years earlier or later, 29 February becoming 1 March. */
  retention12m: Ratio;
  /** trainingCoverage: of the workers employed on the period's last day, those with at least one completed attendance at a course starting in the period ÷ those workers. */
  trainingCoverage: Ratio;
  /** trainingHoursPerWorker: hours credited for completed attendances at courses starting in the period, to the workers employed on the period's last day ÷ those workers. */
  trainingHoursPerWorker: QuantityRatio;
  /** turnoverRate: exits in the period ÷ the mean headcount, (workersAtStart + workersAtEnd) ÷ 2. */
  turnoverRate: QuantityRatio;
  /** Of the exits, the voluntary ones: exit reason RESIGNED. */
  voluntaryExits: Scalars['Int']['output'];
  /** voluntaryTurnoverRate: voluntary exits (RESIGNED) in the period ÷ the mean headcount, (workersAtStart + workersAtEnd) ÷ 2. */
  voluntaryTurnoverRate: QuantityRatio;
  /** Workers employed on the last day of the period (to − 1). */
  workersAtEnd: Scalars['Int']['output'];
  /** Workers employed on the first day of the period (from). */
  workersAtStart: Scalars['Int']['output'];
  /** workersPer10kResidents: workers employed on the period's last day ÷ residents of the group's grids × 10,000, against the target of 18. */
  workersPer10kResidents: WorkerDensity;
};

/** Workforce indicators of a scope over a period (README, "Workforce"). */
export type WorkforceIndicators = {
  __typename?: 'WorkforceIndicators';
  /** First day of the period. */
  from: Scalars['Date']['output'];
  /** What the groups are; null: one group, the whole scope. */
  groupBy?: Maybe<WorkforceGroupBy>;
  /** The groups: every community (or subdistrict) of the scope, with workers or not, by id; or the whole scope. */
  groups: Array<WorkforceIndicatorGroup>;
  /** Groups with fewer workers at the end of the period are flagged belowMinimumSample. */
  minSample: Scalars['Int']['output'];
  /** The scope. */
  scope: Organization;
  /** Day after the period (exclusive). */
  to: Scalars['Date']['output'];
};

export type _Entity = Activity | Grid | Link | MemberReport | Need | Organization | Participation | Person | Post | Resource | ResourceUse | ServiceCase | ServiceCategory | TrainingAttendance | TrainingCourse | Whistle | WorkerProfile;

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

export type CaseRatesByCommunityQueryVariables = Exact<{
  scope?: Scalars['ID']['input'];
  from?: Scalars['Date']['input'];
  to?: Scalars['Date']['input'];
  minSample?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CaseRatesByCommunityQuery = { __typename?: 'Query', caseIndicators: { __typename?: 'CaseIndicators', from: string, to: string, minSample: number, groups: Array<{ __typename?: 'CaseIndicatorGroup', cases: number, belowMinimumSample: boolean, rank?: number | null, organization?: { __typename?: 'Organization', code: string, name: string } | null, responseRate: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null }, resolutionRate: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null }, handlerResolutionRate: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null }, satisfactionRate: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null } }> } };

export type CasesByMonthQueryVariables = Exact<{
  under?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CasesByMonthQuery = { __typename?: 'Query', caseAggregate: { __typename?: 'CaseAggregate', totalCount: number, groups: Array<{ __typename?: 'CaseGroup', count: number, key: { __typename?: 'CaseGroupKey', month?: string | null, status?: CaseStatus | null } }> } };

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
    | { __typename: 'Activity', id: string }
    | { __typename: 'Grid', code: string, name: string, households: number, id: string, community: { __typename?: 'Organization', code: string } }
    | { __typename: 'Link', code: string, since: string, until?: string | null, id: string, linkKind: LinkKind, linkStatus: LinkStatus, source: { __typename?: 'Organization', code: string }, target: { __typename?: 'Organization', code: string } }
    | { __typename: 'MemberReport', id: string }
    | { __typename: 'Need', id: string }
    | { __typename: 'Organization', code: string, name: string, kind: OrganizationKind, sector: Sector, id: string, parent?: { __typename?: 'Organization', code: string } | null }
    | { __typename: 'Participation', id: string }
    | { __typename: 'Person', code: string, name: string, id: string }
    | { __typename: 'Post', code: string, role: PostRole, title?: string | null, startDate: string, endDate?: string | null, id: string, organization: { __typename?: 'Organization', code: string } }
    | { __typename: 'Resource', id: string }
    | { __typename: 'ResourceUse', id: string }
    | { __typename: 'ServiceCase', id: string }
    | { __typename: 'ServiceCategory', id: string }
    | { __typename: 'TrainingAttendance', id: string }
    | { __typename: 'TrainingCourse', id: string }
    | { __typename: 'Whistle', id: string }
    | { __typename: 'WorkerProfile', id: string }
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

export type ResourcesPanelQueryVariables = Exact<{
  community: Scalars['ID']['input'];
  from?: Scalars['Date']['input'];
  to?: Scalars['Date']['input'];
}>;


export type ResourcesPanelQuery = { __typename?: 'Query', resources: { __typename?: 'ResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'Resource', code: string, name: string, kind: ResourceKind, status: ResourceStatus, unit: string, maximum: number, available?: number | null, availableUpdatedAt?: string | null, openingHours?: string | null, weeklyOpenHours: number, owner: { __typename?: 'Organization', code: string, name: string, kind: OrganizationKind }, grid?: { __typename?: 'Grid', code: string } | null, sharedThrough: Array<{ __typename?: 'Link', code: string, target: { __typename?: 'Organization', code: string, name: string } }>, uses: { __typename?: 'ResourceUseConnection', totalCount: number, nodes: Array<{ __typename?: 'ResourceUse', code: string, startsAt: string, endsAt: string, quantity: number, status: ResourceUseStatus, purpose?: string | null, user: { __typename?: 'Organization', name: string } }> } }> }, resourceIndicators: { __typename?: 'ResourceIndicators', from: string, to: string, groups: Array<{ __typename?: 'ResourceIndicatorGroup', kind?: ResourceKind | null, resourceUtilisation: { __typename?: 'QuantityRatio', numerator: number, denominator: number, value?: number | null }, fundsUtilisation: { __typename?: 'QuantityRatio', numerator: number, denominator: number, value?: number | null }, resourceSharingRate: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null }, serviceSpacePer100Households?: { __typename?: 'ServiceSpace', squareMetres: number, households: number, per100Households?: number | null, meetsStandard?: boolean | null } | null, idleResources: { __typename?: 'ResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'Resource', code: string, name: string }> } }> } };

export type RotationAndVacancyQueryVariables = Exact<{
  scope?: Scalars['ID']['input'];
  from?: Scalars['Date']['input'];
  to?: Scalars['Date']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
}>;


export type RotationAndVacancyQuery = { __typename?: 'Query', postTransitions: { __typename?: 'PostTransitionConnection', totalCount: number, nodes: Array<{ __typename?: 'PostTransition', kind: PostTransitionKind, leftOn: string, daysBetween?: number | null, endReason?: PostEndReason | null, person: { __typename?: 'Person', name: string }, fromPost: { __typename?: 'Post', role: PostRole, organization: { __typename?: 'Organization', name: string } }, toPost?: { __typename?: 'Post', role: PostRole } | null, toOrganization?: { __typename?: 'Organization', name: string } | null }> }, rotationIndicators: { __typename?: 'RotationIndicators', groups: Array<{ __typename?: 'RotationIndicatorGroup', organization?: { __typename?: 'Organization', name: string } | null, rotationRate: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null }, vacancyDays: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null } }> }, vacancies: { __typename?: 'VacancyConnection', totalCount: number, seats: number, vacantSeats: number, nodes: Array<{ __typename?: 'Vacancy', seats: number, filled: number, vacant: number, organization: { __typename?: 'Organization', name: string, kind: OrganizationKind } }> } };

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

export type SummonedUnitsQueryVariables = Exact<{
  scope?: Scalars['ID']['input'];
  from?: Scalars['Date']['input'];
  to?: Scalars['Date']['input'];
  minSummons?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SummonedUnitsQuery = { __typename?: 'Query', caseIndicators: { __typename?: 'CaseIndicators', summonedUnits: Array<{ __typename?: 'CaseSummonedUnit', summons: number, belowMinimumSample: boolean, rank?: number | null, organization: { __typename?: 'Organization', code: string, name: string, kind: OrganizationKind }, unitReportMinutes: { __typename?: 'DurationStats', count: number, median?: number | null, p90?: number | null }, unitReportOnTime: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null } }> } };

export type VolunteerHoursPanelQueryVariables = Exact<{
  scope?: Scalars['ID']['input'];
  from?: Scalars['Date']['input'];
  to?: Scalars['Date']['input'];
  minSample?: InputMaybe<Scalars['Int']['input']>;
}>;


export type VolunteerHoursPanelQuery = { __typename?: 'Query', socialIndicators: { __typename?: 'SocialIndicators', from: string, to: string, groups: Array<{ __typename?: 'SocialIndicatorGroup', population: number, needsRaised: number, participations: number, belowMinimumSample: boolean, volunteerHours: number, reportingMembers?: number | null, community?: { __typename?: 'Organization', code: string, name: string } | null, volunteerHoursPerResident: { __typename?: 'QuantityRatio', numerator: number, denominator: number, value?: number | null }, volunteerHoursPerReportingMember?: { __typename?: 'QuantityRatio', numerator: number, denominator: number, value?: number | null } | null, memberReportActivation?: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null } | null, unitParticipationRate?: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null } | null, needFulfilmentRate: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null }, dormantLinkShare: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null }, dormantLinks: { __typename?: 'LinkConnection', totalCount: number, nodes: Array<{ __typename?: 'Link', code: string, kind: LinkKind }> } }> }, indicatorTrend: { __typename?: 'IndicatorTrend', points: Array<{ __typename?: 'TrendPoint', date: string, numerator: number, denominator: number, value?: number | null }> } };

export type WhistleReportTimesQueryVariables = Exact<{
  scope?: Scalars['ID']['input'];
  from?: Scalars['Date']['input'];
  to?: Scalars['Date']['input'];
}>;


export type WhistleReportTimesQuery = { __typename?: 'Query', caseIndicators: { __typename?: 'CaseIndicators', groups: Array<{ __typename?: 'CaseIndicatorGroup', cases: number, organization?: { __typename?: 'Organization', code: string, name: string } | null, escalationRate: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null }, unitReportMinutes: { __typename?: 'DurationStats', count: number, median?: number | null, p90?: number | null }, unitReportOnTime: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null } }> } };

export type WorkforcePanelQueryVariables = Exact<{
  scope?: Scalars['ID']['input'];
  community: Scalars['ID']['input'];
  from?: Scalars['Date']['input'];
  to?: Scalars['Date']['input'];
  activeAt?: InputMaybe<Scalars['Date']['input']>;
}>;


export type WorkforcePanelQuery = { __typename?: 'Query', workforceIndicators: { __typename?: 'WorkforceIndicators', from: string, to: string, minSample: number, groups: Array<{ __typename?: 'WorkforceIndicatorGroup', workersAtStart: number, workersAtEnd: number, exits: number, belowMinimumSample: boolean, organization?: { __typename?: 'Organization', code: string, name: string } | null, turnoverRate: { __typename?: 'QuantityRatio', numerator: number, denominator: number, value?: number | null }, retention12m: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null }, workersPer10kResidents: { __typename?: 'WorkerDensity', numerator: number, denominator: number, value?: number | null, target: number, meetsTarget?: boolean | null }, certificationShare: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null }, trainingHoursPerWorker: { __typename?: 'QuantityRatio', numerator: number, denominator: number, value?: number | null }, continuingEducationCompliance: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null } }> }, workerProfiles: { __typename?: 'WorkerProfileConnection', totalCount: number, nodes: Array<{ __typename?: 'WorkerProfile', code: string, postCategory: WorkerPostCategory, grade?: number | null, hiredOn: string, exitedOn?: string | null, person: { __typename?: 'Person', name: string }, employer: { __typename?: 'Organization', code: string, name: string }, grades?: Array<{ __typename?: 'WorkerGradeChange', grade: number, effectiveOn: string, reason: GradeChangeReason }> | null, qualifications?: Array<{ __typename?: 'WorkerQualification', level: QualificationLevel, obtainedOn: string, registrationValidUntil?: string | null }> | null }> }, trainingCourses: { __typename?: 'TrainingCourseConnection', totalCount: number, nodes: Array<{ __typename?: 'TrainingCourse', code: string, title: string, topic: string, hours: number, startsOn: string, endsOn: string, provider: { __typename?: 'Organization', code: string, name: string, kind: OrganizationKind }, attendances: { __typename?: 'TrainingAttendanceConnection', totalCount: number, nodes: Array<{ __typename?: 'TrainingAttendance', hoursCredited: number, completed: boolean, continuingEducation: boolean, person: { __typename?: 'Person', name: string } }> } }> } };

export type WorstReturnPathsQueryVariables = Exact<{
  scope?: Scalars['ID']['input'];
  from?: Scalars['Date']['input'];
  to?: Scalars['Date']['input'];
}>;


export type WorstReturnPathsQuery = { __typename?: 'Query', caseIndicators: { __typename?: 'CaseIndicators', groups: Array<{ __typename?: 'CaseIndicatorGroup', cases: number, organization?: { __typename?: 'Organization', code: string, name: string } | null, returnRate: { __typename?: 'Ratio', numerator: number, denominator: number, value?: number | null }, returnPaths: Array<{ __typename?: 'CaseReturnPath', returns: number, from: { __typename?: 'Organization', code: string, name: string, kind: OrganizationKind }, to: { __typename?: 'Organization', code: string, name: string } }> }> } };


export const AppointPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointPersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CROSS_APPOINTMENT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppointPersonMutation, AppointPersonMutationVariables>;
export const BuildingCellAncestorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuildingCellAncestors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"110199001001-G01-B01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BuildingCellAncestorsQuery, BuildingCellAncestorsQueryVariables>;
export const CaseRatesByCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseRatesByCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"110199000000","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2025-12-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2026-01-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minSample"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COMMUNITY"}},{"kind":"Argument","name":{"kind":"Name","value":"minSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minSample"}}},{"kind":"Argument","name":{"kind":"Name","value":"rankBy"},"value":{"kind":"EnumValue","value":"SATISFACTION_RATE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"minSample"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"belowMinimumSample"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerResolutionRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseRatesByCommunityQuery, CaseRatesByCommunityQueryVariables>;
export const CasesByMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesByMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MONTH"},{"kind":"EnumValue","value":"STATUS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<CasesByMonthQuery, CasesByMonthQueryVariables>;
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
export const ResourcesPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourcesPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"community"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2025-12-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2026-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"community"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"MAXIMUM_DESC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"availableUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyOpenHours"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedThrough"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resourceIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"community"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"KIND"}},{"kind":"Argument","name":{"kind":"Name","value":"idleFirst"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"resourceUtilisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundsUtilisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resourceSharingRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceSpacePer100Households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"squareMetres"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"per100Households"}},{"kind":"Field","name":{"kind":"Name","value":"meetsStandard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idleResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResourcesPanelQuery, ResourcesPanelQueryVariables>;
export const RotationAndVacancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RotationAndVacancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"110199000000","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2023-01-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2026-01-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}},"defaultValue":{"kind":"StringValue","value":"2025-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postTransitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EXCHANGE"},{"kind":"EnumValue","value":"MOVE_ACROSS_COMMUNITIES"},{"kind":"EnumValue","value":"PROMOTION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysBetween"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromPost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"toPost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotationIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"SUBDISTRICT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotationRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancyDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"vacantSeats"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"vacant"}}]}}]}}]}}]} as unknown as DocumentNode<RotationAndVacancyQuery, RotationAndVacancyQueryVariables>;
export const ShortestPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortestPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"ENT-000003","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"110199000000","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkKinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeVertical"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"linkKinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkKinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeVertical"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeVertical"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShortestPathQuery, ShortestPathQueryVariables>;
export const SubdistrictDescendantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubdistrictDescendants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"110199001000","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationKind"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMMUNITY_PARTY_COMMITTEE"},{"kind":"EnumValue","value":"GRID_PARTY_BRANCH"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"2"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubdistrictDescendantsQuery, SubdistrictDescendantsQueryVariables>;
export const SubgraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Subgraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"root"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"110199001001","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"2"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkKinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"2000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subgraph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"root"},"value":{"kind":"Variable","name":{"kind":"Name","value":"root"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"linkKinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkKinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubgraphQuery, SubgraphQueryVariables>;
export const SummonedUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SummonedUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"110199000000","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2025-01-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2026-01-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minSummons"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"SUBDISTRICT"}},{"kind":"Argument","name":{"kind":"Name","value":"minSample"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summonedUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"minSummons"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minSummons"}}},{"kind":"Argument","name":{"kind":"Name","value":"rankBy"},"value":{"kind":"EnumValue","value":"MEDIAN_REPORT_MINUTES"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summons"}},{"kind":"Field","name":{"kind":"Name","value":"unitReportMinutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitReportOnTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"belowMinimumSample"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]}}]} as unknown as DocumentNode<SummonedUnitsQuery, SummonedUnitsQueryVariables>;
export const VolunteerHoursPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerHoursPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"110199000000","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2025-12-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2026-01-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minSample"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COMMUNITY"}},{"kind":"Argument","name":{"kind":"Name","value":"minSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minSample"}}},{"kind":"Argument","name":{"kind":"Name","value":"dormantFirst"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"needsRaised"}},{"kind":"Field","name":{"kind":"Name","value":"participations"}},{"kind":"Field","name":{"kind":"Name","value":"belowMinimumSample"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerHours"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerHoursPerResident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingMembers"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerHoursPerReportingMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberReportActivation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitParticipationRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needFulfilmentRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dormantLinkShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dormantLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"EnumValue","value":"SOCIAL_MEMBER_REPORT_ACTIVATION"}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2025-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2025-12-31","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"QUARTER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerHoursPanelQuery, VolunteerHoursPanelQueryVariables>;
export const WhistleReportTimesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhistleReportTimes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"110199000000","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2025-01-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2026-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"SUBDISTRICT"}},{"kind":"Argument","name":{"kind":"Name","value":"minSample"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"escalationRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitReportMinutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitReportOnTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhistleReportTimesQuery, WhistleReportTimesQueryVariables>;
export const WorkforcePanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkforcePanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"110199000000","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"community"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2025-01-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2026-01-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}},"defaultValue":{"kind":"StringValue","value":"2025-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workforceIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"SUBDISTRICT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"minSample"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workersAtStart"}},{"kind":"Field","name":{"kind":"Name","value":"workersAtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"exits"}},{"kind":"Field","name":{"kind":"Name","value":"belowMinimumSample"}},{"kind":"Field","name":{"kind":"Name","value":"turnoverRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retention12m"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workersPer10kResidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"meetsTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificationShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingHoursPerWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"continuingEducationCompliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workerProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"community"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"activeAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeAt"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"postCategory"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"hiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"obtainedOn"}},{"kind":"Field","name":{"kind":"Name","value":"registrationValidUntil"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingCourses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"levels"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DISTRICT"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursCredited"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"continuingEducation"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkforcePanelQuery, WorkforcePanelQueryVariables>;
export const WorstReturnPathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorstReturnPaths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"110199000000","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2025-01-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},"defaultValue":{"kind":"StringValue","value":"2026-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"SUBDISTRICT"}},{"kind":"Argument","name":{"kind":"Name","value":"minSample"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"topReturnPaths"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"returnRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnPaths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returns"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorstReturnPathsQuery, WorstReturnPathsQueryVariables>;