import { Redis } from 'ioredis';
import { InProcessPubSub, type PubSub } from './pubsub.js';

/** What the shared state writes to the log: the server's pino logger fits. */
export interface SharedStateLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/** What falls back to the process when Redis does not answer: the metric's `use` label. */
export type SharedUse = 'rate_limit' | 'persisted_queries' | 'pubsub';

/** A command that waits longer than this for Redis counts as failed: the request falls back rather than waits. */
const COMMAND_TIMEOUT_MS = 500;
/** At most one warning per use in this long, however many requests fall back meanwhile. */
const WARNING_INTERVAL_MS = 10_000;

/**
 * The state that replicas of the server share through Redis (REDIS_URL): the per-credential rate limit,
 * the automatic persisted queries and the fan-out of committed changes (RedisPubSub). Redis is a help,
 * not a dependency: while it does not answer, each of those falls back to the process (the limit counts
 * per replica, a hash registered elsewhere is unknown, a change reaches this replica's subscribers only),
 * with a warning in the log and a count in `shared_state_fallbacks_total`, and all return to Redis once it
 * answers again (ioredis reconnects by itself).
 *
 * Commands are never queued while Redis is away (`enableOfflineQueue: false`) and time out after
 * COMMAND_TIMEOUT_MS: a request never waits for a Redis that is not there.
 */
export class SharedState {
  /** Commands: counters, cache entries, publishing. */
  readonly redis: Redis;
  private subscriber: Redis | null = null;
  private readonly fallbackCounts = new Map<SharedUse, number>();
  private readonly lastWarning = new Map<string, number>();
  private wasReady = false;

  private constructor(
    private readonly url: string,
    /** Prepended to every key and channel, so that several deployments can share one Redis. */
    readonly keyPrefix: string,
    private readonly logger: SharedStateLogger,
  ) {
    this.redis = this.connection('commands');
  }

  /** Starts connecting and returns at once: the server starts and serves whether Redis answers yet or not. */
  static connect(url: string, logger: SharedStateLogger, keyPrefix = 'grassroots:'): SharedState {
    return new SharedState(url, keyPrefix, logger);
  }

  private connection(role: 'commands' | 'subscriber'): Redis {
    const redis = new Redis(this.url, {
      ...(role === 'commands'
        ? // A command fails at once while disconnected rather than waiting for the next connection.
          { enableOfflineQueue: false, commandTimeout: COMMAND_TIMEOUT_MS, maxRetriesPerRequest: 0 }
        : // A SUBSCRIBE made while Redis is away waits for it (no request waits on it), and is made again after every reconnection.
          { enableOfflineQueue: true, maxRetriesPerRequest: null }),
      // Reconnects every 0.1 s at first, then at most every 2 s, for ever.
      retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
      connectionName: `grassroots-graph:${role}`,
    });
    redis.on('ready', () => {
      if (role === 'commands') {
        this.wasReady = true;
        this.logger.info({ redis: redact(this.url), role }, 'Redis answering: rate limits, persisted queries and subscriptions are shared between replicas');
      }
    });
    // ioredis emits 'error' on every failed attempt to connect; the warning is kept to one per interval.
    redis.on('error', (error: Error) => this.warn(`${role} connection`, error));
    return redis;
  }

  /** True while the command connection is up. */
  get ready(): boolean {
    return this.redis.status === 'ready';
  }

  /** Resolves true once the command connection is up, or false after `timeoutMs` (a command-line run that publishes waits for it). */
  async whenReady(timeoutMs: number): Promise<boolean> {
    if (this.ready) return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.redis.off('ready', onReady);
        resolve(false);
      }, timeoutMs);
      const onReady = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.redis.once('ready', onReady);
    });
  }

  /** Counts a request that did without Redis for `use`, and warns (once per interval) why. */
  noteFallback(use: SharedUse, error: unknown): void {
    this.fallbackCounts.set(use, (this.fallbackCounts.get(use) ?? 0) + 1);
    this.warn(use, error);
  }

  /** Warns that Redis does not answer, at most once per WARNING_INTERVAL_MS for each `what` (a use, or a connection). */
  private warn(what: string, error: unknown): void {
    const now = Date.now();
    if (now - (this.lastWarning.get(what) ?? 0) < WARNING_INTERVAL_MS) return;
    this.lastWarning.set(what, now);
    this.logger.warn(
      { redis: redact(this.url), use: what, error: error instanceof Error ? error.message : String(error), everReady: this.wasReady },
      'Redis not answering: falling back to this process (limits count per replica, persisted queries and subscriptions are not shared) until it answers again',
    );
  }

  /** Requests that fell back to the process, by use, since the start (the metric). */
  fallbacks(): ReadonlyMap<SharedUse, number> {
    return this.fallbackCounts;
  }

  /** The connection that listens to channels (a subscribed connection can send no other command); made on first use. */
  subscriberConnection(): Redis {
    return (this.subscriber ??= this.connection('subscriber'));
  }

  async close(): Promise<void> {
    await Promise.all([this.redis, this.subscriber].map((connection) => connection && connection.quit().catch(() => connection.disconnect())));
  }
}

/** The URL without its password, for the log. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'redis';
  }
}

/**
 * PubSub between replicas: a message published on one reaches the listeners of every replica subscribed
 * to its topic (Redis channels, JSON). While Redis does not answer, a message is delivered to this
 * process's listeners directly, so that a replica alone still serves its own subscribers; messages of
 * other replicas are missed meanwhile (delivery is at most once, as PubSub says).
 */
export class RedisPubSub implements PubSub {
  private readonly local = new InProcessPubSub();
  private readonly channels = new Map<string, number>();
  private listening = false;

  constructor(private readonly shared: SharedState) {}

  private channel(topic: string): string {
    return `${this.shared.keyPrefix}topic:${topic}`;
  }

  async publish(topic: string, message: unknown): Promise<void> {
    const text = JSON.stringify(message);
    try {
      await this.shared.redis.publish(this.channel(topic), text);
    } catch (error) {
      this.shared.noteFallback('pubsub', error);
      await this.local.publish(topic, JSON.parse(text));
    }
  }

  async subscribe(topic: string, listener: (message: unknown) => void): Promise<() => Promise<void>> {
    const subscriber = this.shared.subscriberConnection();
    if (!this.listening) {
      this.listening = true;
      subscriber.on('message', (channel: string, text: string) => {
        const prefix = this.channel('');
        if (!channel.startsWith(prefix)) return;
        let message: unknown;
        try {
          message = JSON.parse(text);
        } catch {
          return;
        }
        void this.local.publish(channel.slice(prefix.length), message);
      });
    }
    const stop = await this.local.subscribe(topic, listener);
    const channel = this.channel(topic);
    const count = this.channels.get(channel) ?? 0;
    this.channels.set(channel, count + 1);
    // Awaited for COMMAND_TIMEOUT_MS at most: while Redis is away the SUBSCRIBE waits for it, and the replica's
    // own messages reach this listener meanwhile (publish's fallback). ioredis subscribes again by itself
    // after every reconnection.
    if (count === 0) {
      const subscribed = subscriber.subscribe(channel).catch((error: unknown) => this.shared.noteFallback('pubsub', error));
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([subscribed, new Promise((resolve) => (timer = setTimeout(resolve, COMMAND_TIMEOUT_MS)))]);
      clearTimeout(timer);
    }
    return async () => {
      await stop();
      const left = (this.channels.get(channel) ?? 1) - 1;
      this.channels.set(channel, left);
      if (left === 0) await subscriber.unsubscribe(channel).catch(() => undefined);
    };
  }
}
