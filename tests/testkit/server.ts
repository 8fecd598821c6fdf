import { type Config, loadConfig } from '../../src/platform/config.js';
import { type Database, openDatabase } from '../../src/platform/db/database.js';
import { type RunningApp, startApp } from '../../src/platform/http/app.js';
import { importDataset } from '../../src/import/service.js';
import { createLogger, type Logger } from '../../src/platform/logger.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly data?: T | null;
  readonly errors?: readonly { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
}

/** A real server on a real database, reached over HTTP like any client would. */
export interface TestServer {
  readonly url: string;
  /** The server's root, such as `http://localhost:43210`, for routes other than /graphql. */
  readonly origin: string;
  /** The HTTP server itself, for a test that must see what happens on the server's side of a request. */
  readonly http: RunningApp['server'];
  readonly db: Database;
  /** How the server reaches its database, so that another instance can share it. */
  readonly settings: Config['database'];
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like `query`, but fails the test on any GraphQL error and returns the data. */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The SQL statements one request sends (requests must not overlap while this runs). */
  statementsFor(query: string, variables?: Record<string, unknown>): Promise<number>;
  close(): Promise<void>;
}

/** Settings that turn off the response cache, so that every request runs GraphQL. */
export const RESPONSE_CACHE_OFF = { RESPONSE_CACHE_ENABLED: 'false' } as const;

/**
 * What a request costs the database once the data's model is built (src/peel-data/): nothing on
 * PGlite, which only this process changes; on PostgreSQL, the read of the data version.
 */
export const STATEMENTS_PER_REQUEST = process.env.PEELGRAPH_TEST_DB === 'postgres' ? 1 : 0;

export interface TestServerOptions {
  /** Import the bundled dataset first (default true). */
  readonly bundledData?: boolean;
  /**
   * Settings, as environment variables. Rate limiting is off unless set here: the functional tests
   * send bursts of requests from one address.
   */
  readonly env?: Record<string, string>;
  /** Where the server logs (default: nowhere). */
  readonly logger?: Logger;
  /** Reaches the test database another way, such as through a proxy the test controls. */
  readonly reachDatabase?: (settings: Config['database']) => Config['database'];
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const testDb: TestDatabase = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_ENABLED: 'false',
    ...options.env,
  });
  const settings = options.reachDatabase ? options.reachDatabase(testDb.settings) : testDb.settings;
  const db = await openDatabase(settings);
  await db.migrate();
  if (options.bundledData ?? true) {
    const result = await importDataset(db.prisma);
    if (!result.ok) throw new Error(`The bundled dataset failed to import: ${JSON.stringify(result.problems)}`);
  }
  const app: RunningApp = await startApp(
    { ...config, database: settings },
    db,
    options.logger ?? createLogger('silent'),
  );

  const query = async <T>(text: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: text, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...body };
  };
  return {
    url: app.url,
    origin: new URL(app.url).origin,
    http: app.server,
    db,
    settings,
    query,
    async data<T>(text: string, variables?: Record<string, unknown>) {
      const result = await query<T>(text, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data as T;
    },
    async statementsFor(text, variables) {
      const before = db.statements.count;
      const result = await query(text, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return db.statements.count - before;
    },
    async close() {
      await app.stop();
      await db.close();
      await testDb.drop();
    },
  };
}
