import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { createTestDatabase } from '../testkit/database.js';
import { startTestServer } from '../testkit/server.js';

const QUERY = JSON.stringify({ query: '{ forces(country: "Wales") { id } }' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A request held in flight: its headers and half its body are sent now, the rest on `finish()`. The
 * server is inside the request (reading its body) until then, however long that is.
 */
async function requestInFlight(url: string, body: string) {
  const half = Math.floor(body.length / 2);
  const req = request(url, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
  });
  req.write(body.slice(0, half));
  // Ample time on loopback, even on a busy machine, for the server to read the headers and start on
  // the request: until then the connection is idle, and a shutdown would rightly just close it.
  await sleep(500);
  return { finish: () => req.end(body.slice(half)), response };
}

const refusesConnections = (url: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY }).then(
    () => false,
    () => true,
  );

describe('graceful shutdown', () => {
  it('finishes a request in flight before it closes the database, and takes no new ones', async () => {
    const server = await startTestServer();
    const inFlight = await requestInFlight(server.url, QUERY);
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await sleep(300);
    expect(await refusesConnections(server.url)).toBe(true);
    expect(closed).toBe(false);

    inFlight.finish();
    const answer = await inFlight.response;
    expect(answer.status).toBe(200);
    expect((JSON.parse(answer.body) as { data: { forces: unknown[] } }).data.forces).toHaveLength(4);
    await closing;
    expect(closed).toBe(true);
  });

  it('on SIGTERM, `npm start` finishes the request in flight, closes the database and exits 0', async () => {
    const database = await createTestDatabase();
    const port = await freePort();
    // What `npm start` runs, built by the suite's global set-up (tests/build-server.ts).
    const child = spawn(process.execPath, ['dist/server.js'], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'info',
        ...(database.settings.kind === 'postgres'
          ? { DATABASE_URL: database.settings.url }
          : { PGLITE_DIR: database.settings.dir }),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const logs: string[] = [];
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => logs.push(...chunk.split('\n').filter(Boolean)));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const url = `http://127.0.0.1:${port}/graphql`;
    try {
      await waitUntilReady(child, `http://127.0.0.1:${port}/health/ready`);
      const inFlight = await requestInFlight(url, QUERY);
      child.kill('SIGTERM');
      await waitFor(() => logs.some((line) => line.includes('shutting down')));
      expect(await refusesConnections(url)).toBe(true);

      inFlight.finish();
      const answer = await inFlight.response;
      expect(answer.status).toBe(200);
      expect((JSON.parse(answer.body) as { data: { forces: unknown[] } }).data.forces).toHaveLength(4);
      expect(await exited).toBe(0);
      expect(logs.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await database.drop();
    }
  }, 90_000);
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(20);
  }
}

async function waitUntilReady(child: ChildProcess, readyUrl: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(readyUrl).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error('the server did not become ready');
    await sleep(100);
  }
}
