import type { Server } from 'node:http';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

import type { Config } from '../config.js';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import { resolvers } from '../resolvers.js';
import { typeDefs } from '../schema.js';

/** Codes of failures the API expects and explains; anything else is a bug, logged and masked. */
const EXPECTED = new Set<string>([
  ErrorCode.NotFound,
  ErrorCode.BadUserInput,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function createGraphQLServer(config: Config, logger: Logger, httpServer: Server): ApolloServer<Context> {
  const production = config.env === 'production';
  return new ApolloServer<Context>({
    typeDefs,
    resolvers,
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
    formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
      const code = String(formatted.extensions?.code ?? ErrorCode.InternalServerError);
      if (EXPECTED.has(code)) return formatted;
      logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'unexpected error');
      if (!production) return formatted;
      return {
        message: 'Internal server error',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: ErrorCode.InternalServerError },
      };
    },
  });
}
