import type pg from 'pg';

import type { RowQuery, SnapshotQuery } from '../../peel-data/store.js';
import type { StatementCounter } from './sql-statements.js';

/** The reads of the PEEL data on PostgreSQL that go around Prisma, on pools of their own. */
export interface ReadPool {
  /** One statement: the read of the data version made before every request. */
  readonly rows: RowQuery;
  /** Several statements in one snapshot: the whole model, read once per data version. */
  readonly snapshot: SnapshotQuery;
  end(): Promise<void>;
}

/**
 * The data version is read before every request: a pool of its own with tight bounds, so that a
 * slow migration connection never delays it and an outage fails it fast. The whole model is read
 * with the driver's own rows rather than Prisma's (store.ts says why), on one more connection whose
 * statements may take as long as Prisma's (5 s): at a hundred times the bundled data, reading the
 * grades alone takes most of a second.
 */
export function openReadPool(driver: typeof pg, url: string, statements: StatementCounter): ReadPool {
  const poolOf = (max: number, queryTimeoutMs: number) => {
    const made = new driver.Pool({
      connectionString: url,
      max,
      connectionTimeoutMillis: 3_000,
      query_timeout: queryTimeoutMs,
      keepAlive: true,
    });
    made.on('error', () => undefined);
    return made;
  };
  const pool = poolOf(2, 2_000);
  const wholePool = poolOf(1, 5_000);
  // `date` columns stay text, as json-rows.ts reads them: pg's default makes a local-time Date of them.
  const textDates = {
    getTypeParser: ((oid: number, format?: string) =>
      oid === driver.types.builtins.DATE
        ? (value: string) => value
        : driver.types.getTypeParser(oid, format as 'text')) as typeof driver.types.getTypeParser,
  };
  return {
    async rows({ name, text, values }) {
      statements.count += 1;
      return (await pool.query({ name, text, values: [...values] })).rows;
    },
    async snapshot(reads) {
      const client = await wholePool.connect();
      let failed: Error | undefined;
      try {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const results: (readonly unknown[])[] = [];
        for (const { name, text } of reads) results.push((await client.query({ name, text, types: textDates })).rows);
        await client.query('COMMIT');
        return results;
      } catch (error) {
        failed = error instanceof Error ? error : new Error(String(error));
        throw error;
      } finally {
        statements.count += reads.length + 2;
        // A connection that failed mid-transaction is closed rather than handed to the next read.
        client.release(failed);
      }
    },
    end: async () => {
      await Promise.all([pool.end(), wholePool.end()]);
    },
  };
}
