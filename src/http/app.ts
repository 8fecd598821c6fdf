import { createServer, type Server } from 'node:http';

import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';

import type { Config } from '../config.js';
import { createContext } from '../context.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { exportRouter } from '../export/router.js';
import { createGraphQLServer } from './graphql-server.js';

export interface RunningApp {
  readonly server: Server;
  /** The address the server listens on, such as `http://localhost:4000/graphql`. */
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts the HTTP server: GraphQL at /graphql (Apollo Sandbox on GET outside production). */
export async function startApp(config: Config, db: Database, logger: Logger): Promise<RunningApp> {
  const app = express();
  const server = createServer(app);
  const graphql = createGraphQLServer(config, logger, server);
  await graphql.start();

  app.disable('x-powered-by');
  app.use(cors(), exportRouter(db, logger));
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: '100kb' }),
    expressMiddleware(graphql, { context: async () => createContext(db, logger) }),
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    server,
    url: `http://localhost:${port}/graphql`,
    // Apollo's drain plugin stops accepting connections and lets in-flight requests finish.
    stop: () => graphql.stop(),
  };
}
