import DataLoader from 'dataloader';
import type { RequestDiagnostics } from './statement-counter.js';

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
 * request its loaders were created for (`scope.diagnostics`: the graphql_dataloader_batch_size
 * metric). Loaders are per request, so a batch always runs for that one; outside a request nothing
 * is observed and the batch function is used as it is.
 */
export function observedBatch<K, V>(scope: { diagnostics: RequestDiagnostics | null }, loader: string, batch: DataLoader.BatchLoadFn<K, V>): DataLoader.BatchLoadFn<K, V> {
  const diagnostics = scope.diagnostics;
  if (!diagnostics?.observeLoaderBatch) return batch;
  return (keys) => {
    diagnostics.observeLoaderBatch!(loader, keys.length);
    return batch(keys);
  };
}
