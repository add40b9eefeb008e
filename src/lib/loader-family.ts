import DataLoader from 'dataloader';

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
