import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Redis } from 'ioredis';
import {
  BurstyRateLimiter,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

import type { Config } from '../config.js';
import { sendError } from '../http/error-response.js';
import type { Middleware } from '../http/pipeline.js';
import type { Logger } from '../logger.js';
import type { ClientKeys } from './client-key.js';

/**
 * The extra requests above `perSecond` that make up a burst come back once per this many seconds.
 * With the defaults (15 a second, bursts to 30) a client can send 30 requests at once, then 15 a
 * second, with 15 more at once every 10 s: about data.police.uk's 15 a second with bursts of 30.
 */
const BURST_WINDOW_SECONDS = 10;

/**
 * Every key gets a budget of its own, so without this a client could invent a key per request and
 * never run out. Authentication refuses an unknown or revoked key with 401; once an address has had
 * this many refused in a minute, its requests that carry a key are refused with 429 until the
 * minute is over, before the key is looked up. Requests without a key are not affected.
 */
const FAILED_KEYS_PER_MINUTE = 10;

export interface RateLimit {
  /** Charges one request to its client, or answers 429 with `Retry-After`. */
  readonly perRequest: Middleware;
  /**
   * After the body is read: charges each further operation of a batched request, so a batch of
   * fifty costs what fifty requests cost.
   */
  readonly perBatchedOperation: Middleware;
}

const passThrough: Middleware = (_req, _res, next) => next();

/**
 * Per-client rate limits. In memory by default (each instance counts alone); with Redis, every
 * instance shares one count per client. If Redis is unreachable each instance falls back to its
 * own memory, so a Redis outage loosens the limit rather than refusing or stalling everyone.
 */
export function createRateLimit(
  settings: Config['rateLimit'],
  clients: ClientKeys,
  redis: Redis | undefined,
  logger: Logger,
): RateLimit {
  if (!settings.enabled) return { perRequest: passThrough, perBatchedOperation: passThrough };
  const limiter = new BurstyRateLimiter(
    store(redis, 'peelgraph:rate', { points: settings.perSecond, duration: 1 }),
    // When RATE_LIMIT_BURST equals RATE_LIMIT_PER_SECOND the burst limiter has no points: no extras.
    store(redis, 'peelgraph:rate-burst', {
      points: settings.burst - settings.perSecond,
      duration: BURST_WINDOW_SECONDS,
    }),
  );
  const failedKeys = store(redis, 'peelgraph:failed-keys', { points: FAILED_KEYS_PER_MINUTE, duration: 60 });

  const refuse = (res: ServerResponse, msBeforeNext: number, message: string) => {
    const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
    res.setHeader('retry-after', String(seconds));
    res.setHeader('x-ratelimit-limit', String(settings.perSecond));
    res.setHeader('x-ratelimit-remaining', '0');
    sendError(res, 429, 'RATE_LIMITED', `${message} Retry after ${seconds} s.`, { retryAfterSeconds: seconds });
  };

  const charge = async (req: IncomingMessage, res: ServerResponse, points: number): Promise<boolean> => {
    try {
      const result = await limiter.consume(clients.clientKeyOf(req), points);
      res.setHeader('x-ratelimit-limit', String(settings.perSecond));
      res.setHeader('x-ratelimit-remaining', String(Math.max(0, result.remainingPoints)));
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) {
        // The store failed and so did the fallback: serve the request rather than fail everyone.
        logger.error({ err: rejection }, 'rate limiter failed; request let through');
        return true;
      }
      refuse(
        res,
        rejection.msBeforeNext,
        `Too many requests: each client may send ${settings.perSecond} a second, in bursts of up to ${settings.burst}.`,
      );
      return false;
    }
  };

  /** False (and a 429 sent) if this request carries a key and its address has failed too many. */
  const keysAllowed = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (!clients.hasApiKey(req)) return true;
    const address = clients.addressKeyOf(req);
    res.once('finish', () => {
      if (res.statusCode !== 401) return;
      failedKeys.penalty(address, 1).catch((error: unknown) => logger.error({ err: error }, 'rate limiter failed'));
    });
    const failures = await failedKeys.get(address).catch(() => null);
    if (!failures || failures.remainingPoints > 0) return true;
    refuse(res, failures.msBeforeNext, 'Too many requests with API keys that are not valid from this address.');
    return false;
  };

  return {
    perRequest: (req, res, next) => {
      void (async () => (await keysAllowed(req, res)) && (await charge(req, res, 1)))().then(
        (allowed) => allowed && next(),
        next,
      );
    },
    perBatchedOperation: (req, res, next) => {
      const extra = Array.isArray(req.body) ? req.body.length - 1 : 0;
      if (extra <= 0) return next();
      void charge(req, res, extra).then((allowed) => allowed && next(), next);
    },
  };
}

/** A counter in Redis when there is one, falling back to this instance's memory while it is down. */
function store(
  redis: Redis | undefined,
  keyPrefix: string,
  options: { points: number; duration: number },
): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ ...options, keyPrefix });
  if (!redis) return memory;
  return new RateLimiterRedis({
    ...options,
    keyPrefix,
    storeClient: redis,
    // Fail over to memory at once when Redis is down, instead of queueing commands.
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
}
