import { createHash } from 'node:crypto';
import { overlapOf, type Period } from '../../lib/period.js';

/** A post reduced to what cross-appointments are derived from. Periods are half-open: [start, end). */
export interface PostPeriod {
  personId: number;
  organizationId: number;
  startDate: string;
  endDate: string | null;
}

/** One derived CROSS_APPOINTMENT link: a period during which people held posts in both organizations. */
export interface DerivedCrossAppointment {
  /** The organization with the smaller id; cross-appointments are symmetric. */
  sourceId: number;
  targetId: number;
  since: string;
  until: string | null;
  /** Distinct people who held concurrent posts in both organizations during the period. */
  people: number;
}

/**
 * Derives the cross-appointment periods of organization pairs from posts: whenever one person holds
 * posts in two organizations at the same time, the pair is cross-appointed for that overlap. Overlaps
 * of different people that touch or overlap are merged into one period, whose weight is the number of
 * distinct people. Pure, so the same rule serves single mutations, imports and tests.
 *
 * `onlyPairs`, when given, restricts the result to those pairs (keys `sourceId:targetId`).
 */
export function deriveCrossAppointments(posts: readonly PostPeriod[], onlyPairs?: ReadonlySet<string>): DerivedCrossAppointment[] {
  const postsByPerson = new Map<number, PostPeriod[]>();
  for (const post of posts) {
    const list = postsByPerson.get(post.personId);
    if (list) list.push(post);
    else postsByPerson.set(post.personId, [post]);
  }
  const overlapsByPair = new Map<string, (Period & { personId: number })[]>();
  for (const personPosts of postsByPerson.values()) {
    if (personPosts.length < 2) continue;
    for (let i = 0; i < personPosts.length; i += 1) {
      for (let j = i + 1; j < personPosts.length; j += 1) {
        const a = personPosts[i];
        const b = personPosts[j];
        if (a.organizationId === b.organizationId) continue;
        const both = overlapOf({ since: a.startDate, until: a.endDate }, { since: b.startDate, until: b.endDate });
        if (!both) continue;
        const key = pairKey(a.organizationId, b.organizationId);
        if (onlyPairs && !onlyPairs.has(key)) continue;
        const list = overlapsByPair.get(key);
        const overlap = { ...both, personId: a.personId };
        if (list) list.push(overlap);
        else overlapsByPair.set(key, [overlap]);
      }
    }
  }
  const derived: DerivedCrossAppointment[] = [];
  for (const [key, overlaps] of overlapsByPair) {
    const [sourceId, targetId] = key.split(':').map(Number);
    overlaps.sort((x, y) => (x.since < y.since ? -1 : x.since > y.since ? 1 : 0));
    let current: (Period & { people: Set<number> }) | null = null;
    const flush = () => {
      if (current) derived.push({ sourceId, targetId, since: current.since, until: current.until, people: current.people.size });
    };
    for (const overlap of overlaps) {
      // Periods that overlap or touch (one ends the day the other starts) make one.
      if (current && (current.until === null || overlap.since <= current.until)) {
        if (current.until !== null && (overlap.until === null || overlap.until > current.until)) current.until = overlap.until;
        current.people.add(overlap.personId);
      } else {
        flush();
        current = { since: overlap.since, until: overlap.until, people: new Set([overlap.personId]) };
      }
    }
    flush();
  }
  return derived;
}

export function pairKey(first: number, second: number): string {
  return first < second ? `${first}:${second}` : `${second}:${first}`;
}

/** A stable code for a derived link, the same on every database that holds the same data. */
export function crossAppointmentCode(sourceCode: string, targetCode: string, since: string): string {
  return `XA-${createHash('sha256').update(`${sourceCode}|${targetCode}|${since}`).digest('hex').slice(0, 24)}`;
}
