import { z } from 'zod';

/**
 * Every setting, read from the environment and checked once at start-up. Nothing else reads
 * `process.env` for settings. A bad value stops the start with a message naming the setting.
 */

const flag = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false'])
    .default(fallback)
    .transform((value) => value === 'true');

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** `*`, or a comma-separated list of origins such as `https://example.org,http://localhost:3000`. */
const corsOrigins = z
  .string()
  .default('*')
  .transform((value) => value.split(',').map((origin) => origin.trim()))
  .refine(
    (origins) =>
      (origins.length === 1 && origins[0] === '*') || origins.every((origin) => /^https?:\/\/[^/\s,]+$/.test(origin)),
    'must be `*` or a comma-separated list of origins such as https://example.org (no paths)',
  );

/**
 * Express's `trust proxy`: `false` (the default: the client address is the TCP peer), `true`, a number
 * of proxy hops, or comma-separated addresses/subnets (`loopback`, `10.0.0.0/8`). Set it when a load
 * balancer sits in front, or every client shares the balancer's address and rate-limit budget.
 */
const trustProxy = z
  .string()
  .min(1)
  .default('false')
  .transform((value): boolean | number | string => {
    if (value === 'true' || value === 'false') return value === 'true';
    return /^\d+$/.test(value) ? Number(value) : value;
  });

const Settings = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('0.0.0.0'),
    /** A PostgreSQL server (`postgresql://…`); when unset, the embedded PGlite database is used. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
      .optional(),
    /** Where the embedded database keeps its files; `memory://` keeps it in memory only. */
    PGLITE_DIR: z.string().min(1).default('.data/pglite'),
    /** Import the bundled dataset at start-up when the database holds no forces. */
    IMPORT_ON_EMPTY: flag('true'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    CORS_ORIGINS: corsOrigins,
    /**
     * On by default, in production too: the schema is public (schema.graphql is in the repository),
     * and Apollo Sandbox at /graphql needs it; the cost, depth and rate limits protect the server.
     */
    INTROSPECTION: flag('true'),
    TRUST_PROXY: trustProxy,
    MAX_DEPTH: count(10),
    MAX_ALIASES: count(15),
    MAX_COST: count(50_000),
    MAX_TOKENS: count(2_000),
    MAX_BODY_BYTES: count(100 * 1024),
    /** How deep `AND`/`OR`/`NOT` may nest in a grade filter (GraphQL `where`, the CSV export's `where`). */
    MAX_FILTER_DEPTH: count(10),
    ALLOW_BATCHING: flag('false'),
    RESPONSE_CACHE_ENABLED: flag('true'),
    /** The most bytes of answers the in-memory response cache keeps. */
    RESPONSE_CACHE_MAX_BYTES: count(32 * 1024 * 1024),
    /** The most bytes each store of queries keeps: parsed documents, persisted queries, their costs. */
    QUERY_CACHE_MAX_BYTES: count(8 * 1024 * 1024),
    /** When set, /metrics answers only requests with `Authorization: Bearer <this token>`. */
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    CACHE_MAX_AGE: z.coerce.number().int().min(0).default(60),
    RATE_LIMIT_ENABLED: flag('true'),
    RATE_LIMIT_PER_SECOND: count(15),
    RATE_LIMIT_BURST: count(30),
    /** A Redis server shared by every instance (`redis://…`); when unset, rate limits are per instance. */
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional(),
  })
  .refine((s) => s.RATE_LIMIT_BURST >= s.RATE_LIMIT_PER_SECOND, {
    path: ['RATE_LIMIT_BURST'],
    message: 'must be at least RATE_LIMIT_PER_SECOND',
  });

type Settings = z.infer<typeof Settings>;

export type Config = Readonly<{
  env: Settings['NODE_ENV'];
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };
  importOnEmpty: boolean;
  logLevel: Settings['LOG_LEVEL'];
  /** `*` allows every origin; the API is public and sends no cookies, so that is safe by default. */
  corsOrigins: '*' | readonly string[];
  introspection: boolean;
  trustProxy: boolean | number | string;
  /** What one request may ask for; see src/platform/security/. */
  limits: Readonly<{
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
    maxTokens: number;
    maxBodyBytes: number;
    maxFilterDepth: number;
    allowBatching: boolean;
  }>;
  /** Per client (API key, else address): `perSecond` sustained, up to `burst` at once. */
  rateLimit: Readonly<{ enabled: boolean; perSecond: number; burst: number }>;
  redisUrl: string | undefined;
  /** The bearer token /metrics asks for; undefined: /metrics is open. */
  metricsToken: string | undefined;
  /** Caches of answers and queries, each bounded in bytes; see src/platform/response-cache/. */
  cache: Readonly<{
    /** Whole responses to anonymous queries, in memory or in Redis when `redisUrl` is set. */
    responses: boolean;
    /** The most bytes of answers kept in memory (a Redis cache is bounded by Redis's own maxmemory). */
    responseBytes: number;
    /** The most bytes each of Apollo's document and persisted-query stores, and the cost memo, keeps. */
    queryBytes: number;
    /** Seconds a response may be cached, here and by HTTP caches (`Cache-Control: public, max-age`). */
    maxAgeSeconds: number;
  }>;
}>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Settings.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid settings:\n${problems.join('\n')}`);
  }
  const s = parsed.data;
  return {
    env: s.NODE_ENV,
    port: s.PORT,
    host: s.HOST,
    database: s.DATABASE_URL ? { kind: 'postgres', url: s.DATABASE_URL } : { kind: 'pglite', dir: s.PGLITE_DIR },
    importOnEmpty: s.IMPORT_ON_EMPTY,
    logLevel: s.LOG_LEVEL,
    corsOrigins: s.CORS_ORIGINS.length === 1 && s.CORS_ORIGINS[0] === '*' ? '*' : s.CORS_ORIGINS,
    introspection: s.INTROSPECTION,
    trustProxy: s.TRUST_PROXY,
    limits: {
      maxDepth: s.MAX_DEPTH,
      maxAliases: s.MAX_ALIASES,
      maxCost: s.MAX_COST,
      maxTokens: s.MAX_TOKENS,
      maxBodyBytes: s.MAX_BODY_BYTES,
      maxFilterDepth: s.MAX_FILTER_DEPTH,
      allowBatching: s.ALLOW_BATCHING,
    },
    rateLimit: { enabled: s.RATE_LIMIT_ENABLED, perSecond: s.RATE_LIMIT_PER_SECOND, burst: s.RATE_LIMIT_BURST },
    redisUrl: s.REDIS_URL,
    metricsToken: s.METRICS_TOKEN,
    cache: {
      responses: s.RESPONSE_CACHE_ENABLED,
      responseBytes: s.RESPONSE_CACHE_MAX_BYTES,
      queryBytes: s.QUERY_CACHE_MAX_BYTES,
      maxAgeSeconds: s.CACHE_MAX_AGE,
    },
  };
}
