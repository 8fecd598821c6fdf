import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestKey } from '../testkit/keys.js';
import { startTestServer, type TestServer } from '../testkit/server.js';

const QUERY = JSON.stringify({ query: '{ force(id: "kent") { id } }' });

/**
 * A client: an address, as a load balancer in front reports it in `x-forwarded-for` (the servers
 * trust loopback proxies), and an API key if it has one. A fresh address per test keeps tests, and
 * the two test projects sharing Redis, from spending each other's budgets.
 */
interface Client {
  readonly address: string;
  readonly apiKey?: string;
}
const newClient = (apiKey?: string): Client => ({
  address: `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::1`,
  ...(apiKey ? { apiKey } : {}),
});

async function ask(server: TestServer, client: Client, body = QUERY) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': client.address,
      ...(client.apiKey ? { 'x-api-key': client.apiKey } : {}),
    },
    body,
  });
  const json = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), json };
}

async function statuses(server: TestServer, count: number, client: Client): Promise<number[]> {
  const result: number[] = [];
  for (let i = 0; i < count; i += 1) result.push((await ask(server, client)).status);
  return result;
}

// Small limits make the budget quick to spend: 2 a second, bursts of up to 4.
const LIMITS = {
  RATE_LIMIT_ENABLED: 'true',
  RATE_LIMIT_PER_SECOND: '2',
  RATE_LIMIT_BURST: '4',
  TRUST_PROXY: 'loopback',
};

describe('rate limits in memory', () => {
  let server: TestServer;
  let other: TestServer;
  beforeAll(async () => {
    [server, other] = await Promise.all([
      startTestServer({ env: { ...LIMITS, ALLOW_BATCHING: 'true' } }),
      startTestServer({ env: LIMITS }),
    ]);
  });
  afterAll(() => Promise.all([server.close(), other.close()]));

  it('answers 429 with Retry-After once a client has spent its burst, and serves it again after', async () => {
    const client = newClient();
    expect(await statuses(server, 4, client)).toEqual([200, 200, 200, 200]);
    const refused = await ask(server, client);
    expect(refused.status).toBe(429);
    expect(refused.json.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 1 });
    expect(refused.retryAfter).toBe('1');
    const refusedAt = Date.now();
    const retryAfterMs = Number(refused.retryAfter) * 1_000;
    // Asks until the client is served again, rather than sleeping out the window with a margin. A
    // request may be refused only if it was sent before Retry-After had passed since the refusal:
    // the window ends by then (the server runs in this process, on this clock).
    const refusedLate: number[] = [];
    await expect
      .poll(
        async () => {
          const sentAfterMs = Date.now() - refusedAt;
          const { status } = await ask(server, client);
          if (status === 429 && sentAfterMs >= retryAfterMs) refusedLate.push(sentAfterMs);
          return status;
        },
        { timeout: 10_000, interval: 100 },
      )
      .toBe(200);
    expect(refusedLate).toEqual([]);
  });

  it('keeps a budget per address, and one per API key', async () => {
    const spent = newClient();
    await statuses(server, 4, spent);
    expect((await ask(server, spent)).status).toBe(429);
    expect((await ask(server, newClient())).status).toBe(200);
    const { key } = await createTestKey(server, 'READER');
    expect(await statuses(server, 4, { ...spent, apiKey: key })).toEqual([200, 200, 200, 200]);
    expect((await ask(server, { ...spent, apiKey: key })).status).toBe(429);
  });

  it('stops an address that invents API keys to escape its budget', async () => {
    const address = newClient().address;
    for (let i = 0; i < 10; i += 1) {
      expect((await ask(server, { address, apiKey: `peel_invented${i}` })).status).toBe(401);
    }
    const refused = await ask(server, { address, apiKey: 'peel_invented-again' });
    expect(refused.status).toBe(429);
    expect(refused.json.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // The address's requests without a key are served as before.
    expect((await ask(server, { address })).status).toBe(200);
  });

  it('charges every operation of a batch', async () => {
    const client = newClient();
    const batchOf = (n: number) => JSON.stringify(Array.from({ length: n }, () => JSON.parse(QUERY) as unknown));
    expect((await ask(server, client, batchOf(3))).status).toBe(200);
    expect((await ask(server, client, batchOf(3))).status).toBe(429);
  });

  it('counts separately on each instance without Redis', async () => {
    const client = newClient();
    expect(await statuses(server, 4, client)).toEqual([200, 200, 200, 200]);
    expect((await ask(other, client)).status).toBe(200);
  });
});

describe('rate limits without TRUST_PROXY', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ env: { ...LIMITS, TRUST_PROXY: 'false' } })));
  afterAll(() => server.close());

  it('ignores x-forwarded-for, so clients cannot escape their budget by forging it', async () => {
    expect(await statuses(server, 4, newClient())).toEqual([200, 200, 200, 200]);
    // Another forged address, the same connection's address: the same, spent budget.
    expect((await ask(server, newClient())).status).toBe(429);
  });
});

describe('RATE_LIMIT_ENABLED=false', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ env: { ...LIMITS, RATE_LIMIT_ENABLED: 'false' } })));
  afterAll(() => server.close());

  it('never refuses', async () => {
    const client = newClient();
    const all = await Promise.all(Array.from({ length: 40 }, () => ask(server, client)));
    expect(all.map((r) => r.status)).toEqual(Array(40).fill(200));
  });
});

describe('rate limits when Redis is unreachable', () => {
  let server: TestServer;
  // Nothing listens on port 1: every Redis command fails at once.
  beforeAll(async () => (server = await startTestServer({ env: { ...LIMITS, REDIS_URL: 'redis://127.0.0.1:1' } })));
  afterAll(() => server.close());

  it('keeps serving, and limits each instance from memory', async () => {
    const client = newClient();
    expect(await statuses(server, 4, client)).toEqual([200, 200, 200, 200]);
    expect((await ask(server, client)).status).toBe(429);
  });
});

const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(!redisUrl)('rate limits shared through Redis', () => {
  let first: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    const env = { ...LIMITS, REDIS_URL: redisUrl ?? '' };
    [first, second] = await Promise.all([startTestServer({ env }), startTestServer({ env })]);
  });
  afterAll(() => Promise.all([first.close(), second.close()]));

  it('gives two instances one budget per client', async () => {
    const client = newClient();
    expect(await statuses(first, 2, client)).toEqual([200, 200]);
    expect(await statuses(second, 2, client)).toEqual([200, 200]);
    // The second instance refuses a client after 2 requests of its own: only the shared count explains it.
    expect((await ask(second, client)).status).toBe(429);
    expect((await ask(first, client)).status).toBe(429);
    expect((await ask(second, newClient())).status).toBe(200);
  });
});
