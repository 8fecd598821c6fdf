import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';

import { pgliteRunner } from '../src/platform/db/database.js';
import { applyMigrations, MIGRATIONS_DIR } from '../src/platform/db/migrate.js';
import { repositoryPath } from '../src/paths.js';
import { runCli } from './testkit/cli.js';

// `npm run db:migration:create` runs Prisma's schema engine on PGlite whatever the test database, so
// it is tested once, in the PGlite run.
describe.skipIf(process.env.PEELGRAPH_TEST_DB === 'postgres')('npm run db:migration:create', () => {
  const work = mkdtempSync(join(tmpdir(), 'peelgraph-migration-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** A copy of the committed migrations for one test, so that no test sees another's. */
  const copyOfMigrations = (test: string) => {
    const migrations = join(work, test);
    cpSync(MIGRATIONS_DIR, migrations, { recursive: true });
    return migrations;
  };
  const create = (migrations: string, schema: string, name: string) =>
    runCli(
      'scripts/create-migration.ts',
      ['--name', name, '--schema', schema, '--migrations', migrations],
      process.env,
    );
  const created = (migrations: string, name: string) =>
    readdirSync(migrations).filter((folder) => folder.endsWith(`_${name}`));

  it('writes the SQL from the committed migrations to a changed schema, which then applies', async () => {
    const migrations = copyOfMigrations('changed');
    const schema = join(work, 'schema.prisma');
    const committed = readFileSync(repositoryPath('prisma/schema.prisma'), 'utf8');
    writeFileSync(schema, committed.replace('model Force {', 'model Force {\n  probeNote String? @map("probe_note")'));

    const result = await create(migrations, schema, 'Add a probe note');
    expect(result.code, result.stderr).toBe(0);
    const [folder] = created(migrations, 'add_a_probe_note');
    expect(folder).toMatch(/^\d{14}_add_a_probe_note$/);
    const sql = readFileSync(join(migrations, folder ?? '', 'migration.sql'), 'utf8');
    expect(sql).toContain('ALTER TABLE "force" ADD COLUMN');
    expect(sql).toContain('"probe_note" TEXT');

    const db = new PGlite('memory://');
    try {
      const report = await applyMigrations(pgliteRunner(db), migrations);
      expect(report.applied.at(-1)).toBe(folder);
      const columns = await db.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'force' AND column_name = 'probe_note'`,
      );
      expect(columns.rows).toHaveLength(1);
    } finally {
      await db.close();
    }
  }, 120_000);

  it('says so when the schema already matches the migrations', async () => {
    const migrations = copyOfMigrations('unchanged');
    const result = await create(migrations, repositoryPath('prisma/schema.prisma'), 'nothing');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('it is empty');
    expect(created(migrations, 'nothing')).toHaveLength(1);
  }, 120_000);
});
