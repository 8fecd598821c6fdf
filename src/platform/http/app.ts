import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import type { ApolloServer } from '@apollo/server';
import cors from 'cors';
import express, { type Express } from 'express';
import type { Redis } from 'ioredis';

import { apiKeyFromHeaders, viewerFromApiKey } from '../../auth/service.js';
import type { Config } from '../config.js';
import { type Context, createContext } from '../graphql/context.js';
import type { Database } from '../db/database.js';
import { exportRouter } from '../../export/routes.js';
import type { Logger } from '../logger.js';
import { healthRoutes, type Lifecycle } from '../ops/health.js';
import { localAdmin } from '../ops/admin.js';
import { serveControlSocket } from '../ops/control-socket.js';
import { metricsHandler } from '../ops/metrics.js';
import { closeRedis, connectRedis } from '../ops/redis.js';
import { GRAPHQL_PATH, pathOf, requestLogging } from '../ops/request-log.js';
import { executableSchema } from '../graphql/schema.js';
import { attachToContext, recordOfResponse } from '../ops/request-record.js';
import { type ClientKeys, createClientKeys } from '../security/client-key.js';
import { createRateLimit, type RateLimit } from '../security/rate-limit.js';
import { limitInputNesting } from '../security/filter-depth.js';
import { jsonBody, requireJsonPost } from '../security/request-body.js';
import { expressErrorHandler, type HttpErrorResponder, httpErrorResponder } from './error-response.js';
import { graphqlRoute } from './graphql-route.js';
import { DirectExecution } from './direct-execution.js';
import { createGraphQLServer, graphqlEngine } from './graphql-server.js';
import { type Middleware, pipeline } from './pipeline.js';
import { type ResponseStore, responseStoreFor } from '../response-cache/store.js';
import { webPage } from './web-page.js';

export interface RunningApp {
  readonly server: Server;
  /** The address the server listens on, such as `http://localhost:4000/graphql`. */
  readonly url: string;
  /** Stops taking connections, lets in-flight requests finish, then closes Redis (not the database). */
  stop(): Promise<void>;
}

/** What the routes are built from. */
interface RouteDependencies {
  readonly config: Config;
  readonly db: Database;
  readonly logger: Logger;
  readonly graphql: ApolloServer<Context>;
  readonly direct: DirectExecution;
  readonly rateLimit: RateLimit;
  readonly responses: ResponseStore | undefined;
  readonly lifecycle: Lifecycle;
  readonly onError: HttpErrorResponder;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function publicCors(config: Config): Middleware {
  return cors({
    origin: config.corsOrigins === '*' ? '*' : [...config.corsOrigins],
    exposedHeaders: ['x-request-id', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining'],
    maxAge: 600,
  });
}

/** /graphql, on a pipeline of its own rather than Express (see pipeline.ts for why). */
function graphqlHandler({
  config,
  db,
  logger,
  graphql,
  direct,
  rateLimit,
  responses,
  onError,
}: RouteDependencies): Handler {
  return pipeline(
    [
      publicCors(config),
      rateLimit.perRequest,
      requireJsonPost,
      jsonBody(config.limits.maxBodyBytes),
      limitInputNesting(config.limits.maxFilterDepth),
      rateLimit.perBatchedOperation,
      graphqlRoute(graphql, {
        context: async (req, res) => {
          const record = recordOfResponse(res);
          // An unknown or revoked key refuses the whole request with a 401 (see viewerFromApiKey).
          const viewer = await viewerFromApiKey(db, apiKeyFromHeaders(req.headers));
          const context = createContext(db, record?.logger ?? logger, viewer);
          if (record) attachToContext(context, record);
          return context;
        },
        direct,
        responses,
        dataVersion: db.dataVersion,
      }),
    ],
    onError,
  );
}

/**
 * Every other route, through Express. A new route goes here; one that serves data to the public
 * should put `rateLimit.perRequest` first, as /graphql and /export do.
 */
function otherRoutes({ config, db, logger, rateLimit, lifecycle, onError }: RouteDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use('/health', healthRoutes(db, lifecycle));
  app.get('/metrics', metricsHandler(config.metricsToken));
  app.use('/export', publicCors(config), rateLimit.perRequest, exportRouter(db, logger, config.limits.maxFilterDepth));
  // The comparison page at / (its files only: other paths stay 404s).
  app.use(webPage());
  app.use(expressErrorHandler(onError));
  return app;
}

/**
 * Starts the HTTP server: GraphQL at /graphql (Apollo Sandbox on a browser's GET), the comparison
 * page at /, health probes at /health/live and /health/ready, Prometheus metrics at /metrics.
 */
export async function startApp(config: Config, db: Database, logger: Logger): Promise<RunningApp> {
  const server = createServer();
  const redis: Redis | undefined = config.redisUrl ? await connectRedis(config.redisUrl, logger) : undefined;
  // The response cache looks answers up under the data version last read, and answers come from the
  // model of that version: read the one and build the other now, rather than in the first request.
  await db.dataVersion
    .refresh()
    .then(() => db.snapshots.atLeast(db.dataVersion.current()))
    .catch(() => undefined);
  const engine = graphqlEngine(config);
  const graphql = createGraphQLServer(config, logger, server, engine);
  await graphql.start();
  const direct = new DirectExecution({
    schema: executableSchema,
    operations: engine.operations,
    costs: engine.costs,
    validationRules: engine.limits.validationRules,
    maxTokens: config.limits.maxTokens,
    maxFilterDepth: config.limits.maxFilterDepth,
    introspection: config.introspection,
    maxAgeSeconds: config.cache.maxAgeSeconds,
    documentBytes: config.cache.queryBytes,
  });
  const lifecycle: Lifecycle = { stopping: false };

  const clients: ClientKeys = createClientKeys(config.trustProxy);
  const logRequest = requestLogging(logger, clients);
  const dependencies: RouteDependencies = {
    config,
    db,
    logger,
    graphql,
    direct,
    rateLimit: createRateLimit(config.rateLimit, clients, redis, logger),
    responses: responseStoreFor(config, redis),
    lifecycle,
    onError: httpErrorResponder(config.limits.maxBodyBytes, logger),
  };
  const graphqlRequest = graphqlHandler(dependencies);
  const otherRequest = otherRoutes(dependencies);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    logRequest(req, res);
    if (pathOf(req) === GRAPHQL_PATH) graphqlRequest(req, res);
    else void otherRequest(req, res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  // Command-line tools reach an embedded database this process holds through it.
  const control = db.folder ? await serveControlSocket(db.folder, localAdmin(db), logger) : undefined;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    server,
    url: `http://localhost:${port}${GRAPHQL_PATH}`,
    async stop() {
      lifecycle.stopping = true;
      // Apollo's drain plugin stops accepting connections and lets in-flight requests finish.
      await graphql.stop();
      await control?.close();
      if (redis) await closeRedis(redis);
    },
  };
}
