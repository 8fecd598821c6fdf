import type { Redis } from 'ioredis';

import type { Logger } from '../logger.js';

/**
 * The connection to the Redis server that instances share (REDIS_URL). Commands fail at once while
 * it is down instead of queueing, so callers fall back (the rate limiter to its memory) rather than
 * stall requests; ioredis keeps reconnecting in the background.
 *
 * Waits up to 2 s for the connection; the server starts either way. ioredis is loaded here, when
 * there is a Redis to talk to, not by every server that starts.
 */
export async function connectRedis(url: string, logger: Logger): Promise<Redis> {
  const { Redis: Client } = await import('ioredis');
  const redis = new Client(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    // Reconnect quickly at first, then at most every 2 s.
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
  // Without a listener, a connection error would be an unhandled 'error' event and end the process.
  // Log a lost connection once, not on every failed reconnect.
  let up = true;
  redis.on('error', (err) => {
    if (up) logger.warn({ err }, 'Redis unreachable; rate limits are per instance until it is back');
    up = false;
  });
  redis.on('ready', () => {
    if (!up) logger.info('Redis reachable again');
    up = true;
  });
  if (!(await untilReady(redis, 2_000))) logger.warn('Redis not reachable yet; starting without it');
  return redis;
}

/**
 * Waits up to `timeoutMs` for the connection, so that requests share the count from the first one;
 * past that the server starts anyway, on per-instance limits until Redis answers.
 */
async function untilReady(redis: Redis, timeoutMs: number): Promise<boolean> {
  if (redis.status === 'ready') return true;
  return new Promise((resolve) => {
    const done = (ready: boolean) => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ready);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    redis.once('ready', onReady);
  });
}

/** Closes the connection, waiting for replies to commands already sent. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'end') return;
  await redis.quit().catch(() => redis.disconnect());
}
