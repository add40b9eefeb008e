import type { EntityManager } from 'typeorm';
import { queryRows } from '../../db/rows.js';
import { chunk } from '../../lib/group-by.js';
import { isInForceOn } from '../../lib/period.js';
import { parentOnDate, readChainPlacesUpward, type ChainPlace } from '../organizations/organization-chain.js';
import { EligibilityKind, REACHING_LINK_KINDS } from './case.kinds.js';

/** What made an organization reachable: the chain, or a link (its id). */
export interface Eligibility {
  kind: EligibilityKind;
  linkId: number | null;
}

interface LinkEdge {
  id: number;
  sourceId: number;
  targetId: number;
  since: string;
  until: string | null;
  status: string;
}

/** The deepest a chain goes (district, subdistrict, community, grid, building, and some room): a guard against bad data, not a rule. */
const MAX_CHAIN_DEPTH = 32;

/**
 * Who a case (or a whistle) may reach, on a date. An organization is reachable from an anchor (the case's
 * community, or the whistle's caller) when, on that date,
 *   - it is in the anchor's chain: the anchor itself, an organization above it, or one below it (CHAIN); or
 *   - a link in force of a kind of REACHING_LINK_KINDS joins it to an organization in that chain (LINK).
 * The chain is the one of the date (the membership history), so escalation follows the chain as it stood.
 * Built by loadReachability for a set of anchors and targets in two statements, then answered in memory:
 * one case's dispatch and a whole import's use the same rule.
 */
export class Reachability {
  constructor(
    private readonly places: Map<number, ChainPlace[]>,
    private readonly linksByEnd: Map<number, LinkEdge[]>,
  ) {}

  /** The organization and every organization above it on `date`, nearest first. */
  upwardOn(id: number, date: string): number[] {
    const chain = [id];
    let current = id;
    for (let depth = 0; depth < MAX_CHAIN_DEPTH; depth += 1) {
      const parent = parentOnDate(this.places.get(current) ?? [], date);
      if (parent === null || chain.includes(parent)) break;
      chain.push(parent);
      current = parent;
    }
    return chain;
  }

  /** Whether `other` is in the chain of `anchor` on `date`: the same, above it, or below it. */
  inChain(anchor: number, other: number, date: string): boolean {
    return this.upwardOn(anchor, date).includes(other) || this.upwardOn(other, date).includes(anchor);
  }

  /** What makes `target` reachable from `anchor` on `date`, or null when nothing does. A chain beats a link; among links, the lowest id. */
  eligibility(anchor: number, target: number, date: string): Eligibility | null {
    if (this.inChain(anchor, target, date)) return { kind: EligibilityKind.CHAIN, linkId: null };
    const links = (this.linksByEnd.get(target) ?? []).filter((link) => link.status !== 'SUSPENDED' && isInForceOn(link, date));
    for (const link of [...links].sort((a, b) => a.id - b.id)) {
      const other = link.sourceId === target ? link.targetId : link.sourceId;
      if (this.inChain(anchor, other, date)) return { kind: EligibilityKind.LINK, linkId: link.id };
    }
    return null;
  }
}

/** Reads what Reachability needs for these anchors and targets: the links of the targets, then the chain history of everything involved. */
export async function loadReachability(manager: EntityManager, anchors: readonly number[], targets: readonly number[]): Promise<Reachability> {
  const linksByEnd = new Map<number, LinkEdge[]>();
  const others = new Set<number>();
  const targetList = [...new Set(targets)];
  for (const part of chunk(targetList, 500)) {
    if (part.length === 0) continue;
    const rows = await queryRows(
      manager,
      `SELECT l.id, l.source_id, l.target_id, l.since, l.until, l.status FROM links l
       WHERE l.kind IN (:...kinds) AND (l.source_id IN (:...targets) OR l.target_id IN (:...targets))`,
      { kinds: [...REACHING_LINK_KINDS], targets: part },
    );
    for (const row of rows) {
      const link: LinkEdge = { id: Number(row.id), sourceId: Number(row.source_id), targetId: Number(row.target_id), since: String(row.since), until: row.until == null ? null : String(row.until), status: String(row.status) };
      for (const end of [link.sourceId, link.targetId]) {
        const list = linksByEnd.get(end) ?? [];
        list.push(link);
        linksByEnd.set(end, list);
        others.add(end);
      }
    }
  }
  const places = await readChainPlacesUpward(manager, [...new Set([...anchors, ...targetList, ...others])]);
  return new Reachability(places, linksByEnd);
}
