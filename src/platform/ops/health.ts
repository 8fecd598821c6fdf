import express, { type Router } from 'express';

import type { Database } from '../db/database.js';

/** Long enough for a loaded database to answer `SELECT 1`; short enough that a probe never hangs. */
const DATABASE_CHECK_TIMEOUT_MS = 1_000;

/** Shared with the app: once it starts stopping, readiness turns false so balancers move away. */
export interface Lifecycle {
  stopping: boolean;
}

/**
 * `GET /health/live`: the process is up and serving HTTP (restart it if not).
 * `GET /health/ready`: it can answer queries now: not stopping, and the database answered in time
 * (send it no traffic if not; it recovers by itself when the database is back).
 */
export function healthRoutes(db: Database, lifecycle: Lifecycle): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    next();
  });
  router.get('/live', (_req, res) => {
    res.json({ status: 'live' });
  });
  router.get('/ready', async (_req, res) => {
    if (lifecycle.stopping) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    const database = await databaseAnswers(db);
    res.status(database === 'up' ? 200 : 503).json({ status: database === 'up' ? 'ready' : 'not ready', database });
  });
  return router;
}

async function databaseAnswers(db: Database): Promise<'up' | 'down' | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), DATABASE_CHECK_TIMEOUT_MS);
  });
  const check = db.prisma.$queryRaw`SELECT 1`.then(
    () => 'up' as const,
    () => 'down' as const,
  );
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
