import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

import type { Config } from '../config.js';

/**
 * The response cache keeps the bytes of whole HTTP answers to anonymous queries, and serves a repeat
 * of the same request body without running GraphQL at all: no parsing, validation, plugins or JSON
 * serialisation, which for a large answer cost far more than the query did.
 *
 * What may be kept is what HTTP says may be kept: a 200 whose `Cache-Control` (set by
 * `cachingHeader` below) is `public` with a positive `max-age`, kept for that many seconds. Answers
 * to keyed requests, to mutations and with errors are `no-store`, so none of them is ever kept.
 *
 * Entries are keyed on the data version (src/platform/db/data-version.ts), so an import or a mutation, here
 * or on another instance, makes every older entry unreachable at once.
 */
export interface CachedResponse {
  /** Epoch milliseconds when it was stored; a hit's `Age` header counts from it. */
  readonly storedAt: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Buffer;
  /** The body gzipped, for clients that accept it; absent where gzip would not pay (compression.ts). */
  readonly gzipped?: Buffer;
  /** For the request log and metrics, which cannot learn it from GraphQL on a hit. */
  readonly operationName: string;
}

export interface ResponseStore {
  get(key: string): Promise<CachedResponse | undefined>;
  /** Keeps `entry` for `ttlSeconds` (fractions too), replacing any entry under `key`. */
  set(key: string, entry: CachedResponse, ttlSeconds: number): Promise<void>;
}

/** A lifetime in whole milliseconds, at least one, as both stores take it. */
const millisecondsOf = (seconds: number) => Math.max(1, Math.round(seconds * 1000));

/** Bytes an entry holds besides its bodies: its key, headers and bookkeeping, generously. */
const ENTRY_OVERHEAD_BYTES = 1024;

/**
 * Up to `maxBytes` of answers in this process, least recently used first out. Keys come from
 * clients' requests, so the bound is in bytes (keys included), not in entries.
 */
export function memoryResponseStore(maxBytes: number): ResponseStore {
  const entries = new LRUCache<string, CachedResponse>({
    maxSize: maxBytes,
    sizeCalculation: (entry, key) =>
      key.length * 2 + entry.body.length + (entry.gzipped?.length ?? 0) + ENTRY_OVERHEAD_BYTES,
  });
  return {
    get: async (key) => entries.get(key),
    set: async (key, entry, ttlSeconds) => void entries.set(key, entry, { ttl: millisecondsOf(ttlSeconds) }),
  };
}

/**
 * Answers in Redis, shared by every instance. An entry is one value: a line of JSON (everything but
 * the bodies, with the body's length), a newline, the body's bytes, then the gzip copy's bytes if it
 * has one, so a hit never parses the answer itself. An entry without `bodyBytes` (written before
 * gzip copies were kept) is all body. With Redis down, a lookup is a miss and the answer is
 * computed, rather than the request failing.
 */
export function redisResponseStore(redis: Redis): ResponseStore {
  const prefix = 'peelgraph:response:';
  type Meta = Omit<CachedResponse, 'body' | 'gzipped'> & { bodyBytes?: number };
  return {
    async get(key) {
      const value = await redis.getBuffer(prefix + key).catch(() => null);
      if (!value) return undefined;
      const newline = value.indexOf(0x0a);
      let meta: Meta;
      try {
        meta = JSON.parse(value.subarray(0, newline).toString('utf8')) as Meta;
      } catch {
        return undefined; // not an entry this code wrote: a miss, and the fresh answer replaces it
      }
      const { bodyBytes, ...entry } = meta;
      const bodyEnd = bodyBytes === undefined ? value.length : newline + 1 + bodyBytes;
      const gzipped = bodyEnd < value.length ? value.subarray(bodyEnd) : undefined;
      return { ...entry, body: value.subarray(newline + 1, bodyEnd), ...(gzipped && { gzipped }) };
    },
    async set(key, { body, gzipped, ...entry }, ttlSeconds) {
      const meta: Meta = { ...entry, bodyBytes: body.length };
      const parts = [Buffer.from(`${JSON.stringify(meta)}\n`), body, ...(gzipped ? [gzipped] : [])];
      await redis.set(prefix + key, Buffer.concat(parts), 'PX', millisecondsOf(ttlSeconds)).catch(() => undefined);
    },
  };
}

/** The response cache the settings ask for: in Redis when there is one, else in memory; or none. */
export function responseStoreFor(config: Config, redis: Redis | undefined): ResponseStore | undefined {
  if (!config.cache.responses) return undefined;
  return redis ? redisResponseStore(redis) : memoryResponseStore(config.cache.responseBytes);
}
