/**
 * `npm start`: opens the database (embedded PGlite unless DATABASE_URL is set), applies migrations,
 * imports the bundled dataset into an empty database, and serves GraphQL until SIGTERM or SIGINT.
 */
import { ConfigError, loadConfig } from './platform/config.js';
import { EmbeddedDatabaseVersionError, openDatabase } from './platform/db/database.js';
import { FolderInUseError } from './platform/db/folder-lock.js';
import { createLogger } from './platform/logger.js';

// The HTTP server's modules (Apollo, express, the schema and resolvers) load while the embedded
// database boots, rather than after it: start-up is the longer of the two, not their sum.
const serverModules = Promise.all([import('./platform/http/app.js'), import('./platform/ops/shutdown.js')]);

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const logger = createLogger(config.logLevel);
const db = await openDatabase(config.database, 'server').catch((error) => {
  // What the operator must do, without a stack trace in the way.
  if (error instanceof EmbeddedDatabaseVersionError) logger.fatal(error.message);
  else if (error instanceof FolderInUseError) {
    logger.fatal(`${error.message} Stop it first, or set PGLITE_DIR to another folder.`);
  } else throw error;
  process.exit(1);
});
const migrations = await db.migrate();
if (migrations.applied.length > 0) logger.info({ applied: migrations.applied }, 'applied migrations');

if (config.importOnEmpty && (await db.prisma.force.count()) === 0) {
  const [{ importDataset }, { formatProblem }] = await Promise.all([
    import('./import/service.js'),
    import('./import/problems.js'),
  ]);
  const result = await importDataset(db.prisma);
  if (!result.ok) {
    for (const problem of result.problems) logger.error(formatProblem(problem));
    throw new Error('The bundled dataset failed to import');
  }
  logger.info({ summary: result.summary }, 'imported the bundled dataset into the empty database');
}

const [{ startApp }, { stopOnSignals }] = await serverModules;
const app = await startApp(config, db, logger);
const where = config.database.kind === 'pglite' ? `embedded PGlite at ${config.database.dir}` : 'PostgreSQL';
logger.info(`peelgraph ready at ${app.url} (database: ${where})`);

stopOnSignals(app, db, logger);
