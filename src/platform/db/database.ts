import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { PrismaClient } from '@prisma/client';
import type { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';

import type { Config } from '../config.js';
import { DataVersion } from './data-version.js';
import { claimFolder } from './folder-lock.js';
import type { PeelRows } from '../../peel-data/rows.js';
import { prismaRows, readPeelRows, readPeelRowsDirect, readVersion, type RowQuery } from '../../peel-data/store.js';
import { Snapshots } from '../../peel-data/snapshots.js';
import { applyMigrations, type MigrationReport, type SqlRunner } from './migrate.js';
import { openReadPool } from './read-pool.js';
import { countingAdapter, StatementCounter } from './sql-statements.js';

/** An open database: the Prisma client the stores use, the data's version and model, and how to migrate and close it. */
export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /** The embedded database's folder, which this process holds; undefined in memory and on PostgreSQL. */
  readonly folder?: string;
  /** The client: writes, transactions, API keys, audit, health checks, and reading the data's model. */
  readonly prisma: PrismaClient;
  /** The version of the data the model and the response cache are keyed on. */
  readonly dataVersion: DataVersion;
  /** The in-memory model of the data, one per version (src/peel-data/). */
  readonly snapshots: Snapshots;
  /** Reads the whole data as a model is built from it: through Prisma on PGlite, the driver on PostgreSQL. */
  readonly readAll: () => Promise<PeelRows>;
  /** SQL statements sent so far, process-wide (see StatementCounter). */
  readonly statements: StatementCounter;
  migrate(): Promise<MigrationReport>;
  close(): Promise<void>;
}

/**
 * Opens the database. An embedded database's folder is claimed first for `holder` (`server`, or the
 * command), and `FolderInUseError` is thrown if another live process holds it (folder-lock.ts).
 */
export async function openDatabase(settings: Config['database'], holder = 'server'): Promise<Database> {
  const opened = settings.kind === 'pglite' ? await openPGlite(settings.dir, holder) : await openPostgres(settings.url);
  return {
    ...opened,
    async close() {
      opened.dataVersion.close();
      await opened.close();
    },
  };
}

/**
 * The model of the data and its version: the model read whole by `readAll`, the version (with what
 * changed since the model's) through `versionRows`. With other processes on the database
 * (PostgreSQL), the version is read before every request that uses anything cached.
 */
function dataModel(
  readAll: () => Promise<PeelRows>,
  versionRows: RowQuery,
  sharedWithOtherProcesses: boolean,
): Pick<Database, 'snapshots' | 'dataVersion' | 'readAll'> {
  const snapshots = new Snapshots({ readAll, readVersion: (since) => readVersion(versionRows, since) });
  const dataVersion = new DataVersion(() => snapshots.readVersion(), sharedWithOtherProcesses);
  return { snapshots, dataVersion, readAll };
}

/** The PostgreSQL of the embedded database (PGlite 0.5), which opens only files of its own major version. */
const EMBEDDED_POSTGRES_MAJOR = '18';

/** An embedded database made by another major version of PostgreSQL: an older peelgraph's PGlite. */
export class EmbeddedDatabaseVersionError extends Error {
  constructor(
    readonly dir: string,
    readonly found: string,
  ) {
    super(
      `The embedded database in ${dir} was made by PostgreSQL ${found}, and this peelgraph embeds ` +
        `PostgreSQL ${EMBEDDED_POSTGRES_MAJOR} (PGlite 0.5), which cannot open it. Nothing in it was changed. ` +
        `Move the folder aside and start again: a new database is made and the bundled dataset imported. ` +
        `See "The embedded database" in the README for what is not carried over.`,
    );
    this.name = 'EmbeddedDatabaseVersionError';
  }
}

/** Refuses a data folder of another PostgreSQL before PGlite sees it, and fails with less to go on. */
function checkEmbeddedVersion(dir: string): void {
  let found: string;
  try {
    found = readFileSync(join(dir, 'PG_VERSION'), 'utf8').trim();
  } catch {
    return; // no database here yet: PGlite makes one
  }
  if (found !== EMBEDDED_POSTGRES_MAJOR) throw new EmbeddedDatabaseVersionError(dir, found);
}

/**
 * Shared buffers sized to the data: the whole bundled dataset is a few megabytes. PGlite's usual
 * 128 MB are allocated and zeroed inside its WebAssembly memory at start, and so were most of the
 * process's resident memory (see the README's performance section).
 */
const EMBEDDED_SHARED_BUFFERS = '16MB';

/** The migration runner's view of a PGlite database. */
export function pgliteRunner(client: PGlite): SqlRunner {
  return {
    exec: async (sql) => void (await client.exec(sql)),
    query: async (sql, params) => (await client.query<Record<string, unknown>>(sql, [...params])).rows,
  };
}

async function openPGlite(dir: string, holder: string): Promise<Database> {
  const onDisk = !dir.includes('://');
  if (onDisk) mkdirSync(dir, { recursive: true });
  const claim = onDisk ? await claimFolder(dir, holder) : undefined;
  try {
    return await openClaimedPGlite(dir, onDisk, () => claim?.release());
  } catch (error) {
    claim?.release();
    throw error;
  }
}

async function openClaimedPGlite(dir: string, onDisk: boolean, release: () => void): Promise<Database> {
  if (onDisk) checkEmbeddedVersion(dir);
  // Each kind of database loads only its own drivers: start-up is part of the service.
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('pglite-prisma-adapter'),
  ]);
  const client = new PGlite(dir, {
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${EMBEDDED_SHARED_BUFFERS}`],
  });
  await client.waitReady;
  const statements = new StatementCounter();
  // `as` safe because: pglite-prisma-adapter 0.6 is typed against driver-adapter-utils 6.10, whose
  // `SqlQuery.argTypes` items are strings rather than 6.19's objects; the adapter never reads them.
  const adapter = new PrismaPGlite(client) as unknown as SqlDriverAdapterFactory;
  const prisma = new PrismaClient({ adapter: countingAdapter(adapter, statements) });
  const runner = pgliteRunner(client);
  return {
    kind: 'pglite',
    ...(onDisk ? { folder: dir } : {}),
    prisma,
    // The version is read at start-up and after each change this process makes: nothing else
    // changes the data of the folder it holds (see src/platform/cli/target.ts).
    ...dataModel(() => readPeelRows(prisma, false), prismaRows(prisma), false),
    statements,
    migrate: () => applyMigrations(runner),
    async close() {
      await prisma.$disconnect();
      // An open PGlite instance keeps Node from exiting.
      await client.close();
      release();
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const [{ PrismaPg }, { default: pg }] = await Promise.all([import('@prisma/adapter-pg'), import('pg')]);
  // When the server goes away, requests must fail within seconds rather than hang, and the pool must
  // heal by itself when it is back. Every query here takes milliseconds, so these bounds are loose:
  // - a new connection not up within 3 s fails (else a blackholed server stalls requests for minutes);
  // - a query without a reply within 5 s fails, and pg discards its connection (client-side bound);
  // - the server cancels any statement still running after 5 s (server-side bound on runaway work);
  // - TCP keepalives notice a peer that vanished under an idle pooled connection.
  const connectTimeoutMs = 3_000;
  const queryTimeoutMs = 5_000;
  // The migration runner has a connection of its own: migration files hold several statements,
  // which Prisma's raw queries (prepared statements) cannot run, and the migration lock belongs to
  // one session. It is opened for a migration and closed after; migrations get no query timeout.
  const migrateOnOwnConnection = async () => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return await applyMigrations({
        exec: async (sql) => void (await client.query(sql)),
        query: async (sql, params) => (await client.query<Record<string, unknown>>(sql, [...params])).rows,
      });
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  const statements = new StatementCounter();
  const adapter = new PrismaPg({
    connectionString: url,
    connectionTimeoutMillis: connectTimeoutMs,
    query_timeout: queryTimeoutMs,
    statement_timeout: queryTimeoutMs,
    keepAlive: true,
  });
  const prisma = new PrismaClient({ adapter: countingAdapter(adapter, statements) });
  const reads = openReadPool(pg, url, statements);
  return {
    kind: 'postgres',
    prisma,
    ...dataModel(() => readPeelRowsDirect(reads.snapshot), reads.rows, true),
    statements,
    migrate: migrateOnOwnConnection,
    async close() {
      await prisma.$disconnect();
      await reads.end();
    },
  };
}
