import type { Database } from '../db/database.js';
import type { RunningApp } from '../http/app.js';
import type { Logger } from '../logger.js';

/**
 * Past this, a shutdown that is still waiting gives up and exits. Apollo's drain closes connections
 * whose requests are still running after 10 s, so a normal shutdown ends well before.
 */
const SHUTDOWN_DEADLINE_MS = 30_000;

/**
 * On SIGTERM (a deployment or scale-down) or SIGINT (Ctrl-C): stop taking connections, let the
 * requests in flight finish, close the database, and exit 0. A second signal exits at once.
 */
export function stopOnSignals(app: RunningApp, db: Database, logger: Logger): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) {
        logger.warn({ signal }, 'second signal: exiting without waiting');
        process.exit(1);
      }
      stopping = true;
      logger.info({ signal }, 'shutting down: finishing requests in flight');
      setTimeout(() => {
        logger.error('shutdown took too long; exiting');
        process.exit(1);
      }, SHUTDOWN_DEADLINE_MS).unref();
      app
        .stop()
        .then(() => db.close())
        .then(
          () => {
            logger.info('stopped');
            process.exit(0);
          },
          (error: unknown) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
    });
  }
}
