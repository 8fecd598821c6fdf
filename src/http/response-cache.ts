import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import {
  ErrorsAreMissesCache,
  InMemoryLRUCache,
  type KeyValueCache,
  type KeyValueCacheSetOptions,
} from '@apollo/utils.keyvaluecache';
import type { Redis } from 'ioredis';

import type { Config } from '../config.js';
import type { Context } from '../context.js';
import { countResponseCacheHit } from '../ops/metrics.js';

/**
 * Apollo's KeyValueCache over the ioredis connection the server already has, so that every
 * instance shares one response cache. Keys carry a prefix of their own; entries expire by TTL.
 */
class RedisResponseStore implements KeyValueCache<string> {
  constructor(private readonly redis: Redis) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(`peelgraph:response:${key}`)) ?? undefined;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const ttl = options?.ttl;
    if (typeof ttl === 'number' && ttl > 0)
      await this.redis.set(`peelgraph:response:${key}`, value, 'EX', Math.ceil(ttl));
    else await this.redis.set(`peelgraph:response:${key}`, value);
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(`peelgraph:response:${key}`)) > 0;
  }
}

/**
 * Reads the data version before anything cached is used: `responseForOperation` hooks run in
 * plugin order once the operation is parsed, validated and within its cost, and this one comes
 * before the response cache's. Refused requests therefore cost no statement.
 */
const catchUpWithOtherInstances: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async responseForOperation(request) {
        // If the version cannot be read, nothing cached is used (refresh saw to that) and the
        // request runs against the database, which reports the outage in its own way.
        await request.contextValue.db.dataVersion.refresh().catch(() => undefined);
        return null;
      },
    };
  },
};

const anonymous = (request: GraphQLRequestContext<Context>) => request.contextValue.viewer.kind === 'anonymous';

/**
 * Cache-control hints (every field of this public data may be cached for `maxAgeSeconds`, which
 * also sets the HTTP `Cache-Control` header) and the full response cache.
 *
 * Responses are cached for anonymous requests only; a request with an API key is never served
 * from nor written to the cache, and its HTTP answer is `no-store`. Each entry is keyed on the
 * data version (src/db/data-version.ts), so an import or a mutation, here or on another instance,
 * makes every older entry unreachable at once: the next read computes a fresh answer.
 */
export function cachePlugins(config: Config, redis: Redis | undefined): ApolloServerPlugin<Context>[] {
  const caching = config.cache.responses || config.cache.dataEntries > 0;
  const plugins: ApolloServerPlugin<Context>[] = [
    ...(caching ? [catchUpWithOtherInstances] : []),
    ApolloServerPluginCacheControl({ defaultMaxAge: config.cache.maxAgeSeconds, calculateHttpHeaders: true }),
    {
      async requestDidStart() {
        return {
          async didResolveOperation(request) {
            if (!anonymous(request)) request.overallCachePolicy.restrict({ maxAge: 0 });
          },
          async willSendResponse(request) {
            if (request.metrics.responseCacheHit) countResponseCacheHit();
          },
        };
      },
    },
  ];
  if (config.cache.responses) {
    plugins.push(
      responseCachePlugin<Context>({
        // With Redis down, a lookup is a miss and the answer is computed, rather than the request failing.
        cache: redis
          ? new ErrorsAreMissesCache(new RedisResponseStore(redis))
          : new InMemoryLRUCache<string>({ maxSize: 64 * 1024 * 1024 }),
        extraCacheKeyData: async (request) => request.contextValue.db.dataVersion.current(),
        shouldReadFromCache: async (request) => anonymous(request),
        shouldWriteToCache: async (request) => anonymous(request),
      }),
    );
  }
  return plugins;
}
