import type { EntityManager } from 'typeorm';
import { idSet, inIdList, packedValues, queryPackedValues, queryRows, unpackValues } from '../../db/rows.js';
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
  sourceId: number;
  targetId: number;
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

/**
 * Above this many ids, SQLite tests each link against the list instead of looking every id up in the
 * links' indexes: a whole district at scale 1 (30,000 ids, 9,700 links) 15 instead of 32 ms, while a
 * subdistrict (2,300 ids) takes 1.8 ms through the indexes and 2.9 scanning. PostgreSQL's planner sees
 * the list's length and chooses itself.
 */
const SCAN_LINKS_ABOVE = 10_000;

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

  /** The ids of the chain's organizations of these kinds (all when null); one pass over the chain for every call. */
  private async chainIds(kinds: readonly OrganizationKind[] | null): Promise<number[]> {
    if (kinds === null) return [...(await this.chain()).keys()];
    const byKind = await this.once('chainIdsByKind', async () => {
      const ids = new Map<OrganizationKind, number[]>();
      for (const organization of (await this.chain()).values()) {
        const list = ids.get(organization.kind);
        if (list) list.push(organization.id);
        else ids.set(organization.kind, [organization.id]);
      }
      return ids;
    });
    return kinds.flatMap((kind) => byKind.get(kind) ?? []);
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

  /**
   * The condition on `organizations o` that it is located in an area that has ever been in the subtree: the one
   * text of "located in the scope", for located() and for the links' scope on PostgreSQL.
   */
  private async locatedInAreas(): Promise<{ sql: string; parameters: Record<string, unknown> }> {
    const areas = idSet(this.manager, 'areas', await this.chainIds(AREA_KINDS));
    return { sql: `o.located_in_id IN (${areas.select})`, parameters: areas.parameters };
  }

  /** Organizations located (locatedIn) in an area that has ever been in the subtree. */
  located(): Promise<LocatedOrganization[]> {
    return this.once('located', async () => {
      const inAreas = await this.locatedInAreas();
      const values = await queryPackedValues(this.manager, ['o.id', 'o.code', 'o.kind', 'o.located_in_id', 'o.founded_on', 'o.archived_on'], `FROM organizations o WHERE ${inAreas.sql}`, inAreas.parameters);
      const located: LocatedOrganization[] = [];
      for (let at = 0; at < values.length; at += 6) {
        located.push({
          id: values[at] as number,
          code: values[at + 1] as string,
          kind: values[at + 2] as OrganizationKind,
          locatedInId: values[at + 3] as number,
          life: { since: values[at + 4] as string, until: values[at + 5] as string | null },
        });
      }
      return located;
    });
  }

  /**
   * Every link, of any time, with an end in the chain or located in it, by the ids of its ends; and the
   * code and kind of each end that is neither (the others' are in the chain and located), in the same
   * statement.
   */
  links(): Promise<LinkRecord[]> {
    return this.once('links', async () => (await this.linksAndOutsiders()).links);
  }

  /** The code and kind of an organization at an end of a link, in the chain, located in it, or outside both. */
  async linkEnds(): Promise<(id: number) => LinkEnd> {
    const [chain, located, { outsiders }] = await Promise.all([this.chain(), this.located(), this.linksAndOutsiders()]);
    const locatedById = new Map(located.map((organization) => [organization.id, organization]));
    return (id) => chain.get(id) ?? locatedById.get(id) ?? outsiders.get(id)!;
  }

  private linksAndOutsiders(): Promise<{ links: LinkRecord[]; outsiders: Map<number, LinkEnd> }> {
    return this.once('linksAndOutsiders', async () => {
      let scopeCte = '';
      const postgres = this.manager.connection.driver.options.type === 'postgres';
      const ids = await this.chainIds(null);
      let scope: { select: string; parameters: Record<string, unknown> };
      if (postgres) {
        // The located organizations found by the statement itself, the same as located()'s, rather than after it: on
        // PostgreSQL the two statements then run at the same time on two connections, where the links used to wait
        // for the located organizations' round trip. SQLite runs one statement at a time on a connection anyway.
        const chain = idSet(this.manager, 'ids', ids);
        const inAreas = await this.locatedInAreas();
        scope = { select: `SELECT id FROM scope`, parameters: { ...chain.parameters, ...inAreas.parameters } };
        scopeCte = `scope(id) AS MATERIALIZED (${chain.select} UNION SELECT o.id FROM organizations o WHERE ${inAreas.sql}), `;
      } else {
        for (const organization of await this.located()) ids.push(organization.id);
        scope = idSet(this.manager, 'ids', ids);
      }
      const end = (column: string) => (!postgres && ids.length > SCAN_LINKS_ABOVE ? `+${column}` : column);
      const [row] = await queryRows(
        this.manager,
        `WITH ${scopeCte}touching AS MATERIALIZED (${
          postgres
            ? // Two semi-joins, not one OR of two IN lists: PostgreSQL can hash an IN list only while it fits in work_mem
              // (4 MB by default), and past that tests every link against the whole list. A city's 300,000 ids made the
              // OR take over 3 minutes; a semi-join hashes in batches whatever the list's length.
              `SELECT l.id, l.kind, l.since, l.until, l.source_id, l.target_id FROM links l WHERE l.source_id IN (${scope.select})
               UNION
               SELECT l.id, l.kind, l.since, l.until, l.source_id, l.target_id FROM links l WHERE l.target_id IN (${scope.select})`
            : `SELECT l.id, l.kind, l.since, l.until, l.source_id, l.target_id FROM links l WHERE ${end('l.source_id')} IN (${scope.select}) OR ${end('l.target_id')} IN (${scope.select})`
        }
         )
         SELECT (SELECT ${packedValues(this.manager, ['kind', 'since', 'until', 'source_id', 'target_id'])} FROM touching) AS links,
                (SELECT ${packedValues(this.manager, ['o.id', 'o.code', 'o.kind'])} FROM organizations o
                 WHERE o.id IN (SELECT source_id FROM touching UNION SELECT target_id FROM touching EXCEPT ${scope.select})) AS outsiders`,
        scope.parameters,
      );
      const values = unpackValues(row?.links, 5);
      const links: LinkRecord[] = [];
      for (let at = 0; at < values.length; at += 5) {
        links.push({ kind: values[at] as string, since: values[at + 1] as string, until: values[at + 2] as string | null, sourceId: values[at + 3] as number, targetId: values[at + 4] as number });
      }
      const ends = unpackValues(row?.outsiders, 3);
      const outsiders = new Map<number, LinkEnd>();
      for (let at = 0; at < ends.length; at += 3) outsiders.set(ends[at] as number, { id: ends[at] as number, code: ends[at + 1] as string, kind: ends[at + 2] as OrganizationKind });
      return { links, outsiders };
    });
  }

  /** Every post, of any time, in the community Party committees, residents' committees and service centres of the subtree. */
  communityPosts(): Promise<PostRecord[]> {
    return this.once('posts', async () => {
      const bodies = inIdList(this.manager, 'p.organization_id', 'bodies', await this.chainIds(COMMUNITY_BODY_KINDS));
      const values = await queryPackedValues(this.manager, ['p.person_id', 'p.organization_id', 'p.role', 'p.start_date', 'p.end_date'], `FROM posts p WHERE ${bodies.sql}`, bodies.parameters);
      const posts: PostRecord[] = [];
      for (let at = 0; at < values.length; at += 5) {
        posts.push({ personId: values[at] as number, organizationId: values[at + 1] as number, role: values[at + 2] as PostRole, since: values[at + 3] as string, until: values[at + 4] as string | null });
      }
      return posts;
    });
  }

  /** The grids of the communities that have ever been in the subtree. Grids keep no history: their current figures serve every date. */
  grids(): Promise<GridRecord[]> {
    return this.once('grids', async () => {
      const communities = inIdList(this.manager, 'g.community_id', 'communities', await this.chainIds([OrganizationKind.COMMUNITY_PARTY_COMMITTEE]));
      const values = await queryPackedValues(this.manager, ['g.id', 'g.community_id', 'g.households', 'g.population', 'g.grid_workers', 'g.functions'], `FROM grids g WHERE ${communities.sql}`, communities.parameters);
      const grids: GridRecord[] = [];
      for (let at = 0; at < values.length; at += 6) {
        grids.push({
          id: values[at] as number,
          communityId: values[at + 1] as number,
          households: values[at + 2] as number,
          population: values[at + 3] as number,
          gridWorkers: values[at + 4] as number,
          functions: new Set(((values[at + 5] as string | null) ?? '').split(',').filter(Boolean) as GridFunction[]),
        });
      }
      return grids;
    });
  }
}
