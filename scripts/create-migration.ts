/**
 * `npm run db:migration:create -- --name NAME`: writes the SQL that takes a database from the
 * committed migrations to `prisma/schema.prisma` as a new migration,
 * prisma/migrations/<UTC timestamp>_<name>/migration.sql, for review before it is committed.
 *
 * Why not `prisma migrate dev --create-only`: Prisma 6.19's WebAssembly schema engine, the only one
 * that runs here, stops in its data-loss check with "PostgreSQL shadow DB must be provided through
 * an external factory", though prisma.config.ts provides one. `prisma migrate diff` uses that
 * factory, and computes the same SQL.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    schema: { type: 'string', default: 'prisma/schema.prisma' },
    migrations: { type: 'string', default: 'prisma/migrations' },
  },
});
// As Prisma names migrations: lower case, with anything but letters and digits as underscores.
const name = (values.name ?? '')
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '_')
  .replace(/^_|_$/g, '');
if (!name) {
  console.error('Usage: npm run db:migration:create -- --name what_it_changes');
  process.exit(1);
}

const sql = execFileSync(
  'npx',
  [
    'prisma',
    'migrate',
    'diff',
    '--from-migrations',
    values.migrations,
    '--to-schema-datamodel',
    values.schema,
    '--script',
  ],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);

const timestamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const folder = join(values.migrations, `${timestamp}_${name}`);
if (existsSync(folder)) {
  console.error(`${folder} exists already`);
  process.exit(1);
}
mkdirSync(folder);
writeFileSync(join(folder, 'migration.sql'), sql);
const empty = sql.includes('This is an empty migration.');
console.log(
  empty
    ? `${folder}/migration.sql: the schema matches the migrations, so it is empty; write the SQL by hand, or delete it`
    : `${folder}/migration.sql: review it, then commit it with the schema`,
);
