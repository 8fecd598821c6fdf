/**
 * `npm start`: opens the database (embedded PGlite unless DATABASE_URL is set), applies migrations,
 * imports the bundled dataset into an empty database, and serves GraphQL until SIGTERM or SIGINT.
 */
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { startApp } from './http/app.js';
import { formatProblem } from './import/problems.js';
import { importDataset } from './import/service.js';
import { createLogger } from './logger.js';
import { stopOnSignals } from './ops/shutdown.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const logger = createLogger(config.logLevel);
const db = await openDatabase(config.database, { readCacheEntries: config.cache.dataEntries });
const migrations = await db.migrate();
if (migrations.applied.length > 0) logger.info({ applied: migrations.applied }, 'applied migrations');

if (config.importOnEmpty && (await db.prisma.force.count()) === 0) {
  const result = await importDataset(db.prisma);
  if (!result.ok) {
    for (const problem of result.problems) logger.error(formatProblem(problem));
    throw new Error('The bundled dataset failed to import');
  }
  logger.info({ summary: result.summary }, 'imported the bundled dataset into the empty database');
}

const app = await startApp(config, db, logger);
const where = config.database.kind === 'pglite' ? `embedded PGlite at ${config.database.dir}` : 'PostgreSQL';
logger.info(`peelgraph ready at ${app.url} (database: ${where})`);

stopOnSignals(app, db, logger);
