/**
 * `npm run db:migrate`: applies the committed migrations to the configured database (PGlite at
 * PGLITE_DIR, or the PostgreSQL server at DATABASE_URL) and says what it did. The server does the
 * same at start-up; run this in a deployment step to migrate a production database first. While the
 * server holds the embedded database, the server applies them (src/platform/cli/target.ts).
 */
import { withAdmin } from '../cli/target.js';

await withAdmin(
  'npm run db:migrate',
  async (admin) => {
    const report = await admin.migrate();
    console.log(
      report.applied.length > 0
        ? `Applied ${report.applied.length} migration(s): ${report.applied.join(', ')}`
        : `Nothing to apply (${report.alreadyApplied} migration(s) already applied).`,
    );
  },
  { migrateFirst: false },
);
