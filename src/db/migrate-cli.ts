/**
 * `npm run db:migrate`: applies the committed migrations to the configured database (PGlite at
 * PGLITE_DIR, or the PostgreSQL server at DATABASE_URL) and says what it did. The server does the
 * same at start-up; run this in a deployment step to migrate a production database first.
 */
import { loadConfig } from '../config.js';
import { openDatabase } from './database.js';

const db = await openDatabase(loadConfig().database);
try {
  const report = await db.migrate();
  console.log(
    report.applied.length > 0
      ? `Applied ${report.applied.length} migration(s): ${report.applied.join(', ')}`
      : `Nothing to apply (${report.alreadyApplied} migration(s) already applied).`,
  );
} finally {
  await db.close();
}
