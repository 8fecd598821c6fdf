import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

import type { Context } from '../graphql/context.js';

/**
 * The HTTP `Cache-Control` of every answer, which HTTP caches and the response cache obey: an answer
 * to an anonymous query without errors may be kept, publicly, for `maxAgeSeconds`; any other answer
 * (with an API key, to a mutation, with errors) is `no-store`.
 *
 * Apollo's cache-control plugin would work this out field by field, and to do so wraps every
 * resolver of the schema in a hook that runs for each field of each answer. This schema gives no
 * field a hint of its own, so the policy follows from the request alone, and that per-field work is
 * turned off.
 */
function cachingHeader(maxAgeSeconds: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, response }) {
          const cacheable =
            maxAgeSeconds > 0 &&
            contextValue.viewer.kind === 'anonymous' &&
            operation?.operation === 'query' &&
            response.body.kind === 'single' &&
            !response.body.singleResult.errors;
          response.http.headers.set('cache-control', cacheable ? `max-age=${maxAgeSeconds}, public` : 'no-store');
        },
      };
    },
  };
}

/**
 * The `Cache-Control` of every answer, in place of Apollo's cache-control plugin (turned off: see
 * `cachingHeader`).
 */
export function cachingHeaderPlugins(maxAgeSeconds: number): ApolloServerPlugin<Context>[] {
  return [ApolloServerPluginCacheControlDisabled(), cachingHeader(maxAgeSeconds)];
}
