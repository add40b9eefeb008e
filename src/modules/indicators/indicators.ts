import { isInForceOn } from '../../lib/period.js';
import { GridFunction } from '../grids/grid.entity.js';
import { parentOnDate, type ChainOrganization } from '../organizations/organization-chain.js';
import { KIND_RULES, OrganizationKind, Sector } from '../organizations/organization.kinds.js';
import { PostRole } from '../people/post.kinds.js';
import { analyseCollaboration, type CollaborationAnalysis } from './collaboration.js';
import type { IndicatorSource, LinkRecord } from './indicator-source.js';

const K = OrganizationKind;

export interface RatioValue {
  numerator: number;
  denominator: number;
  value: number | null;
}

export interface DistributionValue {
  count: number;
  min: number | null;
  mean: number | null;
  max: number | null;
}

export function ratio(numerator: number, denominator: number): RatioValue {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

export function distribution(values: readonly number[]): DistributionValue {
  if (values.length === 0) return { count: 0, min: null, mean: null, max: null };
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const value of values) {
    min = Math.min(min, value);
    max = Math.max(max, value);
    sum += value;
  }
  return { count: values.length, min, mean: sum / values.length, max };
}

/** The organizations whose Party presence is measured (domain.md: "two new" organisations). */
export const PARTY_PRESENCE_KINDS: readonly OrganizationKind[] = [K.ENTERPRISE, K.SOCIAL_ORGANIZATION];
/** The grid functions the brief asks every grid to integrate. */
export const INTEGRATED_FUNCTIONS: readonly GridFunction[] = [GridFunction.PARTY_BUILDING, GridFunction.SOCIAL_GOVERNANCE, GridFunction.SOCIAL_RELIEF];
/** "Social forces": organizations of the government, market and social sectors. */
const SOCIAL_FORCE_SECTORS: readonly Sector[] = [Sector.GOVERNMENT, Sector.MARKET, Sector.SOCIAL];
/** Posts that do not make their holder a community worker. */
const NOT_COMMUNITY_WORK: readonly PostRole[] = [PostRole.VOLUNTEER, PostRole.BUILDING_HEAD];
/** Kinds that may have children in the chain; the span of control is reported for these. */
const PARENT_KINDS = new Set(Object.values(KIND_RULES).flatMap((rule) => rule.parents.filter((parent): parent is OrganizationKind => parent !== null)));

function isSocialForce(kind: OrganizationKind): boolean {
  return SOCIAL_FORCE_SECTORS.includes(KIND_RULES[kind].sector);
}

function byCountThenKind<T extends { kind: OrganizationKind; count: number }>(a: T, b: T): number {
  return b.count - a.count || a.kind.localeCompare(b.kind);
}

/**
 * The indicators of one scope as of one date, computed in memory from the rows of an IndicatorSource.
 * Each method reads only the rows it needs; a trend builds one snapshot per date over the same source.
 * What several indicators share (the members, the links in force) is worked out once per snapshot.
 */
export class IndicatorSnapshot {
  private membersMemo: Promise<Map<number, ChainOrganization>> | null = null;
  private linksMemo: Promise<LinkRecord[]> | null = null;
  private collaborationMemo: Promise<CollaborationAnalysis> | null = null;

  constructor(
    readonly source: IndicatorSource,
    readonly date: string,
  ) {}

  /** The organizations in the subtree of the root on the date: existing, and under the root through the chain as it stood. */
  members(): Promise<Map<number, ChainOrganization>> {
    this.membersMemo ??= this.source.chain().then((chain) => {
      const date = this.date;
      const rootId = this.source.rootId;
      const memo = new Map<number, boolean>();
      const isMember = (id: number): boolean => {
        const known = memo.get(id);
        if (known !== undefined) return known;
        const organization = chain.get(id);
        let member = false;
        if (organization && isInForceOn(organization.life, date)) {
          if (id === rootId) member = true;
          else {
            const parentId = parentOnDate(organization.parents, date);
            member = parentId !== null && isMember(parentId);
          }
        }
        memo.set(id, member);
        return member;
      };
      const members = new Map<number, ChainOrganization>();
      for (const organization of chain.values()) if (isMember(organization.id)) members.set(organization.id, organization);
      return members;
    });
    return this.membersMemo;
  }

  /** The parent of a member on the date. */
  private parentOf(organization: ChainOrganization): number | null {
    return parentOnDate(organization.parents, this.date);
  }

  private linksInForce(): Promise<LinkRecord[]> {
    this.linksMemo ??= this.source.links().then((links) => links.filter((link) => isInForceOn(link, this.date)));
    return this.linksMemo;
  }

  /** Enterprises and social organisations located in the scope with a PARTY_PRESENCE link in force, by kind and overall. */
  async partyPresence(): Promise<{ overall: RatioValue; byKind: { kind: OrganizationKind; ratio: RatioValue }[] }> {
    const [members, located, links] = await Promise.all([this.members(), this.source.located(), this.linksInForce()]);
    const present = new Set<number>();
    for (const link of links) if (link.kind === 'PARTY_PRESENCE') present.add(link.targetId);
    const hosts = located.filter((organization) => PARTY_PRESENCE_KINDS.includes(organization.kind) && isInForceOn(organization.life, this.date) && members.has(organization.locatedInId));
    const covered = (list: typeof hosts) => list.filter((organization) => present.has(organization.id)).length;
    return {
      overall: ratio(covered(hosts), hosts.length),
      byKind: PARTY_PRESENCE_KINDS.map((kind) => {
        const ofKind = hosts.filter((organization) => organization.kind === kind);
        return { kind, ratio: ratio(covered(ofKind), ofKind.length) };
      }),
    };
  }

  /** Community Party committees where at least one person also holds a post on the residents' committee under them, on the date. */
  async crossAppointmentRate(): Promise<RatioValue> {
    const [members, posts] = await Promise.all([this.members(), this.source.communityPosts()]);
    const holders = new Map<number, Set<number>>();
    for (const post of posts) {
      if (!isInForceOn(post, this.date) || !members.has(post.organizationId)) continue;
      const set = holders.get(post.organizationId) ?? new Set<number>();
      set.add(post.personId);
      holders.set(post.organizationId, set);
    }
    const committees = [...members.values()].filter((organization) => organization.kind === K.COMMUNITY_PARTY_COMMITTEE);
    const residentsCommittees = new Map<number, number[]>();
    for (const organization of members.values()) {
      if (organization.kind !== K.RESIDENTS_COMMITTEE) continue;
      const parentId = this.parentOf(organization);
      if (parentId === null) continue;
      const list = residentsCommittees.get(parentId) ?? [];
      list.push(organization.id);
      residentsCommittees.set(parentId, list);
    }
    const crossAppointed = committees.filter((committee) => {
      const party = holders.get(committee.id);
      if (!party) return false;
      return (residentsCommittees.get(committee.id) ?? []).some((id) => [...(holders.get(id) ?? [])].some((person) => party.has(person)));
    });
    return ratio(crossAppointed.length, committees.length);
  }

  /** Grids of the scope's communities that integrate Party-building, social governance and social relief. */
  async gridFunctionIntegration(): Promise<RatioValue> {
    const grids = await this.gridsInScope();
    return ratio(grids.filter((grid) => INTEGRATED_FUNCTIONS.every((gridFunction) => grid.functions.has(gridFunction))).length, grids.length);
  }

  private async gridsInScope() {
    const [members, grids] = await Promise.all([this.members(), this.source.grids()]);
    return grids.filter((grid) => members.has(grid.communityId));
  }

  /** Children per organization, for each kind that can have children in the chain. */
  async spanOfControl(): Promise<{ kind: OrganizationKind; children: DistributionValue }[]> {
    const members = await this.members();
    const children = new Map<number, number>();
    for (const organization of members.values()) {
      if (organization.id === this.source.rootId) continue;
      const parentId = this.parentOf(organization);
      if (parentId !== null) children.set(parentId, (children.get(parentId) ?? 0) + 1);
    }
    const byKind = new Map<OrganizationKind, number[]>();
    for (const organization of members.values()) {
      if (!PARENT_KINDS.has(organization.kind)) continue;
      const counts = byKind.get(organization.kind) ?? [];
      counts.push(children.get(organization.id) ?? 0);
      byKind.set(organization.kind, counts);
    }
    return [...byKind.entries()].map(([kind, counts]) => ({ kind, children: distribution(counts) })).sort((a, b) => a.kind.localeCompare(b.kind));
  }

  /** Households per grid worker and residents per community worker. */
  async managementLoad(heaviest: number) {
    const [members, grids, posts] = await Promise.all([this.members(), this.gridsInScope(), this.source.communityPosts()]);
    const staffed = grids.filter((grid) => grid.gridWorkers > 0);
    const loads = staffed
      .map((grid) => ({ gridId: grid.id, households: grid.households, gridWorkers: grid.gridWorkers, householdsPerWorker: grid.households / grid.gridWorkers }))
      .sort((a, b) => b.householdsPerWorker - a.householdsPerWorker || a.gridId - b.gridId);
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

    // A community's bodies: the committee itself and, on the date, the residents' committees and service centres under it.
    const communityOf = new Map<number, number>();
    for (const organization of members.values()) {
      if (organization.kind === K.COMMUNITY_PARTY_COMMITTEE) communityOf.set(organization.id, organization.id);
    }
    for (const organization of members.values()) {
      if (organization.kind !== K.RESIDENTS_COMMITTEE && organization.kind !== K.PARTY_SERVICE_CENTRE) continue;
      const parentId = this.parentOf(organization);
      if (parentId !== null && communityOf.get(parentId) === parentId) communityOf.set(organization.id, parentId);
    }
    const workers = new Map<number, Set<number>>();
    for (const post of posts) {
      const community = communityOf.get(post.organizationId);
      if (community === undefined || NOT_COMMUNITY_WORK.includes(post.role) || !isInForceOn(post, this.date)) continue;
      const set = workers.get(community) ?? new Set<number>();
      set.add(post.personId);
      workers.set(community, set);
    }
    const residents = new Map<number, number>();
    for (const grid of grids) residents.set(grid.communityId, (residents.get(grid.communityId) ?? 0) + grid.population);
    const communities = [...communityOf.entries()].filter(([organization, community]) => organization === community).map(([community]) => community);
    const served = communities
      .map((community) => ({ residents: residents.get(community) ?? 0, workers: workers.get(community)?.size ?? 0 }))
      .filter((community) => community.workers > 0 && community.residents > 0);
    const totalWorkers = sum(served.map((community) => community.workers));
    return {
      householdsPerGridWorker: distribution(loads.map((load) => load.householdsPerWorker)),
      householdsPerGridWorkerOverall: staffed.length === 0 ? null : sum(staffed.map((grid) => grid.households)) / sum(staffed.map((grid) => grid.gridWorkers)),
      gridsWithoutWorkers: grids.length - staffed.length,
      heaviestGrids: loads.slice(0, heaviest),
      residentsPerCommunityWorker: distribution(served.map((community) => community.residents / community.workers)),
      residentsPerCommunityWorkerOverall: totalWorkers === 0 ? null : sum(served.map((community) => community.residents)) / totalWorkers,
      communitiesWithoutWorkers: communities.length - served.length,
    };
  }

  /** Organizations of the government, market and social sectors outside the subtree with a link in force into it. */
  async socialForceParticipation() {
    const [members, located, links, endOf] = await Promise.all([this.members(), this.source.located(), this.linksInForce(), this.source.linkEnds()]);
    const taking = new Map<number, OrganizationKind>();
    const take = (inside: number, outside: number) => {
      if (!members.has(inside) || members.has(outside)) return;
      const kind = endOf(outside).kind;
      if (isSocialForce(kind)) taking.set(outside, kind);
    };
    for (const link of links) {
      take(link.sourceId, link.targetId);
      take(link.targetId, link.sourceId);
    }
    const counts = new Map<OrganizationKind, number>();
    for (const kind of taking.values()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    const local = located.filter((organization) => isSocialForce(organization.kind) && !members.has(organization.id) && isInForceOn(organization.life, this.date) && members.has(organization.locatedInId));
    return {
      organizations: taking.size,
      byKind: [...counts.entries()].map(([kind, count]) => ({ kind, count })).sort(byCountThenKind),
      locatedShare: ratio(local.filter((organization) => taking.has(organization.id)).length, local.length),
    };
  }

  /** Members without a horizontal link in force, in no particular order. */
  async isolated(kinds: readonly OrganizationKind[] | null): Promise<ChainOrganization[]> {
    const [members, links] = await Promise.all([this.members(), this.linksInForce()]);
    const linked = new Set<number>();
    for (const link of links) {
      linked.add(link.sourceId);
      linked.add(link.targetId);
    }
    const isolated: ChainOrganization[] = [];
    for (const organization of members.values()) if (!linked.has(organization.id) && (kinds === null || kinds.includes(organization.kind))) isolated.push(organization);
    return isolated;
  }

  /** The collaboration graph of the links in force with an end in the subtree: components and betweenness. */
  collaboration(): Promise<CollaborationAnalysis> {
    this.collaborationMemo ??= Promise.all([this.members(), this.linksInForce(), this.source.linkEnds()]).then(([members, links, endOf]) =>
      analyseCollaboration(
        links.filter((link) => members.has(link.sourceId) || members.has(link.targetId)),
        (id) => endOf(id).code,
      ),
    );
    return this.collaborationMemo;
  }
}
