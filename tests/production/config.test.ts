import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ConfigError, loadConfig } from '../../src/platform/config.js';
import { startTestServer, type TestServer } from '../testkit/server.js';

describe('settings', () => {
  it('has documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 4000,
      corsOrigins: '*',
      introspection: true,
      trustProxy: false,
      limits: {
        maxDepth: 10,
        maxAliases: 15,
        maxCost: 50_000,
        maxTokens: 2_000,
        maxBodyBytes: 102_400,
        maxFilterDepth: 10,
        allowBatching: false,
      },
      metricsToken: undefined,
      cache: { responses: true, responseBytes: 32 * 1024 * 1024, queryBytes: 8 * 1024 * 1024, maxAgeSeconds: 60 },
      rateLimit: { enabled: true, perSecond: 15, burst: 30 },
      redisUrl: undefined,
    });
  });

  it('keeps introspection on in production (the schema is public) unless turned off', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'false' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development', INTROSPECTION: 'false' }).introspection).toBe(false);
  });

  it('reads every setting', () => {
    const config = loadConfig({
      CORS_ORIGINS: 'https://a.example, http://localhost:3000',
      TRUST_PROXY: '1',
      MAX_DEPTH: '7',
      MAX_ALIASES: '3',
      MAX_COST: '900',
      MAX_TOKENS: '500',
      MAX_BODY_BYTES: '2048',
      MAX_FILTER_DEPTH: '4',
      ALLOW_BATCHING: 'true',
      RESPONSE_CACHE_MAX_BYTES: '1000000',
      QUERY_CACHE_MAX_BYTES: '200000',
      METRICS_TOKEN: 'sixteen-characters',
      RATE_LIMIT_ENABLED: 'false',
      RATE_LIMIT_PER_SECOND: '5',
      RATE_LIMIT_BURST: '8',
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    expect(config).toMatchObject({
      corsOrigins: ['https://a.example', 'http://localhost:3000'],
      trustProxy: 1,
      limits: {
        maxDepth: 7,
        maxAliases: 3,
        maxCost: 900,
        maxTokens: 500,
        maxBodyBytes: 2048,
        maxFilterDepth: 4,
        allowBatching: true,
      },
      metricsToken: 'sixteen-characters',
      cache: { responseBytes: 1_000_000, queryBytes: 200_000 },
      rateLimit: { enabled: false, perSecond: 5, burst: 8 },
      redisUrl: 'redis://127.0.0.1:6379',
    });
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
  });

  it.each([
    ['MAX_DEPTH', 'deep'],
    ['MAX_COST', '0'],
    ['MAX_BODY_BYTES', '-1'],
    ['ALLOW_BATCHING', 'yes'],
    ['RATE_LIMIT_ENABLED', 'off'],
    ['RATE_LIMIT_PER_SECOND', '1.5'],
    ['INTROSPECTION', 'on'],
    ['CORS_ORIGINS', 'example.org'],
    ['CORS_ORIGINS', 'https://a.example/path'],
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['MAX_FILTER_DEPTH', '0'],
    ['RESPONSE_CACHE_MAX_BYTES', '32MB'],
    ['METRICS_TOKEN', 'short'],
  ])('refuses %s=%s, naming the setting', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid settings:\\n  ${name}: `));
  });

  it('refuses a burst smaller than the rate', () => {
    expect(() => loadConfig({ RATE_LIMIT_PER_SECOND: '20', RATE_LIMIT_BURST: '10' })).toThrow(
      /RATE_LIMIT_BURST: must be at least RATE_LIMIT_PER_SECOND/,
    );
  });
});

describe('CORS_ORIGINS', () => {
  let open: TestServer;
  let listed: TestServer;
  beforeAll(async () => {
    [open, listed] = await Promise.all([
      startTestServer({ bundledData: false }),
      startTestServer({ bundledData: false, env: { CORS_ORIGINS: 'https://a.example' } }),
    ]);
  });
  afterAll(() => Promise.all([open.close(), listed.close()]));

  const preflight = (server: TestServer, origin: string) =>
    fetch(server.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('allows every origin by default, and only the listed ones when set', async () => {
    expect((await preflight(open, 'https://any.example')).headers.get('access-control-allow-origin')).toBe('*');
    expect((await preflight(listed, 'https://a.example')).headers.get('access-control-allow-origin')).toBe(
      'https://a.example',
    );
    expect((await preflight(listed, 'https://b.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
