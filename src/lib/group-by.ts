/**
 * The DataLoader batch contract in one place: results in the same order and length as the keys.
 * A key with no row gets `null` (byKey) or an empty list (groupByKey), never an error for its siblings.
 */
export function byKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const index = new Map<K, V>();
  for (const row of rows) index.set(keyOf(row), row);
  return keys.map((key) => index.get(key) ?? null);
}

export function groupByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const index = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = index.get(key);
    if (group) group.push(row);
    else index.set(key, [row]);
  }
  return keys.map((key) => index.get(key) ?? []);
}

/** Splits a list into chunks of at most `size` items, for bulk statements that must stay under parameter limits. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
