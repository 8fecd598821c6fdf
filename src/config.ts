import { z } from 'zod';

/**
 * Every setting, read from the environment and checked once at start-up. Nothing else reads
 * `process.env` for settings. A bad value stops the start with a message naming the setting.
 */
const Settings = z.object({
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
  IMPORT_ON_EMPTY: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };
  importOnEmpty: boolean;
  logLevel: z.infer<typeof Settings>['LOG_LEVEL'];
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
  };
}
