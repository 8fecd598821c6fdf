import { request } from 'node:http';

import { describe, expect, it } from 'vitest';

import { createTestDatabase } from '../testkit/database.js';
import { startTestServer } from '../testkit/server.js';
import { startServerProcess } from '../testkit/server-process.js';

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
      expect(await refusesConnections(server.url)).toBe(true);

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
