import { createServer, type Server, Socket } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../testkit/server.js';

/**
 * A TCP proxy on loopback between the server and the real PostgreSQL server, which the test cuts
 * and restores: `refuse` is a server that went away (connections dropped, new ones closed at once);
 * `blackhole` is a network that stopped delivering (connections stay open, nothing gets through).
 */
function startProxy(target: { host: string; port: number }) {
  let mode: 'open' | 'refuse' | 'blackhole' = 'open';
  const pairs = new Set<{ client: Socket; upstream: Socket }>();
  const held = new Set<Socket>();
  const server: Server = createServer((client) => {
    if (mode === 'refuse') return void client.destroy();
    if (mode === 'blackhole') {
      held.add(client);
      client.on('error', () => undefined).resume(); // read and drop
      return;
    }
    const upstream = new Socket();
    const pair = { client, upstream };
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    upstream.connect(target.port, target.host, () => {
      client.pipe(upstream);
      upstream.pipe(client);
    });
  });
  return {
    async listen(): Promise<number> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      if (!address || typeof address === 'string') throw new Error('the proxy has no port');
      return address.port;
    },
    cut(how: 'refuse' | 'blackhole') {
      mode = how;
      for (const pair of pairs) {
        if (how === 'refuse') {
          pair.client.destroy();
          pair.upstream.destroy();
        } else {
          // Keep both sockets open but stop carrying bytes in either direction.
          pair.client.unpipe(pair.upstream);
          pair.upstream.unpipe(pair.client);
          pair.client.resume();
          pair.upstream.resume();
        }
      }
    },
    restore() {
      mode = 'open';
      // A blackholed connection lost bytes mid-protocol and can never be used again; as after a real
      // partition, it ends now, and clients must open new ones.
      for (const pair of pairs) {
        pair.client.destroy();
        pair.upstream.destroy();
      }
      for (const socket of held) socket.destroy();
      held.clear();
    },
    async close() {
      this.restore();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const serverUrl = process.env.TEST_DATABASE_URL;

// Only in the `postgres` project: PGlite runs in-process and has no connection to lose.
describe.skipIf(process.env.PEELGRAPH_TEST_DB !== 'postgres' || !serverUrl)('when PostgreSQL goes away', () => {
  const target = new URL(serverUrl ?? 'postgresql://127.0.0.1:5432');
  const proxy = startProxy({ host: target.hostname, port: Number(target.port || 5432) });
  let server: TestServer;
  const query = '{ forces(country: "Wales") { id } }';

  const ready = async () => {
    const response = await fetch(`${server.origin}/health/ready`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  /** Polls until the server answers queries again, so recovery is shown without a fixed sleep. */
  const recovered = async (withinMs: number) => {
    const deadline = Date.now() + withinMs;
    for (;;) {
      const result = await server.query<{ forces: unknown[] }>(query);
      if (result.status === 200 && result.data?.forces.length === 4) return true;
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const timed = async <T>(action: () => Promise<T>) => {
    const started = Date.now();
    const result = await action();
    return { result, ms: Date.now() - started };
  };

  beforeAll(async () => {
    const port = await proxy.listen();
    server = await startTestServer({
      reachDatabase: (settings) => {
        if (settings.kind !== 'postgres') throw new Error('expected PostgreSQL');
        const url = new URL(settings.url);
        url.hostname = '127.0.0.1';
        url.port = String(port);
        return { kind: 'postgres', url: url.toString() };
      },
    });
  });
  afterAll(async () => {
    proxy.restore();
    await server?.close();
    await proxy.close();
  });

  it('fails requests at once with DATABASE_UNAVAILABLE when the server is gone, and recovers by itself', async () => {
    expect((await server.query(query)).status).toBe(200);
    expect((await ready()).status).toBe(200);

    proxy.cut('refuse');
    const { result, ms } = await timed(() => server.query(query));
    expect(ms).toBeLessThan(2_000);
    expect(result.status).toBe(503);
    expect(result.errors?.[0]).toMatchObject({
      message: 'The database is unavailable; retry shortly.',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
    expect(await ready()).toEqual({ status: 503, body: { status: 'not ready', database: 'down' } });
    expect((await fetch(`${server.origin}/health/live`)).status).toBe(200);

    proxy.restore();
    expect(await recovered(10_000)).toBe(true);
    expect((await ready()).status).toBe(200);
  });

  it('fails requests within the query timeout when the network stops delivering, and recovers by itself', async () => {
    expect((await server.query(query)).status).toBe(200);

    proxy.cut('blackhole');
    const { result, ms } = await timed(() => server.query(query));
    expect(ms).toBeLessThan(9_000);
    expect(result.status).toBe(503);
    expect(result.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    const probe = await timed(ready);
    expect(probe.ms).toBeLessThan(2_000);
    expect(probe.result).toEqual({ status: 503, body: { status: 'not ready', database: 'timeout' } });

    proxy.restore();
    expect(await recovered(10_000)).toBe(true);
    expect((await ready()).status).toBe(200);
  }, 40_000);
});
