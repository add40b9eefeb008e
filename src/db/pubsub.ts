/**
 * Messages about committed changes, by topic, to whoever listens in this process. The one seam between
 * the writers (a service publishes once its transaction has committed: `onCommit` in database.ts) and
 * the live readers (the `caseEvents` subscription). Messages are plain JSON values, so that another
 * implementation can carry them between processes: the replicas issue swaps in Redis pub/sub behind this
 * same interface (one server's commit reaching the subscribers of every replica).
 *
 * Delivery is at most once and in publishing order per topic within a process; a listener that throws
 * does not stop the others.
 */
export interface PubSub {
  /** Sends `message` (a JSON value) to every listener of `topic`. */
  publish(topic: string, message: unknown): Promise<void>;
  /** Starts listening; the function returned stops it. */
  subscribe(topic: string, listener: (message: unknown) => void): Promise<() => Promise<void>>;
}

/** Within one process: listeners are called synchronously, in the order they subscribed. */
export class InProcessPubSub implements PubSub {
  private readonly listeners = new Map<string, Set<(message: unknown) => void>>();

  async publish(topic: string, message: unknown): Promise<void> {
    for (const listener of [...(this.listeners.get(topic) ?? [])]) {
      try {
        listener(message);
      } catch (error) {
        console.error(`A listener of "${topic}" failed`, error);
      }
    }
  }

  async subscribe(topic: string, listener: (message: unknown) => void): Promise<() => Promise<void>> {
    let listeners = this.listeners.get(topic);
    if (!listeners) this.listeners.set(topic, (listeners = new Set()));
    // A function of its own, so that the same listener subscribed twice is removed once per subscription.
    const own = (message: unknown) => listener(message);
    listeners.add(own);
    return async () => {
      listeners.delete(own);
    };
  }

  /** How many listen to `topic` (for tests and metrics). */
  listenerCount(topic: string): number {
    return this.listeners.get(topic)?.size ?? 0;
  }
}
