import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { PAGE_SECURITY_HEADERS, webPage } from '../src/platform/http/web-page.js';
import { startTestServer, type TestServer } from './testkit/server.js';

// The page as the server serves it from dist/web (built by the suite's global set-up, as by npm start).
describe('the comparison page over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ bundledData: false })));
  afterAll(() => server.close());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.origin}${path}`, { headers });

  it('serves index.html at / with the strict policy, revalidated on every use', async () => {
    const response = await get('/?programme=peel-2023-25&asOf=2024-06-01');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    for (const [name, value] of Object.entries(PAGE_SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self';");
    const html = await response.text();
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/[^"]+\.js">/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script: the policy forbids it

    const again = await get('/', { 'if-none-match': response.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it('serves hashed assets for a year, immutable, gzipped for clients that accept it', async () => {
    const html = await (await get('/')).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const plain = await fetch(`${server.origin}${script}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const body = Buffer.from(await plain.arrayBuffer());

    // fetch() would unzip silently; node:http shows the bytes as sent.
    const { request } = await import('node:http');
    const gzipped = await new Promise<{ encoding?: string; vary?: string; bytes: Buffer }>((resolve, reject) => {
      request(`${server.origin}${script}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ encoding: res.headers['content-encoding'], vary: res.headers.vary, bytes: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    });
    expect(gzipped.encoding).toBe('gzip');
    expect(gzipped.vary?.toLowerCase()).toContain('accept-encoding');
    expect(gzipped.bytes.length).toBeLessThan(body.length / 2);
    expect(gunzipSync(gzipped.bytes).equals(body)).toBe(true);
  });

  it('keeps the policy off /graphql, where Apollo Sandbox loads from its CDN', async () => {
    const sandbox = await get('/graphql', { accept: 'text/html' });
    expect(sandbox.status).toBe(200);
    expect(sandbox.headers.get('content-security-policy')).toBeNull();
  });

  it('answers 404 for paths the page does not have, not the page', async () => {
    for (const path of ['/nope', '/assets/nope.js', '/.build-stamp', '/index.htm']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      // Express's own 404 page carries its own policy (`default-src 'none'`), not the page's.
      expect(response.headers.get('content-security-policy'), path).not.toBe(
        PAGE_SECURITY_HEADERS['content-security-policy'],
      );
    }
  });
});

describe('the comparison page before it is built', () => {
  let http: Server;
  let origin: string;
  const empty = mkdtempSync(join(tmpdir(), 'peelgraph-no-page-'));
  beforeAll(async () => {
    const app = express();
    app.use(webPage(empty));
    http = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => http.once('listening', resolve));
    const address = http.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => http.close(resolve));
    rmSync(empty, { recursive: true, force: true });
  });

  it('says how to build it at /, and other paths stay 404', async () => {
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(503);
    expect(await page.text()).toMatch(/has not been built\. Run `npm run build`/);
    expect((await fetch(`${origin}/assets/index.js`)).status).toBe(404);
  });
});
