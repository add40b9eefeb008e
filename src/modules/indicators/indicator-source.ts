import type { EntityManager } from 'typeorm';
import { inIdList, queryPacked, queryRows } from '../../db/rows.js';
import type { Period } from '../../lib/period.js';
import { GridFunction } from '../grids/grid.entity.js';
import { readChainHistory, type ChainOrganization } from '../organizations/organization-chain.js';
import { AREA_KINDS, OrganizationKind } from '../organizations/organization.kinds.js';
import type { PostRole } from '../people/post.kinds.js';

export interface LocatedOrganization {
  id: number;
  code: string;
  kind: OrganizationKind;
  locatedInId: number;
  life: Period;
}

export interface LinkEnd {
  id: number;
  code: string;
  kind: OrganizationKind;
}

export interface LinkRecord extends Period {
  kind: string;
  source: LinkEnd;
  target: LinkEnd;
}

export interface PostRecord extends Period {
  personId: number;
  organizationId: number;
  role: PostRole;
}

export interface GridRecord {
  id: number;
  communityId: number;
  households: number;
  population: number;
  gridWorkers: number;
  functions: Set<GridFunction>;
}

/** Kinds whose posts the indicators read: the "two committees" and the service centre of a community. */
const COMMUNITY_BODY_KINDS: readonly OrganizationKind[] = [OrganizationKind.COMMUNITY_PARTY_COMMITTEE, OrganizationKind.RESIDENTS_COMMITTEE, OrganizationKind.PARTY_SERVICE_CENTRE];

function text(value: unknown): string {
  return String(value);
}

function optionalText(value: unknown): string | null {
  return value == null ? null : String(value);
}

/**
 * The rows the indicators of one scope are computed from, each read in one statement the first time an
 * indicator needs it, whatever the size of the scope and however many dates are evaluated: a trend of
 * sixty months reads the same rows as one snapshot. Validity periods come along, so that every date
 * can be answered in memory. Only `chain` walks the membership history (organization-chain.ts); the others select by the ids
 * it found, bound as one list.
 */
export class IndicatorSource {
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(
    private readonly manager: EntityManager,
    readonly rootId: number,
  ) {}

  /** The ids of the chain's organizations of these kinds (all when null). */
  private async chainIds(kinds: readonly OrganizationKind[] | null): Promise<number[]> {
    const chain = await this.chain();
    return [...chain.values()].filter((organization) => kinds === null || kinds.includes(organization.kind)).map((organization) => organization.id);
  }

  private once<T>(name: string, load: () => Promise<T>): Promise<T> {
    let loaded = this.cache.get(name) as Promise<T> | undefined;
    if (!loaded) {
      loaded = load();
      this.cache.set(name, loaded);
    }
    return loaded;
  }

  /** The organizations that have ever been in the subtree, with their membership history. */
  chain(): Promise<Map<number, ChainOrganization>> {
    return this.once('chain', () => readChainHistory(this.manager, this.rootId));
  }

  /** Organizations located (locatedIn) in an area that has ever been in the subtree. */
  located(): Promise<LocatedOrganization[]> {
    return this.once('located', async () => {
      const areas = inIdList(this.manager, 'o.located_in_id', 'areas', await this.chainIds(AREA_KINDS));
      const rows = await queryRows(this.manager, `SELECT o.id, o.code, o.kind, o.located_in_id, o.founded_on, o.archived_on FROM organizations o WHERE ${areas.sql}`, areas.parameters);
      return rows.map((row) => ({
        id: Number(row.id),
        code: text(row.code),
        kind: row.kind as OrganizationKind,
        locatedInId: Number(row.located_in_id),
        life: { since: text(row.founded_on), until: optionalText(row.archived_on) },
      }));
    });
  }

  /** Every link, of any time, with an end in the chain or located in it. */
  links(): Promise<LinkRecord[]> {
    return this.once('links', async () => {
      const ids = [...(await this.chainIds(null)), ...(await this.located()).map((organization) => organization.id)];
      const sources = inIdList(this.manager, 'l.source_id', 'ids', ids);
      const targets = inIdList(this.manager, 'l.target_id', 'ids', ids);
      const rows = await queryPacked(
        this.manager,
        ['l.kind', 'l.since', 'l.until', 's.id', 's.code', 's.kind', 't.id', 't.code', 't.kind'],
        `FROM links l JOIN organizations s ON s.id = l.source_id JOIN organizations t ON t.id = l.target_id WHERE ${sources.sql} OR ${targets.sql}`,
        sources.parameters,
      );
      return rows.map(([kind, since, until, sourceId, sourceCode, sourceKind, targetId, targetCode, targetKind]) => ({
        kind: kind!,
        since: since!,
        until: until || null,
        source: { id: Number(sourceId), code: sourceCode!, kind: sourceKind as OrganizationKind },
        target: { id: Number(targetId), code: targetCode!, kind: targetKind as OrganizationKind },
      }));
    });
  }

  /** Every post, of any time, in the community Party committees, residents' committees and service centres of the subtree. */
  communityPosts(): Promise<PostRecord[]> {
    return this.once('posts', async () => {
      const bodies = inIdList(this.manager, 'p.organization_id', 'bodies', await this.chainIds(COMMUNITY_BODY_KINDS));
      const rows = await queryRows(this.manager, `SELECT p.person_id, p.organization_id, p.role, p.start_date, p.end_date FROM posts p WHERE ${bodies.sql}`, bodies.parameters);
      return rows.map((row) => ({
        personId: Number(row.person_id),
        organizationId: Number(row.organization_id),
        role: row.role as PostRole,
        since: text(row.start_date),
        until: optionalText(row.end_date),
      }));
    });
  }

  /** The grids of the communities that have ever been in the subtree. Grids keep no history: their current figures serve every date. */
  grids(): Promise<GridRecord[]> {
    return this.once('grids', async () => {
      const communities = inIdList(this.manager, 'g.community_id', 'communities', await this.chainIds([OrganizationKind.COMMUNITY_PARTY_COMMITTEE]));
      const rows = await queryRows(this.manager, `SELECT g.id, g.community_id, g.households, g.population, g.grid_workers, g.functions FROM grids g WHERE ${communities.sql}`, communities.parameters);
      return rows.map((row) => ({
        id: Number(row.id),
        communityId: Number(row.community_id),
        households: Number(row.households),
        population: Number(row.population),
        gridWorkers: Number(row.grid_workers),
        functions: new Set(String(row.functions ?? '').split(',').filter(Boolean) as GridFunction[]),
      }));
    });
  }
}
