import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { repositoryPath } from '../../paths.js';

/**
 * Applies the committed migrations in prisma/migrations that a database has not had yet.
 *
 * Why not `prisma migrate deploy`: through `@prisma/adapter-pg` it fails on a PostgreSQL server
 * (Prisma issue 27403), the native engine it would otherwise use cannot be downloaded here, and
 * spawning the CLI at every start would cost seconds. This runner keeps Prisma's own bookkeeping
 * table, `_prisma_migrations`, with the same columns and checksums, so the Prisma CLI and this
 * runner agree on what has been applied.
 */
export interface SqlRunner {
  /** Runs a script of one or more statements. */
  exec(sql: string): Promise<void>;
  query(sql: string, params: readonly unknown[]): Promise<Record<string, unknown>[]>;
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

export const MIGRATIONS_DIR = repositoryPath('prisma/migrations');

const BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

/**
 * The advisory lock that instances starting together on one database queue on, so that one of them
 * applies the migrations and the others then find them applied (an arbitrary constant, "peel").
 */
const MIGRATION_LOCK = 0x7065_656c;

/**
 * Applies what is missing, holding MIGRATION_LOCK throughout. The runner must send every statement
 * on one session, which the lock belongs to.
 */
export async function applyMigrations(runner: SqlRunner, dir = MIGRATIONS_DIR): Promise<MigrationReport> {
  await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    return await applyMissing(runner, dir);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
  }
}

async function applyMissing(runner: SqlRunner, dir: string): Promise<MigrationReport> {
  await runner.exec(BOOKKEEPING);
  const rows = await runner.query(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    [],
  );
  const done = new Map(rows.map((row) => [String(row.migration_name), String(row.checksum)]));
  const applied: string[] = [];
  for (const name of migrationNames(dir)) {
    const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
    const checksum = createHash('sha256').update(sql).digest('hex');
    const previous = done.get(name);
    if (previous !== undefined) {
      if (previous !== checksum) {
        throw new Error(`Migration ${name} was changed after it was applied; add a new migration instead.`);
      }
      continue;
    }
    // Each migration and its bookkeeping row commit together, so a failed one leaves no trace.
    // The values are safe to inline: a uuid, a hex digest and a name checked by migrationNames.
    const record = `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
      VALUES ('${randomUUID()}', '${checksum}', now(), '${name}', 1);`;
    await runner.exec(`BEGIN;\n${sql}\n;\n${record}\nCOMMIT;`).catch(async (error: unknown) => {
      await runner.exec('ROLLBACK;').catch(() => undefined);
      throw new Error(`Migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    applied.push(name);
  }
  return { applied, alreadyApplied: done.size };
}

function migrationNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => {
      if (!/^\w+$/.test(name)) throw new Error(`Unexpected migration folder name: ${name}`);
      return true;
    })
    .sort();
}
