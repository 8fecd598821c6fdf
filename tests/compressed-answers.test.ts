import { pbkdf2 } from 'node:crypto';
import { request } from 'node:http';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';

import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { responseKey } from '../src/platform/response-cache/key.js';
import { startTestServer, type TestServer } from './testkit/server.js';

interface RawAnswer {
  readonly headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent: gzipped or not, as the headers say. */
  readonly bytes: Buffer;
}

/**
 * A POST through Node's own client, which (unlike `fetch`) neither asks for gzip nor decodes it:
 * the test sees what was on the wire.
 */
function rawPost(url: string, body: object, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } });
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.end(JSON.stringify(body));
  });
}

const fromCache = (answer: RawAnswer) => answer.headers.age !== undefined;
const gzipped = (answer: RawAnswer) => fromCache(answer) && answer.headers['content-encoding'] === 'gzip';

/**
 * Repeats the request until its answer is as `wanted` (by default, from the response cache): an entry
 * is stored as soon as it is computed, and its gzip copy joins it once compressed.
 */
async function cachedAnswer(
  url: string,
  body: object,
  headers: Record<string, string> = {},
  wanted: (answer: RawAnswer) => boolean = fromCache,
): Promise<RawAnswer> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const answer = await rawPost(url, body, headers);
    if (wanted(answer)) return answer;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the response cache never answered as expected');
}

const pbkdf2Async = promisify(pbkdf2);
const GZIP = { 'accept-encoding': 'gzip, deflate, br' };
// 43 forces with their regions: several kilobytes of JSON.
const LARGE = { query: '{ forces { id name region } }' };
const LARGE_ENOUGH_TO_SHOW = { query: '{ forces { id region name inspections { id } } }' };
const SMALL = { query: '{ force(id: "kent") { name } }' };

describe('compressed cached answers', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  it('sends a large cached answer gzipped to a client that accepts gzip, the same bytes once unzipped', async () => {
    const computed = await rawPost(server.url, LARGE, GZIP);
    expect(computed.headers['content-encoding']).toBeUndefined();
    expect(computed.bytes.length).toBeGreaterThan(1024);

    const hit = await cachedAnswer(server.url, LARGE, GZIP, gzipped);
    expect(hit.headers.vary).toMatch(/accept-encoding/i);
    expect(hit.bytes.length).toBeLessThan(computed.bytes.length / 3);
    expect(gunzipSync(hit.bytes).equals(computed.bytes)).toBe(true);
    expect(hit.headers['content-type']).toBe(computed.headers['content-type']);
  });

  it('answers a repeat from the cache at once, before the gzip copy is made', async () => {
    // zlib runs on libuv's thread pool, which this process shares with the server: held busy here,
    // the gzip copy waits, and the repeat shows whether the entry waited with it.
    await rawPost(server.url, { query: '{ forces { id inspections { id } } }' }); // warm, so the next is quick
    const busy = Array.from({ length: 8 }, () => pbkdf2Async('x', 'salt', 1_000_000, 64, 'sha512'));
    const computed = await rawPost(server.url, LARGE_ENOUGH_TO_SHOW, GZIP);
    const repeat = await rawPost(server.url, LARGE_ENOUGH_TO_SHOW, GZIP);
    await Promise.all(busy);
    expect(repeat.headers.age).toBeDefined();
    const bytes = repeat.headers['content-encoding'] === 'gzip' ? gunzipSync(repeat.bytes) : repeat.bytes;
    expect(bytes.equals(computed.bytes)).toBe(true);
  });

  it('sends the same cached answer as it is to clients that do not accept gzip', async () => {
    const computed = await rawPost(server.url, LARGE);
    // Once the entry has its gzip copy, so that the test does not lean on the one before it.
    await cachedAnswer(server.url, LARGE, GZIP, gzipped);
    const refusals: Record<string, string>[] = [
      {},
      { 'accept-encoding': 'gzip;q=0, identity' },
      { 'accept-encoding': 'br' },
    ];
    for (const headers of refusals) {
      const hit = await rawPost(server.url, LARGE, headers);
      expect(hit.headers.age).toBeDefined();
      expect(hit.headers['content-encoding']).toBeUndefined();
      expect(hit.headers.vary).toMatch(/accept-encoding/i);
      expect(hit.bytes.equals(computed.bytes)).toBe(true);
    }
  });

  it('sends a small cached answer as it is, whatever the client accepts', async () => {
    const computed = await rawPost(server.url, SMALL, GZIP);
    expect(computed.bytes.length).toBeLessThan(1024);
    const hit = await cachedAnswer(server.url, SMALL, GZIP);
    expect(hit.headers['content-encoding']).toBeUndefined();
    expect(hit.bytes.equals(computed.bytes)).toBe(true);
  });
});

describe('compressed cached answers to a cross-origin client', () => {
  let server: TestServer;
  // With a list of origins, CORS answers each origin differently and says so in Vary.
  beforeAll(async () => (server = await startTestServer({ env: { CORS_ORIGINS: 'https://example.org' } })));
  afterAll(() => server.close());

  it('adds Accept-Encoding to the Vary that CORS set, rather than replacing it', async () => {
    const hit = await cachedAnswer(server.url, LARGE, { ...GZIP, origin: 'https://example.org' }, gzipped);
    expect(hit.headers['access-control-allow-origin']).toBe('https://example.org');
    expect(
      String(hit.headers.vary)
        .toLowerCase()
        .split(/\s*,\s*/),
    ).toEqual(expect.arrayContaining(['origin', 'accept-encoding']));
  });
});

describe.skipIf(!process.env.TEST_REDIS_URL)('compressed cached answers in Redis', () => {
  let server: TestServer;
  let redis: Redis;
  beforeAll(async () => {
    server = await startTestServer({ env: { REDIS_URL: process.env.TEST_REDIS_URL ?? '' } });
    redis = new Redis(process.env.TEST_REDIS_URL ?? '');
  });
  afterAll(async () => {
    redis?.disconnect();
    await server?.close();
  });

  // A different query from the tests above: each test server's data version may equal another's.
  const REGIONS = { query: '{ forces { id region name } }' };

  it('keeps both bodies in one entry and serves either from it', async () => {
    const computed = await rawPost(server.url, REGIONS);
    const zipped = await cachedAnswer(server.url, REGIONS, GZIP, gzipped);
    expect(gunzipSync(zipped.bytes).equals(computed.bytes)).toBe(true);
    const plain = await cachedAnswer(server.url, REGIONS);
    expect(plain.bytes.equals(computed.bytes)).toBe(true);
  });

  it('reads an entry written before gzip copies were kept (no body length) as all body', async () => {
    const computed = await rawPost(server.url, REGIONS);
    await cachedAnswer(server.url, REGIONS, GZIP, gzipped);
    const key = `peelgraph:response:${responseKey(server.db.dataVersion.current(), undefined, REGIONS)}`;
    const stored = await redis.getBuffer(key);
    expect(stored).not.toBeNull();
    const meta = JSON.parse(stored!.subarray(0, stored!.indexOf(0x0a)).toString('utf8')) as Record<string, unknown>;
    expect(meta.bodyBytes).toBe(computed.bytes.length);
    delete meta.bodyBytes;
    await redis.set(key, Buffer.concat([Buffer.from(`${JSON.stringify(meta)}\n`), computed.bytes]), 'EX', 60);

    for (const headers of [{}, GZIP] as Record<string, string>[]) {
      const hit = await rawPost(server.url, REGIONS, headers);
      expect(hit.headers.age).toBeDefined();
      expect(hit.headers['content-encoding']).toBeUndefined();
      expect(hit.bytes.equals(computed.bytes)).toBe(true);
    }
  });
});
