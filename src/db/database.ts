import { mkdirSync } from 'node:fs';

import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@prisma/client';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

import type { Config } from '../config.js';
import { applyMigrations, type MigrationReport, type SqlRunner } from './migrate.js';
import { countingAdapter, StatementCounter } from './sql-statements.js';

/** An open database: the Prisma client the stores use, and how to migrate and close it. */
export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly prisma: PrismaClient;
  /** SQL statements sent through `prisma` so far, process-wide (see StatementCounter). */
  readonly statements: StatementCounter;
  migrate(): Promise<MigrationReport>;
  close(): Promise<void>;
}

export async function openDatabase(settings: Config['database']): Promise<Database> {
  return settings.kind === 'pglite' ? openPGlite(settings.dir) : openPostgres(settings.url);
}

async function openPGlite(dir: string): Promise<Database> {
  if (!dir.includes('://')) mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir);
  await client.waitReady;
  const statements = new StatementCounter();
  // `as` safe because: pglite-prisma-adapter 0.6 is typed against driver-adapter-utils 6.10, whose
  // `SqlQuery.argTypes` items are strings rather than 6.19's objects; the adapter never reads them.
  const adapter = new PrismaPGlite(client) as unknown as SqlDriverAdapterFactory;
  const prisma = new PrismaClient({ adapter: countingAdapter(adapter, statements) });
  const runner: SqlRunner = {
    exec: async (sql) => void (await client.exec(sql)),
    query: async (sql, params) => (await client.query<Record<string, unknown>>(sql, [...params])).rows,
  };
  return {
    kind: 'pglite',
    prisma,
    statements,
    migrate: () => applyMigrations(runner),
    async close() {
      await prisma.$disconnect();
      // An open PGlite instance keeps Node from exiting.
      await client.close();
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  // When the server goes away, requests must fail within seconds rather than hang, and the pool must
  // heal by itself when it is back. Every query here takes milliseconds, so these bounds are loose:
  // - a new connection not up within 3 s fails (else a blackholed server stalls requests for minutes);
  // - a query without a reply within 5 s fails, and pg discards its connection (client-side bound);
  // - the server cancels any statement still running after 5 s (server-side bound on runaway work);
  // - TCP keepalives notice a peer that vanished under an idle pooled connection.
  const connectTimeoutMs = 3_000;
  const queryTimeoutMs = 5_000;
  // The migration runner has a connection of its own: migration files hold several statements,
  // which Prisma's raw queries (prepared statements) cannot run. Migrations get no query timeout.
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: connectTimeoutMs });
  // An idle pooled connection that the server drops is discarded by the pool, which then emits
  // 'error': unheard, that event would end the process whenever PostgreSQL restarts.
  pool.on('error', () => undefined);
  const statements = new StatementCounter();
  const adapter = new PrismaPg({
    connectionString: url,
    connectionTimeoutMillis: connectTimeoutMs,
    query_timeout: queryTimeoutMs,
    statement_timeout: queryTimeoutMs,
    keepAlive: true,
  });
  const prisma = new PrismaClient({ adapter: countingAdapter(adapter, statements) });
  const runner: SqlRunner = {
    exec: async (sql) => void (await pool.query(sql)),
    query: async (sql, params) => (await pool.query<Record<string, unknown>>(sql, [...params])).rows,
  };
  return {
    kind: 'postgres',
    prisma,
    statements,
    migrate: () => applyMigrations(runner),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
