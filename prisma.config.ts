// Configures the Prisma CLI (`migrate diff`, which `npm run db:migration:create` runs). It runs
// Prisma's WebAssembly schema engine against an embedded PGlite database, because the native engine
// cannot be downloaded here.
// The application applies migrations itself at start-up (src/platform/db/migrate.ts).
import { messages, PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { defineConfig } from 'prisma/config';

// In memory unless a folder is named: the CLI only needs a database to diff against.
const dataDir = process.env.PRISMA_CLI_PGLITE_DIR ?? 'memory://';

/**
 * Prisma's schema engine applies each migration (to the shadow database it replays them on) as one
 * `executeRaw` of the whole script, without parameters. node-postgres sends such a query
 * over PostgreSQL's simple protocol, which takes several statements; PGlite's `query()` always
 * prepares it, which PostgreSQL refuses ("cannot insert multiple commands into a prepared
 * statement"). So here a query without parameters goes to PGlite's `exec()`, the simple protocol.
 */
function withScriptsAsSimpleQueries(adapter: SqlDriverAdapter, client: PGlite): SqlDriverAdapter {
  const executeRaw: SqlDriverAdapter['executeRaw'] = async (query) => {
    if (query.args.length > 0) return adapter.executeRaw(query);
    try {
      const results = await client.exec(query.sql);
      return results.reduce((rows, result) => rows + (result.affectedRows ?? 0), 0);
    } catch (error) {
      if (!(error instanceof messages.DatabaseError)) throw error;
      // As the adapter reports its own errors, so that Prisma shows PostgreSQL's message.
      throw new DriverAdapterError({
        kind: 'postgres',
        code: error.code ?? 'UNKNOWN',
        severity: error.severity ?? 'UNKNOWN',
        message: error.message,
        detail: error.detail,
        column: error.column,
        hint: error.hint,
      });
    }
  };
  return new Proxy(adapter, {
    get: (target, property, receiver) =>
      property === 'executeRaw' ? executeRaw : Reflect.get(target, property, receiver),
  });
}

async function connect(client: PGlite): Promise<SqlDriverAdapter> {
  // `as` safe: see src/platform/db/database.ts (the adapter is typed against an older driver-adapter-utils).
  const factory = new PrismaPGlite(client) as unknown as SqlDriverAdapterFactory;
  return withScriptsAsSimpleQueries(await factory.connect(), client);
}

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  engine: 'js',
  experimental: { adapter: true },
  async adapter(): Promise<SqlMigrationAwareDriverAdapterFactory> {
    return {
      provider: 'postgres',
      adapterName: 'pglite-prisma-adapter',
      connect: () => connect(new PGlite(dataDir)),
      connectToShadowDb: () => connect(new PGlite('memory://')),
    };
  },
});
