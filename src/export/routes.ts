import { Router } from 'express';

import { createContext } from '../platform/graphql/context.js';
import type { Database } from '../platform/db/database.js';
import type { Logger } from '../platform/logger.js';
import { isDatabaseUnavailable, sendDatabaseUnavailable } from '../platform/ops/database-outage.js';
import { ExportParamsError, exportArguments } from './export-params.js';
import { writeGradesCsv } from './service.js';

/** `GET /export/grades.csv?…` (mounted at /export): the grades matching the query parameters (see export-params.ts) as CSV. */
export function exportRouter(db: Database, logger: Logger, maxFilterDepth: number): Router {
  const router = Router();
  router.get('/grades.csv', async (req, res) => {
    let args;
    try {
      args = exportArguments(req.query, maxFilterDepth);
    } catch (error) {
      if (!(error instanceof ExportParamsError)) throw error;
      res.status(400).type('text/plain').send(`${error.message}\n`);
      return;
    }
    const context = createContext(db, logger);
    try {
      // Before the answer starts, so that a database outage can still be answered as one.
      await context.takeData();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      logger.warn({ err: error }, 'database unavailable');
      sendDatabaseUnavailable(res);
      return;
    }
    res.status(200).type('text/csv; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="peel-grades.csv"');
    try {
      const outcome = await writeGradesCsv(context, args, res);
      if (!outcome.complete) logger.info(outcome, 'grade export stopped: the client went away');
    } catch (error) {
      logger.error({ err: error }, 'grade export failed');
      // Headers are gone once rows stream; cutting the connection tells the client it is incomplete.
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  });
  return router;
}
