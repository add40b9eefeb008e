import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** The fast tier's files that need a fresh process (see the fast-isolated project). */
const ISOLATED = 'test/schema.test.ts';

/**
 * Two tiers. The fast one (projects `fast` and `fast-isolated`, `npm run test:fast`): every file that
 * runs in this process through createServer/startTestServer, on SQLite and (with TEST_DATABASE_URL)
 * PostgreSQL, the loop to run while working. The slow one (`slow`, `npm run test:slow`): test/slow/,
 * whatever starts child processes (npm start, the CLIs, kill, SIGTERM), the soak, the fuzzer and the
 * browser. `npm test` runs both: the fast tier first, then the slow one (groupOrder), so that the
 * timing-sensitive slow tests do not share the cores with the rest.
 */
export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (main) and ESM (module). Node, and so every library in node_modules,
    // loads the CommonJS build; Vite would give our code the ESM one, and instanceof checks between
    // the two copies fail. One copy for everybody.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    setupFiles: ['test/helpers/setup.ts'],
    // Migrates one template database of each kind per run; createTestDatabase copies it.
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The machine this is measured on has 2 cores: one test file per core.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // One module graph per worker, not one per file: loading the application is most of a file's cost.
        test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: ['test/slow/**', ISOLATED], isolate: false, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        // Part of the fast tier, in a process of its own: TypeGraphQL sorts a resolver's parameters in
        // place on every request (getParams), and a schema built afterwards in the same process lists
        // their arguments in another order than schema.graphql, which is built before any request.
        test: { name: 'fast-isolated', include: [ISOLATED], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'slow', include: ['test/slow/**/*.test.ts'], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
