// Configures the Prisma CLI (`migrate dev`, `migrate diff`). It runs Prisma's WebAssembly schema
// engine against an embedded PGlite database, because the native engine cannot be downloaded here.
// The application applies migrations itself at start-up (src/db/migrate.ts).
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { defineConfig } from 'prisma/config';

// In memory unless a folder is named: `migrate dev` only needs a database to diff against.
const dataDir = process.env.PRISMA_CLI_PGLITE_DIR ?? 'memory://';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  engine: 'js',
  experimental: { adapter: true },
  async adapter() {
    // `as` safe: see src/db/database.ts (the adapter is typed against an older driver-adapter-utils).
    return new PrismaPGlite(new PGlite(dataDir)) as unknown as SqlMigrationAwareDriverAdapterFactory;
  },
});
