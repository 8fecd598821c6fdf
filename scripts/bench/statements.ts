import { loadConfig } from '../../src/platform/config.js';
import type { Database } from '../../src/platform/db/database.js';
import { startApp } from '../../src/platform/http/app.js';
import { createLogger } from '../../src/platform/logger.js';
import type { BenchOperation } from './operations.js';

export interface OperationProbe {
  /** SQL statements one request sends (requests sent one at a time). */
  readonly statements: number;
  /** The answer's size in bytes, to compare cost growth with answer growth. */
  readonly bytes: number;
}

/**
 * Runs each operation once, alone, on an in-process server over `db` with the response cache off,
 * counting the SQL statements a request costs once the model of the data is built: none on PGlite,
 * one on PostgreSQL (the data version), whatever the operation.
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
      probes.set(operation.name, { statements, bytes: Buffer.byteLength(text) });
    }
  } finally {
    await app.stop();
  }
  return probes;
}
