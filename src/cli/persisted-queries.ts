/**
 * Prints the allow-list of PERSISTED_QUERIES=only, the operations of operations/*.graphql, as an Apollo
 * persisted query manifest (the format Apollo Client's persisted-queries link and Apollo Router read):
 * each operation's id is the sha256 hash a client sends in extensions.persistedQuery.sha256Hash, and its
 * body the exact text the hash is taken of. Usage: npm run persisted-queries > persisted-query-manifest.json
 */
import { loadPersistedOperations } from '../server/persisted-queries.js';

const manifest = {
  format: 'apollo-persisted-query-manifest',
  version: 1,
  operations: loadPersistedOperations().map((operation) => ({ id: operation.sha256Hash, name: operation.name, type: operation.type, body: operation.body })),
};
process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
