import { defineConfig } from 'vitest/config';

// The suite always runs on embedded PGlite; with TEST_DATABASE_URL set it runs a second time
// against that PostgreSQL server (each test file in a throwaway database of its own).
const databases = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  test: {
    projects: databases.map((database) => ({
      test: {
        name: database,
        include: ['tests/**/*.test.ts'],
        env: { PEELGRAPH_TEST_DB: database },
        testTimeout: 30_000,
        hookTimeout: 60_000,
      },
    })),
  },
});
