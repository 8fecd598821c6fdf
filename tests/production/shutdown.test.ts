import { once } from 'node:events';
import { request } from 'node:http';

import { describe, expect, it } from 'vitest';

import { createTestDatabase } from '../testkit/database.js';
import { startTestServer } from '../testkit/server.js';
import { startServerProcess } from '../testkit/server-process.js';

const QUERY = JSON.stringify({ query: '{ forces(country: "Wales") { id } }' });

/**
 * A request held in flight: its headers and half its body are sent now, the rest on `finish()`. The
 * server is inside the request (reading its body) until then, however long that is.
 *
 * It resolves once the server has taken the request up. Until then the connection is idle, and a
 * shutdown would rightly just close it. The request says `Expect: 100-continue`, so the server
 * answers `100 Continue` as it takes it up: Node's HTTP server writes that just before it emits
 * `request`, in the same tick, so by the time the client sees it the server (and Apollo's drain,
 * which counts requests on `request`) knows of the request.
 */
async function requestInFlight(url: string, body: string) {
  const half = Math.floor(body.length / 2);
  const req = request(url, {
    method: 'POST',
    agent: false,
    headers: {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      expect: '100-continue',
    },
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
  const continued = once(req, 'continue');
  req.write(body.slice(0, half));
  await Promise.race([
    continued,
    response.then(({ status }) => {
      throw new Error(`the server answered ${status} before it took the request up`);
    }),
  ]);
  return { finish: () => req.end(body.slice(half)), response };
}

/**
 * What a new connection to `url` meets: `refused` once the server has stopped listening; otherwise
 * `answered`, or the error it met (a connection accepted just as the server stopped is closed).
 * Each probe opens a connection of its own, so a kept-alive one cannot stand in for a refusal.
 */
const probe = (url: string) =>
  new Promise<string>((resolve) => {
    const req = request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } });
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code === 'ECONNREFUSED' ? 'refused' : (error.code ?? error.message)),
    );
    req.on('response', (res) => {
      res.resume();
      resolve('answered');
    });
    req.end(QUERY);
  });

/** Probes until the server refuses new connections: it stops listening soon after a shutdown starts. */
const refusesConnections = (url: string) => expect.poll(() => probe(url), { timeout: 10_000 }).toBe('refused');

describe('graceful shutdown', () => {
  it('finishes a request in flight before it closes the database, and takes no new ones', async () => {
    const server = await startTestServer();
    const inFlight = await requestInFlight(server.url, QUERY);
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await refusesConnections(server.url);
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
    const server = await startServerProcess({
      NODE_ENV: 'production',
      ...(database.settings.kind === 'postgres'
        ? { DATABASE_URL: database.settings.url }
        : { PGLITE_DIR: database.settings.dir }),
    });
    try {
      await server.ready();
      const inFlight = await requestInFlight(server.url, QUERY);
      server.child.kill('SIGTERM');
      await server.logged((line) => line.includes('shutting down'));
      await refusesConnections(server.url);

      inFlight.finish();
      const answer = await inFlight.response;
      expect(answer.status).toBe(200);
      expect((JSON.parse(answer.body) as { data: { forces: unknown[] } }).data.forces).toHaveLength(4);
      expect(await server.exited).toBe(0);
      expect(server.logs.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
      await database.drop();
    }
  }, 90_000);
});
