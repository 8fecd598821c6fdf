import { randomBytes } from 'node:crypto';

import pg from 'pg';

import type { Config } from '../../src/platform/config.js';

/**
 * The database a test file runs against: an in-memory PGlite, or, in the `postgres` project, a
 * throwaway database on the TEST_DATABASE_URL server, dropped when the file is done.
 */
export interface TestDatabase {
  readonly settings: Config['database'];
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.PEELGRAPH_TEST_DB !== 'postgres') {
    return { settings: { kind: 'pglite', dir: 'memory://' }, drop: async () => undefined };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('The postgres test project needs TEST_DATABASE_URL');
  const name = `peelgraph_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    settings: { kind: 'postgres', url: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
