import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { startApp } from '../../src/http/app.js';
import { createLogger } from '../../src/logger.js';
import type { BenchOperation } from './operations.js';

export interface OperationProbe {
  /** SQL statements one request sends (requests sent one at a time). */
  readonly statements: number;
  /** The answer's `data`, which the ceiling server replays. */
  readonly data: Record<string, unknown>;
  /** The answer's size in bytes, to compare cost growth with answer growth. */
  readonly bytes: number;
}

/**
 * Runs each operation once, alone, on an in-process server over `db` (open it with the read cache
 * off) and with the response cache off, counting the SQL statements a request costs when nothing
 * is cached. With the caches on, a repeated request costs none (one on PostgreSQL: the data version).
 */
export async function probeOperations(
  db: Database,
  operations: readonly BenchOperation[],
): Promise<Map<string, OperationProbe>> {
  const config = loadConfig({
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_ENABLED: 'false',
    RESPONSE_CACHE_ENABLED: 'false',
    // Off too, or on PostgreSQL each request would also read the data version for the read cache.
    DATA_CACHE_ENTRIES: '0',
    MAX_COST: '100000000',
  });
  const app = await startApp({ ...config }, db, createLogger('silent'));
  const probes = new Map<string, OperationProbe>();
  try {
    for (const operation of operations) {
      const send = () =>
        fetch(app.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: operation.query, variables: operation.variables }),
        });
      await send(); // warm: the first request also loads lazily created state
      const before = db.statements.count;
      const response = await send();
      const text = await response.text();
      const statements = db.statements.count - before;
      const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (body.errors || !body.data) throw new Error(`${operation.name} failed: ${text.slice(0, 500)}`);
      probes.set(operation.name, { statements, data: body.data, bytes: Buffer.byteLength(text) });
    }
  } finally {
    await app.stop();
  }
  return probes;
}
