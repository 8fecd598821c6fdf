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
          response.http.headers.set('cache-control', cacheControl(cacheable ? maxAgeSeconds : 0));
        },
      };
    },
  };
}

/**
 * The `Cache-Control` of an answer that may be kept for `seconds` (0: not at all). Apollo's answers
 * (`cachingHeader`) and the direct path's are written by it, and the response cache reads it back
 * (`cacheableSeconds`), so all three agree on its form.
 */
export function cacheControl(seconds: number): string {
  return seconds > 0 ? `max-age=${seconds}, public` : 'no-store';
}

/** The seconds a response may be kept, from the `Cache-Control` that `cacheControl` wrote; 0 if it may not be. */
export function cacheableSeconds(header: string | undefined): number {
  const match = /^max-age=(\d+), public$/.exec(header ?? '');
  return match ? Number(match[1]) : 0;
}

/**
 * The `Cache-Control` of every answer, in place of Apollo's cache-control plugin (turned off: see
 * `cachingHeader`).
 */
export function cachingHeaderPlugins(maxAgeSeconds: number): ApolloServerPlugin<Context>[] {
  return [ApolloServerPluginCacheControlDisabled(), cachingHeader(maxAgeSeconds)];
}
