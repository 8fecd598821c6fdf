import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openDatabase } from '../../src/platform/db/database.js';
import { createTestDatabase, type TestDatabase } from '../testkit/database.js';

// Instances of one deployment start together on a new database: only one of them may apply each
// migration, and every one must then find them applied.
describe.skipIf(process.env.PEELGRAPH_TEST_DB !== 'postgres')('instances migrating one database at once', () => {
  let testDb: TestDatabase;
  beforeAll(async () => (testDb = await createTestDatabase()));
  afterAll(() => testDb.drop());

  it('applies each migration once, whichever instance gets there first', async () => {
    const instances = await Promise.all(Array.from({ length: 4 }, () => openDatabase(testDb.settings)));
    try {
      const reports = await Promise.all(instances.map((db) => db.migrate()));
      const applied = reports.flatMap((report) => report.applied);
      expect(new Set(applied).size).toBe(applied.length);
      expect(reports.filter((report) => report.applied.length > 0)).toHaveLength(1);
    } finally {
      await Promise.all(instances.map((db) => db.close()));
    }
    if (testDb.settings.kind !== 'postgres') throw new Error('expected PostgreSQL');
    const client = new pg.Client({ connectionString: testDb.settings.url });
    await client.connect();
    const { rows } = await client.query<{ name: string; times: number }>(
      'SELECT migration_name AS name, count(*)::int AS times FROM _prisma_migrations GROUP BY migration_name',
    );
    await client.end();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.times === 1)).toBe(true);
  });
});
