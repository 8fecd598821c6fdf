import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { createLogger } from '../../src/platform/logger.js';
import { startTestServer, type TestServer } from '../testkit/server.js';

describe('health, request ids, logs and metrics', () => {
  const lines: string[] = [];
  const logs = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      logger: createLogger('info', { write: (line: string) => void lines.push(line) }),
    });
  });
  afterAll(() => server.close());

  /**
   * The `request` line logged for `reqId`, once it is written. It is written when the server's
   * response closes, which need not come before the client has read the answer.
   */
  const requestLine = (reqId: string) =>
    vi.waitFor(
      () => {
        const line = logs().find((l) => l.reqId === reqId && l.msg === 'request');
        if (!line) throw new Error(`no request line logged for ${reqId}`);
        return line;
      },
      { timeout: 10_000 },
    );

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('answers the liveness and readiness probes', async () => {
    const live = await fetch(`${server.origin}/health/live`);
    expect([live.status, await live.json()]).toEqual([200, { status: 'live' }]);
    const ready = await fetch(`${server.origin}/health/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', database: 'up' }]);
  });

  it("returns the caller's x-request-id, or a new one, and logs it", async () => {
    const given = await post({ query: '{ force(id: "kent") { id } }' }, { 'x-request-id': 'abc-123' });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const made = await post({ query: '{ force(id: "kent") { id } }' });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // A header that could forge log lines is replaced, not echoed.
    const odd = await post({ query: '{ force(id: "kent") { id } }' }, { 'x-request-id': 'a b\tc' });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await requestLine('abc-123');
  });

  it('logs one JSON line per request with operation, status, duration and outcome, but no variables', async () => {
    const secret = 'do-not-log-this-value';
    await post(
      { query: 'query LoggedKent($id: ID!) { force(id: $id) { id } }', variables: { id: 'kent', secret } },
      { 'x-request-id': 'log-ok' },
    );
    await post(
      { query: 'query LoggedMissing { compareForces(forces: ["atlantis"], programme: "peel-2023-25") { asOf } }' },
      { 'x-request-id': 'log-error' },
    );
    const ok = await requestLine('log-ok');
    expect(ok).toMatchObject({ method: 'POST', path: '/graphql', status: 200, operation: 'LoggedKent', outcome: 'ok' });
    expect(ok.durationMs).toEqual(expect.any(Number));
    const failed = await requestLine('log-error');
    expect(failed).toMatchObject({ operation: 'LoggedMissing', outcome: 'error', errorCodes: ['NOT_FOUND'] });
    expect(lines.join('\n')).not.toContain(secret);
  });

  it('gives requests to the other routes an id and a log line too', async () => {
    const missing = await fetch(`${server.origin}/no-such-page`, { headers: { 'x-request-id': 'log-404' } });
    expect(missing.status).toBe(404);
    await missing.text();
    expect(missing.headers.get('x-request-id')).toBe('log-404');
    const line = await requestLine('log-404');
    expect(line).toMatchObject({ method: 'GET', path: '/no-such-page', status: 404, outcome: 'refused' });
  });

  it('exposes Prometheus metrics: requests and latency by operation, errors by code, cache hits', async () => {
    const metrics = async () => (await fetch(`${server.origin}/metrics`)).text();
    const value = (text: string, series: string) => {
      const line = text.split('\n').find((l) => l.startsWith(`${series} `));
      return line === undefined ? undefined : Number(line.slice(series.length + 1));
    };
    const before = await metrics();
    const hitsBefore = value(before, 'peelgraph_response_cache_hits_total') ?? 0;
    const missingBefore = value(before, 'peelgraph_graphql_errors_total{code="NOT_FOUND"}') ?? 0;

    await post({ query: 'query MetricsProbe { force(id: "kent") { id } }' });
    await post({ query: 'query MetricsProbe { force(id: "kent") { id } }' });
    await post({ query: '{ compareForces(forces: ["atlantis"], programme: "peel-2023-25") { asOf } }' });

    // A request is counted when the server's response closes, which need not come before the
    // client has read the answer: scrape until all three have been counted.
    const after = await vi.waitFor(
      async () => {
        const text = await metrics();
        const probes = value(text, 'peelgraph_graphql_requests_total{operation="MetricsProbe",outcome="ok"}') ?? 0;
        const missing = value(text, 'peelgraph_graphql_errors_total{code="NOT_FOUND"}') ?? 0;
        if (probes < 2 || missing < missingBefore + 1) throw new Error('the three requests are not all counted yet');
        return text;
      },
      { timeout: 10_000 },
    );
    expect(value(after, 'peelgraph_graphql_requests_total{operation="MetricsProbe",outcome="ok"}')).toBe(2);
    expect(value(after, 'peelgraph_graphql_request_duration_seconds_count{operation="MetricsProbe"}')).toBe(2);
    expect(value(after, 'peelgraph_graphql_errors_total{code="NOT_FOUND"}')).toBe(missingBefore + 1);
    // The second MetricsProbe is answered from the response cache.
    expect(value(after, 'peelgraph_response_cache_hits_total')).toBe(hitsBefore + 1);
    expect(after).toContain('nodejs_eventloop_lag_seconds');
  });
});

describe('metrics behind a token (METRICS_TOKEN)', () => {
  const token = 'a-long-enough-metrics-token';
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ env: { METRICS_TOKEN: token } })));
  afterAll(() => server.close());

  it('answers /metrics only to a request that sends the token as a bearer token', async () => {
    const scrape = (authorization?: string) =>
      fetch(`${server.origin}/metrics`, authorization ? { headers: { authorization } } : {});
    for (const refused of [await scrape(), await scrape(`Bearer ${token}x`), await scrape(`Basic ${token}`)]) {
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await refused.text()).not.toContain('nodejs_');
    }
    const allowed = await scrape(`Bearer ${token}`);
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('nodejs_eventloop_lag_seconds');
  });
});
