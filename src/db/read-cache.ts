import type { PrismaClient } from '@prisma/client';
import { LRUCache } from 'lru-cache';

/**
 * A read-through cache of query results, in front of Prisma, valid for one version of the data.
 *
 * Why: the data is small and read far more often than written, while each statement costs a few
 * milliseconds (PGlite runs PostgreSQL in WebAssembly on the server's own thread) and Prisma adds
 * its own time per query. Answers for the same arguments are the same until the data changes, so
 * the stores' queries are answered from memory until then. Every change moves `version` on (see
 * DataVersion), which empties the cache.
 *
 * Cached results are shared between requests, so they are deeply frozen: code that tried to change
 * one would throw rather than corrupt another request's answer.
 */
const READS = new Set([
  'findMany',
  'findFirst',
  'findUnique',
  'findFirstOrThrow',
  'findUniqueOrThrow',
  'count',
  'aggregate',
  'groupBy',
]);

export interface ReadCacheOptions {
  /** The most query results kept; the least recently used go first. */
  readonly maxEntries: number;
  /** The current data version; a result is used only for the version it was read at. */
  readonly version: () => string;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}

const withBigInts = (_key: string, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value);

function keyOf(parts: unknown): string {
  // A replacer makes JSON.stringify several times slower, and only BigInt arguments (which it
  // refuses) need one: try without first. This runs for every read the stores make.
  try {
    return JSON.stringify(parts);
  } catch {
    return JSON.stringify(parts, withBigInts);
  }
}

export function withReadCache(prisma: PrismaClient, options: ReadCacheOptions): PrismaClient {
  const cache = new LRUCache<string, Promise<unknown>>({ max: options.maxEntries });
  let cachedVersion = options.version();

  const remember = (key: string, read: () => Promise<unknown>): Promise<unknown> => {
    const version = options.version();
    if (version !== cachedVersion) {
      cache.clear();
      cachedVersion = version;
    }
    const hit = cache.get(key);
    if (hit) return hit;
    const pending = read().then(deepFreeze);
    cache.set(key, pending);
    // A failed read is not remembered: the next caller tries again.
    pending.catch(() => cache.delete(key));
    return pending;
  };

  const delegates = new Map<string | symbol, unknown>();
  // `as` safe because: the proxy has the client's own shape; it only wraps some methods.
  return new Proxy(prisma, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property === '$queryRaw') {
        const raw = value as (...args: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => remember(keyOf(['$queryRaw', args]), () => raw.apply(target, args));
      }
      if (typeof property !== 'string' || property.startsWith('$') || value === null || typeof value !== 'object') {
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      }
      if (!delegates.has(property)) {
        delegates.set(
          property,
          new Proxy(value, {
            get(model, operation, modelReceiver) {
              const method: unknown = Reflect.get(model, operation, modelReceiver);
              if (typeof method !== 'function' || typeof operation !== 'string' || !READS.has(operation)) return method;
              return (args?: unknown) =>
                remember(keyOf([property, operation, args]), () =>
                  (method as (a?: unknown) => Promise<unknown>).call(model, args),
                );
            },
          }),
        );
      }
      return delegates.get(property);
    },
  }) as PrismaClient;
}
