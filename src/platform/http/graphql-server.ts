import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';

import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { unwrapResolverError } from '@apollo/server/errors';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';

import type { Config } from '../config.js';
import type { Context } from '../graphql/context.js';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import {
  DATABASE_UNAVAILABLE,
  DATABASE_UNAVAILABLE_MESSAGE,
  databaseOutagePlugin,
  isDatabaseUnavailable,
} from '../ops/database-outage.js';
import { operationObserverPlugin } from '../plugins/operation-observer.js';
import { CompiledOperations } from './compiled-execution.js';
import { cachingHeaderPlugins } from '../plugins/caching-header.js';
import { dataForEachOperation } from '../plugins/data-for-each-operation.js';
import { repositoryPath } from '../../paths.js';
import { executableSchema } from '../graphql/schema.js';
import { COST_CODE, QueryCosts, queryCostPlugin } from '../security/query-cost.js';
import { filterDepthPlugin } from '../security/filter-depth.js';
import { queryLimits } from '../plugins/query-limits.js';

/** Heap a parsed document holds per byte of its JSON: a 4,257-byte document took 17.4 KB (measured). */
const DOCUMENT_HEAP_PER_JSON_BYTE = 4;

/** Codes of failures the API expects and explains; anything else is a bug, logged and masked. */
const EXPECTED = new Set<string>([
  ErrorCode.NotFound,
  ErrorCode.BadUserInput,
  'UNAUTHENTICATED',
  'FORBIDDEN',
  COST_CODE,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** The first question the API exists to answer: what Sandbox opens with. */
const SEED_OPERATION = readFileSync(repositoryPath('examples/outstanding-police-powers.graphql'), 'utf8');

/**
 * A browser's GET of /graphql: Apollo Sandbox, loaded with the schema and the seed question, in
 * production too (the schema is public); with introspection off, Sandbox could not load the schema,
 * so Apollo's plain page says where the API is instead.
 */
function landingPage(introspection: boolean): ApolloServerPlugin {
  if (!introspection) return ApolloServerPluginLandingPageProductionDefault({ footer: false });
  return ApolloServerPluginLandingPageLocalDefault({
    footer: false,
    document: SEED_OPERATION,
    includeCookies: false,
    embed: { runTelemetry: false, endpointIsEditable: false },
  });
}

/** What Apollo and the direct path (direct-execution.ts) share: the same rules, costs and compiled operations. */
export interface GraphQLEngine {
  readonly operations: CompiledOperations;
  readonly costs: QueryCosts;
  readonly limits: ReturnType<typeof queryLimits>;
}

export function graphqlEngine(config: Config): GraphQLEngine {
  return {
    operations: new CompiledOperations(executableSchema, config.cache.queryBytes),
    costs: new QueryCosts(config.limits.maxCost, config.cache.queryBytes),
    limits: queryLimits(config.limits),
  };
}

export function createGraphQLServer(
  config: Config,
  logger: Logger,
  httpServer: Server,
  { operations, costs, limits }: GraphQLEngine,
): ApolloServer<Context> {
  const production = config.env === 'production';
  return new ApolloServer<Context>({
    gateway: operations.gateway(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !production,
    // "Did you mean …?" hints map the schema for anyone probing it; production leaves them out.
    hideSchemaDetailsFromClientErrors: production,
    allowBatchedHttpRequests: config.limits.allowBatching,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    // Both are keyed by clients' queries, so both are bounded in bytes. A parsed document holds
    // about four times the length of its JSON in heap (measured), which is what Apollo counts.
    documentStore: new InMemoryLRUCache<DocumentNode>({
      maxSize: config.cache.queryBytes,
      sizeCalculation: (document) => JSON.stringify(document).length * DOCUMENT_HEAP_PER_JSON_BYTE,
    }),
    cache: new InMemoryLRUCache({ maxSize: config.cache.queryBytes }),
    // main.ts owns SIGTERM: Apollo's own handler would re-raise the signal and end the process
    // before the database is closed.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      landingPage(config.introspection),
      ...limits.plugins,
      filterDepthPlugin(config.limits.maxFilterDepth),
      queryCostPlugin(costs),
      operationObserverPlugin(),
      databaseOutagePlugin(),
      // The data each operation answers from, and how its answer may be cached.
      dataForEachOperation(logger),
      ...cachingHeaderPlugins(config.cache.maxAgeSeconds),
    ],
    formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
      const code = String(formatted.extensions?.code ?? ErrorCode.InternalServerError);
      if (EXPECTED.has(code)) return formatted;
      const cause = unwrapResolverError(error);
      if (isDatabaseUnavailable(cause)) {
        logger.warn({ err: cause, path: formatted.path }, 'database unavailable');
        return {
          message: DATABASE_UNAVAILABLE_MESSAGE,
          ...(formatted.locations ? { locations: formatted.locations } : {}),
          ...(formatted.path ? { path: formatted.path } : {}),
          extensions: { code: DATABASE_UNAVAILABLE },
        };
      }
      logger.error({ err: cause, path: formatted.path }, 'unexpected error');
      if (!production) return formatted;
      return {
        message: 'Internal server error',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: ErrorCode.InternalServerError },
      };
    },
  });
}
