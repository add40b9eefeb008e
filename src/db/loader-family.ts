import DataLoader from 'dataloader';
import { currentDiagnostics } from './statement-counter.js';

/**
 * One DataLoader per distinct set of field arguments. `children(first: 10)` on fifty parents is one
 * batch; `children(first: 10)` and `children(first: 20)` in the same request are two, since their
 * SQL differs. Created per request, with the rest of the loaders.
 */
export function loaderFamily<Args, K, V>(
  createLoader: (args: Args) => DataLoader<K, V, string | K>,
): (args: Args) => DataLoader<K, V, string | K> {
  const loaders = new Map<string, DataLoader<K, V, string | K>>();
  return (args) => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = createLoader(args);
      loaders.set(key, loader);
    }
    return loader;
  };
}

/** DataLoader options shared by every loader: large batches, since every statement takes its keys as one list. */
export const LOADER_OPTIONS = { maxBatchSize: 5000 } as const;

/**
 * Wraps a batch function so that each batch's number of keys is observed, under `loader`, by the
 * request it runs for (the graphql_dataloader_batch_size metric). A batch runs in the async context of
 * the request whose first load scheduled it; outside a request nothing is observed.
 */
export function observedBatch<K, V>(loader: string, batch: DataLoader.BatchLoadFn<K, V>): DataLoader.BatchLoadFn<K, V> {
  return (keys) => {
    currentDiagnostics()?.observeLoaderBatch?.(loader, keys.length);
    return batch(keys);
  };
}
