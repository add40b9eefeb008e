import type { Database } from '../../db/database.js';
import { queryEntities, queryRows } from '../../db/rows.js';
import { chunk } from '../../lib/group-by.js';
import { CaseEvent } from './case-event.entity.js';
import type { EventValues } from './case.steps.js';
import type { CaseEventKind, CaseStatus } from './case.transitions.js';
import { ServiceCase } from './service-case.entity.js';

/*
 * The live feed of case events (the `caseEvents` subscription). CaseService.insertEventRows, the one
 * place events are written, publishes a notice on CASE_EVENTS_TOPIC once the transaction has committed
 * (onCommit): which events of which cases, as plain numbers, so that any PubSub can carry it. The feed of
 * each database (one per server) listens, reads the events and their cases once per notice, whatever the
 * number of subscribers, and hands each subscriber what its filter and its jurisdiction let it see.
 */

export const CASE_EVENTS_TOPIC = 'case-events';

/** A committed write's events: [case id, first seq, last seq] per case. JSON, for any PubSub. */
export interface CaseEventsNotice {
  events: [number, number, number][];
}

export function caseEventsNotice(events: readonly EventValues[]): CaseEventsNotice {
  const ranges = new Map<number, [number, number, number]>();
  for (const event of events) {
    const range = ranges.get(event.caseId);
    if (!range) ranges.set(event.caseId, [event.caseId, event.seq, event.seq]);
    else {
      range[1] = Math.min(range[1], event.seq);
      range[2] = Math.max(range[2], event.seq);
    }
  }
  return { events: [...ranges.values()] };
}

function isNotice(message: unknown): message is CaseEventsNotice {
  return typeof message === 'object' && message !== null && Array.isArray((message as CaseEventsNotice).events);
}

/** What a subscriber asks for, ids resolved; every condition given must hold. */
export interface CaseEventSubscriptionFilter {
  /** The case's status after the event. */
  statuses?: readonly CaseStatus[] | null;
  kinds?: readonly CaseEventKind[] | null;
  /** Cases whose community is this organization or lies below it. */
  underId?: number | null;
  /** Cases this organization handles after the event, or that it just handed on (the event's fromOrganization). */
  handlerId?: number | null;
  /** Category ids, each category's direct subcategories already added. */
  categoryIds?: readonly number[] | null;
  /** The subscriber's jurisdiction: cases whose community or current handler lies in this subtree. */
  scopeRootId?: number | null;
}

/** One delivery: the event, and its case as read just after the event's transaction committed. */
export interface CaseEventDelivery {
  event: CaseEvent;
  serviceCase: ServiceCase;
}

/** How many deliveries may wait for a slow subscriber before its subscription is ended. */
export const MAX_PENDING_DELIVERIES = 1_000;

interface Subscriber {
  filter: CaseEventSubscriptionFilter;
  push(delivery: CaseEventDelivery): void;
  end(error?: Error): void;
}

/** How many cases' events are read per statement. */
const CASES_PER_READ = 500;

export class CaseEventFeed {
  private readonly subscribers = new Set<Subscriber>();
  private listening: Promise<() => Promise<void>> | null = null;
  /** Notices are handled one after the other, so that each subscriber gets events in commit order. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly db: Database) {}

  /** The subscribers now (for tests and metrics). */
  get size(): number {
    return this.subscribers.size;
  }

  /**
   * A subscription: an async iterator of the deliveries matching `filter`, from now on, until its
   * `return()` (the client stops, the connection closes) or the feed closes. A subscriber that falls
   * MAX_PENDING_DELIVERIES behind is ended with an error rather than kept growing.
   */
  async subscribe(filter: CaseEventSubscriptionFilter): Promise<AsyncIterableIterator<CaseEventDelivery>> {
    this.listening ??= this.db.pubSub.subscribe(CASE_EVENTS_TOPIC, (message) => {
      if (!isNotice(message) || this.subscribers.size === 0) return;
      this.queue = this.queue.then(() => this.deliver(message)).catch((error: unknown) => console.error('The case event feed failed to deliver a notice', error));
    });
    await this.listening;
    const pending: CaseEventDelivery[] = [];
    let waiting: ((result: IteratorResult<CaseEventDelivery>) => void) | null = null;
    let failing: ((error: Error) => void) | null = null;
    let ended = false;
    let failure: Error | null = null;
    const subscribers = this.subscribers;
    const subscriber: Subscriber = {
      filter,
      push(delivery) {
        if (ended) return;
        if (waiting) {
          const resolve = waiting;
          waiting = failing = null;
          resolve({ value: delivery, done: false });
        } else if (pending.length >= MAX_PENDING_DELIVERIES) {
          subscriber.end(new Error(`The subscriber fell more than ${MAX_PENDING_DELIVERIES} events behind; subscribe again.`));
        } else pending.push(delivery);
      },
      end(error) {
        if (ended) return;
        ended = true;
        subscribers.delete(subscriber);
        if (error) failure = error;
        if (waiting) {
          const [resolve, reject] = [waiting, failing!];
          waiting = failing = null;
          if (failure) reject(failure);
          else resolve({ value: undefined, done: true });
        }
      },
    };
    this.subscribers.add(subscriber);
    const iterator: AsyncIterableIterator<CaseEventDelivery> = {
      next() {
        if (pending.length > 0) return Promise.resolve({ value: pending.shift()!, done: false });
        if (failure) {
          const error = failure;
          failure = null;
          return Promise.reject(error);
        }
        if (ended) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => {
          waiting = resolve;
          failing = reject;
        });
      },
      return() {
        subscriber.end();
        pending.length = 0;
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  /** Ends every subscription (the server is stopping) and stops listening. */
  async close(): Promise<void> {
    for (const subscriber of [...this.subscribers]) subscriber.end();
    const listening = this.listening;
    this.listening = null;
    if (listening) await (await listening)();
  }

  /** Reads a notice's events and cases (one statement each per 500 cases, plus the ancestors when a filter needs them) and hands them out. */
  private async deliver(notice: CaseEventsNotice): Promise<void> {
    const manager = this.db.reader.manager;
    for (const part of chunk(notice.events, CASES_PER_READ)) {
      if (this.subscribers.size === 0) return;
      const caseIds = part.map(([caseId]) => caseId);
      const ranges = new Map(part.map(([caseId, from, to]) => [caseId, [from, to]]));
      const minSeq = Math.min(...part.map(([, from]) => from));
      const events = (await queryEntities(manager, CaseEvent, 'SELECT t.* FROM case_events t WHERE t.case_id IN (:...caseIds) AND t.seq >= :minSeq ORDER BY t.case_id, t.seq', { caseIds, minSeq })).filter((event) => {
        const [from, to] = ranges.get(event.caseId)!;
        return event.seq >= from && event.seq <= to;
      });
      const cases = new Map((await queryEntities(manager, ServiceCase, 'SELECT t.* FROM service_cases t WHERE t.id IN (:...caseIds)', { caseIds })).map((serviceCase) => [serviceCase.databaseId, serviceCase]));
      const needsAncestors = [...this.subscribers].some(({ filter }) => filter.scopeRootId != null || filter.underId != null);
      const ancestors = new Map<number, Set<number>>();
      if (needsAncestors) {
        const organizationIds = [...new Set([...cases.values()].flatMap((serviceCase) => [serviceCase.communityId, serviceCase.currentHandlerId]))];
        for (const ids of chunk(organizationIds, 500)) {
          for (const row of await queryRows(manager, 'SELECT ancestor_id, descendant_id FROM organization_closure WHERE descendant_id IN (:...ids)', { ids })) {
            const descendant = Number(row.descendant_id);
            let set = ancestors.get(descendant);
            if (!set) ancestors.set(descendant, (set = new Set()));
            set.add(Number(row.ancestor_id));
          }
        }
      }
      const within = (organizationId: number, rootId: number) => organizationId === rootId || (ancestors.get(organizationId)?.has(rootId) ?? false);
      for (const event of events) {
        const serviceCase = cases.get(event.caseId);
        if (!serviceCase) continue;
        for (const subscriber of this.subscribers) {
          if (matches(subscriber.filter, event, serviceCase, within)) subscriber.push({ event, serviceCase });
        }
      }
    }
  }
}

function matches(filter: CaseEventSubscriptionFilter, event: CaseEvent, serviceCase: ServiceCase, within: (organizationId: number, rootId: number) => boolean): boolean {
  if (filter.scopeRootId != null && !within(serviceCase.communityId, filter.scopeRootId) && !within(serviceCase.currentHandlerId, filter.scopeRootId)) return false;
  if (filter.statuses && !filter.statuses.includes(event.statusAfter)) return false;
  if (filter.kinds && !filter.kinds.includes(event.kind)) return false;
  if (filter.underId != null && !within(serviceCase.communityId, filter.underId)) return false;
  if (filter.handlerId != null && serviceCase.currentHandlerId !== filter.handlerId && event.fromOrganizationId !== filter.handlerId) return false;
  if (filter.categoryIds && !filter.categoryIds.includes(serviceCase.categoryId)) return false;
  return true;
}

/** The feed of a database: one per PubSub, shared by every view of the database (a server's). */
const feeds = new WeakMap<object, CaseEventFeed>();

export function caseEventFeed(db: Database): CaseEventFeed {
  let feed = feeds.get(db.pubSub);
  if (!feed) feeds.set(db.pubSub, (feed = new CaseEventFeed(db)));
  return feed;
}
