/**
 * `npm run loadtest -- [--connections 50] [--seconds 30] [--clients N] [--url http://host:port/graphql]`
 *
 * A bounded load on loopback with the default limits. Unless `--url` is given it starts the server
 * (`src/main.ts`, production mode, embedded PGlite in memory with the bundled data), then sends a
 * mix of real queries over `--connections` connections for `--seconds` seconds, as `--clients`
 * clients (default: one per connection), each with a rate-limit budget of its own: the server
 * trusts a proxy on loopback (TRUST_PROXY=loopback), and each client's requests carry its own
 * address in `x-forwarded-for`, as they would behind a load balancer. With `--url`, give the server
 * that setting too, or every client shares one budget.
 * It reports throughput, latency percentiles, status codes, 429s and errors, and exits 1 if anything
 * failed other than the expected 429s: transport errors, timeouts, other non-2xx answers, or a 200
 * carrying GraphQL errors. Load goes to loopback only and stops by itself.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';

import { freePort } from './bench/processes.js';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '30' },
    clients: { type: 'string' },
    url: { type: 'string' },
  },
});
const connections = positive('connections', values.connections);
const seconds = positive('seconds', values.seconds);
const clients = Math.min(connections, positive('clients', values.clients ?? String(connections)));

/** What analysts and front ends ask, from a single force to every force at once. */
const FORCE_IDS = ['avon-and-somerset', 'cambridgeshire', 'kent', 'west-midlands', 'dyfed-powys'];
const OPERATIONS: readonly { query: string; variables?: Record<string, unknown> }[] = [
  { query: 'query Forces { forces { id name shortName country region } }' },
  {
    query: `query Force($id: ID!) { force(id: $id) { id name region inspections { id publishedOn
      programme { name } grades { grade basis publishedOn area { name } } } } }`,
    variables: { id: 'kent' },
  },
  { query: 'query Programmes { programmes { id name scale grades areas { id name theme } } }' },
  {
    query: `query Compare($f: [ID!]!) { compareForces(forces: $f, programme: "peel-2023-25") {
      areas { name } rows { force { name } cells { grade status } } } }`,
    variables: { f: FORCE_IDS },
  },
  {
    query: `query WithGrade { forcesWithGrade(programme: "peel-2023-25", area: "police-powers-and-public-treatment",
      grade: GOOD) { id name } }`,
  },
  {
    query: `query Distribution { gradeDistribution(programme: "peel-2023-25", area: "responding-to-the-public") {
      counts { grade count } known notKnown forces } }`,
  },
  { query: 'query Wales { forces(country: "Wales") { name inspections { programme { id } grades { grade } } } }' },
];

const server = values.url ? undefined : await startServer();
const url = values.url ?? server?.url ?? '';
try {
  await checkEveryOperation(url);
  console.log(
    `Load: ${connections} connections for ${seconds} s as ${clients} client(s), ${OPERATIONS.length} operations, ${url}`,
  );
  report(await load(url));
} finally {
  await server?.stop();
}

interface Totals {
  latencies: number[];
  statuses: Map<number, number>;
  graphqlErrors: number;
  transportErrors: number;
  timeouts: number;
}

/** One autocannon run per client, all at once: a client keeps its API key on every connection. */
async function load(target: string): Promise<Totals> {
  const totals: Totals = { latencies: [], statuses: new Map(), graphqlErrors: 0, transportErrors: 0, timeouts: 0 };
  const runs = Array.from({ length: clients }, (_, client) => {
    const share = Math.floor(connections / clients) + (client < connections % clients ? 1 : 0);
    return new Promise<void>((resolve, reject) => {
      const instance = autocannon(
        {
          url: target,
          connections: share,
          duration: seconds,
          // A documentation-range IPv6 /64 per client: a header only, no traffic goes there.
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `2001:db8:${client.toString(16)}::1` },
          requests: OPERATIONS.map((operation) => ({
            method: 'POST',
            body: JSON.stringify(operation),
            onResponse: (status: number, body: string) => {
              if (status === 200 && body.includes('"errors"')) totals.graphqlErrors += 1;
            },
          })),
        },
        (error, result) => {
          if (error) return reject(error);
          totals.transportErrors += result.errors - result.timeouts;
          totals.timeouts += result.timeouts;
          resolve();
        },
      );
      instance.on('response', (_client, status, _bytes, ms) => {
        totals.latencies.push(ms);
        totals.statuses.set(status, (totals.statuses.get(status) ?? 0) + 1);
      });
    });
  });
  await Promise.all(runs);
  return totals;
}

function report(totals: Totals): void {
  const sorted = totals.latencies.sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  const count = (predicate: (status: number) => boolean) =>
    [...totals.statuses].filter(([status]) => predicate(status)).reduce((sum, [, n]) => sum + n, 0);
  const ok = count((s) => s >= 200 && s < 300);
  const limited = count((s) => s === 429);
  const otherNon2xx = count((s) => (s < 200 || s >= 300) && s !== 429);
  const failures = otherNon2xx + totals.transportErrors + totals.timeouts + totals.graphqlErrors;
  const rows: [string, string][] = [
    ['responses', String(sorted.length)],
    ['throughput (responses/s)', (sorted.length / seconds).toFixed(1)],
    ['  of which 2xx/s', (ok / seconds).toFixed(1)],
    ['latency p50 / p90 / p99 / max (ms)', [50, 90, 99, 100].map((p) => at(p).toFixed(1)).join(' / ')],
    ['status codes', [...totals.statuses].map(([s, n]) => `${s}: ${n}`).join(', ')],
    ['429 (rate limited, expected)', String(limited)],
    ['other non-2xx', String(otherNon2xx)],
    ['200 with GraphQL errors', String(totals.graphqlErrors)],
    ['transport errors / timeouts', `${totals.transportErrors} / ${totals.timeouts}`],
    ['result', failures === 0 ? 'PASS: no errors other than 429s' : `FAIL: ${failures} errors`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  if (failures > 0) process.exitCode = 1;
}

/** Each operation must be answered without errors before the load: a fast error proves nothing. */
async function checkEveryOperation(target: string): Promise<void> {
  for (const operation of OPERATIONS) {
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '2001:db8:ffff::1' },
      body: JSON.stringify(operation),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (!response.ok || body.errors) {
      throw new Error(`not a working operation: ${operation.query}\n${JSON.stringify(body).slice(0, 500)}`);
    }
  }
}

async function startServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    // Request logs go to /dev/null: written as in production, not shown.
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PGLITE_DIR: 'memory://',
      LOG_LEVEL: 'info',
      TRUST_PROXY: 'loopback',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (
    !(await fetch(`${origin}/health/ready`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('the server did not become ready in 120 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `${origin}/graphql`,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function positive(name: string, value: string | undefined): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive integer`);
  return number;
}
