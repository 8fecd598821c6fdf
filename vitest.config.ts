import { fileURLToPath } from 'node:url';

import { configDefaults, defineConfig } from 'vitest/config';

// The suite always runs on embedded PGlite; with TEST_DATABASE_URL set it runs a second time
// against that PostgreSQL server (each test file in a throwaway database of its own).
const databases = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  // Node resolves `graphql` to its CommonJS build, and so do dependencies loaded natively (Apollo,
  // @graphql-tools); Vite would pick its ESM build for our own code, giving two copies of graphql's
  // classes ("Cannot use GraphQLInputObjectType from another module or realm"). Use Node's choice.
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: fileURLToPath(new URL('node_modules/graphql/index.js', import.meta.url)) },
    ],
  },
  test: {
    globalSetup: ['tests/build-server.ts'],
    projects: databases.map((database) => ({
      extends: true,
      test: {
        name: database,
        include: ['tests/**/*.test.ts'],
        // The page's tests in Chromium once, on PGlite: the API they go through is tested on both.
        exclude: [...configDefaults.exclude, ...(database === 'postgres' ? ['tests/browser/**'] : [])],
        env: { PEELGRAPH_TEST_DB: database },
        testTimeout: 30_000,
        hookTimeout: 60_000,
      },
    })),
  },
});
